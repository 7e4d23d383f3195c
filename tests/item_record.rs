//! The record of every agenda item, through the window: captures of an item that
//! ended, edited, deleted, undone and added later; due dates as people type them.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;

use chrono::{Duration, NaiveDate};
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{ActionStatus, Document, Record, RecordKind};

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

/// Records captured in the window during this test (the sample holds its own).
fn captured(harness: &Harness<'_, MajlisApp>) -> Vec<Record> {
    doc(harness)
        .records
        .iter()
        .filter(|r| {
            r.captured_at
                .is_some_and(|t| t.date() == meeting_time(9, 0).date())
        })
        .filter(|r| r.text.starts_with("Test:"))
        .map(|r| r.as_ref().clone())
        .collect()
}

/// Runs the opening with a note and an action item captured, then moves on.
fn capture_then_finish_the_opening(harness: &mut Harness<'_, MajlisApp>, clock: &ManualClock) {
    harness.key_press(Key::F7);
    harness.run_ok();
    clock.advance(Duration::minutes(3));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness.get_by_label("Text").type_text("Test: welcome by ESCWA");
    harness.key_press(Key::Enter);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("Test: circulate the list of participants");
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Owner").type_text("Rania");
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Due date").type_text("tomorrow");
    harness.key_press(Key::Enter);
    harness.run_ok();
    // The running item's list shows the owner and the due date.
    harness.get_by_label_contains("owner Rania Khoury, due 2007-09-06, open");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run_ok();
    harness
        .get_by_label("Idea")
        .type_text("Test: a regional observatory of ICT incubators");
    harness.key_press(Key::Enter);
    harness.run_ok();
    harness.get_by_label_contains("Partnership idea: Test: a regional observatory");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    clock.advance(Duration::minutes(30));
    harness.key_press(Key::F7);
    harness.run_ok();
}

#[test]
fn the_record_of_a_done_item_is_shown_edited_deleted_and_undone() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    capture_then_finish_the_opening(&mut harness, &clock);
    assert_eq!(captured(&harness).len(), 2);

    harness.get_by_label_contains("min  Opening session").click();
    harness.run_ok();
    harness.get_by_label("Record of this item");
    harness.get_by_label_contains("Note: Test: welcome by ESCWA");
    harness.get_by_label_contains("Action item: Test: circulate the list of participants");

    // Edit the note in place.
    let edits = harness.query_all_by_label("Edit this record").count();
    assert_eq!(edits, 2, "both records of the item can be edited");
    harness
        .query_all_by_label("Edit this record")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    let field = harness.get_by_label("Recorded text");
    field.focus();
    field.set_text_value_accesskit("Test: welcome by the ESCWA Executive Secretary");
    harness.run_ok();
    assert!(
        captured(&harness)
            .iter()
            .any(|r| r.text == "Test: welcome by the ESCWA Executive Secretary"),
        "{:?}",
        captured(&harness)
    );
    harness.get_by_label("Close the editor").click();
    harness.run_ok();

    // Mark the action item done with one click, then delete the note and undo.
    harness.get_by_label("Mark this action item done").click();
    harness.run_ok();
    let action = captured(&harness)
        .into_iter()
        .find(|r| r.action().is_some())
        .unwrap();
    assert_eq!(action.action().map(|a| a.2), Some(ActionStatus::Done));

    harness
        .query_all_by_label("Delete this record")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    assert_eq!(captured(&harness).len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(captured(&harness).len(), 2, "undo brings the note back");

    // The partnership idea leads to its card on the board, scrolled into view,
    harness.get_by_label("Show this partnership on the board").click();
    harness.run_ok();
    assert_eq!(harness.state().tab, majlis::ui::Tab::Board);
    harness.get_by_label("Test: a regional observatory of ICT incubators, at stage Idea");
    // and opens in the editor beside the board.
    harness.get_by_label("Delete the partnership “Test: a regional observatory of ICT incubators”");
}

