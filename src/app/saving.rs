//! Saving, off the window's thread: the window hands a snapshot of the document
//! to the writer thread and goes on drawing and taking edits; the outcome comes
//! back a few frames later.

use std::path::{Path, PathBuf};

use super::modal::Modal;
use super::{Intent, MajlisApp};
use crate::persistence::{self, SaveError};
use crate::save_writer::SaveDone;
use crate::session::{SaveInPlaceError, SaveJob};
use crate::tr;

impl MajlisApp {
    /// Saves in place, then carries out `then`.
    pub(super) fn save(&mut self, then: Option<Intent>, ctx: &egui::Context) {
        self.save_with(false, then, ctx);
    }

    pub(super) fn save_with(&mut self, overwrite_changed: bool, then: Option<Intent>, ctx: &egui::Context) {
        let Some(session) = &self.session else { return };
        match session.save_job(overwrite_changed) {
            Ok(job) => self.start_save(job, then, ctx),
            Err(SaveInPlaceError::NoPath | SaveInPlaceError::ReadOnly) => self.save_as(then, ctx),
            Err(SaveInPlaceError::ChangedOnDisk) => self.modal = Some(Modal::ChangedOnDisk { then }),
            Err(SaveInPlaceError::Save(e)) => self.save_failed(&e.to_string()),
        }
    }

    /// Asks where to save, then saves and carries out `then`.
    pub(super) fn save_as(&mut self, then: Option<Intent>, ctx: &egui::Context) {
        let Some(session) = &self.session else { return };
        let suggested = session.path.as_deref().map_or_else(
            || {
                let name = crate::model::file_name_for(&session.doc.meeting.title);
                directories::UserDirs::new()
                    .and_then(|d| d.document_dir().map(Path::to_path_buf))
                    .unwrap_or_default()
                    .join(name)
            },
            save_as_suggestion,
        );
        match self.dialogs.pick_save(&suggested) {
            Some(path) => self.save_to(&path, then, ctx),
            None => self.modal = Some(Modal::path_entry_save(&suggested, then)),
        }
    }

    pub(super) fn save_to(&mut self, path: &Path, then: Option<Intent>, ctx: &egui::Context) {
        let path = &persistence::resolve(path);
        let Some(session) = &self.session else { return };
        if session.read_only && session.path.as_deref() == Some(path) {
            self.save_failed(&tr!("save-read-only"));
            return;
        }
        let job = session.save_as_job(path);
        self.start_save(job, then, ctx);
    }

    /// Hands `job` to the writer thread; `then` is carried out once it is written.
    fn start_save(&mut self, job: SaveJob, then: Option<Intent>, ctx: &egui::Context) {
        if self.writer.is_busy() {
            self.info(tr!("save-still-saving"));
            return;
        }
        self.after_save = then;
        if let Some(done) = self.writer.submit(job) {
            self.save_finished(done, ctx);
        }
    }

    /// Takes the outcome of a save, if one ended.
    pub(super) fn poll_save(&mut self, ctx: &egui::Context) {
        if let Some(done) = self.writer.poll() {
            self.save_finished(done, ctx);
        }
    }

    /// Waits for a save in progress to end, before quitting.
    pub(super) fn wait_for_save(&mut self) {
        if let Some(done) = self.writer.wait() {
            let then = self.after_save.take().or(self.deferred.take());
            self.record_save(done);
            if then.is_some_and(|intent| intent != Intent::Quit) {
                log::info!("Quitting: what was to follow the save is dropped");
            }
        }
    }

    fn save_finished(&mut self, done: SaveDone, ctx: &egui::Context) {
        let then = self.after_save.take();
        // Asked for while the file was written; dropped if the save did not
        // happen, as the user then has a dialog to answer first.
        let deferred = self.deferred.take();
        if let Err(SaveError::ChangedOnDisk { .. }) = &done.result {
            // Seen only on reading the file: the same dialog as the quick look.
            self.modal = Some(Modal::ChangedOnDisk { then });
            return;
        }
        if !self.record_save(done) {
            return;
        }
        if let Some(intent) = then {
            if self
                .session
                .as_ref()
                .is_some_and(crate::session::Session::is_dirty)
            {
                // Edited while the file was written: ask again rather than lose them.
                self.request(intent, ctx);
            } else {
                // The user chose to save first, warned of any words left in capture.
                self.perform(intent, ctx);
            }
        } else if let Some(intent) = deferred {
            // Asks if anything is still unsaved, words in capture included.
            self.request(intent, ctx);
        }
    }

    /// Updates the session and the status after a save; returns whether it worked.
    fn record_save(&mut self, done: SaveDone) -> bool {
        let fingerprint = match done.result {
            Ok(fingerprint) => fingerprint,
            Err(e) => {
                self.save_failed(&e.to_string());
                return false;
            }
        };
        let Some(session) = self.session.as_mut() else {
            return true;
        };
        session.saved(&done.job, fingerprint);
        if !session.is_dirty()
            && !session.recovery_still_needed()
            && let Some(claim) = &session.recovery
        {
            self.autosaver.remove(claim.path.clone());
        }
        self.recent.add(&done.job.path);
        self.info(tr!("save-saved", path = done.job.path.display().to_string()));
        if !done.erase_problems.is_empty() {
            let problems = done.erase_problems.join("\n");
            log::warn!("Erasure did not reach every copy: {problems}");
            self.modal = Some(Modal::Message {
                title: tr!("personal-copies-heading"),
                text: problems,
            });
        }
        true
    }

    fn save_failed(&mut self, why: &str) {
        log::warn!("Save failed: {why}");
        self.error(tr!("save-failed", reason = why));
        self.modal = Some(Modal::Message {
            title: tr!("save-failed-heading"),
            text: tr!("save-failed-text", reason = why),
        });
    }
}

/// Where Save as… proposes to save: the file itself, except for a backup, which is
/// never saved in place; then a new file beside it, so that pressing Save at once
/// overwrites neither the backup nor the file it backs up.
fn save_as_suggestion(path: &Path) -> PathBuf {
    if !persistence::is_backup(path) {
        return path.to_owned();
    }
    let original = path.with_extension("");
    let stem = crate::model::session_stem(&original).unwrap_or_default();
    let name = tr!("save-restored-name", name = &*stem);
    original.with_file_name(format!("{name}{}", crate::model::SESSION_ENDING))
}
