//! Every action item of the meeting in one table: owner, due date, status and item.
//!
//! Only the rows in view are drawn, and the rows are built, sorted and filtered
//! again only when the document, the sort or the filter changes.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use super::text_field::TextField;
use super::widgets;
use crate::action::Action;
use crate::model::actions::{self as list, ActionRow, Filter, Sort, SortColumn};
use crate::model::{ActionStatus, Document, Id, Record, Shared};
use crate::tr;

/// Tall enough for the status drop-down.
const ROW_HEIGHT: f32 = 26.0;

/// The sortable columns after "Done", in order.
const COLUMNS: [SortColumn; 5] = [
    SortColumn::Action,
    SortColumn::Owner,
    SortColumn::Due,
    SortColumn::Status,
    SortColumn::Item,
];

/// A sortable column's header text and accessible name.
fn column_names(column: SortColumn) -> (String, String) {
    match column {
        SortColumn::Action => (tr!("actions-column-action"), tr!("actions-column-action-name")),
        SortColumn::Owner => (tr!("actions-column-owner"), tr!("actions-column-owner-name")),
        SortColumn::Due => (tr!("actions-column-due"), tr!("actions-column-due-name")),
        SortColumn::Status => (tr!("actions-column-status"), tr!("actions-column-status-name")),
        SortColumn::Item => (tr!("actions-column-item"), tr!("actions-column-item-name")),
    }
}

/// What the rows were built from. The history's state starts again for every
/// document opened, so the records themselves tell one document from another.
struct Source {
    state: u64,
    records: Vec<Shared<Record>>,
    sort: Sort,
}

impl Source {
    fn is(&self, doc: &Document, state: u64, sort: Sort) -> bool {
        self.state == state
            && self.sort == sort
            && self.records.len() == doc.records.len()
            && self
                .records
                .iter()
                .zip(&doc.records)
                .all(|(a, b)| Shared::ptr_eq(a, b))
    }
}

/// View state of the action-item table: sorting and the owner filter.
#[derive(Default)]
pub struct ActionItemsView {
    sort: Sort,
    filter: Filter,
    /// Every action item, sorted.
    rows: Vec<ActionRow>,
    /// The positions in `rows` of the rows the filter keeps.
    shown: Vec<usize>,
    built_from: Option<Source>,
    filtered_by: Option<Filter>,
}

