//! The matching view of the Financing tab: a project's ranked sources with
//! their reasons, the blocked ones with their blockers, a lead recorded from
//! the blended plan and followed to a pledge that the board's card counts,
//! and undo.
#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::{Document, LeadStatus, Money};
use majlis::ui::Tab;

const TELECENTRES: &str = "Community telecentres for rural Yemen";
const TOOLKIT: &str = "e-NGO toolkit and training for Arab NGOs";

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn shown(harness: &Harness<'_, MajlisApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// The sample meeting on the Financing tab, `project` selected in the list.
fn matching(dir: &std::path::Path, project: &str) -> Harness<'static, MajlisApp> {
    let mut harness = harness(Some(sample_copy(dir)), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Financing.label()).click();
    harness.run_ok();
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.event(egui::Event::Text(project.to_owned()));
    harness.run_ok();
    assert!(shown(&harness, "1 of 15 projects shown"));
    harness.get_by_label(project).click();
    harness.run_ok();
    harness
}

fn undo(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
}

#[test]
fn a_project_shows_its_ranked_sources_with_reasons_and_the_blocked_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = matching(dir.path(), TOOLKIT);
    assert!(shown(&harness, "9 sources could fund this project"));
    assert!(shown(
        &harness,
        "Arab Fund: grants for regional studies and capacity"
    ));
    assert!(shown(
        &harness,
        "For: Funds Capacity building, the project's thrust area."
    ));
    assert!(shown(
        &harness,
        "Against: Grant suits projects at an earlier stage than Formalised."
    ));
    assert_eq!(harness.query_all_by_label("Score 20").count(), 2);
    assert!(shown(&harness, "Score 30"));
    // Below the matches, the plan counts the money already pledged, then
    // covers the rest from the best match that is not pledging yet: a taller
    // window shows the rows that are drawn only when in view.
    harness.set_size(egui::vec2(1280.0, 1900.0));
    harness.run_ok();
    assert!(shown(
        &harness,
        "USD 150,000 is already pledged or committed; the plan below is for the rest"
    ));
    assert!(shown(
        &harness,
        "Arab Fund: grants for regional studies and capacity: USD 200,000 (USD 200,000)"
    ));
    assert!(shown(&harness, "The plan covers the whole need"));
    // The blocked sources are folded away until asked for.
    let blocker = "The need, USD 350,000, is below the smallest ticket, USD 500,000";
    assert!(!shown(&harness, blocker));
    harness.get_by_label("Blocked (10)").click();
    harness.run_ok();
    assert!(shown(&harness, "Injazat Technology Fund: growth equity"));
    assert!(shown(&harness, blocker));
    assert!(doc(&harness).leads.len() == 5, "looking changes nothing");
}

#[test]
fn a_lead_recorded_from_the_plan_is_pledged_shows_on_the_card_and_is_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = matching(dir.path(), TELECENTRES);
    assert!(shown(&harness, "Needs USD 1,500,000, 250,000 covered"));
    assert!(shown(&harness, "Remaining gap: USD 850,000"));
    harness
        .get_by_label("Record a lead with UNDP ICTDAR: pilot project grants for its share of the plan")
        .click();
    harness.run_ok();
    let leads = doc(&harness).leads;
    assert_eq!(leads.len(), 6);
    let lead = leads.last().unwrap();
    assert_eq!(lead.status, LeadStatus::Identified);
    assert_eq!(
        lead.amount,
        Some(Money {
            amount: 250_000,
            currency: "USD".to_owned()
        })
    );
    assert!(shown(
        &harness,
        "UNDP ICTDAR: pilot project grants, Identified, USD 250,000"
    ));

    harness.get_by_label("Status").click();
    harness.run_ok();
    harness.get_by_label("Pledged").click();
    harness.run_ok();
    harness.get_by_label("Amount").focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    harness.event(egui::Event::Text("400000".to_owned()));
    harness.run_ok();
    let lead = doc(&harness).leads.last().unwrap().as_ref().clone();
    assert_eq!(lead.status, LeadStatus::Pledged);
    assert_eq!(lead.amount.map(|m| m.amount), Some(400_000));
    assert!(shown(&harness, "Needs USD 1,500,000, 650,000 covered"));

    harness.key_press(Key::Escape);
    harness.run_ok();
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    assert!(shown(&harness, "Needs USD 1,500,000, 650,000 covered"));

    // Three steps: the amount, the status, the lead itself.
    undo(&mut harness);
    undo(&mut harness);
    assert!(shown(&harness, "Needs USD 1,500,000, 250,000 covered"));
    undo(&mut harness);
    assert_eq!(doc(&harness).leads.len(), 5);
}

#[test]
fn the_reverse_view_lists_the_projects_a_source_could_fund_and_goes_back_to_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = matching(dir.path(), TELECENTRES);
    harness.get_by_label("Projects for a source").click();
    harness.run_ok();
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("arab fund".to_owned()));
    harness.run_ok();
    harness
        .get_by_label("Arab Fund: grants for regional studies and capacity")
        .click();
    harness.run_ok();
    assert!(shown(
        &harness,
        "For: Funds Capacity building, the project's thrust area."
    ));
    harness.get_by_label(TOOLKIT).click();
    harness.run_ok();
    assert!(shown(&harness, "9 sources could fund this project"));
}
