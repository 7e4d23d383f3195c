//! The catalogue of funding sources: a searchable, filterable, sortable table
//! and the editor of the selected source beside it.
//!
//! The table draws only the rows in view; what it shows of each source is
//! worked out once per change of the sources (or of the organisations behind
//! them), and search, filters and sort once per change of what was asked.

use chrono::NaiveDate;
use egui::Ui;
use egui_extras::Column as TableColumn;

use super::source_editor;
pub use super::source_rows::{Column, Entry, Filters, Index, Sort, ticket_text};
use crate::action::Action;
use crate::model::{Document, FundingKind, FundingSource, Id, Instrument, Term, Vocabularies};
use crate::tr;
use crate::ui::{table, theme, widgets};

/// Every instrument, in the order the interface lists them.
pub const INSTRUMENTS: [Instrument; 7] = Instrument::ALL;

/// View state of the sources view.
#[derive(Default)]
pub struct SourcesView {
    pub query: String,
    pub filters: Filters,
    pub sort: Option<Sort>,
    /// The source open in the editor.
    pub selected: Option<Id>,
    /// A source added in this frame: not in the document until the frame's edits apply.
    added: Option<Id>,
    index: Index,
}

impl SourcesView {
    /// Draws the view. `today` is the date of reading, which deadlines are read against.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, today: NaiveDate, actions: &mut Vec<Action>) {
        self.toolbar_ui(ui, actions);
        self.index.refresh(doc, &self.query, &self.filters, self.sort);
        ui.horizontal_wrapped(|ui| {
            filters_ui(ui, doc, &self.index, &mut self.filters);
            ui.separator();
            widgets::label(
                ui,
                &tr!(
                    "financing-sources-shown-of-total",
                    shown = self.index.rows.len(),
                    total = self.index.entries.len()
                ),
            );
        });
        ui.separator();
        if self.selected.is_some() {
            crate::ui::mirror::end_panel("financing_source_editor")
                .resizable(true)
                .default_size(theme::EDITOR_WIDTH)
                .show(ui, |ui| {
                    crate::ui::mirror::body(ui, |ui| self.editor_ui(ui, doc, today, actions));
                });
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| self.table_ui(ui, today));
        });
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            widgets::search(ui, &tr!("financing-sources-search-hint"), &mut self.query);
            ui.separator();
            if widgets::button(ui, &tr!("financing-sources-add")).clicked() {
                let source = FundingSource {
                    name: tr!("financing-sources-new-name"),
                    ..FundingSource::default()
                };
                self.selected = Some(source.id);
                self.added = Some(source.id);
                actions.push(Action::UpsertFundingSource(source));
            }
        });
    }

    fn editor_ui(&mut self, ui: &mut Ui, doc: &Document, today: NaiveDate, actions: &mut Vec<Action>) {
        let Some(id) = self.selected else { return };
        let Some(entry) = self.index.entry(id) else {
            // Deleted or undone away, unless added in this frame.
            if self.added.take() != Some(id) {
                self.selected = None;
            }
            return;
        };
        let source = &entry.source;
        ui.horizontal(|ui| {
            if widgets::button(ui, &tr!("financing-sources-close")).clicked() {
                self.selected = None;
            }
            if delete_ui(ui, doc, id, actions) {
                self.selected = None;
            }
        });
        if self.selected.is_none() {
            return;
        }
        ui.separator();
        // Close and delete stay in view above the fields, which scroll.
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Each source's fields get their own ids, so focus and typed text never carry over.
            ui.push_id(id, |ui| {
                source_editor::ui(ui, doc, source, &entry.organisation, today, actions);
            });
        });
    }

    fn table_ui(&mut self, ui: &mut Ui, today: NaiveDate) {
        let columns = [
            (Column::Name, tr!("financing-sources-column-name")),
            (Column::Kind, tr!("financing-sources-column-kind")),
            (Column::Instruments, tr!("financing-sources-column-instruments")),
            (Column::Ticket, tr!("financing-sources-column-ticket")),
            (Column::Countries, tr!("financing-sources-column-countries")),
            (Column::Deadline, tr!("financing-sources-column-deadline")),
        ];
        let sort = self.sort;
        let mut clicked = None;
        let mut selected = self.selected;
        // Selectable text would swallow the clicks that select a row.
        ui.style_mut().interaction.selectable_labels = false;
        let widths: Vec<f32> = columns
            .iter()
            .map(|(column, _)| match column {
                Column::Name => 220.0,
                Column::Kind | Column::Instruments => 140.0,
                Column::Ticket => 160.0,
                Column::Countries => 80.0,
                Column::Deadline => 90.0,
            })
            .collect();
        let index = &self.index;
        let any = tr!("financing-sources-any-country");
        table::scope(ui, |ui| {
            let sized = widths
                .into_iter()
                .map(|width| {
                    TableColumn::initial(width)
                        .at_least(60.0)
                        .clip(true)
                        .resizable(true)
                })
                .collect();
            table::builder(ui, "sources_table", sized)
                .header(24.0, |mut header| {
                    let picked = std::cell::Cell::new(None);
                    let cells = columns
                        .iter()
                        .map(|(column, title)| -> table::Cell<'_> {
                            let picked = &picked;
                            Box::new(move |ui| {
                                let sorted = sort.filter(|s| s.column == *column).map(|s| s.descending);
                                if header_ui(ui, title, sorted).clicked() {
                                    picked.set(Some(*column));
                                }
                            })
                        })
                        .collect();
                    table::header_cells(&mut header, cells);
                    clicked = picked.get().or(clicked);
                })
                .body(|body| {
                    body.rows(theme::ROW_HEIGHT, index.rows.len(), |mut row| {
                        let Some(entry) = index.rows.get(row.index()).and_then(|i| index.entries.get(*i))
                        else {
                            return;
                        };
                        let source = &entry.source;
                        row.set_selected(selected == Some(source.id));
                        let pressed = table::row_cells(&mut row, source_cells(entry, &any, today));
                        if pressed {
                            selected = Some(source.id);
                        }
                    });
                });
        });
        self.selected = selected;
        if let Some(column) = clicked {
            self.sort = Some(match self.sort {
                Some(Sort {
                    column: current,
                    descending,
                }) if current == column => Sort {
                    column,
                    descending: !descending,
                },
                _ => Sort {
                    column,
                    descending: false,
                },
            });
        }
    }
}

