//! Crashes the real program at the worst moments of saving (the fault points of
//! `persistence::fault`, which exist only in builds with debug assertions) and
//! checks what is left: the file loads and is exactly its old or its new
//! content, the `.bak` loads, and every note is in the file or a recovery copy.

#![cfg(all(unix, debug_assertions))]
#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

use std::collections::HashSet;
use std::io::Write as _;
use std::os::unix::process::ExitStatusExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use majlis::model::Document;
use majlis::persistence::{self, backup_path};
use majlis::recovery::RecoveryStore;

const PATIENCE: Duration = Duration::from_mins(1);
const SIGABRT: i32 = 6;

/// A saved meeting with a `.bak`, and Majlis editing it with a fault armed.
struct Run {
    _dir: tempfile::TempDir,
    file: PathBuf,
    store: RecoveryStore,
    /// The file before Majlis started.
    old: Vec<u8>,
    child: Child,
    stdin: ChildStdin,
}

impl Run {
    fn start(fault: &str, after: u32) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("meeting.ron");
        let doc = persistence::load(Path::new("sample-data/beirut-2007.ron"))
            .unwrap()
            .doc;
        persistence::save(&file, &doc).unwrap();
        persistence::save(&file, &doc).unwrap();
        let data = dir.path().join("data");
        let mut child = Command::new(env!("CARGO_BIN_EXE_majlis"))
            .args(["script", file.to_str().unwrap()])
            .env("MAJLIS_DATA_DIR", &data)
            .env("MAJLIS_FAULT", fault)
            .env("MAJLIS_FAULT_AFTER", after.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        Self {
            old: std::fs::read(&file).unwrap(),
            store: RecoveryStore::new(data.join("recovery")),
            _dir: dir,
            file,
            child,
            stdin,
        }
    }

    /// Sends notes in one write, so they reach the recovery copy together.
    fn notes(&mut self, batch: &str) -> Vec<String> {
        let notes: Vec<String> = (0..3).map(|i| format!("{batch}-{i}")).collect();
        let lines: Vec<String> = notes.iter().map(|n| format!("note {n}\n")).collect();
        self.stdin.write_all(lines.concat().as_bytes()).unwrap();
        notes
    }

    fn send(&mut self, line: &str) {
        writeln!(self.stdin, "{line}").unwrap();
    }

    /// The recovery copies the next start would offer.
    fn recovered(&self) -> Vec<Document> {
        self.store
            .orphans()
            .into_iter()
            .map(|o| {
                o.file
                    .unwrap_or_else(|e| panic!("a recovery copy does not load: {e}"))
                    .document
            })
            .collect()
    }

    /// Waits until a recovery copy holds `notes`.
    fn wait_for_recovery(&mut self, notes: &[String]) {
        let deadline = Instant::now() + PATIENCE;
        // A copy being written is locked by its owner, so read the folder itself.
        while !recovery_files(&self.store)
            .iter()
            .any(|doc| notes.iter().all(|n| texts(doc).contains(n)))
        {
            assert!(
                self.child.try_wait().unwrap().is_none(),
                "Majlis ended before the recovery copy"
            );
            assert!(Instant::now() < deadline, "no recovery copy holds {notes:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the armed fault to crash Majlis, then checks what it left.
    fn crashed_keeping(mut self, notes: &[String]) {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the fault point was never reached");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.signal(), Some(SIGABRT), "{status}");

        let bytes = std::fs::read(&self.file).unwrap();
        let saved = persistence::parse(&bytes).unwrap_or_else(|e| panic!("the file does not load: {e}"));
        let recovered = self.recovered();
        // The document was not edited between its last recovery copy and the save.
        let new: Vec<Vec<u8>> = recovered
            .iter()
            .map(|doc| persistence::to_ron(doc).unwrap().into_bytes())
            .collect();
        assert!(
            bytes == self.old || new.contains(&bytes),
            "the file is neither old nor new"
        );
        let backup = backup_path(&self.file);
        if backup.exists() {
            persistence::load(&backup).unwrap_or_else(|e| panic!("the .bak does not load: {e}"));
        }
        let kept: HashSet<String> = recovered.iter().chain([&saved.doc]).flat_map(texts).collect();
        let lost: Vec<&String> = notes.iter().filter(|n| !kept.contains(*n)).collect();
        assert!(lost.is_empty(), "lost {lost:?}");
    }
}

fn texts(doc: &Document) -> HashSet<String> {
    doc.records.iter().map(|r| r.text.clone()).collect()
}

fn recovery_files(store: &RecoveryStore) -> Vec<Document> {
    std::fs::read_dir(store.dir())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter_map(|p| persistence::read_recovery(&p).ok())
        .map(|f| f.document)
        .collect()
}

/// Notes reach the recovery copy, then a save crashes at `fault`.
fn save_crashes_at(fault: &str) {
    let mut run = Run::start(fault, 1);
    let notes = run.notes("note");
    run.wait_for_recovery(&notes);
    run.send("save");
    run.crashed_keeping(&notes);
}

#[test]
fn a_crash_half_way_through_the_new_file_loses_nothing() {
    save_crashes_at("save:half-temp-write");
}

#[test]
fn a_crash_while_keeping_the_backup_loses_nothing() {
    save_crashes_at("save:during-backup");
}

#[test]
fn a_crash_just_before_the_rename_loses_nothing() {
    save_crashes_at("save:after-temp-write");
}

/// The first recovery copy is written, the second crashes half-way: the first
/// must still be whole (the notes sent after it are younger than the autosave delay).
#[test]
fn a_crash_half_way_through_a_recovery_copy_keeps_the_previous_copy() {
    let mut run = Run::start("recovery:half-written", 2);
    let first = run.notes("first");
    run.wait_for_recovery(&first);
    run.notes("second");
    run.crashed_keeping(&first);
}
