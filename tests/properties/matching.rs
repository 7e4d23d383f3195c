//! The matcher on generated meetings: a blocked source is never a match,
//! results are the same twice and ordered by score, a blended plan keeps
//! within every ticket and never sums past the need, and every match says why.
//!
//! The meetings draw from a few countries, areas, stages, types and
//! currencies (one with no rate), so that every rule meets both outcomes.

use std::sync::Arc;

use chrono::NaiveDate;
use majlis::model::leads::{self, LeadStatus};
use majlis::model::matching::{Blocker, Factor, Matcher, points};
use majlis::model::{
    Document, FinancingLead, FundingSource, Id, Instrument, Money, Organisation, PartnerRole, Partnership,
    Rate,
};
use proptest::collection::vec;
use proptest::option::of as maybe;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

const COUNTRIES: [&str; 4] = ["LB", "JO", "EG", "YE"];
const AREAS: [&str; 4] = ["access", "capacity", "content", "enabling"];
const STAGES: [&str; 7] = [
    "idea",
    "exploring",
    "agreed",
    "formalised",
    "implementing",
    "",
    "mystery",
];
const TYPES: [&str; 5] = ["government", "private", "ngo", "financing", ""];
const CURRENCIES: [&str; 4] = ["USD", "EUR", "KWD", "XYZ"];
const INSTRUMENTS: [Instrument; 7] = [
    Instrument::Grant,
    Instrument::Loan,
    Instrument::Guarantee,
    Instrument::Equity,
    Instrument::TechnicalAssistance,
    Instrument::InKind,
    Instrument::SeedMoney,
];

fn strings(from: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    subsequence(from, 0..=from.len().min(3)).prop_map(|s| s.into_iter().map(str::to_owned).collect())
}

fn one(from: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(from).prop_map(str::to_owned)
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (1_u32..=365).prop_map(|d| NaiveDate::from_yo_opt(2007, d).unwrap())
}

fn organisation() -> impl Strategy<Value = Organisation> {
    (one(&TYPES), one(&["LB", "JO", "EG", "FR", ""]), "[A-Z][a-z]{2,8}").prop_map(
        |(stakeholder_type, country, name)| Organisation {
            stakeholder_type,
            country,
            name,
            ..Organisation::default()
        },
    )
}

fn money() -> impl Strategy<Value = Money> {
    (0_u64..3_000_000, one(&CURRENCIES)).prop_map(|(amount, currency)| Money { amount, currency })
}

/// A partnership whose partners and lead are picked among `n` organisations by index.
fn partnership() -> impl Strategy<Value = (Partnership, Vec<usize>, Option<usize>)> {
    (
        one(&STAGES),
        one(&["access", "capacity", "content", "media", ""]),
        strings(&COUNTRIES),
        maybe(money()),
        vec(0_usize..8, 0..4),
        maybe(0_usize..8),
        "[A-Z][a-z]{2,8}",
        subsequence(&INSTRUMENTS[..], 0..=2),
    )
        .prop_map(
            |(stage, thrust_area, countries, financing_need, partners, lead, title, instruments_sought)| {
                let p = Partnership {
                    stage,
                    thrust_area,
                    countries,
                    financing_need,
                    title,
                    instruments_sought,
                    ..Partnership::default()
                };
                (p, partners, lead)
            },
        )
}

fn source() -> impl Strategy<Value = (FundingSource, Option<usize>)> {
    (
        (
            subsequence(&INSTRUMENTS[..], 0..=3),
            0_u64..1_000_000,
            0_u64..3_000_000,
            one(&CURRENCIES),
        ),
        (
            strings(&COUNTRIES),
            strings(&AREAS),
            strings(&STAGES[..5]),
            strings(&TYPES[..4]),
        ),
        (any::<bool>(), maybe(day()), maybe(0_usize..8), "[A-Z][a-z]{0,3}"),
    )
        .prop_map(
            |(
                (instruments, ticket_min, ticket_max, currency),
                (eligible_countries, focus_areas, eligible_stages, applicant_types),
                (co_financing_required, deadline, organisation, name),
            )| {
                let s = FundingSource {
                    name,
                    instruments,
                    ticket_min,
                    ticket_max,
                    currency,
                    eligible_countries,
                    focus_areas,
                    eligible_stages,
                    applicant_types,
                    co_financing_required,
                    deadline,
                    ..FundingSource::default()
                };
                (s, organisation)
            },
        )
}

