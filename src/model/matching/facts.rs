//! What the matcher works out once about each source and each partnership.

use std::sync::Arc;

use super::Finding;
use super::judge::need_in;
use super::keys::{Instruments, Interner, Set};
use super::matcher::Matcher;
use super::words::{NeedWords, ProjectWords, SourceWords};
use crate::model::leads::{self, FinancingLead};
use crate::model::{FundingSource, Id, Organisation, Partnership, Term, Vocabularies};

/// What the matcher knows of one source, worked out once.
pub(super) struct SourceFacts<'a> {
    pub(super) source: &'a FundingSource,
    /// What judging needs of the source itself, held in place.
    pub(super) brief: Brief,
    /// Position of the source in name order (ties by id), for ordering matches.
    pub(super) order: u32,
    pub(super) countries: Set,
    pub(super) focus: Set,
    pub(super) stages: Set,
    /// The position of the earliest eligible stage in the pipeline.
    pub(super) earliest: Option<usize>,
    pub(super) types: Set,
    pub(super) usd_per_unit: Option<f64>,
    /// The currency's id: needs in the same currency need no rate.
    pub(super) currency: u32,
    pub(super) deadline_passed: bool,
    pub(super) instruments: Instruments,
    pub(super) words: Arc<SourceWords>,
}

/// The fields of a source that judging reads, copied beside its facts.
#[derive(Clone, Copy)]
#[expect(clippy::struct_excessive_bools, reason = "independent facts of a source")]
pub(super) struct Brief {
    pub(super) id: Id,
    pub(super) organisation: Option<Id>,
    pub(super) ticket_min: u64,
    pub(super) ticket_max: u64,
    pub(super) co_financing_required: bool,
    /// Whether it names eligible countries, applicant types, focus areas.
    pub(super) has_countries: bool,
    pub(super) has_types: bool,
    pub(super) has_focus: bool,
}

/// What the matcher knows of one partnership, worked out once per question.
#[expect(clippy::struct_excessive_bools, reason = "independent facts of a partnership")]
pub(super) struct ProjectFacts<'a> {
    pub(super) countries: Set,
    /// Whether any country, any partner's type counts for it.
    pub(super) has_countries: bool,
    pub(super) has_types: bool,
    /// The thrust area's key id (`None` when no source lists it) and label.
    pub(super) area: Option<u32>,
    pub(super) has_area: bool,
    pub(super) stage: Option<u32>,
    pub(super) stage_position: Option<usize>,
    pub(super) has_stage: bool,
    pub(super) types: Set,
    /// The kinds of money it seeks; none when it has not said.
    pub(super) sought: Instruments,
    /// Need: amount, its currency's id among the sources', and the worth of
    /// a unit of its currency in dollars.
    pub(super) need: Option<(u64, Option<u32>, Option<f64>)>,
    /// The need in each currency of the catalogue, by id, or the flags of
    /// the rates missing to convert it.
    pub(super) need_in: Vec<Result<u64, u16>>,
    pub(super) organisations: Vec<Id>,
    pub(super) co_financing: Option<Finding>,
    pub(super) leads: &'a [&'a FinancingLead],
    pub(super) words: Arc<ProjectWords>,
}

