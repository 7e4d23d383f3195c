//! The financing panel's catalogue of funding sources: search, filters, sort,
//! adding, editing every kind of field, deleting and undoing.
#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

#[expect(dead_code, reason = "these tests do not save")]
mod common;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::fold::fold;
use majlis::model::{Document, FundingSource, Instrument};
use majlis::ui::Tab;

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn open_sources() -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Financing.label()).click();
    harness.run_ok();
    harness.query_all_by_label("Sources").next().unwrap().click();
    harness.run_ok();
    (dir, harness)
}

/// Replaces the text of the text field named `label` with `text`.
fn type_into(harness: &mut Harness<'_, MajlisApp>, label: &str, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, label).focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    if text.is_empty() {
        harness.key_press(Key::Backspace);
    } else {
        harness.event(egui::Event::Text(text.to_owned()));
    }
    harness.run_ok();
}

fn search(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    type_into(harness, "Search", text);
}

/// Asserts the count above the table reads "`shown` of `total` shown".
fn assert_count(harness: &Harness<'_, MajlisApp>, shown: usize, total: usize) {
    let text = format!("{shown} of {total} shown");
    assert!(harness.query_by_label(&text).is_some(), "the count reads {text}");
}

fn source_named<'d>(doc: &'d Document, name: &str) -> &'d FundingSource {
    doc.funding_sources.iter().find(|s| s.name == name).unwrap()
}

/// The top of the row showing `name`.
fn top_of(harness: &Harness<'_, MajlisApp>, name: &str) -> f32 {
    harness.get_by_label(name).rect().top()
}

#[test]
fn the_search_the_instrument_filter_and_a_header_narrow_and_order_the_sources() {
    let (_dir, mut harness) = open_sources();
    let document = doc(&harness);
    let total = document.funding_sources.len();
    assert!(total >= 10, "the sample has a realistic catalogue");
    assert_count(&harness, total, total);

    // The search reads the organisation's name too: "Islamic" is in neither
    // the ICD's source name nor its notes.
    search(&mut harness, "islamic");
    let found: Vec<&FundingSource> = document
        .funding_sources
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| {
            let org = document.organisation_name(s.organisation);
            [&s.name, &org, &s.notes, &s.contact]
                .iter()
                .any(|t| fold(t).contains("islamic"))
        })
        .collect();
    assert!(found.len() >= 2 && found.len() < total);
    assert_count(&harness, found.len(), total);
    assert!(
        harness
            .query_by_label("Islamic Development Bank: project financing")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Cedar Angels Network: seed co-investment")
            .is_none()
    );
    search(&mut harness, "");
    assert_count(&harness, total, total);

    // Equity only.
    harness
        .get_by_role_and_label(Role::ComboBox, "Instrument")
        .click();
    harness.run_ok();
    harness
        .query_all_by_role_and_label(Role::Button, "Equity")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    let equity: Vec<&FundingSource> = document
        .funding_sources
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| s.instruments.contains(&Instrument::Equity))
        .collect();
    assert!(!equity.is_empty() && equity.len() < total);
    assert_count(&harness, equity.len(), total);
    let no_equity = document
        .funding_sources
        .iter()
        .find(|s| !s.instruments.contains(&Instrument::Equity))
        .unwrap();
    assert!(harness.query_by_label(&no_equity.name).is_none());

    // By ticket range, smallest first; a second click reverses.
    harness
        .get_by_role_and_label(Role::Button, "Ticket range")
        .click();
    harness.run_ok();
    assert!(harness.query_by_label("Ticket range, sorted ascending").is_some());
    let mut by_ticket = equity.clone();
    by_ticket.sort_by_key(|s| (s.ticket_min, s.ticket_max));
    let (smallest, largest) = (by_ticket[0].name.clone(), by_ticket.last().unwrap().name.clone());
    assert!(top_of(&harness, &smallest) < top_of(&harness, &largest));
    harness.get_by_label("Ticket range, sorted ascending").click();
    harness.run_ok();
    assert!(
        harness
            .query_by_label("Ticket range, sorted descending")
            .is_some()
    );
    assert!(top_of(&harness, &largest) < top_of(&harness, &smallest));

    harness.get_by_label("Clear filters").click();
    harness.run_ok();
    assert_count(&harness, total, total);
}

