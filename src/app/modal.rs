//! Dialogs inside the window: confirmations, messages and the path entry
//! used when no native file dialog can open.

use crate::ui::widgets;
use std::path::{Path, PathBuf};

use super::{Intent, MajlisApp};
use crate::file_dialog::with_ron_extension;
use crate::tr;
use crate::ui::text_field::TextField;

pub(super) enum Modal {
    UnsavedChanges {
        then: Intent,
    },
    ChangedOnDisk {
        then: Option<Intent>,
    },
    Message {
        title: String,
        text: String,
    },
    /// A file could not be opened, but the backup beside it can.
    OpenBackup {
        text: String,
        backup: PathBuf,
    },
    PathEntry {
        purpose: PathPurpose,
        text: String,
    },
    /// F5 on another item while one runs: finish the running item and start this one?
    SwitchItem {
        to: crate::model::Id,
    },
}

pub(super) enum PathPurpose {
    Open,
    /// A list of people to import.
    Import,
    /// A session file to merge into the open one.
    Merge,
    SaveAs {
        then: Option<Intent>,
    },
}

impl Modal {
    pub(super) fn path_entry_open() -> Self {
        Self::PathEntry {
            purpose: PathPurpose::Open,
            text: String::new(),
        }
    }

    pub(super) fn path_entry_import() -> Self {
        Self::PathEntry {
            purpose: PathPurpose::Import,
            text: String::new(),
        }
    }

    pub(super) fn path_entry_merge() -> Self {
        Self::PathEntry {
            purpose: PathPurpose::Merge,
            text: String::new(),
        }
    }

    pub(super) fn path_entry_save(suggested: &Path, then: Option<Intent>) -> Self {
        Self::PathEntry {
            purpose: PathPurpose::SaveAs { then },
            text: suggested.display().to_string(),
        }
    }
}

/// What the user answered in a dialog this frame.
enum Answer {
    Save(Option<Intent>),
    Discard(Intent),
    Overwrite(Option<Intent>),
    SaveAs(Option<Intent>),
    Path(PathBuf, PathPurpose),
    OpenBackup(PathBuf),
    Switch(crate::model::Id),
    Close,
}

impl MajlisApp {
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context) {
        let Some(modal) = &mut self.modal else { return };
        let draft = self
            .session
            .as_ref()
            .map(|s| s.capture_draft().to_owned())
            .unwrap_or_default();
        let doc = self.session.as_ref().map(|s| &s.doc);
        let mut answer = None;
        let id = egui::Id::unique("majlis_modal");
        // A question or a message asked from another dialog (a file added to
        // the merge review) is drawn above it, not behind it.
        ctx.move_to_top(egui::LayerId::new(egui::Order::Foreground, id));
        let response = egui::Modal::new(id).show(ctx, |ui| {
            ui.set_max_width(460.0);
            answer = match modal {
                Modal::SwitchItem { to } => doc.and_then(|doc| switch_ui(ui, doc, *to)),
                _ => modal_contents(ui, modal, &draft),
            };
        });
        if answer.is_none() && response.should_close() {
            answer = Some(Answer::Close);
        }
        let Some(answer) = answer else { return };
        self.modal = None;
        match answer {
            Answer::Save(then) => self.save(then, ctx),
            Answer::Discard(then) => self.perform(then, ctx),
            Answer::Overwrite(then) => self.save_with(true, then, ctx),
            Answer::SaveAs(then) => self.save_as(then, ctx),
            Answer::Path(path, PathPurpose::Open) => self.request(Intent::Open(Some(path)), ctx),
            Answer::Path(path, PathPurpose::Import) => self.open_import(&path),
            Answer::Path(path, PathPurpose::Merge) => self.merge_paths(&[path]),
            Answer::Path(path, PathPurpose::SaveAs { then }) => self.save_to(&path, then, ctx),
            Answer::OpenBackup(backup) => self.request(Intent::Open(Some(backup)), ctx),
            Answer::Switch(to) => self.switch_to(to),
            Answer::Close => {}
        }
    }
}

