//! Running the room as a chair does: the speakers' queue, skipped items, switching
//! items, the keyboard on the agenda, and the small things a facilitator notices.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;

use chrono::Duration;
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{Document, ItemStatus};

fn sample_at(h: u32, m: u32) -> (tempfile::TempDir, ManualClock, Harness<'static, MajlisApp>) {
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

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn titles(harness: &Harness<'_, MajlisApp>) -> Vec<String> {
    doc(harness).agenda.iter().map(|a| a.title.clone()).collect()
}

#[test]
fn a_speaker_from_the_floor_is_queued_by_name_and_registered_only_when_asked() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    let people = doc(&harness).people.len();
    let field = harness.get_by_label("Add speaker");
    field.focus();
    field.type_text("Samir Nakhleh");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.run_ok();
    // The field keeps the keyboard: the next name is typed straight away.
    assert!(harness.get_by_label("Add speaker").is_focused());
    harness.get_by_label("Add speaker").type_text("Rania");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.run_ok();

    let opening = doc(&harness).agenda.first().unwrap().as_ref().clone();
    let names: Vec<String> = opening
        .speakers
        .iter()
        .map(|t| doc(&harness).speaker_name(t))
        .collect();
    assert_eq!(names, ["Samir Nakhleh", "Rania Khoury"]);
    assert_eq!(
        doc(&harness).people.len(),
        people,
        "nobody was added to the registry"
    );

    // The queue's buttons say whose they are.
    harness.get_by_label("Move Rania Khoury earlier").click();
    harness.run_ok();
    let first = doc(&harness)
        .agenda
        .first()
        .unwrap()
        .speakers
        .first()
        .unwrap()
        .clone();
    assert_eq!(doc(&harness).speaker_name(&first), "Rania Khoury");
    harness.get_by_label("Remove Samir Nakhleh from the queue");

    harness.get_by_label("Add Samir Nakhleh to the registry").click();
    harness.run_ok();
    let doc = doc(&harness);
    assert_eq!(doc.people.len(), people + 1);
    let guest = doc.agenda.first().unwrap().speakers.get(1).unwrap().clone();
    assert_eq!(
        doc.person(guest.person).map(|p| p.name.as_str()),
        Some("Samir Nakhleh")
    );
}

#[test]
fn pausing_the_item_pauses_the_speaker_and_resuming_resumes_the_turn() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    let field = harness.get_by_label("Add speaker");
    field.focus();
    field.type_text("Rania");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.key_press(Key::F8);
    harness.run_ok();
    clock.advance(Duration::minutes(2));
    harness.key_press(Key::F6);
    harness.run_ok();
    harness.get_by_label_contains("Speaking: Rania Khoury  2:00, paused");
    clock.advance(Duration::minutes(5));
    harness.run_ok();
    harness.key_press(Key::F5);
    harness.run_ok();
    clock.advance(Duration::minutes(1));
    harness.run_ok();
    harness.get_by_label_contains("Speaking: Rania Khoury  3:00");
    let turn = doc(&harness)
        .agenda
        .first()
        .unwrap()
        .speakers
        .first()
        .unwrap()
        .clone();
    assert!(turn.ended.is_none(), "the turn goes on after the pause");
    assert_eq!(
        turn.spoken_seconds(meeting_time(9, 8)),
        180,
        "the pause is not speaking time"
    );
}

#[test]
fn items_passed_over_are_skipped_and_do_not_make_the_day_ahead() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    // Start (b), the fourth item, at 09:00: the three before it never ran.
    harness.get_by_label_contains("(b) Progress").click();
    harness.run_ok();
    harness.key_press(Key::F5);
    harness.run_ok();
    let statuses: Vec<ItemStatus> = doc(&harness).agenda.iter().take(4).map(|a| a.status).collect();
    assert_eq!(
        statuses,
        [
            ItemStatus::Skipped,
            ItemStatus::Skipped,
            ItemStatus::Skipped,
            ItemStatus::Running
        ]
    );
    assert!(
        harness.query_by_label_contains("ahead").is_none(),
        "jumping ahead is not running ahead of time"
    );
    harness.get_by_label_contains("On time");
    harness.get_by_label_contains("3 items skipped");
    // One undo step brings the whole start back.
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert!(
        doc(&harness)
            .agenda
            .iter()
            .all(|a| a.status == ItemStatus::Planned)
    );
}

#[test]
fn f5_on_another_item_while_one_runs_asks_to_switch() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    harness.get_by_label_contains("(a) The outcome").click();
    harness.run_ok();
    harness.key_press(Key::F5);
    harness.run_ok();
    harness.get_by_label_contains("Switch to (a) The outcome");
    harness.get_by_label("Cancel").click();
    harness.run_ok();
    assert_eq!(doc(&harness).agenda.first().unwrap().status, ItemStatus::Running);
    harness.key_press(Key::F5);
    harness.run_ok();
    harness.get_by_label("Switch").click();
    harness.run_ok();
    let doc = doc(&harness);
    assert_eq!(doc.agenda.first().unwrap().status, ItemStatus::Done);
    assert_eq!(doc.agenda.get(1).unwrap().status, ItemStatus::Running);
}

