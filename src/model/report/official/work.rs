//! III. Organization of work: date and venue, opening, participants, agenda, documents.

use std::collections::BTreeMap;

use super::super::{Block, Context, Line, Section, Table, mark};
use super::front::{held, participants_sentence};
use super::{country_name, item_title, organisations_by_id, participants};
use crate::model::checkin::{PresentCounts, country_code};
use crate::model::{AgendaKind, RecordKind, Vocabularies};
use crate::tr;

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let parts: Vec<Section> = [
        Some(venue(context)),
        Some(opening(context)),
        attendance(context),
        agenda(context),
        documents(context),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut sections = vec![Section::new(
        "organisation",
        tr!("report-official-organisation"),
        1,
    )];
    sections.extend(parts);
    sections
}

fn venue(context: &Context<'_>) -> Section {
    Section::new("venue", tr!("report-official-venue"), 2).with(Block::Paragraph(held(context)))
}

/// What was said at the opening, from the notes of the opening item; a
/// sentence when nothing was noted.
fn opening(context: &Context<'_>) -> Section {
    let doc = context.doc;
    let section = Section::new("opening", tr!("report-official-opening"), 2);
    let notes: Vec<Line> = doc
        .agenda
        .iter()
        .filter(|item| item.kind == AgendaKind::Opening)
        .flat_map(|item| {
            doc.records.iter().filter(move |r| {
                r.agenda_item == Some(item.id)
                    && matches!(r.kind, RecordKind::Note)
                    && !r.text.trim().is_empty()
            })
        })
        .map(|r| Line::user(r.text.trim()))
        .collect();
    if !notes.is_empty() {
        return section.with(Block::Numbered(notes));
    }
    let organiser = doc.meeting.organiser.trim();
    let sentence = if organiser.is_empty() {
        Line::fixed(tr!("report-official-opened-plain"))
    } else {
        Line::message(&tr!("report-official-opened", organiser = mark(0)), &[organiser])
    };
    section.with(Block::Paragraph(sentence))
}

/// How many took part, by type of institution and by country.
fn attendance(context: &Context<'_>) -> Option<Section> {
    let doc = context.doc;
    let sentence = participants_sentence(context)?;
    // Counted in the whole record, like the sentence above.
    let everyone = context.everyone;
    let organisations = organisations_by_id(everyone);
    let mut counts = PresentCounts::default();
    for person in participants(everyone, everyone) {
        let org = person.organisation.and_then(|id| organisations.get(&id));
        counts.add(
            org.map_or("", |o| o.stakeholder_type.as_str()),
            &org.map_or(String::new(), |o| country_code(&o.country)),
        );
    }
    let types = &doc.vocabularies.stakeholder_types;
    let by_type = count_table(tr!("report-official-column-type"), &counts.by_type, |key| {
        if key.is_empty() {
            Line::fixed(tr!("report-official-unstated"))
        } else {
            Line::user(Vocabularies::label(types, key))
        }
    });
    let by_country = count_table(tr!("report-official-column-country"), &counts.by_country, |key| {
        Line::fixed(country_name(key))
    });
    Some(
        Section::new("attendance", tr!("report-official-attendance"), 2)
            .with(Block::Paragraph(sentence))
            .with(Block::Table(by_type))
            .with(Block::Table(by_country)),
    )
}

/// A table of counts, the largest first, the unstated last.
fn count_table(column: String, counts: &BTreeMap<String, usize>, name: impl Fn(&str) -> Line) -> Table {
    let mut rows: Vec<(&String, &usize)> = counts.iter().collect();
    rows.sort_by_key(|(key, count)| (key.is_empty(), std::cmp::Reverse(**count)));
    let mut table = Table::new(vec![column, tr!("report-official-column-participants")]).numbers(&[1]);
    for (key, count) in rows {
        table.rows.push(vec![name(key), Line::fixed(count.to_string())]);
    }
    table
}

/// The agenda items, breaks left out, in their order.
fn agenda(context: &Context<'_>) -> Option<Section> {
    let titles: Vec<Line> = context
        .doc
        .agenda
        .iter()
        .filter(|item| item.kind != AgendaKind::Break && !item_title(item).trim().is_empty())
        .map(|item| Line::user(item_title(item).trim()))
        .collect();
    if titles.is_empty() {
        return None;
    }
    Some(Section::new("agenda", tr!("report-official-agenda"), 2).with(Block::Numbered(titles)))
}

fn documents(context: &Context<'_>) -> Option<Section> {
    if context.doc.meeting.documents.is_empty() {
        return None;
    }
    Some(
        Section::new("documents", tr!("report-official-documents"), 2).with(Block::Paragraph(Line::fixed(
            tr!("report-official-documents-text"),
        ))),
    )
}
