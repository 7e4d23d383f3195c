//! The partnerships section of the working report: how many partnerships
//! stand at each stage of the pipeline and in each thrust area, then each
//! partnership, grouped by stage, with what its record still lacks.

mod detail;

use crate::i18n::{Language, group_digits};
use crate::model::quality::Judge;
use crate::model::{Document, Partnership, Term, Vocabularies};
use crate::tr;

use super::{Block, Context, Line, Section, Table};

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    if doc.partnerships.is_empty() {
        return Vec::new();
    }
    let stages = stage_order(doc);
    let mut sections = vec![
        Section::new("partnerships", tr!("report-section-partnerships"), 1).with(Block::Paragraph(
            Line::fixed(tr!("report-partnerships-count", count = doc.partnerships.len())),
        )),
        Section::new("partnerships-by-stage", tr!("report-partnerships-by-stage"), 2)
            .with(Block::Table(by_stage(doc, &stages))),
        Section::new("partnerships-by-area", tr!("report-partnerships-by-area"), 2)
            .with(Block::Table(by_area(doc))),
    ];
    let judge = Judge::new(doc);
    for (index, stage) in stages.iter().enumerate() {
        let members: Vec<&Partnership> = doc
            .partnerships
            .iter()
            .map(AsRef::as_ref)
            .filter(|p| p.stage.trim() == stage.as_str())
            .collect();
        if members.is_empty() {
            continue;
        }
        sections.push(Section::new(
            format!("partnerships-stage-{}", index + 1),
            stage_label(doc, stage),
            2,
        ));
        sections.extend(members.into_iter().map(|p| detail::section(doc, &judge, p)));
    }
    sections
}

/// The title of `p` in the report's language: the Arabic title in an Arabic
/// report where there is one.
pub(super) fn title(p: &Partnership) -> &str {
    if crate::i18n::language() == Language::Arabic && !p.title_ar.trim().is_empty() {
        &p.title_ar
    } else {
        &p.title
    }
}

/// The stages partnerships are counted by: the vocabulary's, in its order,
/// then stages it does not know in alphabetical order, then no stage (empty).
fn stage_order(doc: &Document) -> Vec<String> {
    let mut stages: Vec<String> = doc
        .vocabularies
        .stages
        .iter()
        .map(|t| t.key.trim().to_owned())
        .collect();
    let mut others: Vec<String> = doc
        .partnerships
        .iter()
        .map(|p| p.stage.trim().to_owned())
        .filter(|s| !s.is_empty() && !stages.contains(s))
        .collect();
    others.sort();
    others.dedup();
    stages.extend(others);
    if doc.partnerships.iter().any(|p| p.stage.trim().is_empty()) {
        stages.push(String::new());
    }
    stages
}

/// The label of a stage as people named it, or a word for no stage.
fn stage_label(doc: &Document, key: &str) -> Line {
    label(&doc.vocabularies.stages, key, || {
        tr!("report-partnerships-no-stage")
    })
}

fn label(terms: &[Term], key: &str, none: impl FnOnce() -> String) -> Line {
    if key.is_empty() {
        Line::fixed(none())
    } else {
        Line::user(Vocabularies::label(terms, key))
    }
}

fn count_cell(n: usize) -> Line {
    Line::fixed(group_digits(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// Every stage of the pipeline with how many partnerships stand at it.
fn by_stage(doc: &Document, stages: &[String]) -> Table {
    let mut table = Table::new(vec![
        tr!("report-partnerships-column-stage"),
        tr!("report-partnerships-column-count"),
    ])
    .numbers(&[1]);
    for stage in stages {
        let n = doc
            .partnerships
            .iter()
            .filter(|p| p.stage.trim() == stage.as_str())
            .count();
        table.rows.push(vec![stage_label(doc, stage), count_cell(n)]);
    }
    table
}

/// The thrust areas partnerships work in, with how many in each: in the
/// vocabulary's order, then areas it does not know, then no area.
fn by_area(doc: &Document) -> Table {
    let areas = &doc.vocabularies.thrust_areas;
    let mut keys: Vec<String> = doc
        .partnerships
        .iter()
        .map(|p| p.thrust_area.trim().to_owned())
        .collect();
    keys.sort_by_key(|key| {
        let known = areas.iter().position(|t| t.key == *key);
        (key.is_empty(), known.is_none(), known, key.clone())
    });
    keys.dedup();
    let mut table = Table::new(vec![
        tr!("report-partnerships-column-area"),
        tr!("report-partnerships-column-count"),
    ])
    .numbers(&[1]);
    for key in keys {
        let n = doc
            .partnerships
            .iter()
            .filter(|p| p.thrust_area.trim() == key)
            .count();
        let name = label(areas, &key, || tr!("report-partnerships-no-area"));
        table.rows.push(vec![name, count_cell(n)]);
    }
    table
}

#[cfg(test)]
#[path = "work_tests.rs"]
mod tests;
