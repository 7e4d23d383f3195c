use crate::tr;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{Confidentiality, Id, Stamp, now};

/// A note, decision or action item captured during an agenda item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    pub id: Id,
    pub modified: Stamp,
    pub agenda_item: Option<Id>,
    /// Wall-clock time in the meeting room when it was captured.
    pub captured_at: Option<NaiveDateTime>,
    pub text: String,
    pub kind: RecordKind,
    /// Captured after its agenda item had ended, for the record.
    pub added_later: bool,
    pub confidentiality: Confidentiality,
}

impl Default for Record {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            agenda_item: None,
            captured_at: None,
            text: String::new(),
            kind: RecordKind::Note,
            added_later: false,
            confidentiality: Confidentiality::Public,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RecordKind {
    Note,
    Decision {
        outcome: String,
    },
    Action {
        owner: Option<Id>,
        due: Option<NaiveDate>,
        status: ActionStatus,
    },
}

impl RecordKind {
    pub fn label(&self) -> String {
        label_of_key(self.key())
    }

    /// The kind's name in the file and in choices: `note`, `decision` or `action`.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Decision { .. } => "decision",
            Self::Action { .. } => "action",
        }
    }

    /// The same kind of record with empty details: what a record becomes when
    /// its kind is changed to `key`, keeping the details it already has where they fit.
    #[must_use]
    pub fn with_key(&self, key: &str) -> Self {
        match (key, self) {
            ("note", _) => Self::Note,
            ("decision", Self::Decision { .. }) | ("action", Self::Action { .. }) => self.clone(),
            ("decision", _) => Self::Decision {
                outcome: String::new(),
            },
            _ => Self::Action {
                owner: None,
                due: None,
                status: ActionStatus::Open,
            },
        }
    }

    /// The kinds a record can have, as (key, label) choices.
    pub fn choices() -> Vec<(String, String)> {
        ["note", "decision", "action"]
            .into_iter()
            .map(|key| (key.to_owned(), label_of_key(key)))
            .collect()
    }
}

fn label_of_key(key: &str) -> String {
    tr!("record-kind", kind = key)
}

impl ActionStatus {
    pub const ALL: [Self; 4] = [Self::Open, Self::InProgress, Self::Done, Self::Cancelled];

    /// The status's name in messages that choose their words by it:
    /// `open`, `in-progress`, `done` or `cancelled`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in-progress",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Open => tr!("action-status-open"),
            Self::InProgress => tr!("action-status-in-progress"),
            Self::Done => tr!("action-status-done"),
            Self::Cancelled => tr!("action-status-cancelled"),
        }
    }
}

impl Record {
    /// The owner, due date and status of an action item.
    pub fn action(&self) -> Option<(Option<Id>, Option<NaiveDate>, ActionStatus)> {
        match &self.kind {
            RecordKind::Action { owner, due, status } => Some((*owner, *due, *status)),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    Cancelled,
}
