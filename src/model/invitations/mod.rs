//! Who is invited: the invitation status of people and organisations, with
//! the date of each change and the organisers' contact for each; the
//! shortlist of prospects ranked by their capacity to form partnerships
//! (`shortlist`), the balance of the room against the organisers' targets
//! (`balance`) and the invitation letters (`letters`).

use serde::{Deserialize, Serialize};

use super::{Document, Person, Stamp};
use crate::i18n::Language;
use crate::tr;

pub mod balance;
pub mod letters;
mod settings;
pub mod shortlist;

pub use settings::{CountryGroup, Scope, Settings, Target, Weights, type_in_sentence};

/// Where an invitation stands, as the organisers record it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// In the registry, not invited (yet).
    #[default]
    Prospect,
    Invited,
    Confirmed,
    Declined,
}

impl Status {
    /// The statuses an organiser sets, in the order a menu lists them.
    pub const ALL: [Self; 4] = [Self::Prospect, Self::Invited, Self::Confirmed, Self::Declined];
}

/// Where someone stands for the meeting: their [`Status`], unless check-in
/// says they came. Someone who declined and came anyway attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    // Ordered by how far an invitation went: an organisation stands where
    // the furthest of its own invitation and its people's stands.
    Prospect,
    Declined,
    Invited,
    Confirmed,
    Attended,
}

impl Standing {
    pub const ALL: [Self; 5] = [
        Self::Prospect,
        Self::Invited,
        Self::Confirmed,
        Self::Declined,
        Self::Attended,
    ];

    /// The standing's name, such as "Confirmed".
    pub fn label(self) -> String {
        match self {
            Self::Prospect => tr!("invitation-prospect"),
            Self::Invited => tr!("invitation-invited"),
            Self::Confirmed => tr!("invitation-confirmed"),
            Self::Declined => tr!("invitation-declined"),
            Self::Attended => tr!("invitation-attended"),
        }
    }

    /// Whether they will be, or were, in the room: the participants the
    /// shortlist and the balance of the room count.
    pub fn is_coming(self) -> bool {
        matches!(self, Self::Confirmed | Self::Attended)
    }
}

impl From<Status> for Standing {
    fn from(status: Status) -> Self {
        match status {
            Status::Prospect => Self::Prospect,
            Status::Invited => Self::Invited,
            Status::Confirmed => Self::Confirmed,
            Status::Declined => Self::Declined,
        }
    }
}

/// One change of an invitation's status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: Status,
    pub at: Stamp,
}

/// The invitation of a person or an organisation (format 7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invitation {
    pub status: Status,
    /// Each change of status, oldest first.
    pub changes: Vec<StatusChange>,
    /// Who among the organisers follows this invitation.
    pub contact: String,
    /// The language of the letter.
    pub language: Language,
}

impl Invitation {
    /// Whether nothing was ever recorded: such an invitation is not written to the file.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// This invitation with its status set to `status` at `at`, the change
    /// noted; `None` when it already has that status.
    pub fn with_status(&self, status: Status, at: Stamp) -> Option<Self> {
        if self.status == status {
            return None;
        }
        let mut changed = self.clone();
        changed.status = status;
        changed.changes.push(StatusChange { status, at });
        Some(changed)
    }

    /// When the status was last set to what it is now, if it was ever set.
    /// The latest such change, whatever its place: a merge of two laptops'
    /// histories keeps both, not necessarily in time order.
    pub fn since(&self) -> Option<Stamp> {
        self.changes
            .iter()
            .filter(|c| c.status == self.status)
            .map(|c| c.at)
            .max()
    }
}

/// Where `person` stands: attended when check-in saw them on any day.
pub fn person_standing(person: &Person) -> Standing {
    if person.attendance.is_empty() {
        person.invitation.status.into()
    } else {
        Standing::Attended
    }
}

/// Where each organisation of `doc` stands, by its position in
/// `doc.organisations`: the furthest of its own invitation and its people's
/// (an organisation with one person confirmed is confirmed).
pub fn organisation_standings(doc: &Document) -> Vec<Standing> {
    let position: std::collections::HashMap<super::Id, usize> = doc
        .organisations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    let mut standings: Vec<Standing> = doc
        .organisations
        .iter()
        .map(|o| Standing::from(o.invitation.status))
        .collect();
    for person in &doc.people {
        let Some(slot) = person
            .organisation
            .and_then(|id| position.get(&id))
            .and_then(|&i| standings.get_mut(i))
        else {
            continue;
        };
        *slot = (*slot).max(person_standing(person));
    }
    standings
}

/// Where one organisation stands (see [`organisation_standings`]), reading
/// every person: for tests and single look-ups, never for a list.
#[cfg(test)]
pub fn organisation_standing(doc: &Document, org: &super::Organisation) -> Standing {
    doc.people
        .iter()
        .filter(|p| p.organisation == Some(org.id))
        .map(|p| person_standing(p))
        .fold(org.invitation.status.into(), Standing::max)
}

#[cfg(test)]
mod tests;
