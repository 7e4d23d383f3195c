//! The speakers' queue of the running item.

use crate::model::fold::fold;
use chrono::NaiveDateTime;
use egui::{Key, Ui};

use super::text_field::TextField;
use super::{theme, widgets};
use crate::action::Action;
use crate::command::{Command, with_shortcut};
use crate::live as run;
use crate::model::schedule::format_seconds;
use crate::model::{AgendaItem, Document, Id, Person, Shared, SpeakerTurn};
use crate::tr;

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
        widgets::styled(ui, &tr!("speakers-heading"), egui::RichText::strong);
        if let Some(turn) = item.current_speaker() {
            let spoken = turn.spoken_seconds(now);
            let over = turn.limit_seconds.is_some_and(|limit| spoken > limit);
            let name = doc.speaker_name(turn);
            let spoken = format_seconds(spoken);
            let text = match (turn.limit_seconds.map(format_seconds), turn.is_paused()) {
                (None, false) => tr!("speakers-speaking", name = &name, spoken = &spoken),
                (None, true) => tr!("speakers-speaking-paused", name = &name, spoken = &spoken),
                (Some(limit), false) => tr!(
                    "speakers-speaking-limit",
                    name = &name,
                    spoken = &spoken,
                    limit = limit
                ),
                (Some(limit), true) => tr!(
                    "speakers-speaking-limit-paused",
                    name = &name,
                    spoken = &spoken,
                    limit = limit
                ),
            };
            widgets::colored(ui, if over { theme::error(ui) } else { theme::ok(ui) }, &text);
        }
        ui.horizontal(|ui| {
            if ui.button(with_shortcut(ui.ctx(), Command::NextSpeaker)).clicked() {
                actions.push(run::next_speaker(item, now));
            }
            if item.current_speaker().is_some() && widgets::button(ui, &tr!("speakers-stop")).clicked() {
                actions.push(run::stop_speaker(item, now));
            }
        });
        for (i, turn) in item.speakers.iter().enumerate().filter(|(_, t)| t.is_waiting()) {
            ui.horizontal(|ui| {
                let name = doc.speaker_name(turn);
                widgets::label(ui, &name);
                ui.push_id(i, |ui| {
                    let earlier = tr!("speakers-earlier-name", name = &name);
                    if widgets::named_button(ui, &tr!("speakers-earlier"), &earlier).clicked() {
                        actions.extend(run::move_speaker(item, i, true));
                    }
                    let later = tr!("speakers-later-name", name = &name);
                    if widgets::named_button(ui, &tr!("speakers-later"), &later).clicked() {
                        actions.extend(run::move_speaker(item, i, false));
                    }
                    let remove = tr!("speakers-remove-name", name = &name);
                    if widgets::named_button(ui, &tr!("speakers-remove"), &remove)
                        .on_hover_text(crate::bidi::visual(&tr!("speakers-remove-hover")).into_owned())
                        .clicked()
                    {
                        actions.extend(run::remove_speaker(item, i));
                    }
                    guest_ui(ui, doc, turn, actions);
                });
            });
        }
        self.add_ui(ui, doc, item, actions);
    }

    fn add_ui(&mut self, ui: &mut Ui, doc: &Document, item: &AgendaItem, actions: &mut Vec<Action>) {
        let field_id = egui::Id::unique("add_speaker");
        let entered = ui
            .horizontal(|ui| {
                let label = widgets::label(ui, &tr!("speakers-add"));
                let field = TextField::singleline(&mut self.query)
                    .id(field_id)
                    .hint_text(crate::bidi::visual(&tr!("speakers-add-hint")).into_owned())
                    .desired_width(180.0)
                    .show(ui)
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                let limit = widgets::label(ui, &tr!("speakers-limit"));
                ui.add(egui::DragValue::new(&mut self.limit_minutes).range(0..=60))
                    .labelled_by(limit.id);
                entered
            })
            .inner;
        if entered {
            // The chair reads out the next name at once: the field keeps the keyboard.
            ui.memory_mut(|m| m.request_focus(field_id));
        }
        let query = self.query.trim().to_owned();
        if query.is_empty() {
            return;
        }
        let matches = matching_people(doc, &query);
        let limit = (self.limit_minutes > 0).then(|| i64::from(self.limit_minutes) * 60);
        let mut chosen: Option<Action> = None;
        for (id, name) in &matches {
            if widgets::button(ui, name).clicked() {
                chosen = Some(run::queue_speaker(item, *id, limit));
            }
        }
        let exact = matches
            .iter()
            .any(|(_, name)| name.trim().eq_ignore_ascii_case(&query));
        let floor = tr!("speakers-add-from-floor", name = &query);
        if !exact && widgets::button(ui, &floor).clicked() {
            chosen = Some(run::queue_guest(item, &query, limit));
        }
        if entered {
            // Enter takes the best match, or the name as given when nobody matches.
            chosen = Some(match matches.first() {
                Some((id, _)) => run::queue_speaker(item, *id, limit),
                None => run::queue_guest(item, &query, limit),
            });
        }
        if let Some(action) = chosen {
            actions.push(action);
            self.query.clear();
        }
    }
}

/// For a speaker from the floor: says so, and offers to add them to the registry.
fn guest_ui(ui: &mut Ui, doc: &Document, turn: &SpeakerTurn, actions: &mut Vec<Action>) {
    let Some(register) = run::register_guest(doc, turn) else {
        return;
    };
    widgets::weak(ui, &tr!("speakers-not-registered"));
    let name = tr!("speakers-register-name", name = turn.guest.trim());
    if widgets::named_button(ui, &tr!("speakers-register"), &name).clicked() {
        actions.push(register);
    }
}

/// People whose name contains `query`, those starting with it first.
///
/// Asked every frame while a name is typed: the answer is kept until the
/// query or any person changes. Records are replaced when edited, so holding
/// the records asked over and comparing addresses tells, and holding them
/// keeps an address from being reused by another record meanwhile.
pub fn matching_people(doc: &Document, query: &str) -> Vec<(Id, String)> {
    /// The query, the people it was asked over, and the answer.
    type Answer = (String, Vec<Shared<Person>>, Vec<(Id, String)>);
    thread_local! {
        static LAST: std::cell::RefCell<Option<Answer>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| {
        if let Some((q, seen, found)) = last.as_ref()
            && q == query
            && seen.len() == doc.people.len()
            && seen.iter().zip(&doc.people).all(|(a, b)| Shared::ptr_eq(a, b))
        {
            return found.clone();
        }
        let found = search_people(doc, query);
        *last = Some((query.to_owned(), doc.people.clone(), found.clone()));
        found
    })
}

fn search_people(doc: &Document, query: &str) -> Vec<(Id, String)> {
    let q = fold(query.trim());
    let mut found: Vec<(bool, &str, Id)> = doc
        .people
        .iter()
        .filter_map(|p| {
            let name = fold(&p.name);
            name.contains(&q)
                .then(|| (!name.starts_with(&q), p.name.as_str(), p.id))
        })
        .collect();
    let keep = found.len().min(SUGGESTIONS);
    if keep > 0 && keep < found.len() {
        found.select_nth_unstable(keep - 1);
        found.truncate(keep);
    }
    found.sort_unstable();
    found
        .into_iter()
        .map(|(_, name, id)| (id, name.to_owned()))
        .collect()
}
