//! The meeting document: plain serde data with stable ids, no UI types.

pub mod actions;
mod agenda;
pub mod as_of;
pub mod audience;
pub mod board;
pub mod checkin;
pub mod copy;
pub mod countries;
pub mod dates;
mod diff;
pub mod erase;
pub mod export;
pub mod financing_totals;
pub mod fold;
pub mod follow_up;
mod funding;
pub mod gexf;
mod ids;
pub mod import;
pub mod invitations;
pub mod leads;
pub mod matching;
mod meeting;
pub mod merge;
pub mod merge_duplicates;
pub mod names;
pub mod network;
pub mod next_meeting;
pub mod participation;
mod partnership;
pub mod quality;
pub mod recommendations;
mod record;
mod registry;
pub mod report;
pub mod schedule;
pub mod suggest;
mod summary;
pub mod time;
mod vocab;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::tr;

pub use agenda::{AgendaItem, AgendaKind, ItemStatus, SpeakerTurn};
pub use audience::{Audience, Confidentiality};
pub use diff::{Change, ChangeCounts};
pub use funding::{FundingKind, FundingSource, Instrument};
pub use ids::{Id, Stamp, now};
pub use leads::{FinancingLead, LeadStatus, Rate};
pub use meeting::{Meeting, MeetingDay, MeetingDocument};
pub use merge::MergeNote;
pub use partnership::{
    AmountError, Deliverable, Milestone, Money, PartnerChange, PartnerEvent, PartnerRole, Partnership,
    StageChange, parse_amount, parse_countries, partners_as_of,
};
pub use record::{ActionStatus, Record, RecordKind};
pub use registry::{Organisation, Person};
pub use summary::Summary;
pub use vocab::{Term, Vocabularies};

/// The version of the file format this build writes.
/// Format 2 added time zones, confidentiality, ids on list elements, partner
/// history and Arabic titles; format 3 financing leads and rates; format 4 the
/// origin of a rapporteur's copy and the values a merge set aside; format 5
/// the document symbol, distribution, original language and documents of the
/// meeting, which the official report prints; format 6 where each
/// organisation is drawn in the network view; format 7 invitations (the
/// status of people and organisations, their history and contact, people's
/// titles) and the organisers' settings for them.
/// `persistence::migrate` reads every older format.
pub const FORMAT_VERSION: u32 = 7;

/// Records are shared between the document and its undo history: a snapshot of
/// the document copies pointers, and an edit copies only the record it changes.
pub type Shared<T> = Arc<T>;

/// One meeting with everything captured about it: what a session file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub format_version: u32,
    pub meeting: Meeting,
    pub agenda: Vec<Shared<AgendaItem>>,
    pub organisations: Vec<Shared<Organisation>>,
    pub people: Vec<Shared<Person>>,
    pub partnerships: Vec<Shared<Partnership>>,
    pub funding_sources: Vec<Shared<FundingSource>>,
    /// Financing leads of the partnerships (format 3).
    pub leads: Vec<Shared<FinancingLead>>,
    /// How many US dollars a unit of each other currency is worth (format 3).
    pub rates: Vec<Rate>,
    pub records: Vec<Shared<Record>>,
    pub vocabularies: Vocabularies,
    /// People erased on request (see [`erase`]): what still refers to them
    /// reads "(erased)". Ids alone say nothing about a person.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub erased: Vec<Id>,
    /// In a copy for the public, people left out for want of consent (see
    /// [`audience::for_audience`]): what refers to them reads "(not listed)".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_listed: Vec<Id>,
    /// In a copy handed to a rapporteur, the meeting as it was handed out
    /// (format 4): merging the copy back compares each side with it, to know
    /// what each side changed. It never has an origin of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Shared<Document>>,
    /// In a copy handed to a rapporteur, how it was handed out, such as the
    /// round table it opens on (format 4).
    #[serde(skip_serializing_if = "copy::Handout::is_empty")]
    pub handout: copy::Handout,
    /// Values a merge set aside, attached to their records (format 4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merge_notes: Vec<MergeNote>,
    /// Where each organisation is drawn in the network view (format 6).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub network_layout: Vec<network::Placement>,
    /// Shortlist weights, balance targets and letters (format 7).
    #[serde(skip_serializing_if = "invitations::Settings::is_default")]
    pub invitations: invitations::Settings,
}

impl Default for Document {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            meeting: Meeting::default(),
            agenda: Vec::new(),
            organisations: Vec::new(),
            people: Vec::new(),
            partnerships: Vec::new(),
            funding_sources: Vec::new(),
            leads: Vec::new(),
            rates: Vec::new(),
            records: Vec::new(),
            vocabularies: Vocabularies::default(),
            erased: Vec::new(),
            not_listed: Vec::new(),
            origin: None,
            handout: copy::Handout::default(),
            merge_notes: Vec::new(),
            network_layout: Vec::new(),
            invitations: invitations::Settings::default(),
        }
    }
}

