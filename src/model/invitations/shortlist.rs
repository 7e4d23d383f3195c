//! The shortlist: every prospect (an organisation not invited yet) ranked by
//! what it would bring to partnerships with those already coming. Four parts,
//! each a count times the organisers' weight ([`super::Weights`]):
//! complementarity with the confirmed organisations, resources it can commit,
//! gaps of the meeting it fills and its track record in partnerships.
//!
//! Everything about the confirmed organisations is gathered once (their
//! offers and needs by concept, their types, countries and areas), so that
//! ranking thousands of prospects costs a few operations per prospect.

use std::collections::{HashMap, HashSet};

use super::balance::{Gap, Place, balance, counts_towards};
use super::{Standing, organisation_standings, type_in_sentence};
use crate::model::board::DROPPED;
use crate::model::fold::fold;
use crate::model::suggest::Complements;
use crate::model::suggest::words::{Concepts, Scratch, overlaps};
use crate::model::{Document, Id, Organisation, Vocabularies};

#[path = "shortlist_why.rs"]
mod why;

pub use why::{Part, Parts, Why};

/// Confirmed organisations counted each way (needing what a prospect offers,
/// offering what it needs): beyond a handful, more of them says little more
/// about the partnerships a prospect could form, and an uncapped count would
/// drown the other parts in a large meeting.
pub const PARTNERS_COUNTED: u32 = 5;
/// Thrust areas counted among the gaps a prospect fills (all are told): an
/// organisation listing every area would otherwise outrank one that fits.
pub const AREAS_COUNTED: u32 = 2;
/// Reasons of each kind of complementarity told, the best first.
const REASONS_OF_A_KIND: usize = 3;
/// Partnerships told as a track record, the furthest first.
const PARTNERSHIPS_TOLD: usize = 3;
/// Words of an offer of space (matched as offers meet needs, so "offices",
/// "laboratories" and the synonyms of "premises" count too).
const SPACE: &[&str] = &["space", "premises", "office", "lab", "laboratory", "facility"];
/// Words of an offer of a programme, from a government or an international
/// organisation. "Fund" is left to financing, where it counts already.
const PROGRAMME: &[&str] = &["programme", "program", "scheme", "initiative"];

/// A prospect with its points and reasons, in the order of the parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub organisation: Id,
    pub parts: Parts,
    pub reasons: Vec<Why>,
}

impl Candidate {
    pub fn score(&self) -> u32 {
        self.parts.total()
    }
}

/// Every prospect of `doc` (an organisation whose standing is
/// [`Standing::Prospect`]), best first; ties by name as search folds it,
/// then by id. Confirmed organisations are those whose standing is coming
/// (confirmed or attended).
pub fn shortlist(doc: &Document) -> Vec<Candidate> {
    shortlist_with(doc, &balance(doc).gaps)
}

/// [`shortlist`] with the targets of the room not met yet (`short`, as
/// [`balance`] finds them) already worked out, for a caller that shows them too.
pub fn shortlist_with(doc: &Document, short: &[Gap]) -> Vec<Candidate> {
    let standings = organisation_standings(doc);
    let mut confirmed = Vec::new();
    let mut prospects = Vec::new();
    for (org, standing) in doc.organisations.iter().zip(&standings) {
        if standing.is_coming() {
            confirmed.push((fold(&org.name), org.as_ref()));
        } else if *standing == Standing::Prospect {
            prospects.push(org.as_ref());
        }
    }
    confirmed.sort_by(|(a, x), (b, y)| a.cmp(b).then(x.id.cmp(&y.id)));
    let group: Vec<&Organisation> = confirmed.iter().map(|(_, org)| *org).collect();
    let room = Room::new(doc, &group, short);
    let mut ranked: Vec<(String, Candidate)> = prospects
        .into_iter()
        .map(|org| (fold(&org.name), room.candidate(org)))
        .collect();
    ranked.sort_by(|(a, x), (b, y)| {
        y.score()
            .cmp(&x.score())
            .then_with(|| a.cmp(b))
            .then(x.organisation.cmp(&y.organisation))
    });
    ranked.into_iter().map(|(_, candidate)| candidate).collect()
}

