//! The Report tab's follow-up view: what is left to do after the meeting, by
//! owner, the overdue marked, narrowed by urgency and by owner, and "Open"
//! going to the record.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and the sample")]
mod common;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{ActionStatus, Document, Id, Record, RecordKind};
use majlis::ui::Tab;

const OVERDUE: &str = "Send the signed memorandum to the ministry";
const LATER: &str = "Circulate the final report to the national focal points";

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, month, d).expect("a date")
}

fn action(text: &str, owner: Id, item: Id, due: NaiveDate) -> Arc<Record> {
    Arc::new(Record {
        text: text.to_owned(),
        agenda_item: Some(item),
        kind: RecordKind::Action {
            owner: Some(owner),
            due: Some(due),
            status: ActionStatus::Open,
        },
        ..Record::default()
    })
}

/// The open action items already in the sample that are overdue on the
/// meeting's first day, with their owners.
fn overdue_in_sample(doc: &Document) -> Vec<(Id, String)> {
    doc.records
        .iter()
        .filter_map(|r| match &r.kind {
            RecordKind::Action {
                owner: Some(owner),
                due: Some(due),
                status: ActionStatus::Open | ActionStatus::InProgress,
            } if *due < day(9, 5) => Some((*owner, r.text.trim().to_owned())),
            _ => None,
        })
        .collect()
}

/// The sample with two action items of one person added, one due the day
/// before the meeting's first day and one due long after; gives the person,
/// the agenda item they belong to and another owner's overdue item.
fn sample_with_actions(dir: &std::path::Path) -> (PathBuf, String, Id, String) {
    let path = sample_copy(dir);
    let mut doc = majlis::persistence::load(&path).expect("the sample").doc;
    let others = overdue_in_sample(&doc);
    let (other_owner, other_text) = others.first().cloned().expect("the sample has an overdue item");
    let person = doc
        .people
        .iter()
        .find(|p| p.id != other_owner && !p.name.trim().is_empty())
        .cloned()
        .expect("a person");
    let item = doc.agenda.first().expect("an agenda item").id;
    doc.records.push(action(OVERDUE, person.id, item, day(9, 4)));
    doc.records.push(action(LATER, person.id, item, day(10, 20)));
    majlis::persistence::save(&path, &doc).expect("saved");
    (path, person.name.clone(), item, other_text)
}

fn open_follow_up(path: PathBuf, clock: ManualClock) -> Harness<'static, MajlisApp> {
    let mut harness = harness_with_clock(Some(path), ScriptedDialogs::default(), None, clock);
    harness.get_by_label(&Tab::Report.label()).click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Follow-up").click();
    harness.run_ok();
    harness
}

fn shown(harness: &Harness<'_, MajlisApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// Whether the row of the entry `text` shows `mark`.
fn marked(harness: &Harness<'_, MajlisApp>, text: &str, mark: &str) -> bool {
    let row = harness.get_by_label(text).rect();
    harness
        .query_all_by_label(mark)
        .any(|node| (node.rect().center().y - row.center().y).abs() < row.height())
}

/// The vertical middle of the node labelled `text`.
fn middle(harness: &Harness<'_, MajlisApp>, text: &str) -> f32 {
    harness.get_by_label(text).rect().center().y
}

#[test]
fn overdue_items_are_marked_under_their_owner_and_filters_narrow_the_list() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (path, owner, item, other) = sample_with_actions(dir.path());
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = open_follow_up(path, clock.clone());

    // The item due yesterday is listed and marked overdue on its own row.
    assert!(shown(&harness, OVERDUE), "the overdue item is listed");
    let row = harness.get_by_label(OVERDUE).rect();
    assert!(
        marked(&harness, OVERDUE, "Overdue by 1 day"),
        "the overdue item is marked overdue by one day"
    );

    // It is under its owner: the nearest owner's name above it is theirs.
    let doc = harness.state().session.as_ref().expect("open").doc.clone();
    let names: Vec<String> = doc
        .people
        .iter()
        .map(|p| p.name.clone())
        .chain(doc.organisations.iter().map(|o| o.name.clone()))
        .collect();
    let above = names
        .iter()
        .flat_map(|name| {
            harness
                .query_all_by_label(name)
                .map(|node| (node.rect().center().y, name.clone()))
                .collect::<Vec<_>>()
        })
        .filter(|(y, _)| *y < row.center().y)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name);
    assert_eq!(above.as_deref(), Some(owner.as_str()));

    // Every control of the view has a name a screen reader can say.
    for role in [Role::Button, Role::CheckBox, Role::ComboBox] {
        for node in harness.query_all_by_role(role) {
            let name = node.accesskit_node().label().unwrap_or_default();
            assert!(!name.trim().is_empty(), "a {role:?} without a name");
        }
    }

    // Overdue and due soon only, at first: the item due in October is not listed.
    assert!(!shown(&harness, LATER), "a later item waits");
    assert!(shown(&harness, &other), "another owner's overdue item is listed");
    harness
        .get_by_role_and_label(Role::CheckBox, "Overdue and due soon only")
        .click();
    harness.run_ok();
    assert!(
        shown(&harness, LATER),
        "with the filter off, the later item is listed"
    );
    assert!(marked(&harness, LATER, "Due on 2007-10-20"), "with its date");
    assert!(
        middle(&harness, OVERDUE) < middle(&harness, LATER),
        "the overdue item comes first"
    );

    // The owner filter keeps that owner's items only.
    harness.get_by_role_and_label(Role::ComboBox, "Owner").click();
    harness.run_ok();
    // The list of owners is long: the choice is made as a screen reader makes it.
    harness
        .get_by_role_and_label(Role::Button, &owner)
        .click_accesskit();
    harness.run_ok();
    if harness.query_by_role_and_label(Role::Button, "All").is_some() {
        // Chosen without the pointer, the list stays open until Escape.
        harness.key_press(egui::Key::Escape);
        harness.run_ok();
    }
    assert!(
        shown(&harness, OVERDUE) && shown(&harness, LATER),
        "their items stay"
    );
    assert!(
        !shown(&harness, &other),
        "another owner's item goes: {owner} / {other}"
    );

    // The clock moves on: the same item is now two days overdue.
    clock.set(meeting_time(9, 0) + chrono::Duration::days(1));
    harness.run_ok();
    assert!(
        marked(&harness, OVERDUE, "Overdue by 2 days"),
        "counted from today"
    );

    // "Open" goes to the agenda item the action was captured under.
    harness
        .get_by_role_and_label(Role::Button, &format!("Open “{OVERDUE}”"))
        .click();
    harness.run_ok();
    assert_eq!(harness.state().tab, Tab::Agenda);
    assert_eq!(harness.state().agenda.selected, Some(item));
}

#[test]
fn the_list_is_made_again_only_when_the_meeting_or_the_day_changed() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (path, ..) = sample_with_actions(dir.path());
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = open_follow_up(path, clock.clone());
    let builds = harness.state().report.follow_up.builds();
    assert!(builds > 0, "the view made its list");
    for _ in 0..5 {
        harness.step();
    }
    clock.set(meeting_time(17, 30));
    harness.run_ok();
    assert_eq!(
        harness.state().report.follow_up.builds(),
        builds,
        "the same day reuses the list"
    );
    clock.set(meeting_time(9, 0) + chrono::Duration::days(1));
    harness.run_ok();
    assert_eq!(harness.state().report.follow_up.builds(), builds + 1);
}