impl Document {
    /// A new, empty meeting with the default vocabularies.
    /// A new meeting takes the laptop's time zone, the usual case of a meeting
    /// planned where it happens; it can be changed in the meeting details.
    pub fn new_meeting() -> Self {
        let mut doc = Self::default();
        doc.meeting.title = tr!("summary-untitled-meeting");
        doc.meeting.time_zone = iana_time_zone::get_timezone()
            .ok()
            .filter(|zone| time::time_zone(zone).is_some())
            .unwrap_or_default();
        doc
    }

    pub fn organisation(&self, id: Id) -> Option<&Organisation> {
        self.organisations.iter().map(AsRef::as_ref).find(|o| o.id == id)
    }

    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.iter().map(AsRef::as_ref).find(|p| p.id == id)
    }

    pub fn agenda_item(&self, id: Id) -> Option<&AgendaItem> {
        self.agenda.iter().map(AsRef::as_ref).find(|a| a.id == id)
    }

    /// The display name of an organisation, or a placeholder for a dangling reference.
    pub fn organisation_name(&self, id: Option<Id>) -> String {
        match id.and_then(|id| self.organisation(id)) {
            Some(org) => org.name.clone(),
            None if id.is_some() => unknown_organisation(),
            None => String::new(),
        }
    }

    /// The display name of a person, or a placeholder for a dangling reference.
    pub fn person_name(&self, id: Option<Id>) -> String {
        match id {
            Some(id) => match self.person(id) {
                Some(person) => person.name.clone(),
                None => self.missing_person_name(id),
            },
            None => String::new(),
        }
    }

    /// What stands for a person not in the registry: erased on request, left
    /// out of a copy for the public, or unknown.
    pub fn missing_person_name(&self, id: Id) -> String {
        if self.erased.contains(&id) {
            tr!("personal-erased")
        } else if self.not_listed.contains(&id) {
            tr!("personal-not-listed")
        } else {
            tr!("unknown-person")
        }
    }

    /// The name of whoever has a speaking turn: the registry's name, or the name
    /// given for a speaker from the floor who is not registered.
    pub fn speaker_name(&self, turn: &SpeakerTurn) -> String {
        match self.person(turn.person) {
            Some(person) => person.name.clone(),
            None if !turn.guest.trim().is_empty() => turn.guest.clone(),
            None => self.missing_person_name(turn.person),
        }
    }

    pub fn record(&self, id: Id) -> Option<&Record> {
        self.records.iter().map(AsRef::as_ref).find(|r| r.id == id)
    }

    /// Counts for the one-screen summary of `majlis check`.
    pub fn summary(&self) -> Summary {
        Summary::of(self)
    }
}

/// How a session file's name ends. A file manager opens such files with
/// Majlis (the desktop's MIME type for them matches this ending), while other
/// RON files keep whatever opens them; any `.ron` file still opens in Majlis.
pub const SESSION_ENDING: &str = ".majlis.ron";

/// The name a meeting's files share, made from its title: lower case words
/// joined by dashes, or "meeting".
pub fn stem_for(title: &str) -> String {
    let slug: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if slug.is_empty() {
        "meeting".to_owned()
    } else {
        slug.join("-")
    }
}

/// A session file name for a meeting title, as [`stem_for`] and [`SESSION_ENDING`].
pub fn file_name_for(title: &str) -> String {
    format!("{}{SESSION_ENDING}", stem_for(title))
}

/// The meeting's name in a session file's name: without `.majlis.ron`, or
/// without its last extension for any other name.
pub fn session_stem(path: &std::path::Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    if let Some(stem) = name.strip_suffix(SESSION_ENDING).filter(|s| !s.is_empty()) {
        return Some(stem.to_owned());
    }
    Some(path.file_stem()?.to_string_lossy().into_owned())
}

/// What stands for an organisation a record refers to that is not in the registry.
pub fn unknown_organisation() -> String {
    tr!("unknown-organisation")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_titles() {
        assert_eq!(
            file_name_for("Expert group meeting, Beirut 2007"),
            "expert-group-meeting-beirut-2007.majlis.ron"
        );
        assert_eq!(file_name_for("  ?! "), "meeting.majlis.ron");
    }

    #[test]
    fn session_stems_drop_the_whole_ending() {
        let stem = |p: &str| session_stem(std::path::Path::new(p));
        assert_eq!(stem("a/beirut.majlis.ron").as_deref(), Some("beirut"));
        assert_eq!(stem("a/beirut.ron").as_deref(), Some("beirut"));
        assert_eq!(stem("a/.majlis.ron").as_deref(), Some(".majlis"));
        assert_eq!(stem("a/notes").as_deref(), Some("notes"));
    }
}
