//! The window on a generated meeting far bigger than the sample.

#[expect(dead_code, reason = "these tests do not save")]
mod common;
mod fields;

use fields::field;

use std::path::PathBuf;

use common::{ScriptedDialogs, harness, sample_copy};
use egui_kittest::kittest::Queryable as _;
use majlis::ui::Tab;

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn big_meeting(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("big.ron");
    majlis::persistence::save(&path, &majlis::generate::meeting(2, 7)).unwrap();
    path
}

#[test]
fn the_board_draws_only_the_cards_in_view_all_of_one_height() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(big_meeting(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();

    let stages: Vec<egui::Rect> = harness.query_all(cards()).map(|node| node.rect()).collect();
    assert!(!stages.is_empty());
    assert!(stages.len() < 200, "{} cards drawn of 200", stages.len());
    let first_column = stages.iter().map(egui::Rect::left).fold(f32::INFINITY, f32::min);
    let mut tops: Vec<f32> = stages
        .iter()
        .filter(|r| (r.left() - first_column).abs() < 1.0)
        .map(egui::Rect::top)
        .collect();
    tops.sort_by(f32::total_cmp);
    tops.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    let steps: Vec<f32> = tops.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(steps.len() > 2, "{tops:?}");
    assert!(
        steps.iter().all(|s| (s - steps[0]).abs() < 0.5),
        "cards differ in height, so scrolling would jump: {steps:?}"
    );
}

#[test]
fn a_small_board_shows_every_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let shown = doc.partnerships.iter().filter(|p| p.stage != "dropped").count();
    assert!(
        shown < doc.partnerships.len(),
        "the sample has dropped partnerships"
    );
    assert_eq!(
        harness.query_all(cards()).count(),
        shown,
        "dropped ones are set aside"
    );
    harness.get_by_label("Show the dropped partnerships").click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(harness.query_all(cards()).count(), doc.partnerships.len());
}

#[test]
fn a_card_moved_with_the_keyboard_into_a_long_column_is_scrolled_to_and_keeps_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(big_meeting(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let column = |doc: &majlis::model::Document, stage: &str| -> Vec<majlis::model::Id> {
        doc.partnerships
            .iter()
            .filter(|p| p.stage == stage)
            .map(|p| p.id)
            .collect()
    };
    let exploring = column(doc, "exploring");
    assert!(exploring.len() > 20, "a column longer than the window");
    let first = doc.partnerships.iter().find(|p| p.stage == "idea").unwrap();
    let (id, title) = (first.id, first.title.clone());
    harness.get_by_label(&format!("{title}, at stage Idea")).click();
    harness.run_ok();

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::ArrowRight);
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(
        column(doc, "exploring").last(),
        Some(&id),
        "moved to the end of the long column"
    );
    let name = format!("{title}, at stage Exploring");
    let rect = harness.get_by_label(&name).rect();
    assert!(rect.bottom() <= 800.0, "scrolled into view: {rect:?}");
    // It kept the keyboard: the next move takes it up one place.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::ArrowUp);
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let now = column(doc, "exploring");
    assert_eq!(now[now.len() - 2], id);
}

/// The cards of the board: buttons named by a title and a stage.
fn cards() -> egui_kittest::kittest::By<'static> {
    egui_kittest::kittest::by()
        .role(egui::accesskit::Role::Button)
        .label_contains(", at stage ")
}

#[test]
fn search_and_the_organisation_picker_work_on_thousands_of_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(big_meeting(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("People").click();
    harness.run_ok();

    let doc = &harness.state().session.as_ref().unwrap().doc;
    let person = doc
        .people
        .iter()
        .find(|p| p.name.is_ascii() && p.organisation.is_some())
        .unwrap();
    let (name, id) = (person.name.clone(), person.id);
    let email = person.email.clone();
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.get_by_label("Search").type_text(&name.to_lowercase());
    harness.run_ok();
    harness.get_by_label(&email).click();
    harness.run_ok();

    harness
        .get(field("Organisation").role(egui::accesskit::Role::ComboBox))
        .click();
    harness.run_ok();
    assert!(
        harness.query_all_by_label_contains("(none)").count() >= 1,
        "the list starts with no organisation"
    );
    harness.query_all_by_label("(none)").last().unwrap().click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(doc.person(id).map(|p| p.organisation), Some(None));
}
