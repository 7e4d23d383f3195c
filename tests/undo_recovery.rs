//! Undo and redo through the window, and restoring work after a crash.

mod common;

use common::{ScriptedDialogs, harness, harness_with_recovery, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use majlis::persistence::{self, RecoveryFile, write_recovery};
use majlis::ui::Tab;

#[test]
fn typing_is_undone_as_one_step_and_redone() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let original = persistence::load(&path).unwrap().doc;
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness.get_by_label("Venue").focus();
    harness.get_by_label("Venue").type_text(", 2nd floor");
    harness.run_ok();
    // Leave the field: inside it, Ctrl+Z is the field's own undo.
    harness.key_press(Key::Escape);
    harness.run_ok();
    let edited = harness.state().session.as_ref().unwrap().doc.clone();
    assert_ne!(edited, original);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.doc, original);
    assert!(!session.is_dirty(), "undoing to the saved state is clean");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_ok();
    assert_eq!(harness.state().session.as_ref().unwrap().doc, edited);
}

#[test]
fn deleting_an_organisation_warns_of_what_refers_to_it_and_is_undoable() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("Birzeit University").click();
    harness.run_ok();
    let before = harness.state().session.as_ref().unwrap().doc.clone();
    harness.get_by_label("Delete…").click();
    harness.run_ok();
    assert!(
        harness.query_all_by_label_contains("refer").count() >= 2,
        "the people and partnerships that refer to it are named"
    );
    harness.get_by_label("Delete").click();
    harness.run_ok();
    let after = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(after.organisations.len() + 1, before.organisations.len());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(harness.state().session.as_ref().unwrap().doc, before);
}

#[test]
fn a_recovery_file_left_by_a_crash_is_offered_compared_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let recovery = dir.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let mut document = persistence::load(&path).unwrap().doc;
    document.meeting.title = "Recovered title".to_owned();
    document.people.pop();
    let file = RecoveryFile {
        document_path: Some(path.clone()),
        // As Majlis records it: the saved file as it was when the work began.
        file_fingerprint: persistence::fingerprint_with_content(&path),
        document: document.clone(),
        ..RecoveryFile::default()
    };
    write_recovery(&recovery.join("left-behind.ron"), &file).unwrap();

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), Some(&recovery));
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Compare").click();
    harness.run_ok();
    harness.get_by_label("Compared with the saved file, records added: 0, removed: 1, changed: 1");
    harness.get_by_label("Restore").click();
    harness.run_ok();
    let session = harness.state().session.as_ref().expect("restored");
    assert_eq!(session.doc, document);
    assert!(session.is_dirty());
    assert_eq!(session.path.as_deref(), Some(path.as_path()));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::finish_saving(&mut harness);
    assert_eq!(
        persistence::load(&path).unwrap().doc.meeting.title,
        "Recovered title"
    );
    harness.state().flush_autosave();
    assert!(
        !recovery.join("left-behind.ron").exists(),
        "saving removes the recovery file"
    );
}

#[test]
fn discarding_recovered_work_asks_twice() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let file = recovery.join("left-behind.ron");
    write_recovery(&file, &RecoveryFile::default()).unwrap();
    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), Some(&recovery));
    harness.get_by_label("Discard…").click();
    harness.run_ok();
    harness.get_by_label("Keep them").click();
    harness.run_ok();
    assert!(file.exists());
    harness.get_by_label("Discard…").click();
    harness.run_ok();
    harness.get_by_label("Discard for good").click();
    harness.run_ok();
    assert!(!file.exists());
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
}

#[test]
fn words_typed_in_capture_before_a_crash_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let mut document = persistence::parse(include_str!("../sample-data/beirut-2007.ron").as_bytes())
        .unwrap()
        .doc;
    let first = std::sync::Arc::make_mut(document.agenda.first_mut().unwrap());
    first.status = majlis::model::ItemStatus::Running;
    let file = RecoveryFile {
        capture_draft: "The delegate of Jordan proposed a joint".to_owned(),
        document,
        ..RecoveryFile::default()
    };
    write_recovery(&recovery.join("left-behind.ron"), &file).unwrap();
    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), Some(&recovery));
    harness.get_by_label("Restore").click();
    harness.run_ok();
    let text = harness.get_by_label("Text");
    assert_eq!(
        text.value().as_deref(),
        Some("The delegate of Jordan proposed a joint")
    );
}
