//! The record of one agenda item: what was captured during it, in time order,
//! each line readable at a glance and editable in place.

use chrono::NaiveDate;
use egui::Ui;

use super::{theme, widgets};
use crate::action::Action;
use crate::model::actions::with_status;
use crate::model::{
    ActionStatus, AgendaItem, Document, Id, Partnership, Record, RecordKind, Vocabularies, now,
    recommendations,
};
use crate::tr;

/// Which record of the list is open for editing, and a due date being typed.
#[derive(Default)]
pub struct RecordList {
    editing: Option<Id>,
    due_text: String,
    due_error: Option<String>,
    /// The meeting day, which "tomorrow" in a due date counts from.
    today: NaiveDate,
}

/// The records captured during `item`, in the order they were captured.
pub fn records_of(doc: &Document, item: Id) -> Vec<&Record> {
    let mut records: Vec<&Record> = doc
        .records
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| r.agenda_item == Some(item))
        .collect();
    // Records without a time keep their place after the timed ones.
    records.sort_by_key(|r| (r.captured_at.is_none(), r.captured_at));
    records
}

/// The partnerships first proposed during `item`.
pub fn ideas_of(doc: &Document, item: Id) -> Vec<&Partnership> {
    doc.partnerships
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| p.born_at == Some(item))
        .collect()
}

/// One record as a sentence: its kind, its text and its details.
pub fn describe(doc: &Document, record: &Record) -> String {
    let text = record.text.trim();
    match &record.kind {
        RecordKind::Note => tr!("record-note-line", text = text),
        RecordKind::Decision { outcome } if outcome.trim().is_empty() => {
            tr!("record-decision-line", text = text)
        }
        RecordKind::Decision { outcome } => {
            tr!(
                "record-decision-outcome-line",
                text = text,
                outcome = outcome.trim()
            )
        }
        RecordKind::Action { owner, due, status } => {
            // The message says "nobody yet" and "no due date" itself.
            let yes_no = |known: bool| if known { "yes" } else { "no" };
            let owner_name = owner.map(|_| doc.person_name(*owner)).unwrap_or_default();
            let due_date = due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
            tr!(
                "record-action-line",
                text = text,
                owned = yes_no(owner.is_some()),
                owner = owner_name,
                dated = yes_no(due.is_some()),
                due = due_date,
                status = status.key(),
            )
        }
    }
}

/// When a record was captured: "09:05", or "added later at 11:20".
pub fn when(record: &Record) -> String {
    match (record.captured_at, record.added_later) {
        (Some(at), false) => at.format("%H:%M").to_string(),
        (Some(at), true) => tr!("record-added-later", time = at.format("%H:%M").to_string()),
        (None, _) => String::new(),
    }
}

