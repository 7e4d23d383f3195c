//! The editor of a partnership card: partners found by typing or created on
//! the spot, the lists and dates that make a strong commitment, the stage and
//! its history; each step shows on the checklist and is undone on its own.
#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;
mod fields;

use fields::field;

use chrono::NaiveDate;
use common::{ScriptedDialogs, harness, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::action::Action;
use majlis::app::MajlisApp;
use majlis::model::quality::{Gap, MixWarning};
use majlis::model::{Document, Id, Money, Organisation, PartnerEvent, PartnerRole, Partnership};
use majlis::ui::Tab;

/// Applies `action` to the document as an edit made elsewhere in the window.
fn edit(harness: &mut Harness<'_, MajlisApp>, action: Action) {
    let session = harness.state_mut().session.as_mut().unwrap();
    session.apply(action, std::time::Instant::now());
    harness.run_ok();
}

/// What tells one undo step from another: the history's state and the label
/// of the step Ctrl+Z would undo.
fn undo_state(harness: &Harness<'_, MajlisApp>) -> (u64, Option<String>) {
    let history = &harness.state().session.as_ref().unwrap().history;
    (history.state(), history.undo_label().map(str::to_owned))
}

fn organisation_id(harness: &Harness<'_, MajlisApp>, name: &str) -> Id {
    doc(harness)
        .organisations
        .iter()
        .find(|o| o.name == name)
        .unwrap()
        .id
}

/// Types `text` into the partner field, leaving the matches shown.
fn look_for_partner(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    harness.get_by_label("Add a partner").focus();
    harness.run_ok();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_ok();
}

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn card(harness: &Harness<'_, MajlisApp>, id: Id) -> Partnership {
    doc(harness)
        .partnerships
        .iter()
        .find(|p| p.id == id)
        .unwrap()
        .as_ref()
        .clone()
}

/// The board with a new card selected in the editor.
fn new_card() -> (tempfile::TempDir, Harness<'static, MajlisApp>, Id) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let before: Vec<Id> = doc(&harness).partnerships.iter().map(|p| p.id).collect();
    harness
        .get_by_role_and_label(Role::Button, "New partnership")
        .click();
    harness.run_ok();
    let id = doc(&harness)
        .partnerships
        .iter()
        .map(|p| p.id)
        .find(|id| !before.contains(id))
        .unwrap();
    end_step(&mut harness);
    assert!(doc(&harness).partnerships.iter().any(|p| p.id == id));
    (dir, harness, id)
}

/// Edits of one card that follow within two seconds are one undo step, as
/// typing is; an undo and a redo end the step as such a pause would, so that
/// each step of a test is undone on its own.
fn end_step(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_ok();
}

/// Types `text` into the field named `label`, then leaves the field.
fn fill(harness: &mut Harness<'_, MajlisApp>, label: &str, text: &str) {
    harness.get(field(label)).scroll_to_me();
    harness.run_ok();
    harness.get(field(label)).focus();
    harness.run_ok();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_ok();
    leave_field(harness);
}

/// Replaces the text of the field named `label`.
fn replace(harness: &mut Harness<'_, MajlisApp>, label: &str, text: &str) {
    harness.get(field(label)).focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    fill(harness, label, text);
}

fn leave_field(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press(Key::Escape);
    harness.run_ok();
}

/// Clicks the widget named `label`, scrolled into view first.
fn click(harness: &mut Harness<'_, MajlisApp>, label: &str) {
    harness.get(field(label)).scroll_to_me();
    harness.run_ok();
    harness.get(field(label)).click();
    harness.run_ok();
}

fn shown(harness: &Harness<'_, MajlisApp>, text: &str) -> bool {
    harness.query_by_label(text).is_some()
}

/// The badges of the new card on the board: what its commitment lacks.
fn badges(harness: &Harness<'_, MajlisApp>) -> String {
    let card = harness
        .get_by_role_and_label(Role::Button, "New partnership, at stage Idea")
        .rect();
    harness
        .query_all(egui_kittest::kittest::by().label_contains("Missing: "))
        .find(|badge| card.contains_rect(badge.rect()))
        .and_then(|badge| badge.accesskit_node().value())
        .unwrap_or_default()
}

/// Whether the checklist asks the room about `gap`.
fn asks(harness: &Harness<'_, MajlisApp>, gap: Gap) -> bool {
    shown(harness, &gap.describe())
}

/// The last step is undone with Ctrl+Z back to `before`, and redone.
fn undoes_to(harness: &mut Harness<'_, MajlisApp>, before: &Document) {
    undo_and_redo(harness, before, None);
}

/// As [`undoes_to`], for a step that filled `gap`: the checklist asks about
/// it again after the undo, and no more after the redo.
fn undo_reopens(harness: &mut Harness<'_, MajlisApp>, before: &Document, gap: Gap) {
    undo_and_redo(harness, before, Some(gap));
}

fn undo_and_redo(harness: &mut Harness<'_, MajlisApp>, before: &Document, gap: Option<Gap>) {
    let after = doc(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert!(doc(harness) == *before, "one undo step restores the document");
    if let Some(gap) = gap {
        assert!(asks(harness, gap), "undone: {gap:?} is asked again");
    }
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_ok();
    assert!(doc(harness) == after, "and redo brings the step back");
    if let Some(gap) = gap {
        assert!(!asks(harness, gap), "redone: {gap:?} is filled");
    }
}

#[test]
fn partners_are_found_by_typing_or_created_on_the_spot() {
    let (_dir, mut harness, id) = new_card();
    for gap in Gap::ALL {
        assert!(asks(&harness, gap), "a new card lacks everything: {gap:?}");
    }
    assert!(shown(&harness, "No partners yet"));

    // A few letters of a name or an acronym find the organisation.
    let before = doc(&harness);
    harness.get_by_label("Add a partner").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("bery".to_owned()));
    harness.run_ok();
    click(&mut harness, "Add Berytech as a partner");
    let berytech = doc(&harness)
        .organisations
        .iter()
        .find(|o| o.name == "Berytech")
        .unwrap()
        .id;
    let p = card(&harness, id);
    assert_eq!(p.partners.len(), 1);
    assert_eq!(p.partners[0].organisation, berytech);
    assert_eq!(p.partner_history.len(), 1);
    assert_eq!(p.partner_history[0].event, PartnerEvent::Joined);
    assert_eq!(
        harness.get_by_label("Add a partner").value().as_deref(),
        Some(""),
        "the field is ready for the next partner"
    );
    undoes_to(&mut harness, &before);

    fill(&mut harness, "Role of Berytech", "Hosts the start-ups");
    assert_eq!(card(&harness, id).partners[0].role, "Hosts the start-ups");
    assert!(
        asks(&harness, Gap::Roles),
        "one partner with a role is not enough"
    );
    assert!(shown(&harness, &MixWarning::NoFinancier.describe()));

    // An organisation not in the registry is created with the partnership, in one step.
    let before = doc(&harness);
    harness.get_by_label("Add a partner").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("Levant Seed Fund".to_owned()));
    harness.run_ok();
    click(&mut harness, "Create “Levant Seed Fund” as a new organisation…");
    harness
        .get_all(field("Stakeholder type").role(Role::ComboBox))
        .last()
        .unwrap()
        .click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "Financing institution")
        .click();
    harness.run_ok();
    harness.get(field("Country").role(Role::TextInput)).focus();
    harness.run_ok();
    harness.event(egui::Event::Text("lb".to_owned()));
    harness.run_ok();
    leave_field(&mut harness);
    click(&mut harness, "Create and add");
    let after = doc(&harness);
    assert_eq!(after.organisations.len(), before.organisations.len() + 1);
    let fund = after.organisations.last().unwrap();
    assert_eq!(
        (
            fund.name.as_str(),
            fund.stakeholder_type.as_str(),
            fund.country.as_str()
        ),
        ("Levant Seed Fund", "financing", "LB")
    );
    let p = card(&harness, id);
    assert_eq!(p.partners.len(), 2);
    assert_eq!(p.partners[1].organisation, fund.id);
    assert!(
        !shown(&harness, &MixWarning::NoFinancier.describe()),
        "a financier among the partners"
    );
    assert!(shown(&harness, &MixWarning::NoAcademia.describe()));
    undoes_to(&mut harness, &before);

    let before = doc(&harness);
    fill(&mut harness, "Role of Levant Seed Fund", "Seed money");
    assert!(!asks(&harness, Gap::Roles));
    assert!(shown(&harness, "Two partners or more have a role"));
    undo_reopens(&mut harness, &before, Gap::Roles);

    // A partner that leaves is removed, and its leaving recorded.
    let before = doc(&harness);
    click(&mut harness, "Remove Berytech from the partners");
    let p = card(&harness, id);
    assert_eq!(p.partners.len(), 1);
    assert_eq!(p.partner_history.last().unwrap().event, PartnerEvent::Left);
    assert!(asks(&harness, Gap::Roles));
    undoes_to(&mut harness, &before);
    assert!(asks(&harness, Gap::Roles), "the checklist follows the redo");
}

