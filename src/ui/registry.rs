//! People & organisations: searchable, filterable, sortable tables, an editor
//! for the selected record, and check-in at the door.
//!
//! Tables draw only the rows in view, and search, filters and sort run on a
//! cached index, so the panel stays quick with tens of thousands of people.

mod checkin;
mod editor;
mod erase;
mod filters;
mod index;
mod invitation;
mod profile;
mod room;
mod sending;
mod shortlist;

pub use sending::Send;
mod suggestions;

use chrono::NaiveDate;
use egui::Ui;
use egui_extras::Column as TableColumn;

use super::{table, theme, widgets};
use crate::action::Action;
use crate::model::{Document, Id, Organisation, Person, Vocabularies};
use crate::references;
use crate::tr;
use crate::ui::report::Signature;
use index::{Column, Filters, Index, Sort, View};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Showing {
    #[default]
    Organisations,
    People,
    /// Prospects ranked for invitation, the balance of the room, invitations out.
    Shortlist,
}

/// View state of the registry panel.
#[derive(Default)]
pub struct RegistryPanel {
    showing: Showing,
    query: String,
    selected: Option<Id>,
    index: Index,
    filters: Filters,
    organisations_sort: Option<Sort>,
    people_sort: Option<Sort>,
    /// Check-in at the door, while it is open.
    check_in: Option<checkin::CheckIn>,
    /// A partnership to show on the board, asked for from an organisation's profile.
    pub show_card: Option<Id>,
    pub shortlist: shortlist::Shortlist,
}

impl RegistryPanel {
    /// Shows the shortlist of prospects.
    pub fn show_shortlist(&mut self) {
        self.check_in = None;
        self.showing = Showing::Shortlist;
    }

    /// Opens check-in at the door, or closes it when it is open.
    pub fn toggle_check_in(&mut self) {
        self.check_in = match self.check_in {
            Some(_) => None,
            None => Some(checkin::CheckIn::default()),
        };
    }

    /// The check-in key: opens check-in, or closes it when it is `shown`.
    pub fn check_in_key(&mut self, shown: bool) {
        if shown || self.check_in.is_none() {
            self.toggle_check_in();
        }
    }

