//! Editors for the meeting details and for one agenda item.

use egui::Ui;

use super::{theme, widgets};
use crate::action::Action;
use chrono::NaiveDateTime;

use crate::model::{AgendaItem, AgendaKind, Document, ItemStatus, now};

pub fn meeting_ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    // Fields of different records get different ids, so focus never carries over.
    ui.push_id(doc.meeting.id, |ui| meeting_fields(ui, doc, actions));
}

fn meeting_fields(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    ui.heading("Meeting details");
    let mut draft = doc.meeting.clone();
    widgets::text_field(ui, "Title", &mut draft.title);
    widgets::text_field(ui, "Title in Arabic", &mut draft.title_ar);
    widgets::text_field(ui, "Organiser", &mut draft.organiser);
    widgets::text_field(ui, "Venue", &mut draft.venue);
    widgets::text_field(ui, "Time zone", &mut draft.time_zone);
    let zone = draft.time_zone.trim();
    if !zone.is_empty() && crate::model::time::time_zone(zone).is_none() {
        ui.colored_label(
            theme::WARNING,
            format!(
                "{zone} is not a time zone name such as Asia/Beirut: the room clock follows the laptop's zone"
            ),
        );
    }
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

pub fn item_ui(
    ui: &mut Ui,
    doc: &Document,
    item: &AgendaItem,
    now: NaiveDateTime,
    actions: &mut Vec<Action>,
) {
    ui.push_id(item.id, |ui| item_fields(ui, doc, item, now, actions));
}

fn item_fields(
    ui: &mut Ui,
    doc: &Document,
    item: &AgendaItem,
    room_time: NaiveDateTime,
    actions: &mut Vec<Action>,
) {
    widgets::heading(ui, &item.title);
    let running = matches!(item.status, ItemStatus::Running | ItemStatus::Paused);
    if !running && ui.button("Start this item").clicked() {
        actions.extend(crate::live::start(doc, item.id, room_time));
    }
    let mut draft = item.clone();
    widgets::text_field(ui, "Item title", &mut draft.title);
    widgets::text_field(ui, "Item title in Arabic", &mut draft.title_ar);
    ui.horizontal(|ui| {
        let label = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new("Kind"));
        egui::ComboBox::from_id_salt("agenda_kind")
            .selected_text(draft.kind.label())
            .show_ui(ui, |ui| {
                for k in AgendaKind::ALL {
                    ui.selectable_value(&mut draft.kind, k, k.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new("Duration (minutes)"),
        );
        ui.add(
            egui::DragValue::new(&mut draft.duration_minutes)
                .range(0..=24 * 60)
                // A longer item read from a file is shown as it is, not shortened.
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id);
    });
    ui.checkbox(&mut draft.parallel, "In parallel with the item before");
    widgets::person_choice(ui, doc, "Facilitator", &mut draft.facilitator);
    widgets::person_choice(ui, doc, "Rapporteur", &mut draft.rapporteur);
    widgets::text_area(ui, "Description", &mut draft.description);
    ui.label(format!("Status: {}", draft.status.label()));
    if let Some(start) = draft.actual_start {
        let end = draft
            .actual_end
            .map_or_else(|| "…".to_owned(), |e| e.format("%H:%M").to_string());
        ui.label(format!("Ran {}–{end}", start.format("%H:%M")));
    }
    if draft != *item {
        draft.modified = now();
        actions.push(Action::UpsertAgendaItem(draft));
    }
    ui.add_space(8.0);
    let delete = ui.button("Delete item…");
    egui::Popup::from_toggle_button_response(&delete).show(|ui| {
        ui.set_max_width(280.0);
        ui.label("Delete this item? Ctrl+Z brings it back");
        for line in crate::references::to_record(doc, item.id) {
            ui.colored_label(theme::WARNING, format!("{line}; they are kept"));
        }
        if ui.button("Delete item").clicked() {
            actions.push(Action::Remove(item.id));
        }
    });
}
