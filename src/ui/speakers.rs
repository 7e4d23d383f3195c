//! The speakers' queue of the running item.

use chrono::NaiveDateTime;
use egui::{Key, Ui};

use super::{theme, widgets};
use crate::action::Action;
use crate::command::{Command, with_shortcut};
use crate::live as run;
use crate::model::schedule::format_seconds;
use crate::model::{AgendaItem, Document, Id};

const SUGGESTIONS: usize = 6;

/// What is being typed to add a speaker.
#[derive(Default)]
pub struct SpeakerState {
    query: String,
    limit_minutes: u32,
}

impl SpeakerState {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &AgendaItem,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        ui.strong("Speakers");
        if let Some(turn) = item.current_speaker() {
            let spoken = turn.spoken_seconds(now);
            let over = turn.limit_seconds.is_some_and(|limit| spoken > limit);
            let limit = turn
                .limit_seconds
                .map(|l| format!(" of {}", format_seconds(l)))
                .unwrap_or_default();
            let text = format!(
                "Speaking: {}  {}{limit}",
                widgets::rich(&doc.person_name(Some(turn.person))),
                format_seconds(spoken)
            );
            ui.colored_label(if over { theme::ERROR } else { theme::OK }, text);
        }
        ui.horizontal(|ui| {
            if ui.button(with_shortcut(ui.ctx(), Command::NextSpeaker)).clicked() {
                actions.push(run::next_speaker(item, now));
            }
            if item.current_speaker().is_some() && ui.button("Stop speaker").clicked() {
                actions.push(run::stop_speaker(item, now));
            }
        });
        for (i, turn) in item.speakers.iter().enumerate().filter(|(_, t)| t.is_waiting()) {
            ui.horizontal(|ui| {
                ui.label(widgets::rich(&doc.person_name(Some(turn.person))));
                ui.push_id(i, |ui| {
                    if ui.small_button("Earlier").clicked() {
                        actions.extend(run::move_speaker(item, i, true));
                    }
                    if ui.small_button("Later").clicked() {
                        actions.extend(run::move_speaker(item, i, false));
                    }
                    if ui
                        .small_button("×")
                        .on_hover_text("Remove from the queue")
                        .clicked()
                    {
                        actions.extend(run::remove_speaker(item, i));
                    }
                });
            });
        }
        self.add_ui(ui, doc, item, actions);
    }

    fn add_ui(&mut self, ui: &mut Ui, doc: &Document, item: &AgendaItem, actions: &mut Vec<Action>) {
        let (field, entered) = ui
            .horizontal(|ui| {
                let label = ui.label("Add speaker");
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.query)
                            .hint_text("type a name")
                            .desired_width(180.0),
                    )
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                let limit = ui.label("Limit (min)");
                ui.add(egui::DragValue::new(&mut self.limit_minutes).range(0..=60))
                    .labelled_by(limit.id);
                (field, entered)
            })
            .inner;
        if self.query.trim().is_empty() {
            return;
        }
        let matches = matching_people(doc, &self.query);
        let limit = (self.limit_minutes > 0).then(|| i64::from(self.limit_minutes) * 60);
        let mut chosen: Option<Id> = None;
        for (id, name) in &matches {
            if ui.button(widgets::rich(name)).clicked() {
                chosen = Some(*id);
            }
        }
        if entered {
            chosen = matches.first().map(|(id, _)| *id);
            field.request_focus();
        }
        if let Some(person) = chosen {
            actions.push(run::queue_speaker(item, person, limit));
            self.query.clear();
        }
    }
}

/// People whose name contains `query`, those starting with it first.
pub fn matching_people(doc: &Document, query: &str) -> Vec<(Id, String)> {
    let q = query.trim().to_lowercase();
    let mut found: Vec<(bool, Id, String)> = doc
        .people
        .iter()
        .filter_map(|p| {
            let name = p.name.to_lowercase();
            name.contains(&q)
                .then(|| (!name.starts_with(&q), p.id, p.name.clone()))
        })
        .take(200)
        .collect();
    found.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    found
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, id, name)| (id, name))
        .collect()
}
