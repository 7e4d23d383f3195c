//! Partnerships between the organisations, and the funding sources they may use.

use chrono::TimeDelta;

use super::phrases::{DELIVERABLES, NEXT_STEPS, OFFERS, PARTNER_ROLES};
use super::rng::{Rng, first_day, stamp};
use super::words::{CAUSES, CITIES, STEMS};
use crate::model::{
    AgendaItem, AgendaKind, Confidentiality, Deliverable, FundingKind, FundingSource, Id, Instrument,
    Milestone, Money, Organisation, PartnerChange, PartnerEvent, PartnerRole, Partnership, StageChange,
    Vocabularies,
};

/// `count` partnerships, cycling through every stage of the pipeline.
pub fn partnerships(
    rng: &mut Rng,
    count: usize,
    organisations: &[Organisation],
    agenda: &[AgendaItem],
    vocabularies: &Vocabularies,
) -> Vec<Partnership> {
    let stages = keys(&vocabularies.stages);
    let areas = keys(&vocabularies.thrust_areas);
    let programmes = keys(&vocabularies.programmes);
    let births: Vec<&AgendaItem> = agenda
        .iter()
        .filter(|a| matches!(a.kind, AgendaKind::RoundTable | AgendaKind::Plenary))
        .collect();
    let indices: Vec<usize> = (0..organisations.len()).collect();
    (0..count)
        .map(|n| {
            let stage = stages.get(n % stages.len().max(1)).copied().unwrap_or("idea");
            let partner_count = rng.between(2, 5);
            let partners: Vec<&Organisation> = rng
                .sample(&indices, partner_count)
                .into_iter()
                .filter_map(|i| organisations.get(i))
                .collect();
            let mut countries: Vec<String> = Vec::new();
            for org in &partners {
                if !org.country.is_empty() && !countries.contains(&org.country) && countries.len() < 4 {
                    countries.push(org.country.clone());
                }
            }
            let (cause, cause_ar) = rng.pick(&CAUSES);
            let (city, city_ar, _) = rng.pick(&CITIES);
            let (title, title_ar) = titles(rng, (cause, cause_ar), (city, city_ar), countries.len());
            let deliverables = rng.between(1, 4);
            let resources = rng.between(0, 3);
            let milestone_count = rng.between(0, 3);
            let milestones = rng
                .sample(&DELIVERABLES, milestone_count)
                .into_iter()
                .enumerate()
                .map(|(i, what)| Milestone {
                    id: rng.id(),
                    title: format!("{what} delivered"),
                    due: first_day().checked_add_signed(days(60 * (i + 1))),
                    done: false,
                })
                .collect();
            let amount = 10_000 * u64::try_from(rng.between(2, 200)).unwrap_or(2);
            let stage_history = history(rng, &stages, stage, n);
            let partner_ids: Vec<Id> = partners.iter().map(|o| o.id).collect();
            let partner_history = partner_history(rng, &partner_ids, &stage_history, organisations);
            // Partnerships still being negotiated are sometimes kept among the organisers.
            let negotiating = matches!(stage, "idea" | "exploring");
            let confidentiality = organisers_only(rng, if negotiating { 25 } else { 0 });
            Partnership {
                id: rng.id(),
                modified: stamp(n * 3),
                description: format!(
                    "Partners pool their strengths so that work on {} reaches more people in {city}.",
                    cause.to_lowercase()
                ),
                partners: partners
                    .iter()
                    .map(|o| PartnerRole {
                        id: rng.id(),
                        organisation: o.id,
                        role: rng.pick(&PARTNER_ROLES).to_owned(),
                    })
                    .collect(),
                lead: partners.first().map(|o| o.id),
                stage: stage.to_owned(),
                thrust_area: rng.pick(&areas).to_owned(),
                programme: rng.pick(&programmes).to_owned(),
                countries,
                deliverables: rng
                    .sample(&DELIVERABLES, deliverables)
                    .into_iter()
                    .map(|text| Deliverable {
                        id: rng.id(),
                        text: text.to_owned(),
                    })
                    .collect(),
                resources_committed: owned(&rng.sample(&OFFERS, resources)),
                milestones,
                next_step: rng.pick(&NEXT_STEPS).to_owned(),
                reporter: None,
                financing_need: rng.chance(80).then(|| Money {
                    amount,
                    currency: if rng.chance(20) { "EUR" } else { "USD" }.to_owned(),
                }),
                instruments_sought: Vec::new(),
                born_at: births
                    .get(rng.below(births.len()))
                    .filter(|_| rng.chance(70))
                    .map(|a| a.id),
                stage_history,
                partner_history,
                confidentiality,
                title,
                title_ar,
            }
        })
        .collect()
}