prop_compose! {
    fn meeting()(
        organisations in vec(organisation(), 8),
        partnerships in vec(partnership(), 1..6),
        sources in vec(source(), 0..12),
        rates in (maybe(0.5_f64..2.0), maybe(2.0_f64..4.0)),
        leads in vec((0_usize..6, 0_usize..12, select(&LeadStatus::ALL[..]), maybe(money())), 0..6),
        today in day(),
    ) -> (Document, NaiveDate) {
        let mut doc = Document::default();
        let orgs: Vec<Id> = organisations.iter().map(|o| o.id).collect();
        doc.organisations = organisations.into_iter().map(Arc::new).collect();
        doc.partnerships = partnerships
            .into_iter()
            .map(|(mut p, partners, lead)| {
                p.partners = partners
                    .into_iter()
                    .map(|i| PartnerRole { organisation: orgs[i], ..PartnerRole::default() })
                    .collect();
                p.lead = lead.map(|i| orgs[i]);
                Arc::new(p)
            })
            .collect();
        doc.funding_sources = sources
            .into_iter()
            .map(|(mut s, org)| {
                s.organisation = org.map(|i| orgs[i]);
                Arc::new(s)
            })
            .collect();
        let (eur, kwd) = rates;
        doc.rates = [("EUR", eur), ("KWD", kwd)]
            .into_iter()
            .filter_map(|(c, r)| Some(Rate { currency: c.to_owned(), usd_per_unit: r? }))
            .collect();
        doc.leads = leads
            .into_iter()
            .filter_map(|(p, s, status, amount)| {
                Some(Arc::new(FinancingLead {
                    partnership: doc.partnerships.get(p)?.id,
                    source: doc.funding_sources.get(s).map(|s| s.id),
                    status,
                    amount,
                    ..FinancingLead::default()
                }))
            })
            .collect();
        (doc, today)
    }
}

