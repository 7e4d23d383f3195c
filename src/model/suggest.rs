//! Who could work with whom: organisations whose offers meet each other's
//! needs, or that share focus areas, preferring partners of another sector
//! and another country (the cross-sector, cross-border partnerships a
//! partnership-building meeting looks for).
//!
//! Offers are matched to needs by their words, folded as search folds them,
//! with English plurals stripped and the document's synonym groups
//! (`Vocabularies::synonyms`) read as one word. Only the words before "for"
//! count: "Funding for localisation work" is a need for funding, not for
//! localisation. Words every phrase of the field shares ("regional",
//! "partners", "support") say nothing and are skipped.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::fold::fold_into;
use super::{Document, Id, Organisation, PartnerRole, Partnership, StageChange, Stamp, Vocabularies};
use crate::tr;

/// What one offer meeting one need adds to a score.
const NEED_MET: u32 = 20;
/// What a shared focus area adds when it is as rare as can be: a shared area
/// adds this times ln(organisations / organisations in that area), so that
/// sharing a rare area says more than sharing one nearly everybody has.
const SHARED_AREA: f64 = 15.0;
/// What another sector, or another country, adds to a match that has a reason already.
const CROSSING: u32 = 5;

/// Words that carry no matter of their own in an offer or a need.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "the",
    "of",
    "in",
    "on",
    "to",
    "with",
    "from",
    "by",
    "at",
    "as",
    "into",
    "across",
    "through",
    "other",
    "first",
    "year",
    "clear",
    "sound",
    "new",
    "co",
    "based",
    "level",
    "stage",
    "backed",
    "aware",
    "partner",
    "partnership",
    "regional",
    "region",
    "national",
    "local",
    "project",
    "programme",
    "program",
    "support",
    "service",
    "expertise",
    "experience",
    "know",
    "how",
    "ict",
    "development",
    "access",
    "network",
    "networking",
    "member",
    "work",
    "running",
    "cost",
    "implementing",
    "model",
    "public",
    "private",
    "sector",
    "technology",
    "technical",
    "information",
    "management",
    "proposal",
    "request",
    "global",
    "link",
    "firm",
    "company",
    "institution",
];

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
fn in_sentence(phrase: &str) -> String {
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

/// One reason found, by position, so that scoring allocates nothing.
#[derive(Clone, Copy, Debug)]
enum Found {
    /// `b.offers[offer]` meets `a.needs[need]`.
    Offers {
        offer: usize,
        need: usize,
    },
    /// `a.offers[offer]` meets `b.needs[need]`.
    Needs {
        need: usize,
        offer: usize,
    },
    SharedFocus,
    OtherSector,
    OtherCountry,
}

/// Buffers reused from one organisation to the next.
#[derive(Default)]
struct Scratch {
    folded: String,
    words: Vec<Range<usize>>,
    concepts: Vec<u32>,
}

/// The words of synonym groups and of one organisation `a`, numbered, with
/// `a`'s offers and needs as sorted sets of those numbers.
struct Matcher<'a> {
    a: &'a Organisation,
    /// What each of `a`'s focus areas adds when shared.
    area_weights: HashMap<&'a str, u32>,
    words: HashMap<String, u32>,
    /// Synonyms of several words, by their first word: the words that
    /// follow it and the group's number, longest first.
    phrases: HashMap<String, Vec<(Vec<String>, u32)>>,
    needs: Vec<Vec<u32>>,
    offers: Vec<Vec<u32>>,
}

