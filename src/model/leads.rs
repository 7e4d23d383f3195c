//! Financing leads: a source of money approached for a partnership, followed
//! from first contact to a commitment, and the currency rates that let amounts
//! in different currencies be added up. Nothing is fetched: rates are typed
//! into the document.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Confidentiality, Document, Id, Money, Partnership, Stamp, now};
use crate::tr;

/// One source of money approached for one partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinancingLead {
    pub id: Id,
    pub modified: Stamp,
    pub partnership: Id,
    /// The funding source approached, when it is in the catalogue.
    pub source: Option<Id>,
    pub status: LeadStatus,
    /// What is asked, pledged or committed, in the lead's currency.
    pub amount: Option<Money>,
    /// The person who follows the lead.
    pub contact: Option<Id>,
    pub next_step: String,
    pub next_date: Option<NaiveDate>,
    pub notes: String,
    /// Financing talks are the organisers' business until announced.
    pub confidentiality: Confidentiality,
}

impl Default for FinancingLead {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            partnership: Id(uuid::Uuid::nil()),
            source: None,
            status: LeadStatus::Identified,
            amount: None,
            contact: None,
            next_step: String::new(),
            next_date: None,
            notes: String::new(),
            confidentiality: Confidentiality::Organisers,
        }
    }
}

/// How far a lead has gone, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LeadStatus {
    #[default]
    Identified,
    Contacted,
    ProposalSent,
    Pledged,
    Committed,
    Declined,
}

impl LeadStatus {
    pub const ALL: [Self; 6] = [
        Self::Identified,
        Self::Contacted,
        Self::ProposalSent,
        Self::Pledged,
        Self::Committed,
        Self::Declined,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Identified => tr!("lead-status-identified"),
            Self::Contacted => tr!("lead-status-contacted"),
            Self::ProposalSent => tr!("lead-status-proposal-sent"),
            Self::Pledged => tr!("lead-status-pledged"),
            Self::Committed => tr!("lead-status-committed"),
            Self::Declined => tr!("lead-status-declined"),
        }
    }

    /// Whether money of this status counts as covering a need: pledged or committed.
    pub fn covers(self) -> bool {
        matches!(self, Self::Pledged | Self::Committed)
    }
}

/// How many US dollars one unit of a currency is worth, as typed by the organisers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    /// An ISO 4217 code such as `EUR`.
    pub currency: String,
    pub usd_per_unit: f64,
}

/// The currency every amount is converted through.
pub const BASE_CURRENCY: &str = "USD";

/// The worth of one unit of `currency` in US dollars, from `rates`; US dollars
/// are worth one. `None` for a currency with no rate, or a rate that is not a
/// positive number.
pub fn usd_per_unit(rates: &[Rate], currency: &str) -> Option<f64> {
    let currency = currency.trim();
    if currency.eq_ignore_ascii_case(BASE_CURRENCY) {
        return Some(1.0);
    }
    rates
        .iter()
        .find(|r| r.currency.trim().eq_ignore_ascii_case(currency))
        .map(|r| r.usd_per_unit)
        .filter(|r| r.is_finite() && *r > 0.0)
}

/// `amount` of `from` in `to`, rounded to whole units; `None` when either
/// currency has no rate.
pub fn convert(rates: &[Rate], amount: u64, from: &str, to: &str) -> Option<u64> {
    if from.trim().eq_ignore_ascii_case(to.trim()) {
        return Some(amount);
    }
    Some(through_dollar(
        amount,
        usd_per_unit(rates, from)?,
        usd_per_unit(rates, to)?,
    ))
}

/// `amount` of a currency worth `from` dollars a unit, in one worth `to`
/// dollars a unit, rounded to whole units: what [`convert`] does once the
/// rates are found, for callers that found them once for many amounts.
pub fn through_dollar(amount: u64, from: f64, to: f64) -> u64 {
    to_u64(to_f64(amount) * from / to)
}

