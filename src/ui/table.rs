//! Tables that read in the interface's direction and tell screen readers
//! they are tables: `egui_extras` lays columns out left to right and exposes
//! plain containers, so the order and the roles are given here.

use egui::{Align, Layout, Role, Ui};
use egui_extras::TableRow;

use super::mirror;

/// What one cell draws.
pub type Cell<'a> = Box<dyn FnOnce(&mut Ui) + 'a>;

/// The layout inside a cell: from the start of the reading line.
pub fn cell_layout() -> Layout {
    if mirror::is_right_to_left() {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    }
}

/// Draws a table into `ui` (a [`egui_extras::TableBuilder`] built on it) as
/// one node with the table role.
pub fn scope<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope(|ui| {
        let id = ui.unique_id();
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_role(Role::Table));
        add(ui)
    })
    .inner
}

/// The header's cells, in reading order, each a column header.
pub fn header_cells(header: &mut TableRow<'_, '_>, cells: Vec<Cell<'_>>) {
    add_cells(header, cells, Role::ColumnHeader);
    set_role(&header.response(), Role::Row);
}

/// A row's cells, in reading order, each a cell, the row itself a row.
pub fn row_cells(row: &mut TableRow<'_, '_>, cells: Vec<Cell<'_>>) {
    add_cells(row, cells, Role::Cell);
    set_role(&row.response(), Role::Row);
}

fn add_cells(row: &mut TableRow<'_, '_>, cells: Vec<Cell<'_>>, role: Role) {
    for cell in mirror::in_reading_order(cells) {
        let (_, response) = row.col(cell);
        set_role(&response, role);
    }
}

fn set_role(response: &egui::Response, role: Role) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_role(role));
}
