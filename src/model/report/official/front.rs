//! The heading block, the summary and the introduction of the official report.

use std::collections::BTreeSet;

use super::super::{Block, Context, Fact, Line, Section, mark, meeting_title};
use super::{date_text, first_and_last_day, organisations_by_id, paragraph, participants};
use crate::model::checkin::country_code;
use crate::model::recommendations::recommended;
use crate::tr;

/// Symbol, distribution, date and original language, each when known.
pub(super) fn heading(context: &Context<'_>) -> Vec<Fact> {
    let meeting = &context.doc.meeting;
    let date = first_and_last_day(context.doc).map_or(context.now.date(), |(_, last)| last);
    let mut facts = Vec::new();
    if !meeting.document_symbol.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-official-symbol"),
            Line::user(meeting.document_symbol.trim()),
        ));
    }
    if !meeting.distribution.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-official-distribution"),
            Line::user(meeting.distribution.trim()),
        ));
    }
    facts.push(Fact::new(
        tr!("report-official-date"),
        Line::fixed(date_text(date)),
    ));
    if !meeting.original_language.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-official-original"),
            Line::user(meeting.original_language.trim()),
        ));
    }
    facts
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let mut sections = vec![summary(context)];
    sections.extend(introduction(context));
    sections
}

/// What, where and when, how many took part from how many countries, and
/// how many recommendations were adopted.
fn summary(context: &Context<'_>) -> Section {
    let doc = context.doc;
    let mut sentences = vec![held(context)];
    let organiser = doc.meeting.organiser.trim();
    if !organiser.is_empty() {
        sentences.push(Line::message(
            &tr!("report-official-organised", organiser = mark(0)),
            &[organiser],
        ));
    }
    sentences.extend(participants_sentence(context));
    let adopted = recommended(doc).len();
    if adopted > 0 {
        sentences.push(Line::fixed(tr!("report-official-adopted", count = adopted)));
    }
    Section::new("summary", tr!("report-official-summary"), 1).with(Block::Paragraph(paragraph(sentences)))
}

/// The sentence saying where and when the meeting was held.
pub(super) fn held(context: &Context<'_>) -> Line {
    let doc = context.doc;
    let title = meeting_title(doc);
    let venue = doc.meeting.venue.trim();
    if venue.is_empty() {
        return Line::message(&tr!("report-official-held", meeting = mark(0)), &[title]);
    }
    let template = match first_and_last_day(doc) {
        Some((first, last)) if first == last => tr!(
            "report-official-held-day",
            meeting = mark(0),
            venue = mark(1),
            date = date_text(first)
        ),
        Some((first, last)) => tr!(
            "report-official-held-days",
            meeting = mark(0),
            venue = mark(1),
            first = date_text(first),
            last = date_text(last)
        ),
        None => tr!("report-official-held-at", meeting = mark(0), venue = mark(1)),
    };
    Line::message(&template, &[title, venue])
}

/// How many participants from how many countries; nothing when there are none.
pub(super) fn participants_sentence(context: &Context<'_>) -> Option<Line> {
    // A head-count names no one: it counts everyone, whatever the audience.
    let doc = context.everyone;
    let people = participants(doc, doc);
    if people.is_empty() {
        return None;
    }
    let organisations = organisations_by_id(doc);
    let countries: BTreeSet<String> = people
        .iter()
        .filter_map(|p| p.organisation.and_then(|id| organisations.get(&id)))
        .map(|o| country_code(&o.country))
        .filter(|code| !code.is_empty())
        .collect();
    Some(Line::fixed(tr!(
        "report-official-participants",
        count = people.len(),
        countries = countries.len()
    )))
}

/// The objectives as numbered paragraphs, and the outcomes sought.
fn introduction(context: &Context<'_>) -> Option<Section> {
    let meeting = &context.doc.meeting;
    let lines = |values: &[String]| -> Vec<Line> {
        values
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(Line::user)
            .collect()
    };
    let objectives = lines(&meeting.objectives);
    let outcomes = lines(&meeting.expected_outcomes);
    if objectives.is_empty() && outcomes.is_empty() {
        return None;
    }
    let mut section = Section::new("introduction", tr!("report-official-introduction"), 1);
    if !objectives.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-official-objectives"))))
            .with(Block::Numbered(objectives));
    }
    if !outcomes.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-official-outcomes"))))
            .with(Block::List(outcomes));
    }
    Some(section)
}
