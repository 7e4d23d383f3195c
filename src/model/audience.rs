//! Who may see what. Every record carries a [`Confidentiality`]; every export,
//! copy and projection goes through [`for_audience`], so what the public may
//! not see is left out in one place.

use crate::tr;
use std::collections::HashSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Document, Id};

/// Who may see a record (or, on people and organisations, their contact details).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidentiality {
    /// Anyone: the report, the projector, the list of participants.
    #[default]
    Public,
    /// The organisers alone, such as a note on a funder's position or a
    /// partnership still under negotiation.
    Organisers,
}

impl Confidentiality {
    pub const ALL: [Self; 2] = [Self::Public, Self::Organisers];

    pub fn label(self) -> String {
        match self {
            Self::Public => tr!("confidentiality-public"),
            Self::Organisers => tr!("confidentiality-organisers"),
        }
    }
}

/// Who a copy of the document is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    Public,
    /// The meeting's team, such as a rapporteur with a copy: what the public
    /// may see, and every participant, named or not.
    Team,
    Organisers,
}

/// Whether `audience` may see what is marked `confidentiality`.
pub fn visible(audience: Audience, confidentiality: Confidentiality) -> bool {
    match audience {
        Audience::Organisers => true,
        Audience::Public | Audience::Team => confidentiality == Confidentiality::Public,
    }
}

/// A copy of `doc` holding only what `audience` may see: records, agenda
/// items, partnerships and funding sources it may not see are left out, and
/// so are the records captured under an agenda item it may not see; contact
/// details marked for the organisers are blanked, leaving the names. People
/// who did not agree to be named are left out of a copy for the public, and
/// whatever refers to them (a speaking turn, an action item, a lead) reads
/// "(not listed)" there. What remains no longer points at what was left out
/// (recommendations, the item a partnership was born at).
pub fn for_audience(doc: &Document, audience: Audience) -> Document {
    let shown = |c: Confidentiality| visible(audience, c);
    let mut copy = doc.clone();
    copy.agenda.retain(|item| shown(item.confidentiality));
    let hidden_items: HashSet<Id> = doc
        .agenda
        .iter()
        .filter(|item| !shown(item.confidentiality))
        .map(|item| item.id)
        .collect();
    let under_hidden_item = |id: Option<Id>| id.is_some_and(|id| hidden_items.contains(&id));
    copy.records
        .retain(|r| shown(r.confidentiality) && !under_hidden_item(r.agenda_item));
    copy.partnerships.retain(|p| shown(p.confidentiality));
    for partnership in &mut copy.partnerships {
        if under_hidden_item(partnership.born_at) {
            Arc::make_mut(partnership).born_at = None;
        }
    }
    copy.funding_sources.retain(|f| shown(f.confidentiality));
    let partnerships: std::collections::HashSet<super::Id> = copy.partnerships.iter().map(|p| p.id).collect();
    copy.leads
        .retain(|l| shown(l.confidentiality) && partnerships.contains(&l.partnership));
    if audience == Audience::Public {
        leave_out_without_consent(&mut copy);
    }
    for person in &mut copy.people {
        if !shown(person.contact_confidentiality) {
            let person = Arc::make_mut(person);
            person.email.clear();
            person.phone.clear();
        }
    }
    for organisation in &mut copy.organisations {
        if !shown(organisation.contact_confidentiality) {
            Arc::make_mut(organisation).contact.clear();
        }
    }
    if audience != Audience::Organisers {
        forget_invitations(&mut copy);
    }
    let kept: HashSet<Id> = copy.records.iter().map(|r| r.id).collect();
    let left_out: HashSet<Id> = doc
        .records
        .iter()
        .map(|r| r.id)
        .filter(|id| !kept.contains(id))
        .collect();
    copy.meeting.recommendations.retain(|id| !left_out.contains(id));
    copy
}

/// Who was invited, who declined and who follows them are the organisers'
/// business; whether someone came stays (it is their attendance).
fn forget_invitations(copy: &mut Document) {
    copy.invitations = super::invitations::Settings::default();
    for person in &mut copy.people {
        if !person.invitation.is_empty() {
            Arc::make_mut(person).invitation = super::invitations::Invitation::default();
        }
    }
    for organisation in &mut copy.organisations {
        if !organisation.invitation.is_empty() {
            Arc::make_mut(organisation).invitation = super::invitations::Invitation::default();
        }
    }
}

