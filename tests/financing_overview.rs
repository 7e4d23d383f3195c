//! The financing overview in the window: totals of the sample meeting by
//! thrust area, country and status, that follow an edited currency rate at
//! once and come back on undo.
#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::Document;
use majlis::ui::Tab;

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;
use common::{ScriptedDialogs, harness, sample_copy};

/// What the Kuwait Fund's lead (300,000 KWD, contacted) is worth at the
/// sample's rate of 3.52 dollars, and at 3.
const CONTACTED_AT_SAMPLE_RATE: &str = "1,056,000";
const CONTACTED_AT_THREE: &str = "900,000";
const KWD_FIELD: &str = "US dollars per unit of KWD";

fn doc<'a>(harness: &'a Harness<'_, MajlisApp>) -> &'a Document {
    &harness.state().session.as_ref().unwrap().doc
}

fn kwd_rate(harness: &Harness<'_, MajlisApp>) -> f64 {
    doc(harness)
        .rates
        .iter()
        .find(|r| r.currency == "KWD")
        .unwrap()
        .usd_per_unit
}

/// The overview of the sample meeting, in a window tall enough to show all
/// its tables at once (their rows are laid out only when in sight).
fn overview(dir: &std::path::Path) -> Harness<'static, MajlisApp> {
    let mut harness = harness(Some(sample_copy(dir)), ScriptedDialogs::default());
    harness.set_size(egui::vec2(1280.0, 1900.0));
    harness.get_by_label(&Tab::Financing.label()).click();
    harness.run_ok();
    harness.get_by_label("Overview").click();
    harness.run_ok();
    harness
}

fn shown(harness: &Harness<'_, MajlisApp>, text: &str) -> bool {
    harness.query_by_label(text).is_some()
}

/// Replaces the text of the field named `label`, then leaves it.
fn replace(harness: &mut Harness<'_, MajlisApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_ok();
    harness.key_press(Key::Escape);
    harness.run_ok();
}

#[test]
fn totals_follow_an_edited_rate_and_come_back_on_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = overview(dir.path());
    // Pledged 250,000 and committed 150,000 + 75,000, all in dollars.
    assert!(
        harness
            .query_by_label_contains("250,000 pledged, 225,000 committed")
            .is_some()
    );
    assert!(shown(&harness, "Contacted"), "the pipeline lists every status");
    assert!(shown(&harness, CONTACTED_AT_SAMPLE_RATE));
    assert!(!shown(&harness, CONTACTED_AT_THREE));

    replace(&mut harness, KWD_FIELD, "3");
    assert!((kwd_rate(&harness) - 3.0).abs() < 1e-9);
    assert!(shown(&harness, CONTACTED_AT_THREE), "the totals change at once");
    assert!(!shown(&harness, CONTACTED_AT_SAMPLE_RATE));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert!((kwd_rate(&harness) - 3.52).abs() < 1e-9, "one undo step");
    assert!(shown(&harness, CONTACTED_AT_SAMPLE_RATE));
    assert!(!shown(&harness, CONTACTED_AT_THREE));
    let field = harness.get_by_label(KWD_FIELD);
    assert_eq!(
        field.value().as_deref(),
        Some("3.52"),
        "the field shows the rate back"
    );
}

#[test]
fn a_rate_that_does_not_read_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = overview(dir.path());
    let before = doc(&harness).rates.clone();
    replace(&mut harness, KWD_FIELD, "three");
    assert!(shown(&harness, "Not a number"));
    replace(&mut harness, KWD_FIELD, "0");
    assert!(shown(&harness, "A rate must be more than zero"));
    assert_eq!(doc(&harness).rates, before, "nothing is stored");
    assert!(shown(&harness, CONTACTED_AT_SAMPLE_RATE));
}

#[test]
fn a_rate_removed_leaves_its_amounts_out_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = overview(dir.path());
    harness.get_by_label("Remove the rate of KWD").click();
    harness.run_ok();
    assert!(doc(&harness).rates.iter().all(|r| r.currency != "KWD"));
    // The Kuwaiti library's need and the Kuwait Fund's lead.
    assert!(shown(&harness, "2 amounts in KWD have no rate and are left out"));

    harness.get_by_label("Currency").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("kwd".to_owned()));
    harness.run_ok();
    harness.get_by_label("US dollars per unit").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("3".to_owned()));
    harness.run_ok();
    harness.get_by_label("Add rate").click();
    harness.run_ok();
    assert!((kwd_rate(&harness) - 3.0).abs() < 1e-9);
    assert!(shown(&harness, CONTACTED_AT_THREE));
    assert!(harness.query_by_label_contains("have no rate").is_none());
}

#[test]
fn amounts_can_be_shown_in_another_currency_with_a_rate() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = overview(dir.path());
    harness.get_by_label("Amounts in").click();
    harness.run_ok();
    // The choice in the open list, drawn after the rates' "KWD".
    harness.query_all_by_label("KWD").last().unwrap().click();
    harness.run_ok();
    // 300,000 KWD in KWD, with no conversion.
    assert!(shown(&harness, "300,000"));
    assert!(harness.query_by_label_contains("In all, in KWD").is_some());
}
