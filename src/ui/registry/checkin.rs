//! Check-in at the door, made for the keyboard: one field takes a few letters
//! of a name, an email or an organisation; Up and Down choose a person, Enter
//! marks them present for today's meeting day. Enter on someone already
//! present asks before un-marking them. Someone not in the registry is added
//! as a walk-in from the same field.

use std::ops::Range;

use chrono::NaiveDate;
use egui::{Key, Modifiers, Ui};

use super::index::{Column, Filters, Index, Sort, View};
use crate::action::Action;
use crate::model::checkin::{self, PresentCounts};
use crate::model::{Document, Id, Organisation, Vocabularies};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// Rows of matches shown at once; the rest scroll.
const LIST_HEIGHT: f32 = 420.0;

/// The state of check-in while it is open.
#[derive(Default)]
pub struct CheckIn {
    query: String,
    /// The chosen entry: a match, or past the matches the walk-in entry.
    cursor: usize,
    /// Someone already present whom Enter would un-mark, once confirmed.
    confirm: Option<Id>,
    walk_in: Option<WalkIn>,
    notice: Option<String>,
    /// The entries drawn last frame, to scroll the chosen one into view.
    shown: Range<usize>,
}

/// A walk-in being added: the name typed, then their organisation.
struct WalkIn {
    name: String,
    organisation: String,
}

/// The keys check-in answers, taken before the fields see them.
#[derive(Default)]
#[expect(clippy::struct_excessive_bools, reason = "one flag per key answered")]
struct Keys {
    up: bool,
    down: bool,
    enter: bool,
    escape: bool,
}

impl Keys {
    fn take(ui: &Ui) -> Self {
        ui.input_mut(|input| Self {
            up: input.consume_key(Modifiers::NONE, Key::ArrowUp),
            down: input.consume_key(Modifiers::NONE, Key::ArrowDown),
            enter: input.consume_key(Modifiers::NONE, Key::Enter),
            escape: input.consume_key(Modifiers::NONE, Key::Escape),
        })
    }
}

fn search_id() -> egui::Id {
    egui::Id::unique("registry_checkin_search")
}

fn walk_in_id() -> egui::Id {
    egui::Id::unique("registry_checkin_walk_in_organisation")
}

