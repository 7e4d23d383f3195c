//! Saving happens on a thread of its own: the window keeps taking edits while
//! the file is written, says "Saving…" then "Saved", and quits only once the
//! file is whole.

mod common;

use common::{ScriptedDialogs, finish_saving, harness, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use majlis::persistence;

/// The window's close button, as the window manager reports it.
fn press_close(harness: &mut egui_kittest::Harness<'_, majlis::app::MajlisApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

#[test]
fn edits_made_while_the_file_is_written_stay_unsaved_and_are_saved_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    let venue = harness.get_by_label("Venue");
    venue.focus();
    venue.type_text(" (hall A)");
    harness.run_ok();

    // In one frame: Ctrl+S takes its snapshot, then more is typed, while the
    // file is held back from being written.
    let gate = harness.state().save_gate();
    gate.close();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.get_by_label("Venue").type_text(", second floor");
    harness.run_ok();
    assert!(harness.state().is_saving());
    harness.get_by_label("Saving…");
    gate.open();
    finish_saving(&mut harness);

    let saved = persistence::load(&path).unwrap().doc;
    assert!(
        saved.meeting.venue.ends_with(" (hall A)"),
        "{}",
        saved.meeting.venue
    );
    let session = harness.state().session.as_ref().unwrap();
    assert!(session.doc.meeting.venue.ends_with(", second floor"));
    assert!(
        session.is_dirty(),
        "what was typed during the save is not in the file"
    );
    harness.get_by_label("Unsaved changes");

    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    finish_saving(&mut harness);
    assert!(!harness.state().session.as_ref().unwrap().is_dirty());
    harness.get_by_label("Saved");
    let saved = persistence::load(&path).unwrap().doc;
    assert!(saved.meeting.venue.ends_with(", second floor"));
}

#[test]
fn quitting_during_a_save_waits_for_the_file_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    let venue = harness.get_by_label("Venue");
    venue.focus();
    venue.type_text(" (hall A)");
    harness.run_ok();
    harness.key_press(Key::Escape);

    // The window's close button while the file is being written.
    let gate = harness.state().save_gate();
    gate.close();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_ok();
    assert!(harness.state().is_saving());
    press_close(&mut harness);
    harness.run_ok();
    assert!(!harness.state().is_closing(), "the window waits for the file");
    assert!(harness.query_by_label("Save changes to this meeting?").is_none());
    gate.open();
    finish_saving(&mut harness);

    assert!(harness.state().is_closing(), "{}", harness.state().status.text);
    assert!(harness.query_by_label("Save changes to this meeting?").is_none());
    let saved = persistence::load(&path).unwrap().doc;
    assert!(saved.meeting.venue.ends_with(" (hall A)"));
}

#[test]
fn quitting_during_a_save_asks_again_when_edits_came_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness.get_by_label("Venue").focus();
    let gate = harness.state().save_gate();
    gate.close();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.get_by_label("Venue").type_text(" (hall A)");
    harness.run_ok();
    press_close(&mut harness);
    harness.run_ok();
    gate.open();
    finish_saving(&mut harness);
    assert!(!harness.state().is_closing());
    harness.get_by_label("Save changes to this meeting?");
}

#[test]
fn words_left_in_capture_are_not_lost_by_a_close_asked_during_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness.key_press(Key::F7);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("The delegate of Qatar propos");
    harness.run_ok();
    harness.key_press(Key::Escape);
    let gate = harness.state().save_gate();
    gate.close();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_ok();
    press_close(&mut harness);
    harness.run_ok();
    gate.open();
    finish_saving(&mut harness);
    assert!(
        !harness.state().is_closing(),
        "the words in capture are not thrown away"
    );
    harness.get_by_label("Save changes to this meeting?");
    harness.get_by_label_contains("The delegate of Qatar propos");
}