    /// Draws the panel. `today` is the meeting day (see [`crate::model::time::meeting_day`]).
    /// `signature` tells this state of the meeting from others, so that the
    /// shortlist is ranked again only after a change.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        (today, signature): (NaiveDate, &Signature),
        actions: &mut Vec<Action>,
    ) {
        if let Some(check_in) = &mut self.check_in {
            let mut close = false;
            ui.horizontal(|ui| {
                close = widgets::button(ui, &tr!("registry-checkin-close")).clicked();
            });
            ui.separator();
            check_in.ui(ui, doc, &mut self.index, today, actions);
            if close {
                self.check_in = None;
            }
            return;
        }
        self.toolbar_ui(ui, actions);
        if self.showing == Showing::Shortlist {
            ui.separator();
            self.shortlist.ui(ui, doc, signature, actions);
            if let Some(id) = self.shortlist.open.take() {
                self.selected = Some(id);
                self.showing = Showing::Organisations;
            }
            return;
        }
        let view = View {
            people: self.showing == Showing::People,
            filters: self.filters.clone(),
            sort: self.sort(),
            day: today,
        };
        self.index.refresh(doc, &view, &self.query);
        ui.horizontal_wrapped(|ui| {
            filters::ui(ui, doc, &self.index, &mut self.filters);
            ui.separator();
            widgets::label(
                ui,
                &tr!(
                    "registry-shown-of-total",
                    shown = self.index.rows().len(),
                    total = self.index.total()
                ),
            );
        });
        let [prospects, invited, confirmed, declined, attended] = self.index.standing_counts();
        widgets::label(
            ui,
            &tr!(
                "registry-invitation-counts",
                prospects = prospects,
                invited = invited,
                confirmed = confirmed,
                declined = declined,
                attended = attended
            ),
        );
        ui.separator();
        crate::ui::mirror::end_panel("registry_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    let record = self
                        .selected
                        .and_then(|id| {
                            (doc.organisation(id).map(|o| o.name.as_str()))
                                .or_else(|| doc.person(id).map(|p| p.name.as_str()))
                        })
                        .unwrap_or_default();
                    widgets::about_record(record, || {
                        egui::ScrollArea::vertical().show(ui, |ui| self.editor_ui(ui, doc, actions));
                    });
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| match self.showing {
                Showing::Organisations | Showing::Shortlist => self.organisations_table(ui, doc),
                Showing::People => self.people_table(ui, doc),
            });
        });
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            widgets::selectable_value(
                ui,
                &mut self.showing,
                Showing::Organisations,
                &tr!("registry-organisations"),
            );
            widgets::selectable_value(ui, &mut self.showing, Showing::People, &tr!("registry-people"));
            widgets::selectable_value(
                ui,
                &mut self.showing,
                Showing::Shortlist,
                &tr!("registry-shortlist"),
            );
            ui.separator();
            if self.showing != Showing::Shortlist {
                widgets::search(ui, &tr!("registry-search-hint"), &mut self.query);
                ui.separator();
            }
            if widgets::button(ui, &tr!("registry-add-organisation")).clicked() {
                let org = Organisation {
                    name: tr!("registry-new-organisation"),
                    ..Organisation::default()
                };
                self.selected = Some(org.id);
                self.showing = Showing::Organisations;
                actions.push(Action::UpsertOrganisation(org));
            }
            if widgets::button(ui, &tr!("registry-add-person")).clicked() {
                let person = Person {
                    name: tr!("registry-new-person"),
                    ..Person::default()
                };
                self.selected = Some(person.id);
                self.showing = Showing::People;
                actions.push(Action::UpsertPerson(person));
            }
            ui.separator();
            let open = crate::command::with_shortcut(ui.ctx(), crate::command::Command::CheckIn);
            if widgets::button(ui, &open).clicked() {
                self.toggle_check_in();
            }
        });
    }

    fn sort(&self) -> Option<Sort> {
        match self.showing {
            Showing::Organisations | Showing::Shortlist => self.organisations_sort,
            Showing::People => self.people_sort,
        }
    }

    /// A click on the header of `column`: sorts by it, or reverses the sort.
    fn sort_by(&mut self, column: Column) {
        let sort = match self.showing {
            Showing::Organisations | Showing::Shortlist => &mut self.organisations_sort,
            Showing::People => &mut self.people_sort,
        };
        *sort = Some(match *sort {
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

    /// A header's title and, when the table is sorted by it, whether descending.
    fn header(&self, column: Column, title: String) -> Header {
        Header {
            column,
            title,
            sorted: self
                .sort()
                .filter(|sort| sort.column == column)
                .map(|sort| sort.descending),
        }
    }

    fn organisations_table(&mut self, ui: &mut Ui, doc: &Document) {
        let types = &doc.vocabularies.stakeholder_types;
        let columns = [
            (Column::Name, tr!("registry-column-name")),
            (Column::ArabicName, tr!("registry-column-arabic-name")),
            (Column::Acronym, tr!("registry-column-acronym")),
            (Column::Type, tr!("registry-column-type")),
            (Column::Country, tr!("registry-column-country")),
            (Column::Invitation, tr!("registry-column-invitation")),
        ];
        let headers: Vec<Header> = columns
            .into_iter()
            .map(|(column, title)| self.header(column, title))
            .collect();
        let mut clicked = None;
        let mut selected = self.selected;
        table(ui, &headers, &mut clicked, |body| {
            let rows = self.index.rows();
            body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                let Some((at, org)) = rows
                    .get(row.index())
                    .and_then(|&i| Some((i, doc.organisations.get(i)?)))
                else {
                    return;
                };
                row.set_selected(selected == Some(org.id));
                let standing = self.index.standing(false, at).label();
                let pressed = table::row_cells(
                    &mut row,
                    vec![
                        Box::new(|ui| {
                            widgets::truncated(ui, &org.name);
                        }),
                        Box::new(|ui| {
                            widgets::truncated(ui, &org.name_ar);
                        }),
                        Box::new(|ui| {
                            crate::ui::widgets::label(ui, &org.acronym);
                        }),
                        Box::new(|ui| {
                            widgets::label(ui, Vocabularies::label(types, &org.stakeholder_type));
                        }),
                        Box::new(|ui| {
                            crate::ui::widgets::label(ui, &org.country);
                        }),
                        Box::new(move |ui| {
                            widgets::label(ui, &standing);
                        }),
                    ],
                );
                if pressed {
                    selected = Some(org.id);
                }
            });
        });
        self.selected = selected;
        if let Some(column) = clicked {
            self.sort_by(column);
        }
    }

    fn people_table(&mut self, ui: &mut Ui, doc: &Document) {
        let columns = [
            (Column::Name, tr!("registry-column-name")),
            (Column::Organisation, tr!("registry-column-organisation")),
            (Column::Role, tr!("registry-column-role")),
            (Column::Email, tr!("registry-column-email")),
            (Column::Days, tr!("registry-column-days")),
            (Column::Invitation, tr!("registry-column-invitation")),
        ];
        let headers: Vec<Header> = columns
            .into_iter()
            .map(|(column, title)| self.header(column, title))
            .collect();
        let mut clicked = None;
        let mut selected = self.selected;
        table(ui, &headers, &mut clicked, |body| {
            let rows = self.index.rows();
            body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                let Some((at, person)) = rows.get(row.index()).and_then(|&i| Some((i, doc.people.get(i)?)))
                else {
                    return;
                };
                row.set_selected(selected == Some(person.id));
                let organisation = self.index.organisation_name(doc, person.organisation);
                let standing = self.index.standing(true, at).label();
                let pressed = table::row_cells(
                    &mut row,
                    vec![
                        Box::new(|ui| {
                            widgets::truncated(ui, &person.name);
                        }),
                        Box::new(move |ui| {
                            widgets::truncated(ui, &organisation);
                        }),
                        Box::new(|ui| {
                            widgets::truncated(ui, &person.role);
                        }),
                        Box::new(|ui| {
                            crate::ui::widgets::label(ui, &person.email);
                        }),
                        Box::new(|ui| {
                            widgets::label(ui, &person.attendance.len().to_string());
                        }),
                        Box::new(move |ui| {
                            widgets::label(ui, &standing);
                        }),
                    ],
                );
                if pressed {
                    selected = Some(person.id);
                }
            });
        });
        self.selected = selected;
        if let Some(column) = clicked {
            self.sort_by(column);
        }
    }

    fn editor_ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        let Some(id) = self.selected else {
            widgets::weak(ui, &tr!("registry-select-hint"));
            return;
        };
        let org = self.index.organisation(doc, id);
        let person = self.index.person(doc, id);
        if org.is_none() && person.is_none() {
            self.selected = None;
            return;
        }
        // At the top: the editor of an organisation runs long.
        if delete_ui(ui, doc, id, actions) {
            self.selected = None;
            return;
        }
        ui.separator();
        let mut open = editor::Open::default();
        // Each record's fields get their own ids, so focus never carries over to another.
        ui.push_id(id, |ui| match (org, person) {
            (Some(org), _) => editor::organisation_editor(ui, doc, &self.index, org, &mut open, actions),
            (None, Some(person)) => editor::person_editor(ui, doc, &self.index, person, actions),
            (None, None) => {}
        });
        if let Some(person) = open.person {
            self.selected = Some(person);
            self.showing = Showing::People;
        }
        if let Some(card) = open.partnership {
            self.show_card = Some(card);
        }
    }
}