impl ActionItemsView {
    /// Draws the table; selecting a row's item selects it in the agenda.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        state: u64,
        selected: &mut Option<Id>,
        actions: &mut Vec<Action>,
    ) {
        self.refresh(doc, state);
        if self.rows.is_empty() {
            let shortcut = ui.ctx().format_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND,
                egui::Key::Num3,
            ));
            widgets::weak(ui, &tr!("actions-empty", shortcut = shortcut));
            return;
        }
        self.filter_ui(ui, doc, state);
        if let Some(column) = self.table_ui(ui, doc, selected, actions) {
            self.sort = self.sort.clicked(column);
            self.refresh(doc, state);
            ui.ctx().request_repaint();
        }
    }

    fn refresh(&mut self, doc: &Document, state: u64) {
        if !self
            .built_from
            .as_ref()
            .is_some_and(|source| source.is(doc, state, self.sort))
        {
            self.rows = list::rows(doc);
            list::sort(&mut self.rows, self.sort);
            self.built_from = Some(Source {
                state,
                records: doc.records.clone(),
                sort: self.sort,
            });
            self.filtered_by = None;
        }
        if self.filtered_by.as_ref() != Some(&self.filter) {
            self.shown = list::shown(&self.rows, &self.filter);
            self.filtered_by = Some(self.filter.clone());
        }
    }

    fn filter_ui(&mut self, ui: &mut Ui, doc: &Document, state: u64) {
        ui.horizontal(|ui| {
            let label = widgets::label(ui, &tr!("actions-owner-filter"));
            TextField::singleline(&mut self.filter.owner)
                .desired_width(180.0)
                .show(ui)
                .labelled_by(label.id)
                .accessible_name(tr!("actions-owner-filter-name"));
            widgets::checkbox(ui, &mut self.filter.show_done, &tr!("actions-show-done"));
            self.refresh(doc, state);
            ui.separator();
            let (shown, total) = (self.shown.len(), self.rows.len());
            widgets::weak(ui, &tr!("actions-shown", shown = shown, total = total));
        });
    }

    /// Draws the table; returns the column whose header was clicked.
    fn table_ui(
        &self,
        ui: &mut Ui,
        doc: &Document,
        selected: &mut Option<Id>,
        actions: &mut Vec<Action>,
    ) -> Option<SortColumn> {
        let mut clicked = None;
        let cells = ui.scope_id().with("action_item_cells");
        TableBuilder::new(ui)
            .id_salt("action_items")
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(44.0))
            .column(Column::remainder().at_least(160.0).clip(true))
            .column(Column::initial(150.0).at_least(80.0).clip(true).resizable(true))
            .column(Column::initial(96.0).at_least(80.0))
            .column(Column::initial(130.0).at_least(120.0))
            .column(Column::initial(200.0).at_least(100.0).clip(true).resizable(true))
            .header(24.0, |mut header| {
                header.col(|ui| {
                    widgets::styled(ui, &tr!("actions-column-done"), egui::RichText::strong);
                });
                for column in COLUMNS {
                    let (title, name) = column_names(column);
                    header.col(|ui| {
                        if sort_button(ui, self.sort, column, &title, &name) {
                            clicked = Some(column);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, self.shown.len(), |mut row| {
                    let Some(data) = self.shown.get(row.index()).and_then(|i| self.rows.get(*i)) else {
                        return;
                    };
                    row.set_selected(data.item.is_some() && data.item == *selected);
                    row_ui(&mut row, cells, doc, data, selected, actions);
                });
            });
        clicked
    }
}

/// A column header that sorts by its column; returns whether it was clicked.
fn sort_button(ui: &mut Ui, sort: Sort, column: SortColumn, title: &str, name: &str) -> bool {
    let active = sort.column == column;
    let clicked = ui
        .add(egui::Button::selectable(
            active,
            RichText::new(crate::bidi::visual(title)).strong(),
        ))
        .on_hover_text(crate::bidi::visual(&tr!("actions-sort-hint")).into_owned())
        .accessible_name(name)
        .clicked();
    if active {
        direction_arrow(ui, sort.descending);
    }
    clicked
}

/// A small triangle pointing up for ascending, down for descending: drawn, as
/// the fonts have no arrow glyphs.
fn direction_arrow(ui: &mut Ui, descending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
    let (tip, base) = if descending {
        (rect.bottom(), rect.top())
    } else {
        (rect.top(), rect.bottom())
    };
    let points = vec![
        egui::pos2(rect.left(), base),
        egui::pos2(rect.right(), base),
        egui::pos2(rect.center().x, tip),
    ];
    let colour = ui.visuals().strong_text_color();
    ui.painter()
        .add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
}

/// One action item. The widgets of each cell take their ids from the record
/// alone, not from the row's place, so an open drop-down stays with its action
/// item when the rows are sorted or filtered again.
fn row_ui(
    row: &mut TableRow<'_, '_>,
    cells: egui::Id,
    doc: &Document,
    data: &ActionRow,
    selected: &mut Option<Id>,
    actions: &mut Vec<Action>,
) {
    let id = data.record;
    let mut column = 0_usize;
    let mut cell = |add: &mut dyn FnMut(&mut Ui)| {
        let scope = egui::UiBuilder::new().scope_id(cells.with((id, column)));
        column += 1;
        row.col(|ui| {
            ui.scope_builder(scope, |ui| add(ui));
        });
    };
    cell(&mut |ui| {
        let mut done = data.status == ActionStatus::Done;
        let response = ui
            .add(egui::Checkbox::without_text(&mut done))
            .accessible_name(tr!("actions-done-name", action = &data.text));
        if response.changed() {
            let status = if done {
                ActionStatus::Done
            } else {
                ActionStatus::Open
            };
            push_status(doc, id, status, actions);
        }
    });
    cell(&mut |ui| {
        widgets::truncated(ui, &data.text);
    });
    cell(&mut |ui| {
        if data.owner.is_empty() {
            widgets::weak(ui, &tr!("actions-no-owner"));
        } else {
            widgets::truncated(ui, &data.owner);
        }
    });
    cell(&mut |ui| match data.due {
        Some(due) => {
            ui.label(due.format("%Y-%m-%d").to_string());
        }
        None => {
            widgets::weak(ui, &tr!("actions-no-date"));
        }
    });
    cell(&mut |ui| {
        let mut status = data.status;
        egui::ComboBox::from_id_salt("status")
            .selected_text(crate::bidi::visual(&status.label()).into_owned())
            .width(110.0)
            .show_ui(ui, |ui| {
                for option in ActionStatus::ALL {
                    widgets::selectable_value(ui, &mut status, option, &option.label());
                }
            })
            .response
            .accessible_name(tr!("actions-status-name", action = &data.text));
        if status != data.status {
            push_status(doc, id, status, actions);
        }
    });
    cell(&mut |ui| item_link(ui, data, selected));
}

/// The agenda item's title; a click selects the item in the agenda.
fn item_link(ui: &mut Ui, data: &ActionRow, selected: &mut Option<Id>) {
    let Some(item) = data.item else {
        widgets::weak(ui, &tr!("actions-no-item"));
        return;
    };
    let title = if data.item_title.trim().is_empty() {
        tr!("actions-untitled-item")
    } else {
        data.item_title.clone()
    };
    if widgets::link(ui, &title).clicked() {
        *selected = Some(item);
    }
}

fn push_status(doc: &Document, id: Id, status: ActionStatus, actions: &mut Vec<Action>) {
    if let Some(record) = doc.record(id).and_then(|r| list::with_status(r, status)) {
        actions.push(Action::UpsertRecord(record));
    }
}
