use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Id, Stamp, now};

/// What the meeting is, where and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
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

/// One meeting day and the hours the room is available.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDay {
    pub date: NaiveDate,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}
