//! The official meeting report, in the form the United Nations regional
//! commissions use for an expert group meeting: a heading block (symbol,
//! distribution, date, original language), a summary and an introduction,
//! then I. Recommendations, II. Topics of discussion, III. Organization of
//! work, and two annexes (participants, documents). A part with nothing to
//! say is left out.

mod annexes;
mod discussion;
mod front;
mod work;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::{Context, Line, Report, meeting_title};
use crate::i18n::Language;
use crate::model::checkin::is_present;
use crate::model::{AgendaItem, Document, Id, Organisation, Person, schedule};
use crate::tr;

pub(super) fn report(context: &Context<'_>) -> Report {
    let mut sections = front::sections(context);
    sections.extend(discussion::sections(context));
    sections.extend(work::sections(context));
    sections.extend(annexes::sections(context));
    Report {
        language: Language::English,
        title: Line::user(meeting_title(context.doc)),
        heading: front::heading(context),
        sections,
    }
}

/// Whether the report is being written in Arabic.
fn arabic() -> bool {
    crate::i18n::language() == Language::Arabic
}

/// The Arabic text in an Arabic report where there is one, else the other.
fn in_report_language<'a>(text: &'a str, text_ar: &'a str) -> &'a str {
    if arabic() && !text_ar.trim().is_empty() {
        text_ar
    } else {
        text
    }
}

fn item_title(item: &AgendaItem) -> &str {
    in_report_language(&item.title, &item.title_ar)
}

fn organisation_name(org: &Organisation) -> &str {
    in_report_language(&org.name, &org.name_ar)
}

/// A date as the report writes it, and the letters: `5 September 2007`.
pub(crate) fn date_text(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => "january",
        2 => "february",
        3 => "march",
        4 => "april",
        5 => "may",
        6 => "june",
        7 => "july",
        8 => "august",
        9 => "september",
        10 => "october",
        11 => "november",
        _ => "december",
    };
    // Passed as text: a year passed as a number would be written `2,007`.
    tr!(
        "report-official-date-value",
        day = date.day().to_string(),
        month = month,
        year = date.year().to_string()
    )
}

/// A day as headings write it, with its weekday: `Wednesday 5 September 2007`,
/// «الأربعاء 5 أيلول/سبتمبر 2007».
pub fn day_text(date: NaiveDate) -> String {
    let weekday = match date.weekday() {
        chrono::Weekday::Mon => "monday",
        chrono::Weekday::Tue => "tuesday",
        chrono::Weekday::Wed => "wednesday",
        chrono::Weekday::Thu => "thursday",
        chrono::Weekday::Fri => "friday",
        chrono::Weekday::Sat => "saturday",
        chrono::Weekday::Sun => "sunday",
    };
    tr!("date-with-weekday", weekday = weekday, date = date_text(date))
}

/// The name of a country from its ISO code; "Not stated" for none.
fn country_name(code: &str) -> String {
    if code.is_empty() {
        tr!("report-official-unstated")
    } else {
        tr!("report-official-country", code = code)
    }
}

/// The meeting's first and last day, in order.
fn first_and_last_day(doc: &Document) -> Option<(NaiveDate, NaiveDate)> {
    let first = doc.meeting.days.iter().map(|d| d.date).min()?;
    let last = doc.meeting.days.iter().map(|d| d.date).max()?;
    Some((first, last))
}

/// The participants in `doc`: the people present on some day of the meeting
/// or, while no one in the whole record (`everyone`) has been checked in,
/// everyone registered. Head-counts pass the whole record as `doc`.
fn participants<'d>(doc: &'d Document, everyone: &Document) -> Vec<&'d Person> {
    let days = schedule::days(everyone);
    let came = |p: &Person| days.iter().any(|d| is_present(p, *d));
    let anyone_came = everyone.people.iter().any(|p| came(p));
    doc.people
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| !anyone_came || came(p))
        .collect()
}

/// The organisations of a document by id, for looking up many people at once.
fn organisations_by_id(doc: &Document) -> HashMap<Id, &Organisation> {
    doc.organisations.iter().map(|o| (o.id, o.as_ref())).collect()
}

/// Joins sentences of the report into one paragraph.
fn paragraph(sentences: Vec<Line>) -> Line {
    let mut spans = Vec::new();
    for sentence in sentences.into_iter().filter(|s| !s.is_empty()) {
        if !spans.is_empty() {
            spans.push(super::Span {
                text: " ".to_owned(),
                user: false,
            });
        }
        spans.extend(sentence.0);
    }
    Line(spans)
}