/// How much of `partnership`'s financing need its pledged and committed leads
/// cover, in the need's currency, and the currencies of leads that could not
/// be converted (they are left out of the sum, and said).
pub fn covered(doc: &Document, partnership: &Partnership) -> Option<Coverage> {
    let need = partnership.financing_need.as_ref()?;
    let leads = doc.leads.iter().filter(|l| l.partnership == partnership.id);
    Some(coverage(need, leads.map(|l| &**l), &doc.rates))
}

/// How much of `need` the pledged and committed ones among `leads` cover.
pub fn coverage<'a>(
    need: &Money,
    leads: impl Iterator<Item = &'a FinancingLead>,
    rates: &[Rate],
) -> Coverage {
    let mut coverage = Coverage {
        need: need.clone(),
        covered: 0,
        unconverted: Vec::new(),
    };
    for money in leads
        .filter(|l| l.status.covers())
        .filter_map(|l| l.amount.as_ref())
    {
        match convert(rates, money.amount, &money.currency, &need.currency) {
            Some(amount) => coverage.covered = coverage.covered.saturating_add(amount),
            None => {
                if !coverage.unconverted.contains(&money.currency) {
                    coverage.unconverted.push(money.currency.clone());
                }
            }
        }
    }
    coverage
}

/// A partnership's financing need and how much of it is covered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub need: Money,
    /// Pledged and committed, in the need's currency.
    pub covered: u64,
    /// Currencies of leads with no rate, left out of `covered`.
    pub unconverted: Vec<String>,
}

#[expect(clippy::cast_precision_loss, reason = "amounts of money are far below 2^52")]
fn to_f64(n: u64) -> f64 {
    n as f64
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "rounded, and clamped to the range of u64 by the saturating cast"
)]
fn to_u64(x: f64) -> u64 {
    x.round().max(0.0) as u64
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn rates() -> Vec<Rate> {
        vec![
            Rate {
                currency: "EUR".to_owned(),
                usd_per_unit: 1.4,
            },
            Rate {
                currency: "KWD".to_owned(),
                usd_per_unit: 3.5,
            },
            Rate {
                currency: "XXX".to_owned(),
                usd_per_unit: 0.0,
            },
        ]
    }

    #[test]
    fn amounts_convert_through_the_dollar() {
        let r = rates();
        assert_eq!(convert(&r, 100, "EUR", "USD"), Some(140));
        assert_eq!(convert(&r, 140, "usd", "EUR"), Some(100));
        assert_eq!(convert(&r, 100, "KWD", "EUR"), Some(250));
        assert_eq!(convert(&r, 100, "GBP", "GBP"), Some(100), "no rate needed");
        assert_eq!(convert(&r, 100, "GBP", "USD"), None);
        assert_eq!(convert(&r, 100, "XXX", "USD"), None, "a zero rate is no rate");
    }

    #[test]
    fn pledged_and_committed_leads_cover_the_need() {
        let mut doc = Document::new_meeting();
        doc.rates = rates();
        let p = Partnership {
            financing_need: Some(Money {
                amount: 1_000_000,
                currency: "USD".to_owned(),
            }),
            ..Partnership::default()
        };
        let lead = |status, amount, currency: &str| {
            Arc::new(FinancingLead {
                partnership: p.id,
                status,
                amount: Some(Money {
                    amount,
                    currency: currency.to_owned(),
                }),
                ..FinancingLead::default()
            })
        };
        doc.leads = vec![
            lead(LeadStatus::Pledged, 100_000, "EUR"),
            lead(LeadStatus::Committed, 200_000, "USD"),
            lead(LeadStatus::ProposalSent, 500_000, "USD"),
            lead(LeadStatus::Declined, 500_000, "USD"),
            lead(LeadStatus::Pledged, 1_000, "GBP"),
        ];
        let coverage = covered(&doc, &p).unwrap();
        assert_eq!(coverage.covered, 340_000);
        assert_eq!(coverage.unconverted, ["GBP"]);
        let no_need = Partnership::default();
        assert_eq!(covered(&doc, &no_need), None);
    }
}
