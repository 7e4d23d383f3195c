//! Editors for the meeting details and for one agenda item.

use egui::Ui;

use super::{theme, widgets};
use crate::action::Action;
use chrono::NaiveDateTime;

use crate::model::{AgendaItem, AgendaKind, Document, ItemStatus, now};
use crate::tr;

pub fn meeting_ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    // Fields of different records get different ids, so focus never carries over.
    ui.push_id(doc.meeting.id, |ui| meeting_fields(ui, doc, actions));
}

fn meeting_fields(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    widgets::heading(ui, &tr!("agenda-meeting-heading"));
    let mut draft = doc.meeting.clone();
    widgets::text_field(ui, &tr!("agenda-meeting-title"), &mut draft.title);
    widgets::text_field(ui, &tr!("agenda-meeting-title-ar"), &mut draft.title_ar);
    widgets::text_field(ui, &tr!("agenda-meeting-organiser"), &mut draft.organiser);
    widgets::text_field(ui, &tr!("agenda-meeting-venue"), &mut draft.venue);
    widgets::text_field(ui, &tr!("agenda-meeting-time-zone"), &mut draft.time_zone);
    let zone = draft.time_zone.trim();
    if !zone.is_empty() && crate::model::time::time_zone(zone).is_none() {
        widgets::colored_sentence(
            ui,
            theme::warning(ui),
            &tr!("agenda-meeting-time-zone-unknown", zone = zone),
        );
    }
    widgets::lines_field(ui, &tr!("agenda-meeting-objectives"), &mut draft.objectives);
    widgets::lines_field(ui, &tr!("agenda-meeting-outcomes"), &mut draft.expected_outcomes);
    widgets::lines_field(ui, &tr!("agenda-meeting-languages"), &mut draft.working_languages);
    widgets::text_field(ui, &tr!("meeting-details-symbol"), &mut draft.document_symbol);
    widgets::text_field(ui, &tr!("meeting-details-distribution"), &mut draft.distribution);
    widgets::text_field(
        ui,
        &tr!("meeting-details-original-language"),
        &mut draft.original_language,
    );
    widgets::styled(ui, &tr!("meeting-details-documents"), egui::RichText::strong);
    let mut removed = None;
    for (i, document) in draft.documents.iter_mut().enumerate() {
        let number = i + 1;
        // Each row keeps its own ids, so focus stays in a row when one above is removed.
        ui.push_id(document.id, |ui| {
            widgets::text_field(
                ui,
                &tr!("meeting-details-document-title", number = number),
                &mut document.title,
            );
            widgets::text_field(
                ui,
                &tr!("meeting-details-document-symbol", number = number),
                &mut document.symbol,
            );
            widgets::text_field(
                ui,
                &tr!("meeting-details-document-language", number = number),
                &mut document.language,
            );
            if widgets::named_button(
                ui,
                &tr!("meeting-details-remove"),
                &tr!("meeting-details-remove-document", number = number),
            )
            .clicked()
            {
                removed = Some(i);
            }
        });
    }
    if let Some(i) = removed {
        draft.documents.remove(i);
    }
    if widgets::button(ui, &tr!("meeting-details-add-document")).clicked() {
        draft.add_document();
    }
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
    if !running && widgets::button(ui, &tr!("agenda-item-start")).clicked() {
        actions.extend(crate::live::start(doc, item.id, room_time));
    }
    let mut draft = item.clone();
    widgets::text_field(ui, &tr!("agenda-item-title"), &mut draft.title);
    widgets::text_field(ui, &tr!("agenda-item-title-ar"), &mut draft.title_ar);
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(&tr!("agenda-item-kind")).into_owned()),
        );
        egui::ComboBox::from_id_salt("agenda_kind")
            .selected_text(crate::bidi::visual(&draft.kind.label()).into_owned())
            .show_ui(ui, |ui| {
                for k in AgendaKind::ALL {
                    widgets::selectable_value(ui, &mut draft.kind, k, &k.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(&tr!("agenda-item-duration")).into_owned()),
        );
        ui.add(
            egui::DragValue::new(&mut draft.duration_minutes)
                .range(0..=24 * 60)
                // A longer item read from a file is shown as it is, not shortened.
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id);
    });
    widgets::checkbox(ui, &mut draft.parallel, &tr!("agenda-item-parallel"));
    widgets::person_choice(ui, doc, &tr!("agenda-item-facilitator"), &mut draft.facilitator);
    widgets::person_choice(ui, doc, &tr!("agenda-item-rapporteur"), &mut draft.rapporteur);
    widgets::text_area(ui, &tr!("agenda-item-description"), &mut draft.description);
    widgets::label(ui, &tr!("agenda-item-status", status = draft.status.label()));
    if let Some(start) = draft.actual_start {
        let start = start.format("%H:%M").to_string();
        let ran = match draft.actual_end {
            Some(end) => tr!(
                "agenda-item-ran",
                start = start,
                end = end.format("%H:%M").to_string()
            ),
            None => tr!("agenda-item-ran-unfinished", start = start),
        };
        widgets::label(ui, &ran);
    }
    if draft != *item {
        draft.modified = now();
        actions.push(Action::UpsertAgendaItem(draft));
    }
    ui.add_space(8.0);
    let delete = widgets::button(ui, &tr!("agenda-item-delete-menu"));
    egui::Popup::from_toggle_button_response(&delete).show(|ui| {
        ui.set_max_width(280.0);
        widgets::label(ui, &tr!("agenda-item-delete-question"));
        for line in crate::references::to_record(doc, item.id) {
            widgets::colored_sentence(
                ui,
                theme::warning(ui),
                &tr!("agenda-item-delete-kept", references = line),
            );
        }
        if widgets::button(ui, &tr!("agenda-item-delete")).clicked() {
            actions.push(Action::Remove(item.id));
        }
    });
}
