use serde::{Deserialize, Serialize};

use super::super::{Id, Stamp, now};

/// A value a merge set aside, attached to its record: the same field was
/// changed differently in two files (or a record deleted in one was edited
/// in the other), and the first file's value was kept. Nothing a merge
/// leaves out is lost: it is here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MergeNote {
    pub id: Id,
    /// The record the value belongs to, in whichever collection it is.
    pub record: Id,
    /// The kind of that record, as [`crate::model::Change`] names kinds
    /// ("partnership", "person", ...).
    pub kind: String,
    /// Where in the record, such as "title" or "milestones › Launch › due";
    /// empty for the whole record.
    pub field: String,
    /// The value kept, and the value set aside: a text as it is, anything
    /// else (a list, a whole record) in JSON; empty for a deleted record.
    pub kept: String,
    pub set_aside: String,
    /// The name of the file the value set aside came from.
    pub from: String,
    /// When the merge was made.
    pub at: Stamp,
}

impl Default for MergeNote {
    fn default() -> Self {
        Self {
            id: Id::new(),
            record: Id(uuid::Uuid::nil()),
            kind: String::new(),
            field: String::new(),
            kept: String::new(),
            set_aside: String::new(),
            from: String::new(),
            at: now(),
        }
    }
}

impl MergeNote {
    /// Whether two notes keep the same values for the same place, from the
    /// same file.
    pub fn repeats(&self, other: &Self) -> bool {
        (
            self.record,
            &self.kind,
            &self.field,
            &self.kept,
            &self.set_aside,
            &self.from,
        ) == (
            other.record,
            &other.kind,
            &other.field,
            &other.kept,
            &other.set_aside,
            &other.from,
        )
    }
}

/// Adds `new` to `notes`, leaving out those that repeat a note already there:
/// merging a copy again sets aside what was set aside already.
pub fn add_notes(notes: &mut Vec<MergeNote>, new: impl IntoIterator<Item = MergeNote>) {
    for note in new {
        if !notes.iter().any(|n| n.repeats(&note)) {
            notes.push(note);
        }
    }
}