/// Whether a plain reading of the rules blocks `s` for `p`: its deadline,
/// its smallest ticket (a need above the largest does not block), the rates,
/// the kinds of money sought, its countries and its applicant types.
fn plainly_blocked(doc: &Document, p: &Partnership, s: &FundingSource, today: NaiveDate) -> bool {
    if s.deadline.is_some_and(|d| d < today) {
        return true;
    }
    if !p.instruments_sought.is_empty()
        && !s.instruments.is_empty()
        && !p.instruments_sought.iter().any(|i| s.instruments.contains(i))
    {
        return true;
    }
    if let Some(need) = &p.financing_need {
        match leads::convert(&doc.rates, need.amount, &need.currency, &s.currency) {
            None => return true,
            Some(n) if n < s.ticket_min => return true,
            Some(_) => {}
        }
    }
    if !s.eligible_countries.is_empty()
        && !p.countries.is_empty()
        && !p.countries.iter().any(|c| s.eligible_countries.contains(c))
    {
        return true;
    }
    let types: Vec<&str> = p
        .partners
        .iter()
        .map(|r| r.organisation)
        .chain(p.lead)
        .filter_map(|id| doc.organisation(id))
        .map(|o| o.stakeholder_type.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    !s.applicant_types.is_empty()
        && !types.is_empty()
        && !types.iter().any(|t| s.applicant_types.iter().any(|a| a == t))
}

fn name(doc: &Document, id: Id) -> (&str, Id) {
    let s = doc.funding_sources.iter().find(|s| s.id == id).unwrap();
    (s.name.as_str(), s.id)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_blocked_source_never_appears_as_a_match((doc, today) in meeting()) {
        let matcher = Matcher::new(&doc, today);
        for p in &doc.partnerships {
            let ranking = matcher.rank(p);
            prop_assert_eq!(ranking.matches.len() + ranking.blocked.len(), doc.funding_sources.len());
            for b in &ranking.blocked {
                prop_assert!(!b.blockers.is_empty());
                prop_assert_eq!(ranking.blockers(b).count(), b.blockers.len());
                prop_assert!(ranking.matches.iter().all(|m| m.source != b.source));
                for blocker in ranking.blockers(b) {
                    prop_assert!(!blocker.describe().is_empty());
                }
            }
            for m in &ranking.matches {
                let s = doc.funding_sources.iter().find(|s| s.id == m.source).unwrap();
                prop_assert!(!plainly_blocked(&doc, p, s, today), "{} matches {}: {:?}", s.name, p.title, m);
            }
            for s in &doc.funding_sources {
                if plainly_blocked(&doc, p, s, today) {
                    prop_assert!(ranking.blocked.iter().any(|b| b.source == s.id));
                }
            }
        }
    }

    #[test]
    fn results_are_deterministic_and_ordered_by_score((doc, today) in meeting()) {
        let (first, second) = (Matcher::new(&doc, today), Matcher::new(&doc, today));
        for p in &doc.partnerships {
            let ranking = first.rank(p);
            prop_assert_eq!(&ranking, &second.rank(p));
            prop_assert_eq!(&ranking, &first.rank(p));
            prop_assert_eq!(first.plan(p, &ranking), second.plan(p, &ranking));
            for pair in ranking.matches.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                prop_assert!(a.score >= b.score);
                if a.score == b.score {
                    prop_assert!(name(&doc, a.source) < name(&doc, b.source), "{:?} then {:?}", a, b);
                }
            }
        }
        for s in &doc.funding_sources {
            let found = first.reverse(s);
            prop_assert_eq!(&found, &second.reverse(s));
            prop_assert!(found.matches.windows(2).all(|w| w[0].score >= w[1].score));
            for m in &found.matches {
                let p = doc.partnerships.iter().find(|p| p.id == m.partnership).unwrap();
                let ranking = first.rank(p);
                let same = ranking.matches.iter().find(|x| x.source == s.id);
                prop_assert_eq!(same, Some(m));
                for (a, b) in m.parts.iter().zip(&same.unwrap().parts) {
                    prop_assert_eq!(found.reason(m, a), ranking.reason(same.unwrap(), b));
                }
            }
        }
    }

    #[test]
    fn a_plan_keeps_within_the_tickets_and_the_need((doc, today) in meeting()) {
        let matcher = Matcher::new(&doc, today);
        for p in &doc.partnerships {
            let ranking = matcher.rank(p);
            let plan = matcher.plan(p, &ranking);
            let Some(need) = &p.financing_need else {
                prop_assert!(plan.shares.is_empty());
                continue;
            };
            let mut sum = 0_u64;
            for share in &plan.shares {
                let s = doc.funding_sources.iter().find(|s| s.id == share.source).unwrap();
                prop_assert!(share.amount.amount >= s.ticket_min, "{:?} below {}", share, s.ticket_min);
                prop_assert!(share.amount.amount <= s.ticket_max, "{:?} above {}", share, s.ticket_max);
                prop_assert!(share.amount.amount > 0);
                prop_assert_eq!(&share.amount.currency, &s.currency);
                prop_assert_eq!(plan.shares.iter().filter(|x| x.source == s.id).count(), 1);
                prop_assert!(ranking.matches.iter().any(|m| m.source == s.id), "{} is not a match", s.name);
                prop_assert!(ranking.blocked.iter().all(|b| b.source != s.id), "{} is blocked", s.name);
                let pledging = doc.leads.iter().any(|l| l.partnership == p.id && l.source == Some(s.id) && l.status.covers());
                prop_assert!(!pledging, "{} already pledges", s.name);
                sum += share.in_need_currency;
            }
            let places: Vec<usize> = plan
                .shares
                .iter()
                .filter_map(|share| ranking.matches.iter().position(|m| m.source == share.source))
                .collect();
            prop_assert!(places.windows(2).all(|w| w[0] < w[1]), "not in score order: {:?}", places);
            let covered = leads::covered(&doc, p).unwrap().covered.min(need.amount);
            prop_assert_eq!(plan.covered, covered);
            prop_assert!(covered + sum <= need.amount, "{} + {} past {}", covered, sum, need.amount);
            prop_assert_eq!(plan.gap, need.amount - covered - sum);
        }
    }

    #[test]
    fn the_amount_blocks_below_the_smallest_ticket_and_scores_above_the_largest((doc, today) in meeting()) {
        let matcher = Matcher::new(&doc, today);
        for p in &doc.partnerships {
            let ranking = matcher.rank(p);
            for s in &doc.funding_sources {
                let need = p
                    .financing_need
                    .as_ref()
                    .and_then(|n| leads::convert(&doc.rates, n.amount, &n.currency, &s.currency));
                let below = ranking.blockers_of(s.id).is_some_and(|blockers| {
                    blockers.iter().any(|b| matches!(b, Blocker::Amount { .. }))
                });
                prop_assert_eq!(below, need.is_some_and(|n| n < s.ticket_min), "{}", s.name);
                if let Some(m) = ranking.matches.iter().find(|m| m.source == s.id) {
                    let part = m.parts.iter().find(|x| x.factor == Factor::Amount);
                    let above = need.filter(|n| *n > s.ticket_max);
                    prop_assert_eq!(part.is_some(), above.is_some(), "{:?}", m);
                    if let (Some(part), Some(n)) = (part, above) {
                        prop_assert_eq!(part.points, points::amount(s.ticket_max, n));
                        prop_assert!((-15..=-5).contains(&part.points));
                    }
                }
            }
        }
    }

    #[test]
    fn every_match_has_a_reason((doc, today) in meeting()) {
        let matcher = Matcher::new(&doc, today);
        for p in &doc.partnerships {
            let ranking = matcher.rank(p);
            for m in &ranking.matches {
                prop_assert!(!m.parts.is_empty());
                prop_assert_eq!(m.score, m.parts.iter().map(|x| x.points).sum::<i32>());
                for part in &m.parts {
                    let reason = ranking.reason(m, part);
                    prop_assert!(!reason.trim().is_empty() && !reason.starts_with("matching-"), "{}", reason);
                }
            }
        }
    }
}
