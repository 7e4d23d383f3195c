//! Check-in at the door: who a few typed letters find, marking someone
//! present on a meeting day, and how many are present by stakeholder type and
//! by country.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::fold::fold_into;
use super::import::org_key;
use super::{Id, Organisation, Person, now};

/// A separator no one types, so that a query never matches across two fields.
const SEPARATOR: char = '\u{0}';

/// The folded text a check-in search looks in for a person: their names in
/// both scripts, email and role.
pub fn person_text(person: &Person) -> String {
    joined(&[&person.name, &person.name_ar, &person.email, &person.role])
}

/// The folded text a search looks in for an organisation: its names, acronym,
/// other names and country.
pub fn organisation_text(org: &Organisation) -> String {
    let mut fields: Vec<&str> = vec![&org.name, &org.name_ar, &org.acronym, &org.country];
    fields.extend(org.aliases.iter().map(String::as_str));
    joined(&fields)
}

fn joined(fields: &[&str]) -> String {
    let mut out = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        fold_into(field, &mut out);
    }
    out
}

/// Whether `person` (working for `org`) is found by `folded_query`: a few
/// letters of their name (in either script), email or role, or of their organisation's names.
pub fn matches(person: &Person, org: Option<&Organisation>, folded_query: &str) -> bool {
    folded_query.is_empty()
        || person_text(person).contains(folded_query)
        || org.is_some_and(|o| organisation_text(o).contains(folded_query))
}

/// Whether `person` attended on `day`.
pub fn is_present(person: &Person, day: NaiveDate) -> bool {
    person.attendance.contains(&day)
}

/// `person` marked present on `day`, days kept in order; `None` when they already are.
pub fn mark_present(person: &Person, day: NaiveDate) -> Option<Person> {
    if is_present(person, day) {
        return None;
    }
    let mut marked = person.clone();
    let at = marked.attendance.partition_point(|d| *d < day);
    marked.attendance.insert(at, day);
    marked.modified = now();
    Some(marked)
}

/// `person` no longer present on `day`; `None` when they were not.
pub fn unmark(person: &Person, day: NaiveDate) -> Option<Person> {
    if !is_present(person, day) {
        return None;
    }
    let mut unmarked = person.clone();
    unmarked.attendance.retain(|d| *d != day);
    unmarked.modified = now();
    Some(unmarked)
}

/// Someone who came without being registered, present on `day`.
pub fn walk_in(name: &str, organisation: Option<Id>, day: NaiveDate) -> Person {
    Person {
        name: name.trim().to_owned(),
        organisation,
        attendance: vec![day],
        ..Person::default()
    }
}

/// The organisation a walk-in typed: the one whose name, Arabic name,
/// acronym or other name is what was typed (compared folded), else `None`.
pub fn find_organisation<'o>(
    organisations: impl IntoIterator<Item = &'o Organisation>,
    typed: &str,
) -> Option<Id> {
    let typed = org_key(typed);
    if typed.is_empty() {
        return None;
    }
    organisations
        .into_iter()
        .find(|o| {
            [&o.name, &o.name_ar, &o.acronym]
                .into_iter()
                .chain(&o.aliases)
                .any(|name| org_key(name) == typed)
        })
        .map(|o| o.id)
}

/// How many people are present, by stakeholder type and by country of their
/// organisation (key `""` for people without one, or an organisation without
/// a type or country).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresentCounts {
    pub total: usize,
    pub by_type: BTreeMap<String, usize>,
    pub by_country: BTreeMap<String, usize>,
}

impl PresentCounts {
    /// Counts the people present on `day`; `organisation` finds a person's organisation.
    pub fn of<'p, 'o>(
        people: impl IntoIterator<Item = &'p Person>,
        organisation: impl Fn(Id) -> Option<&'o Organisation>,
        day: NaiveDate,
    ) -> Self {
        let mut counts = Self::default();
        for person in people.into_iter().filter(|p| is_present(p, day)) {
            let org = person.organisation.and_then(&organisation);
            let kind = org.map_or("", |o| o.stakeholder_type.as_str());
            counts.add(kind, &org.map_or(String::new(), |o| country_code(&o.country)));
        }
        counts
    }

    /// Counts one more person present, of an organisation of type
    /// `stakeholder_type` in `country` (a code as [`country_code`] gives it).
    pub fn add(&mut self, stakeholder_type: &str, country: &str) {
        self.total += 1;
        bump(&mut self.by_type, stakeholder_type);
        bump(&mut self.by_country, country);
    }
}

fn bump(counts: &mut BTreeMap<String, usize>, key: &str) {
    match counts.get_mut(key) {
        Some(count) => *count += 1,
        None => {
            counts.insert(key.to_owned(), 1);
        }
    }
}

