//! People & organisations: searchable tables and an editor for the selected record.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::{theme, widgets};
use crate::action::Action;
use crate::model::{Document, Id, Organisation, Person, Vocabularies, now};
use crate::references;

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
    /// Filtered row order, rebuilt only when the document or the query changes.
    rows: Vec<Id>,
    rows_key: Option<(usize, String, Showing, u64)>,
}

impl RegistryPanel {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, state: u64, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.showing, Showing::Organisations, "Organisations");
            ui.selectable_value(&mut self.showing, Showing::People, "People");
            ui.separator();
            widgets::search(ui, "name, acronym, country…", &mut self.query);
            ui.separator();
            if ui.button("Add organisation").clicked() {
                let org = Organisation {
                    name: "New organisation".to_owned(),
                    ..Organisation::default()
                };
                self.selected = Some(org.id);
                self.showing = Showing::Organisations;
                actions.push(Action::UpsertOrganisation(org));
            }
            if ui.button("Add person").clicked() {
                let person = Person {
                    name: "New person".to_owned(),
                    ..Person::default()
                };
                self.selected = Some(person.id);
                self.showing = Showing::People;
                actions.push(Action::UpsertPerson(person));
            }
        });
        ui.separator();
        self.refresh_rows(doc, state);
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

    fn refresh_rows(&mut self, doc: &Document, state: u64) {
        let key = (
            doc.organisations.len() + doc.people.len(),
            self.query.clone(),
            self.showing,
            state,
        );
        if self.rows_key.as_ref() == Some(&key) {
            return;
        }
        let q = self.query.as_str();
        self.rows = match self.showing {
            Showing::Organisations => doc
                .organisations
                .iter()
                .filter(|o| {
                    widgets::matches(&o.name, q)
                        || widgets::matches(&o.name_ar, q)
                        || widgets::matches(&o.acronym, q)
                        || widgets::matches(&o.country, q)
                })
                .map(|o| o.id)
                .collect(),
            Showing::People => doc
                .people
                .iter()
                .filter(|p| widgets::matches(&p.name, q) || widgets::matches(&p.role, q))
                .map(|p| p.id)
                .collect(),
        };
        self.rows_key = Some(key);
    }

    fn organisations_table(&mut self, ui: &mut Ui, doc: &Document) {
        let types = &doc.vocabularies.stakeholder_types;
        table(
            ui,
            &["Name", "Arabic name", "Acronym", "Type", "Country"],
            |body| {
                body.rows(theme::ROW_HEIGHT, self.rows.len(), |mut row| {
                    let Some(org) = self.rows.get(row.index()).and_then(|id| doc.organisation(*id)) else {
                        return;
                    };
                    row.set_selected(self.selected == Some(org.id));
                    row.col(|ui| {
                        widgets::text(ui, &org.name);
                    });
                    row.col(|ui| {
                        widgets::text(ui, &org.name_ar);
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
        table(ui, &["Name", "Organisation", "Role", "Email", "Days"], |body| {
            body.rows(theme::ROW_HEIGHT, self.rows.len(), |mut row| {
                let Some(person) = self.rows.get(row.index()).and_then(|id| doc.person(*id)) else {
                    return;
                };
                row.set_selected(self.selected == Some(person.id));
                row.col(|ui| {
                    widgets::text(ui, &person.name);
                });
                row.col(|ui| {
                    widgets::text(ui, &doc.organisation_name(person.organisation));
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
            ui.weak("Select a row to see and edit it");
            return;
        };
        if let Some(org) = doc.organisation(id) {
            organisation_editor(ui, doc, org, actions);
        } else if let Some(person) = doc.person(id) {
            person_editor(ui, doc, person, actions);
        } else {
            self.selected = None;
            return;
        }
        ui.separator();
        let affected = references::to_record(doc, id);
        let button = ui.button("Delete…");
        egui::Popup::from_toggle_button_response(&button).show(|ui| {
            ui.set_max_width(280.0);
            ui.label("Delete this record? You can undo it with Ctrl+Z.");
            for line in &affected {
                ui.colored_label(theme::WARNING, line);
            }
            if ui.button("Delete").clicked() {
                actions.push(Action::Remove(id));
                self.selected = None;
            }
        });
    }
}

fn table(ui: &mut Ui, headers: &[&str], body: impl FnOnce(egui_extras::TableBody<'_>)) {
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
                    ui.strong(*title);
                });
            }
        })
        .body(body);
}

fn organisation_editor(ui: &mut Ui, doc: &Document, org: &Organisation, actions: &mut Vec<Action>) {
    ui.heading(widgets::rich(&org.name));
    let mut draft = org.clone();
    widgets::text_field(ui, "Name", &mut draft.name);
    widgets::text_field(ui, "Name in Arabic", &mut draft.name_ar);
    widgets::text_field(ui, "Acronym", &mut draft.acronym);
    let types = terms(&doc.vocabularies.stakeholder_types);
    widgets::choice(ui, "Stakeholder type", &mut draft.stakeholder_type, &types);
    widgets::text_field(ui, "Country (ISO code)", &mut draft.country);
    widgets::text_field(ui, "Website", &mut draft.website);
    widgets::text_field(ui, "Contact", &mut draft.contact);
    widgets::lines_field(ui, "Offers (one per line)", &mut draft.offers);
    widgets::lines_field(ui, "Needs (one per line)", &mut draft.needs);
    if draft != *org {
        draft.modified = now();
        actions.push(Action::UpsertOrganisation(draft));
    }
}

fn person_editor(ui: &mut Ui, doc: &Document, person: &Person, actions: &mut Vec<Action>) {
    ui.heading(widgets::rich(&person.name));
    let mut draft = person.clone();
    widgets::text_field(ui, "Name", &mut draft.name);
    let mut org_key = draft.organisation.map(|id| id.to_string()).unwrap_or_default();
    let mut orgs: Vec<(String, String)> = vec![(String::new(), "(none)".to_owned())];
    orgs.extend(
        doc.organisations
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone())),
    );
    widgets::choice(ui, "Organisation", &mut org_key, &orgs);
    draft.organisation = doc
        .organisations
        .iter()
        .find(|o| o.id.to_string() == org_key)
        .map(|o| o.id);
    widgets::text_field(ui, "Role", &mut draft.role);
    widgets::text_field(ui, "Email", &mut draft.email);
    widgets::text_field(ui, "Phone", &mut draft.phone);
    if draft != *person {
        draft.modified = now();
        actions.push(Action::UpsertPerson(draft));
    }
}

fn terms(terms: &[crate::model::Term]) -> Vec<(String, String)> {
    terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
}