/// Leaves out of `copy` the people without consent; their ids go to
/// [`Document::not_listed`] so references to them read "(not listed)", and a
/// name typed for them on a speaking turn is forgotten.
fn leave_out_without_consent(copy: &mut Document) {
    let left_out: HashSet<Id> = copy.people.iter().filter(|p| !p.consent).map(|p| p.id).collect();
    if left_out.is_empty() {
        return;
    }
    copy.people.retain(|p| !left_out.contains(&p.id));
    for item in &mut copy.agenda {
        let named = |t: &super::SpeakerTurn| left_out.contains(&t.person) && !t.guest.is_empty();
        if item.speakers.iter().any(named) {
            for turn in &mut Arc::make_mut(item).speakers {
                if left_out.contains(&turn.person) {
                    turn.guest.clear();
                }
            }
        }
    }
    copy.not_listed.extend(left_out);
    copy.not_listed.sort();
    copy.not_listed.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItem, FundingSource, Organisation, Partnership, Person, Record};

    const SECRET: Confidentiality = Confidentiality::Organisers;

    fn document() -> Document {
        let mut doc = Document::new_meeting();
        let open_item = AgendaItem::default();
        let closed_item = AgendaItem {
            confidentiality: SECRET,
            ..AgendaItem::default()
        };
        let records = [
            Record {
                text: "public note".to_owned(),
                agenda_item: Some(open_item.id),
                ..Record::default()
            },
            Record {
                text: "secret note".to_owned(),
                confidentiality: SECRET,
                ..Record::default()
            },
            Record {
                text: "note of a closed session".to_owned(),
                agenda_item: Some(closed_item.id),
                ..Record::default()
            },
        ];
        doc.meeting.recommendations = records.iter().map(|r| r.id).collect();
        let gone = Id::new();
        doc.meeting.recommendations.push(gone);
        doc.records = records.into_iter().map(Arc::new).collect();
        doc.partnerships = vec![
            Arc::new(Partnership {
                title: "open".to_owned(),
                born_at: Some(closed_item.id),
                ..Partnership::default()
            }),
            Arc::new(Partnership {
                title: "negotiating".to_owned(),
                confidentiality: SECRET,
                ..Partnership::default()
            }),
        ];
        doc.funding_sources = vec![
            Arc::new(FundingSource::default()),
            Arc::new(FundingSource {
                confidentiality: SECRET,
                ..FundingSource::default()
            }),
        ];
        doc.people = vec![
            Arc::new(Person {
                name: "Rania".to_owned(),
                email: "rania@example.org".to_owned(),
                phone: "+961 1 000 000".to_owned(),
                contact_confidentiality: SECRET,
                consent: true,
                ..Person::default()
            }),
            Arc::new(Person {
                name: "Karim".to_owned(),
                email: "karim@example.org".to_owned(),
                contact_confidentiality: Confidentiality::Public,
                consent: true,
                ..Person::default()
            }),
        ];
        doc.organisations = vec![Arc::new(Organisation {
            name: "Berytech".to_owned(),
            contact: "info@example.org".to_owned(),
            website: "https://example.org".to_owned(),
            contact_confidentiality: SECRET,
            ..Organisation::default()
        })];
        doc.agenda = vec![Arc::new(open_item), Arc::new(closed_item)];
        doc
    }

    #[test]
    fn organisers_see_everything_and_the_public_what_is_public() {
        use Confidentiality::{Organisers, Public};
        assert!(visible(Audience::Organisers, Organisers));
        assert!(visible(Audience::Organisers, Public));
        assert!(visible(Audience::Public, Public));
        assert!(!visible(Audience::Public, Organisers));
        assert_eq!(Confidentiality::default(), Public);
    }

    #[test]
    fn who_was_invited_or_declined_stays_with_the_organisers() {
        use crate::model::invitations::{Invitation, Status, Weights};
        let mut doc = document();
        let stamp = crate::model::now();
        let declined = Invitation {
            contact: "Rania Khoury".to_owned(),
            ..Invitation::default()
        }
        .with_status(Status::Declined, stamp)
        .unwrap();
        for person in &mut doc.people {
            Arc::make_mut(person).invitation = declined.clone();
        }
        for organisation in &mut doc.organisations {
            Arc::make_mut(organisation).invitation = declined.clone();
        }
        doc.invitations.weights = Weights {
            gaps: 99,
            ..Weights::default()
        };
        assert!(!doc.people.is_empty() && !doc.organisations.is_empty());
        for audience in [Audience::Public, Audience::Team] {
            let copy = for_audience(&doc, audience);
            assert!(
                copy.people.iter().all(|p| p.invitation.is_empty()),
                "{audience:?}"
            );
            assert!(
                copy.organisations.iter().all(|o| o.invitation.is_empty()),
                "{audience:?}"
            );
            assert!(copy.invitations.is_default(), "{audience:?}");
        }
        let organisers = for_audience(&doc, Audience::Organisers);
        assert!(organisers.people.iter().all(|p| p.invitation == declined));
        assert_eq!(organisers.invitations.weights.gaps, 99);
    }

    #[test]
    fn the_organisers_copy_is_the_document() {
        let doc = document();
        assert_eq!(for_audience(&doc, Audience::Organisers), doc);
    }

    #[test]
    fn the_public_copy_leaves_out_what_is_for_the_organisers() {
        let doc = document();
        let public = for_audience(&doc, Audience::Public);
        let texts: Vec<&str> = public.records.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["public note"]);
        assert_eq!(public.agenda.len(), 1);
        assert_eq!(public.partnerships.len(), 1);
        assert_eq!(public.partnerships[0].title, "open");
        assert_eq!(public.partnerships[0].born_at, None, "born at a closed session");
        assert_eq!(public.funding_sources.len(), 1);
        // A recommendation that names a record no longer in the document stays as it was.
        assert_eq!(
            public.meeting.recommendations,
            [doc.records[0].id, doc.meeting.recommendations[3]]
        );
    }

    #[test]
    fn the_public_copy_keeps_names_and_blanks_marked_contacts() {
        let public = for_audience(&document(), Audience::Public);
        let rania = &public.people[0];
        assert_eq!(rania.name, "Rania");
        assert!(rania.email.is_empty() && rania.phone.is_empty());
        assert_eq!(public.people[1].email, "karim@example.org");
        let org = &public.organisations[0];
        assert_eq!(org.name, "Berytech");
        assert_eq!(org.website, "https://example.org");
        assert!(org.contact.is_empty());
    }

    /// The team (a rapporteur's copy) sees what the public sees, with every
    /// participant named, consent or not: they record who spoke.
    #[test]
    fn the_team_sees_what_is_public_and_every_participant() {
        let mut doc = document();
        Arc::make_mut(&mut doc.people[1]).consent = false;
        let team = for_audience(&doc, Audience::Team);
        let public = for_audience(&doc, Audience::Public);
        assert_eq!(team.records, public.records);
        assert_eq!(team.partnerships, public.partnerships);
        assert_eq!(team.funding_sources, public.funding_sources);
        assert_eq!(team.people.len(), doc.people.len());
        assert_eq!(public.people.len(), doc.people.len() - 1);
        assert!(team.not_listed.is_empty());
        assert!(
            team.people[0].email.is_empty(),
            "contacts for the organisers are blanked"
        );
        assert!(team.organisations[0].contact.is_empty());
        assert!(visible(Audience::Team, Confidentiality::Public));
        assert!(!visible(Audience::Team, Confidentiality::Organisers));
    }

    #[test]
    fn the_document_itself_is_unchanged() {
        let doc = document();
        let before = doc.clone();
        let _ = for_audience(&doc, Audience::Public);
        assert_eq!(doc, before);
    }

    #[test]
    fn the_public_copy_leaves_out_people_without_consent() {
        use crate::model::{RecordKind, SpeakerTurn};
        let mut doc = document();
        let nadia = Person {
            name: "Nadia".to_owned(),
            email: "nadia@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            ..Person::default()
        };
        let id = nadia.id;
        doc.people.push(Arc::new(nadia));
        Arc::make_mut(&mut doc.agenda[0]).speakers.push(SpeakerTurn {
            person: id,
            guest: "Nadia".to_owned(),
            ..SpeakerTurn::default()
        });
        Arc::make_mut(&mut doc.records[0]).kind = RecordKind::Action {
            owner: Some(id),
            due: None,
            status: crate::model::ActionStatus::Open,
        };
        let public = for_audience(&doc, Audience::Public);
        assert!(public.person(id).is_none());
        assert_eq!(public.people.len(), 2);
        let text = crate::persistence::to_ron(&public).unwrap();
        assert!(!text.contains("Nadia") && !text.contains("nadia@"), "{text}");
        assert_eq!(public.speaker_name(&public.agenda[0].speakers[0]), "(not listed)");
        assert_eq!(
            public.person_name(public.records[0].action().unwrap().0),
            "(not listed)"
        );
        let organisers = for_audience(&doc, Audience::Organisers);
        assert_eq!(organisers.person_name(Some(id)), "Nadia");
    }
}
