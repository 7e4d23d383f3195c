//! One partnership as the report shows it: who is in it and what each brings,
//! what it will deliver and when, where, what comes next, the money it needs,
//! and what its record still lacks to be a strong commitment.

use crate::i18n::Language;
use crate::model::quality::{Gap, Judge};
use crate::model::{Document, Id, Organisation, Partnership, Vocabularies};
use crate::tr;

use super::super::financing::money;
use super::super::{Block, Fact, Line, Section, mark};
use super::title;

/// The level-3 section of `p`.
pub(super) fn section(doc: &Document, judge: &Judge<'_>, p: &Partnership) -> Section {
    let mut section = Section::new(format!("partnership-{}", p.id.0), Line::user(title(p)), 3)
        .with(Block::Facts(facts(doc, judge, p)));
    let mut part = |heading: String, lines: Vec<Line>| {
        if !lines.is_empty() {
            section.blocks.push(Block::Paragraph(Line::fixed(heading)));
            section.blocks.push(Block::List(lines));
        }
    };
    part(tr!("report-partnerships-partners"), partners(judge, p));
    part(
        tr!("report-partnerships-deliverables"),
        texts(p.deliverables.iter().map(|d| d.text.as_str())),
    );
    part(
        tr!("report-partnerships-resources"),
        texts(p.resources_committed.iter().map(String::as_str)),
    );
    part(tr!("report-partnerships-timeline"), timeline(p));
    part(
        tr!("report-partnerships-gaps"),
        judge.gaps(p).into_iter().map(|g| Line::fixed(gap(g))).collect(),
    );
    section
}

/// The lead, thrust area, countries, next step and financing need,
/// each when the record states it.
fn facts(doc: &Document, judge: &Judge<'_>, p: &Partnership) -> Vec<Fact> {
    let mut facts = Vec::new();
    if let Some(lead) = p.lead {
        facts.push(Fact::new(
            tr!("report-partnerships-lead"),
            organisation(judge, lead),
        ));
    }
    let area = p.thrust_area.trim();
    if !area.is_empty() {
        let name = Vocabularies::label(&doc.vocabularies.thrust_areas, area);
        facts.push(Fact::new(tr!("report-partnerships-area"), Line::user(name)));
    }
    let countries: Vec<&str> = p
        .countries
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if !countries.is_empty() {
        facts.push(Fact::new(
            tr!("report-partnerships-countries"),
            Line::user(countries.join(", ")),
        ));
    }
    if !p.next_step.trim().is_empty() {
        facts.push(Fact::new(
            tr!("report-partnerships-next-step"),
            Line::user(p.next_step.trim()),
        ));
    }
    if let Some(need) = &p.financing_need {
        facts.push(Fact::new(tr!("report-partnerships-need"), money(need)));
    }
    facts
}

/// The name of an organisation in the report's language, as user text, or
/// the report's word for one the registry lacks.
fn organisation(judge: &Judge<'_>, id: Id) -> Line {
    match judge.organisation(id) {
        Some(org) => Line::user(organisation_name(org)),
        None => Line::fixed(tr!("report-partnerships-unknown-organisation")),
    }
}

fn organisation_name(org: &Organisation) -> &str {
    if crate::i18n::language() == Language::Arabic && !org.name_ar.trim().is_empty() {
        &org.name_ar
    } else {
        &org.name
    }
}

/// Each partner with the role it plays.
fn partners(judge: &Judge<'_>, p: &Partnership) -> Vec<Line> {
    p.partners
        .iter()
        .map(|partner| {
            let name = organisation(judge, partner.organisation);
            let role = partner.role.trim();
            if role.is_empty() {
                return name;
            }
            match judge.organisation(partner.organisation) {
                Some(org) => Line::message(
                    &tr!(
                        "report-partnerships-partner-role",
                        organisation = mark(0),
                        role = mark(1)
                    ),
                    &[organisation_name(org), role],
                ),
                None => Line::message(
                    &tr!("report-partnerships-unknown-partner-role", role = mark(0)),
                    &[role],
                ),
            }
        })
        .collect()
}

fn texts<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<Line> {
    texts
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(Line::user)
        .collect()
}

/// The milestones with their due dates, each done or still open.
fn timeline(p: &Partnership) -> Vec<Line> {
    p.milestones
        .iter()
        .filter(|m| !m.title.trim().is_empty() || m.due.is_some())
        .map(|m| {
            let template = match (m.due, m.done) {
                (Some(due), true) => tr!(
                    "report-partnerships-milestone-done",
                    milestone = mark(0),
                    due = due.format("%Y-%m-%d").to_string()
                ),
                (Some(due), false) => tr!(
                    "report-partnerships-milestone-open",
                    milestone = mark(0),
                    due = due.format("%Y-%m-%d").to_string()
                ),
                (None, true) => tr!("report-partnerships-milestone-undated-done", milestone = mark(0)),
                (None, false) => tr!("report-partnerships-milestone-undated-open", milestone = mark(0)),
            };
            Line::message(&template, &[m.title.trim()])
        })
        .collect()
}

/// What the room is asked to state to fill `gap`, in the report's language.
pub(super) fn gap(gap: Gap) -> String {
    match gap {
        Gap::Roles => tr!("report-partnerships-gap-roles"),
        Gap::Deliverables => tr!("report-partnerships-gap-deliverables"),
        Gap::Resources => tr!("report-partnerships-gap-resources"),
        Gap::Timeline => tr!("report-partnerships-gap-timeline"),
        Gap::Reporter => tr!("report-partnerships-gap-reporter"),
    }
}
