//! The invitees as a mail-merge table: the same people and organisations the
//! letters go to, with what a mail merge needs (titles and names in both
//! scripts, email, the letter's language, the organisers' contact). The
//! table is for the organisers: it holds email addresses.

use crate::model::Document;
use crate::model::invitations::letters::{Invitee, invitees};
use crate::model::invitations::{Standing, Status};
use crate::tr;

/// The invitees of `doc` as a CSV file, and how many rows it holds.
pub fn invitees_csv(doc: &Document) -> Result<(Vec<u8>, usize), String> {
    let rows: Vec<Vec<String>> = invitees(doc).iter().map(|i| row(doc, i)).collect();
    super::write(&header(), &rows).map(|bytes| (bytes, rows.len()))
}

fn header() -> Vec<String> {
    vec![
        tr!("letters-column-title"),
        tr!("letters-column-name"),
        tr!("letters-column-title-arabic"),
        tr!("letters-column-name-arabic"),
        tr!("letters-column-role"),
        tr!("letters-column-organisation"),
        tr!("letters-column-organisation-arabic"),
        tr!("letters-column-email"),
        tr!("letters-column-language"),
        tr!("letters-column-contact"),
        tr!("letters-column-status"),
        tr!("letters-column-invited-on"),
    ]
}

/// An invitee's row; a letter to an organisation leaves the person's cells empty.
fn row(doc: &Document, invitee: &Invitee<'_>) -> Vec<String> {
    let person = |field: fn(&crate::model::Person) -> &String| {
        invitee.person.map(|p| field(p).clone()).unwrap_or_default()
    };
    let organisation = |field: fn(&crate::model::Organisation) -> &String| {
        invitee.organisation.map(|o| field(o).clone()).unwrap_or_default()
    };
    let invited_on = invitee
        .invitation
        .changes
        .iter()
        .rev()
        .find(|change| change.status == Status::Invited)
        .map(|change| doc.meeting.room_clock(change.at).format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    vec![
        person(|p| &p.title),
        person(|p| &p.name),
        person(|p| &p.title_ar),
        person(|p| &p.name_ar),
        person(|p| &p.role),
        organisation(|o| &o.name),
        organisation(|o| &o.name_ar),
        person(|p| &p.email),
        invitee.language().own_name().to_owned(),
        invitee.contact().to_owned(),
        Standing::from(invitee.invitation.status).label(),
        invited_on,
    ]
}

#[cfg(test)]
#[path = "invitees_tests.rs"]
mod tests;
