//! The financing section of the working report: what the partnerships need,
//! what their leads have pledged and committed, the leads by status, and the
//! needs nothing covers yet. The sums are those of the financing overview
//! ([`Totals`]) and each partnership's coverage ([`covered`]), so the report
//! and the overview never disagree.

use crate::i18n::group_digits;
use crate::model::financing_totals::Totals;
use crate::model::leads::{BASE_CURRENCY, LeadStatus, covered};
use crate::model::{Audience, Money};
use crate::tr;

use super::{Block, Context, Fact, Line, Section, Table, mark};

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let has_need = doc.partnerships.iter().any(|p| p.financing_need.is_some());
    if !has_need && doc.leads.is_empty() {
        return Vec::new();
    }
    let totals = Totals::of(doc, BASE_CURRENCY);
    let mut sections = vec![overview(&totals, !doc.leads.is_empty())];
    if !doc.leads.is_empty() {
        sections.push(pipeline(&totals));
    }
    let gaps = gaps(context);
    if !gaps.is_empty() {
        sections
            .push(Section::new("financing-gaps", tr!("report-financing-gaps"), 2).with(Block::List(gaps)));
    }
    sections
}

/// `amount` of `currency` as the report writes money: `120,000 USD`.
pub(super) fn amount(amount: u64, currency: &str) -> String {
    let grouped = group_digits(i64::try_from(amount).unwrap_or(i64::MAX));
    tr!(
        "report-financing-amount",
        amount = grouped,
        currency = currency.trim()
    )
}

/// `money` as the report writes it.
pub(super) fn money(money: &Money) -> String {
    amount(money.amount, &money.currency)
}

/// The sums; pledged and committed money only when the report may see leads.
fn overview(totals: &Totals, leads: bool) -> Section {
    let overall = totals.overall();
    let currency = totals.currency.as_str();
    let mut facts = vec![Fact::new(
        tr!("report-financing-need"),
        amount(overall.need, currency),
    )];
    if leads {
        facts.push(Fact::new(
            tr!("report-financing-pledged"),
            amount(overall.pledged, currency),
        ));
        facts.push(Fact::new(
            tr!("report-financing-committed"),
            amount(overall.committed, currency),
        ));
    }
    let mut section = Section::new("financing", tr!("report-section-financing"), 1)
        .with(Block::Paragraph(Line::fixed(tr!(
            "report-financing-currency",
            currency = currency
        ))))
        .with(Block::Facts(facts));
    let left_out: Vec<Line> = totals
        .unconverted
        .iter()
        .map(|u| {
            Line::fixed(tr!(
                "report-financing-unconverted",
                count = u.count,
                currency = u.currency.as_str()
            ))
        })
        .collect();
    if !left_out.is_empty() {
        section = section.with(Block::List(left_out));
    }
    section
}

fn pipeline(totals: &Totals) -> Section {
    let mut table = Table::new(vec![
        tr!("report-financing-column-status"),
        tr!("report-financing-column-leads"),
        tr!("report-financing-column-amount"),
    ])
    .numbers(&[1, 2]);
    for status in &totals.pipeline {
        table.rows.push(vec![
            Line::fixed(status_label(status.status)),
            Line::fixed(group_digits(i64::try_from(status.count).unwrap_or(i64::MAX))),
            Line::fixed(amount(status.amount, &totals.currency)),
        ]);
    }
    Section::new("financing-leads", tr!("report-financing-leads"), 2).with(Block::Table(table))
}

/// The name of a lead's status in the report's language.
pub(super) fn status_label(status: LeadStatus) -> String {
    match status {
        LeadStatus::Identified => tr!("report-financing-status-identified"),
        LeadStatus::Contacted => tr!("report-financing-status-contacted"),
        LeadStatus::ProposalSent => tr!("report-financing-status-proposal-sent"),
        LeadStatus::Pledged => tr!("report-financing-status-pledged"),
        LeadStatus::Committed => tr!("report-financing-status-committed"),
        LeadStatus::Declined => tr!("report-financing-status-declined"),
    }
}

/// That nothing covers a need: in a report for the organisers, nothing
/// recorded; in any other, nothing announced, as financing talks stay the
/// organisers' business until then.
fn uncovered(audience: Audience, need: String) -> String {
    if audience == Audience::Organisers {
        tr!(
            "report-financing-gap-uncovered",
            partnership = mark(0),
            need = need
        )
    } else {
        tr!(
            "report-financing-gap-unannounced",
            partnership = mark(0),
            need = need
        )
    }
}

/// A sentence for each partnership whose need its pledged and committed leads
/// do not cover, saying how much is missing, in the order of the partnerships.
fn gaps(context: &Context<'_>) -> Vec<Line> {
    let doc = context.doc;
    let mut lines = Vec::new();
    for p in &doc.partnerships {
        let Some(coverage) = covered(doc, p) else {
            continue;
        };
        let need = &coverage.need;
        if coverage.covered >= need.amount {
            continue;
        }
        let title = super::partnerships::title(p);
        let needed = money(need);
        let template = if coverage.covered == 0 {
            uncovered(context.audience, needed)
        } else {
            tr!(
                "report-financing-gap-short",
                partnership = mark(0),
                need = needed,
                covered = amount(coverage.covered, &need.currency),
                missing = amount(need.amount - coverage.covered, &need.currency)
            )
        };
        lines.push(Line::message(&template, &[title]));
    }
    lines
}
