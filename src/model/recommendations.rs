//! The recommendations of the meeting: which decisions it recommends, and in what order.
//!
//! Each operation returns the meeting as it becomes, to be applied as
//! `Action::SetMeeting`, or `None` when there is nothing to change.

use std::collections::{HashMap, HashSet};

use super::{Document, Id, Meeting, Record, RecordKind, now};

/// The decisions the meeting recommends, in its order, each once.
///
/// Ids whose record was deleted, or is no longer a decision, are passed over
/// but kept in the meeting: undoing the deletion or the change brings them back.
pub fn recommended(doc: &Document) -> Vec<&Record> {
    // One pass over the records, not one search per recommendation: a meeting
    // ten times a large one has thousands of records.
    let wanted: HashSet<Id> = doc.meeting.recommendations.iter().copied().collect();
    let by_id: HashMap<Id, &Record> = doc
        .records
        .iter()
        .filter(|r| wanted.contains(&r.id))
        .map(|r| (r.id, r.as_ref()))
        .collect();
    let mut seen = HashSet::new();
    doc.meeting
        .recommendations
        .iter()
        .filter(|id| seen.insert(**id))
        .filter_map(|id| by_id.get(id).copied())
        .filter(|record| is_decision(record))
        .collect()
}

/// Whether the meeting recommends the record with this id.
pub fn is_recommended(meeting: &Meeting, id: Id) -> bool {
    meeting.recommendations.contains(&id)
}

/// The meeting with the decision `id` added as its last recommendation.
/// Refuses (`None`) a record that is missing, is not a decision, or is already recommended.
pub fn mark(doc: &Document, id: Id) -> Option<Meeting> {
    let record = doc.record(id).filter(|r| is_decision(r))?;
    if is_recommended(&doc.meeting, record.id) {
        return None;
    }
    let mut ids = doc.meeting.recommendations.clone();
    ids.push(record.id);
    Some(with_recommendations(&doc.meeting, ids))
}

/// The meeting without the recommendation `id`; the decision itself is kept.
pub fn unmark(meeting: &Meeting, id: Id) -> Option<Meeting> {
    if !is_recommended(meeting, id) {
        return None;
    }
    let ids = meeting
        .recommendations
        .iter()
        .copied()
        .filter(|x| *x != id)
        .collect();
    Some(with_recommendations(meeting, ids))
}

/// The meeting with the recommendation `id` moved before the one shown before it.
pub fn move_earlier(doc: &Document, id: Id) -> Option<Meeting> {
    let shown = shown_ids(doc);
    let index = shown.iter().position(|x| *x == id)?;
    let neighbour = *shown.get(index.checked_sub(1)?)?;
    moved(&doc.meeting, id, neighbour, 0)
}

/// The meeting with the recommendation `id` moved after the one shown after it.
pub fn move_later(doc: &Document, id: Id) -> Option<Meeting> {
    let shown = shown_ids(doc);
    let index = shown.iter().position(|x| *x == id)?;
    let neighbour = *shown.get(index + 1)?;
    moved(&doc.meeting, id, neighbour, 1)
}

fn is_decision(record: &Record) -> bool {
    matches!(record.kind, RecordKind::Decision { .. })
}

fn shown_ids(doc: &Document) -> Vec<Id> {
    recommended(doc).iter().map(|r| r.id).collect()
}

/// `id` taken out and put back next to `neighbour`: before it with `offset` 0,
/// after it with 1. Entries that are not shown keep their places.
fn moved(meeting: &Meeting, id: Id, neighbour: Id, offset: usize) -> Option<Meeting> {
    let mut ids: Vec<Id> = meeting
        .recommendations
        .iter()
        .copied()
        .filter(|x| *x != id)
        .collect();
    let at = ids.iter().position(|x| *x == neighbour)? + offset;
    ids.insert(at.min(ids.len()), id);
    Some(with_recommendations(meeting, ids))
}

