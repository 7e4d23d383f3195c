//! The balance of the room: the organisations coming (confirmed, or seen at
//! check-in) counted by stakeholder type and by country, and the organisers'
//! targets they leave unmet, each said as a whole sentence.

use std::collections::BTreeMap;

use super::{Scope, Target, organisation_standings, type_in_sentence};
use crate::model::countries::country_name;
use crate::model::{Document, Organisation, Vocabularies};
use crate::tr;

/// How many organisations coming are of one stakeholder type or from one country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// The stakeholder type's key, or the country's ISO code.
    pub key: String,
    /// The type's label, or the country's name.
    pub label: String,
    pub count: usize,
}

/// Where an unmet target applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Meeting,
    /// A country: its ISO code and its name.
    Country {
        code: String,
        name: String,
    },
    /// A group of countries: its key and its name inside a sentence ("the Gulf").
    Group {
        key: String,
        label: String,
    },
}

/// A target the organisations coming fall short of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The target's position in the organisers' targets.
    pub target: usize,
    /// The stakeholder type's key; empty for any type.
    pub stakeholder_type: String,
    /// The type's label inside a sentence ("private sector"); empty for any type.
    pub type_label: String,
    pub place: Place,
    /// How many are coming.
    pub count: usize,
    /// How many the target wants.
    pub wanted: usize,
}

impl Gap {
    /// The gap as a sentence: "No participant from Yemen yet", "2 financing
    /// institution participants, 3 wanted".
    pub fn describe(&self) -> String {
        let (scope, place) = match &self.place {
            Place::Meeting => ("meeting", ""),
            Place::Country { name, .. } => ("place", name.as_str()),
            Place::Group { label, .. } => ("place", label.as_str()),
        };
        let kind = &self.type_label;
        match (self.count, kind.is_empty()) {
            (0, true) => tr!(
                "balance-gap-none-any",
                scope = scope,
                place = place,
                wanted = self.wanted
            ),
            (0, false) => tr!(
                "balance-gap-none",
                scope = scope,
                place = place,
                kind = kind,
                wanted = self.wanted
            ),
            (count, true) => tr!(
                "balance-gap-short-any",
                scope = scope,
                place = place,
                count = count,
                wanted = self.wanted
            ),
            (count, false) => tr!(
                "balance-gap-short",
                scope = scope,
                place = place,
                kind = kind,
                count = count,
                wanted = self.wanted
            ),
        }
    }
}

/// The organisations coming, counted, and the targets left unmet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// Every stakeholder type of the vocabulary, in its order, zeros
    /// included; then types the vocabulary lacks, by key.
    pub by_type: Vec<Count>,
    /// Every member country, in the members' order, zeros included; then the
    /// other countries present, by code; then organisations with no country.
    pub by_country: Vec<Count>,
    /// Targets in their order; a target for each member country gives one
    /// gap per country, in the members' order.
    pub gaps: Vec<Gap>,
    /// How many organisations are coming.
    pub confirmed: usize,
}

/// The balance of the room in `doc`, country names in the catalogue's language.
pub fn balance(doc: &Document) -> Balance {
    let coming: Vec<&Organisation> = doc
        .organisations
        .iter()
        .zip(organisation_standings(doc))
        .filter(|(_, standing)| standing.is_coming())
        .map(|(org, _)| org.as_ref())
        .collect();
    let settings = &doc.invitations;
    let mut gaps = Vec::new();
    for (index, target) in settings.targets.iter().enumerate() {
        for place in places(doc, target) {
            let count = coming
                .iter()
                .filter(|org| of_type(org, &target.stakeholder_type) && is_in(doc, org, &place))
                .count();
            let wanted = usize::try_from(target.at_least).unwrap_or(usize::MAX);
            if count < wanted {
                gaps.push(Gap {
                    target: index,
                    stakeholder_type: target.stakeholder_type.clone(),
                    type_label: if target.stakeholder_type.is_empty() {
                        String::new()
                    } else {
                        type_in_sentence(&doc.vocabularies.stakeholder_types, &target.stakeholder_type)
                    },
                    place,
                    count,
                    wanted,
                });
            }
        }
    }
    Balance {
        by_type: by_type(doc, &coming),
        by_country: by_country(doc, &coming),
        gaps,
        confirmed: coming.len(),
    }
}

/// Where `target` is checked: once, or once per member country.
fn places(doc: &Document, target: &Target) -> Vec<Place> {
    let country = |code: &str| Place::Country {
        code: code.trim().to_ascii_uppercase(),
        name: country_name(code),
    };
    match &target.scope {
        Scope::Meeting => vec![Place::Meeting],
        Scope::EachMemberCountry => doc
            .invitations
            .member_countries
            .iter()
            .map(|c| country(c))
            .collect(),
        Scope::Country(code) => vec![country(code)],
        Scope::Group(key) => vec![Place::Group {
            key: key.clone(),
            // A group since removed from the settings is still named.
            label: doc.invitations.group_label(key),
        }],
    }
}

fn of_type(org: &Organisation, key: &str) -> bool {
    key.is_empty() || org.stakeholder_type.trim() == key
}

/// Whether `org`, once coming, would count towards the target short at `gap`.
pub(super) fn counts_towards(doc: &Document, org: &Organisation, gap: &Gap) -> bool {
    of_type(org, &gap.stakeholder_type) && is_in(doc, org, &gap.place)
}

fn is_in(doc: &Document, org: &Organisation, place: &Place) -> bool {
    match place {
        Place::Meeting => true,
        Place::Country { code, .. } => org.country.trim().eq_ignore_ascii_case(code),
        Place::Group { key, .. } => doc.invitations.group(key).is_some_and(|group| {
            group
                .countries
                .iter()
                .any(|c| c.trim().eq_ignore_ascii_case(org.country.trim()))
        }),
    }
}

fn by_type(doc: &Document, coming: &[&Organisation]) -> Vec<Count> {
    let types = &doc.vocabularies.stakeholder_types;
    let mut counts: Vec<Count> = types
        .iter()
        .map(|term| Count {
            key: term.key.clone(),
            label: term.label.clone(),
            count: coming.iter().filter(|o| o.stakeholder_type == term.key).count(),
        })
        .collect();
    let mut others: BTreeMap<&str, usize> = BTreeMap::new();
    for org in coming {
        let key = org.stakeholder_type.as_str();
        if !key.is_empty() && !types.iter().any(|t| t.key == key) {
            *others.entry(key).or_default() += 1;
        }
    }
    counts.extend(others.into_iter().map(|(key, count)| Count {
        key: key.to_owned(),
        label: Vocabularies::label(types, key).to_owned(),
        count,
    }));
    counts
}

fn by_country(doc: &Document, coming: &[&Organisation]) -> Vec<Count> {
    let members = &doc.invitations.member_countries;
    let mut present: BTreeMap<String, usize> = BTreeMap::new();
    for org in coming {
        *present
            .entry(org.country.trim().to_ascii_uppercase())
            .or_default() += 1;
    }
    let entry = |code: String, count: usize| Count {
        label: country_name(&code),
        key: code,
        count,
    };
    let mut counts: Vec<Count> = members
        .iter()
        .map(|code| {
            let code = code.trim().to_ascii_uppercase();
            let n = present.remove(&code).unwrap_or(0);
            entry(code, n)
        })
        .collect();
    let unstated = present.remove("");
    counts.extend(present.into_iter().map(|(code, n)| entry(code, n)));
    counts.extend(unstated.map(|n| entry(String::new(), n)));
    counts
}

#[cfg(test)]
#[path = "balance_tests.rs"]
mod tests;
