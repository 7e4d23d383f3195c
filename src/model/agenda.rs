use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Id, Stamp, now};

/// One item of the agenda: a plenary topic, a round table, a break, ...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgendaItem {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
    pub kind: AgendaKind,
    pub day: NaiveDate,
    pub planned_start: NaiveTime,
    pub duration_minutes: u32,
    pub facilitator: Option<Id>,
    pub rapporteur: Option<Id>,
    pub description: String,
    pub status: ItemStatus,
    /// Wall-clock time in the meeting room when the item really started.
    pub actual_start: Option<NaiveDateTime>,
    pub actual_end: Option<NaiveDateTime>,
}

impl Default for AgendaItem {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            title: String::new(),
            kind: AgendaKind::Plenary,
            day: NaiveDate::default(),
            planned_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            duration_minutes: 30,
            facilitator: None,
            rapporteur: None,
            description: String::new(),
            status: ItemStatus::Planned,
            actual_start: None,
            actual_end: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgendaKind {
    Opening,
    Plenary,
    RoundTable,
    Presentation,
    Break,
    Closing,
}

impl AgendaKind {
    pub const ALL: [Self; 6] = [
        Self::Opening,
        Self::Plenary,
        Self::RoundTable,
        Self::Presentation,
        Self::Break,
        Self::Closing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Opening => "Opening",
            Self::Plenary => "Plenary topic",
            Self::RoundTable => "Round table",
            Self::Presentation => "Presentation",
            Self::Break => "Break",
            Self::Closing => "Closing",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemStatus {
    Planned,
    Running,
    Paused,
    Done,
    Skipped,
}

impl ItemStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::Running => "Running",
            Self::Paused => "Paused",
            Self::Done => "Done",
            Self::Skipped => "Skipped",
        }
    }
}