/// The cells of a source's row, in the order of the headers.
fn source_cells<'a>(entry: &'a Entry, any: &'a str, today: NaiveDate) -> Vec<table::Cell<'a>> {
    let source = &entry.source;
    let countries = if entry.countries.is_empty() {
        any
    } else {
        &entry.countries
    };
    vec![
        Box::new(|ui| {
            widgets::truncated(ui, &source.name);
        }),
        Box::new(|ui| {
            widgets::truncated(ui, &entry.kind);
        }),
        Box::new(|ui| {
            widgets::truncated(ui, &entry.instruments);
        }),
        Box::new(|ui| {
            widgets::truncated(ui, &entry.ticket);
        }),
        Box::new(move |ui| {
            widgets::truncated(ui, countries);
        }),
        Box::new(move |ui| {
            deadline_cell(ui, source.deadline, today);
        }),
    ]
}

/// The deadline, marked when it has passed by `today`.
fn deadline_cell(ui: &mut Ui, deadline: Option<NaiveDate>, today: NaiveDate) {
    let Some(deadline) = deadline else {
        widgets::weak(ui, &tr!("financing-sources-no-deadline"));
        return;
    };
    let date = deadline.format("%Y-%m-%d").to_string();
    if deadline < today {
        widgets::colored_sentence(
            ui,
            theme::warning(ui),
            &tr!("financing-sources-deadline-passed", date = date),
        )
        .on_hover_text(crate::bidi::visual(&tr!("financing-sources-deadline-passed-hover")).into_owned());
    } else {
        crate::ui::widgets::label(ui, &date);
    }
}

