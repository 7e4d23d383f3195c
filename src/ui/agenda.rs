//! The agenda: the days and their items, planned and run live.

use chrono::{NaiveDate, NaiveDateTime};
use egui::{Key, Modifiers, Ui};

use super::{agenda_editor, capture, live, participation, speakers, theme, widgets};
use crate::action::Action;
use crate::command::Command;
use crate::live as run;
use crate::model::schedule::{self, format_seconds};
use crate::model::{AgendaItem, Document, Id, ItemStatus};

/// View state of the agenda panel.
#[derive(Default)]
pub struct AgendaPanel {
    pub selected: Option<Id>,
    capture: capture::CaptureState,
    speakers: speakers::SpeakerState,
}

impl AgendaPanel {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, now: NaiveDateTime, actions: &mut Vec<Action>) {
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
            egui::ScrollArea::vertical().show(ui, |ui| self.days_ui(ui, doc, now, actions));
        });
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

    fn days_ui(&mut self, ui: &mut Ui, doc: &Document, now: NaiveDateTime, actions: &mut Vec<Action>) {
        if ui
            .selectable_label(self.selected.is_none(), "Meeting details")
            .clicked()
        {
            self.selected = None;
        }
        ui.weak("Drag items to reorder them, or select one and press Alt+Up or Alt+Down");
        for day in schedule::days(doc) {
            let items = schedule::items_of_day(doc, day);
            ui.add_space(8.0);
            day_header_ui(ui, doc, day, &items, now);
            for (i, item) in items.iter().enumerate() {
                self.row_ui(ui, item, actions);
                if self.selected == Some(item.id) {
                    Self::keyboard_reorder(ui, &items, i, actions);
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
        ui.add_space(8.0);
        if ui.button("Add day").clicked() {
            actions.push(Action::SetMeeting(with_another_day(doc, now.date())));
        }
    }

    fn row_ui(&mut self, ui: &mut Ui, item: &AgendaItem, actions: &mut Vec<Action>) {
        let response = ui
            .horizontal(|ui| {
                let (marker, colour) = match item.status {
                    ItemStatus::Running => ("Running", theme::OK),
                    ItemStatus::Paused => ("Paused", theme::WARNING),
                    ItemStatus::Done => ("Done", ui.visuals().weak_text_color()),
                    ItemStatus::Skipped => ("Skipped", ui.visuals().weak_text_color()),
                    ItemStatus::Planned => ("", ui.visuals().weak_text_color()),
                };
                ui.add_sized(
                    [58.0, 18.0],
                    egui::Label::new(egui::RichText::new(marker).color(colour).small()),
                );
                let parallel = if item.parallel { " (in parallel)" } else { "" };
                let text = format!(
                    "{}  {:>3} min  {}  ·  {}{parallel}",
                    item.planned_start.format("%H:%M"),
                    item.duration_minutes,
                    widgets::rich(&item.title),
                    item.kind.label()
                );
                // The row is both selected by a click and dragged to reorder.
                let row = ui
                    .add(egui::Button::selectable(self.selected == Some(item.id), text))
                    .interact(egui::Sense::drag());
                if row.clicked() {
                    self.selected = Some(item.id);
                }
                if row.drag_started() {
                    row.dnd_set_drag_payload(item.id);
                }
                row
            })
            .inner;
        if let Some(dragged) = response.dnd_hover_payload::<Id>()
            && *dragged != item.id
        {
            let y = response.rect.top();
            ui.painter()
                .hline(response.rect.x_range(), y, egui::Stroke::new(2.0, theme::OK));
        }
        if let Some(dragged) = response.dnd_release_payload::<Id>()
            && *dragged != item.id
        {
            actions.push(Action::MoveAgendaItem {
                id: *dragged,
                before: Some(item.id),
                day: item.day,
            });
        }
    }

    fn keyboard_reorder(ui: &Ui, items: &[&AgendaItem], index: usize, actions: &mut Vec<Action>) {
        let Some(item) = items.get(index) else { return };
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let (up, down) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::ALT, Key::ArrowUp),
                i.consume_key(Modifiers::ALT, Key::ArrowDown),
            )
        });
        if up && let Some(previous) = index.checked_sub(1).and_then(|p| items.get(p)) {
            actions.push(Action::MoveAgendaItem {
                id: item.id,
                before: Some(previous.id),
                day: item.day,
            });
        }
        if down && index + 1 < items.len() {
            let before = items.get(index + 2).map(|a| a.id);
            actions.push(Action::MoveAgendaItem {
                id: item.id,
                before,
                day: item.day,
            });
        }
    }
}

fn day_header_ui(ui: &mut Ui, doc: &Document, day: NaiveDate, items: &[&AgendaItem], now: NaiveDateTime) {
    let (starts, ends) = schedule::day_hours(doc, day);
    let planned = schedule::planned_minutes(items);
    let available = schedule::available_minutes(starts, ends);
    ui.horizontal(|ui| {
        ui.heading(day.format("%A %-d %B %Y").to_string());
        let text = format!(
            "{} of {} planned, {}–{}",
            hours(planned),
            hours(available),
            starts.format("%H:%M"),
            ends.format("%H:%M")
        );
        if planned > available {
            ui.colored_label(
                theme::ERROR,
                format!("{text}: {} too long", hours(planned - available)),
            );
        } else {
            ui.weak(text);
        }
    });
    if let Some(progress) = schedule::day_progress(doc, day, now) {
        let behind = progress.behind_seconds;
        let (colour, words) = match behind {
            b if b > 60 => (theme::WARNING, format!("{} behind", format_seconds(b))),
            b if b < -60 => (theme::OK, format!("{} ahead", format_seconds(b.saturating_neg()))),
            _ => (theme::OK, "on time".to_owned()),
        };
        ui.colored_label(
            colour,
            format!(
                "{words}: the day now ends at {}",
                progress.projected_end.format("%H:%M")
            ),
        );
    }
}

/// The meeting with one more day: the day after its last, or `today` for the first.
fn with_another_day(doc: &Document, today: NaiveDate) -> crate::model::Meeting {
    let mut meeting = doc.meeting.clone();
    let date = schedule::days(doc)
        .last()
        .and_then(NaiveDate::succ_opt)
        .unwrap_or(today);
    let (starts, ends) = schedule::day_hours(doc, date);
    meeting.days.push(crate::model::MeetingDay { date, starts, ends });
    meeting.modified = crate::model::now();
    meeting
}

fn hours(minutes: i64) -> String {
    format!("{} h {:02} min", minutes / 60, minutes % 60)
}