impl CheckIn {
    /// Draws check-in; marking pushes an edit of the person.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        index: &mut Index,
        day: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let view = View {
            people: true,
            filters: Filters::default(),
            sort: Some(Sort {
                column: Column::Name,
                descending: false,
            }),
            day,
        };
        index.refresh(doc, &view, &self.query);
        crate::ui::mirror::end_panel("registry_checkin_counts")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| counts_ui(ui, doc, index.present_counts()));
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| {
                widgets::heading(ui, &tr!("registry-checkin-heading", day = day.to_string()));
                if !doc.meeting.days.iter().any(|d| d.date == day) {
                    let colour = theme::warning(ui);
                    widgets::sentence_styled(
                        ui,
                        &tr!("registry-checkin-not-a-meeting-day", day = day.to_string()),
                        |rich| rich.color(colour),
                    );
                }
                let keys = Keys::take(ui);
                if self.walk_in.is_some() {
                    self.walk_in_ui(ui, doc, day, &keys, actions);
                } else {
                    self.search_ui(ui, doc, index, &view, &keys, actions);
                }
                if let Some(notice) = &self.notice {
                    let colour = theme::ok(ui);
                    widgets::sentence_styled(ui, notice, |rich| rich.color(colour));
                }
            });
        });
    }

    fn search_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        index: &mut Index,
        view: &View,
        keys: &Keys,
        actions: &mut Vec<Action>,
    ) {
        let before = self.query.clone();
        ui.horizontal(|ui| {
            let label = widgets::label(ui, &tr!("registry-checkin-search"));
            TextField::singleline(&mut self.query)
                .id(search_id())
                .hint_text(crate::bidi::visual(&tr!("registry-checkin-search-hint")).into_owned())
                .desired_width(360.0)
                .show(ui)
                .labelled_by(label.id);
        });
        keep_focus(ui, search_id());
        if self.query != before {
            self.cursor = 0;
            self.confirm = None;
            index.refresh(doc, view, &self.query);
        }
        let walk_in_entry = !self.query.trim().is_empty();
        let entries = index.rows().len() + usize::from(walk_in_entry);
        // The list can shrink under the cursor (an undo, a filter).
        self.cursor = self.cursor.min(entries.saturating_sub(1));
        let mut moved = false;
        if let Some(id) = self.confirm {
            if keys.enter {
                self.unmark(doc, index, id, view.day, actions);
            } else if keys.escape {
                self.confirm = None;
            }
        } else {
            if keys.down && self.cursor + 1 < entries {
                self.cursor += 1;
                moved = true;
            }
            if keys.up && self.cursor > 0 {
                self.cursor -= 1;
                moved = true;
            }
            if keys.escape {
                self.query.clear();
                self.cursor = 0;
            } else if keys.enter && entries > 0 {
                self.activate(doc, index, self.cursor, view.day, actions);
            }
        }
        self.confirmation_ui(ui, doc, index, view.day, actions);
        self.list_ui(ui, doc, index, view.day, moved, actions);
    }

    /// Enter (or a click) on entry `entry`: marks, asks to un-mark, or starts a walk-in.
    fn activate(
        &mut self,
        doc: &Document,
        index: &Index,
        entry: usize,
        day: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let Some(person) = index.rows().get(entry).and_then(|i| doc.people.get(*i)) else {
            if !self.query.trim().is_empty() {
                self.walk_in = Some(WalkIn {
                    name: self.query.trim().to_owned(),
                    organisation: String::new(),
                });
            }
            return;
        };
        match checkin::mark_present(person, day) {
            Some(marked) => {
                self.notice = Some(tr!("registry-checkin-marked", name = person.name.trim()));
                actions.push(Action::UpsertPerson(marked));
                self.query.clear();
                self.cursor = 0;
            }
            None => self.confirm = Some(person.id),
        }
    }

    fn unmark(&mut self, doc: &Document, index: &Index, id: Id, day: NaiveDate, actions: &mut Vec<Action>) {
        self.confirm = None;
        let Some(person) = index.person(doc, id) else {
            return;
        };
        if let Some(unmarked) = checkin::unmark(person, day) {
            self.notice = Some(tr!("registry-checkin-unmarked", name = person.name.trim()));
            actions.push(Action::UpsertPerson(unmarked));
        }
    }

    fn confirmation_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        index: &Index,
        day: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let Some(id) = self.confirm else { return };
        let Some(person) = index.person(doc, id) else {
            self.confirm = None;
            return;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let colour = theme::warning(ui);
            widgets::sentence_styled(
                ui,
                &tr!("registry-checkin-unmark-question", name = person.name.trim()),
                |rich| rich.color(colour),
            );
            ui.horizontal(|ui| {
                if widgets::button(ui, &tr!("registry-checkin-unmark")).clicked() {
                    self.unmark(doc, index, id, day, actions);
                }
                if widgets::button(ui, &tr!("registry-checkin-keep")).clicked() {
                    self.confirm = None;
                }
            });
        });
    }

    fn list_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        index: &Index,
        day: NaiveDate,
        moved: bool,
        actions: &mut Vec<Action>,
    ) {
        let rows = index.rows();
        let walk_in_entry = !self.query.trim().is_empty();
        let entries = rows.len() + usize::from(walk_in_entry);
        if rows.is_empty() && walk_in_entry {
            widgets::weak(ui, &tr!("registry-checkin-no-match"));
        }
        let row_height = theme::ROW_HEIGHT;
        let mut area = egui::ScrollArea::vertical()
            .id_salt("registry_checkin_list")
            .max_height(LIST_HEIGHT)
            .auto_shrink([false, true]);
        if moved && !self.shown.contains(&self.cursor) {
            let step = row_height + ui.spacing().item_spacing.y;
            let first = if self.cursor < self.shown.start {
                self.cursor
            } else {
                (self.cursor + 1).saturating_sub(self.shown.len().max(1))
            };
            area = area.vertical_scroll_offset(offset_of(first, step));
        }
        let mut clicked = None;
        area.show_rows(ui, row_height, entries, |ui, range| {
            self.shown = range.clone();
            for entry in range {
                let chosen = entry == self.cursor;
                let Some(person) = rows.get(entry).and_then(|i| doc.people.get(*i)) else {
                    let text = tr!("registry-checkin-add-walk-in", name = self.query.trim());
                    if widgets::selectable_sentence(ui, chosen, &text).clicked() {
                        clicked = Some(entry);
                    }
                    continue;
                };
                ui.horizontal(|ui| {
                    if widgets::selectable(ui, chosen, &person.name).clicked() {
                        clicked = Some(entry);
                    }
                    let org = index.organisation_name(doc, person.organisation);
                    if !org.is_empty() {
                        widgets::weak(ui, &org);
                    }
                    if checkin::is_present(person, day) {
                        widgets::colored(ui, theme::ok(ui), &tr!("registry-checkin-present"));
                    }
                });
            }
        });
        if let Some(entry) = clicked {
            self.cursor = entry;
            self.confirm = None;
            self.activate(doc, index, entry, day, actions);
        }
    }

    fn walk_in_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        day: NaiveDate,
        keys: &Keys,
        actions: &mut Vec<Action>,
    ) {
        let Some(walk_in) = &mut self.walk_in else { return };
        widgets::sentence(
            ui,
            &tr!("registry-checkin-walk-in-heading", name = walk_in.name.as_str()),
        );
        ui.horizontal(|ui| {
            let label = widgets::label(ui, &tr!("registry-checkin-walk-in-organisation"));
            TextField::singleline(&mut walk_in.organisation)
                .id(walk_in_id())
                .hint_text(
                    crate::bidi::visual(&tr!("registry-checkin-walk-in-organisation-hint")).into_owned(),
                )
                .desired_width(360.0)
                .show(ui)
                .labelled_by(label.id);
        });
        keep_focus(ui, walk_in_id());
        let (add, cancel) = ui
            .horizontal(|ui| {
                (
                    widgets::button(ui, &tr!("registry-checkin-walk-in-add")).clicked(),
                    widgets::button(ui, &tr!("registry-checkin-walk-in-cancel")).clicked(),
                )
            })
            .inner;
        if add || keys.enter {
            let name = walk_in.name.clone();
            let typed = walk_in.organisation.trim().to_owned();
            let organisation = organisation_of_walk_in(doc, &typed, actions);
            actions.push(Action::UpsertPerson(checkin::walk_in(&name, organisation, day)));
            self.notice = Some(tr!("registry-checkin-walk-in-added", name = name.as_str()));
            self.walk_in = None;
            self.query.clear();
            self.cursor = 0;
        } else if cancel || keys.escape {
            self.walk_in = None;
        }
    }
}

