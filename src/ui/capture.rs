//! Live capture: notes, decisions, action items and partnership ideas, typed
//! into the running item with the keyboard alone.

use chrono::{NaiveDate, NaiveDateTime};
use egui::{Key, Modifiers, Ui};

use super::{speakers::matching_people, theme, widgets};
use crate::action::Action;
use crate::model::{ActionStatus, AgendaItem, Document, Id, Partnership, Record, RecordKind, StageChange};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Note,
    Decision,
    ActionItem,
    Partnership,
}

impl Kind {
    const ALL: [(Self, Key, &'static str); 4] = [
        (Self::Note, Key::Num1, "Note"),
        (Self::Decision, Key::Num2, "Decision"),
        (Self::ActionItem, Key::Num3, "Action item"),
        (Self::Partnership, Key::Num4, "Partnership idea"),
    ];
}

/// What the rapporteur is typing.
#[derive(Default)]
pub struct CaptureState {
    kind: Kind,
    text: String,
    outcome: String,
    owner: String,
    due: String,
    error: Option<String>,
    /// The item that was running when typing began: what is typed is filed there,
    /// even if the facilitator moves on before Enter.
    for_item: Option<Id>,
}

/// The id of the capture text field, to jump to it from anywhere.
fn text_id() -> egui::Id {
    egui::Id::unique("capture_text")
}

impl CaptureState {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &AgendaItem,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        let text_id = text_id();
        ui.horizontal_wrapped(|ui| {
            ui.strong("Capture");
            for (kind, key, label) in Kind::ALL {
                let shortcut = ui
                    .ctx()
                    .format_shortcut(&egui::KeyboardShortcut::new(Modifiers::COMMAND, key));
                ui.selectable_value(&mut self.kind, kind, format!("{label} ({shortcut})"));
            }
        });
        let mut entered = false;
        let mut field = |ui: &mut Ui, label: &str, value: &mut String, id: Option<egui::Id>| {
            ui.horizontal(|ui| {
                let label = ui.add_sized([90.0, 18.0], egui::Label::new(label));
                let mut edit = egui::TextEdit::singleline(value).desired_width(ui.available_width());
                if let Some(id) = id {
                    edit = edit.id(id);
                }
                let response = ui.add(edit).labelled_by(label.id);
                entered |= response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            });
        };
        let text_label = if self.kind == Kind::Partnership {
            "Idea"
        } else {
            "Text"
        };
        field(ui, text_label, &mut self.text, Some(text_id));
        match self.kind {
            Kind::Decision => field(ui, "Outcome", &mut self.outcome, None),
            Kind::ActionItem => {
                field(ui, "Owner", &mut self.owner, None);
                field(ui, "Due date", &mut self.due, None);
            }
            Kind::Note | Kind::Partnership => {}
        }
        if self.kind == Kind::ActionItem && !self.owner.trim().is_empty() {
            let owner = matching_people(doc, &self.owner).into_iter().next();
            ui.weak(owner.map_or_else(
                || "No such person".to_owned(),
                |(_, name)| format!("Owner: {}", widgets::rich(&name)),
            ));
        }
        ui.weak("Enter adds it, stamped with the time and this item; Ctrl+K jumps here");
        if let Some(error) = &self.error {
            ui.colored_label(theme::ERROR, error);
        }
        if self.text.trim().is_empty() {
            self.for_item = None;
        } else if self.for_item.is_none() {
            self.for_item = Some(item.id);
        }
        if let Some(other) = self.for_item.filter(|id| *id != item.id) {
            let title = doc
                .agenda_item(other)
                .map_or_else(String::new, |a| widgets::rich(&a.title));
            ui.colored_label(
                theme::WARNING,
                format!("Typed during {title}: it will be filed there"),
            );
            if ui.small_button("File it under the current item").clicked() {
                self.for_item = Some(item.id);
            }
        }
        if entered && !self.text.trim().is_empty() {
            self.submit(doc, self.for_item.unwrap_or(item.id), now, actions);
            ui.memory_mut(|m| m.request_focus(text_id));
        }
        records_ui(ui, doc, item);
    }

