//! The financing overview's sums: what the partnerships need, and what their
//! leads have pledged and committed, by thrust area and by country, and the
//! pipeline of leads by status; all in one display currency.
//!
//! A partnership in several countries has its amounts split evenly among
//! them (the first countries take the remainder of the division), so that
//! the countries add up to the same totals as the thrust areas.
//!
//! An amount in a currency with no rate cannot be added: it is left out of
//! the sums and counted in [`Totals::unconverted`], to be said.

use std::collections::HashMap;

use super::leads::{FinancingLead, LeadStatus, Rate, convert};
use super::{Document, Id, Money, Partnership, Vocabularies};

/// Need, pledged and committed amounts in the display currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amounts {
    pub need: u64,
    pub pledged: u64,
    pub committed: u64,
}

/// The amounts of one thrust area or one country; `key` is empty for the
/// partnerships that have none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub key: String,
    pub amounts: Amounts,
}

/// The leads of one status: how many, and the sum of their amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusTotal {
    pub status: LeadStatus,
    pub count: usize,
    pub amount: u64,
}

/// How many amounts in `currency` could not be converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unconverted {
    pub currency: String,
    pub count: usize,
}

/// Every sum of the overview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// The currency all amounts are in.
    pub currency: String,
    /// In the order of the thrust-area vocabulary, then unknown keys in
    /// alphabetical order, then the partnerships with no thrust area.
    pub by_thrust_area: Vec<Group>,
    /// By country code, then the partnerships with no country.
    pub by_country: Vec<Group>,
    /// One entry per status, in the order of [`LeadStatus::ALL`].
    pub pipeline: Vec<StatusTotal>,
    /// Amounts left out for want of a rate, by currency in alphabetical order.
    pub unconverted: Vec<Unconverted>,
}

impl Totals {
    /// The sums of `doc` in `currency`.
    pub fn of(doc: &Document, currency: &str) -> Self {
        totals(
            doc.partnerships.iter().map(AsRef::as_ref),
            doc.leads.iter().map(AsRef::as_ref),
            &doc.rates,
            &doc.vocabularies,
            currency,
        )
    }

    /// Need, pledged and committed over every partnership.
    pub fn overall(&self) -> Amounts {
        self.by_thrust_area
            .iter()
            .fold(Amounts::default(), |sum, g| Amounts {
                need: sum.need.saturating_add(g.amounts.need),
                pledged: sum.pledged.saturating_add(g.amounts.pledged),
                committed: sum.committed.saturating_add(g.amounts.committed),
            })
    }
}

/// Which of the three sums an amount goes to.
#[derive(Clone, Copy)]
enum Column {
    Need,
    Pledged,
    Committed,
}

/// The sums of `partnerships` and `leads` in `currency`.
pub fn totals<'a>(
    partnerships: impl Iterator<Item = &'a Partnership>,
    leads: impl Iterator<Item = &'a FinancingLead>,
    rates: &[Rate],
    vocabularies: &Vocabularies,
    currency: &str,
) -> Totals {
    let mut sums = Sums {
        rates,
        currency,
        areas: HashMap::new(),
        countries: HashMap::new(),
        unconverted: HashMap::new(),
    };
    let partnerships: HashMap<Id, &Partnership> = partnerships.map(|p| (p.id, p)).collect();
    for p in partnerships.values() {
        if let Some(need) = &p.financing_need {
            sums.add(Some(p), need, Column::Need);
        }
    }
    let mut pipeline: Vec<StatusTotal> = LeadStatus::ALL
        .iter()
        .map(|&status| StatusTotal {
            status,
            count: 0,
            amount: 0,
        })
        .collect();
    for lead in leads {
        let converted = lead.amount.as_ref().and_then(|money| sums.convert(money));
        if let Some(entry) = pipeline.iter_mut().find(|s| s.status == lead.status) {
            entry.count += 1;
            entry.amount = entry.amount.saturating_add(converted.unwrap_or(0));
        }
        let column = match lead.status {
            LeadStatus::Pledged => Column::Pledged,
            LeadStatus::Committed => Column::Committed,
            _ => continue,
        };
        if let Some(converted) = converted {
            sums.add_converted(partnerships.get(&lead.partnership).copied(), converted, column);
        }
    }
    sums.finish(vocabularies, pipeline)
}

/// The sums being added up.
struct Sums<'a> {
    rates: &'a [Rate],
    currency: &'a str,
    areas: HashMap<String, Amounts>,
    countries: HashMap<String, Amounts>,
    unconverted: HashMap<String, usize>,
}

