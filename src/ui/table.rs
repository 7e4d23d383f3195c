//! Tables that read in the interface's direction and tell screen readers
//! they are tables: `egui_extras` lays columns out left to right and exposes
//! plain containers, so the order and the roles are given here.

use egui::{Align, Layout, Role, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

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

/// A striped table of clickable rows on `ui`, its `columns` (given in the
/// order of the headers) laid out in reading order. Column widths are kept
/// by position, so each reading direction keeps its own under `salt`.
pub fn builder<'a>(ui: &'a mut Ui, salt: &'static str, columns: Vec<Column>) -> TableBuilder<'a> {
    let mut builder = TableBuilder::new(ui)
        .id_salt((salt, mirror::is_right_to_left()))
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(cell_layout());
    for column in mirror::in_reading_order(columns) {
        builder = builder.column(column);
    }
    builder
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
    add_cells(header, cells, Role::ColumnHeader, 0);
}

/// A row's cells, in reading order, each a cell that knows its row and
/// column (`egui_extras` gives a row no node of its own: screen readers find
/// the rows through the cells' indices). Returns whether the row was
/// clicked, or a cell of it pressed with Enter or Space while it had the
/// keyboard.
pub fn row_cells(row: &mut TableRow<'_, '_>, cells: Vec<Cell<'_>>) -> bool {
    // The header is the first row.
    let index = row.index() + 1;
    add_cells(row, cells, Role::Cell, index) || row.response().clicked()
}

/// Adds the cells; returns whether one of them was clicked.
fn add_cells(row: &mut TableRow<'_, '_>, cells: Vec<Cell<'_>>, role: Role, index: usize) -> bool {
    let mut clicked = false;
    let count = cells.len();
    for (at, cell) in mirror::in_reading_order(cells).into_iter().enumerate() {
        let (_, response) = row.col(cell);
        // The column as the headers count them, whichever side they start from.
        let column = if mirror::is_right_to_left() {
            count - 1 - at
        } else {
            at
        };
        response.ctx.accesskit_node_builder(response.id, |node| {
            node.set_role(role);
            node.set_row_index(index);
            node.set_column_index(column);
        });
        clicked |= response.clicked();
    }
    clicked
}