/// What the confirmed organisations bring, gathered once.
struct Room<'a> {
    doc: &'a Document,
    group: &'a [&'a Organisation],
    complements: Complements,
    types: HashSet<&'a str>,
    countries: HashSet<String>,
    areas: HashSet<&'a str>,
    words: Concepts,
    funding: Vec<u32>,
    space: Vec<u32>,
    programme: Vec<u32>,
    /// The funding sources each organisation runs, by position.
    funds: HashMap<Id, Vec<usize>>,
    /// The partnerships each organisation is in, lead or partner, by position.
    partnerships: HashMap<Id, Vec<usize>>,
    /// The targets of the balance of the room not met yet.
    short: &'a [Gap],
}

impl<'a> Room<'a> {
    fn new(doc: &'a Document, group: &'a [&'a Organisation], short: &'a [Gap]) -> Self {
        let mut synonyms = doc.vocabularies.synonyms.clone();
        let owned = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect();
        synonyms.push(owned(SPACE));
        synonyms.push(owned(PROGRAMME));
        let mut words = Concepts::new(&synonyms);
        let mut scratch = Scratch::default();
        // In case the document's synonyms lost the funding group.
        words.learn("funding", &mut scratch);
        let funding = words.of("funding", &mut scratch);
        let space = words.of(&SPACE.join(" "), &mut scratch);
        let programme = words.of(&PROGRAMME.join(" "), &mut scratch);
        let mut funds: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, source) in doc.funding_sources.iter().enumerate() {
            if let Some(org) = source.organisation {
                funds.entry(org).or_default().push(i);
            }
        }
        let mut partnerships: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, p) in doc.partnerships.iter().enumerate() {
            let mut members: Vec<Id> = p.partners.iter().map(|r| r.organisation).chain(p.lead).collect();
            members.sort_unstable();
            members.dedup();
            for member in members {
                partnerships.entry(member).or_default().push(i);
            }
        }
        let present = |text: &'a String| Some(text.trim()).filter(|t| !t.is_empty());
        Self {
            doc,
            group,
            complements: Complements::new(doc, group),
            types: group
                .iter()
                .filter_map(|o| present(&o.stakeholder_type))
                .collect(),
            countries: group
                .iter()
                .filter_map(|o| present(&o.country))
                .map(str::to_ascii_uppercase)
                .collect(),
            areas: group
                .iter()
                .flat_map(|o| &o.focus_areas)
                .filter_map(present)
                .collect(),
            words,
            funding,
            space,
            programme,
            funds,
            partnerships,
            short,
        }
    }

    fn candidate(&self, org: &Organisation) -> Candidate {
        let weights = self.doc.invitations.weights;
        let mut reasons = Vec::new();
        let complementarity = self.complementarity(org, &mut reasons);
        let resources = self.resources(org, &mut reasons);
        let gaps = self.gaps(org, &mut reasons);
        let steps = self.track_record(org, &mut reasons);
        Candidate {
            organisation: org.id,
            parts: Parts {
                complementarity: weights.complementarity.saturating_mul(complementarity),
                resources: weights.resources.saturating_mul(resources),
                gaps: weights.gaps.saturating_mul(gaps),
                track_record: weights.track_record.saturating_mul(steps),
            },
            reasons,
        }
    }

    /// Confirmed organisations needing what `org` offers plus those offering what it needs.
    fn complementarity(&self, org: &Organisation, reasons: &mut Vec<Why>) -> u32 {
        let found = self.complements.of(org);
        let name = |first: Option<usize>| {
            first
                .and_then(|i| self.group.get(i))
                .map(|o| o.name.clone())
                .unwrap_or_default()
        };
        for (offers, phrases, reach) in [
            (true, &org.offers, &found.offers),
            (false, &org.needs, &found.needs),
        ] {
            let mut told: Vec<(&String, &crate::model::suggest::Reach)> =
                phrases.iter().zip(reach).filter(|(_, r)| r.count > 0).collect();
            // Stable: among equals, the order the organisation wrote them in.
            told.sort_by_key(|(_, r)| std::cmp::Reverse(r.count));
            for (phrase, reach) in told.into_iter().take(REASONS_OF_A_KIND) {
                let (phrase, count, first) = (phrase.clone(), reach.count, name(reach.first));
                reasons.push(if offers {
                    Why::Offers {
                        offer: phrase,
                        count,
                        first,
                    }
                } else {
                    Why::Needs {
                        need: phrase,
                        count,
                        first,
                    }
                });
            }
        }
        found
            .needed_by
            .min(PARTNERS_COUNTED)
            .saturating_add(found.offered_by.min(PARTNERS_COUNTED))
    }

    /// The kinds of resource `org` can commit: financing, space, a programme.
    fn resources(&self, org: &Organisation, reasons: &mut Vec<Why>) -> u32 {
        let mut scratch = Scratch::default();
        let mut offering = |set: &[u32]| {
            org.offers
                .iter()
                .find(|offer| {
                    self.words.fill(offer, &mut scratch);
                    overlaps(&scratch.concepts, set)
                })
                .cloned()
        };
        let source = self
            .funds
            .get(&org.id)
            .and_then(|at| at.first())
            .and_then(|&i| self.doc.funding_sources.get(i));
        let financing = if org.stakeholder_type.trim() == "financing" {
            Some(Why::FinancingInstitution)
        } else if let Some(source) = source {
            Some(Why::RunsFund {
                source: source.name.clone(),
            })
        } else {
            offering(&self.funding).map(|offer| Why::OffersFinancing { offer })
        };
        let space = offering(&self.space).map(|offer| Why::OffersSpace { offer });
        let runs_programmes = matches!(org.stakeholder_type.trim(), "government" | "international");
        let programme = if runs_programmes {
            offering(&self.programme).map(|offer| Why::RunsProgramme { offer })
        } else {
            None
        };
        let before = reasons.len();
        reasons.extend([financing, space, programme].into_iter().flatten());
        count(reasons.len() - before)
    }

    /// The gaps of the room `org` fills: its type, its member country and
    /// each of its areas, when no confirmed organisation brings them.
    fn gaps(&self, org: &Organisation, reasons: &mut Vec<Why>) -> u32 {
        let vocabularies = &self.doc.vocabularies;
        let before = reasons.len();
        let kind = org.stakeholder_type.trim();
        if !kind.is_empty() && !self.types.contains(kind) {
            reasons.push(Why::FirstOfType {
                kind: type_in_sentence(&vocabularies.stakeholder_types, kind),
            });
        }
        let country = org.country.trim().to_ascii_uppercase();
        if !country.is_empty()
            && self.doc.invitations.is_member(&country)
            && !self.countries.contains(&country)
        {
            reasons.push(Why::FirstFromCountry { country });
        }
        let mut seen = HashSet::new();
        let mut areas = 0;
        for area in org.focus_areas.iter().map(|a| a.trim()) {
            if !area.is_empty() && !self.areas.contains(area) && seen.insert(area) {
                areas += 1;
                reasons.push(Why::FirstInArea {
                    area: type_in_sentence(&vocabularies.thrust_areas, area),
                });
            }
        }
        let first_of_type = reasons.iter().any(|r| matches!(r, Why::FirstOfType { .. }));
        let first_from_country = reasons.iter().any(|r| matches!(r, Why::FirstFromCountry { .. }));
        for gap in self.short {
            // The same lack, already told as the first of a type or of a country.
            let told = match &gap.place {
                Place::Meeting => first_of_type && gap.stakeholder_type == kind,
                Place::Country { .. } => first_from_country && gap.stakeholder_type.is_empty(),
                Place::Group { .. } => false,
            };
            if !told && counts_towards(self.doc, org, gap) {
                reasons.push(Why::FillsTarget { gap: gap.describe() });
            }
        }
        count(reasons.len() - before - areas).saturating_add(count(areas).min(AREAS_COUNTED))
    }

    /// The steps along the pipeline of every partnership `org` is in; a
    /// dropped partnership counts for nothing.
    fn track_record(&self, org: &Organisation, reasons: &mut Vec<Why>) -> u32 {
        let stages = &self.doc.vocabularies.stages;
        let mut found: Vec<(u32, &str, &str)> = self
            .partnerships
            .get(&org.id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.doc.partnerships.get(i))
            .filter(|p| p.stage != DROPPED)
            .map(|p| {
                let at = stages.iter().position(|s| s.key == p.stage).unwrap_or(0);
                (count(at + 1), p.title.as_str(), p.stage.as_str())
            })
            .collect();
        let steps = found
            .iter()
            .fold(0u32, |sum, (steps, ..)| sum.saturating_add(*steps));
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| fold(a.1).cmp(&fold(b.1))));
        reasons.extend(
            found
                .into_iter()
                .take(PARTNERSHIPS_TOLD)
                .map(|(_, title, stage)| Why::InPartnership {
                    title: title.to_owned(),
                    stage: Vocabularies::label(stages, stage).to_owned(),
                }),
        );
        steps
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[path = "shortlist_tests.rs"]
mod tests;
