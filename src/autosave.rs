//! Writes recovery files on a background thread, so typing never waits for the disk.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::persistence::{RecoveryFile, write_recovery};
use crate::recovery::Claim;
use crate::tr;

/// A change is written once typing pauses this long...
pub const QUIET_DELAY: Duration = Duration::from_millis(300);
/// ...and never later than this after the first unsaved change.
pub const MAX_DELAY: Duration = Duration::from_millis(600);

/// When the next recovery copy is due, given when unsaved changes started and when the last one came.
pub fn due_in(first_unsaved: Instant, last_change: Instant, now: Instant) -> Duration {
    let due = (last_change + QUIET_DELAY).min(first_unsaved + MAX_DELAY);
    due.saturating_duration_since(now)
}

enum Job {
    Write(PathBuf, Box<RecoveryFile>),
    Remove(PathBuf),
    /// Removes a recovery file for good, with its lock, after any queued write.
    Discard(Claim),
    Flush(Sender<()>),
}

/// The background writer of recovery files.
pub struct Autosaver {
    jobs: Option<Sender<Job>>,
    worker: Option<JoinHandle<()>>,
    last_error: Arc<Mutex<Option<String>>>,
}

impl Default for Autosaver {
    fn default() -> Self {
        Self::start()
    }
}

impl Autosaver {
    pub fn start() -> Self {
        let (jobs, inbox) = mpsc::channel();
        let last_error = Arc::new(Mutex::new(None));
        let errors = Arc::clone(&last_error);
        let worker = std::thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || work(&inbox, &errors))
            .map_err(|e| log::error!("Could not start the autosave thread: {e}"))
            .ok();
        Self {
            jobs: Some(jobs),
            worker,
            last_error,
        }
    }

    /// Queues a recovery copy; a newer copy of the same file replaces a queued one.
    pub fn write(&self, path: PathBuf, file: RecoveryFile) {
        self.send(Job::Write(path, Box::new(file)));
    }

    /// Queues the removal of a recovery file.
    pub fn remove(&self, path: PathBuf) {
        self.send(Job::Remove(path));
    }

    /// Queues the end of a recovery file the user no longer needs: it is removed
    /// after any write already queued, so it cannot come back.
    pub fn discard(&self, claim: Claim) {
        self.send(Job::Discard(claim));
    }

    /// Waits until every queued job is done.
    pub fn flush(&self) {
        let (done, wait) = mpsc::channel();
        self.send(Job::Flush(done));
        let _ = wait.recv_timeout(Duration::from_secs(10));
    }

    /// The last failure since it was last asked, to show the user.
    pub fn take_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|mut e| e.take())
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs
            && jobs.send(job).is_err()
            && let Ok(mut error) = self.last_error.lock()
        {
            *error = Some(tr!("status-autosave-thread-stopped"));
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn work(inbox: &Receiver<Job>, errors: &Mutex<Option<String>>) {
    while let Ok(first) = inbox.recv() {
        let mut batch = vec![first];
        batch.extend(inbox.try_iter());
        let targets: Vec<Option<PathBuf>> = batch
            .iter()
            .map(|job| match job {
                Job::Write(p, _) | Job::Remove(p) => Some(p.clone()),
                Job::Discard(claim) => Some(claim.path.clone()),
                Job::Flush(_) => None,
            })
            .collect();
        for (i, job) in batch.into_iter().enumerate() {
            let result = match job {
                Job::Write(path, file) => {
                    let superseded = targets
                        .iter()
                        .skip(i + 1)
                        .any(|later| later.as_ref() == Some(&path));
                    if superseded {
                        Ok(())
                    } else {
                        write_recovery(&path, &file).map_err(|e| e.to_string())
                    }
                }
                Job::Discard(claim) => {
                    claim.discard();
                    Ok(())
                }
                Job::Remove(path) => match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
                    _ => Ok(()),
                },
                Job::Flush(done) => {
                    let _ = done.send(());
                    Ok(())
                }
            };
            if let Err(e) = result {
                log::error!("Autosave failed: {e}");
                if let Ok(mut slot) = errors.lock() {
                    *slot = Some(e);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_after_a_pause_or_at_the_latest_after_max_delay() {
        let t0 = Instant::now();
        assert_eq!(due_in(t0, t0, t0), QUIET_DELAY);
        let typing = t0 + Duration::from_millis(500);
        assert_eq!(due_in(t0, typing, typing), Duration::from_millis(100));
        assert_eq!(due_in(t0, typing, t0 + Duration::from_secs(5)), Duration::ZERO);
    }

    #[test]
    fn writes_then_removes_off_the_calling_thread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let saver = Autosaver::start();
        for title in ["a", "b", "c"] {
            let mut file = RecoveryFile::default();
            title.clone_into(&mut file.document.meeting.title);
            saver.write(path.clone(), file);
        }
        saver.flush();
        let read = crate::persistence::read_recovery(&path).unwrap();
        assert_eq!(read.document.meeting.title, "c");
        saver.remove(path.clone());
        saver.flush();
        assert!(!path.exists());
        assert!(saver.take_error().is_none());
    }

    #[test]
    fn failures_are_reported() {
        let saver = Autosaver::start();
        saver.write("/no/such/folder/r.ron".into(), RecoveryFile::default());
        saver.flush();
        assert!(saver.take_error().is_some_and(|e| e.contains("/no/such/folder")));
    }
}
