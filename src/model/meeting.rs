use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Id, Stamp, now, time};

/// What the meeting is, where and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
    /// The title in Arabic, empty when there is none.
    pub title_ar: String,
    /// Where the meeting is held, as an IANA time-zone name such as
    /// `Asia/Beirut`; empty when not set (the laptop's zone is used).
    pub time_zone: String,
    pub organiser: String,
    pub venue: String,
    pub days: Vec<MeetingDay>,
    pub objectives: Vec<String>,
    pub expected_outcomes: Vec<String>,
    pub working_languages: Vec<String>,
    /// The decisions the meeting recommends, in the order the room adopts them.
    pub recommendations: Vec<Id>,
}

impl Default for Meeting {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            title: String::new(),
            title_ar: String::new(),
            time_zone: String::new(),
            organiser: String::new(),
            venue: String::new(),
            days: Vec::new(),
            objectives: Vec::new(),
            expected_outcomes: Vec::new(),
            working_languages: Vec::new(),
            recommendations: Vec::new(),
        }
    }
}

impl Meeting {
    /// What the clocks in the meeting room show at `instant` (see [`time::room_clock`]).
    pub fn room_clock(&self, instant: Stamp) -> chrono::NaiveDateTime {
        time::room_clock(&self.time_zone, instant)
    }

    /// The meeting day at `instant` (see [`time::meeting_day`]).
    pub fn meeting_day(&self, instant: Stamp) -> NaiveDate {
        time::meeting_day(&self.time_zone, instant)
    }
}

/// One meeting day and the hours the room is available.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDay {
    pub date: NaiveDate,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}