impl Sums<'_> {
    /// `money` in the display currency, or `None` (and counted) without a rate.
    fn convert(&mut self, money: &Money) -> Option<u64> {
        let converted = convert(self.rates, money.amount, &money.currency, self.currency);
        if converted.is_none() {
            let currency = money.currency.trim().to_uppercase();
            *self.unconverted.entry(currency).or_default() += 1;
        }
        converted
    }

    fn add(&mut self, partnership: Option<&Partnership>, money: &Money, column: Column) {
        if let Some(amount) = self.convert(money) {
            self.add_converted(partnership, amount, column);
        }
    }

    /// Adds `amount` to the partnership's thrust area and, split evenly, to its countries.
    fn add_converted(&mut self, partnership: Option<&Partnership>, amount: u64, column: Column) {
        let area = partnership
            .map(|p| p.thrust_area.trim().to_owned())
            .unwrap_or_default();
        add_to(self.areas.entry(area).or_default(), amount, column);
        let countries: &[String] = partnership.map_or(&[], |p| p.countries.as_slice());
        if countries.is_empty() {
            add_to(self.countries.entry(String::new()).or_default(), amount, column);
            return;
        }
        let n = u64::try_from(countries.len()).unwrap_or(u64::MAX);
        let share = amount / n;
        let mut remainder = amount % n;
        for country in countries {
            let extra = u64::from(remainder > 0);
            remainder -= extra;
            let key = country.trim().to_uppercase();
            add_to(self.countries.entry(key).or_default(), share + extra, column);
        }
    }

    fn finish(self, vocabularies: &Vocabularies, pipeline: Vec<StatusTotal>) -> Totals {
        let order: Vec<&str> = vocabularies.thrust_areas.iter().map(|t| t.key.as_str()).collect();
        let mut by_thrust_area = groups(self.areas);
        // Known areas in vocabulary order, then unknown keys, then none.
        by_thrust_area.sort_by_key(|g| {
            let known = order.iter().position(|k| *k == g.key);
            (g.key.is_empty(), known.is_none(), known, g.key.clone())
        });
        let mut by_country = groups(self.countries);
        by_country.sort_by_key(|g| (g.key.is_empty(), g.key.clone()));
        let mut unconverted: Vec<Unconverted> = self
            .unconverted
            .into_iter()
            .map(|(currency, count)| Unconverted { currency, count })
            .collect();
        unconverted.sort_by(|a, b| a.currency.cmp(&b.currency));
        Totals {
            currency: self.currency.to_owned(),
            by_thrust_area,
            by_country,
            pipeline,
            unconverted,
        }
    }
}

fn add_to(amounts: &mut Amounts, amount: u64, column: Column) {
    let sum = match column {
        Column::Need => &mut amounts.need,
        Column::Pledged => &mut amounts.pledged,
        Column::Committed => &mut amounts.committed,
    };
    *sum = sum.saturating_add(amount);
}

fn groups(sums: HashMap<String, Amounts>) -> Vec<Group> {
    sums.into_iter()
        .map(|(key, amounts)| Group { key, amounts })
        .collect()
}

