//! `majlis script FILE.ron`: applies edits read from standard input without a
//! window, with the same autosave as the window. Tests use it to kill Majlis at
//! random moments and check that nothing older than the autosave delay is lost.
//!
//! One edit per line: `note TEXT` adds a captured note, `save` saves the file.

use std::io::BufRead as _;
use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::action::Action;
use crate::autosave::Autosaver;
use crate::model::Record;
use crate::persistence;
use crate::recovery::RecoveryStore;
use crate::session::Session;
use crate::tr;

/// Runs until standard input ends.
pub fn run(path: &Path, store: &RecoveryStore) -> Result<(), String> {
    let loaded = persistence::load(path).map_err(|e| {
        tr!(
            "cli-file-error",
            path = path.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let mut session = Session::opened(loaded, path);
    session.recovery = Some(store.claim_new());
    let saver = Autosaver::start();
    let (lines, inbox) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        let wait = session
            .autosave(&saver, Instant::now())
            .unwrap_or(Duration::from_millis(250));
        match inbox.recv_timeout(wait) {
            Ok(Ok(line)) => apply_line(&mut session, &saver, &line)?,
            Ok(Err(e)) => return Err(tr!("cli-script-stdin-failed", reason = e.to_string())),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        if let Some(error) = saver.take_error() {
            eprintln!("{}", tr!("cli-script-autosave-failed", reason = error));
        }
    }
    saver.flush();
    Ok(())
}

fn apply_line(session: &mut Session, saver: &Autosaver, line: &str) -> Result<(), String> {
    if let Some(text) = line.strip_prefix("note ") {
        let record = Record {
            text: text.to_owned(),
            ..Record::default()
        };
        session.apply(Action::UpsertRecord(record), Instant::now());
    } else if line == "save" {
        session.save(true).map_err(|e| e.to_string())?;
        if let Some(claim) = &session.recovery {
            saver.remove(claim.path.clone());
        }
    } else if !line.trim().is_empty() {
        return Err(tr!("cli-script-unknown-line", line = line));
    }
    Ok(())
}
