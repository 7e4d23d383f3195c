//! File > Import people…: the list (of people, or of organisations) is
//! chosen, read and shown with what would happen to every row; nothing changes until Import is pressed, and then the
//! whole list is one undo step, after a dated copy of the file is kept.

use std::path::Path;

use super::MajlisApp;
use crate::model::import::read_list;
use crate::persistence;
use crate::tr;
use crate::ui::import::{Decision, ImportView};

impl MajlisApp {
    /// Asks for a list and opens the import dialog on it.
    pub(super) fn ask_import(&mut self) {
        if self.session.is_none() {
            return;
        }
        match self.dialogs.pick_list() {
            Some(path) => self.open_import(&path),
            // Cancelled, or no file chooser could open: the path can be typed.
            None => self.modal = Some(super::modal::Modal::path_entry_import()),
        }
    }

    /// Reads the list at `path` and shows the dialog, or says why it cannot.
    pub(super) fn open_import(&mut self, path: &Path) {
        let Some(session) = &self.session else { return };
        let shown = path.display().to_string();
        let table = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| read_list(&bytes).map_err(|e| e.to_string()));
        match table {
            Ok(table) => {
                let name = super::files::file_name(path);
                self.import = Some(ImportView::new(name, table, &session.doc));
            }
            Err(error) => self.error(tr!("import-unreadable", path = shown, error = error)),
        }
    }

    pub(super) fn import_ui(&mut self, ctx: &egui::Context) {
        let (Some(view), Some(session)) = (&mut self.import, &self.session) else {
            return;
        };
        let mut decision = None;
        let response = egui::Modal::new(egui::Id::unique("majlis_import")).show(ctx, |ui| {
            ui.set_max_width(720.0);
            decision = view.ui(ui, &session.doc);
        });
        if decision.is_none() && response.should_close() {
            decision = Some(Decision::Cancel);
        }
        match decision {
            Some(Decision::Import) => self.import_now(),
            Some(Decision::Cancel) => self.import = None,
            None => {}
        }
    }

    /// Keeps a dated copy of the saved file, then applies the list as one step.
    fn import_now(&mut self) {
        let Some(view) = self.import.take() else { return };
        let Some(session) = &mut self.session else { return };
        let Some(action) = view.plan.action() else { return };
        let today = crate::model::time::date_of_reading(crate::model::now());
        let copy = match session.path.as_deref().filter(|p| p.exists()) {
            Some(path) => match persistence::keep_before_import(path, today) {
                Ok(copy) => Some(super::files::file_name(&copy)),
                Err(e) => {
                    self.error(tr!("import-no-copy", error = e.to_string()));
                    return;
                }
            },
            None => None,
        };
        session.apply(action, std::time::Instant::now());
        let summary = view.plan.counts.describe();
        let file = view.name;
        self.info(match copy {
            Some(copy) => tr!(
                "import-done-with-copy",
                file = file,
                summary = summary,
                copy = copy
            ),
            None => tr!("import-done", file = file, summary = summary),
        });
    }
}