fn switch_ui(ui: &mut egui::Ui, doc: &crate::model::Document, to: crate::model::Id) -> Option<Answer> {
    let title = |id| {
        doc.agenda_item(id)
            .map(|a| a.title.trim().to_owned())
            .unwrap_or_default()
    };
    let running = crate::live::current(doc).map(|a| title(a.id)).unwrap_or_default();
    widgets::sentence_styled(
        ui,
        &tr!("dialog-switch-heading", item = title(to)),
        egui::RichText::heading,
    );
    widgets::sentence(
        ui,
        &tr!("dialog-switch-text", running = running, item = title(to)),
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if widgets::button(ui, &tr!("dialog-switch")).clicked() {
            return Some(Answer::Switch(to));
        }
        widgets::button(ui, &tr!("dialog-cancel"))
            .clicked()
            .then_some(Answer::Close)
    })
    .inner
}

fn modal_contents(ui: &mut egui::Ui, modal: &mut Modal, draft: &str) -> Option<Answer> {
    match modal {
        Modal::UnsavedChanges { then } => {
            widgets::dialog_heading(ui, &tr!("dialog-unsaved-heading"));
            widgets::label(ui, &tr!("dialog-unsaved-text"));
            if !draft.is_empty() {
                let warning = crate::ui::theme::warning(ui);
                widgets::colored(ui, warning, &tr!("dialog-unsaved-capture", draft = draft));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if widgets::button(ui, &tr!("dialog-save")).clicked() {
                    return Some(Answer::Save(Some(then.clone())));
                }
                if widgets::button(ui, &tr!("dialog-discard")).clicked() {
                    return Some(Answer::Discard(then.clone()));
                }
                widgets::button(ui, &tr!("dialog-cancel"))
                    .clicked()
                    .then_some(Answer::Close)
            })
            .inner
        }
        Modal::ChangedOnDisk { then } => {
            widgets::dialog_heading(ui, &tr!("dialog-changed-heading"));
            widgets::label(ui, &tr!("dialog-changed-text"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if widgets::button(ui, &tr!("dialog-save-as")).clicked() {
                    return Some(Answer::SaveAs(then.take()));
                }
                if widgets::button(ui, &tr!("dialog-overwrite")).clicked() {
                    return Some(Answer::Overwrite(then.take()));
                }
                widgets::button(ui, &tr!("dialog-cancel"))
                    .clicked()
                    .then_some(Answer::Close)
            })
            .inner
        }
        Modal::Message { title, text } => {
            widgets::dialog_heading(ui, title);
            widgets::label(ui, text);
            ui.add_space(8.0);
            widgets::button(ui, &tr!("dialog-ok"))
                .clicked()
                .then_some(Answer::Close)
        }
        Modal::OpenBackup { text, backup } => {
            widgets::dialog_heading(ui, &tr!("open-failed-heading"));
            widgets::label(ui, text);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if widgets::button(ui, &tr!("open-backup-button")).clicked() {
                    return Some(Answer::OpenBackup(backup.clone()));
                }
                widgets::button(ui, &tr!("dialog-ok"))
                    .clicked()
                    .then_some(Answer::Close)
            })
            .inner
        }
        Modal::SwitchItem { .. } => None,
        Modal::PathEntry { purpose, text } => {
            let (heading, button) = match purpose {
                PathPurpose::Open => (tr!("dialog-path-open-heading"), tr!("dialog-path-open")),
                PathPurpose::Import => (tr!("import-path-heading"), tr!("import-path-button")),
                PathPurpose::Merge => (tr!("merge-window-path-heading"), tr!("merge-window-path-button")),
                PathPurpose::SaveAs { .. } => (tr!("dialog-path-save-heading"), tr!("dialog-path-save")),
            };
            widgets::dialog_heading(ui, &heading);
            widgets::label(ui, &tr!("dialog-path-text"));
            let label = widgets::label(ui, &tr!("dialog-path-label"));
            let edit = TextField::singleline(text)
                .desired_width(f32::INFINITY)
                .show(ui)
                .labelled_by(label.id);
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ok = ui
                    .add_enabled(
                        !text.trim().is_empty(),
                        egui::Button::new(crate::bidi::visual(&button).into_owned()),
                    )
                    .clicked();
                if (ok || entered) && !text.trim().is_empty() {
                    let path = PathBuf::from(text.trim());
                    let purpose = std::mem::replace(purpose, PathPurpose::Open);
                    let path = match purpose {
                        PathPurpose::SaveAs { .. } => with_ron_extension(path),
                        PathPurpose::Open | PathPurpose::Import | PathPurpose::Merge => path,
                    };
                    return Some(Answer::Path(path, purpose));
                }
                widgets::button(ui, &tr!("dialog-cancel"))
                    .clicked()
                    .then_some(Answer::Close)
            })
            .inner
        }
    }
}
