//! The list of projects on the left of the matching view: the partnerships
//! with a financing need (or all of them), found by words, stage and thrust
//! area, each with a bar of how much of its need is covered.
//!
//! Rows are worked out once per change of the partnerships, leads or rates,
//! and the filtered list once per change of the filters; only the rows in
//! view are drawn.

use std::sync::Arc;

use egui::Ui;

use super::matching::{need_text, same};
use crate::model::fold::fold;
use crate::model::leads::{self, Coverage};
use crate::model::{Document, FinancingLead, Id, Partnership, Rate, Vocabularies};
use crate::tr;
use crate::ui::widgets;

/// The height of a row: its title and its bar.
const ROW_HEIGHT: f32 = 40.0;

/// What the list's filters ask for.
#[derive(Clone, Default, PartialEq)]
struct Filter {
    all: bool,
    query: String,
    stage: Option<String>,
    thrust_area: Option<String>,
}

/// One partnership as its row shows it.
struct Row {
    id: Id,
    title: String,
    folded: String,
    stage: String,
    thrust_area: String,
    has_need: bool,
    /// The part of the need covered, from 0 to 1.
    fraction: f32,
    bar: String,
}

/// View state of the project list.
#[derive(Default)]
pub struct ProjectList {
    filter: Filter,
    partnerships: Vec<Arc<Partnership>>,
    leads: Vec<Arc<FinancingLead>>,
    rates: Vec<Rate>,
    built: bool,
    rows: Vec<Row>,
    filtered_by: Option<Filter>,
    shown: Vec<usize>,
}

impl ProjectList {
    /// Draws the list; returns the partnership clicked.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, selected: Option<Id>) -> Option<Id> {
        let mut picked = None;
        crate::ui::mirror::start_panel("financing_projects")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    self.filters_ui(ui, doc);
                    self.refresh(doc);
                    widgets::weak(
                        ui,
                        &tr!(
                            "financing-matching-projects-shown",
                            shown = self.shown.len(),
                            total = doc.partnerships.len()
                        ),
                    );
                    ui.separator();
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show_rows(ui, ROW_HEIGHT, self.shown.len(), |ui, range| {
                            for &i in self.shown.get(range).unwrap_or_default() {
                                let Some(row) = self.rows.get(i) else {
                                    continue;
                                };
                                if row_ui(ui, row, selected == Some(row.id)) {
                                    picked = Some(row.id);
                                }
                            }
                        });
                });
            });
        picked
    }

    fn filters_ui(&mut self, ui: &mut Ui, doc: &Document) {
        widgets::search(
            ui,
            &tr!("financing-matching-search-projects"),
            &mut self.filter.query,
        );
        widgets::checkbox(ui, &mut self.filter.all, &tr!("financing-matching-all-projects"));
        let vocabularies = &doc.vocabularies;
        ui.horizontal(|ui| {
            let shown = self
                .filter
                .stage
                .as_ref()
                .map(|k| Vocabularies::label(&vocabularies.stages, k).to_owned());
            widgets::filter_combo(
                ui,
                &tr!("financing-matching-stage"),
                &mut self.filter.stage,
                shown,
                || terms(&vocabularies.stages),
            );
        });
        ui.horizontal(|ui| {
            let shown = self
                .filter
                .thrust_area
                .as_ref()
                .map(|k| Vocabularies::label(&vocabularies.thrust_areas, k).to_owned());
            widgets::filter_combo(
                ui,
                &tr!("financing-matching-thrust-area"),
                &mut self.filter.thrust_area,
                shown,
                || terms(&vocabularies.thrust_areas),
            );
        });
    }

    fn refresh(&mut self, doc: &Document) {
        let fresh = self.built
            && same(&self.partnerships, &doc.partnerships)
            && same(&self.leads, &doc.leads)
            && self.rates == doc.rates;
        if !fresh {
            self.built = true;
            self.partnerships.clone_from(&doc.partnerships);
            self.leads.clone_from(&doc.leads);
            self.rates.clone_from(&doc.rates);
            self.rows = rows(doc);
            self.filtered_by = None;
        }
        if self.filtered_by.as_ref() != Some(&self.filter) {
            let words: Vec<String> = fold(&self.filter.query)
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            let filter = &self.filter;
            self.shown = self
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| filter.all || r.has_need)
                .filter(|(_, r)| filter.stage.as_ref().is_none_or(|s| *s == r.stage))
                .filter(|(_, r)| filter.thrust_area.as_ref().is_none_or(|t| *t == r.thrust_area))
                .filter(|(_, r)| words.iter().all(|w| r.folded.contains(w.as_str())))
                .map(|(i, _)| i)
                .collect();
            self.filtered_by = Some(self.filter.clone());
        }
    }
}

fn terms(terms: &[crate::model::Term]) -> Vec<(String, String)> {
    terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
}

/// The rows of every partnership, leads gathered in one pass.
fn rows(doc: &Document) -> Vec<Row> {
    let mut by_partnership: std::collections::HashMap<Id, Vec<&FinancingLead>> =
        std::collections::HashMap::new();
    for lead in &doc.leads {
        by_partnership.entry(lead.partnership).or_default().push(lead);
    }
    doc.partnerships
        .iter()
        .map(|p| {
            let coverage = p.financing_need.as_ref().map(|need| {
                let its = by_partnership.get(&p.id).map(Vec::as_slice).unwrap_or_default();
                leads::coverage(need, its.iter().copied(), &doc.rates)
            });
            Row {
                id: p.id,
                title: p.title.clone(),
                folded: fold(&format!("{}\n{}", p.title, p.title_ar)),
                stage: p.stage.clone(),
                thrust_area: p.thrust_area.clone(),
                has_need: coverage.is_some(),
                fraction: fraction(coverage.as_ref()),
                bar: need_text(coverage.as_ref()),
            }
        })
        .collect()
}

#[expect(clippy::cast_precision_loss, reason = "a bar's length needs no precision")]
fn fraction(coverage: Option<&Coverage>) -> f32 {
    match coverage {
        Some(c) if c.need.amount > 0 => (c.covered as f32 / c.need.amount as f32).min(1.0),
        _ => 0.0,
    }
}

/// A row: the title to click, and the bar. Returns whether it was clicked.
fn row_ui(ui: &mut Ui, row: &Row, selected: bool) -> bool {
    ui.vertical(|ui| {
        let clicked = widgets::selectable(ui, selected, &row.title).clicked();
        ui.add(
            egui::ProgressBar::new(row.fraction)
                .desired_height(14.0)
                .text(egui::RichText::new(&row.bar).small()),
        );
        clicked
    })
    .inner
}
