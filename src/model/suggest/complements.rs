//! One organisation matched against a whole group at once, by the rules of
//! [`complementarity`](super::complementarity): an offer meets a need when
//! their concepts overlap. Each concept holds, as bits, the members of the
//! group that need it and those that offer it, so that an offer is judged
//! against every member by a few word operations per concept, however big
//! the group.

use super::words::{Concepts, Scratch};
use crate::model::{Document, Organisation};

/// Which members of the group one offer or need reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// How many members.
    pub count: u32,
    /// The first of them by position in the group.
    pub first: Option<usize>,
}

/// How one organisation complements a group, by the positions of the group's members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Complementing {
    /// For each of its offers, the members that need it.
    pub offers: Vec<Reach>,
    /// For each of its needs, the members that offer it.
    pub needs: Vec<Reach>,
    /// How many members need something it offers.
    pub needed_by: u32,
    /// How many members offer something it needs.
    pub offered_by: u32,
}

/// The offers and needs of a group of organisations, by concept.
pub struct Complements {
    concepts: Concepts,
    /// 64-bit words in a set of members.
    stride: usize,
    /// The members needing concept `c`: words `c * stride ..` of it.
    needing: Vec<u64>,
    /// The members offering concept `c`.
    offering: Vec<u64>,
}

impl Complements {
    /// Reads the offers and needs of `group` with `doc`'s synonyms.
    pub fn new(doc: &Document, group: &[&Organisation]) -> Self {
        let mut concepts = Concepts::new(&doc.vocabularies.synonyms);
        let mut scratch = Scratch::default();
        for org in group {
            for phrase in org.needs.iter().chain(&org.offers) {
                concepts.learn(phrase, &mut scratch);
            }
        }
        let stride = group.len().div_ceil(64);
        let size = concepts.len().saturating_mul(stride);
        let mut needing = vec![0; size];
        let mut offering = vec![0; size];
        for (member, org) in group.iter().enumerate() {
            for (phrases, sets) in [(&org.needs, &mut needing), (&org.offers, &mut offering)] {
                for phrase in phrases {
                    concepts.fill(phrase, &mut scratch);
                    for &concept in &scratch.concepts {
                        let at = widen(concept).saturating_mul(stride) + member / 64;
                        if let Some(word) = sets.get_mut(at) {
                            *word |= 1 << (member % 64);
                        }
                    }
                }
            }
        }
        Self {
            concepts,
            stride,
            needing,
            offering,
        }
    }

    /// Which members need each of `org`'s offers and offer each of its needs.
    pub fn of(&self, org: &Organisation) -> Complementing {
        let mut scratch = Scratch::default();
        let mut one = vec![0; self.stride];
        let mut all = vec![0; self.stride];
        let mut reach = |phrases: &[String], sets: &[u64], all: &mut [u64]| -> Vec<Reach> {
            phrases
                .iter()
                .map(|phrase| {
                    self.concepts.fill(phrase, &mut scratch);
                    one.fill(0);
                    for &concept in &scratch.concepts {
                        let start = widen(concept).saturating_mul(self.stride);
                        let Some(members) = sets.get(start..start.saturating_add(self.stride)) else {
                            continue;
                        };
                        for (into, bits) in one.iter_mut().zip(members) {
                            *into |= bits;
                        }
                    }
                    for (into, bits) in all.iter_mut().zip(&one) {
                        *into |= bits;
                    }
                    Reach {
                        count: count(&one),
                        first: first(&one),
                    }
                })
                .collect()
        };
        let offers = reach(&org.offers, &self.needing, &mut all);
        let needed_by = count(&all);
        all.fill(0);
        let needs = reach(&org.needs, &self.offering, &mut all);
        Complementing {
            offers,
            needs,
            needed_by,
            offered_by: count(&all),
        }
    }
}

fn widen(concept: u32) -> usize {
    usize::try_from(concept).unwrap_or(usize::MAX)
}

fn count(set: &[u64]) -> u32 {
    set.iter().map(|w| w.count_ones()).sum()
}

/// The lowest member in `set`.
fn first(set: &[u64]) -> Option<usize> {
    let (at, word) = set.iter().enumerate().find(|(_, w)| **w != 0)?;
    Some(at * 64 + usize::try_from(word.trailing_zeros()).unwrap_or(0))
}

#[cfg(test)]
#[path = "complements_tests.rs"]
mod tests;
