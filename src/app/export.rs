//! File > Export people…, Export organisations… and Export tables or
//! network…: which table (or the network of organisations), who the file is
//! for, where it goes, then the CSV or GEXF file (see [`crate::model::export`]
//! and [`crate::model::gexf`]).

use crate::ui::widgets;
use std::path::{Path, PathBuf};

use super::MajlisApp;
use super::modal::Modal;
use super::write_dialog::{self, Answer};
use crate::model::export::{Table, What, csv};
use crate::model::{Audience, Document};
use crate::persistence;
use crate::tr;

/// The export being set up.
pub(super) struct ExportDialog {
    table: What,
    audience: Audience,
    /// The path typed in the window, once no native dialog could open.
    path: Option<String>,
}

impl MajlisApp {
    /// Opens the export dialog for `table`; the public is chosen until changed.
    pub(super) fn ask_export(&mut self, table: What) {
        self.export = Some(ExportDialog {
            table,
            audience: Audience::Public,
            path: None,
        });
    }

    /// The File menu's entries for the next meeting and the exports.
    pub(super) fn personal_menu_ui(&mut self, ui: &mut egui::Ui, has_session: bool, ctx: &egui::Context) {
        let button = |text: String| egui::Button::new(crate::bidi::visual(&text).into_owned());
        if ui
            .add_enabled(has_session, button(tr!("personal-menu-new-from-this")))
            .clicked()
        {
            self.request(super::Intent::NewFromThis, ctx);
        }
        if ui.add_enabled(has_session, button(tr!("import-menu"))).clicked() {
            ui.close();
            self.ask_import();
        }
        if ui
            .add_enabled(has_session, button(tr!("personal-menu-export-people")))
            .clicked()
        {
            self.ask_export(What::Table(Table::People));
        }
        if ui
            .add_enabled(has_session, button(tr!("personal-menu-export-organisations")))
            .clicked()
        {
            self.ask_export(What::Table(Table::Organisations));
        }
        if ui.add_enabled(has_session, button(tr!("exports-menu"))).clicked() {
            self.ask_export(What::Table(Table::Partnerships));
        }
    }

    pub(super) fn export_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.export else { return };
        let mut answer = None;
        let response = egui::Modal::new(egui::Id::unique("majlis_export")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            answer = dialog_ui(ui, dialog);
        });
        if answer.is_none() && response.should_close() {
            answer = Some(Answer::Cancel);
        }
        let Some(answer) = answer else { return };
        let Some(session) = &self.session else {
            self.export = None;
            return;
        };
        let suggested = suggestion(session.path.as_deref(), &session.doc, dialog.table);
        match answer {
            Answer::Cancel => self.export = None,
            Answer::Choose => match self.dialogs.pick_export(&suggested) {
                Some(path) => self.write_export(&path),
                None => dialog.path = Some(suggested.display().to_string()),
            },
            Answer::Write(path) => self.write_export(&path),
        }
    }

    fn write_export(&mut self, path: &Path) {
        let Some(dialog) = self.export.take() else { return };
        let Some(session) = &self.session else { return };
        let path = with_extension(path, dialog.table);
        let shown = path.display().to_string();
        let written = crate::model::export::check_target(&path, session.path.as_deref())
            .and_then(|()| exported(&session.doc, dialog.table, dialog.audience, &shown))
            .and_then(|(bytes, said)| {
                persistence::stage(&path, &bytes)
                    .and_then(persistence::Staged::commit_without_backup)
                    .map(|_| said)
                    .map_err(|e| e.to_string())
            });
        match written {
            Ok(said) => self.info(said),
            Err(reason) => {
                log::warn!("Export to {shown} failed: {reason}");
                self.error(tr!(
                    "personal-export-not-written",
                    path = &shown,
                    reason = &reason
                ));
                self.modal = Some(Modal::Message {
                    title: tr!("personal-export-failed-heading"),
                    text: tr!("personal-export-not-written", path = &shown, reason = &reason),
                });
            }
        }
    }
}

