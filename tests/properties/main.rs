//! The session file format on documents in which every text field holds control,
//! format and bidi characters, lone marks, Arabic, emoji and the format's own
//! syntax: saving and reading give back the same document, and a damaged file
//! never panics and is either read or refused with the place in it named.
//! `MAJLIS_FUZZ_CASES` sets how many damaged files of each kind are tried.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

mod damage;
mod document;
mod matching;
mod merge;
mod text;
mod values;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, SystemTime};

use majlis::model::Document;
use majlis::persistence::{self, LoadError, RecoveryFile, backup_path, read_recovery, write_recovery};
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;
use proptest::test_runner::TestRunner;

use damage::{Rng, damage};
use document::{document, recovery_file};

/// Damaged files of each kind tried by default: enough to meet every kind of
/// refusal, few enough for a quick `cargo test`.
const DEFAULT_FUZZ_CASES: usize = 1_500;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn documents_round_trip_through_text(doc in document()) {
        let text = persistence::to_ron(&doc).unwrap();
        let loaded = persistence::parse(text.as_bytes()).unwrap();
        prop_assert!(!loaded.newer_format);
        prop_assert_eq!(loaded.doc, doc);
    }

    #[test]
    fn documents_round_trip_through_a_file_and_its_backup(doc in document()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meeting.ron");
        persistence::save(&path, &doc).unwrap();
        persistence::save(&path, &doc).unwrap();
        prop_assert_eq!(&persistence::load(&path).unwrap().doc, &doc);
        prop_assert_eq!(persistence::load(&backup_path(&path)).unwrap().doc, doc);
    }

    #[test]
    fn recovery_files_round_trip(file in recovery_file()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.ron");
        write_recovery(&path, &file).unwrap();
        prop_assert_eq!(read_recovery(&path).unwrap(), file);
    }
}

fn fuzz_cases() -> usize {
    std::env::var("MAJLIS_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_FUZZ_CASES)
}

/// `n` values of `strategy`, the same on every run.
fn fixed<S: Strategy>(strategy: &S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

/// `n` with a comma between groups of three digits, as the truncation message writes it.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// How often each kind of refusal was met.
#[derive(Debug, Default)]
struct Tally {
    read: usize,
    syntax: usize,
    truncated: usize,
    not_utf8: usize,
    other: usize,
}

impl Tally {
    /// Checks a refusal of the damaged file `bytes`: a refusal with a place names
    /// it in its message, and the place is inside the file.
    fn refused(&mut self, case: &str, bytes: &[u8], err: &LoadError) {
        let message = err.to_string();
        let Some((line, column)) = err.position() else {
            let placeless = matches!(
                err,
                LoadError::Empty | LoadError::NotASession | LoadError::TooNew { .. }
            );
            assert!(placeless, "{case}: the error does not say where: {message}");
            self.other += 1;
            return;
        };
        let named = match err {
            LoadError::Truncated { .. } => {
                self.truncated += 1;
                format!("line {}:", grouped(line))
            }
            LoadError::NotUtf8 { .. } => {
                self.not_utf8 += 1;
                format!("line {line}, column {column}")
            }
            _ => {
                self.syntax += 1;
                format!("line {line}, column {column}:")
            }
        };
        assert!(
            message.to_lowercase().contains(&named),
            "{case}: the message does not name {named:?}: {message}"
        );
        let text = String::from_utf8_lossy(bytes);
        let width = line
            .checked_sub(1)
            .and_then(|i| text.split('\n').nth(i))
            .map(|l| l.chars().count());
        assert!(
            width.is_some_and(|width| (1..=width + 1).contains(&column)),
            "{case}: line {line}, column {column} is outside the file: {message}"
        );
    }
}

/// Parses with `read`, turning a panic into a failure that names the case.
fn without_panic<T>(case: &str, read: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(read)).unwrap_or_else(|_| panic!("{case}: reading panicked"))
}

#[test]
fn damaged_session_files_never_panic_and_name_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let originals: Vec<Vec<u8>> = fixed(&document(), 8)
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let path = dir.path().join(format!("{i}.ron"));
            persistence::save(&path, doc).unwrap();
            std::fs::read(&path).unwrap()
        })
        .collect();
    let mut tally = Tally::default();
    for n in 0..fuzz_cases() {
        let mut rng = Rng::new(n as u64);
        let (bytes, how) = damage(&originals[n % originals.len()], &mut rng);
        let case = format!("damaged session file {n} ({})", how.join(", "));
        match without_panic(&case, || persistence::parse(&bytes)) {
            Ok(loaded) => {
                tally.read += 1;
                assert_saves_as_itself(&case, &loaded.doc);
            }
            Err(err) => tally.refused(&case, &bytes, &err),
        }
    }
    println!("damaged session files: {tally:?}");
    assert_every_refusal_met(&tally);
}