#[test]
fn a_new_source_is_edited_field_by_field_deleted_and_brought_back_by_undo() {
    let (_dir, mut harness) = open_sources();
    let total = doc(&harness).funding_sources.len();
    harness.get_by_label("New funding source").click();
    harness.run_ok();
    assert_eq!(doc(&harness).funding_sources.len(), total + 1);
    assert_count(&harness, total + 1, total + 1);

    type_into(&mut harness, "Name", "Levant ICT Fund");
    let id = source_named(&doc(&harness), "Levant ICT Fund").id;
    let source = |harness: &Harness<'_, MajlisApp>| {
        doc(harness)
            .funding_sources
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .as_ref()
            .clone()
    };

    // The editor's kind, not the filter's: the editor is on the right.
    let kind = harness
        .query_all_by_role_and_label(Role::ComboBox, "Kind")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    kind.click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "Venture capital or technology fund")
        .click();
    harness.run_ok();

    // A ticket range whose smallest ticket is above its largest is refused, and says so.
    type_into(&mut harness, "Smallest ticket", "500,000");
    assert!(
        harness
            .query_by_label("The smallest ticket (500,000) is larger than the largest (0)")
            .is_some(),
        "the error is shown beside the fields"
    );
    assert_eq!((source(&harness).ticket_min, source(&harness).ticket_max), (0, 0));
    type_into(&mut harness, "Largest ticket", "2000000");
    assert_eq!(
        (source(&harness).ticket_min, source(&harness).ticket_max),
        (500_000, 2_000_000)
    );
    assert!(harness.query_by_label_contains("is larger than").is_none());
    assert!(
        harness.query_by_label("USD 500,000–2,000,000").is_some(),
        "the table follows"
    );
    type_into(&mut harness, "Largest ticket", "lots");
    assert!(harness.query_by_label_contains("is not an amount").is_some());
    assert_eq!(source(&harness).ticket_max, 2_000_000);
    type_into(&mut harness, "Largest ticket", "3000000");
    assert_eq!(source(&harness).ticket_max, 3_000_000);

    type_into(&mut harness, "Currency", "eur");
    type_into(&mut harness, "Eligible countries", "lb, jo");
    type_into(&mut harness, "Deadline", "31/02/2008");
    assert!(
        harness.query_by_label_contains("31/02/2008").is_some(),
        "the date error"
    );
    assert_eq!(source(&harness).deadline, None);
    type_into(&mut harness, "Deadline", "15/03/2008");
    type_into(&mut harness, "Contact", "fund@example.org");
    let (area, stage) = tick_boxes(&mut harness);
    let edited = source(&harness);
    assert_eq!(edited.currency, "EUR");
    assert_eq!(edited.eligible_countries, ["LB", "JO"]);
    assert_eq!(edited.deadline, chrono::NaiveDate::from_ymd_opt(2008, 3, 15));
    assert_eq!(edited.contact, "fund@example.org");
    assert_eq!(edited.instruments, [Instrument::Equity, Instrument::Loan]);
    assert!(edited.co_financing_required);
    assert_eq!(edited.focus_areas, [area]);
    assert_eq!(edited.eligible_stages, [stage]);
    assert_eq!(edited.kind, majlis::model::FundingKind::VentureCapital);
    assert!(harness.query_by_label("EUR 500,000–3,000,000").is_some());
    assert!(harness.query_by_label("LB, JO").is_some());

    // Deleted, then back with everything typed.
    harness.get_by_label("Delete funding source…").click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Delete").click();
    harness.run_ok();
    assert!(doc(&harness).funding_sources.iter().all(|s| s.id != id));
    assert_count(&harness, total, total);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(source(&harness), edited);
    assert_count(&harness, total + 1, total + 1);
}

#[test]
fn opening_each_source_changes_nothing() {
    let (_dir, mut harness) = open_sources();
    let before = doc(&harness);
    let names: Vec<String> = before.funding_sources.iter().map(|s| s.name.clone()).collect();
    for name in &names {
        // The name shows in the table, and then in the editor's heading and field.
        // The table is left of the editor.
        harness
            .query_all_by_label(name)
            .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
            .unwrap()
            .click();
        harness.run_ok();
        assert!(
            harness.query_all_by_label(name).count() >= 2,
            "{name} is in the table and the editor's heading"
        );
    }
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.doc, before);
    assert_eq!(session.history.undo_label(), None, "no edit was made");
}

/// Ticks two instruments, co-financing, the first focus area and the second
/// stage in the editor; gives the keys of the area and the stage.
fn tick_boxes(harness: &mut Harness<'_, MajlisApp>) -> (String, String) {
    for check in ["Equity", "Loan", "Co-financing required"] {
        harness
            .get_by_role_and_label(Role::CheckBox, check)
            .click_accesskit();
        harness.run_ok();
    }
    let document = doc(harness);
    let area = document.vocabularies.thrust_areas[0].clone();
    let stage = document.vocabularies.stages[1].clone();
    harness
        .query_all_by_role_and_label(Role::CheckBox, &area.label)
        .next()
        .unwrap()
        .click_accesskit();
    harness.run_ok();
    harness
        .query_all_by_role_and_label(Role::CheckBox, &stage.label)
        .next()
        .unwrap()
        .click_accesskit();
    harness.run_ok();
    (area.key, stage.key)
}
