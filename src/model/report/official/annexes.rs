//! Annex I, the list of participants by country and organisation, and
//! annex II, the list of documents.

use std::collections::BTreeMap;

use super::super::facts::title_in_language;
use super::super::{Block, Context, Line, Section, Table};
use super::{country_name, organisation_name, organisations_by_id, participants};
use crate::model::checkin::country_code;
use crate::model::fold::fold;
use crate::model::{Document, Person};
use crate::tr;

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let mut sections = participants_annex(context.doc, context.everyone);
    sections.extend(documents_annex(context.doc));
    sections
}

/// People of one organisation: its name and theirs.
type Organisations<'a> = BTreeMap<String, (Line, Vec<&'a Person>)>;

/// A part for each country, in the order of their names, each with a table of
/// its organisations and their people; people without an organisation or
/// country come last.
fn participants_annex(doc: &Document, everyone: &Document) -> Vec<Section> {
    let organisations = organisations_by_id(doc);
    let mut countries: BTreeMap<String, Organisations<'_>> = BTreeMap::new();
    for person in participants(doc, everyone) {
        let org = person.organisation.and_then(|id| organisations.get(&id));
        let country = org.map_or(String::new(), |o| country_code(&o.country));
        let name = org.map_or_else(
            || Line::fixed(tr!("report-official-unstated")),
            |o| Line::user(organisation_name(o).trim()),
        );
        countries
            .entry(country)
            .or_default()
            .entry(fold(&name.plain()))
            .or_insert_with(|| (name, Vec::new()))
            .1
            .push(person);
    }
    if countries.is_empty() {
        return Vec::new();
    }
    let mut named: Vec<(String, String, Organisations<'_>)> = countries
        .into_iter()
        .map(|(code, orgs)| (country_name(&code), code, orgs))
        .collect();
    named.sort_by_key(|(name, code, _)| (code.is_empty(), fold(name)));
    let mut sections = vec![Section::new(
        "annex-participants",
        tr!("report-official-annex-participants"),
        1,
    )];
    for (name, code, orgs) in named {
        let mut table = Table::new(vec![
            tr!("report-official-column-organisation"),
            tr!("report-official-column-name"),
        ]);
        for (organisation, mut people) in orgs.into_values() {
            // In an Arabic report, people are listed by their Arabic name where they have one.
            let shown = |p: &Person| title_in_language(p.name.trim(), p.name_ar.trim()).to_owned();
            people.sort_by_key(|p| fold(&shown(p)));
            for (i, person) in people.into_iter().enumerate() {
                // The organisation is named on its first row only, as printed lists do.
                let org_cell = if i == 0 {
                    organisation.clone()
                } else {
                    Line::default()
                };
                table.rows.push(vec![org_cell, Line::user(shown(person))]);
            }
        }
        let anchor = if code.is_empty() {
            "participants-unstated".to_owned()
        } else {
            format!("participants-{}", code.to_lowercase())
        };
        sections.push(Section::new(anchor, name, 2).with(Block::Table(table)));
    }
    sections
}

/// The documents of the meeting, in their order.
fn documents_annex(doc: &Document) -> Option<Section> {
    let documents = &doc.meeting.documents;
    if documents.is_empty() {
        return None;
    }
    let mut table = Table::new(vec![
        tr!("report-official-column-title"),
        tr!("report-official-column-symbol"),
        tr!("report-official-column-language"),
    ]);
    for document in documents {
        table.rows.push(vec![
            Line::user(document.title.trim()),
            Line::user(document.symbol.trim()),
            Line::user(document.language.trim()),
        ]);
    }
    Some(Section::new("annex-documents", tr!("report-official-annex-documents"), 1).with(Block::Table(table)))
}