#[test]
fn lists_dates_and_a_reporter_close_the_gaps() {
    let (_dir, mut harness, id) = new_card();

    let before = doc(&harness);
    fill(
        &mut harness,
        "Deliverables (one per line)",
        "20 start-ups incubated",
    );
    assert_eq!(card(&harness, id).deliverables[0].text, "20 start-ups incubated");
    assert!(!asks(&harness, Gap::Deliverables));
    assert_eq!(
        badges(&harness),
        "Missing: Roles · Resources · Timeline · Reporter"
    );
    assert!(shown(&harness, "Measurable deliverables are stated"));
    undo_reopens(&mut harness, &before, Gap::Deliverables);

    let before = doc(&harness);
    fill(&mut harness, "Resources committed (one per line)", "Office space");
    assert_eq!(card(&harness, id).resources_committed, ["Office space"]);
    assert!(!asks(&harness, Gap::Resources));
    assert_eq!(badges(&harness), "Missing: Roles · Timeline · Reporter");
    undo_reopens(&mut harness, &before, Gap::Resources);

    // A milestone: a date that does not read says so and changes nothing.
    let before = doc(&harness);
    click(&mut harness, "Add a milestone");
    fill(&mut harness, "Milestone 1", "Pilot launched");
    fill(&mut harness, "Milestone 1 due", "31/02");
    assert!(
        harness.query_by_label_contains("“31/02”").is_some(),
        "the error is shown"
    );
    assert_eq!(card(&harness, id).milestones[0].due, None);
    assert!(asks(&harness, Gap::Timeline));
    replace(&mut harness, "Milestone 1 due", "2007-12-01");
    let milestone = &card(&harness, id).milestones[0];
    assert_eq!(milestone.title, "Pilot launched");
    assert_eq!(milestone.due, NaiveDate::from_ymd_opt(2007, 12, 1));
    assert!(harness.query_by_label_contains("“31/02”").is_none());
    assert!(!asks(&harness, Gap::Timeline));
    click(&mut harness, "Milestone 1 done");
    assert!(card(&harness, id).milestones[0].done);
    undo_reopens(&mut harness, &before, Gap::Timeline);

    // The reporter is found among the people by typing.
    let before = doc(&harness);
    harness.get_by_label("Find who reports").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("rania khou".to_owned()));
    harness.run_ok();
    click(&mut harness, "Rania Khoury reports progress");
    let rania = doc(&harness)
        .people
        .iter()
        .find(|p| p.name == "Rania Khoury")
        .unwrap()
        .id;
    assert_eq!(card(&harness, id).reporter, Some(rania));
    assert!(!asks(&harness, Gap::Reporter));
    assert!(shown(&harness, "Someone is named to report progress"));
    assert_eq!(
        badges(&harness),
        "Missing: Roles",
        "the card's badges follow the checklist"
    );
    undo_reopens(&mut harness, &before, Gap::Reporter);
}

