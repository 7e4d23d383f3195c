//! Comparing a recovery file with the saved file lists what would be restored.

#[expect(dead_code, reason = "these tests need only the harness with recovery files")]
mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{ScriptedDialogs, harness_with_recovery, sample_copy};
use egui_kittest::kittest::Queryable as _;
use majlis::model::{ActionStatus, Document, Person, Record, RecordKind};
use majlis::persistence::{self, RecoveryFile, write_recovery};

/// Writes a recovery file for the saved `path` holding `document`; returns its path.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn leave_recovery(dir: &Path, path: &Path, document: Document, capture_draft: &str) -> PathBuf {
    let recovery = dir.join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let file = RecoveryFile {
        document_path: Some(path.to_owned()),
        capture_draft: capture_draft.to_owned(),
        document,
        ..RecoveryFile::default()
    };
    let left = recovery.join("left-behind.ron");
    write_recovery(&left, &file).unwrap();
    left
}

#[test]
fn compare_lists_each_changed_record_and_the_unadded_capture_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut document = persistence::load(&path).unwrap().doc;
    let berytech = document
        .organisations
        .iter_mut()
        .find(|o| o.name == "Berytech")
        .unwrap();
    "Berytech SAL".clone_into(&mut Arc::make_mut(berytech).name);
    document.records.push(Arc::new(Record {
        text: "Circulate the draft terms".to_owned(),
        kind: RecordKind::Action {
            owner: None,
            due: None,
            status: ActionStatus::Open,
        },
        ..Record::default()
    }));
    let removed = document.people.pop().unwrap().name.clone();
    // Shown in reading order, but named to screen readers in the order written.
    document.people.push(Arc::new(Person {
        name: "عمر حداد".to_owned(),
        ..Person::default()
    }));
    let left = leave_recovery(
        dir.path(),
        &path,
        document,
        "The delegate of Jordan\nproposed a joint",
    );

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), left.parent());
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Compare").click();
    harness.run_ok();

    harness.get_by_label("Compared with the saved file, records added: 2, removed: 1, changed: 1");
    harness.get_by_label_contains(
        "Typed in live capture and not yet added: \u{201c}The delegate of Jordan proposed a joint\u{201d}",
    );
    harness.get_by_label_contains(
        "Changed: organisation \u{201c}Berytech\u{201d}, now \u{201c}Berytech SAL\u{201d}",
    );
    harness.get_by_label_contains("Added: action item \u{201c}Circulate the draft terms\u{201d}");
    harness.get_by_label_contains(&format!("Removed: person \u{201c}{removed}\u{201d}"));
    harness.get_by_label_contains("Added: person \u{201c}عمر حداد\u{201d}");
    assert!(harness.query_by_label_contains("more change").is_none());

    assert!(left.exists(), "comparing keeps the recovery file");
    assert!(harness.state().session.is_none(), "comparing restores nothing");
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore");
}

#[test]
fn a_long_comparison_shows_the_first_lines_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut document = persistence::load(&path).unwrap().doc;
    for i in 1..=40 {
        document.records.push(Arc::new(Record {
            text: format!("Note number {i}"),
            ..Record::default()
        }));
    }
    let left = leave_recovery(dir.path(), &path, document, "");

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), left.parent());
    harness.get_by_label("Compare").click();
    harness.run_ok();

    harness.get_by_label("Compared with the saved file, records added: 40, removed: 0, changed: 0");
    harness.get_by_label("Added: note \u{201c}Note number 1\u{201d}");
    harness.get_by_label("Added: note \u{201c}Note number 30\u{201d}");
    assert!(
        harness
            .query_by_label("Added: note \u{201c}Note number 31\u{201d}")
            .is_none()
    );
    harness.get_by_label("And 10 more changes");
    assert!(harness.query_by_label_contains("live capture").is_none());
    assert!(left.exists());
}
