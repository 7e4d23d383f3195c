use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::action::apply;
use crate::model::{AgendaItem, Document, ItemStatus};

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2007, 9, 5)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn doc() -> Document {
    let mut doc = Document::new_meeting();
    for (title, minutes) in [("Opening", 30), ("Topic a", 60), ("Topic b", 45)] {
        doc.agenda.push(Arc::new(AgendaItem {
            title: title.to_owned(),
            day: at(9, 0).date(),
            duration_minutes: minutes,
            ..AgendaItem::default()
        }));
    }
    doc
}

fn apply_all(doc: &mut Document, operation: impl Fn(&Document) -> Vec<crate::action::Action>) {
    for action in operation(doc) {
        apply(doc, action);
    }
}

#[test]
fn start_pause_resume_next_records_actual_times() {
    let mut doc = doc();
    let first = doc.agenda[0].id;
    apply_all(&mut doc, |d| start(d, first, at(9, 5)));
    assert_eq!(current(&doc).map(|a| a.id), Some(first));
    apply_all(&mut doc, |d| pause(d, at(9, 15)));
    apply_all(&mut doc, |d| start(d, first, at(9, 20)));
    apply_all(&mut doc, |d| next(d, at(9, 40)));
    let opening = doc.agenda_item(first).unwrap();
    assert_eq!(opening.status, ItemStatus::Done);
    assert_eq!(opening.actual_start, Some(at(9, 5)));
    assert_eq!(opening.actual_end, Some(at(9, 40)));
    assert_eq!(opening.elapsed_seconds, 30 * 60, "the pause does not count");
    let second = &doc.agenda[1];
    assert_eq!(second.status, ItemStatus::Running);
    assert_eq!(second.actual_start, Some(at(9, 40)));
}

#[test]
fn next_after_the_last_item_finishes_it() {
    let mut doc = doc();
    let last = doc.agenda[2].id;
    apply_all(&mut doc, |d| start(d, last, at(11, 0)));
    apply_all(&mut doc, |d| next(d, at(11, 45)));
    assert!(current(&doc).is_none());
    assert_eq!(doc.agenda_item(last).unwrap().status, ItemStatus::Done);
}

#[test]
fn speakers_queue_runs_in_order_and_records_time() {
    let mut doc = doc();
    let item_id = doc.agenda[0].id;
    let (a, b) = (crate::model::Id::new(), crate::model::Id::new());
    let action = queue_speaker(doc.agenda_item(item_id).unwrap(), a, Some(180));
    apply(&mut doc, action);
    let action = queue_speaker(doc.agenda_item(item_id).unwrap(), b, None);
    apply(&mut doc, action);
    let swap = move_speaker(doc.agenda_item(item_id).unwrap(), 1, true).unwrap();
    apply(&mut doc, swap);
    let action = next_speaker(doc.agenda_item(item_id).unwrap(), at(9, 0));
    apply(&mut doc, action);
    assert_eq!(
        doc.agenda_item(item_id)
            .unwrap()
            .current_speaker()
            .map(|t| t.person),
        Some(b)
    );
    let action = next_speaker(doc.agenda_item(item_id).unwrap(), at(9, 4));
    apply(&mut doc, action);
    let action = stop_speaker(doc.agenda_item(item_id).unwrap(), at(9, 6));
    apply(&mut doc, action);
    let item = doc.agenda_item(item_id).unwrap();
    let spoken: Vec<i64> = item
        .speakers
        .iter()
        .map(|t| t.spoken_seconds(at(10, 0)))
        .collect();
    assert_eq!(spoken, vec![240, 120]);
    assert!(
        move_speaker(item, 0, false).is_none(),
        "turns already spoken stay in place"
    );
    assert!(remove_speaker(item, 0).is_none());
}

#[test]
fn starting_a_later_item_skips_the_earlier_ones_that_never_ran() {
    let mut doc = doc();
    let last = doc.agenda[2].id;
    apply_all(&mut doc, |d| start(d, last, at(9, 0)));
    let statuses: Vec<ItemStatus> = doc.agenda.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses,
        [ItemStatus::Skipped, ItemStatus::Skipped, ItemStatus::Running]
    );
    // A skipped item can still be run later.
    let first = doc.agenda[0].id;
    apply_all(&mut doc, |d| start(d, first, at(10, 0)));
    assert_eq!(doc.agenda[0].status, ItemStatus::Running);
    assert_eq!(doc.agenda[2].status, ItemStatus::Done);
}

#[test]
fn a_pause_pauses_the_speaker_and_a_resume_resumes_the_same_turn() {
    let mut doc = doc();
    let first = doc.agenda[0].id;
    let person = crate::model::Id::new();
    apply_all(&mut doc, |d| start(d, first, at(9, 0)));
    apply_all(&mut doc, |d| {
        vec![queue_speaker(d.agenda_item(first).unwrap(), person, None)]
    });
    apply_all(&mut doc, |d| {
        vec![next_speaker(d.agenda_item(first).unwrap(), at(9, 1))]
    });
    apply_all(&mut doc, |d| pause(d, at(9, 3)));
    let turn = doc.agenda[0].speakers[0].clone();
    assert!(turn.is_paused() && turn.is_speaking());
    assert_eq!(turn.spoken_seconds(at(9, 30)), 120, "time stops during the pause");
    assert!(!is_live(&doc), "nothing moves while paused");
    apply_all(&mut doc, |d| start(d, first, at(9, 10)));
    apply_all(&mut doc, |d| finish(d, at(9, 12)));
    let turn = doc.agenda[0].speakers[0].clone();
    assert_eq!(turn.ended, Some(at(9, 12)));
    assert_eq!(turn.spoken_seconds(at(12, 0)), 240);
}

#[test]
fn a_speaker_from_the_floor_keeps_the_name_and_joins_the_registry_on_request() {
    let mut doc = doc();
    let first = doc.agenda[0].id;
    apply_all(&mut doc, |d| {
        vec![queue_guest(
            d.agenda_item(first).unwrap(),
            " Samir Nakhleh ",
            None,
        )]
    });
    let turn = doc.agenda[0].speakers[0].clone();
    assert_eq!(doc.speaker_name(&turn), "Samir Nakhleh");
    assert!(doc.people.is_empty());
    let register = register_guest(&doc, &turn).unwrap();
    apply(&mut doc, register);
    assert_eq!(
        doc.person(turn.person).map(|p| p.name.as_str()),
        Some("Samir Nakhleh")
    );
    assert!(register_guest(&doc, &turn).is_none(), "registered once");
}

#[test]
fn a_parallel_item_beside_one_that_ran_is_not_skipped() {
    let mut doc = doc();
    // Topic a and topic b share a slot, as two round tables do.
    Arc::make_mut(&mut doc.agenda[2]).parallel = true;
    let b = doc.agenda[2].id;
    apply_all(&mut doc, |d| start(d, b, at(9, 30)));
    // The opening was passed over; topic a shares the slot that runs.
    assert_eq!(doc.agenda[0].status, ItemStatus::Skipped);
    assert_eq!(doc.agenda[1].status, ItemStatus::Planned);
    let later = AgendaItem {
        title: "Closing".to_owned(),
        day: at(9, 0).date(),
        duration_minutes: 30,
        ..AgendaItem::default()
    };
    let closing = later.id;
    doc.agenda.push(Arc::new(later));
    apply_all(&mut doc, |d| start(d, closing, at(10, 30)));
    assert_eq!(
        doc.agenda[1].status,
        ItemStatus::Planned,
        "its slot ran, with topic b"
    );
}
