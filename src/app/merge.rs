//! File > Merge another session file…: other copies of the meeting are
//! chosen, read and merged into the open one, and the review shows what the
//! merge did and asks about every conflict; nothing changes until Apply, and
//! then the merge is one undo step, after a dated copy of the file is kept.

use std::path::PathBuf;
use std::time::Instant;

use super::MajlisApp;
use super::files::file_name;
use super::modal::Modal;
use crate::action::Action;
use crate::model::FORMAT_VERSION;
use crate::persistence;
use crate::tr;
use crate::ui::merge::{Decision, MergeFile, MergeReview};

impl MajlisApp {
    /// Asks for session files and merges them, into the review when it is open.
    pub(super) fn ask_merge(&mut self) {
        if self.session.is_none() {
            return;
        }
        let paths = self.dialogs.pick_merge();
        if paths.is_empty() {
            // Cancelled, or no file chooser could open: the path can be typed.
            self.modal = Some(Modal::path_entry_merge());
        } else {
            self.merge_paths(&paths);
        }
    }

    /// Reads the files at `paths` and merges them, or says why it cannot.
    pub(super) fn merge_paths(&mut self, paths: &[PathBuf]) {
        let Some(session) = &self.session else { return };
        let merged = read_all(paths).and_then(|files| match &mut self.merge {
            Some(review) => review
                .add(&session.doc, files)
                .map_err(|e| tr!("merge-window-failed", error = e.to_string())),
            None => MergeReview::new(&session.doc, session.display_name(), files)
                .map(|review| self.merge = Some(review))
                .map_err(|e| tr!("merge-window-failed", error = e.to_string())),
        });
        let Err(text) = merged else {
            if let Some(review) = &mut self.merge {
                review.error = None;
            }
            return;
        };
        log::warn!("{text}");
        match &mut self.merge {
            Some(review) => review.error = Some(text.clone()),
            None => {
                self.modal = Some(Modal::Message {
                    title: tr!("merge-window-failed-heading"),
                    text: text.clone(),
                });
            }
        }
        self.error(text);
    }

    pub(super) fn merge_ui(&mut self, ctx: &egui::Context) {
        let (Some(review), Some(_)) = (&mut self.merge, &self.session) else {
            self.merge = None;
            return;
        };
        let mut decision = None;
        let response = egui::Modal::new(egui::Id::unique("majlis_merge")).show(ctx, |ui| {
            ui.set_width((ctx.content_rect().width() - 80.0).clamp(320.0, 960.0));
            decision = review.ui(ui);
        });
        // A click beside the review does not throw the choices away; Escape does.
        let escape = || {
            response.is_top_modal
                && !response.any_popup_open
                && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        };
        if decision.is_none() && escape() {
            decision = Some(Decision::Cancel);
        }
        match decision {
            Some(Decision::Apply) => self.merge_now(),
            Some(Decision::Cancel) => {
                self.merge = None;
                self.info(tr!("merge-window-cancelled"));
            }
            Some(Decision::AddFiles) => self.ask_merge(),
            None => {}
        }
    }

    /// Keeps a dated copy of the saved file, then applies the merge as one step.
    fn merge_now(&mut self) {
        let Some(review) = self.merge.take() else { return };
        let Some(session) = &mut self.session else { return };
        let outcome = review.outcome();
        if outcome.doc == session.doc {
            // Merging a copy again: no step to undo and no copy to keep.
            self.info(tr!("merge-window-nothing-new", files = review.file_names()));
            return;
        }
        let today = crate::model::time::date_of_reading(crate::model::now());
        let copy = match session.path.as_deref().filter(|p| p.exists()) {
            Some(path) => match persistence::keep_before_merge(path, today) {
                Ok(copy) => Some(file_name(&copy)),
                Err(e) => {
                    // The review stays open: its choices are not lost.
                    self.merge = Some(review);
                    self.error(tr!("merge-window-no-copy", error = e.to_string()));
                    return;
                }
            },
            None => None,
        };
        session.apply(Action::Merge(Box::new(outcome.doc)), Instant::now());
        let files = review.file_names();
        let summary = review.summary();
        let text = match copy {
            _ if outcome.skipped > 0 => tr!(
                "merge-window-done-skipped",
                files = files,
                summary = summary,
                skipped = outcome.skipped
            ),
            Some(copy) => tr!(
                "merge-window-done-with-copy",
                files = files,
                summary = summary,
                copy = copy
            ),
            None => tr!("merge-window-done", files = files, summary = summary),
        };
        if outcome.skipped > 0 {
            self.error(text);
        } else {
            self.info(text);
        }
    }
}

/// The session files at `paths`, or what keeps one from being merged, naming it.
fn read_all(paths: &[PathBuf]) -> Result<Vec<MergeFile>, String> {
    paths
        .iter()
        .map(|path| {
            let name = file_name(path);
            let loaded = persistence::load(&persistence::resolve(path)).map_err(|e| {
                tr!(
                    "merge-window-unreadable",
                    file = name.as_str(),
                    error = e.to_string()
                )
            })?;
            if loaded.newer_format {
                // What the newer Majlis added could not be merged: it would be lost.
                return Err(tr!(
                    "merge-window-newer",
                    file = name.as_str(),
                    found = loaded.source_version.to_string(),
                    known = FORMAT_VERSION.to_string()
                ));
            }
            Ok(MergeFile {
                name,
                doc: loaded.doc,
            })
        })
        .collect()
}
