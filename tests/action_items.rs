//! The meeting-wide list of action items: filter by owner, tick done, sort, go to the item.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;

use std::time::Instant;

use chrono::NaiveDate;
use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::action::Action;
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{ActionStatus, Document, Id, Record, RecordKind};

/// The three action items of the sample meeting.
const SENT: &str = "Send the background paper on ICT financing to all round table 2A participants.";
const COLLECT: &str = "Collect one-page descriptions of the case-study networks before the meeting.";
const PREPARE: &str =
    "Prepare the follow-up calendar template for partnerships, to be filled in during round table 3.";
/// Added by the test.
const CHARTER: &str = "Draft the partnership charter";
const ROOM: &str = "Book the room for the follow-up meeting";
const TRANSLATE: &str = "ترجمة التقرير";

fn doc<'h>(harness: &'h Harness<'_, MajlisApp>) -> &'h Document {
    &harness.state().session.as_ref().unwrap().doc
}

fn person(doc: &Document, name: &str) -> Id {
    doc.people.iter().find(|p| p.name == name).unwrap().id
}

fn status_of(harness: &Harness<'_, MajlisApp>, text: &str) -> ActionStatus {
    let record = doc(harness).records.iter().find(|r| r.text == text).unwrap();
    record.action().unwrap().2
}

/// The sample meeting with three more action items: two for Rania Khoury (one
/// undated, not linked to an item) and one in Arabic for ليلى حداد.
fn sample_with_actions() -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_with_clock(
        Some(sample_copy(dir.path())),
        ScriptedDialogs::default(),
        None,
        ManualClock::new(meeting_time(9, 0)),
    );
    let doc = doc(&harness);
    let rania = person(doc, "Rania Khoury");
    let layla = person(doc, "ليلى حداد");
    let opening = doc.agenda.first().unwrap().id;
    let date = |day| NaiveDate::from_ymd_opt(2007, 9, day);
    let added = [
        (CHARTER, rania, date(20), Some(opening)),
        (ROOM, rania, None, None),
        (TRANSLATE, layla, date(12), Some(opening)),
    ];
    let session = harness.state_mut().session.as_mut().unwrap();
    for (text, owner, due, item) in added {
        let record = Record {
            text: text.to_owned(),
            agenda_item: item,
            kind: RecordKind::Action {
                owner: Some(owner),
                due,
                status: ActionStatus::Open,
            },
            ..Record::default()
        };
        session.apply(Action::UpsertRecord(record), Instant::now());
    }
    harness.run_ok();
    (dir, harness)
}

/// The action texts on screen, from top to bottom.
fn rows_on_screen(harness: &Harness<'_, MajlisApp>, texts: &[&'static str]) -> Vec<&'static str> {
    let mut rows: Vec<(f32, &str)> = texts
        .iter()
        .filter_map(|text| {
            harness
                .query_by_role_and_label(Role::Label, text)
                .map(|label| (label.rect().center().y, *text))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, text)| text).collect()
}

const ALL: [&str; 6] = [SENT, COLLECT, PREPARE, CHARTER, ROOM, TRANSLATE];

#[test]
fn filter_tick_done_and_sort_the_action_items() {
    let (_dir, mut harness) = sample_with_actions();
    harness.get_by_label("Action items (6)").click();
    harness.run_ok();

    // Due date first, undated last; the Arabic text is named in reading order.
    harness.get_by_label("6 of 6 action items");
    assert_eq!(
        rows_on_screen(&harness, &ALL),
        [SENT, COLLECT, PREPARE, TRANSLATE, CHARTER, ROOM]
    );
    harness.get_by_label("2007-09-20");
    harness.get_by_label("No date");

    let filter = harness.get_by_label("Filter by owner");
    filter.focus();
    filter.set_text_value_accesskit("RANIA");
    harness.run_ok();
    assert_eq!(rows_on_screen(&harness, &ALL), [CHARTER, ROOM]);
    harness.get_by_label("2 of 6 action items");

    // One click marks it done; hiding done items hides it.
    harness.get_by_label(&format!("Done: {CHARTER}")).click();
    harness.run_ok();
    assert_eq!(status_of(&harness, CHARTER), ActionStatus::Done);
    assert_eq!(status_of(&harness, ROOM), ActionStatus::Open);
    harness.get_by_label("Show done").click();
    harness.run_ok();
    assert_eq!(rows_on_screen(&harness, &ALL), [ROOM]);
    harness.get_by_label("Show done").click();
    harness.run_ok();

    // Unticking puts it back to open.
    harness.get_by_label(&format!("Done: {CHARTER}")).click();
    harness.run_ok();
    assert_eq!(status_of(&harness, CHARTER), ActionStatus::Open);

    let filter = harness.get_by_label("Filter by owner");
    filter.focus();
    filter.set_text_value_accesskit("");
    harness.run_ok();
    harness.get_by_label("6 of 6 action items");

    // By owner: Karim, Maya, Mona, Rania (dated first), then the Arabic name.
    harness.get_by_label("Sort by owner").click();
    harness.run_ok();
    assert_eq!(
        rows_on_screen(&harness, &ALL),
        [SENT, COLLECT, PREPARE, CHARTER, ROOM, TRANSLATE]
    );
    harness.get_by_label("Sort by owner").click();
    harness.run_ok();
    assert_eq!(
        rows_on_screen(&harness, &ALL),
        [TRANSLATE, CHARTER, ROOM, PREPARE, COLLECT, SENT]
    );
}

#[test]
fn the_status_drop_down_and_the_item_link_work_per_row() {
    let (_dir, mut harness) = sample_with_actions();
    harness.get_by_label("Action items (6)").click();
    harness.run_ok();

    harness.get_by_label(&format!("Status: {ROOM}")).click();
    harness.run_ok();
    harness.get_by_label("Cancelled").click();
    harness.run_ok();
    assert_eq!(status_of(&harness, ROOM), ActionStatus::Cancelled);
    assert_eq!(status_of(&harness, CHARTER), ActionStatus::Open, "only that row");

    // The charter was captured in the opening session: its link selects that item.
    harness.get_by_label("No agenda item");
    harness
        .query_all_by_role_and_label(Role::Link, "Opening session")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    assert_eq!(
        harness
            .get_by_label("Item title of Opening session")
            .value()
            .as_deref(),
        Some("Opening session")
    );
}
