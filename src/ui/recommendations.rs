//! The recommendations of the meeting: decisions the room drafts and adopts, in order.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::text_field::TextField;
use super::widgets;
use crate::action::Action;
use crate::model::recommendations::{move_earlier, move_later, recommended, unmark};
use crate::model::{Document, Id, Meeting, Record, RecordKind, now};
use crate::tr;

/// The height of an entry not drawn yet: a few lines of text and its buttons.
const ESTIMATED_HEIGHT: f32 = 120.0;

/// Lists the recommendations to reorder and edit them while the room drafts them.
/// Returns whether "Show on the projector" was clicked.
pub fn ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) -> bool {
    let records = recommended(doc);
    if records.is_empty() {
        widgets::weak(ui, &tr!("recommendations-empty"));
        return false;
    }
    let mut show_on_projector = false;
    ui.horizontal(|ui| {
        widgets::heading(ui, &tr!("recommendations-heading"));
        show_on_projector = widgets::button(ui, &tr!("recommendations-show-on-projector")).clicked();
    });
    // Each entry is as tall as its text, so the list is not made of equal
    // rows; entries out of view take their height from the last time they
    // were drawn and are not drawn, so a long list costs what the screen shows.
    let heights_id = ui.scope_id().with("recommendation_heights");
    let mut heights: HashMap<Id, f32> = ui.data_mut(|d| d.get_temp(heights_id)).unwrap_or_default();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            let last = records.len();
            let spacing = ui.spacing().item_spacing.y;
            let mut top = 0.0;
            for (number, record) in (1..).zip(records) {
                let height = heights.get(&record.id).copied().unwrap_or(ESTIMATED_HEIGHT);
                if top + height < viewport.min.y || top > viewport.max.y {
                    ui.allocate_space(egui::vec2(ui.available_width(), height));
                } else {
                    let drawn = egui::Frame::group(ui.style())
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            entry_ui(ui, doc, record, (number, last), actions);
                        })
                        .response
                        .rect
                        .height();
                    heights.insert(record.id, drawn);
                }
                top += heights.get(&record.id).copied().unwrap_or(height) + spacing;
            }
        });
    ui.data_mut(|d| d.insert_temp(heights_id, heights));
    show_on_projector
}

/// One recommendation; `(position, last)` is where it stands in the list, counted from 1.
fn entry_ui(
    ui: &mut Ui,
    doc: &Document,
    record: &Record,
    (position, last): (usize, usize),
    actions: &mut Vec<Action>,
) {
    let mut meeting: Option<Meeting> = None;
    // A place in the list, not a count: written as it is, never grouped.
    let number = position.to_string();
    let label = ui
        .horizontal(|ui| {
            let label = widgets::styled(
                ui,
                &tr!("recommendations-entry", number = &number),
                RichText::strong,
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if widgets::button(ui, &tr!("recommendations-remove"))
                    .accessible_name(tr!("recommendations-remove-name", number = &number))
                    .clicked()
                {
                    meeting = unmark(&doc.meeting, record.id);
                }
                if widgets::button_enabled(ui, position < last, &tr!("recommendations-later"))
                    .accessible_name(tr!("recommendations-later-name", number = &number))
                    .clicked()
                {
                    meeting = move_later(doc, record.id);
                }
                if widgets::button_enabled(ui, position > 1, &tr!("recommendations-earlier"))
                    .accessible_name(tr!("recommendations-earlier-name", number = &number))
                    .clicked()
                {
                    meeting = move_earlier(doc, record.id);
                }
            });
            label
        })
        .inner;
    if let Some(meeting) = meeting {
        actions.push(Action::SetRecommendations(meeting.recommendations));
    }
    let mut text = record.text.clone();
    let field = TextField::multiline(&mut text)
        .id_salt(("recommendation", record.id))
        .desired_rows(2)
        .desired_width(f32::INFINITY)
        .show(ui)
        .labelled_by(label.id);
    if field.changed() {
        actions.push(Action::UpsertRecord(Record {
            text,
            modified: now(),
            ..record.clone()
        }));
    }
    details_ui(ui, doc, record);
}

/// The outcome and the agenda item the decision was taken under.
fn details_ui(ui: &mut Ui, doc: &Document, record: &Record) {
    let outcome = match &record.kind {
        RecordKind::Decision { outcome } => outcome.trim(),
        _ => "",
    };
    if outcome.is_empty() {
        widgets::weak(ui, &tr!("recommendations-no-outcome"));
    } else {
        widgets::weak(ui, &tr!("recommendations-outcome"));
        widgets::paragraph(ui, outcome);
    }
    match record.agenda_item.and_then(|id| doc.agenda_item(id)) {
        Some(item) => widgets::sentence_styled(
            ui,
            &tr!("recommendations-from-item", item = &item.title),
            RichText::weak,
        ),
        None => widgets::weak(ui, &tr!("recommendations-no-item")),
    };
}
