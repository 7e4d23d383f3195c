//! The agenda: the days and their items, planned and run live.

use chrono::NaiveDateTime;
use egui::Ui;

use super::{agenda_days, agenda_editor, capture, live, participation, speakers, theme};
use crate::action::Action;
use crate::command::Command;
use crate::live as run;
use crate::model::{Document, Id, ItemStatus};

/// View state of the agenda panel.
#[derive(Default)]
pub struct AgendaPanel {
    pub selected: Option<Id>,
    capture: capture::CaptureState,
    days: agenda_days::DayList,
    speakers: speakers::SpeakerState,
}

impl AgendaPanel {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        state: u64,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        if run::current(doc).is_some() {
            self.capture.shortcuts(ui);
        }
        egui::Panel::right("agenda_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    match self.selected.and_then(|id| doc.agenda_item(id)) {
                        Some(item) => agenda_editor::item_ui(ui, doc, item, now, actions),
                        None => agenda_editor::meeting_ui(ui, doc, actions),
                    }
                    ui.separator();
                    participation::ui(ui, doc, now);
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            if let Some(current) = run::current(doc) {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    live::ui(ui, doc, current, now, actions);
                    ui.columns(2, |columns| {
                        if let [left, right] = columns {
                            self.speakers.ui(left, doc, current, now, actions);
                            self.capture.ui(right, doc, current, now, actions);
                        }
                    });
                });
                ui.add_space(6.0);
            }
            self.days.ui(ui, doc, state, now, &mut self.selected, actions);
        });
    }

    /// What is typed in live capture and not yet added.
    pub fn capture_draft(&self) -> String {
        self.capture.draft()
    }

    /// Puts back words typed in live capture before a crash.
    pub fn restore_capture_draft(&mut self, draft: &str) {
        self.capture.restore_draft(draft);
    }

    /// Runs a command of the Meeting menu.
    pub fn command(
        &mut self,
        command: Command,
        doc: &Document,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        match command {
            Command::StartItem => {
                // A paused item is resumed; with nothing running, the selected item
                // starts. Jumping to another item is the editor's "Start this item".
                let target = match run::current(doc) {
                    Some(current) if current.status == ItemStatus::Paused => Some(current.id),
                    Some(_) => None,
                    None => self.selected,
                };
                if let Some(id) = target {
                    actions.extend(run::start(doc, id, now));
                }
            }
            Command::PauseItem => actions.extend(run::pause(doc, now)),
            Command::NextItem => {
                actions.extend(run::next(doc, now));
                self.selected = None;
            }
            Command::NextSpeaker => {
                if let Some(current) = run::current(doc) {
                    actions.push(run::next_speaker(current, now));
                }
            }
            _ => {}
        }
    }
}
