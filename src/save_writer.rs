//! Writes session files on a thread of their own, so the window keeps drawing
//! and taking edits while a big meeting is saved.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

use crate::persistence::{self, Fingerprint, SaveError};
use crate::session::SaveJob;

/// A save that ended, well or not.
pub struct SaveDone {
    pub job: SaveJob,
    pub result: Result<Fingerprint, SaveError>,
    /// Older copies of the file (backup, recovery copies) that still hold a
    /// person erased from the document, and why.
    pub erase_problems: Vec<String>,
}

/// The writer thread and the save it is working on.
pub struct SaveWriter {
    jobs: Option<Sender<SaveJob>>,
    done: Receiver<SaveDone>,
    worker: Option<JoinHandle<()>>,
    busy: bool,
    gate: Gate,
    recovery_dir: Option<PathBuf>,
}

/// Holds saves back while closed; open unless a test closes it to look at the
/// window while a save is in progress.
#[derive(Clone, Default)]
pub struct Gate(Arc<(Mutex<bool>, Condvar)>);

impl Gate {
    /// Saves wait at the gate until it opens.
    pub fn close(&self) {
        let (closed, _) = &*self.0;
        if let Ok(mut closed) = closed.lock() {
            *closed = true;
        }
    }

    pub fn open(&self) {
        let (closed, changed) = &*self.0;
        if let Ok(mut closed) = closed.lock() {
            *closed = false;
        }
        changed.notify_all();
    }

    fn pass(&self) {
        let (closed, changed) = &*self.0;
        let Ok(mut is_closed) = closed.lock() else { return };
        while *is_closed {
            match changed.wait(is_closed) {
                Ok(guard) => is_closed = guard,
                Err(_) => return,
            }
        }
    }
}

impl SaveWriter {
    /// Starts the thread; `wake` is called when a save ends, so the window looks.
    /// Erasures in a saved document reach the recovery copies in `recovery_dir`.
    pub fn start(recovery_dir: Option<PathBuf>, wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, inbox) = mpsc::channel::<SaveJob>();
        let (report, done) = mpsc::channel();
        let gate = Gate::default();
        let held = gate.clone();
        let here = recovery_dir.clone();
        let worker = std::thread::Builder::new()
            .name("save".to_owned())
            .spawn(move || {
                for job in inbox {
                    held.pass();
                    if report.send(write_here(job, recovery_dir.as_deref())).is_err() {
                        break;
                    }
                    wake();
                }
            })
            .map_err(|e| log::error!("Could not start the save thread: {e}"))
            .ok();
        Self {
            jobs: worker.as_ref().map(|_| jobs),
            done,
            worker,
            busy: false,
            gate,
            recovery_dir: here,
        }
    }

    /// The gate saves pass before they are written.
    pub fn gate(&self) -> Gate {
        self.gate.clone()
    }

    /// Whether a save is being written.
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    /// Hands `job` to the thread. Without a thread (it could not start), the
    /// file is written here and now: slower, but saved.
    pub fn submit(&mut self, job: SaveJob) -> Option<SaveDone> {
        match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => {
                    self.busy = true;
                    None
                }
                Err(mpsc::SendError(job)) => Some(write_here(job, self.recovery_dir.as_deref())),
            },
            None => Some(write_here(job, self.recovery_dir.as_deref())),
        }
    }

    /// The save that ended since the last look, if any; never waits.
    pub fn poll(&mut self) -> Option<SaveDone> {
        match self.done.try_recv() {
            Ok(done) => {
                self.busy = false;
                Some(done)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                if self.busy {
                    // The thread is gone with the save it held: the document
                    // stays unsaved, and later saves are written here.
                    log::error!("The save thread stopped; saving on the window's thread");
                    self.busy = false;
                    self.jobs = None;
                }
                None
            }
        }
    }

    /// Waits for the save in progress to end, for quitting.
    pub fn wait(&mut self) -> Option<SaveDone> {
        if !self.busy {
            return None;
        }
        self.busy = false;
        self.done.recv().ok()
    }
}

fn write_here(job: SaveJob, recovery_dir: Option<&Path>) -> SaveDone {
    let result = persistence::save_unless_changed(&job.path, &job.doc, job.expected);
    let erase_problems = if result.is_ok() {
        persistence::erase_in_copies(&job.path, &job.doc, recovery_dir)
    } else {
        Vec::new()
    };
    SaveDone {
        job,
        result,
        erase_problems,
    }
}

impl Drop for SaveWriter {
    fn drop(&mut self) {
        // Closing the queue ends the thread once the save it holds is written.
        self.jobs = None;
        self.gate.open();
        if let Some(worker) = self.worker.take()
            && worker.join().is_err()
        {
            log::error!("The save thread stopped with a panic");
        }
    }
}
