//! Who came and who spoke: attendance and speaking time by stakeholder type
//! and by country, and, for the organisers only, who did not speak and each
//! person's speaking time.

use std::collections::{BTreeMap, HashMap};

use super::{Audience, Block, Context, Line, Section, SectionKind, Table};
use crate::model::checkin::{PresentCounts, country_code, is_present};
use crate::model::names::Names;
use crate::model::{Document, Id, SpeakerTurn, Vocabularies, schedule};
use crate::tr;

/// Speaking time and turns of one group or person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Spoken {
    pub seconds: i64,
    pub turns: usize,
}

impl Spoken {
    fn add(&mut self, seconds: i64) {
        self.seconds = self.seconds.saturating_add(seconds);
        self.turns += 1;
    }
}

/// Speaking time by stakeholder type key, country code and person; keys are
/// empty where the organisation does not say (or the speaker is not registered).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Speaking {
    pub types: BTreeMap<String, Spoken>,
    pub countries: BTreeMap<String, Spoken>,
    pub people: BTreeMap<Id, Spoken>,
}

/// Every turn that has started, up to `now` for a turn still running.
pub(super) fn speaking(doc: &Document, names: &Names<'_>, now: chrono::NaiveDateTime) -> Speaking {
    let mut out = Speaking::default();
    for turn in doc
        .agenda
        .iter()
        .flat_map(|a| a.speakers.iter())
        .filter(|t| t.started.is_some())
    {
        let seconds = turn.spoken_seconds(now);
        let org = names.organisation_of(turn.person);
        let kind = org.map_or(String::new(), |o| o.stakeholder_type.trim().to_owned());
        let country = org.map_or(String::new(), |o| country_code(&o.country));
        out.types.entry(kind).or_default().add(seconds);
        out.countries.entry(country).or_default().add(seconds);
        out.people.entry(turn.person).or_default().add(seconds);
    }
    out
}

/// People present on at least one day of the meeting.
pub(super) fn present(doc: &Document) -> Vec<Id> {
    let days = schedule::days(doc);
    doc.people
        .iter()
        .filter(|p| days.iter().any(|d| is_present(p, *d)))
        .map(|p| p.id)
        .collect()
}

/// Attendance counted once per person, whichever days they came.
pub(super) fn attendance(names: &Names<'_>, present: &[Id]) -> PresentCounts {
    let mut counts = PresentCounts::default();
    for person in present.iter().filter_map(|id| names.person(*id)) {
        let org = person.organisation.and_then(|o| names.organisation(o));
        let kind = org.map_or("", |o| o.stakeholder_type.trim());
        counts.add(kind, &org.map_or(String::new(), |o| country_code(&o.country)));
    }
    counts
}

/// Seconds as minutes and seconds, such as 12:05.
fn duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn type_label(doc: &Document, key: &str) -> Line {
    if key.is_empty() {
        Line::fixed(tr!("report-participation-no-type"))
    } else {
        Line::user(Vocabularies::label(&doc.vocabularies.stakeholder_types, key))
    }
}

fn country_label(key: &str) -> Line {
    if key.is_empty() {
        Line::fixed(tr!("report-participation-no-country"))
    } else {
        Line::user(key)
    }
}

fn counts_table(first: String, counts: &BTreeMap<String, usize>, label: impl Fn(&str) -> Line) -> Table {
    let mut table = Table::new(vec![first, tr!("report-participation-column-people")]).numbers(&[1]);
    let mut rows: Vec<(&String, &usize)> = counts.iter().collect();
    rows.sort_by_key(|(_, count)| std::cmp::Reverse(**count));
    for (key, count) in rows {
        table.rows.push(vec![label(key), Line::fixed(count.to_string())]);
    }
    table
}

fn spoken_table(first: String, shares: &BTreeMap<String, Spoken>, label: impl Fn(&str) -> Line) -> Table {
    let mut table = Table::new(vec![
        first,
        tr!("report-participation-column-turns"),
        tr!("report-participation-column-time"),
    ])
    .numbers(&[1, 2]);
    let mut rows: Vec<(&String, &Spoken)> = shares.iter().collect();
    rows.sort_by_key(|(_, spoken)| std::cmp::Reverse(spoken.seconds));
    for (key, spoken) in rows {
        table.rows.push(vec![
            label(key),
            Line::fixed(spoken.turns.to_string()),
            Line::fixed(duration(spoken.seconds)),
        ]);
    }
    table
}