/// A title in English (or in Arabic alone) and often its Arabic translation.
fn titles(
    rng: &mut Rng,
    (cause, cause_ar): (&str, &str),
    (city, city_ar): (&str, &str),
    countries: usize,
) -> (String, String) {
    let (title, title_ar) = match rng.below(5) {
        0 => (format!("شراكة {cause_ar} في {city_ar}"), String::new()),
        1 => (
            format!("Regional network for {}", cause.to_lowercase()),
            format!("شبكة إقليمية من أجل {cause_ar}"),
        ),
        2 => (
            format!("{cause} pilot in {city}"),
            format!("مشروع تجريبي في {city_ar}: {cause_ar}"),
        ),
        _ => (
            format!("{cause} programme across {countries} countries"),
            String::new(),
        ),
    };
    let title_ar = if rng.chance(60) { title_ar } else { String::new() };
    (title, title_ar)
}

/// For the organisers alone `percent` times out of a hundred.
fn organisers_only(rng: &mut Rng, percent: usize) -> Confidentiality {
    if rng.chance(percent) {
        Confidentiality::Organisers
    } else {
        Confidentiality::Public
    }
}

/// The stages a partnership went through to reach `stage`, in order.
fn history(rng: &mut Rng, stages: &[&str], stage: &str, n: usize) -> Vec<StageChange> {
    let pipeline: Vec<&str> = stages.iter().copied().filter(|s| *s != "dropped").collect();
    let path: Vec<&str> = if stage == "dropped" {
        let reached = rng.between(1, pipeline.len().clamp(1, 3));
        pipeline.iter().copied().take(reached).chain([stage]).collect()
    } else {
        let reached = pipeline.iter().position(|s| *s == stage).map_or(0, |i| i + 1);
        pipeline.iter().copied().take(reached.max(1)).collect()
    };
    path.into_iter()
        .enumerate()
        .map(|(i, s)| StageChange {
            stage: s.to_owned(),
            at: stamp(n + i * 24 * 60),
        })
        .collect()
}

/// When the partners joined: all but the last at the first stage change, the
/// last at the next one when there is one; now and then an organisation that
/// joined at the start and has left since.
fn partner_history(
    rng: &mut Rng,
    partners: &[Id],
    stages: &[StageChange],
    organisations: &[Organisation],
) -> Vec<PartnerChange> {
    let first = stages.first().map_or_else(|| stamp(0), |c| c.at);
    let later = stages.get(1).map_or(first, |c| c.at);
    let last = partners.len().saturating_sub(1);
    let mut changes: Vec<PartnerChange> = partners
        .iter()
        .enumerate()
        .map(|(i, &organisation)| PartnerChange {
            organisation,
            event: PartnerEvent::Joined,
            at: if i == last && i > 0 { later } else { first },
        })
        .collect();
    let leaver = organisations
        .get(rng.below(organisations.len()))
        .map(|o| o.id)
        .filter(|id| !partners.contains(id));
    if let Some(organisation) = leaver.filter(|_| rng.chance(15) && later > first) {
        changes.insert(
            0,
            PartnerChange {
                organisation,
                event: PartnerEvent::Joined,
                at: first,
            },
        );
        changes.push(PartnerChange {
            organisation,
            event: PartnerEvent::Left,
            at: later,
        });
    }
    changes
}

