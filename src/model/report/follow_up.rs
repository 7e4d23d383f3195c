//! The follow-up list: every open action item, milestone and financing
//! lead's next step, by owner and due date, with what is overdue or due soon.

use super::facts::{date, title_in_language};
use super::{Block, Context, Line, Section, SectionKind, Table, mark};
use crate::model::follow_up::{Entry, Source, Urgency, by_owner, entries};
use crate::model::{Document, FinancingLead, Partnership};
use crate::tr;

fn urgency_label(urgency: Urgency) -> String {
    match urgency {
        Urgency::Overdue => tr!("follow-up-overdue"),
        Urgency::DueSoon => tr!("follow-up-due-soon"),
        Urgency::Later => tr!("follow-up-later"),
        Urgency::NoDate => tr!("follow-up-no-date"),
    }
}

fn partnership(doc: &Document, id: crate::model::Id) -> Option<&Partnership> {
    doc.partnerships.iter().map(AsRef::as_ref).find(|p| p.id == id)
}

/// What the entry is and what it belongs to: an agenda item or a partnership.
fn kind_and_about(doc: &Document, entry: &Entry) -> (String, String) {
    match entry.source {
        Source::Action { record } => {
            let item = doc
                .record(record)
                .and_then(|r| r.agenda_item)
                .and_then(|id| doc.agenda_item(id));
            (
                tr!("follow-up-kind-action"),
                item.map(|a| title_in_language(&a.title, &a.title_ar).to_owned())
                    .unwrap_or_default(),
            )
        }
        Source::Milestone { partnership: id, .. } | Source::Lead { partnership: id, .. } => {
            let kind = if matches!(entry.source, Source::Milestone { .. }) {
                tr!("follow-up-kind-milestone")
            } else {
                tr!("follow-up-kind-lead")
            };
            let about = partnership(doc, id)
                .map(|p| title_in_language(&p.title, &p.title_ar).to_owned())
                .unwrap_or_default();
            (kind, about)
        }
    }
}

/// Kept to say which funding source a lead is with, when it is known.
fn lead_source(doc: &Document, entry: &Entry) -> Option<String> {
    let Source::Lead { lead, .. } = entry.source else {
        return None;
    };
    let lead: &FinancingLead = doc.leads.iter().map(AsRef::as_ref).find(|l| l.id == lead)?;
    let source = lead.source?;
    doc.funding_sources
        .iter()
        .find(|f| f.id == source)
        .map(|f| f.name.clone())
}

fn row(doc: &Document, entry: &Entry) -> Vec<Line> {
    let (kind, about) = kind_and_about(doc, entry);
    let about = match lead_source(doc, entry) {
        Some(source) if !about.is_empty() => Line::message(
            &tr!("report-follow-up-about-source", about = mark(0), source = mark(1)),
            &[&about, &source],
        ),
        Some(source) => Line::user(source),
        None => Line::user(about),
    };
    vec![
        Line::user(entry.what.as_str()),
        Line::fixed(kind),
        about,
        Line::fixed(entry.due.map(date).unwrap_or_default()),
        Line::fixed(urgency_label(entry.urgency)),
    ]
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let today = context.now.date();
    let list = entries(doc, today);
    if list.is_empty() {
        return Vec::new();
    }
    let overdue = list.iter().filter(|e| e.urgency == Urgency::Overdue).count();
    let soon = list.iter().filter(|e| e.urgency == Urgency::DueSoon).count();
    let mut sections =
        vec![
            Section::new("follow-up", SectionKind::FollowUp.label(), 1).with(Block::Paragraph(Line::fixed(
                tr!(
                    "report-follow-up-summary",
                    count = list.len(),
                    overdue = overdue,
                    soon = soon,
                    today = date(today)
                ),
            ))),
        ];
    for (index, (owner, group)) in by_owner(list).into_iter().enumerate() {
        let heading = if owner.is_empty() {
            Line::fixed(tr!("report-follow-up-no-owner"))
        } else {
            Line::user(owner)
        };
        let mut table = Table::new(vec![
            tr!("report-follow-up-column-what"),
            tr!("report-follow-up-column-kind"),
            tr!("report-follow-up-column-about"),
            tr!("report-follow-up-column-due"),
            tr!("report-follow-up-column-urgency"),
        ]);
        table.rows = group.iter().map(|e| row(doc, e)).collect();
        sections.push(Section::new(format!("follow-up-{}", index + 1), heading, 2).with(Block::Table(table)));
    }
    sections
}