impl<'a> Matcher<'a> {
    fn new(doc: &Document, a: &'a Organisation) -> Self {
        let vocabularies = &doc.vocabularies;
        let mut matcher = Self {
            a,
            area_weights: area_weights(doc, a),
            words: HashMap::new(),
            phrases: HashMap::new(),
            needs: Vec::new(),
            offers: Vec::new(),
        };
        let mut scratch = Scratch::default();
        for (group, synonyms) in vocabularies.synonyms.iter().enumerate() {
            let group = u32::try_from(group).unwrap_or(u32::MAX);
            for synonym in synonyms {
                split(synonym, &mut scratch);
                let words: Vec<String> = scratch
                    .words
                    .iter()
                    .filter_map(|r| scratch.folded.get(r.clone()))
                    .map(|w| stem(w).to_owned())
                    .collect();
                match words.as_slice() {
                    [] => {}
                    [word] => {
                        matcher.words.entry(word.clone()).or_insert(group);
                    }
                    [first, rest @ ..] => {
                        let entry = matcher.phrases.entry(first.clone()).or_default();
                        entry.push((rest.to_vec(), group));
                    }
                }
            }
        }
        // Longest first, so that "technology park" would win over "technology".
        for entries in matcher.phrases.values_mut() {
            entries.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        let mut next = u32::try_from(vocabularies.synonyms.len()).unwrap_or(u32::MAX);
        for phrase in a.needs.iter().chain(&a.offers) {
            split(phrase, &mut scratch);
            for range in &scratch.words {
                let Some(word) = scratch.folded.get(range.clone()).map(stem) else {
                    continue;
                };
                if !is_stop(word) && !matcher.words.contains_key(word) {
                    matcher.words.insert(word.to_owned(), next);
                    next = next.saturating_add(1);
                }
            }
        }
        matcher.needs = a
            .needs
            .iter()
            .map(|n| matcher.concepts(n, &mut scratch))
            .collect();
        matcher.offers = a
            .offers
            .iter()
            .map(|o| matcher.concepts(o, &mut scratch))
            .collect();
        matcher
    }

    /// The sorted numbers of what `phrase` is about; words `a` never uses
    /// and no synonym group holds cannot match anything and are left out.
    fn concepts(&self, phrase: &str, scratch: &mut Scratch) -> Vec<u32> {
        self.fill(phrase, scratch);
        scratch.concepts.clone()
    }

    /// [`Matcher::concepts`] into `scratch.concepts`.
    fn fill(&self, phrase: &str, scratch: &mut Scratch) {
        split(phrase, scratch);
        scratch.concepts.clear();
        let Scratch {
            folded,
            words,
            concepts,
        } = scratch;
        let word = |i: usize| words.get(i).and_then(|r| folded.get(r.clone())).map(stem);
        let mut i = 0;
        while i < words.len() {
            let Some(first) = word(i) else { break };
            let phrase = self.phrases.get(first).and_then(|entries| {
                entries.iter().find(|(rest, _)| {
                    rest.iter()
                        .enumerate()
                        .all(|(k, part)| word(i + 1 + k) == Some(part.as_str()))
                })
            });
            if let Some((rest, group)) = phrase {
                concepts.push(*group);
                i += 1 + rest.len();
                continue;
            }
            if first == "for" {
                break;
            }
            // Stop words never enter `words`, unless a synonym group names one.
            if let Some(concept) = self.words.get(first) {
                concepts.push(*concept);
            }
            i += 1;
        }
        concepts.sort_unstable();
        concepts.dedup();
    }

    /// Scores `b` against `a`, telling `found` each reason.
    fn compare(&self, b: &Organisation, scratch: &mut Scratch, mut found: impl FnMut(Found)) -> u32 {
        let mut score = 0;
        // Needs of `a` met so far, by position (the first 64).
        let mut met: u64 = 0;
        for (offer, text) in b.offers.iter().enumerate() {
            self.fill(text, scratch);
            for (need, concepts) in self.needs.iter().enumerate().take(64) {
                if met & (1 << need) == 0 && overlaps(concepts, &scratch.concepts) {
                    met |= 1 << need;
                    score += NEED_MET;
                    found(Found::Offers { offer, need });
                }
            }
        }
        for (need, text) in b.needs.iter().enumerate() {
            self.fill(text, scratch);
            if let Some(offer) = self.offers.iter().position(|o| overlaps(o, &scratch.concepts)) {
                score += NEED_MET;
                found(Found::Needs { need, offer });
            }
        }
        let mut shared = 0;
        for area in shared_areas(self.a, b) {
            shared += self.area_weights.get(area).copied().unwrap_or(1);
        }
        if shared > 0 {
            score += shared;
            found(Found::SharedFocus);
        }
        if score > 0 && differ(&self.a.stakeholder_type, &b.stakeholder_type) {
            score += CROSSING;
            found(Found::OtherSector);
        }
        if score > 0 && differ(&self.a.country, &b.country) {
            score += CROSSING;
            found(Found::OtherCountry);
        }
        score
    }

    /// The reasons `found` in words a person reads.
    fn reasons(&self, vocabularies: &Vocabularies, b: &Organisation, found: &[Found]) -> Vec<Reason> {
        let a = self.a;
        found
            .iter()
            .filter_map(|f| match *f {
                Found::Offers { offer, need } => Some(Reason::Offers {
                    offer: b.offers.get(offer)?.clone(),
                    need: a.needs.get(need)?.clone(),
                    needed_by: a.name.clone(),
                }),
                Found::Needs { need, offer } => Some(Reason::Needs {
                    need: b.needs.get(need)?.clone(),
                    offer: a.offers.get(offer)?.clone(),
                    offered_by: a.name.clone(),
                }),
                Found::SharedFocus => Some(Reason::SharedFocus {
                    areas: shared_areas(a, b)
                        .map(|key| Vocabularies::label(&vocabularies.thrust_areas, key).to_owned())
                        .collect(),
                }),
                Found::OtherSector => Some(Reason::OtherSector {
                    sector: Vocabularies::label(&vocabularies.stakeholder_types, &b.stakeholder_type)
                        .to_owned(),
                }),
                Found::OtherCountry => Some(Reason::OtherCountry {
                    country: b.country.clone(),
                }),
            })
            .collect()
    }
}

/// What each focus area of `a` adds to a score when another organisation
/// shares it: more for an area few organisations work in, never less than 1.
fn area_weights<'a>(doc: &Document, a: &'a Organisation) -> HashMap<&'a str, u32> {
    let mut counts: HashMap<&'a str, u32> = a.focus_areas.iter().map(|k| (k.as_str(), 0)).collect();
    for org in &doc.organisations {
        for (key, count) in &mut counts {
            if org.focus_areas.iter().any(|k| k == key) {
                *count += 1;
            }
        }
    }
    let total = f64::from(u32::try_from(doc.organisations.len()).unwrap_or(u32::MAX)) + 1.0;
    counts
        .into_iter()
        .map(|(key, count)| {
            let rarity = (total / f64::from(count.max(1))).ln();
            // Bounded and positive, so the conversion cannot overflow.
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "rounded, in 1..=1000"
            )]
            let weight = (SHARED_AREA * rarity).round().clamp(1.0, 1000.0) as u32;
            (key, weight)
        })
        .collect()
}

