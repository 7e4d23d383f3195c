//! File > Copy for a rapporteur…: the item the copy opens on, whether it keeps
//! contact details, where it goes, then the copy (see [`crate::model::copy`]).

use std::path::{Path, PathBuf};

use super::MajlisApp;
use super::modal::Modal;
use super::write_dialog::{self, Answer};
use crate::file_dialog::with_ron_extension;
use crate::model::copy::{CopyOptions, for_rapporteur, same_file, written};
use crate::model::{Document, Id, audience};
use crate::persistence;
use crate::tr;
use crate::ui::widgets;

/// The copy being set up.
#[derive(Default)]
pub(super) struct CopyDialog {
    round_table: Option<Id>,
    with_contacts: bool,
    /// The path typed in the window, once no native dialog could open.
    path: Option<String>,
}

impl MajlisApp {
    /// The File menu's entry; the whole meeting without contacts until changed.
    pub(super) fn copy_menu_ui(&mut self, ui: &mut egui::Ui, has_session: bool) {
        if widgets::button_enabled(ui, has_session, &tr!("copy-menu")).clicked() {
            ui.close();
            self.copy = Some(CopyDialog::default());
        }
    }

    pub(super) fn copy_ui(&mut self, ctx: &egui::Context) {
        let (Some(dialog), Some(session)) = (&mut self.copy, &self.session) else {
            self.copy = None;
            return;
        };
        let mut answer = None;
        let response = egui::Modal::new(egui::Id::unique("majlis_copy")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            answer = dialog_ui(ui, dialog, &session.doc);
        });
        // Choosing in the drop-down closes its popup, not the dialog.
        let outside = response.backdrop_response.clicked() && !response.any_popup_open;
        let escape = || {
            response.is_top_modal
                && !response.any_popup_open
                && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        };
        if answer.is_none() && (outside || escape()) {
            answer = Some(Answer::Cancel);
        }
        let Some(answer) = answer else { return };
        let suggested = suggestion(session.path.as_deref(), &session.doc);
        match answer {
            Answer::Cancel => self.copy = None,
            Answer::Choose => match self.dialogs.pick_copy(&suggested) {
                Some(path) => self.write_copy(&path),
                None => dialog.path = Some(suggested.display().to_string()),
            },
            Answer::Write(path) => self.write_copy(&path),
        }
    }

    fn write_copy(&mut self, path: &Path) {
        let Some(dialog) = self.copy.take() else { return };
        let Some(session) = &self.session else { return };
        let path = with_ron_extension(path.to_owned());
        let shown = path.display().to_string();
        let options = CopyOptions {
            round_table: dialog.round_table,
            with_contacts: dialog.with_contacts,
        };
        let written = if session.path.as_deref().is_some_and(|own| same_file(own, &path)) {
            Err(tr!("copy-not-over-meeting", path = &shown))
        } else {
            for_rapporteur(&session.doc, options)
                .map_err(|e| e.to_string())
                .and_then(|copy| {
                    persistence::save(&path, &copy)
                        .map(|_| written(&copy, &path))
                        .map_err(|e| tr!("copy-not-written", path = &shown, reason = e.to_string()))
                })
        };
        match written {
            Ok(said) => self.info(said),
            Err(reason) => {
                log::warn!("Copy to {shown} failed: {reason}");
                self.error(reason.clone());
                self.modal = Some(Modal::Message {
                    title: tr!("copy-failed-heading"),
                    text: reason,
                });
            }
        }
    }
}

fn dialog_ui(ui: &mut egui::Ui, dialog: &mut CopyDialog, doc: &Document) -> Option<Answer> {
    widgets::dialog_heading(ui, &tr!("copy-heading"));
    widgets::paragraph(ui, &tr!("copy-explanation"));
    ui.add_space(4.0);
    let options = CopyOptions {
        round_table: None,
        with_contacts: dialog.with_contacts,
    };
    let shown_items: Vec<_> = doc
        .agenda
        .iter()
        .filter(|item| audience::visible(options.audience(), item.confidentiality))
        .collect();
    if dialog
        .round_table
        .is_some_and(|id| !shown_items.iter().any(|item| item.id == id))
    {
        // The item is for the organisers only and the copy now leaves it out.
        dialog.round_table = None;
    }
    let whole = tr!("copy-whole-meeting");
    let shown = dialog
        .round_table
        .and_then(|id| doc.agenda_item(id))
        .map_or_else(|| whole.clone(), |item| item.title.clone());
    widgets::combo(ui, &tr!("copy-round-table"), "copy_round_table", &shown, |ui| {
        widgets::selectable_value(ui, &mut dialog.round_table, None, &whole);
        for item in &shown_items {
            widgets::selectable_value(ui, &mut dialog.round_table, Some(item.id), &item.title);
        }
    });
    widgets::checkbox(ui, &mut dialog.with_contacts, &tr!("copy-with-contacts"));
    ui.add_space(8.0);
    write_dialog::path_and_buttons(ui, &mut dialog.path, tr!("copy-save"), tr!("copy-choose"))
}

/// Beside the meeting's file, named after it.
fn suggestion(path: Option<&Path>, doc: &Document) -> PathBuf {
    let meeting = path
        .and_then(crate::model::session_stem)
        .unwrap_or_else(|| crate::model::stem_for(&doc.meeting.title));
    let folder = path.and_then(Path::parent).map_or_else(
        || {
            directories::UserDirs::new()
                .and_then(|d| d.document_dir().map(Path::to_path_buf))
                .unwrap_or_default()
        },
        Path::to_path_buf,
    );
    folder.join(tr!("copy-file-name", meeting = meeting))
}
