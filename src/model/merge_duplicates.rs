//! Two records a merge found to be the same organisation or person (see
//! [`Duplicate`]), made one once the user confirms it: ours is kept, theirs
//! goes, and whatever pointed to theirs points to ours.

use std::collections::HashSet;
use std::sync::Arc;

use super::diff::RecordType;
use super::import::org_key;
use super::merge::Duplicate;
use super::{Document, Id, RecordKind};

/// Makes the two records of `duplicate` one in `doc`; false when either is
/// no longer there (nothing is changed then).
pub fn merge_duplicate(doc: &mut Document, duplicate: &Duplicate) -> bool {
    let (ours, theirs) = (duplicate.ours, duplicate.theirs);
    if ours == theirs {
        return false;
    }
    if duplicate.kind == RecordType::Organisation.key() {
        merge_organisations(doc, ours, theirs)
    } else if duplicate.kind == RecordType::Person.key() {
        merge_people(doc, ours, theirs)
    } else {
        false
    }
}

/// Keeps `ours`, with the names only theirs had as aliases, so that the
/// other spelling still finds it.
fn merge_organisations(doc: &mut Document, ours: Id, theirs: Id) -> bool {
    let Some(gone) = doc.organisations.iter().position(|o| o.id == theirs) else {
        return false;
    };
    if !doc.organisations.iter().any(|o| o.id == ours) {
        return false;
    }
    let gone = doc.organisations.remove(gone);
    if let Some(org) = doc.organisations.iter_mut().find(|o| o.id == ours) {
        // Names are told apart as the merge recognised them: "A.I.C.T.O." is "AICTO".
        let mut known: HashSet<String> = [&org.name, &org.name_ar, &org.acronym]
            .into_iter()
            .chain(&org.aliases)
            .map(|name| org_key(name))
            .collect();
        let new: Vec<String> = [&gone.name, &gone.name_ar, &gone.acronym]
            .into_iter()
            .chain(&gone.aliases)
            .filter(|name| {
                let key = org_key(name);
                !key.is_empty() && known.insert(key)
            })
            .cloned()
            .collect();
        if !new.is_empty() {
            Arc::make_mut(org).aliases.extend(new);
        }
    }
    for person in &mut doc.people {
        if person.organisation == Some(theirs) {
            Arc::make_mut(person).organisation = Some(ours);
        }
    }
    for source in &mut doc.funding_sources {
        if source.organisation == Some(theirs) {
            Arc::make_mut(source).organisation = Some(ours);
        }
    }
    for partnership in &mut doc.partnerships {
        let refers = partnership.lead == Some(theirs)
            || partnership.partners.iter().any(|r| r.organisation == theirs)
            || partnership
                .partner_history
                .iter()
                .any(|c| c.organisation == theirs);
        if !refers {
            continue;
        }
        let p = Arc::make_mut(partnership);
        if p.lead == Some(theirs) {
            p.lead = Some(ours);
        }
        for role in &mut p.partners {
            if role.organisation == theirs {
                role.organisation = ours;
            }
        }
        // The same organisation twice among the partners is once, with its first role.
        let mut seen = HashSet::new();
        p.partners.retain(|role| seen.insert(role.organisation));
        for change in &mut p.partner_history {
            if change.organisation == theirs {
                change.organisation = ours;
            }
        }
    }
    notes_to(doc, ours, theirs);
    true
}

/// Keeps `ours`, with the days either was seen at the meeting.
fn merge_people(doc: &mut Document, ours: Id, theirs: Id) -> bool {
    let Some(gone) = doc.people.iter().position(|p| p.id == theirs) else {
        return false;
    };
    if !doc.people.iter().any(|p| p.id == ours) {
        return false;
    }
    let gone = doc.people.remove(gone);
    if let Some(person) = doc.people.iter_mut().find(|p| p.id == ours) {
        let days: Vec<_> = gone
            .attendance
            .iter()
            .filter(|day| !person.attendance.contains(day))
            .copied()
            .collect();
        if !days.is_empty() {
            let person = Arc::make_mut(person);
            person.attendance.extend(days);
            person.attendance.sort_unstable();
        }
    }
    let swap = |id: &mut Option<Id>| {
        if *id == Some(theirs) {
            *id = Some(ours);
        }
    };
    for item in &mut doc.agenda {
        let refers = item.facilitator == Some(theirs)
            || item.rapporteur == Some(theirs)
            || item.speakers.iter().any(|t| t.person == theirs);
        if refers {
            let item = Arc::make_mut(item);
            swap(&mut item.facilitator);
            swap(&mut item.rapporteur);
            for turn in &mut item.speakers {
                if turn.person == theirs {
                    turn.person = ours;
                }
            }
        }
    }
    for partnership in &mut doc.partnerships {
        if partnership.reporter == Some(theirs) {
            Arc::make_mut(partnership).reporter = Some(ours);
        }
    }
    for lead in &mut doc.leads {
        if lead.contact == Some(theirs) {
            Arc::make_mut(lead).contact = Some(ours);
        }
    }
    for record in &mut doc.records {
        if matches!(record.kind, RecordKind::Action { owner: Some(o), .. } if o == theirs)
            && let RecordKind::Action { owner, .. } = &mut Arc::make_mut(record).kind
        {
            swap(owner);
        }
    }
    notes_to(doc, ours, theirs);
    true
}

