//! One open document: its content, where it lives on disk, and its history.

use crate::tr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::action::{Action, apply};
use crate::autosave::{Autosaver, due_in};
use crate::history::History;
use crate::model::Document;
use crate::persistence::{self, Fingerprint, Loaded, RecoveryFile, SaveError};
use crate::recovery::Claim;

/// An open document.
pub struct Session {
    pub doc: Document,
    /// Where the document is saved; `None` until it is saved for the first time.
    pub path: Option<PathBuf>,
    /// Set for a file of a newer format: saving in place is refused.
    pub read_only: bool,
    /// The file as we last read or wrote it, to notice changes made by others.
    pub fingerprint: Option<Fingerprint>,
    pub history: History,
    saved_state: Option<u64>,
    /// The recovery file this document is copied to while it has unsaved changes.
    pub recovery: Option<Claim>,
    autosaved_state: u64,
    /// Words typed into live capture and not yet added: kept in the recovery copy.
    capture_draft: String,
    draft_changed: bool,
    first_unsaved: Option<Instant>,
    last_change: Option<Instant>,
}

/// Why saving in place did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveInPlaceError {
    #[error("{}", tr!("save-error-no-path"))]
    NoPath,
    #[error("{}", tr!("save-error-read-only"))]
    ReadOnly,
    #[error("{}", tr!("save-error-changed-on-disk"))]
    ChangedOnDisk,
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// A save handed to the writer thread: an immutable snapshot of the document
/// (records are shared, so taking it costs a copy of pointers) and where it goes.
pub struct SaveJob {
    pub path: PathBuf,
    pub doc: Document,
    /// The file as it was last read or written, when the save must not
    /// overwrite a change made by someone else since.
    pub expected: Option<Fingerprint>,
    /// The history state the snapshot was taken at: edits made while the file is
    /// written leave the document dirty.
    pub state: u64,
}

impl Session {
    /// A new document that has never been saved. Untouched, it holds nothing
    /// to lose: closing it asks nothing until it is edited.
    pub fn new(doc: Document) -> Self {
        let history = History::default();
        Self {
            doc,
            path: None,
            read_only: false,
            fingerprint: None,
            saved_state: Some(history.state()),
            autosaved_state: history.state(),
            history,
            recovery: None,
            capture_draft: String::new(),
            draft_changed: false,
            first_unsaved: None,
            last_change: None,
        }
    }

    /// A document just read from `path`.
    pub fn opened(loaded: Loaded, path: &Path) -> Self {
        let history = History::default();
        Self {
            doc: loaded.doc,
            path: Some(path.to_owned()),
            read_only: loaded.newer_format,
            // From the bytes that were read: a change made since is noticed.
            fingerprint: loaded
                .fingerprint
                .or_else(|| persistence::fingerprint_with_content(path)),
            saved_state: Some(history.state()),
            autosaved_state: history.state(),
            capture_draft: String::new(),
            draft_changed: false,
            history,
            recovery: None,
            first_unsaved: None,
            last_change: None,
        }
    }

    /// A document brought back from a recovery file: it has unsaved changes.
    pub fn recovered(file: RecoveryFile, claim: Claim) -> Self {
        let mut session = Self::new(file.document);
        // Restored work is unsaved until saved; its recovery file already holds it.
        session.saved_state = None;
        session.first_unsaved = Some(Instant::now());
        session.last_change = Some(Instant::now());
        // The file as it was when this work began: if it changed since, saving warns.
        session.fingerprint = file.file_fingerprint;
        session.read_only = file.read_only;
        session.path = file.document_path;
        session.capture_draft = file.capture_draft;
        session.recovery = Some(claim);
        session
    }

