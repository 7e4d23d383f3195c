//! Drafting the recommendations of the meeting and putting them, or the running
//! item's clock, on the projector, which has no controls of its own.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;

use std::time::Instant;

use chrono::Duration;
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::action::Action;
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{Document, Id, recommendations};
use majlis::ui::projector::ProjectorContent;

/// The sample meeting, copied to a fresh folder and open, with the room clock at `h:m`.
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

fn doc<'a>(harness: &'a Harness<'_, MajlisApp>) -> &'a Document {
    &harness.state().session.as_ref().unwrap().doc
}

/// Captures a decision on the running item with the keyboard; returns its id.
fn capture_decision(harness: &mut Harness<'_, MajlisApp>, text: &str) -> Id {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run_ok();
    harness.get_by_label("Text").type_text(text);
    harness.key_press(Key::Enter);
    harness.run_ok();
    doc(harness).records.iter().find(|r| r.text == text).unwrap().id
}

/// Marks a decision as a recommendation, as its checkbox in the item's record does.
fn recommend(harness: &mut Harness<'_, MajlisApp>, id: Id) {
    let meeting = recommendations::mark(doc(harness), id).unwrap();
    let session = harness.state_mut().session.as_mut().unwrap();
    session.apply(Action::SetMeeting(meeting), Instant::now());
    harness.run_ok();
}

/// The projector, which the test harness shows as a window inside the main one.
fn projector<'a>(harness: &'a Harness<'_, MajlisApp>) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Window, "Majlis projector")
}

/// Widgets inside the projector that the audience could mistake for controls.
fn projector_controls(harness: &Harness<'_, MajlisApp>) -> Vec<String> {
    let projector = projector(harness);
    let mut found = Vec::new();
    for role in [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::Slider,
        Role::SpinButton,
    ] {
        found.extend(
            projector
                .query_all_by_role(role)
                .map(|node| format!("{role:?} {:?}", node.accesskit_node().label())),
        );
    }
    found
}

#[test]
fn draft_reorder_and_project_the_recommendations() {
    let (_dir, clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    clock.advance(Duration::minutes(5));
    let first = capture_decision(&mut harness, "Create a regional incubator network");
    let second = capture_decision(&mut harness, "Hold the next meeting in Amman");
    recommend(&mut harness, first);
    recommend(&mut harness, second);

    harness.get_by_label("Recommendations (2)").click();
    harness.run_ok();
    let order = |h: &Harness<'_, MajlisApp>| doc(h).meeting.recommendations.clone();
    assert_eq!(order(&harness), [first, second]);
    harness.get_by_label("Move recommendation 2 earlier").click();
    harness.run_ok();
    assert_eq!(order(&harness), [second, first]);
    harness.get_by_label("Move recommendation 1 later").click();
    harness.run_ok();
    assert_eq!(order(&harness), [first, second]);
    harness.get_by_label("Move recommendation 2 earlier").click();
    harness.run_ok();
    assert_eq!(order(&harness), [second, first]);

    let field = harness.get_by_label("Recommendation 1");
    field.focus();
    field.set_text_value_accesskit("Hold the next meeting in Amman in spring 2008");
    harness.run_ok();
    assert_eq!(
        doc(&harness).record(second).unwrap().text,
        "Hold the next meeting in Amman in spring 2008"
    );

    harness.get_by_label("Show on the projector").click();
    harness.run_ok();
    assert!(harness.state().projector_open);
    assert_eq!(
        harness.state().projector.content,
        ProjectorContent::Recommendations
    );
    let shown = projector(&harness);
    shown.get_by_label("Recommendations");
    shown.get_by_label("1. Hold the next meeting in Amman in spring 2008");
    shown.get_by_label("2. Create a regional incubator network");
    assert!(harness.query_by_label("Dark").is_none());
    assert_eq!(projector_controls(&harness), Vec::<String>::new());

    // In the test the projector is a window over the main one, so this button
    // is pressed the way a screen reader presses it.
    harness
        .get_by_label("Remove recommendation 1 from the recommendations")
        .click_accesskit();
    harness.run_ok();
    assert_eq!(order(&harness), [first]);
    assert!(doc(&harness).record(second).is_some(), "the decision is kept");
    projector(&harness).get_by_label("1. Create a regional incubator network");
    harness.get_by_label("Recommendations (1)");
}

#[test]
fn recommendations_of_deleted_decisions_are_skipped_but_kept() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F7);
    harness.run_ok();
    let kept = capture_decision(&mut harness, "Adopt the agenda");
    let deleted = capture_decision(&mut harness, "Postpone the field visit");
    recommend(&mut harness, deleted);
    recommend(&mut harness, kept);
    let session = harness.state_mut().session.as_mut().unwrap();
    session.apply(Action::Remove(deleted), Instant::now());
    harness.run_ok();

    harness.get_by_label("Recommendations (1)").click();
    harness.run_ok();
    harness.get_by_label("Recommendation 1");
    assert!(harness.query_by_label("Recommendation 2").is_none());
    assert_eq!(doc(&harness).meeting.recommendations, [deleted, kept]);
}

