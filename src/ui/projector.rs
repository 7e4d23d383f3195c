//! The room's screen, in large type: the running item with its clock, the
//! recommendations, or the partnership board. It has no controls: the audience
//! sees it, so what it shows and its theme are chosen in the main window's
//! Meeting menu.

use crate::tr;
use chrono::NaiveDateTime;
use egui::{RichText, Ui};

use super::{live, widgets};
use crate::live as run;
use crate::model::schedule::{self, ItemClock};
use crate::model::{AgendaItem, Document, RecordKind};

/// What the projector shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProjectorContent {
    /// The running item, its clock, the speaker and how the day is going.
    #[default]
    Clock,
    /// The recommendations of the meeting, numbered.
    Recommendations,
    /// The partnership board: titles and partners by stage.
    Board,
}

impl ProjectorContent {
    pub const ALL: [Self; 3] = [Self::Clock, Self::Recommendations, Self::Board];

    /// Words for the "Projector shows" menu.
    pub fn label(self) -> String {
        match self {
            Self::Clock => tr!("projector-shows-clock"),
            Self::Recommendations => tr!("projector-shows-recommendations"),
            Self::Board => tr!("projector-shows-board"),
        }
    }
}

/// The facilitator's choices for the projector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectorSettings {
    pub content: ProjectorContent,
    pub dark: bool,
}

impl Default for ProjectorSettings {
    fn default() -> Self {
        Self {
            content: ProjectorContent::default(),
            dark: true,
        }
    }
}

impl ProjectorSettings {
    /// The "Projector shows" and "Projector theme" submenus of the Meeting menu.
    pub fn menu_ui(&mut self, ui: &mut Ui) {
        widgets::menu_button(ui, &tr!("projector-menu-content"), |ui| {
            for content in ProjectorContent::ALL {
                widgets::radio_value(ui, &mut self.content, content, &content.label());
            }
        });
        widgets::menu_button(ui, &tr!("projector-menu-theme"), |ui| {
            widgets::radio_value(ui, &mut self.dark, true, &tr!("projector-theme-dark"));
            widgets::radio_value(ui, &mut self.dark, false, &tr!("projector-theme-light"));
        });
    }

    pub fn visuals(self) -> egui::Visuals {
        if self.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        }
    }
}

/// Draws the projector view.
pub fn ui(ui: &mut Ui, doc: &Document, now: NaiveDateTime, content: ProjectorContent) {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(now.format("%H:%M").to_string()).size(28.0).strong());
        });
    });
    ui.vertical_centered(|ui| {
        widgets::styled(ui, &doc.meeting.title, |t| t.size(24.0));
    });
    ui.separator();
    match content {
        ProjectorContent::Clock => match run::current(doc) {
            Some(item) => clock_ui(ui, doc, item, now),
            None => {
                ui.vertical_centered(|ui| {
                    ui.add_space(80.0);
                    widgets::styled(ui, &tr!("projector-welcome"), |t| t.size(64.0).strong());
                });
            }
        },
        ProjectorContent::Recommendations => recommendations_ui(ui, doc),
        ProjectorContent::Board => super::projector_board::ui(ui, doc),
    }
}

fn clock_ui(ui: &mut Ui, doc: &Document, item: &AgendaItem, now: NaiveDateTime) {
    ui.vertical_centered(|ui| {
        ui.add_space(16.0);
        widgets::styled(ui, &item.title, |t| t.size(40.0).strong());
        let clock = ItemClock::of(item, now);
        let colour = live::phase_colour(ui, clock.phase, ui.visuals().strong_text_color());
        widgets::styled(ui, &live::remaining_words(&clock), |t| {
            t.size(96.0).color(colour).strong()
        });
        if let Some(turn) = item.current_speaker() {
            let name = doc.speaker_name(turn);
            let words = if turn.is_paused() {
                tr!("projector-speaking-paused", name = &name)
            } else {
                tr!("projector-speaking", name = &name)
            };
            widgets::styled(ui, &words, |t| t.size(40.0).strong());
        }
        if let Some(progress) = schedule::day_progress(doc, item.day, now) {
            ui.add_space(8.0);
            let colour = live::progress_colour(ui, &progress);
            widgets::styled(ui, &live::progress_words(&progress), |t| {
                t.size(28.0).color(colour)
            });
        }
    });
    decisions_ui(ui, doc, item);
}

/// The decisions taken so far under the running item.
fn decisions_ui(ui: &mut Ui, doc: &Document, item: &AgendaItem) {
    let decisions: Vec<_> = doc
        .records
        .iter()
        .filter(|r| r.agenda_item == Some(item.id))
        .filter_map(|r| match &r.kind {
            RecordKind::Decision { outcome } => Some((r.text.as_str(), outcome.as_str())),
            _ => None,
        })
        .collect();
    if decisions.is_empty() {
        return;
    }
    ui.add_space(16.0);
    widgets::styled(ui, &tr!("projector-agreed-so-far"), |t| t.size(30.0).strong());
    for (text, outcome) in decisions {
        let line = if outcome.is_empty() {
            tr!("projector-decision", text = text)
        } else {
            tr!("projector-decision-outcome", text = text, outcome = outcome)
        };
        widgets::paragraph_styled(ui, &line, &egui::FontId::proportional(28.0), None);
    }
}

fn recommendations_ui(ui: &mut Ui, doc: &Document) {
    let records = crate::model::recommendations::recommended(doc);
    ui.vertical_centered(|ui| {
        ui.add_space(16.0);
        widgets::styled(ui, &tr!("projector-recommendations"), |t| t.size(48.0).strong());
    });
    ui.add_space(16.0);
    if records.is_empty() {
        ui.vertical_centered(|ui| {
            widgets::styled(ui, &tr!("projector-no-recommendations"), |t| t.size(36.0));
        });
        return;
    }
    // The audience cannot scroll, but the facilitator can with the wheel when
    // the list outgrows the screen; no scroll bar is drawn for the room.
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(ui, |ui| {
            for (number, record) in (1_usize..).zip(records) {
                let text = tr!("projector-recommendation", number = number, text = &record.text);
                widgets::paragraph_styled(ui, &text, &egui::FontId::proportional(36.0), None);
                if let RecordKind::Decision { outcome } = &record.kind
                    && !outcome.trim().is_empty()
                {
                    widgets::paragraph_styled(
                        ui,
                        outcome,
                        &egui::FontId::proportional(24.0),
                        Some(ui.visuals().weak_text_color()),
                    );
                }
                ui.add_space(12.0);
            }
        });
}
