//! The running item: its clock, the controls, and how the day is going.

use chrono::NaiveDateTime;
use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::action::Action;
use crate::command::{Command, with_shortcut};
use crate::live as run;
use crate::model::schedule::{ClockPhase, ItemClock, format_seconds};
use crate::model::{AgendaItem, Document, ItemStatus};

/// The colour of the clock in each phase.
pub fn phase_colour(phase: ClockPhase, normal: egui::Color32) -> egui::Color32 {
    match phase {
        ClockPhase::Normal => normal,
        ClockPhase::Amber => theme::WARNING,
        ClockPhase::Red | ClockPhase::Overrun => theme::ERROR,
    }
}

/// The words under the clock: "12:30 left" or "overrun by 2:10".
pub fn remaining_words(clock: &ItemClock) -> String {
    if clock.remaining < 0 {
        format!("overrun by {}", format_seconds(-clock.remaining))
    } else {
        format!("{} left", format_seconds(clock.remaining))
    }
}

pub fn ui(ui: &mut Ui, doc: &Document, item: &AgendaItem, now: NaiveDateTime, actions: &mut Vec<Action>) {
    let clock = ItemClock::of(item, now);
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        let state = if item.status == ItemStatus::Paused {
            "Paused"
        } else {
            "Now"
        };
        ui.label(RichText::new(state).strong());
        ui.label(RichText::new(widgets::rich(&item.title)).heading());
    });
    ui.horizontal(|ui| {
        let colour = phase_colour(clock.phase, ui.visuals().strong_text_color());
        ui.label(
            RichText::new(remaining_words(&clock))
                .size(28.0)
                .color(colour)
                .strong(),
        );
        ui.label(format!(
            "{} of {} min",
            format_seconds(clock.elapsed),
            item.duration_minutes
        ));
        ui.separator();
        if item.status == ItemStatus::Paused {
            if ui.button(with_shortcut(&ctx, Command::StartItem)).clicked() {
                actions.extend(run::start(doc, item.id, now));
            }
        } else if ui.button(with_shortcut(&ctx, Command::PauseItem)).clicked() {
            actions.extend(run::pause(doc, now));
        }
        if ui.button(with_shortcut(&ctx, Command::NextItem)).clicked() {
            actions.extend(run::next(doc, now));
        }
        if ui.button("Finish item").clicked() {
            actions.extend(run::finish(doc, now));
        }
    });
}