#[test]
fn damaged_recovery_files_never_panic_and_name_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let originals: Vec<Vec<u8>> = fixed(&recovery_file(), 8)
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let path = dir.path().join(format!("{i}.ron"));
            write_recovery(&path, file).unwrap();
            std::fs::read(&path).unwrap()
        })
        .collect();
    let mut tally = Tally::default();
    for n in 0..fuzz_cases() {
        let mut rng = Rng::new(n as u64);
        let (bytes, how) = damage(&originals[n % originals.len()], &mut rng);
        let case = format!("damaged recovery file {n} ({})", how.join(", "));
        // A new file each time: ext4 flushes a file rewritten in place when it is closed.
        let damaged = dir.path().join(format!("damaged-{n}.ron"));
        std::fs::write(&damaged, &bytes).unwrap();
        let read = without_panic(&case, || read_recovery(&damaged));
        std::fs::remove_file(&damaged).unwrap();
        match read {
            Ok(file) => {
                tally.read += 1;
                assert_saves_as_itself(&case, &file.document);
            }
            Err(err) => tally.refused(&case, &bytes, &err),
        }
    }
    println!("damaged recovery files: {tally:?}");
    assert_every_refusal_met(&tally);
}

/// What was read can be saved and read back the same: the document of a
/// restored recovery file is saved as a session file.
fn assert_saves_as_itself(case: &str, doc: &Document) {
    let text = persistence::to_ron(doc).unwrap_or_else(|e| panic!("{case}: {e}"));
    let reread = persistence::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{case}: {e}"));
    assert_eq!(&reread.doc, doc, "{case}: what was read does not save as itself");
}

/// The damage reached every kind of refusal, so the checks above were exercised.
fn assert_every_refusal_met(tally: &Tally) {
    if fuzz_cases() >= DEFAULT_FUZZ_CASES {
        assert!(
            tally.syntax > 0 && tally.truncated > 0 && tally.not_utf8 > 0,
            "{tally:?}"
        );
        assert!(tally.read + tally.other < fuzz_cases() / 2, "{tally:?}");
    }
}

/// A file dated before 1970 (copied from an old archive, say) once made every
/// autosave of its document fail: the recovery file could not hold the time.
#[test]
fn a_recovery_file_is_written_for_a_file_dated_before_1970() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    persistence::save(&path, &Document::new_meeting()).unwrap();
    let before_1970 = SystemTime::UNIX_EPOCH - Duration::from_hours(24 * 3653);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(before_1970)
        .unwrap();
    let fingerprint = persistence::fingerprint(&path);
    let file = RecoveryFile {
        document_path: Some(path.clone()),
        file_fingerprint: fingerprint,
        ..RecoveryFile::default()
    };
    let recovery = dir.path().join("recovery.ron");
    write_recovery(&recovery, &file).unwrap();
    assert_eq!(read_recovery(&recovery).unwrap(), file);
    let same_length = std::fs::read(&path).unwrap();
    std::fs::write(&path, same_length).unwrap();
    assert_ne!(
        persistence::fingerprint(&path),
        fingerprint,
        "a change is still noticed"
    );
}
