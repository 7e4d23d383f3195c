//! The catalogue of funding sources: a searchable, filterable, sortable table
//! and the editor of the selected source beside it.
//!
//! The table draws only the rows in view; what it shows of each source is
//! worked out once per change of the sources (or of the organisations behind
//! them), and search, filters and sort once per change of what was asked.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use egui::Ui;
use egui_extras::{Column as TableColumn, TableBuilder};

use super::source_editor;
use crate::action::Action;
use crate::model::fold::fold;
use crate::model::{
    Document, FundingKind, FundingSource, Id, Instrument, Organisation, Shared, Term, Vocabularies,
};
use crate::tr;
use crate::ui::{theme, widgets};

/// Every instrument, in the order the interface lists them.
pub const INSTRUMENTS: [Instrument; 7] = Instrument::ALL;

/// A column of the table, which a click on its header sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Kind,
    Instruments,
    Ticket,
    Countries,
    Deadline,
}

/// The order of the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// What the table is narrowed to. A source open to any country (or any focus
/// area) is shown whichever country (or area) is chosen: it is eligible.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<FundingKind>,
    pub instrument: Option<Instrument>,
    pub country: Option<String>,
    pub focus_area: Option<String>,
}

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
            ui.label(tr!(
                "financing-sources-shown-of-total",
                shown = self.index.rows.len(),
                total = self.index.entries.len()
            ));
        });
        ui.separator();
        if self.selected.is_some() {
            egui::Panel::right("financing_source_editor")
                .resizable(true)
                .default_size(theme::EDITOR_WIDTH)
                .show(ui, |ui| self.editor_ui(ui, doc, today, actions));
        }
        egui::CentralPanel::no_frame().show(ui, |ui| self.table_ui(ui, today));
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            widgets::search(ui, &tr!("financing-sources-search-hint"), &mut self.query);
            ui.separator();
            if ui.button(tr!("financing-sources-add")).clicked() {
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
            if ui.button(tr!("financing-sources-close")).clicked() {
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
        let mut builder = TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for (column, _) in &columns {
            let width = match column {
                Column::Name => 220.0,
                Column::Kind | Column::Instruments => 140.0,
                Column::Ticket => 160.0,
                Column::Countries => 80.0,
                Column::Deadline => 90.0,
            };
            builder = builder.column(
                TableColumn::initial(width)
                    .at_least(60.0)
                    .clip(true)
                    .resizable(true),
            );
        }
        let index = &self.index;
        let any = tr!("financing-sources-any-country");
        builder
            .header(24.0, |mut header| {
                for (column, title) in &columns {
                    header.col(|ui| {
                        let sorted = sort.filter(|s| s.column == *column).map(|s| s.descending);
                        if header_ui(ui, title, sorted).clicked() {
                            clicked = Some(*column);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, index.rows.len(), |mut row| {
                    let Some(entry) = index.rows.get(row.index()).and_then(|i| index.entries.get(*i)) else {
                        return;
                    };
                    let source = &entry.source;
                    row.set_selected(selected == Some(source.id));
                    row.col(|ui| {
                        widgets::truncated(ui, &source.name);
                    });
                    row.col(|ui| {
                        widgets::truncated(ui, &entry.kind);
                    });
                    row.col(|ui| {
                        widgets::truncated(ui, &entry.instruments);
                    });
                    row.col(|ui| {
                        widgets::truncated(ui, &entry.ticket);
                    });
                    row.col(|ui| {
                        widgets::truncated(
                            ui,
                            if entry.countries.is_empty() {
                                &any
                            } else {
                                &entry.countries
                            },
                        );
                    });
                    row.col(|ui| {
                        deadline_cell(ui, source.deadline, today);
                    });
                    if row.response().clicked() {
                        selected = Some(source.id);
                    }
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

/// The deadline, marked when it has passed by `today`.
fn deadline_cell(ui: &mut Ui, deadline: Option<NaiveDate>, today: NaiveDate) {
    let Some(deadline) = deadline else {
        ui.weak(tr!("financing-sources-no-deadline"));
        return;
    };
    let date = deadline.format("%Y-%m-%d").to_string();
    if deadline < today {
        ui.colored_label(
            theme::WARNING,
            tr!("financing-sources-deadline-passed", date = date),
        )
        .on_hover_text(tr!("financing-sources-deadline-passed-hover"));
    } else {
        ui.label(date);
    }
}

/// A header: the title, and a triangle when the table is sorted by it (drawn,
/// as the fonts have no arrows); screen readers hear the sort.
fn header_ui(ui: &mut Ui, title: &str, sorted: Option<bool>) -> egui::Response {
    let button = egui::Button::new(egui::RichText::new(title).strong()).frame(false);
    let response = ui.add(button);
    let Some(descending) = sorted else {
        return response;
    };
    let size = 4.0;
    let centre = egui::pos2(response.rect.right() + 2.0 * size, response.rect.center().y);
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
    if *filters != Filters::default() && ui.button(tr!("financing-sources-filter-clear")).clicked() {
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
    let button = ui.button(tr!("financing-sources-delete-ask"));
    egui::Popup::from_toggle_button_response(&button).show(|ui| {
        ui.set_max_width(280.0);
        ui.label(tr!("financing-sources-delete-question"));
        let leads = doc.leads.iter().filter(|l| l.source == Some(id)).count();
        if leads > 0 {
            ui.colored_label(
                theme::WARNING,
                tr!("financing-sources-delete-leads", count = leads),
            );
        }
        if ui.button(tr!("financing-sources-delete")).clicked() {
            actions.push(Action::Remove(id));
            deleted = true;
        }
    });
    deleted
}

/// What the table shows of one source, worked out once per change of it.
pub struct Entry {
    pub source: Shared<FundingSource>,
    /// The name of the organisation behind it; empty when there is none.
    pub organisation: String,
    kind: String,
    instruments: String,
    ticket: String,
    /// Eligible country codes, separated by commas; empty means any.
    countries: String,
    /// Name, organisation, notes and contact, folded for search.
    search: String,
    /// The name, folded for sorting.
    sort_name: String,
}

/// The sources as the table shows them, and the rows that pass the search
/// and filters in the order asked for.
#[derive(Default)]
pub struct Index {
    /// The records the entries were made from, compared by pointer.
    sources: Vec<Shared<FundingSource>>,
    organisations: Vec<Shared<Organisation>>,
    entries: Vec<Entry>,
    by_id: HashMap<Id, usize>,
    /// Every eligible country named by a source, sorted.
    countries: Vec<String>,
    /// What the rows were made for.
    asked: Option<(String, Filters, Option<Sort>)>,
    /// Positions in `entries` of the rows shown, in order.
    rows: Vec<usize>,
}

impl Index {
    /// Brings the index up to date with `doc` and what is asked; does nothing
    /// when neither changed.
    pub fn refresh(&mut self, doc: &Document, query: &str, filters: &Filters, sort: Option<Sort>) {
        let rebuilt =
            if same(&self.sources, &doc.funding_sources) && same(&self.organisations, &doc.organisations) {
                false
            } else {
                self.rebuild(doc);
                true
            };
        let asked = self
            .asked
            .as_ref()
            .is_some_and(|(q, f, s)| q == query && f == filters && *s == sort);
        if rebuilt || !asked {
            self.rows = rows(&self.entries, &fold(query), filters, sort);
            self.asked = Some((query.to_owned(), filters.clone(), sort));
        }
    }

    fn rebuild(&mut self, doc: &Document) {
        self.sources.clone_from(&doc.funding_sources);
        self.organisations.clone_from(&doc.organisations);
        let names: HashMap<Id, &str> = doc
            .organisations
            .iter()
            .map(|o| (o.id, o.name.as_str()))
            .collect();
        self.entries = doc
            .funding_sources
            .iter()
            .map(|source| entry(source, &names))
            .collect();
        self.by_id = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.source.id, i))
            .collect();
        let mut countries: Vec<String> = doc
            .funding_sources
            .iter()
            .flat_map(|s| s.eligible_countries.iter().cloned())
            .collect();
        countries.sort();
        countries.dedup();
        self.countries = countries;
    }

    /// The entry of the source `id`, as of the last refresh.
    fn entry(&self, id: Id) -> Option<&Entry> {
        self.entries.get(*self.by_id.get(&id)?)
    }

    /// Positions in the document of the rows shown, in order.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }
}

fn same<T>(cached: &[Arc<T>], current: &[Arc<T>]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| Arc::ptr_eq(a, b))
}

fn entry(source: &Shared<FundingSource>, names: &HashMap<Id, &str>) -> Entry {
    let organisation = source
        .organisation
        .and_then(|id| names.get(&id).copied())
        .unwrap_or_default()
        .to_owned();
    let instruments = source
        .instruments
        .iter()
        .map(|i| i.label())
        .collect::<Vec<_>>()
        .join(", ");
    let search = fold(
        &[
            source.name.as_str(),
            &organisation,
            &source.notes,
            &source.contact,
        ]
        .join("\n"),
    );
    Entry {
        kind: source.kind.label(),
        instruments,
        ticket: ticket_text(source),
        countries: source.eligible_countries.join(", "),
        search,
        sort_name: fold(&source.name),
        organisation,
        source: Arc::clone(source),
    }
}

/// "USD 25,000–250,000", or "USD 25,000" for a single amount.
pub fn ticket_text(source: &FundingSource) -> String {
    let currency = source.currency.as_str();
    if source.ticket_min == 0 && source.ticket_max == 0 {
        tr!("financing-sources-ticket-none")
    } else if source.ticket_min == source.ticket_max {
        tr!(
            "financing-sources-ticket-one",
            currency = currency,
            amount = source.ticket_min
        )
    } else {
        tr!(
            "financing-sources-ticket",
            currency = currency,
            min = source.ticket_min,
            max = source.ticket_max
        )
    }
}

fn passes(entry: &Entry, query: &str, filters: &Filters) -> bool {
    let source = &entry.source;
    (query.is_empty() || entry.search.contains(query))
        && filters.kind.is_none_or(|k| source.kind == k)
        && filters.instrument.is_none_or(|i| source.instruments.contains(&i))
        && filters
            .country
            .as_ref()
            .is_none_or(|c| source.eligible_countries.is_empty() || source.eligible_countries.contains(c))
        && filters
            .focus_area
            .as_ref()
            .is_none_or(|a| source.focus_areas.is_empty() || source.focus_areas.contains(a))
}

/// The positions of the entries that pass, in the order asked for (the
/// document's order when none); ties go by name, then by document order.
fn rows(entries: &[Entry], query: &str, filters: &Filters, sort: Option<Sort>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..entries.len())
        .filter(|i| entries.get(*i).is_some_and(|e| passes(e, query, filters)))
        .collect();
    let Some(sort) = sort else { return rows };
    let key = |i: &usize| entries.get(*i);
    rows.sort_by(|a, b| {
        let (Some(x), Some(y)) = (key(a), key(b)) else {
            return std::cmp::Ordering::Equal;
        };
        let order = match sort.column {
            Column::Name => x.sort_name.cmp(&y.sort_name),
            Column::Kind => fold(&x.kind).cmp(&fold(&y.kind)),
            Column::Instruments => fold(&x.instruments).cmp(&fold(&y.instruments)),
            Column::Ticket => {
                (x.source.ticket_min, x.source.ticket_max).cmp(&(y.source.ticket_min, y.source.ticket_max))
            }
            Column::Countries => x.countries.cmp(&y.countries),
            // Sources without a deadline come after those with one.
            Column::Deadline => match (x.source.deadline, y.source.deadline) {
                (Some(p), Some(q)) => p.cmp(&q),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        let order = if sort.descending { order.reverse() } else { order };
        order.then_with(|| x.sort_name.cmp(&y.sort_name)).then(a.cmp(b))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, instruments: &[Instrument], countries: &[&str], min: u64) -> Shared<FundingSource> {
        Arc::new(FundingSource {
            name: name.to_owned(),
            instruments: instruments.to_vec(),
            eligible_countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            ticket_min: min,
            ticket_max: min * 10,
            ..FundingSource::default()
        })
    }

    fn doc() -> Document {
        Document {
            funding_sources: vec![
                source(
                    "Cedar Angels",
                    &[Instrument::Equity, Instrument::SeedMoney],
                    &["LB"],
                    25_000,
                ),
                source("Arab Fund", &[Instrument::Grant], &[], 50_000),
                source("Kuwait Fund", &[Instrument::Loan], &["JO", "EG"], 300_000),
            ],
            ..Document::default()
        }
    }

    fn names(index: &Index, doc: &Document) -> Vec<String> {
        index
            .rows()
            .iter()
            .map(|i| doc.funding_sources[*i].name.clone())
            .collect()
    }

    #[test]
    fn search_filters_and_sort_narrow_and_order_the_rows() {
        let doc = doc();
        let mut index = Index::default();
        index.refresh(&doc, "", &Filters::default(), None);
        assert_eq!(names(&index, &doc), ["Cedar Angels", "Arab Fund", "Kuwait Fund"]);
        index.refresh(&doc, "fund", &Filters::default(), None);
        assert_eq!(names(&index, &doc), ["Arab Fund", "Kuwait Fund"]);
        let by_ticket = Sort {
            column: Column::Ticket,
            descending: true,
        };
        index.refresh(&doc, "", &Filters::default(), Some(by_ticket));
        assert_eq!(names(&index, &doc), ["Kuwait Fund", "Arab Fund", "Cedar Angels"]);
        // A source open to any country is eligible in Jordan.
        let jordan = Filters {
            country: Some("JO".to_owned()),
            ..Filters::default()
        };
        index.refresh(&doc, "", &jordan, None);
        assert_eq!(names(&index, &doc), ["Arab Fund", "Kuwait Fund"]);
        let equity = Filters {
            instrument: Some(Instrument::Equity),
            ..Filters::default()
        };
        index.refresh(&doc, "", &equity, None);
        assert_eq!(names(&index, &doc), ["Cedar Angels"]);
        assert_eq!(index.countries, ["EG", "JO", "LB"]);
    }

    #[test]
    fn the_index_is_rebuilt_only_when_the_sources_change() {
        let mut doc = doc();
        let mut index = Index::default();
        index.refresh(&doc, "", &Filters::default(), None);
        let first = Arc::clone(&index.entries[0].source);
        index.refresh(&doc, "", &Filters::default(), None);
        assert!(Arc::ptr_eq(&first, &index.entries[0].source));
        doc.funding_sources[0] = source("Cedar Angels II", &[], &[], 1);
        index.refresh(&doc, "", &Filters::default(), None);
        assert_eq!(names(&index, &doc)[0], "Cedar Angels II");
    }
}