    /// Whether there are changes that are not in the file.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.state())
    }

    /// Whether closing this document would lose anything: unsaved changes, or
    /// words typed in live capture and not yet added.
    pub fn has_unsaved_work(&self) -> bool {
        self.is_dirty() || !self.capture_draft.is_empty()
    }

    /// The file name, or "Untitled" for a document never saved.
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| tr!("app-untitled"), |n| n.to_string_lossy().into_owned())
    }

    /// Applies an edit, recording it for undo.
    pub fn apply(&mut self, action: Action, now: Instant) {
        self.history
            .before_edit(&self.doc, &action.label(), action.group_key(), now);
        apply(&mut self.doc, action);
        self.touched(now);
    }

    /// Applies a change that follows from the last edit rather than being
    /// one (the network's layout settling): saved, but not an undo step.
    ///
    /// A document with nothing unsaved stays so: what is amended is worked
    /// out again, the same, from the file as saved, so closing loses nothing.
    pub fn amend(&mut self, action: Action, now: Instant) {
        let clean = !self.is_dirty();
        self.history.amend();
        apply(&mut self.doc, action);
        if clean {
            self.saved_state = Some(self.history.state());
        } else {
            self.touched(now);
        }
    }

    /// Applies the edits of one gesture (a frame, a command) as one undo step.
    pub fn apply_all(&mut self, actions: Vec<Action>, now: Instant) {
        if actions.len() <= 1 {
            for action in actions {
                self.apply(action, now);
            }
            return;
        }
        let label = actions.last().map_or_else(|| tr!("undo-edit"), Action::label);
        self.history.before_edit(&self.doc, &label, None, now);
        for action in actions {
            apply(&mut self.doc, action);
        }
        self.touched(now);
    }

    pub fn undo(&mut self) -> Option<String> {
        let done = self.history.undo(&mut self.doc);
        self.touched(Instant::now());
        done
    }

    pub fn redo(&mut self) -> Option<String> {
        let done = self.history.redo(&mut self.doc);
        self.touched(Instant::now());
        done
    }

    fn touched(&mut self, now: Instant) {
        self.first_unsaved.get_or_insert(now);
        self.last_change = Some(now);
    }

    /// Copies the document to its recovery file when a copy is due.
    /// Returns how long until the next copy is due, if one is pending.
    pub fn autosave(&mut self, saver: &Autosaver, now: Instant) -> Option<Duration> {
        let claim = self.recovery.as_ref()?;
        let state = self.history.state();
        if state == self.autosaved_state && !self.draft_changed {
            return None;
        }
        let first = self.first_unsaved.unwrap_or(now);
        let wait = due_in(first, self.last_change.unwrap_or(now), now);
        if !wait.is_zero() {
            return Some(wait);
        }
        if self.is_dirty() || !self.capture_draft.is_empty() {
            let file = RecoveryFile {
                document_path: self.path.clone(),
                autosaved: crate::model::now(),
                read_only: self.read_only,
                file_fingerprint: self.fingerprint,
                capture_draft: self.capture_draft.clone(),
                document: self.doc.clone(),
                ..RecoveryFile::default()
            };
            saver.write(claim.path.clone(), file);
        } else {
            saver.remove(claim.path.clone());
        }
        self.autosaved_state = state;
        self.draft_changed = false;
        self.first_unsaved = None;
        None
    }

    /// What is typed in live capture, not yet added to the document.
    pub fn capture_draft(&self) -> &str {
        &self.capture_draft
    }

    /// Records what is typed in live capture, so the recovery copy keeps it too.
    pub fn set_capture_draft(&mut self, draft: &str, now: Instant) {
        if self.capture_draft != draft {
            draft.clone_into(&mut self.capture_draft);
            self.draft_changed = true;
            self.touched(now);
        }
    }

    /// After a save: the recovery copy is still needed while capture holds a draft.
    pub fn recovery_still_needed(&mut self) -> bool {
        if self.capture_draft.is_empty() {
            return false;
        }
        self.draft_changed = true;
        true
    }

    /// Whether the file on disk is no longer the one we read or wrote. A file
    /// that vanished is not "changed": saving writes it again, or says why not.
    /// This is the quick look (size and time); the save itself compares the bytes.
    pub fn changed_on_disk(&self) -> bool {
        match (
            self.path.as_deref().and_then(persistence::fingerprint),
            &self.fingerprint,
        ) {
            (Some(now), Some(known)) => !now.matches(known),
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// Saves to the current path. Refuses to overwrite a newer-format file or a
    /// file someone else changed, unless `overwrite_changed` is set.
    pub fn save(&mut self, overwrite_changed: bool) -> Result<(), SaveInPlaceError> {
        let job = self.save_job(overwrite_changed)?;
        let fingerprint = match persistence::save_unless_changed(&job.path, &job.doc, job.expected) {
            Ok(fingerprint) => fingerprint,
            Err(SaveError::ChangedOnDisk { .. }) => return Err(SaveInPlaceError::ChangedOnDisk),
            Err(e) => return Err(e.into()),
        };
        self.saved(&job, fingerprint);
        Ok(())
    }

    /// Saves to a new path, which becomes the document's path.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let job = self.save_as_job(path);
        let fingerprint = persistence::save(&job.path, &job.doc)?;
        self.saved(&job, fingerprint);
        Ok(())
    }

    /// What saving in place would write, after the checks that may refuse it.
    pub fn save_job(&self, overwrite_changed: bool) -> Result<SaveJob, SaveInPlaceError> {
        let path = self.path.clone().ok_or(SaveInPlaceError::NoPath)?;
        if self.read_only {
            return Err(SaveInPlaceError::ReadOnly);
        }
        // A file whose state is unknown (a recovery copy that did not record
        // it) counts as changed: the user is asked before it is overwritten.
        if !overwrite_changed && self.changed_on_disk() {
            return Err(SaveInPlaceError::ChangedOnDisk);
        }
        let mut job = self.save_as_job(&path);
        job.expected = if overwrite_changed { None } else { self.fingerprint };
        Ok(job)
    }

    /// What saving to `path` would write.
    pub fn save_as_job(&self, path: &Path) -> SaveJob {
        SaveJob {
            path: path.to_owned(),
            doc: self.doc.clone(),
            expected: None,
            state: self.history.state(),
        }
    }

    /// Records that `job` was written: its path becomes the document's, and the
    /// document is clean unless it was edited while the file was written.
    pub fn saved(&mut self, job: &SaveJob, fingerprint: Fingerprint) {
        if self.path.as_deref() != Some(job.path.as_path()) {
            self.path = Some(job.path.clone());
            self.read_only = false;
        }
        self.fingerprint = Some(fingerprint);
        self.saved_state = Some(job.state);
        if self.history.state() == job.state {
            self.autosaved_state = job.state;
            self.first_unsaved = None;
        } else {
            // Edited while the file was written: their recovery copy names the
            // file and fingerprint from before the save, so write it again.
            self.draft_changed = true;
        }
        self.history.break_group();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Organisation;

    #[test]
    fn dirty_after_edit_clean_after_save_and_after_undo_to_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        let mut session = Session::new(Document::new_meeting());
        assert!(
            !session.has_unsaved_work(),
            "an untouched new meeting holds nothing to lose"
        );
        session.apply(
            Action::UpsertOrganisation(Organisation::default()),
            Instant::now(),
        );
        assert!(
            session.is_dirty(),
            "an edited, never-saved document has unsaved changes"
        );
        session.save_as(&path).unwrap();
        assert!(!session.is_dirty());
        session.apply(
            Action::UpsertOrganisation(Organisation::default()),
            Instant::now(),
        );
        assert!(session.is_dirty());
        session.undo();
        assert!(!session.is_dirty());
    }

    #[test]
    fn a_capture_draft_is_kept_in_the_recovery_copy_even_after_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::recovery::RecoveryStore::new(dir.path().join("recovery"));
        let mut session = Session::new(Document::new_meeting());
        session.save_as(&dir.path().join("m.ron")).unwrap();
        session.recovery = Some(store.claim_new());
        let saver = Autosaver::start();
        let t0 = Instant::now();
        session.set_capture_draft("The delegate of Jordan propos", t0);
        assert!(session.autosave(&saver, t0).is_some(), "not yet: typing goes on");
        assert!(session.autosave(&saver, t0 + Duration::from_secs(1)).is_none());
        saver.flush();
        let path = session.recovery.as_ref().unwrap().path.clone();
        let copy = persistence::read_recovery(&path).unwrap();
        assert_eq!(copy.capture_draft, "The delegate of Jordan propos");
        assert!(
            session.recovery_still_needed(),
            "saving the file must not drop the draft"
        );
    }

    #[test]
    fn refuses_to_overwrite_a_file_changed_by_someone_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        let mut session = Session::new(Document::new_meeting());
        session.save_as(&path).unwrap();
        std::fs::write(&path, "someone else's content, longer than before").unwrap();
        session.apply(
            Action::UpsertOrganisation(Organisation::default()),
            Instant::now(),
        );
        assert!(matches!(
            session.save(false),
            Err(SaveInPlaceError::ChangedOnDisk)
        ));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "someone else's content, longer than before"
        );
        session.save(true).unwrap();
        assert!(!session.is_dirty());
    }

    #[test]
    fn a_file_whose_state_is_unknown_is_not_overwritten_without_asking() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        persistence::save(&path, &Document::new_meeting()).unwrap();
        let mut session = Session::new(Document::new_meeting());
        session.path = Some(path.clone());
        assert!(
            session.fingerprint.is_none(),
            "as restored from a copy that did not record it"
        );
        assert!(matches!(
            session.save(false),
            Err(SaveInPlaceError::ChangedOnDisk)
        ));
        session.save(true).unwrap();
    }
}