/// The currencies the overview can show: US dollars and every currency with
/// a usable rate, in the order of the rates.
pub fn display_currencies(rates: &[Rate]) -> Vec<String> {
    let mut currencies = vec![super::leads::BASE_CURRENCY.to_owned()];
    for rate in rates {
        let code = rate.currency.trim().to_uppercase();
        let usable = rate.usd_per_unit.is_finite() && rate.usd_per_unit > 0.0;
        if usable && !code.is_empty() && !currencies.contains(&code) {
            currencies.push(code);
        }
    }
    currencies
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[expect(clippy::unnecessary_wraps, reason = "needs and lead amounts are optional")]
    fn money(amount: u64, currency: &str) -> Option<Money> {
        Some(Money {
            amount,
            currency: currency.to_owned(),
        })
    }

    fn rates() -> Vec<Rate> {
        vec![
            Rate {
                currency: "EUR".to_owned(),
                usd_per_unit: 1.5,
            },
            Rate {
                currency: "KWD".to_owned(),
                usd_per_unit: 3.5,
            },
        ]
    }

    fn partnership(area: &str, countries: &[&str], need: Option<Money>) -> Partnership {
        Partnership {
            thrust_area: area.to_owned(),
            countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            financing_need: need,
            ..Partnership::default()
        }
    }

    fn lead(p: &Partnership, status: LeadStatus, amount: Option<Money>) -> FinancingLead {
        FinancingLead {
            partnership: p.id,
            status,
            amount,
            ..FinancingLead::default()
        }
    }

    fn group<'a>(groups: &'a [Group], key: &str) -> &'a Amounts {
        &groups.iter().find(|g| g.key == key).unwrap().amounts
    }

    fn doc() -> Document {
        let mut doc = Document {
            rates: rates(),
            ..Document::default()
        };
        let access = partnership("access", &["LB", "JO", "EG"], money(1_000, "USD"));
        let content = partnership("content", &["LB"], money(100, "EUR"));
        let nowhere = partnership("", &[], money(50, "USD"));
        let legacy = partnership("legacy", &["lb "], money(10, "usd"));
        doc.leads = [
            lead(&access, LeadStatus::Pledged, money(100, "KWD")),
            lead(&access, LeadStatus::Committed, money(200, "USD")),
            lead(&access, LeadStatus::Contacted, money(10, "KWD")),
            lead(&content, LeadStatus::Committed, money(20, "EUR")),
            lead(&content, LeadStatus::Declined, money(999, "USD")),
            lead(&content, LeadStatus::Identified, None),
            lead(&nowhere, LeadStatus::Pledged, money(5, "GBP")),
        ]
        .into_iter()
        .map(Arc::new)
        .collect();
        doc.partnerships = [access, content, nowhere, legacy]
            .into_iter()
            .map(Arc::new)
            .collect();
        doc
    }

    #[test]
    fn sums_by_thrust_area_in_the_display_currency() {
        let totals = Totals::of(&doc(), "USD");
        let keys: Vec<&str> = totals.by_thrust_area.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(
            keys,
            ["access", "content", "legacy", ""],
            "vocabulary order, unknown, none"
        );
        let access = group(&totals.by_thrust_area, "access");
        assert_eq!(
            *access,
            Amounts {
                need: 1_000,
                pledged: 350,
                committed: 200
            }
        );
        let content = group(&totals.by_thrust_area, "content");
        assert_eq!(
            *content,
            Amounts {
                need: 150,
                pledged: 0,
                committed: 30
            }
        );
        assert_eq!(
            *group(&totals.by_thrust_area, ""),
            Amounts {
                need: 50,
                ..Amounts::default()
            },
            "the GBP lead has no rate"
        );
        assert_eq!(totals.overall().need, 1_210);
    }

    #[test]
    fn a_partnership_in_several_countries_is_split_evenly_among_them() {
        let totals = Totals::of(&doc(), "USD");
        let keys: Vec<&str> = totals.by_country.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["EG", "JO", "LB", ""]);
        // 1,000 in three: 334 to the first country, 333 to the others.
        assert_eq!(group(&totals.by_country, "LB").need, 334 + 150 + 10);
        assert_eq!(group(&totals.by_country, "JO").need, 333);
        assert_eq!(group(&totals.by_country, "EG").need, 333);
        let need: u64 = totals.by_country.iter().map(|g| g.amounts.need).sum();
        assert_eq!(need, totals.overall().need, "countries add up to the same total");
        let pledged: u64 = totals.by_country.iter().map(|g| g.amounts.pledged).sum();
        assert_eq!(pledged, totals.overall().pledged);
    }

    #[test]
    fn the_pipeline_counts_every_lead_by_status() {
        let totals = Totals::of(&doc(), "USD");
        let status = |s| *totals.pipeline.iter().find(|t| t.status == s).unwrap();
        assert_eq!(totals.pipeline.len(), LeadStatus::ALL.len());
        assert_eq!(
            (
                status(LeadStatus::Contacted).count,
                status(LeadStatus::Contacted).amount
            ),
            (1, 35)
        );
        assert_eq!(
            (
                status(LeadStatus::Identified).count,
                status(LeadStatus::Identified).amount
            ),
            (1, 0)
        );
        assert_eq!(status(LeadStatus::Declined).amount, 999);
        assert_eq!(status(LeadStatus::Pledged).count, 2);
        assert_eq!(
            status(LeadStatus::Pledged).amount,
            350,
            "the GBP lead is left out"
        );
        assert_eq!(status(LeadStatus::ProposalSent).count, 0);
    }

    #[test]
    fn amounts_with_no_rate_are_counted_apart() {
        let totals = Totals::of(&doc(), "USD");
        assert_eq!(
            totals.unconverted,
            [Unconverted {
                currency: "GBP".to_owned(),
                count: 1
            }]
        );
    }

    #[test]
    fn another_display_currency_and_a_changed_rate_change_the_sums() {
        let mut doc = doc();
        let in_euros = Totals::of(&doc, "EUR");
        assert_eq!(in_euros.currency, "EUR");
        assert_eq!(group(&in_euros.by_thrust_area, "content").need, 100);
        assert_eq!(group(&in_euros.by_thrust_area, "access").committed, 133);
        doc.rates[1].usd_per_unit = 3.0;
        let totals = Totals::of(&doc, "USD");
        assert_eq!(group(&totals.by_thrust_area, "access").pledged, 300);
        doc.rates.clear();
        let totals = Totals::of(&doc, "USD");
        let left_out: usize = totals.unconverted.iter().map(|u| u.count).sum();
        assert_eq!(left_out, 1 + 2 + 2, "GBP, EUR and KWD");
        let nothing = Totals::of(&doc, "XYZ");
        assert!(nothing.overall() == Amounts::default());
    }

    #[test]
    fn an_empty_meeting_has_an_empty_pipeline_and_no_groups() {
        let totals = Totals::of(&Document::default(), "USD");
        assert!(totals.by_thrust_area.is_empty() && totals.by_country.is_empty());
        assert!(totals.pipeline.iter().all(|s| s.count == 0 && s.amount == 0));
    }

    #[test]
    fn display_currencies_are_the_dollar_and_the_usable_rates() {
        let mut r = rates();
        r.push(Rate {
            currency: "xxx".to_owned(),
            usd_per_unit: 0.0,
        });
        r.push(Rate {
            currency: "eur".to_owned(),
            usd_per_unit: 1.1,
        });
        assert_eq!(display_currencies(&r), ["USD", "EUR", "KWD"]);
    }
}