#[test]
fn the_stage_is_changed_in_the_editor_and_kept_in_the_history() {
    let (_dir, mut harness, id) = new_card();
    let history = card(&harness, id).stage_history.len();
    let before = doc(&harness);
    // The editor's drop-down is the rightmost one named "Stage".
    let stage = harness
        .get_all(field("Stage").role(Role::ComboBox))
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    stage.click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Exploring").click();
    harness.run_ok();
    let p = card(&harness, id);
    assert_eq!(p.stage, "exploring");
    assert_eq!(p.stage_history.len(), history + 1);
    assert_eq!(p.stage_history.last().unwrap().stage, "exploring");
    assert!(shown(&harness, "New partnership, at stage Exploring"));

    click(&mut harness, "History");
    assert!(
        harness.query_by_label_contains("Entered Exploring on").is_some(),
        "the history shows the move"
    );
    assert!(harness.query_by_label_contains("Entered Idea on").is_some());
    undoes_to(&mut harness, &before);

    // Deleting is undone too.
    let before = doc(&harness);
    click(&mut harness, "Delete the partnership “New partnership”");
    assert!(doc(&harness).partnerships.iter().all(|p| p.id != id));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert!(doc(&harness) == before);
}

#[test]
fn opening_a_card_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    // A card as an older file or another tool may hold it: a currency in
    // lower case with a space, countries as typed, a milestone due some day.
    let odd = Partnership {
        title: "Card kept as typed".to_owned(),
        stage: "idea".to_owned(),
        countries: vec!["lb".to_owned(), " Jordan".to_owned(), "LB".to_owned()],
        financing_need: Some(Money {
            amount: 250_000,
            currency: "usd ".to_owned(),
        }),
        milestones: vec![majlis::model::Milestone {
            title: "Pilot".to_owned(),
            due: NaiveDate::from_ymd_opt(2007, 9, 6),
            ..Default::default()
        }],
        ..Partnership::default()
    };
    edit(&mut harness, Action::UpsertPartnership(odd));
    let before = doc(&harness);
    let steps = undo_state(&harness);
    let cards: Vec<Id> = before.partnerships.iter().map(|p| p.id).collect();
    assert!(cards.len() > 10, "the sample has cards to open");
    for id in cards {
        harness.state_mut().board.highlight(id);
        harness.run_ok();
        harness.run_ok();
        let title = &card(&harness, id).title;
        assert!(doc(&harness) == before, "opening “{title}” changed the document");
        assert_eq!(undo_state(&harness), steps, "opening “{title}” made an undo step");
    }
}

