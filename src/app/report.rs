//! The Report tab's Export…: where the report goes (the native dialog, or a
//! path typed in the window when none can open), then the file, written from
//! the same report the tab shows, as HTML or Markdown by its extension.

use crate::ui::widgets;
use std::path::{Path, PathBuf};

use super::MajlisApp;
use super::modal::Modal;
use super::write_dialog::{self, Answer};
use crate::model::Document;
use crate::model::report::Form;
use crate::persistence;
use crate::render::{self, Format};
use crate::session::Session;
use crate::tr;
use crate::ui::agenda::AgendaView;
use crate::ui::report::{Choices, Kind, Open, Signature};

/// The path typed in the window, once no native dialog could open.
pub(super) struct ReportExport {
    path: Option<String>,
}

impl MajlisApp {
    /// Carries out what the Report tab asked of the window.
    pub(super) fn report_requests(&mut self) {
        if std::mem::take(&mut self.report.export_requested) {
            self.ask_report_export();
        }
        match self.report.open.take() {
            None => {}
            Some(Open::Partnership(card)) => {
                self.board.highlight(card);
                self.tab = crate::ui::Tab::Board;
            }
            Some(Open::AgendaItem(item)) => {
                self.agenda.view = AgendaView::Days;
                self.agenda.selected = Some(item);
                self.tab = crate::ui::Tab::Agenda;
            }
            Some(Open::ActionItems) => {
                self.agenda.view = AgendaView::ActionItems;
                self.tab = crate::ui::Tab::Agenda;
            }
        }
    }

    /// The File menu's entry: the Report tab, and where its report goes.
    pub(super) fn report_menu_ui(&mut self, ui: &mut egui::Ui, has_session: bool) {
        if widgets::button_enabled(ui, has_session, &tr!("report-window-menu")).clicked() {
            ui.close();
            self.tab = crate::ui::Tab::Report;
            self.ask_report_export();
        }
    }

    /// Asks where the report goes, then writes it there.
    fn ask_report_export(&mut self) {
        let Some(session) = &self.session else { return };
        let suggested = suggestion(session.path.as_deref(), &session.doc, &self.report.choices);
        match self.dialogs.pick_report(&suggested) {
            Some(path) => self.write_report(&path),
            None => {
                self.report_export = Some(ReportExport {
                    path: Some(suggested.display().to_string()),
                });
            }
        }
    }

    /// The path entry, while one is shown.
    pub(super) fn report_export_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.report_export else {
            return;
        };
        let title = tr!("report-window-dialog-title");
        let answer = write_dialog::path_window(ctx, "majlis_report_export", &title, &mut dialog.path);
        match answer {
            None => {}
            Some(Answer::Cancel) => self.report_export = None,
            Some(Answer::Choose) => {
                self.report_export = None;
                self.ask_report_export();
            }
            Some(Answer::Write(path)) => {
                self.report_export = None;
                self.write_report(&path);
            }
        }
    }

    /// Writes the report the tab shows to `path`, never over the meeting's file.
    fn write_report(&mut self, path: &Path) {
        let Some(session) = &self.session else { return };
        let path = with_report_extension(path);
        let shown = path.display().to_string();
        let now = self.clock.now(&session.doc.meeting.time_zone);
        let written = crate::model::export::check_target(&path, session.path.as_deref()).and_then(|()| {
            let report = self.report.report(&session.doc, &signature(session), now);
            let text = render::render(report, format_of(&path))?;
            persistence::stage(&path, text.as_bytes())
                .and_then(persistence::Staged::commit_without_backup)
                .map_err(|e| e.to_string())
        });
        match written {
            Ok(_) => self.info(tr!("report-window-exported", path = &shown)),
            Err(reason) => {
                log::warn!("Report export to {shown} failed: {reason}");
                let text = tr!("report-window-not-written", path = &shown, reason = &reason);
                self.error(text.clone());
                self.modal = Some(Modal::Message {
                    title: tr!("report-window-failed-heading"),
                    text,
                });
            }
        }
    }
}

/// What tells this state of the open meeting from others (see [`Signature`]).
pub(super) fn signature(session: &Session) -> Signature {
    Signature::of(&session.doc, session.history.state(), session.path.as_deref())
}

/// Markdown for a `.md` file, HTML otherwise.
fn format_of(path: &Path) -> Format {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(extension.as_str(), "md" | "markdown") {
        Format::Markdown
    } else {
        Format::Html
    }
}

/// Adds `.html` when the user typed a name without an extension.
fn with_report_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension(Format::Html.extension())
    }
}

/// Beside the meeting's file, named after the meeting, the report and its language.
fn suggestion(path: Option<&Path>, doc: &Document, choices: &Choices) -> PathBuf {
    let meeting = crate::model::stem_for(&doc.meeting.title);
    let language = choices.language.code();
    let name = match choices.kind {
        Kind::Report(Form::Working) => tr!(
            "report-window-file-working",
            meeting = meeting,
            language = language
        ),
        Kind::Report(Form::Official) => tr!(
            "report-window-file-official",
            meeting = meeting,
            language = language
        ),
        Kind::Printable(printable) => tr!(
            "report-window-file-printable",
            meeting = meeting,
            printable = printable.key(),
            language = language
        ),
    };
    let folder = path.and_then(Path::parent).map_or_else(
        || {
            directories::UserDirs::new()
                .and_then(|d| d.document_dir().map(Path::to_path_buf))
                .unwrap_or_default()
        },
        Path::to_path_buf,
    );
    folder.join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_chooses_the_format() {
        assert_eq!(format_of(Path::new("a/r.md")), Format::Markdown);
        assert_eq!(format_of(Path::new("a/r.MD")), Format::Markdown);
        assert_eq!(format_of(Path::new("a/r.html")), Format::Html);
        assert_eq!(format_of(Path::new("a/r.txt")), Format::Html);
        assert_eq!(with_report_extension(Path::new("a/r")), PathBuf::from("a/r.html"));
        assert_eq!(
            with_report_extension(Path::new("a/r.md")),
            PathBuf::from("a/r.md")
        );
    }

    #[test]
    fn the_suggested_name_says_which_report_in_which_language() {
        let mut doc = Document::default();
        doc.meeting.title = "Expert group meeting".into();
        let choices = Choices {
            kind: Kind::Report(Form::Official),
            language: crate::i18n::Language::Arabic,
            ..Choices::default()
        };
        let suggested = suggestion(Some(Path::new("/m/beirut.ron")), &doc, &choices);
        assert_eq!(suggested.parent(), Some(Path::new("/m")));
        let name = suggested.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        assert!(name.starts_with("expert-group-meeting-"), "{name}");
        assert!(name.ends_with("-ar.html"), "{name}");
        assert!(name.contains("official"), "{name}");

        let choices = Choices {
            kind: Kind::Printable(crate::model::report::printables::Printable::NameCards),
            ..Choices::default()
        };
        let suggested = suggestion(None, &doc, &choices);
        let name = suggested.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        assert!(name.contains("-name-cards-"), "{name}");
        assert!(name.ends_with("-en.html"), "{name}");
    }
}
