//! Several copies of one meeting, one record: the three-way merge of
//! session files.
//!
//! Each side is compared with the version both started from (the base),
//! record by record, matched by id collection by collection (currency rates
//! by their code; the meeting's own details and the vocabularies are one
//! record each). What only one side changed is taken from it; what both
//! changed is combined field by field, and the lists inside a record whose
//! elements have an identity (partners' roles, milestones, deliverables,
//! speaking turns, the stage and partner histories, vocabulary terms) element
//! by element. The same field changed differently on both sides, or a record
//! deleted on one side and edited on the other, is a [`Conflict`]: the merged
//! document keeps ours (the first file's) and the conflict says what the other
//! side had, to be chosen with [`resolve`] or kept aside with [`set_aside`].
//! Clocks of laptops drift: the `modified` stamps never decide and never
//! conflict (the later one is kept).
//!
//! Only the records that differ between the sides are converted to values
//! and merged field by field; the others are compared by pointer, then by
//! value.

mod collection;
mod duplicates;
mod erased;
mod items;
mod note;
mod order;
mod resolve;
#[cfg(test)]
mod tests;
mod value;

use std::sync::Arc;

pub use duplicates::Duplicate;
pub use note::{MergeNote, add_notes};
pub use resolve::resolve;
use serde_json::Value;

use super::{Document, Id, now};
use crate::tr;
use collection::Outcome;
use items::{Collection, Key, one, shared};
use value::Step;

/// The merged document and what the merge met on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// Every conflict resolved with our value.
    pub doc: Document,
    pub conflicts: Vec<Conflict>,
    pub counts: MergeCounts,
    /// Organisations and people each side added that look like the same one.
    pub duplicates: Vec<Duplicate>,
}

/// How many records a merge took from the other file (added, changed or
/// deleted there alone: what ours changed alone is nothing new), combined
/// field by field, and found in conflict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCounts {
    pub taken: usize,
    pub combined: usize,
    pub conflicted: usize,
}

/// The same value changed differently on both sides, or a record (or an
/// element of a list) deleted on one side and edited on the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The record's kind, as [`crate::model::Change`] names kinds
    /// ("partnership", "person", ...; "vocabularies" for the vocabularies).
    pub kind: &'static str,
    /// The record's id; `None` for a currency rate and the vocabularies.
    pub id: Option<Id>,
    /// The record's name, as ours has it.
    pub name: String,
    /// Where in the record, such as "title" or "milestones › Launch › due";
    /// empty for the whole record.
    pub field: String,
    /// The values as text; `None` where the record (or element) is absent
    /// on that side: not yet there, or deleted.
    pub base: Option<String>,
    pub ours: Option<String>,
    pub theirs: Option<String>,
    target: Target,
}

/// Where a conflict is and the two values a choice puts there.
#[derive(Clone, Debug, PartialEq)]
struct Target {
    collection: Collection,
    key: Key,
    path: Vec<Step>,
    ours: Option<Value>,
    theirs: Option<Value>,
}

impl Conflict {
    /// Whether both values are text, which [`Choice::Both`] can join.
    pub fn can_keep_both(&self) -> bool {
        matches!(
            (&self.target.ours, &self.target.theirs),
            (Some(Value::String(_)), Some(Value::String(_)))
        )
    }

    /// The conflict in one line: the record and the field.
    pub fn line(&self) -> String {
        if self.field.is_empty() {
            tr!(
                "merge-conflict-record",
                kind = self.kind,
                name = self.name.as_str()
            )
        } else {
            tr!(
                "merge-conflict-field",
                kind = self.kind,
                name = self.name.as_str(),
                field = self.field.as_str()
            )
        }
    }
}

/// Which value a resolved conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Ours,
    Theirs,
    /// Both texts, ours first, on separate lines (see [`Conflict::can_keep_both`]).
    Both,
}

/// What kept a merge from finishing, or a choice from being applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// A record's merged value could not be read back as a record.
    Unreadable {
        kind: &'static str,
        name: String,
        reason: String,
    },
    /// The record a conflict is about is no longer in the document.
    Gone { kind: &'static str, name: String },
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Unreadable { kind, name, reason } => tr!(
                "merge-error-unreadable",
                kind = *kind,
                name = name.as_str(),
                reason = reason.as_str()
            ),
            Self::Gone { kind, name } => tr!("merge-error-gone", kind = *kind, name = name.as_str()),
        })
    }
}

impl std::error::Error for MergeError {}

