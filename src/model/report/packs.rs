//! Follow-up packs: after the meeting, each organisation gets a short
//! document of its own with what it agreed to: its partnerships, what it
//! committed, the action items of its people, the financing sought for its
//! partnerships and the deadlines ahead.

use std::collections::HashSet;
use std::hash::BuildHasher;

use crate::i18n::{Language, group_digits, in_language};
use crate::model::audience::for_audience;
use crate::model::fold::fold;
use crate::model::names::Names;
use crate::model::{Document, Id, Money, Organisation, Partnership, Vocabularies};
use crate::tr;

use super::{Block, Line, Options, Report, Section, Table, mark, meeting_title};

#[cfg(test)]
#[path = "packs_tests.rs"]
mod tests;

/// The follow-up pack of `organisation`, as `options` says: for whom and in
/// which language. An organisation the audience may not see gets a pack with
/// its title alone.
pub fn build(doc: &Document, organisation: Id, options: &Options) -> Report {
    let seen = for_audience(doc, options.audience);
    pack(&seen, &Names::new(&seen), organisation, options)
}

/// The follow-up pack of every organisation the audience may see, each with
/// a file name of its own (see [`file_name`]), in the registry's order.
pub fn all(doc: &Document, options: &Options) -> Vec<(String, Report)> {
    let seen = for_audience(doc, options.audience);
    let names = Names::new(&seen);
    let mut taken = HashSet::new();
    seen.organisations
        .iter()
        .map(|org| (file_name(org, &mut taken), pack(&seen, &names, org.id, options)))
        .collect()
}

/// The pack of `organisation` in `seen`, a meeting as the audience sees it.
fn pack(seen: &Document, names: &Names<'_>, organisation: Id, options: &Options) -> Report {
    in_language(options.language, || {
        let name = names
            .organisation(organisation)
            .map(|o| organisation_name(o).to_owned())
            .unwrap_or_default();
        let title = Line::message(
            &tr!("report-pack-title", organisation = mark(0), meeting = mark(1)),
            &[&name, meeting_title(seen)],
        );
        let theirs: Vec<&Partnership> = seen
            .partnerships
            .iter()
            .map(AsRef::as_ref)
            .filter(|p| {
                p.lead == Some(organisation) || p.partners.iter().any(|r| r.organisation == organisation)
            })
            .collect();
        let mut sections = Vec::new();
        sections.extend(partnerships(seen, &theirs, organisation));
        sections.extend(commitments(&theirs, organisation));
        sections.extend(actions(seen, names, organisation));
        sections.extend(leads(seen, &theirs));
        sections.extend(deadlines(&theirs));
        Report {
            language: options.language,
            title,
            heading: Vec::new(),
            sections,
        }
    })
}

/// A section of a pack: short documents need no page breaks.
fn section(anchor: &str, heading: String, block: Block) -> Vec<Section> {
    let mut section = Section::new(anchor, Line::fixed(heading), 1);
    section.page_break = false;
    vec![section.with(block)]
}

fn organisation_name(organisation: &Organisation) -> &str {
    if crate::i18n::language() == Language::Arabic && !organisation.name_ar.trim().is_empty() {
        &organisation.name_ar
    } else {
        &organisation.name
    }
}

fn partnership_title(partnership: &Partnership) -> &str {
    if crate::i18n::language() == Language::Arabic && !partnership.title_ar.trim().is_empty() {
        &partnership.title_ar
    } else {
        &partnership.title
    }
}

fn partnerships(doc: &Document, theirs: &[&Partnership], organisation: Id) -> Vec<Section> {
    if theirs.is_empty() {
        return Vec::new();
    }
    let mut table = Table::new(vec![
        tr!("report-pack-col-partnership"),
        tr!("report-pack-col-role"),
        tr!("report-pack-col-stage"),
        tr!("report-pack-col-next-step"),
    ]);
    for partnership in theirs {
        let mut roles: Vec<&str> = partnership
            .partners
            .iter()
            .filter(|r| r.organisation == organisation && !r.role.trim().is_empty())
            .map(|r| r.role.as_str())
            .collect();
        roles.dedup();
        let role = role_line(partnership.lead == Some(organisation), &roles.join(", "));
        let stage = Vocabularies::label(&doc.vocabularies.stages, &partnership.stage);
        table.rows.push(vec![
            Line::user(partnership_title(partnership)),
            role,
            Line::user(stage),
            Line::user(partnership.next_step.as_str()),
        ]);
    }
    section(
        "partnerships",
        tr!("report-pack-partnerships"),
        Block::Table(table),
    )
}

/// The organisation's roles, after the word for the lead when it leads.
fn role_line(leads: bool, roles: &str) -> Line {
    if !leads {
        return Line::user(roles);
    }
    if roles.is_empty() {
        return Line::fixed(tr!("report-pack-lead"));
    }
    Line::message(&tr!("report-pack-lead-and-roles", roles = mark(0)), &[roles])
}

