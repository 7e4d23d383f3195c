//! Organisations not invited yet, added to a generated meeting so that the
//! shortlist has prospects to rank: `majlis generate --prospects N`. They
//! are made as the meeting's own organisations are, without people.

use std::collections::HashSet;
use std::sync::Arc;

use super::registry;
use super::rng::Rng;
use crate::model::{Document, Id};

/// Mixed into the seed, so that prospects draw other numbers, and so other
/// ids, than the meeting generated from the same seed.
const STREAM: u64 = 0x7072_6f73_7065_6374;

/// Appends `count` prospects to `doc`, each with a name and an id no other
/// organisation of `doc` has. The same document, count and seed always give
/// the same prospects.
pub fn prospects(doc: &mut Document, count: usize, seed: u64) {
    if count == 0 {
        return;
    }
    let mut rng = Rng::new(seed ^ STREAM);
    let mut names: HashSet<String> = doc.organisations.iter().map(|o| o.name.clone()).collect();
    let mut ids: HashSet<Id> = doc.organisations.iter().map(|o| o.id).collect();
    let made = registry::organisations(&mut rng, count, &doc.vocabularies);
    doc.organisations.reserve(made.len());
    for mut org in made {
        if names.contains(&org.name) {
            // A real registry tells namesakes apart by a number; one of these
            // is free, there being fewer names taken.
            let free = (2..=names.len() + 2)
                .map(|n| (n, format!("{} {n}", org.name)))
                .find(|(_, name)| !names.contains(name));
            if let Some((n, name)) = free {
                if !org.name_ar.is_empty() {
                    org.name_ar = format!("{} {n}", org.name_ar);
                }
                org.name = name;
            }
        }
        while ids.contains(&org.id) {
            org.id = rng.id();
        }
        names.insert(org.name.clone());
        ids.insert(org.id);
        doc.organisations.push(Arc::new(org));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::invitations::{Standing, organisation_standings};

    #[test]
    fn prospects_are_new_uninvited_and_named_apart() {
        let mut doc = crate::generate::meeting(1, 7);
        let before = doc.organisations.len();
        let people = doc.people.len();
        prospects(&mut doc, 300, 7);
        assert_eq!(doc.organisations.len(), before + 300);
        assert_eq!(doc.people.len(), people, "no people");
        let names: HashSet<&str> = doc.organisations.iter().map(|o| o.name.as_str()).collect();
        let ids: HashSet<Id> = doc.organisations.iter().map(|o| o.id).collect();
        assert_eq!(names.len(), doc.organisations.len());
        assert_eq!(ids.len(), doc.organisations.len());
        let standings = organisation_standings(&doc);
        assert!(standings[before..].iter().all(|s| *s == Standing::Prospect));
        assert!(doc.organisations[before..].iter().any(|o| !o.offers.is_empty()));

        let mut again = crate::generate::meeting(1, 7);
        prospects(&mut again, 300, 7);
        assert_eq!(again.organisations, doc.organisations, "the same every time");
    }

    #[test]
    fn none_asked_changes_nothing() {
        let mut doc = crate::generate::meeting(1, 3);
        let before = doc.clone();
        prospects(&mut doc, 0, 3);
        assert_eq!(doc.organisations, before.organisations);
    }
}