/// A header: the title, and a triangle when the table is sorted by it (drawn,
/// as the fonts have no arrows); screen readers hear the sort.
fn header_ui(ui: &mut Ui, title: &str, sorted: Option<bool>) -> egui::Response {
    let button = egui::Button::new(egui::RichText::new(crate::bidi::visual(title)).strong()).frame(false);
    let response = ui.add(button);
    let Some(descending) = sorted else {
        return response;
    };
    let size = 4.0;
    // After the title in reading order: on its left in Arabic.
    let x = if crate::ui::mirror::is_right_to_left() {
        response.rect.left() - 2.0 * size
    } else {
        response.rect.right() + 2.0 * size
    };
    let centre = egui::pos2(x, response.rect.center().y);
    let (tip, base) = if descending { (size, -size) } else { (-size, size) };
    let points = vec![
        centre + egui::vec2(0.0, tip),
        centre + egui::vec2(-size, base),
        centre + egui::vec2(size, base),
    ];
    let colour = ui.visuals().strong_text_color();
    ui.painter()
        .add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
    let name = if descending {
        tr!("financing-sources-sorted-descending", column = title)
    } else {
        tr!("financing-sources-sorted-ascending", column = title)
    };
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    response
}

/// The filters above the table; they apply from the next refresh of the index.
fn filters_ui(ui: &mut Ui, doc: &Document, index: &Index, filters: &mut Filters) {
    let shown = filters.kind.map(FundingKind::label);
    widgets::filter_combo(
        ui,
        &tr!("financing-sources-filter-kind"),
        &mut filters.kind,
        shown,
        || FundingKind::ALL.iter().map(|k| (*k, k.label())).collect(),
    );
    let shown = filters.instrument.map(Instrument::label);
    widgets::filter_combo(
        ui,
        &tr!("financing-sources-filter-instrument"),
        &mut filters.instrument,
        shown,
        || INSTRUMENTS.iter().map(|i| (*i, i.label())).collect(),
    );
    let shown = filters.country.clone();
    widgets::filter_combo(
        ui,
        &tr!("financing-sources-filter-country"),
        &mut filters.country,
        shown,
        || index.countries.iter().map(|c| (c.clone(), c.clone())).collect(),
    );
    let areas = &doc.vocabularies.thrust_areas;
    let shown = filters
        .focus_area
        .as_deref()
        .map(|k| Vocabularies::label(areas, k).to_owned());
    widgets::filter_combo(
        ui,
        &tr!("financing-sources-filter-focus-area"),
        &mut filters.focus_area,
        shown,
        || pairs(areas),
    );
    if *filters != Filters::default() && widgets::button(ui, &tr!("financing-sources-filter-clear")).clicked()
    {
        *filters = Filters::default();
    }
}

fn pairs(terms: &[Term]) -> Vec<(String, String)> {
    terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
}

/// "Delete…", asking first and saying how many leads name the source; returns
/// whether the source was deleted. Undo brings it back.
fn delete_ui(ui: &mut Ui, doc: &Document, id: Id, actions: &mut Vec<Action>) -> bool {
    let mut deleted = false;
    let button = widgets::button(ui, &tr!("financing-sources-delete-ask"));
    egui::Popup::from_toggle_button_response(&button).show(|ui| {
        ui.set_max_width(280.0);
        widgets::label(ui, &tr!("financing-sources-delete-question"));
        let leads = doc.leads.iter().filter(|l| l.source == Some(id)).count();
        if leads > 0 {
            widgets::colored(
                ui,
                theme::warning(ui),
                &tr!("financing-sources-delete-leads", count = leads),
            );
        }
        if widgets::button(ui, &tr!("financing-sources-delete")).clicked() {
            actions.push(Action::Remove(id));
            deleted = true;
        }
    });
    deleted
}