/// Values set aside for theirs now belong to ours.
fn notes_to(doc: &mut Document, ours: Id, theirs: Id) {
    for note in &mut doc.merge_notes {
        if note.record == theirs {
            note.record = ours;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        AgendaItem, FinancingLead, MergeNote, Organisation, PartnerRole, Partnership, Person, Record,
        SpeakerTurn,
    };

    fn duplicate(kind: RecordType, ours: Id, theirs: Id) -> Duplicate {
        Duplicate {
            kind: kind.key(),
            ours,
            theirs,
            ours_name: String::new(),
            theirs_name: String::new(),
        }
    }

    fn org(name: &str, acronym: &str) -> Organisation {
        Organisation {
            name: name.to_owned(),
            acronym: acronym.to_owned(),
            ..Organisation::default()
        }
    }

    #[test]
    fn an_organisation_keeps_ours_and_takes_what_pointed_to_theirs() {
        let mut doc = Document::default();
        let ours = org("Berytech", "");
        let theirs = org("BERYTECH", "B.T.");
        let (a, b) = (ours.id, theirs.id);
        doc.organisations = vec![Arc::new(ours), Arc::new(theirs)];
        let person = Person {
            organisation: Some(b),
            ..Person::default()
        };
        doc.people.push(Arc::new(person));
        doc.partnerships.push(Arc::new(Partnership {
            lead: Some(b),
            partners: vec![
                PartnerRole {
                    organisation: a,
                    role: "host".to_owned(),
                    ..PartnerRole::default()
                },
                PartnerRole {
                    organisation: b,
                    role: "funder".to_owned(),
                    ..PartnerRole::default()
                },
            ],
            ..Partnership::default()
        }));
        doc.merge_notes.push(MergeNote {
            record: b,
            ..MergeNote::default()
        });
        assert!(merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, a, b)
        ));
        assert_eq!(doc.organisations.len(), 1);
        assert_eq!(doc.organisations[0].id, a);
        assert_eq!(doc.organisations[0].name, "Berytech");
        assert_eq!(
            doc.organisations[0].aliases,
            ["B.T."],
            "the same name is no alias"
        );
        assert_eq!(doc.people[0].organisation, Some(a));
        let p = &doc.partnerships[0];
        assert_eq!(p.lead, Some(a));
        assert_eq!(p.partners.len(), 1);
        assert_eq!(p.partners[0].role, "host");
        assert_eq!(doc.merge_notes[0].record, a);
    }

    #[test]
    fn a_person_keeps_ours_and_takes_turns_leads_actions_and_days() {
        let mut doc = Document::default();
        let day = |d| chrono::NaiveDate::from_ymd_opt(2007, 9, d).unwrap_or_default();
        let ours = Person {
            name: "Rania Khoury".to_owned(),
            attendance: vec![day(5)],
            ..Person::default()
        };
        let theirs = Person {
            name: "Rania Khouri".to_owned(),
            attendance: vec![day(6), day(5)],
            ..Person::default()
        };
        let (a, b) = (ours.id, theirs.id);
        let other = Person::default();
        let c = other.id;
        doc.people = vec![Arc::new(ours), Arc::new(other), Arc::new(theirs)];
        doc.agenda.push(Arc::new(AgendaItem {
            rapporteur: Some(b),
            facilitator: Some(c),
            speakers: vec![SpeakerTurn {
                person: b,
                ..SpeakerTurn::default()
            }],
            ..AgendaItem::default()
        }));
        doc.leads.push(Arc::new(FinancingLead {
            contact: Some(b),
            ..FinancingLead::default()
        }));
        doc.records.push(Arc::new(Record {
            kind: RecordKind::Action {
                owner: Some(b),
                due: None,
                status: crate::model::ActionStatus::Open,
            },
            ..Record::default()
        }));
        assert!(merge_duplicate(&mut doc, &duplicate(RecordType::Person, a, b)));
        assert_eq!(doc.people.iter().map(|p| p.id).collect::<Vec<_>>(), [a, c]);
        assert_eq!(doc.people[0].name, "Rania Khoury");
        assert_eq!(doc.people[0].attendance, [day(5), day(6)]);
        assert_eq!(doc.agenda[0].rapporteur, Some(a));
        assert_eq!(doc.agenda[0].facilitator, Some(c));
        assert_eq!(doc.agenda[0].speakers[0].person, a);
        assert_eq!(doc.leads[0].contact, Some(a));
        assert!(matches!(doc.records[0].kind, RecordKind::Action { owner: Some(o), .. } if o == a));
    }

    #[test]
    fn a_pair_no_longer_there_changes_nothing() {
        let mut doc = Document::default();
        let ours = org("Berytech", "");
        let a = ours.id;
        doc.organisations.push(Arc::new(ours));
        let before = doc.clone();
        assert!(!merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, a, Id::new())
        ));
        assert!(!merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, Id::new(), a)
        ));
        assert!(!merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, a, a)
        ));
        assert!(!merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Person, a, Id::new())
        ));
        assert_eq!(doc, before);
    }
}
