//! Offers and needs as sets of numbered concepts: words folded as search
//! folds them, with English plurals stripped and each synonym group read as
//! one concept. Two phrases match when their sets share a number. Only the
//! words before "for" count: "Funding for localisation work" is a need for
//! funding, not for localisation. Words every phrase of the field shares
//! ("regional", "partners", "support") say nothing and are skipped.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::fold::fold_into;

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

/// Buffers reused from one phrase to the next, so that reading a phrase
/// allocates nothing once they have grown.
#[derive(Default)]
pub(crate) struct Scratch {
    folded: String,
    words: Vec<Range<usize>>,
    /// The concepts of the phrase read last, sorted, each once.
    pub(crate) concepts: Vec<u32>,
}

/// The words of synonym groups and of the phrases learnt, numbered: a group
/// is one number (its position), every other word gets the next free one.
pub(crate) struct Concepts {
    words: HashMap<String, u32>,
    /// Synonyms of several words, by their first word: the words that
    /// follow it and the group's number, longest first.
    phrases: HashMap<String, Vec<(Vec<String>, u32)>>,
    next: u32,
}

impl Concepts {
    /// The synonym groups numbered, and no other word yet.
    pub(crate) fn new(synonyms: &[Vec<String>]) -> Self {
        let mut concepts = Self {
            words: HashMap::new(),
            phrases: HashMap::new(),
            next: u32::try_from(synonyms.len()).unwrap_or(u32::MAX),
        };
        let mut scratch = Scratch::default();
        for (group, synonyms) in synonyms.iter().enumerate() {
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
                        concepts.words.entry(word.clone()).or_insert(group);
                    }
                    [first, rest @ ..] => {
                        let entry = concepts.phrases.entry(first.clone()).or_default();
                        entry.push((rest.to_vec(), group));
                    }
                }
            }
        }
        // Longest first, so that "technology park" would win over "technology".
        for entries in concepts.phrases.values_mut() {
            entries.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        concepts
    }

    /// Numbers the words of `phrase` not known yet, stop words aside.
    pub(crate) fn learn(&mut self, phrase: &str, scratch: &mut Scratch) {
        split(phrase, scratch);
        for range in &scratch.words {
            let Some(word) = scratch.folded.get(range.clone()).map(stem) else {
                continue;
            };
            if !is_stop(word) && !self.words.contains_key(word) {
                self.words.insert(word.to_owned(), self.next);
                self.next = self.next.saturating_add(1);
            }
        }
    }

    /// How many numbers are given: every concept is below it.
    pub(crate) fn len(&self) -> usize {
        usize::try_from(self.next).unwrap_or(usize::MAX)
    }

    /// The sorted numbers of what `phrase` is about; words never learnt
    /// and in no synonym group cannot match anything and are left out.
    pub(crate) fn of(&self, phrase: &str, scratch: &mut Scratch) -> Vec<u32> {
        self.fill(phrase, scratch);
        scratch.concepts.clone()
    }

    /// [`Concepts::of`] into `scratch.concepts`.
    pub(crate) fn fill(&self, phrase: &str, scratch: &mut Scratch) {
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
}

/// Whether `word`, a stem, is one of the [`STOP_WORDS`].
fn is_stop(word: &str) -> bool {
    STOP_WORDS.iter().any(|stop| stem(stop) == word)
}

/// Whether two sorted sets share a number.
pub(crate) fn overlaps(a: &[u32], b: &[u32]) -> bool {
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
