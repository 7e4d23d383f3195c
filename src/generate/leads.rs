//! Financing leads of the partnerships that need money: a few sources
//! approached for each, at every step of the pipeline.

use chrono::TimeDelta;

use super::rng::{Rng, first_day, stamp};
use crate::model::{Confidentiality, FinancingLead, FundingSource, LeadStatus, Money, Partnership};

/// What is done next with a lead, by its status.
const NEXT_STEPS: [&str; 6] = [
    "Introduce the project to the fund's officer",
    "Send the concept note",
    "Answer the questions on the proposal",
    "Agree on the disbursement schedule",
    "Sign the financing agreement",
    "Look for another source",
];

/// Zero to three leads for each partnership with a financing need, with
/// statuses spread over the pipeline and amounts a fraction of the need,
/// some of them in euros.
pub fn leads(rng: &mut Rng, partnerships: &[Partnership], sources: &[FundingSource]) -> Vec<FinancingLead> {
    let mut leads = Vec::new();
    for (n, p) in partnerships.iter().enumerate() {
        let Some(need) = &p.financing_need else {
            continue;
        };
        for _ in 0..rng.between(0, 3) {
            let status = rng.pick(&LeadStatus::ALL);
            let index = LeadStatus::ALL.iter().position(|s| *s == status).unwrap_or(0);
            // A tenth to a half of the need.
            let share = u64::try_from(rng.between(10, 50)).unwrap_or(10);
            let amount = need.amount / 100 * share;
            let currency = if rng.chance(20) {
                "EUR"
            } else {
                need.currency.as_str()
            };
            let amount = match (need.currency.as_str(), currency) {
                ("USD", "EUR") => amount * 100 / 137,
                _ => amount,
            };
            let source = sources.get(rng.below(sources.len())).map(|s| s.id);
            let days = i64::try_from(rng.between(7, 90)).unwrap_or(30);
            leads.push(FinancingLead {
                id: rng.id(),
                modified: stamp(n * 3 + 1),
                partnership: p.id,
                source,
                status,
                amount: rng.chance(90).then(|| Money {
                    amount,
                    currency: currency.to_owned(),
                }),
                contact: None,
                next_step: NEXT_STEPS.get(index).copied().unwrap_or_default().to_owned(),
                next_date: first_day().checked_add_signed(TimeDelta::try_days(days).unwrap_or_default()),
                notes: String::new(),
                confidentiality: Confidentiality::Organisers,
            });
        }
    }
    leads
}
