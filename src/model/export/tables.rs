//! The partnerships, action items and financing leads as rows of a CSV file.
//! Each row is built from a document already filtered for its audience, so
//! nothing here decides who may see what.

use chrono::NaiveDate;

use super::label;
use crate::model::{Document, FinancingLead, Money, Partnership, actions};
use crate::tr;

/// Dates as a spreadsheet reads them whatever its language.
fn date(day: Option<NaiveDate>) -> String {
    day.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// An amount and its currency as two cells, both empty when there is none.
fn money(money: Option<&Money>) -> [String; 2] {
    money.map_or_else(Default::default, |m| [m.amount.to_string(), m.currency.clone()])
}

pub(super) fn partnerships_header() -> Vec<String> {
    vec![
        tr!("exports-column-title"),
        tr!("exports-column-arabic-title"),
        tr!("exports-column-stage"),
        tr!("exports-column-thrust-area"),
        tr!("exports-column-partners"),
        tr!("exports-column-lead"),
        tr!("exports-column-countries"),
        tr!("exports-column-next-step"),
        tr!("exports-column-financing-need"),
        tr!("exports-column-currency"),
    ]
}

pub(super) fn partnership_rows(doc: &Document) -> Vec<Vec<String>> {
    doc.partnerships.iter().map(|p| partnership_row(doc, p)).collect()
}

fn partnership_row(doc: &Document, partnership: &Partnership) -> Vec<String> {
    let vocab = &doc.vocabularies;
    let partners: Vec<String> = partnership
        .partners
        .iter()
        .map(|partner| {
            let organisation = doc.organisation_name(Some(partner.organisation));
            let role = partner.role.trim();
            if role.is_empty() {
                organisation
            } else {
                tr!(
                    "exports-partner-with-role",
                    organisation = organisation,
                    role = role
                )
            }
        })
        .collect();
    let [amount, currency] = money(partnership.financing_need.as_ref());
    vec![
        partnership.title.clone(),
        partnership.title_ar.clone(),
        label(&vocab.stages, &partnership.stage),
        label(&vocab.thrust_areas, &partnership.thrust_area),
        partners.join("; "),
        partnership
            .lead
            .map(|id| doc.organisation_name(Some(id)))
            .unwrap_or_default(),
        partnership.countries.join("; "),
        partnership.next_step.clone(),
        amount,
        currency,
    ]
}

pub(super) fn action_items_header() -> Vec<String> {
    vec![
        tr!("exports-column-action"),
        tr!("exports-column-agenda-item"),
        tr!("exports-column-owner"),
        tr!("exports-column-due"),
        tr!("exports-column-status"),
    ]
}

/// Every action item, in the order they were captured.
pub(super) fn action_item_rows(doc: &Document) -> Vec<Vec<String>> {
    actions::rows(doc)
        .into_iter()
        .map(|row| {
            vec![
                row.text,
                row.item_title,
                row.owner,
                date(row.due),
                row.status.label(),
            ]
        })
        .collect()
}

pub(super) fn leads_header() -> Vec<String> {
    vec![
        tr!("exports-column-partnership"),
        tr!("exports-column-source"),
        tr!("exports-column-status"),
        tr!("exports-column-amount"),
        tr!("exports-column-currency"),
        tr!("exports-column-next-step"),
        tr!("exports-column-date"),
    ]
}

pub(super) fn lead_rows(doc: &Document) -> Vec<Vec<String>> {
    doc.leads.iter().map(|lead| lead_row(doc, lead)).collect()
}

fn lead_row(doc: &Document, lead: &FinancingLead) -> Vec<String> {
    let partnership = doc
        .partnerships
        .iter()
        .find(|p| p.id == lead.partnership)
        .map(|p| p.title.clone())
        .unwrap_or_default();
    let source = lead
        .source
        .and_then(|id| doc.funding_sources.iter().find(|s| s.id == id))
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let [amount, currency] = money(lead.amount.as_ref());
    vec![
        partnership,
        source,
        lead.status.label(),
        amount,
        currency,
        lead.next_step.clone(),
        date(lead.next_date),
    ]
}
