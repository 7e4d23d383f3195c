//! The partnership board in the window: each card says what its commitment
//! still lacks, and a stage changed on a card is recorded in its history.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use majlis::model::quality;
use majlis::ui::Tab;

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;
use common::{ScriptedDialogs, harness, sample_copy};

#[test]
fn cards_show_what_their_commitment_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let first_stage = &doc.vocabularies.stages[0].key;
    let card = doc.partnerships.iter().find(|p| &p.stage == first_stage).unwrap();
    let labels: Vec<String> = quality::gaps(card, doc)
        .into_iter()
        .map(quality::Gap::label)
        .collect();
    assert!(
        !labels.is_empty(),
        "the sample's ideas are not yet strong commitments"
    );
    let expected = format!("Missing: {}", labels.join(" · "));
    assert!(harness.query_all_by_label(&expected).count() >= 1, "{expected}");
}

#[test]
fn a_stage_changed_on_a_card_is_one_recorded_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    let first_stage = doc.vocabularies.stages[0].key.clone();
    let second = doc.vocabularies.stages[1].label.clone();
    let card = doc.partnerships.iter().find(|p| p.stage == first_stage).unwrap();
    let (id, history) = (card.id, card.stage_history.len());

    harness
        .get_all_by_role_and_label(Role::ComboBox, "Stage")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, &second).click();
    harness.run_ok();

    let doc = &harness.state().session.as_ref().unwrap().doc;
    let moved = doc.partnerships.iter().find(|p| p.id == id).unwrap();
    assert_eq!(moved.stage, doc.vocabularies.stages[1].key);
    assert_eq!(moved.stage_history.len(), history + 1);
    assert_eq!(moved.stage_history.last().unwrap().stage, moved.stage);
}
