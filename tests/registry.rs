//! The registry panel: search, filters, sort, editing, and check-in at the door.
#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

#[expect(dead_code, reason = "these tests do not save")]
mod common;
mod fields;

use fields::field;

use chrono::NaiveDate;
use common::{ScriptedDialogs, harness, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::checkin;
use majlis::model::fold::fold;
use majlis::model::{Document, Person};
use majlis::ui::Tab;

/// The first day of the sample meeting, the harness's today.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 9, 5).unwrap()
}

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn open_registry() -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    (dir, harness)
}

fn search(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    harness.get_by_label("Search").type_text(text);
    harness.run_ok();
}

fn press(harness: &mut Harness<'_, MajlisApp>, key: Key) {
    harness.key_press(key);
    harness.run_ok();
}

fn type_keys(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_ok();
}

/// Asserts the count above the table reads "`shown` of `total`".
fn assert_count(harness: &Harness<'_, MajlisApp>, shown: usize, total: usize) {
    let text = format!("{} of {}", group(shown), group(total));
    assert!(harness.query_by_label(&text).is_some(), "the count reads {text}");
}

/// A count as the messages write it, with thousands separators.
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn person_named<'d>(doc: &'d Document, name: &str) -> &'d Person {
    doc.people.iter().find(|p| p.name == name).unwrap()
}

#[test]
fn an_arabic_search_finds_names_written_with_or_without_hamza_and_diacritics() {
    let (_dir, mut harness) = open_registry();
    let bank = "البنك الإسلامي للتنمية";
    for query in ["الاسلامي", "الإسْلامِي", "ISLAMIC DEV"] {
        search(&mut harness, query);
        assert!(harness.query_by_label(bank).is_some(), "{query} finds the bank");
        let document = doc(&harness);
        let found = document
            .organisations
            .iter()
            .filter(|o| checkin::organisation_text(o).contains(&fold(query)))
            .count();
        assert!(found >= 1);
        assert_count(&harness, found, document.organisations.len());
    }
    search(&mut harness, "الاسلامية");
    assert!(harness.query_by_label(bank).is_none());
}

#[test]
fn filters_combine_with_the_search_and_the_counts_follow() {
    let (_dir, mut harness) = open_registry();
    harness.get_by_label("People").click();
    harness.run_ok();
    let document = doc(&harness);
    let total = document.people.len();
    assert_count(&harness, total, total);

    harness.get_by_label("Present today").click();
    harness.run_ok();
    let present: Vec<&Person> = document
        .people
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| p.attendance.contains(&today()))
        .collect();
    assert!(!present.is_empty() && present.len() < total);
    assert_count(&harness, present.len(), total);

    // And a type: only people of organisations of that type who are present.
    harness.get_by_role_and_label(Role::ComboBox, "Type").click();
    harness.run_ok();
    harness.get_by_label("Financing institution").click();
    harness.run_ok();
    let financing = |p: &&&Person| {
        p.organisation
            .and_then(|id| document.organisation(id))
            .is_some_and(|o| o.stakeholder_type == "financing")
    };
    let expected: Vec<&&Person> = present.iter().filter(financing).collect();
    assert_count(&harness, expected.len(), total);
    let Some(first) = expected.first() else {
        panic!("the sample has financiers present")
    };
    let surname = first.name.split(' ').next_back().unwrap().to_owned();
    search(&mut harness, &surname);
    let matching = expected
        .iter()
        .filter(|p| fold(&p.name).contains(&fold(&surname)) || fold(&p.email).contains(&fold(&surname)))
        .count();
    assert!(matching >= 1);
    assert!(harness.query_by_label(&first.name).is_some());

    harness.get_by_label("Clear filters").click();
    harness.run_ok();
    search(&mut harness, "");
    assert_count(&harness, total, total);
}

/// The top of the row showing `name`.
fn top_of(harness: &Harness<'_, MajlisApp>, name: &str) -> f32 {
    harness.get_by_label(name).rect().top()
}

#[test]
fn a_click_on_a_header_sorts_and_a_second_click_reverses() {
    let (_dir, mut harness) = open_registry();
    let document = doc(&harness);
    let mut names: Vec<String> = document.organisations.iter().map(|o| o.name.clone()).collect();
    names.sort_by_key(|n| fold(n));
    let (first, second) = (names[0].clone(), names[1].clone());
    let last = names.last().unwrap().clone();

    harness.get_by_role_and_label(Role::Button, "Name").click();
    harness.run_ok();
    assert!(
        harness.query_by_label("Name, sorted ascending").is_some(),
        "the header shows the sort"
    );
    assert!(top_of(&harness, &first) < top_of(&harness, &second));

    harness.get_by_label("Name, sorted ascending").click();
    harness.run_ok();
    assert!(harness.query_by_label("Name, sorted descending").is_some());
    assert!(
        harness.query_by_label(&first).is_none(),
        "the first is now last, out of view"
    );
    let rows: Vec<f32> = names
        .iter()
        .filter_map(|name| harness.query_by_label(name))
        .map(|node| node.rect().top())
        .collect();
    let highest = rows.iter().copied().fold(f32::INFINITY, f32::min);
    assert!(
        (top_of(&harness, &last) - highest).abs() < 0.5,
        "{last} is on top"
    );
}

