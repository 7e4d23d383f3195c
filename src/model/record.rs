use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{Id, Stamp, now};

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
    pub fn label(&self) -> &'static str {
        match self {
            Self::Note => "Note",
            Self::Decision { .. } => "Decision",
            Self::Action { .. } => "Action item",
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
