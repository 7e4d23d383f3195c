//! What is printed for the day of the meeting: the programme, the list of
//! participants, a signature sheet for each day and the name cards for the
//! tables. Each is a [`Report`] of its own, made from what the public may see;
//! the signature sheets and name cards are for the meeting's team, and list
//! everyone present, named in reports or not.

use chrono::{Duration, NaiveDate};

use crate::i18n::{Language, in_language};
use crate::model::audience::{Audience, for_audience};
use crate::model::fold::fold;
use crate::model::{AgendaItem, Document, Organisation, Person};
use crate::tr;

use super::{Block, Line, NameCard, Report, Section, Table, mark, meeting_title};

#[cfg(test)]
#[path = "printables_tests.rs"]
mod tests;

/// A document printed for the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Printable {
    Programme,
    Participants,
    SignatureSheets,
    NameCards,
}

impl Printable {
    pub const ALL: [Self; 4] = [
        Self::Programme,
        Self::Participants,
        Self::SignatureSheets,
        Self::NameCards,
    ];

    /// The printable's name on the command line and in file names.
    pub fn key(self) -> &'static str {
        match self {
            Self::Programme => "programme",
            Self::Participants => "participants",
            Self::SignatureSheets => "signature-sheets",
            Self::NameCards => "name-cards",
        }
    }

    /// Who the printable is made for: the programme and the list of
    /// participants are handed out, so they show what the public may see;
    /// everyone who comes signs and sits behind a card, whether or not they
    /// agreed to be named in reports.
    pub fn audience(self) -> Audience {
        match self {
            Self::Programme | Self::Participants => Audience::Public,
            Self::SignatureSheets | Self::NameCards => Audience::Team,
        }
    }

    /// The printable's name in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Programme => tr!("report-print-programme"),
            Self::Participants => tr!("report-print-participants"),
            Self::SignatureSheets => tr!("report-print-signature-sheets"),
            Self::NameCards => tr!("report-print-name-cards"),
        }
    }
}

/// `printable` of `doc` in `language`, showing what its audience may see
/// (see [`Printable::audience`]).
pub fn build(doc: &Document, printable: Printable, language: Language) -> Report {
    let seen = for_audience(doc, printable.audience());
    in_language(language, || {
        let meeting = meeting_title(&seen);
        let (title, sections) = match printable {
            Printable::Programme => (
                tr!("report-print-programme-title", meeting = mark(0)),
                programme(&seen),
            ),
            Printable::Participants => (
                tr!("report-print-participants-title", meeting = mark(0)),
                participants(&seen),
            ),
            Printable::SignatureSheets => (
                tr!("report-print-signatures-title", meeting = mark(0)),
                signature_sheets(&seen),
            ),
            Printable::NameCards => (
                tr!("report-print-cards-title", meeting = mark(0)),
                name_cards(&seen),
            ),
        };
        Report {
            language,
            title: Line::message(&title, &[meeting]),
            heading: Vec::new(),
            sections,
        }
    })
}

/// A meeting day's heading: its number and its date.
fn day_heading(number: usize, date: NaiveDate) -> Line {
    Line::fixed(tr!(
        "report-print-day",
        number = number,
        date = date.format("%Y-%m-%d").to_string()
    ))
}

/// The meeting's days: those of its calendar, or else the days its agenda names.
fn days(doc: &Document) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = doc.meeting.days.iter().map(|d| d.date).collect();
    if days.is_empty() {
        days = doc.agenda.iter().map(|item| item.day).collect();
    }
    days.sort_unstable();
    days.dedup();
    days
}