#[test]
fn an_organisation_is_edited_with_its_other_names_and_a_person_with_consent() {
    let (_dir, mut harness) = open_registry();
    search(&mut harness, "berytech");
    harness.get_by_label("Berytech").click();
    harness.run_ok();
    harness
        .get_by_label("Also known as (one per line or separated by commas)")
        .focus();
    harness.run_ok();
    type_keys(&mut harness, "Beirut Technology Pole, BTP");
    let document = doc(&harness);
    let berytech = document
        .organisations
        .iter()
        .find(|o| o.name == "Berytech")
        .unwrap();
    assert_eq!(berytech.aliases, ["Beirut Technology Pole", "BTP"]);
    assert!(
        harness.query_by_label_contains("people").is_some()
            || harness.query_by_label_contains("person").is_some(),
        "the profile lists its people"
    );

    // Its people are a click away, and the search finds it by its other name.
    let member = document
        .people
        .iter()
        .find(|p| p.organisation == Some(berytech.id))
        .unwrap()
        .clone();
    harness.get_by_label_contains(&member.name).click_accesskit();
    harness.run_ok();
    assert!(
        harness.query_all(field("Phone")).count() >= 1,
        "the person's editor"
    );
    harness
        .get_by_label("May be named in reports and shared lists")
        .click();
    harness.run_ok();
    let after = doc(&harness);
    let edited = after.person(member.id).unwrap();
    assert_eq!(edited.consent, !member.consent);

    harness.get_by_label("Organisations").click();
    harness.run_ok();
    search(&mut harness, "technology pole");
    assert!(harness.query_by_label("Berytech").is_some());
}

#[test]
fn an_organisation_shows_its_partnerships_and_one_opens_on_the_board() {
    let (_dir, mut harness) = open_registry();
    let document = doc(&harness);
    let (org, partnership) = document
        .partnerships
        .iter()
        .find_map(|p| {
            let org = document.organisation(p.partners.first()?.organisation)?;
            Some((org.name.clone(), p.title.clone()))
        })
        .unwrap();
    search(&mut harness, &org);
    harness.get_by_label(&org).click();
    harness.run_ok();
    harness.get_by_label_contains(&partnership).click_accesskit();
    harness.run_ok();
    assert_eq!(harness.state().tab, Tab::Board);
}

/// Opens check-in with its key; from here on the tests press keys only.
fn check_in() -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let (dir, mut harness) = open_registry();
    press(&mut harness, Key::F3);
    assert!(harness.query_by_label("Who is at the door").is_some());
    (dir, harness)
}

#[test]
fn someone_is_checked_in_with_the_keyboard_alone_in_one_undo_step() {
    let (_dir, mut harness) = check_in();
    let before = doc(&harness);
    let absent: Vec<&Person> = before
        .people
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| !p.attendance.contains(&today()) && p.name.is_ascii())
        .collect();
    let person = absent[0].clone();
    let present_before = before
        .people
        .iter()
        .filter(|p| p.attendance.contains(&today()))
        .count();
    assert!(
        harness
            .query_by_label_contains(&format!("{present_before} people present today"))
            .is_some()
    );

    type_keys(&mut harness, &person.email);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::Enter);
    let after = doc(&harness);
    assert!(after.person(person.id).unwrap().attendance.contains(&today()));
    assert_eq!(
        after
            .people
            .iter()
            .filter(|p| p.attendance.contains(&today()))
            .count(),
        present_before + 1
    );
    assert!(harness.query_by_label_contains("is marked present").is_some());
    assert!(
        harness
            .query_by_label_contains(&format!("{} people present today", present_before + 1))
            .is_some(),
        "the count is live"
    );
    assert_eq!(
        harness.get_by_label("Who is at the door").value().as_deref(),
        Some(""),
        "the field is ready for the next person"
    );

    let session = harness.state_mut().session.as_mut().unwrap();
    session.undo();
    assert_eq!(session.doc, before, "one undo step");
}

#[test]
fn a_walk_in_is_added_from_the_same_field_with_their_organisation() {
    let (_dir, mut harness) = check_in();
    let before = doc(&harness);
    type_keys(&mut harness, "Zeinab Qassem");
    assert!(
        harness
            .query_by_label("Add “Zeinab Qassem” as a walk-in")
            .is_some()
    );
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label("Their organisation").is_some());
    type_keys(&mut harness, "berytech");
    press(&mut harness, Key::Enter);

    let after = doc(&harness);
    assert_eq!(after.people.len(), before.people.len() + 1);
    assert_eq!(
        after.organisations.len(),
        before.organisations.len(),
        "an existing one"
    );
    let walk_in = person_named(&after, "Zeinab Qassem");
    let berytech = after.organisations.iter().find(|o| o.name == "Berytech").unwrap();
    assert_eq!(walk_in.organisation, Some(berytech.id));
    assert_eq!(walk_in.attendance, [today()]);
    assert!(
        harness.query_by_label("Who is at the door").is_some(),
        "back to the search"
    );
}

#[test]
fn un_marking_someone_present_asks_first() {
    let (_dir, mut harness) = check_in();
    let before = doc(&harness);
    let person = before
        .people
        .iter()
        .find(|p| p.attendance.contains(&today()) && p.name.is_ascii())
        .unwrap()
        .as_ref()
        .clone();
    type_keys(&mut harness, &person.email);
    press(&mut harness, Key::Enter);
    assert!(
        harness
            .query_by_label_contains("is already marked present today")
            .is_some()
    );
    assert_eq!(doc(&harness), before, "nothing changes before the answer");

    press(&mut harness, Key::Escape);
    assert!(
        harness
            .query_by_label_contains("is already marked present today")
            .is_none()
    );
    assert_eq!(doc(&harness), before, "Escape keeps them present");

    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Enter);
    let after = doc(&harness);
    assert!(!after.person(person.id).unwrap().attendance.contains(&today()));
    assert!(
        harness
            .query_by_label_contains("is no longer marked present")
            .is_some()
    );

    press(&mut harness, Key::F3);
    assert!(
        harness.query_by_label("Who is at the door").is_none(),
        "F3 closes check-in"
    );
}