/// `count` funding sources, cycling through every kind of financing.
pub fn funding_sources(
    rng: &mut Rng,
    count: usize,
    organisations: &[Organisation],
    vocabularies: &Vocabularies,
) -> Vec<FundingSource> {
    let funders: Vec<&Organisation> = organisations
        .iter()
        .filter(|o| o.stakeholder_type == "financing" || o.stakeholder_type == "international")
        .collect();
    let areas = keys(&vocabularies.thrust_areas);
    let stages: Vec<&str> = keys(&vocabularies.stages)
        .into_iter()
        .filter(|s| *s != "dropped")
        .collect();
    let countries: Vec<&str> = CITIES.iter().map(|c| c.2).collect();
    (0..count)
        .map(|n| {
            let kind = FundingKind::ALL
                .get(n % FundingKind::ALL.len())
                .copied()
                .unwrap_or(FundingKind::Donor);
            let (instruments, low, high): (&[Instrument], u64, u64) = match kind {
                FundingKind::VentureCapital => {
                    (&[Instrument::Equity, Instrument::SeedMoney], 250_000, 5_000_000)
                }
                FundingKind::DevelopmentFinance => {
                    (&[Instrument::Loan, Instrument::Guarantee], 1_000_000, 20_000_000)
                }
                FundingKind::Donor => (
                    &[Instrument::Grant, Instrument::TechnicalAssistance],
                    20_000,
                    500_000,
                ),
                FundingKind::GovernmentProgramme => {
                    (&[Instrument::Grant, Instrument::InKind], 10_000, 300_000)
                }
                FundingKind::PublicPrivatePartnership => {
                    (&[Instrument::InKind, Instrument::Loan], 500_000, 10_000_000)
                }
                FundingKind::CorporateProgramme => (
                    &[
                        Instrument::InKind,
                        Instrument::Grant,
                        Instrument::TechnicalAssistance,
                    ],
                    10_000,
                    200_000,
                ),
                FundingKind::Incubator => (
                    &[
                        Instrument::SeedMoney,
                        Instrument::TechnicalAssistance,
                        Instrument::InKind,
                    ],
                    5_000,
                    50_000,
                ),
            };
            let funder = funders
                .get(rng.below(funders.len()))
                .copied()
                .filter(|_| rng.chance(85));
            let (cause, _) = rng.pick(&CAUSES);
            let name = match funder {
                Some(org) => format!("{}: {} window", org.name, kind.label().to_lowercase()),
                None => format!("{} fund for {}", rng.pick(&STEMS).0, cause.to_lowercase()),
            };
            let instrument_count = rng.between(1, instruments.len());
            let country_count = if rng.chance(40) { 0 } else { rng.between(1, 5) };
            let area_count = rng.between(0, 3);
            let stage_count = rng.between(0, 3);
            let ticket_min = low * u64::try_from(rng.between(1, 3)).unwrap_or(1);
            FundingSource {
                id: rng.id(),
                modified: stamp(n * 5),
                name,
                organisation: funder.map(|o| o.id),
                kind,
                instruments: rng.sample(instruments, instrument_count),
                ticket_min,
                ticket_max: high.max(ticket_min),
                currency: if rng.chance(25) { "EUR" } else { "USD" }.to_owned(),
                eligible_countries: owned(&rng.sample(&countries, country_count)),
                focus_areas: owned(&rng.sample(&areas, area_count)),
                eligible_stages: owned(&rng.sample(&stages, stage_count)),
                applicant_types: Vec::new(),
                co_financing_required: rng.chance(40),
                deadline: rng
                    .chance(50)
                    .then(|| first_day().checked_add_signed(days(rng.between(30, 365))))
                    .flatten(),
                contact: String::new(),
                notes: "Ticket sizes are indicative, to confirm with the funder.".to_owned(),
                confidentiality: organisers_only(rng, 15),
            }
        })
        .collect()
}

fn keys(terms: &[crate::model::Term]) -> Vec<&str> {
    terms.iter().map(|t| t.key.as_str()).collect()
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

fn days(n: usize) -> TimeDelta {
    TimeDelta::try_days(i64::try_from(n).unwrap_or(0)).unwrap_or_default()
}
