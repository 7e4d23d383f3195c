//! Undo and redo inside one text field, by snapshots grouped while typing.

/// The text and selection at one point of the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub text: String,
    pub caret: usize,
    pub anchor: usize,
}

/// The kind of an edit, which decides whether it joins the previous undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditKind {
    /// Typing; `starts_word` when a letter follows a space, which starts a new step.
    Typing { starts_word: bool },
    /// Backspace (`backward`) or Delete, one cluster at a time.
    Deleting { backward: bool },
    /// Anything else (paste, cut, word deletion, replacing a selection): its own step.
    Other,
}

/// The open undo step that consecutive edits of the same kind extend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Group {
    kind: EditKind,
    /// Where the caret stood after the last edit of the group.
    caret: usize,
}

/// The undo and redo stacks of one field.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    group: Option<Group>,
}

/// Undo steps kept per field; the oldest are dropped first.
const MAX_STEPS: usize = 100;

impl History {
    /// Whether an edit of `kind`, with the caret at `caret` and no selection
    /// when `collapsed`, continues the open group instead of starting a step.
    pub fn continues(&self, kind: EditKind, caret: usize, collapsed: bool) -> bool {
        collapsed
            && self.group.is_some_and(|group| {
                group.caret == caret
                    && match (group.kind, kind) {
                        (EditKind::Typing { .. }, EditKind::Typing { starts_word }) => !starts_word,
                        (EditKind::Deleting { backward: a }, EditKind::Deleting { backward: b }) => a == b,
                        _ => false,
                    }
            })
    }

    /// Records the state before a new undo step.
    pub fn push(&mut self, before: Snapshot) {
        self.undo.push(before);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Called after an edit of `kind` that left the caret at `caret`.
    pub fn after_edit(&mut self, kind: EditKind, caret: usize) {
        self.group = (kind != EditKind::Other).then_some(Group { kind, caret });
    }

    /// Ends the open group: the next edit starts a new undo step.
    pub fn break_group(&mut self) {
        self.group = None;
    }

    /// The state to return to on undo, given the current one (kept for redo).
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        self.group = None;
        Some(previous)
    }

    /// The state to return to on redo, given the current one (kept for undo).
    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.group = None;
        Some(next)
    }

    /// Forgets everything, for a text replaced from outside the field.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