#[test]
fn a_capture_added_after_the_item_ended_is_stamped_as_added_later() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    capture_then_finish_the_opening(&mut harness, &clock);
    clock.advance(Duration::minutes(10));
    harness.get_by_label_contains("min  Opening session").click();
    harness.run_ok();
    harness.get_by_label("Add to the record of this item");
    let fields: Vec<_> = harness.query_all_by_label("Text").collect();
    // The live form of the running item and the form of the selected item.
    assert_eq!(fields.len(), 2);
    let later = fields
        .into_iter()
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    later.focus();
    later.type_text("Test: the chair thanked the host country");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.run_ok();
    let opening = doc(&harness).agenda.first().unwrap().id;
    let added = captured(&harness)
        .into_iter()
        .find(|r| r.text == "Test: the chair thanked the host country")
        .unwrap();
    assert_eq!(added.agenda_item, Some(opening));
    assert!(added.added_later);
    assert_eq!(added.captured_at, Some(meeting_time(9, 43)));
    harness.get_by_label_contains("added later at 09:43");
}

#[test]
fn due_dates_are_read_in_the_usual_forms_and_an_error_focuses_the_field() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    for (typed, expected) in [
        ("2007-10-15", (2007, 10, 15)),
        ("15/10/2007", (2007, 10, 15)),
        ("15 Oct", (2007, 10, 15)),
        ("tomorrow", (2007, 9, 6)),
    ] {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
        harness.run_ok();
        harness
            .get_by_label("Text")
            .type_text(&format!("Test: due {typed}"));
        harness.key_press(Key::Tab);
        harness.key_press(Key::Tab);
        harness.run_ok();
        harness.get_by_label("Due date").type_text(typed);
        harness.key_press(Key::Enter);
        harness.run_ok();
        let record = captured(&harness)
            .into_iter()
            .find(|r| r.text == format!("Test: due {typed}"))
            .unwrap_or_else(|| panic!("{typed} was not added"));
        let (y, m, d) = expected;
        assert_eq!(
            record.action().and_then(|a| a.1),
            NaiveDate::from_ymd_opt(y, m, d),
            "{typed}"
        );
    }

    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness.get_by_label("Text").type_text("Test: bad date");
    harness.key_press(Key::Tab);
    harness.key_press(Key::Tab);
    harness.run_ok();
    harness.get_by_label("Due date").type_text("31/02/2007");
    harness.key_press(Key::Enter);
    harness.run_ok();
    harness.get_by_label_contains("is not a date");
    assert!(
        harness.get_by_label("Due date").is_focused(),
        "the wrong field has the keyboard"
    );
    assert!(!captured(&harness).iter().any(|r| r.text == "Test: bad date"));
    // Fixing the date and pressing Enter adds it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Due date").type_text("28/02/2008");
    harness.key_press(Key::Enter);
    harness.run_ok();
    let fixed = captured(&harness)
        .into_iter()
        .find(|r| r.text == "Test: bad date")
        .unwrap();
    assert_eq!(
        fixed.kind,
        RecordKind::Action {
            owner: None,
            due: NaiveDate::from_ymd_opt(2008, 2, 28),
            status: ActionStatus::Open
        }
    );
}

#[test]
fn a_decision_is_marked_as_a_recommendation_in_its_record() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run_ok();
    harness
        .get_by_label("Text")
        .type_text("Test: set up a regional network of incubators");
    harness.key_press(Key::Enter);
    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.get_by_label_contains("min  Opening session").click();
    harness.run_ok();
    let edit = harness
        .query_all_by_label("Edit this record")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    edit.click();
    harness.run_ok();
    harness.get_by_label("Recommendation of the meeting").click();
    harness.run_ok();
    let decision = captured(&harness).into_iter().next().unwrap();
    assert_eq!(doc(&harness).meeting.recommendations, vec![decision.id]);
    harness.get_by_label("Recommendations (1)");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert!(doc(&harness).meeting.recommendations.is_empty());
}

#[test]
fn words_added_to_a_record_stay_with_the_item_they_were_typed_for() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    capture_then_finish_the_opening(&mut harness, &clock);
    harness.get_by_label_contains("min  Opening session").click();
    harness.run_ok();
    let later = harness
        .query_all_by_label("Text")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    later.focus();
    later.type_text("Test: the host thanked the delegations");
    harness.run_ok();
    harness.key_press(Key::Escape);
    harness.get_by_label_contains("min  (b) Progress").click();
    harness.run_ok();
    harness.get_by_label_contains("Typed for Opening session");
    harness.get_by_label("Add to the record").click();
    harness.run_ok();
    let opening = doc(&harness).agenda.first().unwrap().id;
    let added = captured(&harness)
        .into_iter()
        .find(|r| r.text == "Test: the host thanked the delegations")
        .unwrap();
    assert_eq!(added.agenda_item, Some(opening));
}