/// Merges `ours` and `theirs`, both changed from `base` (an empty
/// `Document::default()` when no common version is known: every record on
/// both sides with different values is then in conflict field by field).
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Result<Merge, MergeError> {
    let mut outcome = Outcome {
        docs: [ours, theirs],
        conflicts: Vec::new(),
        counts: MergeCounts::default(),
    };
    // An empty base has a meeting of its own: it is no common version of ours.
    let base_meeting = if [ours.meeting.id, theirs.meeting.id].contains(&base.meeting.id) {
        one(&base.meeting)
    } else {
        Vec::new()
    };
    let meeting = outcome.merge(&base_meeting, &one(&ours.meeting), &one(&theirs.meeting))?;
    let vocabularies = outcome.merge(
        &one(&base.vocabularies),
        &one(&ours.vocabularies),
        &one(&theirs.vocabularies),
    )?;
    let rates = outcome.merge(&shared(&base.rates), &shared(&ours.rates), &shared(&theirs.rates))?;
    // Fields a merge does not know (how a copy was handed out, ...) stay ours.
    let mut doc = ours.clone();
    doc.meeting = first(meeting).unwrap_or_else(|| ours.meeting.clone());
    doc.agenda = outcome.merge(&base.agenda, &ours.agenda, &theirs.agenda)?;
    doc.organisations = outcome.merge(&base.organisations, &ours.organisations, &theirs.organisations)?;
    doc.people = outcome.merge(&base.people, &ours.people, &theirs.people)?;
    doc.partnerships = outcome.merge(&base.partnerships, &ours.partnerships, &theirs.partnerships)?;
    doc.funding_sources = outcome.merge(
        &base.funding_sources,
        &ours.funding_sources,
        &theirs.funding_sources,
    )?;
    doc.leads = outcome.merge(&base.leads, &ours.leads, &theirs.leads)?;
    doc.rates = rates.into_iter().map(Arc::unwrap_or_clone).collect();
    doc.records = outcome.merge(&base.records, &ours.records, &theirs.records)?;
    doc.vocabularies = first(vocabularies).unwrap_or_else(|| ours.vocabularies.clone());
    doc.erased = union(&ours.erased, &theirs.erased, |id| *id);
    doc.not_listed = union(&ours.not_listed, &theirs.not_listed, |id| *id);
    doc.merge_notes = union(&ours.merge_notes, &theirs.merge_notes, |note| note.id);
    let duplicates = duplicates::between(base, ours, theirs);
    Ok(Merge {
        doc,
        conflicts: outcome.conflicts,
        counts: outcome.counts,
        duplicates,
    })
}

/// Merges each of `others` (a file name and its document) into `ours` in
/// turn. The base of each is the version it was handed out as (its origin)
/// when it has one, else none. The values each merge set aside are attached
/// to the merged document as notes naming the file; the conflicts of every
/// merge are returned, resolved with ours.
/// A person erased in any of the files is erased from the result, and no
/// conflict (hence no note) about them is kept.
pub fn merge_files(ours: &Document, others: &[(String, Document)]) -> Result<Merge, MergeError> {
    let mut all = Merge {
        doc: ours.clone(),
        conflicts: Vec::new(),
        counts: MergeCounts::default(),
        duplicates: Vec::new(),
    };
    let empty = Document::default();
    for (file_name, other) in others {
        // Ours's own origin is no common version of a file that did not
        // come from it: without the other's origin, nothing is known.
        let base = other.origin.as_deref().unwrap_or(&empty);
        let mut merged = merge(base, &all.doc, other)?;
        erased::forget_erased(&mut merged, [&all.doc, other]);
        merged
            .doc
            .merge_notes
            .extend(set_aside(&merged.conflicts, file_name));
        all.doc = merged.doc;
        all.conflicts.extend(merged.conflicts);
        all.duplicates.extend(merged.duplicates);
        all.counts.taken += merged.counts.taken;
        all.counts.combined += merged.counts.combined;
        all.counts.conflicted += merged.counts.conflicted;
    }
    Ok(all)
}

/// The notes a merge made without anyone to ask attaches to the document:
/// one per conflict, keeping the value set aside (theirs) as written in a
/// session file, with the file it came from. Give it the conflicts
/// [`merge_files`] returns: those about an erased person are gone from them.
pub fn set_aside(conflicts: &[Conflict], from_file_name: &str) -> Vec<MergeNote> {
    let at = now();
    conflicts
        .iter()
        .map(|conflict| MergeNote {
            id: Id::new(),
            record: conflict.id.unwrap_or(Id(uuid::Uuid::nil())),
            kind: conflict.kind.to_owned(),
            // A rate or the vocabularies have no id: the path starts with their name.
            field: if conflict.id.is_none() {
                [conflict.name.as_str(), conflict.field.as_str()]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join(" › ")
            } else {
                conflict.field.clone()
            },
            kept: as_written(conflict.target.ours.as_ref()),
            set_aside: as_written(conflict.target.theirs.as_ref()),
            from: from_file_name.to_owned(),
            at,
        })
        .collect()
}

/// A value kept aside: a text as it is, anything else (a list, a whole
/// record) in JSON, which says exactly what it held; empty for an absent one.
fn as_written(value: Option<&Value>) -> String {
    match value {
        None => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// A value as the user reads it: text as it is, a list of texts joined by
/// commas, anything else as a session file writes it.
fn readable(value: &Value) -> String {
    match value {
        Value::Null => tr!("merge-no-value"),
        Value::Bool(true) => tr!("merge-yes"),
        Value::Bool(false) => tr!("merge-no"),
        Value::String(text) => text.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => as_written(Some(other)),
    }
}

fn first<T: Clone>(list: Vec<Arc<T>>) -> Option<T> {
    list.into_iter().next().map(Arc::unwrap_or_clone)
}

/// Ours, then what only theirs has, compared by `key`.
fn union<T: Clone, K: PartialEq>(ours: &[T], theirs: &[T], key: impl Fn(&T) -> K) -> Vec<T> {
    let mut out = ours.to_vec();
    for item in theirs {
        if !ours.iter().any(|o| key(o) == key(item)) {
            out.push(item.clone());
        }
    }
    out
}
