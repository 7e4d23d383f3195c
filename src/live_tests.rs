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
