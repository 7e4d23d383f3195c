//! The meeting's facts: title, venue, days, organiser, objectives, expected
//! outcomes and working languages; and the small helpers the meeting's
//! sections share (dates, titles in the report's language).

use chrono::NaiveDate;

use super::{Block, Context, Fact, Line, Section, SectionKind};
use crate::i18n::Language;
use crate::model::schedule;
use crate::tr;

/// A date as tables show it: ISO, which reads the same in English and Arabic.
pub(super) fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The Arabic title in an Arabic report where there is one, else the title.
pub(super) fn title_in_language<'a>(title: &'a str, title_ar: &'a str) -> &'a str {
    if crate::i18n::language() == Language::Arabic && !title_ar.trim().is_empty() {
        title_ar
    } else {
        title
    }
}

fn user_lines(texts: &[String]) -> Vec<Line> {
    texts
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(Line::user)
        .collect()
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let meeting = &doc.meeting;
    let mut facts = Vec::new();
    if !meeting.title.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-meeting-title"),
            Line::user(meeting.title.trim()),
        ));
    }
    if !meeting.title_ar.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-meeting-title-ar"),
            Line::user(meeting.title_ar.trim()),
        ));
    }
    if !meeting.venue.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-meeting-venue"),
            Line::user(meeting.venue.trim()),
        ));
    }
    let days = schedule::days(doc);
    if let (Some(first), Some(last)) = (days.first(), days.last()) {
        let value = if first == last {
            tr!("report-meeting-one-day", day = date(*first))
        } else {
            tr!(
                "report-meeting-days-value",
                first = date(*first),
                last = date(*last),
                count = days.len()
            )
        };
        facts.push(Fact::new(tr!("report-meeting-dates"), Line::fixed(value)));
    }
    if !meeting.organiser.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-meeting-organiser"),
            Line::user(meeting.organiser.trim()),
        ));
    }
    let languages: Vec<&str> = meeting
        .working_languages
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if !languages.is_empty() {
        facts.push(Fact::new(
            tr!("report-meeting-languages"),
            Line::user(languages.join(", ")),
        ));
    }
    let objectives = user_lines(&meeting.objectives);
    let outcomes = user_lines(&meeting.expected_outcomes);
    if facts.is_empty() && objectives.is_empty() && outcomes.is_empty() {
        return Vec::new();
    }
    let mut section = Section::new("facts", SectionKind::Facts.label(), 1);
    if !facts.is_empty() {
        section = section.with(Block::Facts(facts));
    }
    if !objectives.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-meeting-objectives"))))
            .with(Block::List(objectives));
    }
    if !outcomes.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-meeting-outcomes"))))
            .with(Block::List(outcomes));
    }
    vec![section]
}

#[cfg(test)]
#[path = "meeting_tests.rs"]
mod meeting_tests;
