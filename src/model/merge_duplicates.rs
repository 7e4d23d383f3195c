//! Two records a merge found to be the same organisation or person (see
//! [`Duplicate`]), made one once the user confirms it: ours is kept, theirs
//! goes, and whatever pointed to theirs points to ours. Nothing of theirs is
//! lost: ours' empty fields are filled from theirs, lists are joined, and a
//! value of theirs that differs from ours is set aside as a [`MergeNote`] on
//! ours, as an imported list fills and reports (see [`crate::model::import`]).

use std::collections::HashSet;
use std::sync::Arc;

use super::diff::RecordType;
use super::fold::fold;
use super::import::{Note, merge_organisation, merge_person, org_key};
use super::merge::Duplicate;
use super::{Document, Id, MergeNote, Organisation, RecordKind, now};

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

/// Keeps `ours`, filled from theirs: the names only theirs had become
/// aliases, so that the other spelling still finds it.
fn merge_organisations(doc: &mut Document, ours: Id, theirs: Id) -> bool {
    let Some(gone) = doc.organisations.iter().position(|o| o.id == theirs) else {
        return false;
    };
    if !doc.organisations.iter().any(|o| o.id == ours) {
        return false;
    }
    let gone = doc.organisations.remove(gone);
    let mut notes = Vec::new();
    if let Some(org) = doc.organisations.iter_mut().find(|o| o.id == ours) {
        let mut merged = org.as_ref().clone();
        fill_organisation(&mut merged, &gone, &doc.vocabularies, &mut notes);
        if merged != **org {
            *org = Arc::new(merged);
        }
    }
    set_aside(doc, ours, RecordType::Organisation, notes);
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
        // An organisation may hold several roles; the same role twice is once.
        let mut seen = HashSet::new();
        p.partners
            .retain(|role| seen.insert((role.organisation, role.role.clone())));
        for change in &mut p.partner_history {
            if change.organisation == theirs {
                change.organisation = ours;
            }
        }
    }
    notes_to(doc, ours, theirs);
    true
}

