//! People & organisations: searchable tables and an editor for the selected record.
//!
//! Tables draw only the rows in view and the search runs on a cached index, so
//! the panel stays quick with tens of thousands of people.

mod editor;
mod index;

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::{theme, widgets};
use crate::action::Action;
use crate::model::{Document, Id, Organisation, Person, Vocabularies};
use crate::references;
use crate::tr;
use index::Index;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Showing {
    #[default]
    Organisations,
    People,
}

/// View state of the registry panel.
#[derive(Default)]
pub struct RegistryPanel {
    showing: Showing,
    query: String,
    selected: Option<Id>,
    index: Index,
}

impl RegistryPanel {
    /// Draws the panel. `_state` is the history's state; the index compares
    /// records themselves, which also notices a different document.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, _state: u64, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut self.showing,
                Showing::Organisations,
                tr!("registry-organisations"),
            );
            ui.selectable_value(&mut self.showing, Showing::People, tr!("registry-people"));
            ui.separator();
            widgets::search(ui, &tr!("registry-search-hint"), &mut self.query);
            ui.separator();
            if ui.button(tr!("registry-add-organisation")).clicked() {
                let org = Organisation {
                    name: tr!("registry-new-organisation"),
                    ..Organisation::default()
                };
                self.selected = Some(org.id);
                self.showing = Showing::Organisations;
                actions.push(Action::UpsertOrganisation(org));
            }
            if ui.button(tr!("registry-add-person")).clicked() {
                let person = Person {
                    name: tr!("registry-new-person"),
                    ..Person::default()
                };
                self.selected = Some(person.id);
                self.showing = Showing::People;
                actions.push(Action::UpsertPerson(person));
            }
        });
        ui.separator();
        self.index
            .refresh(doc, self.showing == Showing::People, &self.query);
        egui::Panel::right("registry_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.editor_ui(ui, doc, actions));
            });
        egui::CentralPanel::no_frame().show(ui, |ui| match self.showing {
            Showing::Organisations => self.organisations_table(ui, doc),
            Showing::People => self.people_table(ui, doc),
        });
    }

    fn organisations_table(&mut self, ui: &mut Ui, doc: &Document) {
        let types = &doc.vocabularies.stakeholder_types;
        table(
            ui,
            &[
                tr!("registry-column-name"),
                tr!("registry-column-arabic-name"),
                tr!("registry-column-acronym"),
                tr!("registry-column-type"),
                tr!("registry-column-country"),
            ],
            |body| {
                let rows = self.index.rows();
                body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                    let Some(org) = rows.get(row.index()).and_then(|i| doc.organisations.get(*i)) else {
                        return;
                    };
                    row.set_selected(self.selected == Some(org.id));
                    row.col(|ui| {
                        widgets::truncated(ui, &org.name);
                    });
                    row.col(|ui| {
                        widgets::truncated(ui, &org.name_ar);
                    });
                    row.col(|ui| {
                        ui.label(&org.acronym);
                    });
                    row.col(|ui| {
                        ui.label(Vocabularies::label(types, &org.stakeholder_type));
                    });
                    row.col(|ui| {
                        ui.label(&org.country);
                    });
                    if row.response().clicked() {
                        self.selected = Some(org.id);
                    }
                });
            },
        );
    }

    fn people_table(&mut self, ui: &mut Ui, doc: &Document) {
        let headers = [
            tr!("registry-column-name"),
            tr!("registry-column-organisation"),
            tr!("registry-column-role"),
            tr!("registry-column-email"),
            tr!("registry-column-days"),
        ];
        table(ui, &headers, |body| {
            let rows = self.index.rows();
            body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                let Some(person) = rows.get(row.index()).and_then(|i| doc.people.get(*i)) else {
                    return;
                };
                row.set_selected(self.selected == Some(person.id));
                row.col(|ui| {
                    widgets::truncated(ui, &person.name);
                });
                row.col(|ui| {
                    widgets::truncated(ui, &self.index.organisation_name(doc, person.organisation));
                });
                row.col(|ui| {
                    ui.label(&person.role);
                });
                row.col(|ui| {
                    ui.label(&person.email);
                });
                row.col(|ui| {
                    ui.label(person.attendance.len().to_string());
                });
                if row.response().clicked() {
                    self.selected = Some(person.id);
                }
            });
        });
    }

    fn editor_ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        let Some(id) = self.selected else {
            ui.weak(tr!("registry-select-hint"));
            return;
        };
        // Each record's fields get their own ids, so focus never carries over to another.
        if let Some(org) = self.index.organisation(doc, id) {
            ui.push_id(id, |ui| {
                editor::organisation_editor(ui, doc, org, actions);
            });
        } else if let Some(person) = self.index.person(doc, id) {
            ui.push_id(id, |ui| {
                editor::person_editor(ui, doc, &self.index, person, actions);
            });
        } else {
            self.selected = None;
            return;
        }
        ui.separator();
        let button = ui.button(tr!("registry-delete-ask"));
        egui::Popup::from_toggle_button_response(&button).show(|ui| {
            ui.set_max_width(280.0);
            ui.label(tr!("registry-delete-question"));
            // Only while asking: it reads every record of the meeting.
            for line in &references::to_record(doc, id) {
                ui.colored_label(theme::WARNING, line);
            }
            if ui.button(tr!("registry-delete")).clicked() {
                actions.push(Action::Remove(id));
                self.selected = None;
            }
        });
    }
}

fn table(ui: &mut Ui, headers: &[String], body: impl FnOnce(egui_extras::TableBody<'_>)) {
    // Selectable text would swallow the clicks that select a row.
    ui.style_mut().interaction.selectable_labels = false;
    let mut builder = TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for _ in headers {
        builder = builder.column(Column::remainder().at_least(60.0).clip(true).resizable(true));
    }
    builder
        .header(24.0, |mut header| {
            for title in headers {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(body);
}