impl<'a> Matcher<'a> {
    pub(super) fn source_facts(&mut self, source: &'a FundingSource, order: u32) -> SourceFacts<'a> {
        let countries = self.countries.set(&source.eligible_countries);
        let focus = self.areas.set(&source.focus_areas);
        let stages = self.stages.set(&source.eligible_stages);
        let types = self.types.set(&source.applicant_types);
        let currency = self.currencies.intern(&source.currency);
        self.facts_with(source, order, [countries, focus, stages, types], currency)
    }

    /// The facts of `source`, given its interned sets.
    fn facts_with<'s>(
        &self,
        source: &'s FundingSource,
        order: u32,
        [countries, focus, stages, types]: [Set; 4],
        currency: u32,
    ) -> SourceFacts<'s> {
        let vocab = &self.doc.vocabularies;
        let labels = |terms: &[Term], keys: &[String]| -> Arc<[String]> {
            keys.iter()
                .map(|k| Vocabularies::label(terms, k).to_owned())
                .collect()
        };
        let earliest = source
            .eligible_stages
            .iter()
            .filter_map(|s| self.stage_positions.get(s.as_str()).copied())
            .min();
        let earliest_label = earliest
            .and_then(|i| vocab.stages.get(i))
            .map_or("", |t| t.label.as_str());
        SourceFacts {
            source,
            brief: Brief {
                id: source.id,
                organisation: source.organisation,
                ticket_min: source.ticket_min,
                ticket_max: source.ticket_max,
                co_financing_required: source.co_financing_required,
                has_countries: !countries.is_empty(),
                has_types: !types.is_empty(),
                has_focus: !source.focus_areas.is_empty(),
            },
            order,
            countries,
            focus,
            stages,
            earliest,
            types,
            usd_per_unit: leads::usd_per_unit(&self.doc.rates, &source.currency),
            currency,
            deadline_passed: source.deadline.is_some_and(|d| d < self.today),
            instruments: Instruments::of(&source.instruments),
            words: Arc::new(SourceWords {
                country_codes: source
                    .eligible_countries
                    .iter()
                    .map(|c| c.trim().to_uppercase())
                    .collect(),
                focus_labels: labels(&vocab.thrust_areas, &source.focus_areas),
                runner: source
                    .organisation
                    .and_then(|o| self.organisations.get(&o))
                    .map(|o| Arc::from(o.name.as_str())),
                stage_labels: labels(&vocab.stages, &source.eligible_stages),
                earliest: Arc::from(earliest_label),
                type_labels: labels(&vocab.stakeholder_types, &source.applicant_types),
                instruments: Instruments::of(&source.instruments),
                currency: Arc::from(source.currency.trim()),
                currency_id: currency,
                usd_per_unit: leads::usd_per_unit(&self.doc.rates, &source.currency),
                ticket_min: source.ticket_min,
                ticket_max: source.ticket_max,
                deadline: source.deadline,
            }),
        }
    }

    pub(super) fn project_facts<'p>(&'p self, partnership: &'p Partnership) -> ProjectFacts<'p> {
        let vocab = &self.doc.vocabularies;
        let mut organisations: Vec<Id> = Vec::with_capacity(partnership.partners.len() + 1);
        for id in partnership
            .lead
            .iter()
            .chain(partnership.partners.iter().map(|p| &p.organisation))
        {
            if !organisations.contains(id) {
                organisations.push(*id);
            }
        }
        let members: Vec<&Organisation> = organisations
            .iter()
            .filter_map(|id| self.organisations.get(id).copied())
            .collect();
        let from_partners = !partnership.countries.iter().any(|c| !c.trim().is_empty());
        let raw: Vec<&str> = if from_partners {
            members.iter().map(|o| o.country.as_str()).collect()
        } else {
            partnership.countries.iter().map(String::as_str).collect()
        };
        let mut codes: Vec<String> = raw
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .map(|c| {
                if c.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
                    c.to_owned()
                } else {
                    c.to_uppercase()
                }
            })
            .collect();
        dedup_in_order(&mut codes);
        let mut type_keys: Vec<&str> = members
            .iter()
            .map(|o| o.stakeholder_type.as_str())
            .filter(|t| !t.trim().is_empty())
            .collect();
        type_keys.dedup();
        let mut type_labels: Vec<String> = type_keys
            .iter()
            .map(|k| Vocabularies::label(&vocab.stakeholder_types, k).to_owned())
            .collect();
        dedup_in_order(&mut type_labels);
        let leads: &[&FinancingLead] = self.leads.get(&partnership.id).map_or(&[], Vec::as_slice);
        let co_financier = members
            .iter()
            .find(|o| matches!(o.stakeholder_type.trim(), "financing" | "private"))
            .map(|o| Arc::<str>::from(o.name.as_str()));
        let co_financing = co_financier.as_ref().map(|_| Finding::CoFinancingBy).or_else(|| {
            leads
                .iter()
                .any(|l| l.status.covers())
                .then_some(Finding::CoFinancingPledged)
        });
        let area = partnership.thrust_area.trim();
        let stage = partnership.stage.trim();
        let need = partnership.financing_need.as_ref().map(|m| NeedWords {
            amount: m.amount,
            currency: Arc::from(m.currency.trim()),
            currency_id: self.currencies.get(&m.currency),
            usd_per_unit: leads::usd_per_unit(&self.doc.rates, &m.currency),
        });
        ProjectFacts {
            countries: self.countries.known(codes.iter()),
            has_countries: !codes.is_empty(),
            has_types: !type_labels.is_empty(),
            area: self.areas.get(area),
            has_area: !area.is_empty(),
            stage: self.stages.get(stage).filter(|_| !stage.is_empty()),
            stage_position: self.stage_positions.get(stage).copied(),
            has_stage: !stage.is_empty(),
            types: self.types.known(type_keys.iter()),
            need_in: need.as_ref().map_or_else(Vec::new, |n| {
                self.currency_usd
                    .iter()
                    .enumerate()
                    .map(|(id, usd)| {
                        let id = u32::try_from(id).unwrap_or(u32::MAX);
                        need_in((n.amount, n.currency_id, n.usd_per_unit), id, *usd)
                    })
                    .collect()
            }),
            need: need.as_ref().map(|n| (n.amount, n.currency_id, n.usd_per_unit)),
            sought: Instruments::of(&partnership.instruments_sought),
            organisations,
            co_financing,
            leads,
            words: Arc::new(ProjectWords {
                country_codes: codes.into(),
                from_partners,
                stage_label: Arc::from(Vocabularies::label(&vocab.stages, stage)),
                area_label: Arc::from(Vocabularies::label(&vocab.thrust_areas, area)),
                co_financier,
                type_labels: type_labels.into(),
                need,
                sought: Instruments::of(&partnership.instruments_sought),
            }),
        }
    }

    pub(super) fn clone_facts(known: &SourceFacts<'a>) -> SourceFacts<'a> {
        SourceFacts {
            source: known.source,
            brief: known.brief,
            order: known.order,
            countries: known.countries.clone(),
            focus: known.focus.clone(),
            stages: known.stages.clone(),
            earliest: known.earliest,
            types: known.types.clone(),
            usd_per_unit: known.usd_per_unit,
            currency: known.currency,
            deadline_passed: known.deadline_passed,
            instruments: known.instruments,
            words: Arc::clone(&known.words),
        }
    }

    /// Facts of a source that is not (or not as given) in the catalogue. Keys
    /// the catalogue never used get ids of their own, beyond every known one.
    pub(super) fn fresh_facts<'s>(&self, source: &'s FundingSource) -> SourceFacts<'s> {
        let set = |interner: &Interner, keys: &[String]| -> Set { interner.clone().set(keys) };
        let sets = [
            set(&self.countries, &source.eligible_countries),
            set(&self.areas, &source.focus_areas),
            set(&self.stages, &source.eligible_stages),
            set(&self.types, &source.applicant_types),
        ];
        let currency = self.currencies.clone().intern(&source.currency);
        self.facts_with(source, 0, sets, currency)
    }
}

fn dedup_in_order(items: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::with_capacity(items.len());
    items.retain(|item| {
        if seen.contains(item) {
            false
        } else {
            seen.push(item.clone());
            true
        }
    });
}
