//! The room's screen: the current item, its clock, the speaker and the decisions, in large type.

use chrono::NaiveDateTime;
use egui::{RichText, Ui};

use super::{live::phase_colour, live::remaining_words, widgets};
use crate::live as run;
use crate::model::schedule::ItemClock;
use crate::model::{Document, RecordKind};

/// Draws the projector view; `dark` picks the theme.
pub fn ui(ui: &mut Ui, doc: &Document, now: NaiveDateTime, dark: &mut bool) {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(now.format("%H:%M").to_string()).size(28.0).strong());
            ui.checkbox(dark, "Dark");
        });
    });
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(widgets::rich(&doc.meeting.title)).size(24.0));
    });
    ui.separator();
    let Some(item) = run::current(doc) else {
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.label(RichText::new("Welcome").size(64.0).strong());
        });
        return;
    };
    ui.vertical_centered(|ui| {
        ui.add_space(16.0);
        ui.label(RichText::new(widgets::rich(&item.title)).size(40.0).strong());
        let clock = ItemClock::of(item, now);
        let colour = phase_colour(clock.phase, ui.visuals().strong_text_color());
        ui.label(
            RichText::new(remaining_words(&clock))
                .size(96.0)
                .color(colour)
                .strong(),
        );
        if let Some(turn) = item.current_speaker() {
            let name = doc.person_name(Some(turn.person));
            ui.label(
                RichText::new(format!("Speaking: {}", widgets::rich(&name)))
                    .size(40.0)
                    .strong(),
            );
        }
    });
    let decisions: Vec<_> = doc
        .records
        .iter()
        .filter(|r| r.agenda_item == Some(item.id))
        .filter_map(|r| match &r.kind {
            RecordKind::Decision { outcome } => Some((r.text.as_str(), outcome.as_str())),
            _ => None,
        })
        .collect();
    if !decisions.is_empty() {
        ui.add_space(16.0);
        ui.label(RichText::new("Agreed so far").size(30.0).strong());
        for (text, outcome) in decisions {
            let line = if outcome.is_empty() {
                text.to_owned()
            } else {
                format!("{text}: {outcome}")
            };
            ui.label(RichText::new(format!("• {}", widgets::rich(&line))).size(28.0));
        }
    }
}
