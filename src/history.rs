//! Undo and redo by snapshots. Records are shared (`Arc`), so a snapshot costs a
//! copy of pointers and unchanged records are stored once however long the history.

use std::time::{Duration, Instant};

use crate::model::{Document, Id};

/// Edits of the same record closer together than this are one undo step.
const GROUP_WINDOW: Duration = Duration::from_secs(2);
/// How many steps are kept; the oldest are forgotten first.
const MAX_STEPS: usize = 200;

struct Step {
    doc: Document,
    state: u64,
    label: String,
}

/// The undo and redo stacks of one open document. Never saved into the file.
#[derive(Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the current content: it changes with every edit, so comparing
    /// it with the saved state tells whether there are unsaved changes.
    state: u64,
    next_state: u64,
    open_group: Option<(Id, Instant)>,
}

impl History {
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Call before changing `doc`. Returns whether a snapshot was taken
    /// (`false` when the edit joins the previous step).
    pub fn before_edit(&mut self, doc: &Document, label: &str, group: Option<Id>, now: Instant) -> bool {
        self.redo.clear();
        self.next_state += 1;
        let previous_state = std::mem::replace(&mut self.state, self.next_state);
        let joins = match (group, self.open_group) {
            (Some(key), Some((open, at))) => key == open && now.duration_since(at) < GROUP_WINDOW,
            _ => false,
        };
        self.open_group = group.map(|key| (key, now));
        if joins && !self.undo.is_empty() {
            return false;
        }
        self.undo.push(Step {
            doc: doc.clone(),
            state: previous_state,
            label: label.to_owned(),
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        true
    }

    /// Call before a change that belongs with the step before it, such as
    /// the network's layout settling after an edit: the content changes (so
    /// it is saved) without a step of its own to undo.
    pub fn amend(&mut self) {
        self.next_state += 1;
        self.state = self.next_state;
    }

    /// Ends the current group: the next edit starts a new undo step.
    pub fn break_group(&mut self) {
        self.open_group = None;
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Restores the previous state into `doc`. Returns what was undone.
    pub fn undo(&mut self, doc: &mut Document) -> Option<String> {
        let step = self.undo.pop()?;
        let label = step.label.clone();
        let current = self.swap(doc, step);
        self.redo.push(Step {
            label: label.clone(),
            ..current
        });
        Some(label)
    }

    /// Re-applies the last undone step into `doc`. Returns what was redone.
    pub fn redo(&mut self, doc: &mut Document) -> Option<String> {
        let step = self.redo.pop()?;
        let label = step.label.clone();
        let current = self.swap(doc, step);
        self.undo.push(Step {
            label: label.clone(),
            ..current
        });
        Some(label)
    }

    fn swap(&mut self, doc: &mut Document, step: Step) -> Step {
        self.open_group = None;
        let previous_doc = std::mem::replace(doc, step.doc);
        let previous_state = std::mem::replace(&mut self.state, step.state);
        Step {
            doc: previous_doc,
            state: previous_state,
            label: step.label,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, apply};
    use crate::model::Organisation;

    fn edit(history: &mut History, doc: &mut Document, org: &Organisation, at: Instant) {
        let action = Action::UpsertOrganisation(org.clone());
        history.before_edit(doc, &action.label(), action.group_key(), at);
        apply(doc, action);
    }

    #[test]
    fn typing_groups_and_undo_restores_state() {
        let mut doc = Document::new_meeting();
        let mut history = History::default();
        let clean = history.state();
        let t0 = Instant::now();
        let mut org = Organisation::default();
        for (i, name) in ["B", "Be", "Ber"].iter().enumerate() {
            org.name = (*name).to_owned();
            edit(
                &mut history,
                &mut doc,
                &org,
                t0 + Duration::from_millis(300 * i as u64),
            );
        }
        assert_ne!(history.state(), clean);
        assert_eq!(history.undo_label(), Some("edit organisation"));
        history.undo(&mut doc).unwrap();
        assert!(doc.organisations.is_empty());
        assert_eq!(history.state(), clean);
        history.redo(&mut doc).unwrap();
        assert_eq!(doc.organisations.first().map(|o| o.name.as_str()), Some("Ber"));
        assert!(history.undo(&mut doc).is_some());
        assert!(history.undo(&mut doc).is_none());
    }

    #[test]
    fn a_pause_starts_a_new_step() {
        let mut doc = Document::new_meeting();
        let mut history = History::default();
        let t0 = Instant::now();
        let mut org = Organisation {
            name: "A".to_owned(),
            ..Organisation::default()
        };
        edit(&mut history, &mut doc, &org, t0);
        org.name = "AB".to_owned();
        edit(&mut history, &mut doc, &org, t0 + Duration::from_secs(5));
        history.undo(&mut doc);
        assert_eq!(doc.organisations.first().map(|o| o.name.as_str()), Some("A"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut doc = Document::new_meeting();
        let mut history = History::default();
        let org = Organisation::default();
        edit(&mut history, &mut doc, &org, Instant::now());
        history.undo(&mut doc);
        history.break_group();
        edit(&mut history, &mut doc, &Organisation::default(), Instant::now());
        assert!(history.redo_label().is_none());
    }
}
