//! Organisations and people each side added on its own that look like the
//! same one, recognised as an imported list recognises them: organisations
//! by a name, acronym or alias ([`org_key`]), people by their email, or by
//! their name in the same organisation when their emails do not differ.

use std::collections::{HashMap, HashSet};

use super::super::diff::RecordType;
use super::super::import::{emails_agree, name_key, org_key};
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
    // Recognised as an imported list recognises them: by email, or by name
    // in the same organisation unless their emails differ.
    let mut by_email: HashMap<String, &Person> = HashMap::new();
    let mut by_name: HashMap<(String, Option<Id>), Vec<&Person>> = HashMap::new();
    for person in &ours_people {
        if let Some(email) = email(person) {
            by_email.entry(email).or_insert(person);
        }
        let key = name_key(&person.name);
        if !key.is_empty() {
            by_name
                .entry((key, person.organisation))
                .or_default()
                .push(person);
        }
    }
    for person in &theirs_people {
        let organisation = person
            .organisation
            .map(|id| same_org.get(&id).copied().unwrap_or(id));
        let found = email(person).and_then(|e| by_email.get(&e).copied()).or_else(|| {
            by_name
                .get(&(name_key(&person.name), organisation))?
                .iter()
                .find(|ours| emails_agree(ours.email.trim(), person.email.trim()))
                .copied()
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn person(name: &str, email: &str, organisation: Option<Id>) -> Person {
        Person {
            name: name.to_owned(),
            email: email.to_owned(),
            organisation,
            ..Person::default()
        }
    }

    /// The pairs of people found when ours added `ours` and theirs `theirs`,
    /// as (ours' name, theirs' name).
    fn pairs(ours: Vec<Person>, theirs: Vec<Person>) -> Vec<(String, String)> {
        let base = Document::default();
        let side = |people: Vec<Person>| Document {
            people: people.into_iter().map(Arc::new).collect(),
            ..Document::default()
        };
        between(&base, &side(ours), &side(theirs))
            .into_iter()
            .filter(|d| d.kind == RecordType::Person.key())
            .map(|d| (d.ours_name, d.theirs_name))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn people_with_the_same_email_are_paired_whatever_their_names() {
        let found = pairs(
            vec![person("Rania Khoury", "Rania@Berytech.org", None)],
            vec![person("R. Khouri", " rania@berytech.org", None)],
        );
        assert_eq!(found, [pair("Rania Khoury", "R. Khouri")]);
    }

    #[test]
    fn namesakes_in_one_organisation_are_paired_unless_their_emails_differ() {
        let org = Some(Id::new());
        let found = pairs(
            vec![
                person("Rania Khoury", "rania@berytech.org", org),
                person("Omar Haddad", "", org),
                person("Lina Saab", "lina@berytech.org", org),
            ],
            vec![
                person("RANIA  KHOURY", "rania.khoury@gmail.com", org),
                person("Omar Haddad", "omar@berytech.org", org),
                person("Lina Saab", "", org),
            ],
        );
        assert_eq!(
            found,
            [pair("Omar Haddad", "Omar Haddad"), pair("Lina Saab", "Lina Saab")]
        );
    }

    #[test]
    fn a_namesake_whose_email_agrees_is_found_after_one_whose_differs() {
        let org = Some(Id::new());
        let found = pairs(
            vec![
                person("Omar Haddad", "omar@aicto.org", org),
                person("Omar Haddad", "", org),
            ],
            vec![person("Omar Haddad", "omar@berytech.org", org)],
        );
        assert_eq!(found, [pair("Omar Haddad", "Omar Haddad")]);
    }

    #[test]
    fn namesakes_in_two_organisations_are_two_people() {
        let found = pairs(
            vec![person("Omar Haddad", "", Some(Id::new()))],
            vec![person("Omar Haddad", "", Some(Id::new()))],
        );
        assert!(found.is_empty());
    }
}
