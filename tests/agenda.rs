//! Planning and running the agenda through the window, with a clock the test controls.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;
mod fields;

use fields::field as named_field;

use chrono::Duration;
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use majlis::clock::ManualClock;
use majlis::model::{ItemStatus, RecordKind};

/// The sample meeting, copied to a fresh folder and open, with the room clock at `h:m`.
fn sample_at(
    h: u32,
    m: u32,
) -> (
    tempfile::TempDir,
    ManualClock,
    egui_kittest::Harness<'static, majlis::app::MajlisApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(meeting_time(h, m));
    let harness = harness_with_clock(
        Some(sample_copy(dir.path())),
        ScriptedDialogs::default(),
        None,
        clock.clone(),
    );
    (dir, clock, harness)
}

fn titles(harness: &egui_kittest::Harness<'_, majlis::app::MajlisApp>) -> Vec<String> {
    harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .doc
        .agenda
        .iter()
        .map(|a| a.title.clone())
        .collect()
}

#[test]
fn build_a_day_and_reorder_it_with_the_keyboard() {
    let clock = ManualClock::new(meeting_time(8, 0));
    let mut harness = harness_with_clock(None, ScriptedDialogs::default(), None, clock);
    harness.get_by_label("New meeting").click();
    harness.run_ok();
    harness.get_by_label("Add day").click();
    harness.run_ok();
    for (title, minutes) in [("Opening", 30.0), ("Keynote", 45.0), ("Coffee", 15.0)] {
        harness.get_by_label("Add item").click();
        harness.run_ok();
        let field = harness.get(named_field("Item title"));
        field.focus();
        field.set_text_value_accesskit(title);
        harness.run_ok();
        harness
            .get_by_label("Duration (minutes)")
            .set_value_accesskit(minutes);
        harness.run_ok();
    }
    let starts = |h: &egui_kittest::Harness<'_, majlis::app::MajlisApp>| -> Vec<String> {
        let doc = &h.state().session.as_ref().unwrap().doc;
        doc.agenda
            .iter()
            .map(|a| format!("{} {}", a.planned_start.format("%H:%M"), a.title))
            .collect()
    };
    assert_eq!(
        starts(&harness),
        ["09:00 Opening", "09:30 Keynote", "10:15 Coffee"]
    );

    // Select coffee, then move it up before the keynote.
    harness.get_by_label_contains("min  Coffee").click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run_ok();
    assert_eq!(
        starts(&harness),
        ["09:00 Opening", "09:30 Coffee", "09:45 Keynote"]
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(titles(&harness), ["Opening", "Keynote", "Coffee"]);
}

#[test]
fn run_items_through_overrun_and_next_with_a_controlled_clock() {
    let (_dir, clock, mut harness) = sample_at(9, 2);
    harness.get_by_label_contains("Opening session").click();
    harness.run_ok();
    harness.key_press(Key::F5);
    harness.run_ok();
    harness.get_by_label("30:00 left");

    clock.advance(Duration::minutes(25));
    harness.run_ok();
    harness.get_by_label("5:00 left");
    clock.advance(Duration::minutes(7));
    harness.run_ok();
    harness.get_by_label("overrun by 2:00");
    harness.get_by_label_contains("4:00 behind");

    harness.key_press(Key::F7);
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let opening = doc.agenda.first().unwrap();
    assert_eq!(opening.status, ItemStatus::Done);
    assert_eq!(opening.actual_start, Some(meeting_time(9, 2)));
    assert_eq!(opening.actual_end, Some(meeting_time(9, 34)));
    let second = doc.agenda.get(1).unwrap();
    assert_eq!(second.status, ItemStatus::Running);
    assert_eq!(second.actual_start, Some(meeting_time(9, 34)));
}

#[test]
fn capture_a_decision_and_an_action_item_with_the_keyboard_alone() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    clock.advance(Duration::minutes(5));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("Create a regional incubator network");
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Outcome").type_text("Adopted by consensus");
    harness.key_press(Key::Enter);
    harness.run_ok();

    clock.advance(Duration::minutes(2));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("Circulate the draft terms of reference");
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Owner").type_text("Layla");
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Due date").type_text("2007-10-15");
    harness.key_press(Key::Enter);
    harness.run_ok();

    let doc = &harness.state().session.as_ref().unwrap().doc;
    let opening = doc.agenda.first().unwrap().id;
    let captured: Vec<_> = doc.records.iter().filter(|r| r.captured_at.is_some()).collect();
    assert_eq!(captured.len(), 2, "{captured:#?}");
    let decision = captured.first().unwrap();
    assert_eq!(decision.agenda_item, Some(opening));
    assert_eq!(decision.captured_at, Some(meeting_time(9, 5)));
    assert_eq!(
        decision.kind,
        RecordKind::Decision {
            outcome: "Adopted by consensus".to_owned()
        }
    );
    let action = captured.get(1).unwrap();
    assert_eq!(action.text, "Circulate the draft terms of reference");
    let RecordKind::Action { owner, due, .. } = &action.kind else {
        panic!("{action:?}")
    };
    assert!(
        doc.person_name(*owner).starts_with("Layla"),
        "{}",
        doc.person_name(*owner)
    );
    assert_eq!(due.map(|d| d.to_string()).as_deref(), Some("2007-10-15"));
}

