//! The real window, driven through its accessibility tree.

mod common;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use majlis::ui::Tab;

#[test]
fn opens_the_sample_switches_tabs_and_tracks_unsaved_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    let app = harness.state();
    assert!(
        app.session.as_ref().is_some_and(|s| !s.is_dirty()),
        "{}",
        app.status.text
    );

    for tab in Tab::ALL {
        harness.get_by_label(&tab.label()).click();
        harness.run_ok();
        assert_eq!(harness.state().tab, tab);
    }

    harness.get_by_label(&Tab::Agenda.label()).click();
    harness.run_ok();
    harness.get_by_label("Title").focus();
    harness.run_ok();
    harness.get_by_label("Title").type_text(" (draft)");
    harness.run_ok();
    let session = harness.state().session.as_ref().unwrap();
    assert!(session.is_dirty());
    assert!(
        session.doc.meeting.title.ends_with(" (draft)"),
        "{}",
        session.doc.meeting.title
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::finish_saving(&mut harness);
    assert!(
        !harness.state().session.as_ref().unwrap().is_dirty(),
        "{}",
        harness.state().status.text
    );
    let saved = majlis::persistence::load(&path).unwrap();
    assert!(saved.doc.meeting.title.ends_with(" (draft)"));
}

#[test]
fn start_screen_opens_the_embedded_sample() {
    let mut harness = harness(None, ScriptedDialogs::default());
    assert!(harness.state().session.is_none());
    harness.get_by_label("Open the sample meeting").click();
    harness.run_ok();
    let session = harness.state().session.as_ref().expect("the sample is open");
    assert!(session.doc.organisations.len() >= 30);
    assert!(
        session.path.is_none(),
        "the embedded sample is saved only where the user says"
    );
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label("Title").focus();
    harness.get_by_label("Title").type_text("!");
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_ok();
    harness.get_by_label("Save changes to this meeting?");
    harness.get_by_label("Cancel").click();
    harness.run_ok();
    let session = harness.state().session.as_ref().unwrap();
    assert!(session.doc.meeting.title.ends_with('!'));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_ok();
    harness.get_by_label("Discard").click();
    harness.run_ok();
    assert_eq!(
        harness.state().session.as_ref().unwrap().doc.meeting.title,
        "Untitled meeting"
    );
}

#[test]
fn a_bad_file_is_reported_and_the_open_meeting_stays() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format_version: 1,\n  agenda: [oops])").unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(Some(sample_copy(dir.path())), dialogs.clone());
    dialogs.answers.borrow_mut().push_back(Some(bad.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run_ok();
    harness.get_by_label("Could not open the file");
    assert!(
        harness.state().status.text.contains("Line 2"),
        "{}",
        harness.state().status.text
    );
    assert!(harness.state().session.as_ref().unwrap().doc.organisations.len() >= 30);
}

#[test]
fn save_as_falls_back_to_a_typed_path_when_no_dialog_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(None, ScriptedDialogs::default());
    harness.get_by_label("New meeting").click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_ok();
    let target = dir.path().join("typed");
    let field = harness.get_by_label("Path");
    field.focus();
    field.set_text_value_accesskit(&target.display().to_string());
    harness.run_ok();
    harness.get_by_label("Save").click();
    common::finish_saving(&mut harness);
    let saved = target.with_file_name("typed.majlis.ron");
    assert!(
        majlis::persistence::load(&saved).is_ok(),
        "{}",
        harness.state().status.text
    );
    assert!(!harness.state().session.as_ref().unwrap().is_dirty());
}

#[test]
fn an_idle_window_stops_repainting() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    assert!(
        harness.try_run().is_ok(),
        "an idle window keeps asking for frames"
    );
}

#[test]
fn saving_into_a_vanished_folder_says_why_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("usb-stick");
    std::fs::create_dir(&folder).unwrap();
    let path = sample_copy(&folder);
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness.get_by_label("Venue").focus();
    harness.get_by_label("Venue").type_text(" (room B)");
    harness.run_ok();
    std::fs::remove_dir_all(&folder).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::finish_saving(&mut harness);
    harness.get_by_label("Could not save");
    let app = harness.state();
    assert!(
        app.status.is_error && app.status.text.contains("usb-stick"),
        "{}",
        app.status.text
    );
    let session = app.session.as_ref().unwrap();
    assert!(session.is_dirty());
    assert!(session.doc.meeting.venue.ends_with(" (room B)"));
}

#[test]
fn moving_a_card_to_another_stage_is_undone_and_redone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let before = harness.state().session.as_ref().unwrap().doc.clone();
    // The last card of the Implementing column, moved with the keyboard to
    // the next stage: Dropped.
    let implementing = before
        .partnerships
        .iter()
        .rfind(|p| p.stage == "implementing")
        .expect("a card");
    harness
        .get_by_label(&format!("{}, at stage Implementing", implementing.title))
        .click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_ok();
    let moved = harness.state().session.as_ref().unwrap().doc.clone();
    let changed: Vec<_> = moved
        .partnerships
        .iter()
        .filter(|p| {
            before
                .partnerships
                .iter()
                .any(|b| b.id == p.id && b.stage != p.stage)
        })
        .collect();
    assert_eq!(changed.len(), 1, "one card moved");
    assert_eq!(changed[0].stage, "dropped");
    assert_eq!(
        changed[0].stage_history.last().map(|s| s.stage.as_str()),
        Some("dropped")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(harness.state().session.as_ref().unwrap().doc, before);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run_ok();
    assert_eq!(harness.state().session.as_ref().unwrap().doc, moved);
}