/// The file's bytes and what to say once it is written to `shown`.
fn exported(
    doc: &Document,
    table: What,
    audience: Audience,
    shown: &str,
) -> Result<(Vec<u8>, String), String> {
    let What::Table(table) = table else {
        let (organisations, links) = crate::model::gexf::size(doc, audience);
        let said = tr!(
            "exports-exported-network",
            path = shown,
            organisations = organisations,
            links = links
        );
        return crate::model::gexf::gexf(doc, audience).map(|bytes| (bytes, said));
    };
    let (bytes, count) = csv(doc, table, audience)?;
    let said = match table {
        Table::People => tr!("personal-exported-people", count = count, path = shown),
        Table::Organisations => tr!("personal-exported-organisations", count = count, path = shown),
        _ => tr!("exports-exported-table", count = count, path = shown),
    };
    Ok((bytes, said))
}

/// What the dialog offers to export, in the order it lists them.
const CHOICES: [What; 6] = [
    What::Table(Table::People),
    What::Table(Table::Organisations),
    What::Table(Table::Partnerships),
    What::Table(Table::ActionItems),
    What::Table(Table::Leads),
    What::Network,
];

fn choice_label(table: What) -> String {
    match table {
        What::Table(Table::People) => tr!("exports-choice-people"),
        What::Table(Table::Organisations) => tr!("exports-choice-organisations"),
        What::Table(Table::Partnerships) => tr!("exports-choice-partnerships"),
        What::Table(Table::ActionItems) => tr!("exports-choice-action-items"),
        What::Table(Table::Leads) => tr!("exports-choice-leads"),
        What::Network | What::AllTables => tr!("exports-choice-network"),
    }
}

fn dialog_ui(ui: &mut egui::Ui, dialog: &mut ExportDialog) -> Option<Answer> {
    let heading = match dialog.table {
        What::Table(Table::People) => tr!("personal-export-people-heading"),
        What::Table(Table::Organisations) => tr!("personal-export-organisations-heading"),
        _ => tr!("exports-heading"),
    };
    widgets::dialog_heading(ui, &heading);
    widgets::label(ui, &tr!("exports-what"));
    for table in CHOICES {
        if widgets::radio_value(ui, &mut dialog.table, table, &choice_label(table)).changed() {
            // A typed path was suggested for the other table: ask again.
            dialog.path = None;
        }
    }
    ui.add_space(8.0);
    widgets::label(ui, &tr!("personal-export-for"));
    widgets::radio_value(
        ui,
        &mut dialog.audience,
        Audience::Public,
        &tr!("personal-export-for-public"),
    );
    widgets::radio_value(
        ui,
        &mut dialog.audience,
        Audience::Organisers,
        &tr!("personal-export-for-organisers"),
    );
    ui.add_space(8.0);
    write_dialog::path_and_buttons(
        ui,
        &mut dialog.path,
        tr!("personal-export"),
        tr!("personal-export-choose"),
    )
}

/// The meeting's name in the names of files written from it: its file's
/// name, or one made from its title before it is saved.
pub(super) fn meeting_stem(path: Option<&Path>, doc: &Document) -> String {
    path.and_then(crate::model::session_stem)
        .unwrap_or_else(|| crate::model::stem_for(&doc.meeting.title))
}

/// The folder files written from the meeting go to by default: its file's,
/// or the documents folder before it is saved.
pub(super) fn export_folder(path: Option<&Path>) -> PathBuf {
    path.and_then(Path::parent).map_or_else(
        || {
            directories::UserDirs::new()
                .and_then(|d| d.document_dir().map(Path::to_path_buf))
                .unwrap_or_default()
        },
        Path::to_path_buf,
    )
}

/// Beside the meeting's file, named after it and what is exported.
fn suggestion(path: Option<&Path>, doc: &Document, table: What) -> PathBuf {
    let meeting = meeting_stem(path, doc);
    let name = match table {
        What::Table(Table::People) => tr!("personal-export-file-people", meeting = meeting),
        What::Table(Table::Organisations) => tr!("personal-export-file-organisations", meeting = meeting),
        What::Table(Table::Partnerships) => tr!("exports-file-partnerships", meeting = meeting),
        What::Table(Table::ActionItems) => tr!("exports-file-action-items", meeting = meeting),
        What::Table(Table::Leads) => tr!("exports-file-leads", meeting = meeting),
        What::Network | What::AllTables => tr!("exports-file-network", meeting = meeting),
    };
    let folder = export_folder(path);
    folder.join(name)
}

/// Adds `.csv` (`.gexf` for the network) when the name has no extension.
fn with_extension(path: &Path, table: What) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else if table == What::Network {
        path.with_extension("gexf")
    } else {
        path.with_extension("csv")
    }
}
