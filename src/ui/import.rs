//! The import dialog's contents: what each column holds (changeable), the
//! first rows, and what would happen to every row, before anything changes.
//! The columns tell a list of people from a list of organisations.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::widgets;
use crate::model::Document;
use crate::model::import::{Field, ListKind, Note, Plan, Table, list_kind, plan_list};
use crate::tr;

/// Rows of the file shown as a preview.
const PREVIEW_ROWS: usize = 5;

/// A list read from its file, the mapping the user chose, and its plan.
pub struct ImportView {
    /// The file's name, as the heading shows it.
    pub name: String,
    pub table: Table,
    pub mapping: Vec<Option<Field>>,
    pub plan: Plan,
    /// The rows that need a look, in words, with how many rows they are about.
    problems: Problems,
}

/// What the user decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Import,
    Cancel,
}

impl ImportView {
    /// The view of `table` read from the file `name`, planned against `doc`
    /// with the mapping guessed from its headers.
    pub fn new(name: String, table: Table, doc: &Document) -> Self {
        let mapping = table.mapping.clone();
        let plan = plan_list(doc, &table, &mapping);
        let problems = problems(&plan);
        Self {
            name,
            table,
            mapping,
            plan,
            problems,
        }
    }

    /// Draws the dialog's contents; `Some` once the user decided.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document) -> Option<Decision> {
        let heading = match list_kind(&self.mapping) {
            ListKind::People => tr!("import-dialog-heading", file = self.name.as_str()),
            ListKind::Organisations => {
                tr!("import-dialog-heading-organisations", file = self.name.as_str())
            }
        };
        widgets::dialog_heading(ui, &heading);
        widgets::label(
            ui,
            &tr!(
                "import-dialog-read-as",
                encoding = self.table.encoding.as_str(),
                separator = self.table.separator_key()
            ),
        );
        ui.add_space(6.0);
        if self.mapping_ui(ui) {
            self.plan = plan_list(doc, &self.table, &self.mapping);
            self.problems = problems(&self.plan);
        }
        ui.add_space(6.0);
        self.preview_ui(ui);
        ui.add_space(6.0);
        widgets::label(ui, &self.plan.counts.describe());
        self.problems_ui(ui);
        ui.add_space(6.0);
        let mut decision = None;
        ui.horizontal(|ui| {
            // Rows merged with nothing new to add change nothing either.
            let changes = !self.plan.actions.is_empty();
            if widgets::button_enabled(ui, changes, &tr!("import-dialog-import")).clicked() {
                decision = Some(Decision::Import);
            }
            if widgets::button(ui, &tr!("import-dialog-cancel")).clicked() {
                decision = Some(Decision::Cancel);
            }
            if !changes {
                widgets::weak(ui, &tr!("import-dialog-nothing-to-change"));
            }
        });
        decision
    }

    /// One choice per column; whether the mapping changed.
    fn mapping_ui(&mut self, ui: &mut Ui) -> bool {
        let mut changed = false;
        widgets::styled(ui, &tr!("import-dialog-columns"), egui::RichText::strong);
        egui::Grid::new("import_mapping").num_columns(2).show(ui, |ui| {
            for (column, header) in self.table.headers.iter().enumerate() {
                let Some(slot) = self.mapping.get_mut(column) else {
                    continue;
                };
                let shown = if header.trim().is_empty() {
                    tr!("import-dialog-column-unnamed", number = column + 1)
                } else {
                    header.clone()
                };
                let label = widgets::label(ui, &shown);
                let before = *slot;
                let text = |field: Option<Field>| {
                    field.map_or_else(|| tr!("import-dialog-column-ignored"), Field::label)
                };
                let selected = text(*slot);
                let response = egui::ComboBox::from_id_salt(("import_column", column))
                    .selected_text(crate::bidi::visual(&selected))
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        widgets::selectable_value(ui, slot, None, &text(None));
                        for field in Field::ALL {
                            widgets::selectable_value(ui, slot, Some(field), &field.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                widgets::combo_value(ui, &response, &selected);
                changed |= *slot != before;
                ui.end_row();
            }
        });
        changed
    }

    /// The first rows of the file, as read.
    fn preview_ui(&self, ui: &mut Ui) {
        widgets::styled(ui, &tr!("import-dialog-preview"), egui::RichText::strong);
        let columns = self.table.headers.len().max(1);
        ui.push_id("import_preview", |ui| {
            TableBuilder::new(ui)
                .columns(Column::auto().at_most(160.0).clip(true), columns)
                .header(20.0, |mut header| {
                    for name in &self.table.headers {
                        header.col(|ui| {
                            widgets::truncated(ui, name);
                        });
                    }
                })
                .body(|mut body| {
                    for row in self.table.rows.iter().take(PREVIEW_ROWS) {
                        body.row(18.0, |mut cells| {
                            for column in 0..columns {
                                cells.col(|ui| {
                                    widgets::truncated(ui, row.cells.get(column).map_or("", String::as_str));
                                });
                            }
                        });
                    }
                });
        });
    }

    /// Rows rejected or taken with values left out, each with its line.
    fn problems_ui(&self, ui: &mut Ui) {
        let Problems { rows, lines } = &self.problems;
        if lines.is_empty() {
            return;
        }
        widgets::styled(
            ui,
            &tr!("import-dialog-problems", count = *rows),
            egui::RichText::strong,
        );
        egui::ScrollArea::vertical()
            .id_salt("import_problems")
            .max_height(160.0)
            .show_rows(ui, 18.0, lines.len(), |ui, range| {
                for text in lines.get(range).unwrap_or_default() {
                    widgets::truncated(ui, text).on_hover_text(crate::bidi::visual(text).into_owned());
                }
            });
    }
}

/// The rows of a plan that need a look: how many, and a line of text for
/// their outcome and for each of their notes, as the command line prints them.
#[derive(Default)]
struct Problems {
    rows: usize,
    lines: Vec<String>,
}

fn problems(plan: &Plan) -> Problems {
    let mut problems = Problems::default();
    for row in plan.rows.iter().filter(|r| r.is_problem()) {
        problems.rows += 1;
        let line = row.line.to_string();
        let texts = std::iter::once(row.outcome.describe()).chain(row.notes.iter().map(Note::describe));
        problems
            .lines
            .extend(texts.map(|text| tr!("import-dialog-problem", line = line.as_str(), text = text)));
    }
    problems
}
