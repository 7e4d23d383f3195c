//! The matching view turned round: choose a source, see the partnerships it
//! could fund, ranked, with the same reasons. Clicking a partnership goes back
//! to its own matches.

use chrono::NaiveDate;
use egui::Ui;

use super::matching::{Inputs, Line, reason_lines, same, score_parts};
use crate::model::fold::fold;
use crate::model::matching::Matcher;
use crate::model::{Document, FundingSource, Id};
use crate::tr;
use crate::ui::widgets;

/// View state of the reverse view.
#[derive(Default)]
pub struct ReverseView {
    query: String,
    /// The sources the list was filtered from, and for which words.
    searched: Option<(String, Vec<std::sync::Arc<FundingSource>>)>,
    found: Vec<(Id, String)>,
    source: Option<Id>,
    /// The source and records the rows were worked out for.
    ranked: Option<(Id, Inputs)>,
    rows: Vec<Row>,
}

/// One row of the ranked partnerships.
enum Row {
    Partnership {
        id: Id,
        title: String,
        score: String,
        parts: Vec<String>,
    },
    Line(Line),
}

impl ReverseView {
    /// Draws the view; returns a partnership clicked, to be shown in the matching view.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, today: NaiveDate) -> Option<Id> {
        crate::ui::mirror::start_panel("financing_reverse_sources")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| self.sources_ui(ui, doc));
            });
        let source = self
            .source
            .and_then(|id| doc.funding_sources.iter().find(|s| s.id == id));
        egui::CentralPanel::no_frame()
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    if let Some(source) = source {
                        self.ranked_ui(ui, doc, source, today)
                    } else {
                        widgets::weak(ui, &tr!("financing-matching-choose-source"));
                        None
                    }
                })
            })
            .inner
    }

    fn sources_ui(&mut self, ui: &mut Ui, doc: &Document) {
        widgets::search(ui, &tr!("financing-matching-search-sources"), &mut self.query);
        let fresh = self
            .searched
            .as_ref()
            .is_some_and(|(q, s)| *q == self.query && same(s, &doc.funding_sources));
        if !fresh {
            let words = fold(&self.query);
            let words: Vec<&str> = words.split_whitespace().collect();
            self.found = doc
                .funding_sources
                .iter()
                .filter(|s| {
                    let text = fold(&s.name);
                    words.iter().all(|w| text.contains(w))
                })
                .map(|s| (s.id, s.name.clone()))
                .collect();
            self.searched = Some((self.query.clone(), doc.funding_sources.clone()));
        }
        ui.separator();
        let row_height = ui.spacing().interact_size.y;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.found.len(), |ui, range| {
                for (id, name) in self.found.get(range).unwrap_or_default() {
                    widgets::selectable_value(ui, &mut self.source, Some(*id), name);
                }
            });
    }

    fn ranked_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        source: &FundingSource,
        today: NaiveDate,
    ) -> Option<Id> {
        let fresh = self
            .ranked
            .as_ref()
            .is_some_and(|(id, inputs)| *id == source.id && inputs.same(doc, today));
        if !fresh {
            self.rows = rows(doc, source, today);
            self.ranked = Some((source.id, Inputs::of(doc, today)));
        }
        widgets::heading(ui, &source.name);
        ui.separator();
        let mut clicked = None;
        let row_height = ui.spacing().interact_size.y;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.rows.len(), |ui, range| {
                for row in self.rows.get(range).unwrap_or_default() {
                    ui.horizontal(|ui| match row {
                        Row::Partnership {
                            id,
                            title,
                            score,
                            parts,
                        } => {
                            crate::ui::widgets::label(ui, score).on_hover_ui(|ui| {
                                for part in parts {
                                    widgets::sentence(ui, part);
                                }
                            });
                            if widgets::link(ui, title).clicked() {
                                clicked = Some(*id);
                            }
                        }
                        Row::Line(Line::Reason { text, against }) => {
                            ui.add_space(24.0);
                            let colour = if *against {
                                crate::ui::theme::warning(ui)
                            } else {
                                crate::ui::theme::ok(ui)
                            };
                            widgets::truncated_styled(ui, text, |rich| rich.color(colour));
                        }
                        Row::Line(Line::Heading(text)) => {
                            widgets::styled(ui, text, egui::RichText::strong);
                        }
                        Row::Line(_) => {}
                    });
                }
            });
        clicked
    }
}

fn rows(doc: &Document, source: &FundingSource, today: NaiveDate) -> Vec<Row> {
    let found = Matcher::new(doc, today).reverse(source);
    let mut rows = vec![Row::Line(Line::Heading(tr!(
        "financing-matching-could-fund",
        count = found.matches.len()
    )))];
    let titles: std::collections::HashMap<Id, &str> = doc
        .partnerships
        .iter()
        .map(|p| (p.id, p.title.as_str()))
        .collect();
    for m in &found.matches {
        let title = titles.get(&m.partnership).copied().unwrap_or_default().to_owned();
        rows.push(Row::Partnership {
            id: m.partnership,
            title,
            score: tr!("financing-matching-score", score = m.score),
            parts: score_parts(m),
        });
        rows.extend(reason_lines(&found, m).map(Row::Line));
    }
    rows
}