/// "Delete…", asking first and naming what refers to the record; returns
/// whether the record was deleted.
fn delete_ui(ui: &mut Ui, doc: &Document, id: Id, actions: &mut Vec<Action>) -> bool {
    let mut deleted = false;
    let button = widgets::button(ui, &tr!("registry-delete-ask"));
    egui::Popup::from_toggle_button_response(&button).show(|ui| {
        ui.set_max_width(280.0);
        widgets::label(ui, &tr!("registry-delete-question"));
        // Only while asking: it reads every record of the meeting.
        for line in &references::to_record(doc, id) {
            widgets::colored_sentence(ui, theme::warning(ui), line);
        }
        if widgets::button(ui, &tr!("registry-delete")).clicked() {
            actions.push(Action::Remove(id));
            deleted = true;
        }
    });
    deleted
}

/// The header of a column.
struct Header {
    column: Column,
    title: String,
    /// `Some(descending)` when the table is sorted by this column.
    sorted: Option<bool>,
}

impl Header {
    /// A button with the title, and a triangle when the table is sorted by it
    /// (drawn, as the fonts have no arrows); screen readers hear the sort.
    fn ui(&self, ui: &mut Ui) -> egui::Response {
        let button =
            egui::Button::new(egui::RichText::new(crate::bidi::visual(&self.title)).strong()).frame(false);
        let response = ui.add(button);
        let Some(descending) = self.sorted else {
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
            tr!("registry-sorted-descending", column = self.title.as_str())
        } else {
            tr!("registry-sorted-ascending", column = self.title.as_str())
        };
        let enabled = ui.is_enabled();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
        response
    }
}

/// A table whose headers sort it: `clicked` gets the column whose header was clicked.
fn table(
    ui: &mut Ui,
    headers: &[Header],
    clicked: &mut Option<Column>,
    body: impl FnOnce(egui_extras::TableBody<'_>),
) {
    // Selectable text would swallow the clicks that select a row.
    ui.style_mut().interaction.selectable_labels = false;
    table::scope(ui, |ui| {
        let columns = headers
            .iter()
            .map(|_| TableColumn::remainder().at_least(60.0).clip(true).resizable(true))
            .collect();
        table::builder(ui, "registry_table", columns)
            .header(24.0, |mut header| {
                let picked = std::cell::Cell::new(None);
                let cells: Vec<table::Cell<'_>> = headers
                    .iter()
                    .map(|column| -> table::Cell<'_> {
                        let picked = &picked;
                        Box::new(move |ui: &mut Ui| {
                            if column.ui(ui).clicked() {
                                picked.set(Some(column.column));
                            }
                        })
                    })
                    .collect();
                table::header_cells(&mut header, cells);
                if let Some(column) = picked.get() {
                    *clicked = Some(column);
                }
            })
            .body(body);
    });
}
