//! What was captured under each agenda item: notes, decisions with their
//! outcomes and action items, in the order they were captured.

use std::collections::{HashMap, HashSet};

use super::facts::{date, title_in_language};
use super::{Block, Context, Line, Section, SectionKind, Table, mark};
use crate::model::names::Names;
use crate::model::{ActionStatus, Id, Record, RecordKind};
use crate::tr;

/// The name of an action item's status in the report's language.
pub(super) fn status_label(status: ActionStatus) -> String {
    tr!("report-items-status", status = status.key())
}

fn note_line(record: &Record) -> Line {
    let text = record.text.trim();
    if record.added_later {
        Line::message(&tr!("report-items-added-later", text = mark(0)), &[text])
    } else {
        Line::user(text)
    }
}

/// The blocks for `records`, already in the order they were captured.
fn blocks(names: &Names<'_>, records: &[&Record]) -> Vec<Block> {
    let mut notes = Vec::new();
    let mut decisions = Vec::new();
    let mut actions = Table::new(vec![
        tr!("report-items-column-action"),
        tr!("report-items-column-owner"),
        tr!("report-items-column-due"),
        tr!("report-items-column-status"),
    ]);
    for record in records {
        match &record.kind {
            RecordKind::Note => notes.push(note_line(record)),
            RecordKind::Decision { outcome } if !outcome.trim().is_empty() => decisions.push(Line::message(
                &tr!(
                    "report-items-decision-outcome",
                    decision = mark(0),
                    outcome = mark(1)
                ),
                &[record.text.trim(), outcome.trim()],
            )),
            RecordKind::Decision { .. } => decisions.push(note_line(record)),
            RecordKind::Action { owner, due, status } => actions.rows.push(vec![
                note_line(record),
                match owner {
                    Some(_) => Line::user(names.person_name(*owner)),
                    None => Line::fixed(tr!("report-items-no-owner")),
                },
                Line::fixed(due.map(date).unwrap_or_default()),
                Line::fixed(status_label(*status)),
            ]),
        }
    }
    let mut out = Vec::new();
    if !notes.is_empty() {
        out.push(Block::Paragraph(Line::fixed(tr!(
            "report-items-notes",
            count = notes.len()
        ))));
        out.push(Block::List(notes));
    }
    if !decisions.is_empty() {
        out.push(Block::Paragraph(Line::fixed(tr!(
            "report-items-decisions",
            count = decisions.len()
        ))));
        out.push(Block::List(decisions));
    }
    if !actions.rows.is_empty() {
        out.push(Block::Paragraph(Line::fixed(tr!(
            "report-items-actions",
            count = actions.rows.len()
        ))));
        out.push(Block::Table(actions));
    }
    out
}

/// Records in the order they were captured; those without a time keep the
/// document's order, after the others.
fn in_time_order<'a>(records: impl Iterator<Item = &'a Record>) -> Vec<&'a Record> {
    let mut list: Vec<&Record> = records.collect();
    list.sort_by_key(|r| (r.captured_at.is_none(), r.captured_at));
    list
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let items: HashSet<Id> = doc.agenda.iter().map(|a| a.id).collect();
    let mut by_item: HashMap<Id, Vec<&Record>> = HashMap::new();
    let mut others = Vec::new();
    for record in doc.records.iter().map(AsRef::as_ref) {
        match record.agenda_item.filter(|id| items.contains(id)) {
            Some(id) => by_item.entry(id).or_default().push(record),
            None => others.push(record),
        }
    }
    let mut sections = Vec::new();
    for (index, item) in doc.agenda.iter().enumerate() {
        let records = in_time_order(by_item.remove(&item.id).unwrap_or_default().into_iter());
        if records.is_empty() {
            continue;
        }
        let title = Line::user(title_in_language(&item.title, &item.title_ar));
        let mut section = Section::new(format!("item-{}", index + 1), title, 2);
        section.blocks = blocks(&context.names, &records);
        sections.push(section);
    }
    let others = in_time_order(others.into_iter());
    if !others.is_empty() {
        let mut section = Section::new("items-other", tr!("report-items-other"), 2);
        section.blocks = blocks(&context.names, &others);
        sections.push(section);
    }
    if sections.is_empty() {
        return sections;
    }
    let mut all = vec![Section::new("items", SectionKind::Items.label(), 1)];
    all.append(&mut sections);
    all
}