impl RecordList {
    /// Draws the record of `item`; `show_card` is set when a partnership idea is
    /// followed to the board.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &AgendaItem,
        today: NaiveDate,
        show_card: &mut Option<Id>,
        actions: &mut Vec<Action>,
    ) {
        self.today = today;
        let records = records_of(doc, item.id);
        let ideas = ideas_of(doc, item.id);
        if records.is_empty() && ideas.is_empty() {
            widgets::weak(ui, &tr!("record-nothing-yet"));
        }
        for record in records {
            ui.push_id(record.id, |ui| self.record_ui(ui, doc, record, actions));
        }
        for idea in ideas {
            ui.push_id(idea.id, |ui| idea_ui(ui, doc, idea, show_card));
        }
    }

    fn record_ui(&mut self, ui: &mut Ui, doc: &Document, record: &Record, actions: &mut Vec<Action>) {
        let editing = self.editing == Some(record.id);
        ui.horizontal_wrapped(|ui| {
            widgets::weak(ui, &when(record));
            if recommendations::is_recommended(&doc.meeting, record.id) {
                widgets::colored(ui, theme::ok(ui), &tr!("record-recommendation-badge"));
            }
        });
        widgets::paragraph(ui, &describe(doc, record));
        ui.horizontal(|ui| {
            let (text, name) = if editing {
                (tr!("record-close"), tr!("record-close-name"))
            } else {
                (tr!("record-edit"), tr!("record-edit-name"))
            };
            if widgets::named_button(ui, &text, &name).clicked() {
                self.editing = if editing { None } else { Some(record.id) };
                self.due_text = record
                    .action()
                    .and_then(|(_, due, _)| due)
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default();
                self.due_error = None;
            }
            if let Some((_, _, status)) = record.action()
                && status != ActionStatus::Done
                && widgets::named_button(ui, &tr!("record-mark-done"), &tr!("record-mark-done-name"))
                    .clicked()
            {
                actions.extend(with_status(record, ActionStatus::Done).map(Action::UpsertRecord));
            }
            if widgets::named_button(ui, &tr!("record-delete"), &tr!("record-delete-name")).clicked() {
                actions.push(Action::Remove(record.id));
            }
        });
        if editing {
            egui::Frame::group(ui.style()).show(ui, |ui| self.editor_ui(ui, doc, record, actions));
        }
        ui.add_space(4.0);
    }

    fn editor_ui(&mut self, ui: &mut Ui, doc: &Document, record: &Record, actions: &mut Vec<Action>) {
        let mut draft = record.clone();
        let mut kind = record.kind.key().to_owned();
        widgets::choice(ui, &tr!("record-kind-field"), &mut kind, &RecordKind::choices());
        if kind != record.kind.key() {
            draft.kind = record.kind.with_key(&kind);
        }
        widgets::text_area(ui, &tr!("record-text-field"), &mut draft.text);
        let mut meeting = None;
        match &mut draft.kind {
            RecordKind::Note => {}
            RecordKind::Decision { outcome } => {
                widgets::text_field(ui, &tr!("record-outcome-field"), outcome);
                let was = recommendations::is_recommended(&doc.meeting, record.id);
                let mut recommended = was;
                widgets::checkbox(ui, &mut recommended, &tr!("record-recommended"));
                if recommended != was {
                    meeting = if recommended {
                        recommendations::mark(doc, record.id)
                    } else {
                        recommendations::unmark(&doc.meeting, record.id)
                    };
                }
            }
            RecordKind::Action { owner, due, status } => {
                widgets::person_choice(ui, doc, &tr!("record-owner-field"), owner);
                self.due_ui(ui, due);
                let mut key = format!("{status:?}");
                let statuses: Vec<(String, String)> = ActionStatus::ALL
                    .iter()
                    .map(|s| (format!("{s:?}"), s.label()))
                    .collect();
                widgets::choice(ui, &tr!("record-status-field"), &mut key, &statuses);
                if let Some(chosen) = ActionStatus::ALL.into_iter().find(|s| format!("{s:?}") == key) {
                    *status = chosen;
                }
            }
        }
        if draft != *record {
            draft.modified = now();
            actions.push(Action::UpsertRecord(draft));
        }
        if let Some(meeting) = meeting {
            actions.push(Action::SetRecommendations(meeting.recommendations));
        }
    }

    /// The due date as typed: stored once it reads as a date, else the reason is shown.
    fn due_ui(&mut self, ui: &mut Ui, due: &mut Option<NaiveDate>) {
        let response = widgets::text_field(ui, &tr!("record-due-field"), &mut self.due_text);
        if response.changed() {
            self.due_error = None;
        }
        // Read once the typing is over: "15/10/20" on the way to "15/10/2008"
        // is not a date to keep.
        if response.lost_focus() {
            match crate::model::dates::parse_date(&self.due_text, self.today) {
                Ok(date) => *due = date,
                Err(e) => self.due_error = Some(e.to_string()),
            }
        }
        if let Some(error) = &self.due_error {
            widgets::colored_sentence(ui, theme::error(ui), error);
        }
    }
}

fn idea_ui(ui: &mut Ui, doc: &Document, idea: &Partnership, show_card: &mut Option<Id>) {
    let stage = Vocabularies::label(&doc.vocabularies.stages, &idea.stage);
    widgets::paragraph(
        ui,
        &tr!("record-idea-line", title = idea.title.trim(), stage = stage),
    );
    ui.horizontal_wrapped(|ui| {
        if widgets::named_button(
            ui,
            &tr!("record-show-on-board"),
            &tr!("record-show-on-board-name"),
        )
        .clicked()
        {
            *show_card = Some(idea.id);
        }
    });
}