fn commitments(theirs: &[&Partnership], organisation: Id) -> Vec<Section> {
    let items: Vec<Line> = theirs
        .iter()
        .filter(|p| p.partners.iter().any(|r| r.organisation == organisation))
        .flat_map(|p| {
            p.resources_committed
                .iter()
                .filter(|r| !r.trim().is_empty())
                .map(|resource| {
                    Line::message(
                        &tr!(
                            "report-pack-commitment",
                            resource = mark(0),
                            partnership = mark(1)
                        ),
                        &[resource, partnership_title(p)],
                    )
                })
        })
        .collect();
    if items.is_empty() {
        return Vec::new();
    }
    section("commitments", tr!("report-pack-commitments"), Block::List(items))
}

fn actions(doc: &Document, names: &Names<'_>, organisation: Id) -> Vec<Section> {
    let mut table = Table::new(vec![
        tr!("report-pack-col-action"),
        tr!("report-pack-col-owner"),
        tr!("report-pack-col-due"),
        tr!("report-pack-col-status"),
    ]);
    let mut rows: Vec<_> = doc
        .records
        .iter()
        .filter_map(|record| {
            let (owner, due, status) = record.action()?;
            let person = names.person(owner?)?;
            (person.organisation == Some(organisation)).then_some((due, record, person, status))
        })
        .collect();
    rows.sort_by_key(|(due, ..)| (due.is_none(), *due));
    for (due, record, person, status) in rows {
        table.rows.push(vec![
            Line::user(record.text.as_str()),
            Line::user(person.name.as_str()),
            Line::fixed(due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()),
            Line::fixed(super::items::status_label(status)),
        ]);
    }
    if table.rows.is_empty() {
        return Vec::new();
    }
    section("actions", tr!("report-pack-actions"), Block::Table(table))
}

fn money(money: &Money) -> String {
    let amount = group_digits(i64::try_from(money.amount).unwrap_or(i64::MAX));
    tr!(
        "report-pack-amount",
        amount = amount,
        currency = money.currency.as_str()
    )
}

fn leads(doc: &Document, theirs: &[&Partnership]) -> Vec<Section> {
    let mut table = Table::new(vec![
        tr!("report-pack-col-partnership"),
        tr!("report-pack-col-source"),
        tr!("report-pack-col-status"),
        tr!("report-pack-col-amount"),
        tr!("report-pack-col-next-step"),
    ])
    .numbers(&[3]);
    for partnership in theirs {
        for lead in doc.leads.iter().filter(|l| l.partnership == partnership.id) {
            let source = lead
                .source
                .and_then(|id| doc.funding_sources.iter().find(|s| s.id == id))
                .map(|s| s.name.clone())
                .unwrap_or_default();
            table.rows.push(vec![
                Line::user(partnership_title(partnership)),
                Line::user(source),
                Line::fixed(super::financing::status_label(lead.status)),
                Line::fixed(lead.amount.as_ref().map(money).unwrap_or_default()),
                Line::user(lead.next_step.as_str()),
            ]);
        }
    }
    if table.rows.is_empty() {
        return Vec::new();
    }
    section("financing", tr!("report-pack-financing"), Block::Table(table))
}

fn deadlines(theirs: &[&Partnership]) -> Vec<Section> {
    let mut due: Vec<_> = theirs
        .iter()
        .flat_map(|p| {
            p.milestones
                .iter()
                .filter(|m| !m.done)
                .filter_map(move |m| m.due.map(|date| (date, m, *p)))
        })
        .collect();
    if due.is_empty() {
        return Vec::new();
    }
    due.sort_by_key(|(date, ..)| *date);
    let mut table = Table::new(vec![
        tr!("report-pack-col-due"),
        tr!("report-pack-col-milestone"),
        tr!("report-pack-col-partnership"),
    ]);
    for (date, milestone, partnership) in due {
        table.rows.push(vec![
            Line::fixed(date.format("%Y-%m-%d").to_string()),
            Line::user(milestone.title.as_str()),
            Line::user(partnership_title(partnership)),
        ]);
    }
    section("deadlines", tr!("report-pack-deadlines"), Block::Table(table))
}

/// Names Windows keeps for devices, which no file may take.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
    "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The longest stem made from a name, in characters.
const LONGEST: usize = 80;

/// A file name without extension for `org`'s pack, safe on every system and
/// unlike the names in `taken` (where it is added): letters of any script and
/// digits are kept, anything else becomes `-`. A name with nothing left gives
/// the acronym, else `organisation-N`; a name already taken gets `-2`, `-3`...
pub fn file_name<S: BuildHasher>(org: &Organisation, taken: &mut HashSet<String, S>) -> String {
    let mut stem = safe(&org.name);
    if stem.is_empty() {
        stem = safe(&org.acronym);
    }
    if stem.is_empty() {
        stem = format!("organisation-{}", taken.len() + 1);
    }
    if RESERVED.contains(&stem.to_ascii_lowercase().as_str()) {
        stem = format!("{stem}-organisation");
    }
    let mut candidate = stem.clone();
    let mut number = 1;
    // File systems that ignore case would see two names as one: compare folded.
    while taken.contains(&fold(&candidate)) {
        number += 1;
        candidate = format!("{stem}-{number}");
    }
    taken.insert(fold(&candidate));
    candidate
}

/// `name` with only letters, digits and single dashes between them.
fn safe(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || is_mark(c) {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= LONGEST {
            break;
        }
    }
    stem.trim_end_matches('-').to_owned()
}

/// Arabic vowel signs and the like: part of a word, not a separator.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}
