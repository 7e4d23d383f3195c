use crate::tr;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Confidentiality, Id, Stamp, now};

/// One item of the agenda: a plenary topic, a round table, a break, ...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgendaItem {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
    /// The title in Arabic, empty when there is none.
    pub title_ar: String,
    pub kind: AgendaKind,
    pub day: NaiveDate,
    pub planned_start: NaiveTime,
    pub duration_minutes: u32,
    /// Runs in the same slot as the item before it, such as parallel round tables.
    pub parallel: bool,
    pub facilitator: Option<Id>,
    pub rapporteur: Option<Id>,
    pub description: String,
    pub status: ItemStatus,
    /// Wall-clock time in the meeting room when the item really started.
    pub actual_start: Option<NaiveDateTime>,
    pub actual_end: Option<NaiveDateTime>,
    /// Seconds run before the current run started (the item may have been paused).
    pub elapsed_seconds: i64,
    /// When the current run started; `None` unless the item is running.
    pub running_since: Option<NaiveDateTime>,
    /// The speakers' queue: turns not started yet, the current one, and those done.
    pub speakers: Vec<SpeakerTurn>,
    /// A closed session is for the organisers, and so is what was captured during it.
    pub confidentiality: Confidentiality,
}

/// One turn of a speaker during an agenda item.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpeakerTurn {
    /// The turn itself, so that two laptops editing the queue agree on which turn is which.
    pub id: Id,
    /// The speaker in the registry. A speaker from the floor who is not
    /// registered has an id of their own and a `guest` name; registering them
    /// later creates the person with this id, so the turn needs no change.
    pub person: Id,
    /// The name as given, for a speaker not in the registry.
    pub guest: String,
    /// How long the speaker may speak, in seconds; `None` for no limit.
    pub limit_seconds: Option<i64>,
    pub started: Option<NaiveDateTime>,
    pub ended: Option<NaiveDateTime>,
    /// When the item was paused during this turn; `None` unless paused now.
    pub paused_at: Option<NaiveDateTime>,
    /// Seconds of earlier pauses, which are not speaking time.
    pub paused_seconds: i64,
}

impl SpeakerTurn {
    /// Seconds spoken so far, counting up to `now` for the current speaker and
    /// leaving out the time the item was paused.
    pub fn spoken_seconds(&self, now: NaiveDateTime) -> i64 {
        match self.started {
            Some(start) => {
                let until = self.ended.or(self.paused_at).unwrap_or(now);
                (until - start)
                    .num_seconds()
                    .saturating_sub(self.paused_seconds)
                    .max(0)
            }
            None => 0,
        }
    }

    /// The current speaker, even while the item is paused.
    pub fn is_speaking(&self) -> bool {
        self.started.is_some() && self.ended.is_none()
    }

    pub fn is_paused(&self) -> bool {
        self.is_speaking() && self.paused_at.is_some()
    }

    pub fn is_waiting(&self) -> bool {
        self.started.is_none()
    }
}

impl AgendaItem {
    /// Seconds the item has run, up to `now` if it is running.
    pub fn elapsed_seconds_at(&self, now: NaiveDateTime) -> i64 {
        let current = self
            .running_since
            .map_or(0, |since| (now - since).num_seconds().max(0));
        self.elapsed_seconds.saturating_add(current)
    }

    pub fn planned_seconds(&self) -> i64 {
        i64::from(self.duration_minutes) * 60
    }

    /// The turn being spoken now, if any.
    pub fn current_speaker(&self) -> Option<&SpeakerTurn> {
        self.speakers.iter().find(|t| t.is_speaking())
    }
}

impl Default for AgendaItem {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            title: String::new(),
            title_ar: String::new(),
            kind: AgendaKind::Plenary,
            day: NaiveDate::default(),
            planned_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            duration_minutes: 30,
            parallel: false,
            facilitator: None,
            rapporteur: None,
            description: String::new(),
            status: ItemStatus::Planned,
            actual_start: None,
            actual_end: None,
            elapsed_seconds: 0,
            running_since: None,
            speakers: Vec::new(),
            confidentiality: Confidentiality::Public,
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

    pub fn label(self) -> String {
        match self {
            Self::Opening => tr!("agenda-kind-opening"),
            Self::Plenary => tr!("agenda-kind-plenary"),
            Self::RoundTable => tr!("agenda-kind-round-table"),
            Self::Presentation => tr!("agenda-kind-presentation"),
            Self::Break => tr!("agenda-kind-break"),
            Self::Closing => tr!("agenda-kind-closing"),
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
    pub fn label(self) -> String {
        match self {
            Self::Planned => tr!("item-status-planned"),
            Self::Running => tr!("item-status-running"),
            Self::Paused => tr!("item-status-paused"),
            Self::Done => tr!("item-status-done"),
            Self::Skipped => tr!("item-status-skipped"),
        }
    }
}
