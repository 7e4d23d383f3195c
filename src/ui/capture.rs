//! Live capture: notes, decisions, action items and partnership ideas, typed
//! into the running item with the keyboard alone.

use chrono::NaiveDateTime;
use egui::{Key, Modifiers, Ui};

use super::item_record::RecordList;
use super::text_field::TextField;
use super::{speakers::matching_people, theme, widgets};
use crate::action::Action;
use crate::model::{
    ActionStatus, AgendaItem, Document, Id, ItemStatus, Partnership, Record, RecordKind, StageChange,
};
use crate::tr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Note,
    Decision,
    ActionItem,
    Partnership,
}

impl Kind {
    /// Each kind and the key that chooses it with Ctrl.
    const ALL: [(Self, Key); 4] = [
        (Self::Note, Key::Num1),
        (Self::Decision, Key::Num2),
        (Self::ActionItem, Key::Num3),
        (Self::Partnership, Key::Num4),
    ];

    fn label(self) -> String {
        match self {
            Self::Note => tr!("capture-kind-note"),
            Self::Decision => tr!("capture-kind-decision"),
            Self::ActionItem => tr!("capture-kind-action"),
            Self::Partnership => tr!("capture-kind-partnership"),
        }
    }

    /// The label with the shortcut that chooses the kind, such as "Note (Ctrl+1)".
    fn label_with_shortcut(self, shortcut: String) -> String {
        match self {
            Self::Note => tr!("capture-kind-note-shortcut", shortcut = shortcut),
            Self::Decision => tr!("capture-kind-decision-shortcut", shortcut = shortcut),
            Self::ActionItem => tr!("capture-kind-action-shortcut", shortcut = shortcut),
            Self::Partnership => tr!("capture-kind-partnership-shortcut", shortcut = shortcut),
        }
    }
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
    /// The field to give the keyboard to next frame, such as the one an error is about.
    focus: Option<egui::Id>,
    /// What was captured in the running item, under the form.
    records: RecordList,
}

/// The ids of the fields of a capture form: `salt` tells the live form from
/// the one that adds to an item's record later.
fn field_id(salt: &str, field: &str) -> egui::Id {
    egui::Id::unique(("capture", salt, field))
}

/// The id of the live capture text field, to jump to it from anywhere.
fn text_id() -> egui::Id {
    field_id(LIVE, "text")
}

const LIVE: &str = "live";
const LATER: &str = "later";

impl CaptureState {
    /// The live form of the running item, and what was captured in it so far.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &AgendaItem,
        now: NaiveDateTime,
        show_card: &mut Option<Id>,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal_wrapped(|ui| {
            widgets::styled(ui, &tr!("capture-heading"), egui::RichText::strong);
            for (kind, key) in Kind::ALL {
                let shortcut = ui
                    .ctx()
                    .format_shortcut(&egui::KeyboardShortcut::new(Modifiers::COMMAND, key));
                ui.selectable_value(&mut self.kind, kind, kind.label_with_shortcut(shortcut));
            }
        });
        let entered = self.fields_ui(ui, doc, LIVE);
        widgets::weak(ui, &tr!("capture-hint"));
        if let Some(error) = &self.error {
            widgets::colored_sentence(ui, theme::error(ui), error);
        }
        self.track_item(item.id);
        if let Some(other) = self.for_item.filter(|id| *id != item.id) {
            let title = doc
                .agenda_item(other)
                .map_or_else(String::new, |a| a.title.clone());
            widgets::colored(ui, theme::warning(ui), &tr!("capture-typed-during", item = title));
            if ui
                .small_button(crate::bidi::visual(&tr!("capture-file-under-current")).into_owned())
                .clicked()
            {
                self.for_item = Some(item.id);
            }
        }
        if entered && !self.text.trim().is_empty() {
            let target = self.for_item.unwrap_or(item.id);
            self.submit(doc, target, now, false, LIVE, actions);
            self.focus.get_or_insert(text_id());
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("live_records")
            .stick_to_bottom(true)
            .max_height(220.0)
            .show(ui, |ui| {
                self.records.ui(ui, doc, item, now.date(), show_card, actions);
            });
    }

