//! Importing a registration list of every person of the meeting: into an
//! empty meeting, where every row must be added, and into the meeting the
//! list came from, where every row is someone already there.
//!
//! The generated meeting has a few namesakes in one organisation (25 of 2,000
//! people at scale 1), each with an email of their own: the import keeps
//! them apart, so into an empty meeting a row is merged only if its email
//! is an earlier row's.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use majlis::model::Document;
use majlis::model::import::{Field, Outcome, Plan, plan, read_list};

use crate::table::{Figure, Row};
use crate::{Error, Subject, row};

/// The columns of the list, as a registration form would name them.
const HEADERS: [&str; 4] = ["Name", "Email", "Organisation", "Country"];
const MAPPING: [Option<Field>; 4] = [
    Some(Field::FullName),
    Some(Field::Email),
    Some(Field::Organisation),
    Some(Field::Country),
];

/// Where the list goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A new meeting.
    Empty,
    /// The meeting the list was made from.
    Itself,
}

/// What must come of an import: how many rows, added and merged; none is rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Expected {
    rows: usize,
    added: usize,
    merged: usize,
}

impl Expected {
    /// Into an empty meeting each person with an email not seen before is
    /// added; into their own meeting each is merged, found by email.
    fn of(doc: &Document, into: Target) -> Self {
        let rows = doc.people.len();
        let added = match into {
            Target::Empty => {
                let distinct: HashSet<_> = doc.people.iter().map(|p| p.email.to_lowercase()).collect();
                distinct.len()
            }
            Target::Itself => 0,
        };
        Self {
            rows,
            added,
            merged: rows - added,
        }
    }
}

/// The two import rows, `runs` imports of each subject's list taken in turn.
pub fn rows(subjects: &[Subject; 2], runs: usize) -> Result<Vec<Row>, Error> {
    let [small, large] = subjects;
    let lists = [list(&small.doc)?, list(&large.doc)?];
    let empty = Document::new_meeting();
    let mut rows = Vec::new();
    for (into, name) in [
        (Target::Empty, "Import: every person, into an empty meeting"),
        (Target::Itself, "Import: every person, into their meeting"),
    ] {
        let mut samples: [Vec<Duration>; 2] = Default::default();
        for _ in 0..runs {
            for ((subject, list), samples) in subjects.iter().zip(&lists).zip(&mut samples) {
                let base = match into {
                    Target::Empty => &empty,
                    Target::Itself => &subject.doc,
                };
                let (time, done) = import(base, list, Expected::of(&subject.doc, into));
                samples.push(time);
                done.map_err(|e| format!("{name} at scale {}: {e}", subject.scale))?;
            }
        }
        let [small, large] = samples;
        rows.push(row(name, Figure::of(&small), Figure::of(&large)));
    }
    Ok(rows)
}

/// The list of `doc`'s people as CSV: name, email, organisation and its country.
fn list(doc: &Document) -> Result<Vec<u8>, Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADERS)?;
    for person in &doc.people {
        let org = person.organisation.and_then(|id| doc.organisation(id));
        writer.write_record([
            person.name.as_str(),
            person.email.as_str(),
            org.map_or("", |o| o.name.as_str()),
            org.map_or("", |o| o.country.as_str()),
        ])?;
    }
    Ok(writer.into_inner().map_err(|e| e.to_string())?)
}

/// Reads `list`, plans it against a copy of `base` and applies the plan: the
/// time of that, then whether the outcome is what was `expected`.
fn import(base: &Document, list: &[u8], expected: Expected) -> (Duration, Result<(), Error>) {
    let mut doc = base.clone();
    let start = Instant::now();
    let planned = read_list(list).map(|table| {
        let planned = plan(&doc, &table, &table.mapping);
        planned.apply_to(&mut doc);
        (table.mapping, planned)
    });
    let time = start.elapsed();
    let checked = match planned {
        Ok((mapping, planned)) if mapping == MAPPING => check(expected, base, &doc, &planned),
        Ok((mapping, _)) => Err(format!("the columns were read as {mapping:?}").into()),
        Err(e) => Err(format!("the list could not be read: {e}").into()),
    };
    // Dropping the copy is not part of an import.
    drop(doc);
    (time, checked)
}

/// Whether importing a list into `base` gave `doc` as `expected`.
fn check(expected: Expected, base: &Document, doc: &Document, planned: &Plan) -> Result<(), Error> {
    let counts = &planned.counts;
    if counts.rows != expected.rows {
        return Err(format!("{} rows were read for {} people", counts.rows, expected.rows).into());
    }
    let rejected = planned.rows.iter().find_map(|r| match &r.outcome {
        Outcome::Rejected(_) => Some(format!("line {}: {}", r.line, r.outcome.describe())),
        _ => None,
    });
    if let Some(first) = rejected {
        return Err(format!("{} rows were rejected, the first at {first}", counts.rejected).into());
    }
    let Expected { added, merged, .. } = expected;
    if counts.added != added || counts.merged != merged {
        return Err(format!(
            "{} rows were added and {} merged, not {added} and {merged}",
            counts.added, counts.merged
        )
        .into());
    }
    if doc.people.len() != base.people.len() + added {
        return Err(format!(
            "the meeting has {} people after the import, not {}",
            doc.people.len(),
            base.people.len() + added
        )
        .into());
    }
    Ok(())
}