#[test]
fn one_role_is_removed_at_a_time_and_a_partner_is_not_added_twice() {
    let (_dir, mut harness, id) = new_card();
    look_for_partner(&mut harness, "bery");
    click(&mut harness, "Add Berytech as a partner");
    fill(&mut harness, "Role of Berytech", "Hosts the start-ups");
    end_step(&mut harness);

    // Picking it again adds no empty role: the field of its role is where to type.
    let before = doc(&harness);
    let steps = undo_state(&harness);
    look_for_partner(&mut harness, "bery");
    click(&mut harness, "Add Berytech as a partner");
    harness.run_ok();
    assert!(doc(&harness) == before, "nothing is added");
    assert_eq!(undo_state(&harness), steps);
    assert!(harness.get_by_label("Role of Berytech").is_focused());
    leave_field(&mut harness);

    // A second role of the same organisation, then one of the two removed.
    let berytech = organisation_id(&harness, "Berytech");
    let mut p = card(&harness, id);
    p.partners.push(PartnerRole {
        organisation: berytech,
        role: "Mentors the founders".to_owned(),
        ..PartnerRole::default()
    });
    edit(&mut harness, Action::UpsertPartnership(p));
    end_step(&mut harness);
    let before = doc(&harness);
    let history = card(&harness, id).partner_history.len();
    click(&mut harness, "Remove role 1 of Berytech");
    let p = card(&harness, id);
    let roles: Vec<&str> = p.partners.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["Mentors the founders"]);
    assert_eq!(p.partner_history.len(), history, "Berytech is still a partner");
    undoes_to(&mut harness, &before);

    // Its last role removed, the organisation has left.
    end_step(&mut harness);
    click(&mut harness, "Remove Berytech from the partners");
    let p = card(&harness, id);
    assert!(p.partners.is_empty());
    assert_eq!(p.partner_history.len(), history + 1);
    let left = p.partner_history.last().unwrap();
    assert_eq!((left.organisation, left.event), (berytech, PartnerEvent::Left));
}

#[test]
fn a_match_follows_the_registry_when_an_organisation_is_replaced() {
    let (_dir, mut harness, id) = new_card();
    look_for_partner(&mut harness, "bery");
    assert!(shown(&harness, "Add Berytech as a partner"));
    // Berytech leaves the registry and another takes its place: the same count.
    let berytech = organisation_id(&harness, "Berytech");
    let count = doc(&harness).organisations.len();
    let fund = Organisation {
        name: "Levant Seed Fund".to_owned(),
        ..Organisation::default()
    };
    let session = harness.state_mut().session.as_mut().unwrap();
    let both = vec![Action::Remove(berytech), Action::UpsertOrganisation(fund)];
    session.apply_all(both, std::time::Instant::now());
    harness.run_ok();
    assert_eq!(doc(&harness).organisations.len(), count);
    assert!(
        !shown(&harness, "Add Berytech as a partner"),
        "no partner that is no longer in the registry is offered"
    );
    assert!(card(&harness, id).partners.is_empty());
}