/// A country code as counted and filtered: trimmed, in capitals.
pub fn country_code(country: &str) -> String {
    country.trim().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fold::fold;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2007, 9, d).unwrap()
    }

    fn bank() -> Organisation {
        Organisation {
            name: "Islamic Development Bank".to_owned(),
            name_ar: "البنك الإسلامي للتنمية".to_owned(),
            acronym: "IsDB".to_owned(),
            aliases: vec!["Banque islamique de développement".to_owned()],
            stakeholder_type: "financing".to_owned(),
            country: "sa".to_owned(),
            ..Organisation::default()
        }
    }

    fn rania(org: Option<Id>) -> Person {
        Person {
            name: "Rania Haddad".to_owned(),
            email: "r.haddad@example.org".to_owned(),
            organisation: org,
            ..Person::default()
        }
    }

    #[test]
    fn found_by_name_email_or_organisation_however_written() {
        let bank = bank();
        let person = rania(Some(bank.id));
        for query in ["rania", "HADD", "haddad@", "isdb", "الاسلامي", "developpement", ""] {
            assert!(matches(&person, Some(&bank), &fold(query)), "{query}");
        }
        assert!(!matches(&person, Some(&bank), &fold("berytech")));
        assert!(!matches(&person, None, &fold("isdb")));
        assert!(
            !matches(&person, None, &fold("rania\u{0}r.h")),
            "no match across two fields"
        );
    }

    #[test]
    fn found_by_the_arabic_name_however_written() {
        let mut person = rania(None);
        person.name_ar = "رانيا حدّاد".to_owned();
        // Typed without the shadda, whole or in part.
        for query in ["رانيا", "حداد", "رانيا حداد"] {
            assert!(matches(&person, None, &fold(query)), "{query}");
        }
        assert!(!matches(&person, None, &fold("ليلى")));
        assert!(
            !matches(&rania(None), None, &fold("رانيا")),
            "no Arabic name, not found by one"
        );
    }

    #[test]
    fn marking_adds_the_day_once_in_order_and_unmarking_removes_it() {
        let mut person = rania(None);
        person.attendance = vec![day(6)];
        let marked = mark_present(&person, day(5)).unwrap();
        assert_eq!(marked.attendance, [day(5), day(6)]);
        assert!(is_present(&marked, day(5)));
        assert_eq!(mark_present(&marked, day(5)), None, "already present");
        let unmarked = unmark(&marked, day(5)).unwrap();
        assert_eq!(unmarked.attendance, [day(6)]);
        assert_eq!(unmark(&unmarked, day(5)), None, "not present");
        assert_eq!(unmarked.id, person.id, "the same person");
    }

    #[test]
    fn a_walk_in_is_present_and_finds_an_organisation_by_any_name() {
        let bank = bank();
        let orgs = [bank.clone()];
        let walk_in = walk_in("  Samir Nakhleh ", find_organisation(&orgs, " isdb"), day(5));
        assert_eq!(walk_in.name, "Samir Nakhleh");
        assert_eq!(walk_in.organisation, Some(bank.id));
        assert_eq!(walk_in.attendance, [day(5)]);
        assert_eq!(find_organisation(&orgs, "البنك الاسلامي للتنميه"), Some(bank.id));
        assert_eq!(
            find_organisation(&orgs, "banque islamique de developpement"),
            Some(bank.id)
        );
        assert_eq!(find_organisation(&orgs, "Islamic"), None, "a whole name only");
        assert_eq!(find_organisation(&orgs, "  "), None);
        assert_eq!(
            find_organisation(&orgs, "I.s.D.B."),
            Some(bank.id),
            "as imports read it"
        );
    }

    #[test]
    fn counts_by_type_and_country_of_the_present_only() {
        let bank = bank();
        let mut present = rania(Some(bank.id));
        present.attendance = vec![day(5)];
        let mut other_day = rania(Some(bank.id));
        other_day.attendance = vec![day(6)];
        let mut no_org = rania(None);
        no_org.attendance = vec![day(5)];
        let mut dangling = rania(Some(Id::new()));
        dangling.attendance = vec![day(5)];
        let people = [present, other_day, no_org, dangling];
        let counts = PresentCounts::of(&people, |id| (id == bank.id).then_some(&bank), day(5));
        assert_eq!(counts.total, 3);
        assert_eq!(counts.by_type.get("financing"), Some(&1));
        assert_eq!(counts.by_type.get(""), Some(&2));
        assert_eq!(counts.by_country.get("SA"), Some(&1), "codes in capitals");
        assert_eq!(counts.by_country.get(""), Some(&2));
        assert_eq!(
            PresentCounts::of(&people, |_| None, day(7)),
            PresentCounts::default()
        );
    }
}
