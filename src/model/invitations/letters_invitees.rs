//! Who gets a letter: the people invited, and the organisations invited
//! with nobody of theirs invited, confirmed or at the meeting. The mail-merge table lists
//! the same invitees.

use std::collections::{HashMap, HashSet};

use crate::i18n::Language;
use crate::model::invitations::{Invitation, Standing, Status, person_standing};
use crate::model::{Document, Id, Organisation, Person};

/// Someone a letter goes to: a person invited, with their organisation, or
/// an organisation invited with nobody in it invited or confirmed.
#[derive(Clone, Copy, Debug)]
pub struct Invitee<'a> {
    pub person: Option<&'a Person>,
    pub organisation: Option<&'a Organisation>,
    /// The person's invitation, or the organisation's when there is no person.
    pub invitation: &'a Invitation,
}

impl Invitee<'_> {
    /// The language of the letter.
    pub fn language(&self) -> Language {
        self.invitation.language
    }

    /// Who among the organisers follows the invitation: the person's, else
    /// their organisation's.
    pub fn contact(&self) -> &str {
        let own = self.invitation.contact.trim();
        match self.organisation {
            Some(org) if own.is_empty() => org.invitation.contact.trim(),
            _ => own,
        }
    }

    /// The name in the latin alphabet where there is one, for file names and sorting.
    pub(super) fn latin_name(&self) -> &str {
        match (self.person, self.organisation) {
            (Some(person), _) => &person.name,
            (None, Some(org)) => &org.name,
            (None, None) => "",
        }
    }
}

/// Who gets a letter in `doc`: the people invited (and not seen at the
/// meeting since) in the registry's order, then the organisations invited
/// with nobody of theirs invited, confirmed or seen at the meeting (their
/// letter goes to the organisation itself).
pub fn invitees(doc: &Document) -> Vec<Invitee<'_>> {
    let positions: HashMap<Id, usize> = doc
        .organisations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    let organisation_of = |p: &Person| {
        p.organisation
            .and_then(|id| positions.get(&id))
            .and_then(|&i| doc.organisations.get(i))
            .map(AsRef::as_ref)
    };
    let mut answered: HashSet<Id> = HashSet::new();
    let mut invitees: Vec<Invitee<'_>> = Vec::new();
    for person in &doc.people {
        let standing = person_standing(person);
        if matches!(
            standing,
            Standing::Invited | Standing::Confirmed | Standing::Attended
        ) && let Some(org) = person.organisation
        {
            answered.insert(org);
        }
        if standing == Standing::Invited {
            invitees.push(Invitee {
                person: Some(person),
                organisation: organisation_of(person),
                invitation: &person.invitation,
            });
        }
    }
    for org in &doc.organisations {
        if org.invitation.status == Status::Invited && !answered.contains(&org.id) {
            invitees.push(Invitee {
                person: None,
                organisation: Some(org),
                invitation: &org.invitation,
            });
        }
    }
    invitees
}
