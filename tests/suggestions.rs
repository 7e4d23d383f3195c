//! Suggested partners in the registry: the selected organisation's editor
//! lists organisations that complement it with their reasons, and one click
//! puts a partnership idea on the board.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the plain harness")]
mod common;

use common::{ScriptedDialogs, harness, sample_copy};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::suggest::{self, Reason};
use majlis::model::{Document, Organisation};
use majlis::ui::Tab;

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn named(doc: &Document, name: &str) -> Organisation {
    doc.organisations
        .iter()
        .find(|o| o.name == name)
        .unwrap()
        .as_ref()
        .clone()
}

#[test]
fn a_suggested_partner_becomes_a_partnership_idea_in_one_click() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    // Tall enough for the whole editor, suggestions included, to be in view.
    harness.set_size(egui::vec2(1280.0, 2400.0));
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("Search").type_text("Birzeit");
    harness.run_ok();
    harness.get_by_label("Birzeit University").click();
    harness.run_ok();

    let before = doc(&harness);
    let birzeit = named(&before, "Birzeit University");
    let expected = suggest::suggestions(&before, birzeit.id, 5);
    let first = expected.first().expect("Birzeit University gets suggestions");
    let partner = before.organisation(first.organisation).unwrap().clone();
    let reason = first
        .reasons
        .iter()
        .find(|r| matches!(r, Reason::Offers { .. } | Reason::Needs { .. }))
        .expect("the best suggestion meets a need")
        .describe();
    assert!(reason.contains("Birzeit University"), "{reason}");

    harness.get_by_label("Suggested partners");
    assert!(
        harness.query_all_by_label(&partner.name).next().is_some(),
        "{} is suggested",
        partner.name
    );
    assert!(
        harness.query_all_by_label(&reason).next().is_some(),
        "the reason is shown: {reason}"
    );
    harness
        .get_by_label(&format!("Propose a partnership with {}", partner.name))
        .click();
    harness.run_ok();

    let after = doc(&harness);
    assert_eq!(after.partnerships.len(), before.partnerships.len() + 1);
    let idea = after
        .partnerships
        .iter()
        .find(|p| !before.partnerships.iter().any(|q| q.id == p.id))
        .unwrap();
    let partners: Vec<_> = idea.partners.iter().map(|r| r.organisation).collect();
    assert_eq!(partners, [birzeit.id, partner.id]);
    assert_eq!(idea.lead, Some(birzeit.id));
    assert_eq!(idea.stage, "idea");
    assert_eq!(
        idea.title,
        format!("Partnership of Birzeit University and {}", partner.name)
    );
    // They have met now: the next suggestions are of others.
    assert!(
        harness
            .query_by_label(&format!("Propose a partnership with {}", partner.name))
            .is_none()
    );
}