fn programme(doc: &Document) -> Vec<Section> {
    let mut sections = Vec::new();
    for (index, day) in days(doc).into_iter().enumerate() {
        let mut items: Vec<&AgendaItem> = doc
            .agenda
            .iter()
            .map(AsRef::as_ref)
            .filter(|i| i.day == day)
            .collect();
        if items.is_empty() {
            continue;
        }
        // Parallel items keep the agenda's order within their slot.
        items.sort_by_key(|item| item.planned_start);
        let mut table = Table::new(vec![
            tr!("report-print-col-time"),
            tr!("report-print-col-item"),
            tr!("report-print-col-facilitator"),
        ]);
        for item in items {
            let ends = item.planned_start + Duration::minutes(i64::from(item.duration_minutes));
            let time = tr!(
                "report-agenda-span",
                start = item.planned_start.format("%H:%M").to_string(),
                end = ends.format("%H:%M").to_string()
            );
            let facilitator = doc.person_name(item.facilitator);
            table.rows.push(vec![
                Line::fixed(time),
                Line::user(item_title(item)),
                Line::user(facilitator),
            ]);
        }
        let mut section = Section::new(format!("day-{}", index + 1), day_heading(index + 1, day), 1);
        section.page_break = false;
        sections.push(section.with(Block::Table(table)));
    }
    sections
}

/// An agenda item's title in the report's language.
fn item_title(item: &AgendaItem) -> &str {
    if crate::i18n::language() == Language::Arabic && !item.title_ar.trim().is_empty() {
        &item.title_ar
    } else {
        &item.title
    }
}

/// An organisation's name in the report's language.
fn organisation_name(organisation: &Organisation) -> &str {
    if crate::i18n::language() == Language::Arabic && !organisation.name_ar.trim().is_empty() {
        &organisation.name_ar
    } else {
        &organisation.name
    }
}

/// A person with their organisation's name and country, as printed.
struct Entry<'a> {
    person: &'a Person,
    organisation: String,
    country: String,
}

fn entries(doc: &Document) -> Vec<Entry<'_>> {
    doc.people
        .iter()
        .map(|person| {
            let organisation = person.organisation.and_then(|id| doc.organisation(id));
            Entry {
                person,
                organisation: organisation.map(organisation_name).unwrap_or_default().to_owned(),
                country: organisation.map(|o| o.country.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn participants(doc: &Document) -> Vec<Section> {
    let mut entries = entries(doc);
    if entries.is_empty() {
        return Vec::new();
    }
    entries.sort_by_cached_key(|e| (fold(&e.country), fold(&e.organisation), fold(&e.person.name)));
    let mut table = Table::new(vec![
        tr!("report-print-col-name"),
        tr!("report-print-col-organisation"),
        tr!("report-print-col-country"),
    ]);
    for entry in entries {
        table.rows.push(vec![
            Line::user(entry.person.name.as_str()),
            Line::user(entry.organisation),
            Line::user(entry.country),
        ]);
    }
    let section = Section::new("participants", Line::fixed(tr!("report-print-participants")), 1);
    vec![section.with(Block::Table(table))]
}

fn signature_sheets(doc: &Document) -> Vec<Section> {
    let mut entries = entries(doc);
    entries.sort_by_cached_key(|e| (fold(&e.person.name), fold(&e.organisation)));
    days(doc)
        .into_iter()
        .enumerate()
        .map(|(index, day)| {
            let mut table = Table::new(vec![
                tr!("report-print-col-number"),
                tr!("report-print-col-name"),
                tr!("report-print-col-organisation"),
                tr!("report-print-col-signature"),
            ])
            .numbers(&[0]);
            for (row, entry) in entries.iter().enumerate() {
                table.rows.push(vec![
                    Line::fixed((row + 1).to_string()),
                    Line::user(entry.person.name.as_str()),
                    Line::user(entry.organisation.as_str()),
                    Line::default(),
                ]);
            }
            let mut section = Section::new(format!("signatures-{day}"), day_heading(index + 1, day), 1);
            section.page_break = true;
            section.with(Block::Table(table))
        })
        .collect()
}

fn name_cards(doc: &Document) -> Vec<Section> {
    let mut entries = entries(doc);
    if entries.is_empty() {
        return Vec::new();
    }
    entries.sort_by_cached_key(|e| fold(&e.person.name));
    let cards = entries
        .into_iter()
        .map(|entry| NameCard {
            name: entry.person.name.clone(),
            name_ar: entry.person.name_ar.clone(),
            organisation: entry.organisation,
            country: entry.country,
        })
        .collect();
    let section = Section::new("name-cards", Line::fixed(tr!("report-print-name-cards")), 1);
    vec![section.with(Block::Cards(cards))]
}
