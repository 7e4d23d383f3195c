//! Two copies of the meeting merged (see [`majlis::model::merge`]): the
//! organiser's file and a rapporteur's copy, each of which changed a
//! different 5% of the organisations, people, partnerships and records
//! since it was handed out, and both a few of the same ones in different
//! fields.

use std::sync::Arc;
use std::time::{Duration, Instant};

use majlis::model::Document;
use majlis::model::merge::{MergeCounts, merge};

use crate::table::{Figure, Row};
use crate::{Error, Subject, row};

/// Ours changes the records whose position is 0 modulo this, theirs those at
/// half of it: 5% each.
const EVERY: usize = 20;
/// Both change the records at 5 modulo this, each in its own field.
const BOTH_EVERY: usize = 200;

/// Which side an edit is made on: each changes its own field of a record.
#[derive(Clone, Copy)]
enum Side {
    Ours,
    Theirs,
}

fn touched(i: usize, side: Side) -> bool {
    let own = match side {
        Side::Ours => i.is_multiple_of(EVERY),
        Side::Theirs => i % EVERY == EVERY / 2,
    };
    own || i % BOTH_EVERY == 5
}

/// `doc` with `side`'s changes; with both sides' when applied twice.
fn edited(doc: &Document, side: Side) -> Document {
    let mut doc = doc.clone();
    let text = |i: usize| match side {
        Side::Ours => format!("changed by the organiser {i}"),
        Side::Theirs => format!("changed by the rapporteur {i}"),
    };
    for (i, org) in doc.organisations.iter_mut().enumerate() {
        if touched(i, side) {
            let org = Arc::make_mut(org);
            match side {
                Side::Ours => org.website = text(i),
                Side::Theirs => org.acronym = text(i),
            }
        }
    }
    for (i, person) in doc.people.iter_mut().enumerate() {
        if touched(i, side) {
            let person = Arc::make_mut(person);
            match side {
                Side::Ours => person.role = text(i),
                Side::Theirs => person.phone = text(i),
            }
        }
    }
    for (i, partnership) in doc.partnerships.iter_mut().enumerate() {
        if touched(i, side) {
            let partnership = Arc::make_mut(partnership);
            match side {
                Side::Ours => partnership.next_step = text(i),
                Side::Theirs => partnership.description = text(i),
            }
        }
    }
    for (i, record) in doc.records.iter_mut().enumerate() {
        if touched(i, side) {
            let record = Arc::make_mut(record);
            match side {
                Side::Ours => record.text = text(i),
                Side::Theirs => record.added_later = !record.added_later,
            }
        }
    }
    doc
}

/// The base, both sides, the expected result and its counts.
struct Case {
    base: Document,
    ours: Document,
    theirs: Document,
    expected: Document,
    counts: MergeCounts,
}

fn case(doc: &Document) -> Case {
    let ours = edited(doc, Side::Ours);
    let mut theirs = edited(doc, Side::Theirs);
    theirs.origin = Some(Arc::new(doc.clone()));
    let expected = edited(&ours, Side::Theirs);
    let mut counts = MergeCounts::default();
    for len in [
        doc.organisations.len(),
        doc.people.len(),
        doc.partnerships.len(),
        doc.records.len(),
    ] {
        for i in 0..len {
            match (touched(i, Side::Ours), touched(i, Side::Theirs)) {
                (true, true) => counts.combined += 1,
                // What ours changed alone is nothing new to the merge.
                (false, true) => counts.taken += 1,
                (_, false) => {}
            }
        }
    }
    Case {
        base: doc.clone(),
        ours,
        theirs,
        expected,
        counts,
    }
}

/// `runs` merges of each subject in turn. The result must hold both sides'
/// changes, combined where both changed a record, and no conflict.
pub fn measure(subjects: &[Subject; 2], runs: usize) -> Result<Row, Error> {
    let name = "Merge: two files, 10% of records differ";
    let cases = [case(&subjects[0].doc), case(&subjects[1].doc)];
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for ((subject, case), samples) in subjects.iter().zip(&cases).zip(&mut samples) {
            let start = Instant::now();
            let merged = merge(&case.base, &case.ours, &case.theirs);
            samples.push(start.elapsed());
            let fail =
                |what: String| -> Error { format!("{name} at scale {}: {what}", subject.scale).into() };
            let merged = merged.map_err(|e| fail(e.to_string()))?;
            if !merged.conflicts.is_empty() {
                return Err(fail(format!("{} conflicts", merged.conflicts.len())));
            }
            if merged.counts != case.counts || case.counts.combined == 0 {
                return Err(fail(format!(
                    "counted {:?}, expected {:?}",
                    merged.counts, case.counts
                )));
            }
            let (doc, expected) = (&merged.doc, &case.expected);
            if doc.organisations != expected.organisations
                || doc.people != expected.people
                || doc.partnerships != expected.partnerships
                || doc.records != expected.records
            {
                return Err(fail("the result lacks changes of one side".to_owned()));
            }
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}