#[test]
fn with_nothing_recommended_the_view_says_how_to_start() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.get_by_label("Recommendations (0)").click();
    harness.run_ok();
    harness.get_by_label(
        "No recommendations yet: mark a decision as a recommendation of the meeting in its item's record",
    );
}

#[test]
fn the_projector_clock_shows_the_speaker_and_how_the_day_is_going() {
    let (_dir, clock, mut harness) = sample_at(9, 4);
    harness.key_press(Key::F9);
    harness.run_ok();
    assert_eq!(harness.state().projector.content, ProjectorContent::Clock);
    harness.key_press(Key::F7);
    harness.run_ok();

    let field = harness.get_by_label("Add speaker");
    field.focus();
    field.type_text("Hiba Nasrallah");
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.run_ok();
    harness.key_press(Key::F8);
    harness.run_ok();
    clock.advance(Duration::minutes(1));
    harness.run_ok();

    // The first item started four minutes late.
    let progress =
        majlis::model::schedule::day_progress(doc(&harness), meeting_time(9, 0).date(), meeting_time(9, 5))
            .unwrap();
    let end = progress.projected_end.format("%H:%M");
    let line = format!("4:00 behind: the day now ends at {end}");
    assert_eq!(
        harness.query_all_by_label(&line).count(),
        2,
        "the day's progress is on both screens"
    );
    projector(&harness).get_by_label(&line);
    projector(&harness).get_by_label("Speaking: Hiba Nasrallah");

    harness.key_press(Key::F6);
    harness.run_ok();
    projector(&harness).get_by_label("Speaking: Hiba Nasrallah (paused)");
    assert!(harness.query_by_label("Dark").is_none());
    assert_eq!(projector_controls(&harness), Vec::<String>::new());
}

#[test]
fn the_meeting_menu_sets_what_the_projector_shows_and_its_theme() {
    let (_dir, _clock, mut harness) = sample_at(9, 0);
    harness.key_press(Key::F9);
    harness.run_ok();
    harness.get_by_label("Welcome");

    harness.get_by_label("Meeting").click();
    harness.run_ok();
    harness.get_by_label("Projector shows").hover();
    harness.run_ok();
    harness.get_by_label("The recommendations").click();
    harness.run_ok();
    assert_eq!(
        harness.state().projector.content,
        ProjectorContent::Recommendations
    );
    harness.get_by_label("No recommendations yet");

    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.get_by_label("Meeting").click();
    harness.run_ok();
    harness.get_by_label("Projector theme").hover();
    harness.run_ok();
    harness.get_by_label("Light").click();
    harness.run_ok();
    assert!(!harness.state().projector.dark);
}
