//! Who could work with whom: organisations whose offers meet each other's
//! needs, or that share focus areas, preferring partners of another sector
//! and another country (the cross-sector, cross-border partnerships a
//! partnership-building meeting looks for).
//!
//! Offers are matched to needs by their words (`words`), folded as search
//! folds them, with English plurals stripped and the document's synonym
//! groups (`Vocabularies::synonyms`) read as one word. [`Complements`]
//! matches one organisation against a whole group at once by the same rules.

use std::collections::HashSet;

use super::{Document, Id, Organisation, PartnerRole, Partnership, StageChange, Stamp};
use crate::tr;

mod complements;
mod matcher;
pub(crate) mod words;

pub use complements::{Complementing, Complements, Reach};
use matcher::Matcher;
use words::Scratch;

/// What one offer meeting one need adds to a score.
const NEED_MET: u32 = 20;
/// What a shared focus area adds when it is as rare as can be: a shared area
/// adds this times ln(organisations / organisations in that area), so that
/// sharing a rare area says more than sharing one nearly everybody has.
const SHARED_AREA: f64 = 15.0;
/// What another sector, or another country, adds to a match that has a reason already.
const CROSSING: u32 = 5;

/// Why two organisations could work together, as data; [`Reason::describe`]
/// says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The suggested organisation offers `offer`, which meets `needed_by`'s `need`.
    Offers {
        offer: String,
        need: String,
        needed_by: String,
    },
    /// The suggested organisation needs `need`, which `offered_by`'s `offer` meets.
    Needs {
        need: String,
        offer: String,
        offered_by: String,
    },
    /// Both work in these focus areas (their labels).
    SharedFocus { areas: Vec<String> },
    /// The suggested organisation is of another stakeholder type (its label).
    OtherSector { sector: String },
    /// The suggested organisation works from another country (its code).
    OtherCountry { country: String },
}

impl Reason {
    /// The reason in words, such as "offers incubation space and services,
    /// which Birzeit University needs".
    pub fn describe(&self) -> String {
        match self {
            Self::Offers { offer, needed_by, .. } => tr!(
                "suggest-reason-offers",
                offer = in_sentence(offer),
                organisation = needed_by
            ),
            Self::Needs { need, offered_by, .. } => tr!(
                "suggest-reason-needs",
                need = in_sentence(need),
                organisation = offered_by
            ),
            Self::SharedFocus { areas } => tr!(
                "suggest-reason-focus",
                count = areas.len(),
                areas = areas.join(", ")
            ),
            Self::OtherSector { sector } => tr!("suggest-reason-sector", sector = sector),
            Self::OtherCountry { country } => tr!("suggest-reason-country", country = country),
        }
    }
}

/// First words of offers and needs that keep their capital inside a sentence.
const PROPER: &[&str] = &["Arab", "Arabic", "English", "French", "Islamic", "Gulf", "UN"];

/// A phrase written as a list entry ("Incubation space") put inside a
/// sentence: the capital goes unless the word is an acronym ("ICT trainers")
/// or a name ("Arabic content").
pub(crate) fn in_sentence(phrase: &str) -> String {
    let first_word = phrase
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if PROPER.contains(&first_word) {
        return phrase.to_owned();
    }
    let mut chars = phrase.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(phrase.chars().skip(1)).collect()
        }
        _ => phrase.to_owned(),
    }
}

/// How well one organisation would complement another, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Match {
    /// Zero when nothing links them.
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// An organisation suggested as a partner, with its score and reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub organisation: Id,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How `b` complements `a`, told from `a`'s side: the reasons describe `b`.
pub fn complementarity(doc: &Document, a: &Organisation, b: &Organisation) -> Match {
    let matcher = Matcher::new(doc, a);
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    let score = matcher.compare(b, &mut scratch, |f| found.push(f));
    Match {
        score,
        reasons: matcher.reasons(&doc.vocabularies, b, &found),
    }
}

/// Up to `limit` organisations that would complement `org_id`, best first
/// (ties by name). Organisations already in a partnership with it are left
/// out: they have met.
pub fn suggestions(doc: &Document, org_id: Id, limit: usize) -> Vec<Suggestion> {
    let Some(a) = doc.organisation(org_id) else {
        return Vec::new();
    };
    if limit == 0 {
        return Vec::new();
    }
    let partnered: HashSet<Id> = doc
        .partnerships
        .iter()
        .filter(|p| p.partners.iter().any(|r| r.organisation == org_id))
        .flat_map(|p| p.partners.iter().map(|r| r.organisation))
        .collect();
    let matcher = Matcher::new(doc, a);
    let mut scratch = Scratch::default();
    let mut best: Vec<(u32, &Organisation)> = Vec::with_capacity(limit + 1);
    for b in doc.organisations.iter().map(AsRef::as_ref) {
        if b.id == org_id || partnered.contains(&b.id) {
            continue;
        }
        let score = matcher.compare(b, &mut scratch, |_| {});
        if score == 0 {
            continue;
        }
        let better =
            |other: &(u32, &Organisation)| other.0 > score || (other.0 == score && other.1.name <= b.name);
        let at = best.iter().take_while(|other| better(other)).count();
        if at < limit {
            best.insert(at, (score, b));
            best.truncate(limit);
        }
    }
    best.into_iter()
        .map(|(score, b)| {
            let mut found = Vec::new();
            matcher.compare(b, &mut scratch, |f| found.push(f));
            Suggestion {
                organisation: b.id,
                score,
                reasons: matcher.reasons(&doc.vocabularies, b, &found),
            }
        })
        .collect()
}

/// A partnership idea between `lead` and `other`, put on the board at `at`
/// at the first stage, with both as partners from then, in the thrust area
/// of the first focus area they share and in their countries.
pub fn idea(doc: &Document, lead: &Organisation, other: &Organisation, at: Stamp) -> Partnership {
    let stage = doc.vocabularies.first_stage();
    let mut countries: Vec<String> = Vec::new();
    for country in [&lead.country, &other.country] {
        if !country.trim().is_empty() && !countries.contains(country) {
            countries.push(country.clone());
        }
    }
    let mut partnership = Partnership {
        title: tr!(
            "suggest-partnership-title",
            first = &lead.name,
            second = &other.name
        ),
        lead: Some(lead.id),
        stage: stage.clone(),
        thrust_area: lead
            .focus_areas
            .iter()
            .find(|area| other.focus_areas.contains(area))
            .cloned()
            .unwrap_or_default(),
        countries,
        stage_history: vec![StageChange { stage, at }],
        modified: at,
        ..Partnership::default()
    };
    for organisation in [lead.id, other.id] {
        let role = PartnerRole {
            organisation,
            ..PartnerRole::default()
        };
        partnership.add_partner(role, at);
    }
    partnership
}

#[cfg(test)]
mod tests;
