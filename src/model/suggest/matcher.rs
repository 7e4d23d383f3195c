//! One organisation scored against others, one at a time: the scorer behind
//! [`complementarity`](super::complementarity) and [`suggestions`](super::suggestions).

use std::collections::HashMap;

use super::words::{Concepts, Scratch, overlaps};
use super::{CROSSING, NEED_MET, Reason, SHARED_AREA};
use crate::model::{Document, Organisation, Vocabularies};

/// One reason found, by position, so that scoring allocates nothing.
#[derive(Clone, Copy, Debug)]
pub(super) enum Found {
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

/// The words of synonym groups and of one organisation `a`, numbered, with
/// `a`'s offers and needs as sorted sets of those numbers.
pub(super) struct Matcher<'a> {
    a: &'a Organisation,
    /// What each of `a`'s focus areas adds when shared.
    area_weights: HashMap<&'a str, u32>,
    concepts: Concepts,
    needs: Vec<Vec<u32>>,
    offers: Vec<Vec<u32>>,
}

impl<'a> Matcher<'a> {
    pub(super) fn new(doc: &Document, a: &'a Organisation) -> Self {
        let mut concepts = Concepts::new(&doc.vocabularies.synonyms);
        let mut scratch = Scratch::default();
        for phrase in a.needs.iter().chain(&a.offers) {
            concepts.learn(phrase, &mut scratch);
        }
        let needs = a.needs.iter().map(|n| concepts.of(n, &mut scratch)).collect();
        let offers = a.offers.iter().map(|o| concepts.of(o, &mut scratch)).collect();
        Self {
            a,
            area_weights: area_weights(doc, a),
            concepts,
            needs,
            offers,
        }
    }

    /// Scores `b` against `a`, telling `found` each reason.
    pub(super) fn compare(
        &self,
        b: &Organisation,
        scratch: &mut Scratch,
        mut found: impl FnMut(Found),
    ) -> u32 {
        let mut score = 0;
        // Needs of `a` met so far, by position (the first 64).
        let mut met: u64 = 0;
        for (offer, text) in b.offers.iter().enumerate() {
            self.concepts.fill(text, scratch);
            for (need, concepts) in self.needs.iter().enumerate().take(64) {
                if met & (1 << need) == 0 && overlaps(concepts, &scratch.concepts) {
                    met |= 1 << need;
                    score += NEED_MET;
                    found(Found::Offers { offer, need });
                }
            }
        }
        for (need, text) in b.needs.iter().enumerate() {
            self.concepts.fill(text, scratch);
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
    pub(super) fn reasons(
        &self,
        vocabularies: &Vocabularies,
        b: &Organisation,
        found: &[Found],
    ) -> Vec<Reason> {
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

/// Whether both are known and they differ.
fn differ(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && !b.is_empty() && !a.eq_ignore_ascii_case(b)
}