#[test]
fn alt_arrows_move_the_selected_row_while_it_has_the_keyboard() {
    let (_dir, _clock, mut harness) = sample_at(8, 0);
    let row = harness.get_by_label_contains("min  (b) Progress");
    row.click();
    row.focus();
    harness.run_ok();
    assert!(harness.get_by_label_contains("min  (b) Progress").is_focused());
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run_ok();
    let order = titles(&harness);
    assert!(order[1].starts_with("(b)"), "{order:?}");
    assert!(
        harness.get_by_label_contains("min  (b) Progress").is_focused(),
        "the moved row keeps the keyboard"
    );
}

#[test]
fn rows_below_the_visible_part_of_the_list_are_reached_by_keyboard() {
    let (_dir, _clock, mut harness) = sample_at(8, 0);
    let last = "Closing session";
    assert!(
        harness.query_by_label_contains(last).is_none(),
        "the last item starts out of view"
    );
    let first = harness.get_by_label_contains("min  Opening session");
    first.click();
    first.focus();
    harness.run_ok();
    for _ in 0..40 {
        harness.key_press(Key::ArrowDown);
        harness.run_ok();
    }
    let selected = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .doc
        .agenda
        .last()
        .unwrap()
        .id;
    assert_eq!(
        doc(&harness)
            .agenda_item(selected)
            .map(|a| a.title.starts_with(last)),
        Some(true)
    );
    assert!(
        harness
            .get_by_label_contains(&format!("min  {last}"))
            .is_focused()
    );
}

#[test]
fn the_participation_of_the_selected_item_counts_its_turns() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    let field = harness.get_by_label("Add speaker");
    field.focus();
    field.type_text("Rania");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.key_press(Key::F8);
    clock.advance(Duration::minutes(2));
    harness.run_ok();
    harness.get_by_label_contains("min  Opening session").click();
    harness.run_ok();
    harness.get_by_label("Participation in this item").click();
    harness.run_ok();
    assert!(harness.query_all_by_label("1 turn").count() >= 1);
    assert!(harness.query_by_label("1 turns").is_none());
}

/// Asks the window to close, as the window manager does; returns whether it closed.
fn close_window(harness: &mut Harness<'_, MajlisApp>) -> bool {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default();
    harness.run_ok();
    assert!(
        commands.contains(&egui::ViewportCommand::Close)
            != commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
    commands.contains(&egui::ViewportCommand::Close)
}

#[test]
fn an_untouched_new_meeting_quits_without_asking() {
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = harness_with_clock(None, ScriptedDialogs::default(), None, clock);
    harness.get_by_label("New meeting").click();
    harness.run_ok();
    assert!(!harness.state().session.as_ref().unwrap().has_unsaved_work());
    harness.get_by_label("Not saved yet");
    assert!(close_window(&mut harness), "nothing to lose: the window closes");
    assert!(harness.query_by_label("Save changes to this meeting?").is_none());
}

#[test]
fn an_edited_new_meeting_asks_before_quitting() {
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = harness_with_clock(None, ScriptedDialogs::default(), None, clock);
    harness.get_by_label("New meeting").click();
    harness.run_ok();
    harness.get_by_label("Title").focus();
    harness.get_by_label("Title").type_text(" 2026");
    harness.run_ok();
    assert!(!close_window(&mut harness), "the close is held back");
    harness.get_by_label("Save changes to this meeting?");
}

#[test]
fn another_meeting_opened_shows_its_own_agenda() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.get_by_label_contains("min  Opening session");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_ok();
    assert!(harness.query_by_label_contains("Opening session").is_none());
    harness.get_by_label("Add day");
}

#[test]
fn the_status_message_is_replaced_by_the_next_edit() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::finish_saving(&mut harness);
    harness.get_by_label_contains("Saved ");
    harness.get_by_label("Title").focus();
    harness.get_by_label("Title").type_text("!");
    harness.run_ok();
    assert!(harness.query_by_label_contains("Saved ").is_none());
}

#[test]
fn the_meeting_details_take_a_time_zone_and_an_arabic_title() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    assert_eq!(doc(&harness).meeting.time_zone, "Asia/Beirut");
    let zone = harness.get_by_label("Time zone");
    zone.focus();
    zone.set_text_value_accesskit("Asia/Beyrouth");
    harness.run_ok();
    harness.get_by_label_contains("Asia/Beyrouth is not a time zone name");
    let zone = harness.get_by_label("Time zone");
    zone.set_text_value_accesskit("Asia/Amman");
    harness.run_ok();
    assert!(
        harness
            .query_by_label_contains("is not a time zone name")
            .is_none()
    );
    assert_eq!(doc(&harness).meeting.time_zone, "Asia/Amman");
    let title = harness.get_by_label("Title in Arabic");
    title.focus();
    title.set_text_value_accesskit("اجتماع فريق الخبراء");
    harness.run_ok();
    assert_eq!(doc(&harness).meeting.title_ar, "اجتماع فريق الخبراء");
}
