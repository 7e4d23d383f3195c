//! I. Recommendations and II. Topics of discussion.

use super::super::{Block, Context, Line, Section, mark};
use super::item_title;
use crate::model::recommendations::recommended;
use crate::model::{Record, RecordKind};
use crate::tr;

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let mut sections = Vec::new();
    sections.extend(recommendations(context));
    sections.extend(topics(context));
    sections
}

/// The decisions the meeting recommends, numbered in the meeting's order.
fn recommendations(context: &Context<'_>) -> Option<Section> {
    let lines: Vec<Line> = recommended(context.doc)
        .into_iter()
        .map(recommendation_line)
        .collect();
    if lines.is_empty() {
        return None;
    }
    Some(
        Section::new("recommendations", tr!("report-official-recommendations"), 1)
            .with(Block::Paragraph(Line::fixed(tr!(
                "report-official-recommendations-lead"
            ))))
            .with(Block::Numbered(lines)),
    )
}

fn recommendation_line(record: &Record) -> Line {
    let text = record.text.trim();
    match outcome(record) {
        Some(outcome) => Line::message(
            &tr!("report-official-with-outcome", text = mark(0), outcome = mark(1)),
            &[text, outcome],
        ),
        None => Line::user(text),
    }
}

/// The outcome of a decision, when one was written.
fn outcome(record: &Record) -> Option<&str> {
    match &record.kind {
        RecordKind::Decision { outcome } if !outcome.trim().is_empty() => Some(outcome.trim()),
        _ => None,
    }
}

/// A part for each agenda item with notes or decisions, in agenda order.
fn topics(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let mut parts = Vec::new();
    for (number, item) in doc.agenda.iter().enumerate() {
        let paragraphs: Vec<Line> = doc
            .records
            .iter()
            .filter(|r| r.agenda_item == Some(item.id) && !r.text.trim().is_empty())
            .filter_map(|r| topic_line(r))
            .collect();
        if paragraphs.is_empty() {
            continue;
        }
        parts.push(
            Section::new(format!("topic-{}", number + 1), Line::user(item_title(item)), 2)
                .with(Block::Numbered(paragraphs)),
        );
    }
    if parts.is_empty() {
        return parts;
    }
    let mut sections = vec![Section::new("topics", tr!("report-official-topics"), 1)];
    sections.extend(parts);
    sections
}

/// A note as it was written, a decision with its outcome; action items belong
/// to the follow-up, not to the record of the discussion.
fn topic_line(record: &Record) -> Option<Line> {
    let text = record.text.trim();
    match &record.kind {
        RecordKind::Note => Some(Line::user(text)),
        RecordKind::Decision { .. } => Some(match outcome(record) {
            Some(outcome) => Line::message(
                &tr!(
                    "report-official-decision-outcome",
                    text = mark(0),
                    outcome = mark(1)
                ),
                &[text, outcome],
            ),
            None => Line::message(&tr!("report-official-decision", text = mark(0)), &[text]),
        }),
        RecordKind::Action { .. } => None,
    }
}
