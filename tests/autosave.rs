//! The window's own recovery copy: with autosave on, an edit and the words typed
//! in live capture reach the recovery file within a second, as the README says.

#[expect(dead_code, reason = "these tests need only the harness with recovery files")]
mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{ScriptedDialogs, harness_with_recovery, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::persistence::{RecoveryFile, read_recovery};

/// The promise: a change is in the recovery copy within a second.
const WITHIN: Duration = Duration::from_secs(1);

fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

/// Lets the window run in real time, as it does on screen, until a recovery
/// copy satisfies `wanted`; returns it and how long it took.
fn copy_within(
    harness: &mut Harness<'_, MajlisApp>,
    dir: &Path,
    since: Instant,
    wanted: impl Fn(&RecoveryFile) -> bool,
) -> (RecoveryFile, Duration) {
    loop {
        harness.step();
        let found = recovery_files(dir)
            .iter()
            .filter_map(|p| read_recovery(p).ok())
            .find(|f| wanted(f));
        if let Some(file) = found {
            return (file, since.elapsed());
        }
        assert!(
            since.elapsed() < WITHIN,
            "no recovery copy with the change within {WITHIN:?}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn an_edit_and_words_typed_in_capture_reach_the_recovery_copy_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let mut harness = harness_with_recovery(
        Some(sample_copy(dir.path())),
        ScriptedDialogs::default(),
        Some(&recovery),
    );
    assert!(recovery_files(&recovery).is_empty(), "nothing to keep yet");

    // An edit: the first item starts.
    harness.key_press(Key::F7);
    let typed = Instant::now();
    harness.run_ok();
    let (copy, took) = copy_within(&mut harness, &recovery, typed, |f| {
        f.document
            .agenda
            .first()
            .is_some_and(|a| a.actual_start.is_some())
    });
    assert!(copy.capture_draft.is_empty());
    eprintln!("edit in the recovery copy after {took:?}");

    // Words typed in live capture, not added.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("The delegate of Oman propos");
    let typed = Instant::now();
    harness.run_ok();
    let (copy, took) = copy_within(&mut harness, &recovery, typed, |f| {
        f.capture_draft == "The delegate of Oman propos"
    });
    assert!(
        copy.document
            .agenda
            .first()
            .is_some_and(|a| a.actual_start.is_some())
    );
    eprintln!("capture words in the recovery copy after {took:?}");
    assert_eq!(recovery_files(&recovery).len(), 1, "one copy per open meeting");
}