#[test]
fn the_speakers_queue_records_speaking_time() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    for name in ["Layla", "Omar"] {
        let field = harness.get_by_label("Add speaker");
        field.focus();
        field.type_text(name);
        harness.run_ok();
        harness.key_press(Key::Enter);
        harness.run_ok();
    }
    harness.key_press(Key::F8);
    harness.run_ok();
    clock.advance(Duration::minutes(3));
    harness.key_press(Key::F8);
    harness.run_ok();
    clock.advance(Duration::seconds(90));
    harness.run_ok();
    harness.get_by_label_contains("Speaking: Omar");
    harness.key_press(Key::F8);
    harness.run_ok();

    let doc = &harness.state().session.as_ref().unwrap().doc;
    let turns = &doc.agenda.first().unwrap().speakers;
    let spoken: Vec<(String, i64)> = turns
        .iter()
        .map(|t| {
            (
                doc.person_name(Some(t.person)),
                t.spoken_seconds(meeting_time(12, 0)),
            )
        })
        .collect();
    assert_eq!(spoken.len(), 2, "{spoken:?}");
    assert!(
        spoken[0].0.starts_with("Layla") && spoken[0].1 == 180,
        "{spoken:?}"
    );
    assert!(spoken[1].0.starts_with("Omar") && spoken[1].1 == 90, "{spoken:?}");
    assert!(turns.iter().all(|t| t.ended.is_some()));
}

#[test]
fn drag_an_item_onto_another_to_move_it_before() {
    let (_dir, _clock, mut harness) = sample_at(8, 0);
    let from = harness.get_by_label_contains("(c) Case studies").rect().center();
    let to = harness.get_by_label_contains("(b) Progress").rect().center();
    harness.drag_at(from);
    harness.run_ok();
    harness.hover_at(from + egui::vec2(0.0, -10.0));
    harness.run_ok();
    harness.drop_at(to);
    harness.run_ok();
    let order: Vec<String> = titles(&harness).into_iter().take(5).collect();
    assert!(
        order[3].starts_with("(c)") && order[4].starts_with("(b)"),
        "{order:?}"
    );
}

#[test]
fn the_projector_shows_the_item_its_clock_and_the_decisions() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F9);
    harness.run_ok();
    assert!(harness.state().projector_open);
    harness.get_by_label("Welcome");
    harness.key_press(Key::F7);
    harness.run_ok();
    clock.advance(Duration::minutes(31));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run_ok();
    harness.get_by_label("Text").type_text("Adopt the agenda");
    harness.key_press(Key::Enter);
    harness.run_ok();
    assert_eq!(
        harness.query_all_by_label("overrun by 1:00").count(),
        2,
        "the clock is on both screens"
    );
    harness.get_by_label("Agreed so far");
    harness.get_by_label("• Adopt the agenda");
}

#[test]
fn ctrl_z_while_typing_a_capture_does_not_undo_the_last_record() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness.get_by_label("Text").type_text("First note");
    harness.key_press(Key::Enter);
    harness.run_ok();
    harness.get_by_label("Text").type_text("Second nots");
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert!(
        doc.records.iter().any(|r| r.text == "First note"),
        "the saved note is kept"
    );
}

#[test]
fn f5_resumes_the_paused_item_even_when_another_is_selected() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    harness.key_press(Key::F6);
    harness.run_ok();
    harness.get_by_label_contains("(b) Progress").click();
    harness.run_ok();
    harness.key_press(Key::F5);
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let statuses: Vec<ItemStatus> = doc.agenda.iter().take(4).map(|a| a.status).collect();
    assert_eq!(
        statuses,
        [
            ItemStatus::Running,
            ItemStatus::Planned,
            ItemStatus::Planned,
            ItemStatus::Planned
        ]
    );
}

#[test]
fn words_left_in_capture_are_not_thrown_away_without_asking() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::finish_saving(&mut harness);
    assert!(!harness.state().session.as_ref().unwrap().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness.get_by_label("Text").type_text("Half a sentence");
    harness.run_ok();
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_ok();
    harness.get_by_label("Save changes to this meeting?");
    harness.get_by_label_contains("Half a sentence");
}
