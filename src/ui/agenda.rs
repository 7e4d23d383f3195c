//! The agenda: meeting details and the items of each day.

use egui::Ui;

use super::{theme, widgets};
use crate::action::Action;
use crate::model::{AgendaItem, AgendaKind, Document, Id, now};

/// View state of the agenda panel.
#[derive(Default)]
pub struct AgendaPanel {
    selected: Option<Id>,
}

impl AgendaPanel {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        egui::Panel::right("agenda_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    match self.selected.and_then(|id| doc.agenda_item(id)) {
                        Some(item) => item_editor(ui, doc, item, actions),
                        None => meeting_editor(ui, doc, actions),
                    }
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.days_ui(ui, doc, actions));
        });
    }

    fn days_ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        if ui
            .selectable_label(self.selected.is_none(), "Meeting details")
            .clicked()
        {
            self.selected = None;
        }
        let mut days: Vec<chrono::NaiveDate> = doc.meeting.days.iter().map(|d| d.date).collect();
        for item in &doc.agenda {
            if !days.contains(&item.day) {
                days.push(item.day);
            }
        }
        days.sort();
        for day in days {
            ui.add_space(8.0);
            ui.heading(day.format("%A %-d %B %Y").to_string());
            let mut items: Vec<&AgendaItem> = doc
                .agenda
                .iter()
                .map(AsRef::as_ref)
                .filter(|a| a.day == day)
                .collect();
            items.sort_by_key(|a| a.planned_start);
            for item in items {
                let text = format!(
                    "{}  {:>3} min  {}  ·  {}",
                    item.planned_start.format("%H:%M"),
                    item.duration_minutes,
                    crate::bidi::visual(&item.title),
                    item.kind.label()
                );
                if ui
                    .selectable_label(self.selected == Some(item.id), text)
                    .clicked()
                {
                    self.selected = Some(item.id);
                }
            }
            if ui.small_button("Add item").clicked() {
                let item = AgendaItem {
                    title: "New item".to_owned(),
                    day,
                    ..AgendaItem::default()
                };
                self.selected = Some(item.id);
                actions.push(Action::UpsertAgendaItem(item));
            }
        }
    }
}

fn meeting_editor(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    ui.heading("Meeting details");
    let mut draft = doc.meeting.clone();
    widgets::text_field(ui, "Title", &mut draft.title);
    widgets::text_field(ui, "Organiser", &mut draft.organiser);
    widgets::text_field(ui, "Venue", &mut draft.venue);
    widgets::lines_field(ui, "Objectives (one per line)", &mut draft.objectives);
    widgets::lines_field(
        ui,
        "Expected outcomes (one per line)",
        &mut draft.expected_outcomes,
    );
    widgets::lines_field(
        ui,
        "Working languages (one per line)",
        &mut draft.working_languages,
    );
    if draft != doc.meeting {
        draft.modified = now();
        actions.push(Action::SetMeeting(draft));
    }
}

fn item_editor(ui: &mut Ui, doc: &Document, item: &AgendaItem, actions: &mut Vec<Action>) {
    ui.heading(widgets::rich(&item.title));
    let mut draft = item.clone();
    widgets::text_field(ui, "Title", &mut draft.title);
    let mut kind = draft.kind;
    ui.horizontal(|ui| {
        let label = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new("Kind"));
        egui::ComboBox::from_id_salt("agenda_kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in AgendaKind::ALL {
                    ui.selectable_value(&mut kind, k, k.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    draft.kind = kind;
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new("Duration (minutes)"),
        );
        ui.add(egui::DragValue::new(&mut draft.duration_minutes).range(0..=600))
            .labelled_by(label.id);
    });
    ui.label(format!(
        "Facilitator: {}    Rapporteur: {}",
        doc.person_name(draft.facilitator),
        doc.person_name(draft.rapporteur)
    ));
    widgets::text_area(ui, "Description", &mut draft.description);
    if draft != *item {
        draft.modified = now();
        actions.push(Action::UpsertAgendaItem(draft));
    }
}
