//! Who gets a letter: the people invited, and the organisations invited
//! with nobody of theirs invited or confirmed. The mail-merge table lists
//! the same invitees.

use crate::i18n::Language;
use crate::model::invitations::{Invitation, Status};
use crate::model::{Document, Organisation, Person};

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

/// Who gets a letter in `doc`: the people invited in the registry's order,
/// then the organisations invited with nobody of theirs invited or
/// confirmed (their letter goes to the organisation itself).
pub fn invitees(doc: &Document) -> Vec<Invitee<'_>> {
    let mut invitees: Vec<Invitee<'_>> = doc
        .people
        .iter()
        .filter(|p| p.invitation.status == Status::Invited)
        .map(|p| Invitee {
            person: Some(p),
            organisation: p.organisation.and_then(|id| doc.organisation(id)),
            invitation: &p.invitation,
        })
        .collect();
    for org in &doc.organisations {
        let someone = doc.people.iter().any(|p| {
            p.organisation == Some(org.id)
                && matches!(p.invitation.status, Status::Invited | Status::Confirmed)
        });
        if org.invitation.status == Status::Invited && !someone {
            invitees.push(Invitee {
                person: None,
                organisation: Some(org),
                invitation: &org.invitation,
            });
        }
    }
    invitees
}