fn organisation_of(names: &Names<'_>, id: Id) -> Line {
    Line::user(
        names
            .person(id)
            .map(|p| names.organisation_name(p.organisation))
            .unwrap_or_default(),
    )
}

/// Who did not speak and each person's speaking time: for the organisers only.
fn per_person(context: &Context<'_>, present: &[Id], speaking: &Speaking) -> Vec<Section> {
    let doc = context.doc;
    let names = &context.names;
    let mut sections = Vec::new();
    let quiet: Vec<Id> = present
        .iter()
        .copied()
        .filter(|id| !speaking.people.contains_key(id))
        .collect();
    if !quiet.is_empty() {
        let mut table = Table::new(vec![
            tr!("report-participation-column-name"),
            tr!("report-participation-column-organisation"),
        ]);
        for id in &quiet {
            table.rows.push(vec![
                Line::user(names.person_name(Some(*id))),
                organisation_of(names, *id),
            ]);
        }
        sections.push(
            Section::new(
                "participation-not-spoken",
                tr!("report-participation-not-spoken"),
                2,
            )
            .with(Block::Paragraph(Line::fixed(tr!(
                "report-participation-not-spoken-count",
                count = quiet.len()
            ))))
            .with(Block::Table(table)),
        );
    }
    if !speaking.people.is_empty() {
        let mut rows: Vec<(&Id, &Spoken)> = speaking.people.iter().collect();
        rows.sort_by_key(|(_, spoken)| std::cmp::Reverse(spoken.seconds));
        let mut table = Table::new(vec![
            tr!("report-participation-column-name"),
            tr!("report-participation-column-organisation"),
            tr!("report-participation-column-turns"),
            tr!("report-participation-column-time"),
        ])
        .numbers(&[2, 3]);
        // The first turn of each speaker, for the name of a guest from the floor.
        let mut first_turns: HashMap<Id, &SpeakerTurn> = HashMap::new();
        for turn in doc.agenda.iter().flat_map(|a| a.speakers.iter()) {
            first_turns.entry(turn.person).or_insert(turn);
        }
        for (id, spoken) in rows {
            let name = first_turns.get(id);
            table.rows.push(vec![
                Line::user(name.map_or_else(|| names.person_name(Some(*id)), |t| names.speaker_name(t))),
                organisation_of(names, *id),
                Line::fixed(spoken.turns.to_string()),
                Line::fixed(duration(spoken.seconds)),
            ]);
        }
        sections.push(
            Section::new(
                "participation-per-person",
                tr!("report-participation-per-person"),
                2,
            )
            .with(Block::Table(table)),
        );
    }
    sections
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    // Head-counts and shares name no one: they count everyone, with the
    // people the public copy leaves out, over the items the audience sees.
    let present = present(context.everyone);
    let speaking = speaking(doc, &context.everyone_names, context.now);
    let mut sections = Vec::new();
    if !present.is_empty() {
        let counts = attendance(&context.everyone_names, &present);
        sections.push(
            Section::new(
                "participation-attendance",
                tr!("report-participation-attendance"),
                2,
            )
            .with(Block::Paragraph(Line::fixed(tr!(
                "report-participation-present",
                count = counts.total
            ))))
            .with(Block::Table(counts_table(
                tr!("report-participation-column-type"),
                &counts.by_type,
                |k| type_label(doc, k),
            )))
            .with(Block::Table(counts_table(
                tr!("report-participation-column-country"),
                &counts.by_country,
                country_label,
            ))),
        );
    }
    if !speaking.people.is_empty() {
        let turns: usize = speaking.people.values().map(|s| s.turns).sum();
        sections.push(
            Section::new("participation-speaking", tr!("report-participation-speaking"), 2)
                .with(Block::Paragraph(Line::fixed(tr!(
                    "report-participation-turns",
                    count = turns,
                    people = speaking.people.len()
                ))))
                .with(Block::Table(spoken_table(
                    tr!("report-participation-column-type"),
                    &speaking.types,
                    |k| type_label(doc, k),
                )))
                .with(Block::Table(spoken_table(
                    tr!("report-participation-column-country"),
                    &speaking.countries,
                    country_label,
                ))),
        );
    }
    if context.audience == Audience::Organisers {
        sections.extend(per_person(context, &present, &speaking));
    }
    if sections.is_empty() {
        return sections;
    }
    let mut all = vec![Section::new(
        "participation",
        SectionKind::Participation.label(),
        1,
    )];
    all.append(&mut sections);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_minutes_and_seconds() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(725), "12:05");
        assert_eq!(duration(-3), "0:00");
    }
}