/// The focus areas of `a` that `b` shares, in `a`'s order, each once.
fn shared_areas<'o>(a: &'o Organisation, b: &'o Organisation) -> impl Iterator<Item = &'o str> {
    a.focus_areas
        .iter()
        .enumerate()
        .filter(move |(i, key)| {
            b.focus_areas.contains(key)
                && a.focus_areas
                    .get(..*i)
                    .is_some_and(|before| !before.contains(key))
        })
        .map(|(_, key)| key.as_str())
}

/// Whether `word`, a stem, is one of the [`STOP_WORDS`].
fn is_stop(word: &str) -> bool {
    STOP_WORDS.iter().any(|stop| stem(stop) == word)
}

/// Whether both are known and they differ.
fn differ(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && !b.is_empty() && !a.eq_ignore_ascii_case(b)
}

/// Whether two sorted sets share a number.
fn overlaps(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Folds `text` into `scratch.folded` and notes where its words are: runs of
/// letters and digits, so "co-financing" is "co" and "financing".
fn split(text: &str, scratch: &mut Scratch) {
    scratch.folded.clear();
    if text.is_ascii() {
        // What folding does to ASCII, without decomposing every letter.
        scratch
            .folded
            .extend(text.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        fold_into(text, &mut scratch.folded);
    }
    scratch.words.clear();
    let mut start = None;
    for (i, c) in scratch.folded.char_indices() {
        match (c.is_alphanumeric() || c == '\'', start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                scratch.words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        scratch.words.push(s..scratch.folded.len());
    }
}

/// `word` without an English plural or possessive ending, and without a
/// final "y", so that "policy" and "policies" both become "polic". Matching
/// compares stems only, so they need not be words.
fn stem(word: &str) -> &str {
    let word = word.strip_suffix("'s").unwrap_or(word).trim_end_matches('\'');
    if word.chars().count() <= 3 || !word.is_ascii() {
        return word;
    }
    let word = if let Some(base) = word.strip_suffix("ies") {
        base
    } else if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        word
    } else {
        word.strip_suffix('s').unwrap_or(word)
    };
    word.strip_suffix('y').unwrap_or(word)
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
