//! Organisations and people each side added on its own that look like the
//! same one, recognised as an imported list recognises them: organisations
//! by a name, acronym or alias ([`org_key`]), people by their email, or by
//! their name in the same organisation.

use std::collections::{HashMap, HashSet};

use super::super::diff::RecordType;
use super::super::import::org_key;
use super::super::{Document, Id, Organisation, Person};

/// A record added in ours and one added in theirs that may be the same.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// "organisation" or "person".
    pub kind: &'static str,
    pub ours: Id,
    pub theirs: Id,
    pub ours_name: String,
    pub theirs_name: String,
}

/// The candidate pairs among the records only one side has.
pub(super) fn between(base: &Document, ours: &Document, theirs: &Document) -> Vec<Duplicate> {
    let ids = |doc: &Document| doc.organisations.iter().map(|o| o.id).collect::<Vec<_>>();
    let in_base: HashSet<Id> = ids(base).into_iter().collect();
    let ours_only: Vec<&Organisation> = added(&ours.organisations, theirs, &in_base, |d| ids(d));
    let theirs_only: Vec<&Organisation> = added(&theirs.organisations, ours, &in_base, |d| ids(d));
    let mut pairs = Vec::new();
    let mut by_key: HashMap<String, &Organisation> = HashMap::new();
    for org in &ours_only {
        for key in org_keys(org) {
            by_key.entry(key).or_insert(org);
        }
    }
    // Their organisation ids that stand for one of ours.
    let mut same_org: HashMap<Id, Id> = HashMap::new();
    for org in &theirs_only {
        if let Some(found) = org_keys(org).iter().find_map(|k| by_key.get(k)) {
            same_org.insert(org.id, found.id);
            pairs.push(Duplicate {
                kind: RecordType::Organisation.key(),
                ours: found.id,
                theirs: org.id,
                ours_name: name_of(found),
                theirs_name: name_of(org),
            });
        }
    }
    let people = |d: &Document| d.people.iter().map(|p| p.id).collect::<Vec<_>>();
    let in_base: HashSet<Id> = people(base).into_iter().collect();
    let ours_people: Vec<&Person> = added(&ours.people, theirs, &in_base, |d| people(d));
    let theirs_people: Vec<&Person> = added(&theirs.people, ours, &in_base, |d| people(d));
    let mut by_email: HashMap<String, &Person> = HashMap::new();
    let mut by_name: HashMap<(String, Option<Id>), &Person> = HashMap::new();
    for person in &ours_people {
        if let Some(email) = email(person) {
            by_email.entry(email).or_insert(person);
        }
        by_name
            .entry((org_key(&person.name), person.organisation))
            .or_insert(person);
    }
    for person in &theirs_people {
        let organisation = person
            .organisation
            .map(|id| same_org.get(&id).copied().unwrap_or(id));
        let found = email(person).and_then(|e| by_email.get(&e)).or_else(|| {
            let key = org_key(&person.name);
            (!key.is_empty())
                .then(|| by_name.get(&(key, organisation)))
                .flatten()
        });
        if let Some(found) = found {
            pairs.push(Duplicate {
                kind: RecordType::Person.key(),
                ours: found.id,
                theirs: person.id,
                ours_name: found.name.clone(),
                theirs_name: person.name.clone(),
            });
        }
    }
    pairs
}

/// The records of `list` neither the base nor `other` has.
fn added<'a, T: HasId>(
    list: &'a [std::sync::Arc<T>],
    other: &Document,
    in_base: &HashSet<Id>,
    ids: impl Fn(&Document) -> Vec<Id>,
) -> Vec<&'a T> {
    let in_other: HashSet<Id> = ids(other).into_iter().collect();
    list.iter()
        .map(AsRef::as_ref)
        .filter(|r| !in_base.contains(&r.id()) && !in_other.contains(&r.id()))
        .collect()
}

trait HasId {
    fn id(&self) -> Id;
}

impl HasId for Organisation {
    fn id(&self) -> Id {
        self.id
    }
}

impl HasId for Person {
    fn id(&self) -> Id {
        self.id
    }
}

fn org_keys(org: &Organisation) -> Vec<String> {
    [&org.name, &org.acronym, &org.name_ar]
        .into_iter()
        .chain(&org.aliases)
        .map(|name| org_key(name))
        .filter(|key| !key.is_empty())
        .collect()
}

fn name_of(org: &Organisation) -> String {
    if org.name.trim().is_empty() {
        org.name_ar.clone()
    } else {
        org.name.clone()
    }
}

fn email(person: &Person) -> Option<String> {
    let email = person.email.trim().to_lowercase();
    (!email.is_empty()).then_some(email)
}