    /// The form that adds to the record of an item that is not running: what is
    /// added after the item ended is stamped as added later.
    pub fn later_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &AgendaItem,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal_wrapped(|ui| {
            for (kind, _) in Kind::ALL {
                widgets::selectable_value(ui, &mut self.kind, kind, &kind.label());
            }
        });
        let entered = self.fields_ui(ui, doc, LATER);
        self.track_item(item.id);
        let target = self.for_item.and_then(|id| doc.agenda_item(id)).unwrap_or(item);
        if target.id != item.id {
            let title = target.title.trim();
            widgets::colored(ui, theme::warning(ui), &tr!("capture-typed-for", item = title));
            if ui
                .small_button(crate::bidi::visual(&tr!("capture-add-here-instead")).into_owned())
                .clicked()
            {
                self.for_item = Some(item.id);
            }
        }
        let add = widgets::button(ui, &tr!("capture-add")).clicked();
        if let Some(error) = &self.error {
            widgets::colored_sentence(ui, theme::error(ui), error);
        }
        if (entered || add) && !self.text.trim().is_empty() {
            let later = matches!(target.status, ItemStatus::Done | ItemStatus::Skipped);
            self.submit(doc, target.id, now, later, LATER, actions);
        }
    }

    /// What is typed belongs to the item shown when typing began, even if
    /// another one is running or selected before it is added.
    fn track_item(&mut self, item: Id) {
        if self.text.trim().is_empty() {
            self.for_item = None;
        } else if self.for_item.is_none() {
            self.for_item = Some(item);
        }
    }

    /// The text field and the details of the chosen kind; returns whether Enter was pressed.
    fn fields_ui(&mut self, ui: &mut Ui, doc: &Document, salt: &str) -> bool {
        let mut entered = false;
        let mut field = |ui: &mut Ui, label: &str, value: &mut String, name: &str| {
            ui.horizontal(|ui| {
                let label = ui.add_sized(
                    [90.0, 18.0],
                    egui::Label::new(crate::bidi::visual(label).into_owned()),
                );
                let response = TextField::singleline(value)
                    .id(field_id(salt, name))
                    .desired_width(ui.available_width())
                    .show(ui)
                    .labelled_by(label.id);
                entered |= response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            });
        };
        let text_label = if self.kind == Kind::Partnership {
            tr!("capture-field-idea")
        } else {
            tr!("capture-field-text")
        };
        field(ui, &text_label, &mut self.text, "text");
        match self.kind {
            Kind::Decision => field(ui, &tr!("capture-field-outcome"), &mut self.outcome, "outcome"),
            Kind::ActionItem => {
                field(ui, &tr!("capture-field-owner"), &mut self.owner, "owner");
                field(ui, &tr!("capture-field-due"), &mut self.due, "due");
            }
            Kind::Note | Kind::Partnership => {}
        }
        if self.kind == Kind::ActionItem && !self.owner.trim().is_empty() {
            let owner = matching_people(doc, &self.owner).into_iter().next();
            let owner = owner.map_or_else(
                || tr!("capture-owner-unknown"),
                |(_, name)| tr!("capture-owner-found", name = name),
            );
            widgets::weak(ui, &owner);
        }
        if let Some(id) = self.focus.take() {
            ui.memory_mut(|m| m.request_focus(id));
        }
        entered
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
            for (kind, key) in Kind::ALL {
                if input.consume_key(Modifiers::COMMAND, key) {
                    self.kind = kind;
                }
            }
        });
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::K)) {
            ui.memory_mut(|m| m.request_focus(text_id));
        }
    }

    fn submit(
        &mut self,
        doc: &Document,
        item: Id,
        now: NaiveDateTime,
        later: bool,
        salt: &str,
        actions: &mut Vec<Action>,
    ) {
        let text = self.text.trim().to_owned();
        let kind = match self.kind {
            Kind::Note => RecordKind::Note,
            Kind::Decision => RecordKind::Decision {
                outcome: self.outcome.trim().to_owned(),
            },
            Kind::ActionItem => {
                let owner = if self.owner.trim().is_empty() {
                    None
                } else if let Some((id, _)) = matching_people(doc, &self.owner).into_iter().next() {
                    Some(id)
                } else {
                    self.error = Some(tr!("capture-owner-not-registered", name = self.owner.trim()));
                    self.focus = Some(field_id(salt, "owner"));
                    return;
                };
                let due = match crate::model::dates::parse_date(&self.due, now.date()) {
                    Ok(due) => due,
                    Err(e) => {
                        self.error = Some(e.to_string());
                        self.focus = Some(field_id(salt, "due"));
                        return;
                    }
                };
                RecordKind::Action {
                    owner,
                    due,
                    status: ActionStatus::Open,
                }
            }
            Kind::Partnership => {
                let stage = doc.vocabularies.first_stage();
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
            added_later: later,
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
