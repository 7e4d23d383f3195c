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
    /// The symbol of the meeting's report, such as `E/ESCWA/ICTD/2007/WG.1/Report` (format 5).
    pub document_symbol: String,
    /// Who the report is distributed to, as printed on it: `LIMITED`, `GENERAL`...
    pub distribution: String,
    /// The language the report was written in, as printed on it: `English`, `ARABIC`...
    pub original_language: String,
    /// The documents of the meeting, listed in an annex of the official report.
    pub documents: Vec<MeetingDocument>,
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
            document_symbol: String::new(),
            distribution: String::new(),
            original_language: String::new(),
            documents: Vec::new(),
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

    /// Adds an empty document at the end of the list, for its fields to be filled in.
    pub fn add_document(&mut self) {
        self.documents.push(MeetingDocument::default());
    }
}

/// One meeting day and the hours the room is available.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDay {
    pub date: NaiveDate,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}

/// A document of the meeting: a concept note, the agenda, a background paper.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingDocument {
    pub id: Id,
    pub title: String,
    /// The document's symbol, such as `E/ESCWA/ICTD/2007/WG.1/1`; empty when it has none.
    pub symbol: String,
    /// The languages it is available in, as people write them: `English`, `Arabic and English`.
    pub language: String,
}