/// Keeps `ours`, filled from theirs, with the days either was seen at the
/// meeting.
fn merge_people(doc: &mut Document, ours: Id, theirs: Id) -> bool {
    let Some(gone) = doc.people.iter().position(|p| p.id == theirs) else {
        return false;
    };
    if !doc.people.iter().any(|p| p.id == ours) {
        return false;
    }
    let gone = doc.people.remove(gone);
    let mut notes = Vec::new();
    if let Some(person) = doc.people.iter().find(|p| p.id == ours) {
        let mut merged = person.as_ref().clone();
        merged.attendance.sort_unstable();
        merged.attendance.dedup();
        let name = |id| doc.organisation_name(Some(id));
        let (consent, level) = (Some(gone.consent), Some(gone.contact_confidentiality));
        merge_person(&mut merged, &gone, consent, level, name, &mut notes);
        if let Some(person) = doc.people.iter_mut().find(|p| p.id == ours)
            && merged != **person
        {
            *person = Arc::new(merged);
        }
    }
    set_aside(doc, ours, RecordType::Person, notes);
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

/// Fills `org` from `other`, the same organisation: empty fields take
/// other's values, other's names and lists join ours, and a value that
/// differs from ours is noted in `notes`.
fn fill_organisation(
    org: &mut Organisation,
    other: &Organisation,
    terms: &super::Vocabularies,
    notes: &mut Vec<Note>,
) {
    join(&mut org.focus_areas, &other.focus_areas);
    join(&mut org.offers, &other.offers);
    join(&mut org.needs, &other.needs);
    // Theirs' names are theirs' aliases: an acronym only theirs has fills ours.
    let given = Organisation {
        name: org.name.clone(),
        aliases: Vec::new(),
        focus_areas: Vec::new(),
        offers: Vec::new(),
        needs: Vec::new(),
        ..other.clone()
    };
    merge_organisation(org, &given, true, terms, notes);
    // Names are told apart as the merge recognised them: "A.I.C.T.O." is "AICTO".
    let mut known: HashSet<String> = [&org.name, &org.name_ar, &org.acronym]
        .into_iter()
        .chain(&org.aliases)
        .map(|name| org_key(name))
        .collect();
    let new: Vec<String> = [&other.name, &other.name_ar, &other.acronym]
        .into_iter()
        .chain(&other.aliases)
        .filter(|name| {
            let key = org_key(name);
            !key.is_empty() && known.insert(key)
        })
        .cloned()
        .collect();
    org.aliases.extend(new);
}

/// Adds to `list` the items of `other` it lacks, told apart as searches
/// tell them apart ("Training" is "training").
fn join(list: &mut Vec<String>, other: &[String]) {
    let mut known: HashSet<String> = list.iter().map(|item| fold(item.trim())).collect();
    for item in other {
        let key = fold(item.trim());
        if !key.is_empty() && known.insert(key) {
            list.push(item.clone());
        }
    }
}

/// Attaches to `record` the values of theirs that differ from ours, the
/// field named in words.
fn set_aside(doc: &mut Document, record: Id, kind: RecordType, notes: Vec<Note>) {
    let at = now();
    let notes = notes.into_iter().filter_map(|note| match note {
        Note::Kept { field, kept, given } => Some(MergeNote {
            id: Id::new(),
            record,
            kind: kind.key().to_owned(),
            field: field.label(),
            kept,
            set_aside: given,
            from: String::new(),
            at,
        }),
        _ => None,
    });
    super::merge::add_notes(&mut doc.merge_notes, notes);
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
        let ours = org("Berytech", "BT");
        let theirs = org("Berytech SAL", "B.T.");
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
            ["Berytech SAL"],
            "the same acronym is no alias"
        );
        assert_eq!(doc.merge_notes.len(), 1, "nothing differs");
        assert_eq!(doc.people[0].organisation, Some(a));
        let p = &doc.partnerships[0];
        assert_eq!(p.lead, Some(a));
        let roles: Vec<(Id, &str)> = p
            .partners
            .iter()
            .map(|r| (r.organisation, r.role.as_str()))
            .collect();
        assert_eq!(
            roles,
            [(a, "host"), (a, "funder")],
            "an organisation holds both roles"
        );
        assert_eq!(doc.merge_notes[0].record, a);
    }

    #[test]
    fn the_same_role_twice_of_one_organisation_is_once() {
        let mut doc = Document::default();
        let (ours, theirs) = (org("Berytech", ""), org("BERYTECH", ""));
        let (a, b) = (ours.id, theirs.id);
        doc.organisations = vec![Arc::new(ours), Arc::new(theirs)];
        let role = |organisation, role: &str| PartnerRole {
            organisation,
            role: role.to_owned(),
            ..PartnerRole::default()
        };
        let other = Id::new();
        doc.partnerships.push(Arc::new(Partnership {
            partners: vec![
                role(a, "host"),
                role(other, "host"),
                role(b, "host"),
                role(b, "funder"),
            ],
            ..Partnership::default()
        }));
        assert!(merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, a, b)
        ));
        let roles: Vec<(Id, &str)> = doc.partnerships[0]
            .partners
            .iter()
            .map(|r| (r.organisation, r.role.as_str()))
            .collect();
        assert_eq!(roles, [(a, "host"), (other, "host"), (a, "funder")]);
    }

    #[test]
    fn an_organisation_takes_theirs_fields_lists_and_sets_aside_what_differs() {
        let mut doc = Document::default();
        let ours = Organisation {
            name: "Berytech".to_owned(),
            country: "LB".to_owned(),
            website: "https://berytech.org".to_owned(),
            focus_areas: vec!["innovation".to_owned()],
            offers: vec!["Training".to_owned()],
            ..Organisation::default()
        };
        let theirs = Organisation {
            name: "Berytech".to_owned(),
            name_ar: "بيريتك".to_owned(),
            country: "FR".to_owned(),
            website: "https://berytech.org/".to_owned(),
            contact: "info@berytech.org".to_owned(),
            stakeholder_type: "private-sector".to_owned(),
            focus_areas: vec!["innovation".to_owned(), "connectivity".to_owned()],
            offers: vec!["training".to_owned(), "Mentoring".to_owned()],
            needs: vec!["Funding".to_owned()],
            aliases: vec!["Berytech Fund".to_owned()],
            contact_confidentiality: crate::model::Confidentiality::Organisers,
            ..Organisation::default()
        };
        let (a, b) = (ours.id, theirs.id);
        doc.organisations = vec![Arc::new(ours), Arc::new(theirs)];
        assert!(merge_duplicate(
            &mut doc,
            &duplicate(RecordType::Organisation, a, b)
        ));
        let org = &doc.organisations[0];
        assert_eq!(org.name_ar, "بيريتك");
        assert_eq!(org.country, "LB", "ours is kept");
        assert_eq!(org.website, "https://berytech.org", "the same site");
        assert_eq!(org.contact, "info@berytech.org");
        assert_eq!(org.stakeholder_type, "private-sector");
        assert_eq!(org.focus_areas, ["innovation", "connectivity"]);
        assert_eq!(org.offers, ["Training", "Mentoring"]);
        assert_eq!(org.needs, ["Funding"]);
        assert_eq!(org.aliases, ["Berytech Fund"]);
        let notes: Vec<(&str, &str, &str, &str)> = doc
            .merge_notes
            .iter()
            .inspect(|n| assert_eq!((n.record, n.kind.as_str()), (a, "organisation")))
            .map(|n| {
                (
                    n.field.as_str(),
                    n.kept.as_str(),
                    n.set_aside.as_str(),
                    n.from.as_str(),
                )
            })
            .collect();
        assert_eq!(
            notes,
            [
                ("Country", "LB", "FR", ""),
                ("Contact confidentiality", "Public", "Organisers only", ""),
            ]
        );
    }

    #[test]
    fn a_person_takes_theirs_fields_and_sets_aside_what_differs() {
        let mut doc = Document::default();
        let (org_a, org_b) = (org("Berytech", ""), org("AICTO", ""));
        let ours = Person {
            name: "Rania Khoury".to_owned(),
            email: "rania@berytech.org".to_owned(),
            organisation: Some(org_a.id),
            ..Person::default()
        };
        let theirs = Person {
            name: "Rania Khoury".to_owned(),
            email: "RANIA@berytech.org".to_owned(),
            phone: "+961 1 234 567".to_owned(),
            role: "Director".to_owned(),
            organisation: Some(org_b.id),
            consent: true,
            ..Person::default()
        };
        let (a, b) = (ours.id, theirs.id);
        doc.organisations = vec![Arc::new(org_a), Arc::new(org_b)];
        doc.people = vec![Arc::new(ours), Arc::new(theirs)];
        assert!(merge_duplicate(&mut doc, &duplicate(RecordType::Person, a, b)));
        let person = &doc.people[0];
        assert_eq!(doc.people.len(), 1);
        assert_eq!(person.email, "rania@berytech.org");
        assert_eq!(person.phone, "+961 1 234 567");
        assert_eq!(person.role, "Director");
        assert!(!person.consent, "ours is kept");
        let notes: Vec<(&str, &str, &str)> = doc
            .merge_notes
            .iter()
            .inspect(|n| assert_eq!((n.record, n.kind.as_str()), (a, "person")))
            .map(|n| (n.field.as_str(), n.kept.as_str(), n.set_aside.as_str()))
            .collect();
        assert_eq!(
            notes,
            [("Organisation", "Berytech", "AICTO"), ("Consent", "No", "Yes")]
        );
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