    /// Everything typed and not yet added, as one line.
    pub fn draft(&self) -> String {
        [&self.text, &self.outcome, &self.owner, &self.due]
            .into_iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// Puts back a draft kept by a recovery copy, unless something is being typed.
    pub fn restore_draft(&mut self, draft: &str) {
        if self.text.trim().is_empty() {
            draft.clone_into(&mut self.text);
        }
    }

    /// Reads the capture shortcuts. Called before any text field is drawn, so that
    /// Ctrl+K jumps here instead of reaching the field that has the keyboard.
    pub fn shortcuts(&mut self, ui: &Ui) {
        let text_id = text_id();
        ui.input_mut(|input| {
            for (kind, key, _) in Kind::ALL {
                if input.consume_key(Modifiers::COMMAND, key) {
                    self.kind = kind;
                }
            }
        });
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::K)) {
            ui.memory_mut(|m| m.request_focus(text_id));
        }
    }

    fn submit(&mut self, doc: &Document, item: Id, now: NaiveDateTime, actions: &mut Vec<Action>) {
        let text = self.text.trim().to_owned();
        let kind = match self.kind {
            Kind::Note => RecordKind::Note,
            Kind::Decision => RecordKind::Decision {
                outcome: self.outcome.trim().to_owned(),
            },
            Kind::ActionItem => {
                let due = self.due.trim();
                let due = if due.is_empty() {
                    None
                } else if let Ok(date) = NaiveDate::parse_from_str(due, "%Y-%m-%d") {
                    Some(date)
                } else {
                    self.error = Some(format!("The due date {due} is not a date like 2007-10-15"));
                    return;
                };
                let owner = if self.owner.trim().is_empty() {
                    None
                } else if let Some((id, _)) = matching_people(doc, &self.owner).into_iter().next() {
                    Some(id)
                } else {
                    self.error = Some(format!("Nobody called {} is in the registry", self.owner.trim()));
                    return;
                };
                RecordKind::Action {
                    owner,
                    due,
                    status: ActionStatus::Open,
                }
            }
            Kind::Partnership => {
                let stage = doc
                    .vocabularies
                    .stages
                    .first()
                    .map(|t| t.key.clone())
                    .unwrap_or_default();
                actions.push(Action::UpsertPartnership(Partnership {
                    title: text,
                    stage: stage.clone(),
                    born_at: Some(item),
                    stage_history: vec![StageChange {
                        stage,
                        at: crate::model::now(),
                    }],
                    ..Partnership::default()
                }));
                self.clear();
                return;
            }
        };
        actions.push(Action::UpsertRecord(Record {
            agenda_item: Some(item),
            captured_at: Some(now),
            text,
            kind,
            ..Record::default()
        }));
        self.clear();
    }

    fn clear(&mut self) {
        self.text.clear();
        self.outcome.clear();
        self.owner.clear();
        self.due.clear();
        self.error = None;
        self.for_item = None;
    }
}

/// The latest records of the item.
fn records_ui(ui: &mut Ui, doc: &Document, item: &AgendaItem) {
    let records: Vec<&Record> = doc
        .records
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| r.agenda_item == Some(item.id))
        .collect();
    if records.is_empty() {
        return;
    }
    ui.separator();
    ui.weak(format!("{} captured in this item", records.len()));
    for record in records.iter().rev().take(5) {
        let time = record
            .captured_at
            .map(|t| t.format("%H:%M ").to_string())
            .unwrap_or_default();
        let extra = match &record.kind {
            RecordKind::Decision { outcome } if !outcome.is_empty() => format!(": {outcome}"),
            _ => String::new(),
        };
        ui.label(format!(
            "{time}{}: {}{extra}",
            record.kind.label(),
            widgets::rich(&record.text)
        ));
    }
}