/// The organisation a walk-in typed: one of the registry's, or a new one
/// (added by an edit pushed to `actions`); `None` when nothing was typed.
fn organisation_of_walk_in(doc: &Document, typed: &str, actions: &mut Vec<Action>) -> Option<Id> {
    if typed.is_empty() {
        return None;
    }
    if let Some(id) = checkin::find_organisation(doc.organisations.iter().map(AsRef::as_ref), typed) {
        return Some(id);
    }
    let org = Organisation {
        name: typed.to_owned(),
        ..Organisation::default()
    };
    let id = org.id;
    actions.push(Action::UpsertOrganisation(org));
    Some(id)
}

/// At the door the field keeps the keyboard: when nothing has focus, it takes it.
fn keep_focus(ui: &Ui, id: egui::Id) {
    if ui.memory(|m| m.focused().is_none()) {
        ui.memory_mut(|m| m.request_focus(id));
    }
}

/// Where entry `index` starts in the list.
#[expect(clippy::cast_precision_loss, reason = "entry counts are far below 2^23")]
fn offset_of(index: usize, step: f32) -> f32 {
    index as f32 * step
}

/// The live count of people present, by stakeholder type and by country.
fn counts_ui(ui: &mut Ui, doc: &Document, counts: &PresentCounts) {
    widgets::heading(ui, &tr!("registry-checkin-present-total", count = counts.total));
    ui.add_space(6.0);
    widgets::styled(ui, &tr!("registry-checkin-by-type"), egui::RichText::strong);
    let types = &doc.vocabularies.stakeholder_types;
    for (key, count) in &counts.by_type {
        let kind = if key.is_empty() {
            tr!("registry-checkin-no-type")
        } else {
            Vocabularies::label(types, key).to_owned()
        };
        widgets::label(
            ui,
            &tr!("registry-checkin-count-line", label = kind, count = *count),
        );
    }
    ui.add_space(6.0);
    widgets::styled(ui, &tr!("registry-checkin-by-country"), egui::RichText::strong);
    for (code, count) in &counts.by_country {
        let country = if code.is_empty() {
            tr!("registry-checkin-no-country")
        } else {
            code.clone()
        };
        widgets::label(
            ui,
            &tr!("registry-checkin-count-line", label = country, count = *count),
        );
    }
}