fn with_recommendations(meeting: &Meeting, ids: Vec<Id>) -> Meeting {
    Meeting {
        recommendations: ids,
        modified: now(),
        ..meeting.clone()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn record(text: &str, kind: RecordKind) -> Record {
        Record {
            text: text.to_owned(),
            kind,
            ..Record::default()
        }
    }

    fn decision(text: &str) -> Record {
        record(
            text,
            RecordKind::Decision {
                outcome: String::new(),
            },
        )
    }

    /// A meeting with three decisions and a note, none recommended yet.
    fn doc() -> (Document, [Id; 4]) {
        let mut doc = Document::new_meeting();
        let records = [
            decision("First"),
            decision("Second"),
            decision("Third"),
            record("A note", RecordKind::Note),
        ];
        let ids = records.each_ref().map(|r| r.id);
        doc.records = records.into_iter().map(Arc::new).collect();
        (doc, ids)
    }

    fn texts(doc: &Document) -> Vec<&str> {
        recommended(doc).iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn mark_appends_decisions_in_the_order_marked() {
        let (mut doc, [a, b, c, _]) = doc();
        for id in [b, a, c] {
            doc.meeting = mark(&doc, id).unwrap();
        }
        assert_eq!(doc.meeting.recommendations, [b, a, c]);
        assert_eq!(texts(&doc), ["Second", "First", "Third"]);
    }

    #[test]
    fn mark_refuses_notes_missing_records_and_repeats() {
        let (mut doc, [a, _, _, note]) = doc();
        assert_eq!(mark(&doc, note), None);
        assert_eq!(mark(&doc, Id::new()), None);
        doc.meeting = mark(&doc, a).unwrap();
        assert_eq!(mark(&doc, a), None);
        assert_eq!(doc.meeting.recommendations, [a]);
    }

    #[test]
    fn unmark_keeps_the_decision() {
        let (mut doc, [a, b, _, _]) = doc();
        doc.meeting.recommendations = vec![a, b];
        doc.meeting = unmark(&doc.meeting, a).unwrap();
        assert_eq!(doc.meeting.recommendations, [b]);
        assert!(doc.record(a).is_some());
        assert_eq!(unmark(&doc.meeting, a), None);
    }

    #[test]
    fn moves_swap_neighbours_and_stop_at_the_ends() {
        let (mut doc, [a, b, c, _]) = doc();
        doc.meeting.recommendations = vec![a, b, c];
        doc.meeting = move_earlier(&doc, c).unwrap();
        assert_eq!(doc.meeting.recommendations, [a, c, b]);
        doc.meeting = move_later(&doc, a).unwrap();
        assert_eq!(doc.meeting.recommendations, [c, a, b]);
        assert_eq!(move_earlier(&doc, c), None);
        assert_eq!(move_later(&doc, b), None);
        assert_eq!(move_later(&doc, Id::new()), None);
    }

    #[test]
    fn deleted_records_are_skipped_but_kept_and_moves_jump_over_them() {
        let (mut doc, [a, b, _, note]) = doc();
        let gone = Id::new();
        doc.meeting.recommendations = vec![a, gone, note, b];
        assert_eq!(texts(&doc), ["First", "Second"]);
        doc.meeting = move_earlier(&doc, b).unwrap();
        assert_eq!(doc.meeting.recommendations, [b, a, gone, note]);
        doc.meeting = move_later(&doc, b).unwrap();
        assert_eq!(doc.meeting.recommendations, [a, b, gone, note]);
    }

    #[test]
    fn a_repeated_id_from_a_file_is_shown_once() {
        let (mut doc, [a, b, _, _]) = doc();
        doc.meeting.recommendations = vec![a, b, a];
        assert_eq!(texts(&doc), ["First", "Second"]);
        doc.meeting = move_later(&doc, a).unwrap();
        assert_eq!(doc.meeting.recommendations, [b, a]);
    }

    #[test]
    fn every_change_stamps_the_meeting() {
        let (mut doc, [a, _, _, _]) = doc();
        doc.meeting.modified = chrono::DateTime::UNIX_EPOCH;
        let marked = mark(&doc, a).unwrap();
        assert!(marked.modified > doc.meeting.modified);
    }
}
