//! The running item: its clock, the controls, and how the day is going.

use chrono::NaiveDateTime;
use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::action::Action;
use crate::command::{Command, with_shortcut};
use crate::live as run;
use crate::model::schedule::{ClockPhase, DayProgress, ItemClock, format_seconds};
use crate::model::{AgendaItem, Document, ItemStatus};
use crate::tr;

/// The colour of the clock in each phase.
pub fn phase_colour(ui: &Ui, phase: ClockPhase, normal: egui::Color32) -> egui::Color32 {
    match phase {
        ClockPhase::Normal => normal,
        ClockPhase::Amber => theme::warning(ui),
        ClockPhase::Red | ClockPhase::Overrun => theme::error(ui),
    }
}

/// The words under the clock: "12:30 left" or "overrun by 2:10".
pub fn remaining_words(clock: &ItemClock) -> String {
    if clock.remaining < 0 {
        tr!("live-overrun-by", time = format_seconds(-clock.remaining))
    } else {
        tr!("live-time-left", time = format_seconds(clock.remaining))
    }
}

/// How the day is going, in one sentence: "4:00 behind: the day now ends at 17:34",
/// with the items passed over when there are any.
pub fn progress_words(progress: &DayProgress) -> String {
    let (drift, time) = match progress.behind_seconds {
        b if b > 60 => ("behind", format_seconds(b)),
        b if b < -60 => ("ahead", format_seconds(b.saturating_neg())),
        _ => ("on-time", String::new()),
    };
    let end = progress.projected_end.format("%H:%M").to_string();
    if progress.skipped == 0 {
        tr!("live-progress", drift = drift, time = time, end = end)
    } else {
        tr!(
            "live-progress-skipped",
            drift = drift,
            time = time,
            end = end,
            skipped = progress.skipped,
            minutes = progress.skipped_minutes,
        )
    }
}

/// The colour of the day's progress line: a warning once more than a minute behind.
pub fn progress_colour(ui: &Ui, progress: &DayProgress) -> egui::Color32 {
    if progress.behind_seconds > 60 {
        theme::warning(ui)
    } else {
        theme::ok(ui)
    }
}

pub fn ui(ui: &mut Ui, doc: &Document, item: &AgendaItem, now: NaiveDateTime, actions: &mut Vec<Action>) {
    let clock = ItemClock::of(item, now);
    let ctx = ui.ctx().clone();
    ui.horizontal(|ui| {
        let state = if item.status == ItemStatus::Paused {
            tr!("live-state-paused")
        } else {
            tr!("live-state-now")
        };
        ui.label(RichText::new(state).strong());
        widgets::styled(ui, &item.title, RichText::heading);
    });
    ui.horizontal(|ui| {
        let colour = phase_colour(ui, clock.phase, ui.visuals().strong_text_color());
        ui.label(
            RichText::new(remaining_words(&clock))
                .size(28.0)
                .color(colour)
                .strong(),
        );
        widgets::label(
            ui,
            &tr!(
                "live-elapsed",
                elapsed = format_seconds(clock.elapsed),
                minutes = item.duration_minutes
            ),
        );
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
        if widgets::button(ui, &tr!("live-finish-item")).clicked() {
            actions.extend(run::finish(doc, now));
        }
    });
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn progress(behind_seconds: i64, skipped: usize, skipped_minutes: i64) -> DayProgress {
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2007, 9, 5)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .unwrap_or_default()
        };
        DayProgress {
            behind_seconds,
            skipped,
            skipped_minutes,
            planned_end: at(17, 30),
            projected_end: at(17, 34),
        }
    }

    #[test]
    fn progress_reads_as_one_sentence() {
        assert_eq!(
            progress_words(&progress(240, 0, 0)),
            "4:00 behind: the day now ends at 17:34"
        );
        assert_eq!(
            progress_words(&progress(-120, 0, 0)),
            "2:00 ahead: the day now ends at 17:34"
        );
        assert_eq!(
            progress_words(&progress(30, 0, 0)),
            "On time: the day now ends at 17:34"
        );
        assert_eq!(
            progress_words(&progress(240, 2, 45)),
            "4:00 behind: the day now ends at 17:34 with 2 items skipped (45 min)"
        );
        assert_eq!(
            progress_words(&progress(240, 1, 20)),
            "4:00 behind: the day now ends at 17:34 with 1 item skipped (20 min)"
        );
    }
}
