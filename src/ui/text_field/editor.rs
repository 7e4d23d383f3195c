//! The editing core of [`super::TextField`]: text, caret, selection, edits and
//! undo, all in logical order, with no egui types.
//!
//! Positions are char indices into the text that always fall on a cluster
//! boundary (see `segment.rs`), so a caret never splits a letter from
//! its harakat or an emoji sequence. Where a caret is *drawn* is the layout's
//! business; the [`Affinity`] kept here only says which neighbour the caret
//! sticks to where the text changes direction.
//!
//! Left and Right move logically: to the next or previous cluster in reading
//! order, Left being "next" in a right-to-left paragraph. Through a Latin word
//! inside an Arabic sentence the caret therefore moves against the arrow,
//! as in most Linux editors; Up, Down, Home and End follow visual lines when
//! the widget gives them (see [`Editor::set_caret`]).

use std::ops::Range;

use super::history::{EditKind, History, Snapshot};
use super::segment;

/// Which side of a boundary the caret sticks to where the text changes direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Affinity {
    /// After the cluster before the caret: where typing leaves it.
    #[default]
    Upstream,
    /// Before the cluster after the caret: where moving backwards leaves it.
    Downstream,
}

/// A caret movement in logical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    /// One cluster on in reading order.
    Forward,
    /// One cluster back in reading order.
    Backward,
    /// To the end of the current or next word.
    WordForward,
    /// To the start of the current or previous word.
    WordBackward,
    /// To the start of the logical line.
    LineStart,
    /// To the end of the logical line.
    LineEnd,
    /// To the start of the text.
    TextStart,
    /// To the end of the text.
    TextEnd,
    /// To the same cluster column on the previous logical line.
    LineUp,
    /// To the same cluster column on the next logical line.
    LineDown,
}

/// Text, caret, selection and undo history of one field.
#[derive(Clone, Debug, Default)]
pub struct Editor {
    text: String,
    caret: usize,
    anchor: usize,
    affinity: Affinity,
    multiline: bool,
    history: History,
    /// Cluster boundaries of `text` (char indices), kept in step with it.
    bounds: Vec<usize>,
}

impl Editor {
    /// An editor over `text` with the caret at its end.
    ///
    /// The text is taken as it is; only what is typed or pasted later is
    /// cleaned (line breaks become spaces in a single-line field).
    pub fn new(text: &str, multiline: bool) -> Self {
        let bounds = segment::boundaries(text);
        let end = bounds.last().copied().unwrap_or(0);
        Self {
            text: text.to_owned(),
            caret: end,
            anchor: end,
            affinity: Affinity::Upstream,
            multiline,
            history: History::default(),
            bounds,
        }
    }

    /// The text, in logical order.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of chars in the text: the last caret position.
    pub fn len(&self) -> usize {
        self.bounds.last().copied().unwrap_or(0)
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The caret: the moving end of the selection.
    pub fn caret(&self) -> usize {
        self.caret
    }

    /// The fixed end of the selection (the caret itself when nothing is selected).
    pub fn anchor(&self) -> usize {
        self.anchor
    }

    /// Which neighbour the caret sticks to.
    pub fn affinity(&self) -> Affinity {
        self.affinity
    }

    /// The selected chars, in logical order (empty at the caret when nothing is selected).
    pub fn selection(&self) -> Range<usize> {
        self.caret.min(self.anchor)..self.caret.max(self.anchor)
    }

    /// Whether some text is selected.
    pub fn has_selection(&self) -> bool {
        self.caret != self.anchor
    }

    /// The selected text, in logical order.
    pub fn selected_text(&self) -> &str {
        let range = self.byte_range(self.selection());
        self.text.get(range).unwrap_or_default()
    }

    /// The cluster boundaries of the text (char indices, from 0 to [`Self::len`]).
    pub fn boundaries(&self) -> &[usize] {
        &self.bounds
    }

    /// Replaces the whole text from outside the field: the caret is kept
    /// where it can be and the undo history is forgotten.
    pub fn set_text(&mut self, text: &str) {
        text.clone_into(&mut self.text);
        self.bounds = segment::boundaries(&self.text);
        self.caret = self.snap(self.caret);
        self.anchor = self.snap(self.anchor);
        self.history.clear();
    }

    /// Puts the caret at `position` (snapped to a cluster boundary), extending
    /// the selection when `extend`, else collapsing it.
    pub fn set_caret(&mut self, position: usize, affinity: Affinity, extend: bool) {
        self.caret = self.snap(position);
        if !extend {
            self.anchor = self.caret;
        }
        self.affinity = affinity;
        self.history.break_group();
    }

    /// Selects the whole text.
    pub fn select_all(&mut self) {
        self.anchor = 0;
        self.caret = self.len();
        self.affinity = Affinity::Upstream;
        self.history.break_group();
    }

    /// Selects the word (or the run of spaces or punctuation) around `position`.
    pub fn select_word_at(&mut self, position: usize) {
        let clusters = self.bounds.len().saturating_sub(1);
        if clusters == 0 {
            return;
        }
        let mut start = self.cluster_index_at(position).min(clusters - 1);
        let Some(kind) = self.cluster_kind(start) else {
            return;
        };
        while start > 0 && self.cluster_kind(start - 1) == Some(kind) {
            start -= 1;
        }
        let mut end = start;
        while self.cluster_kind(end) == Some(kind) {
            end += 1;
        }
        self.anchor = self.bound(start);
        self.caret = self.bound(end);
        self.affinity = Affinity::Upstream;
        self.history.break_group();
    }

    /// Moves the caret by `motion`, extending the selection when `extend`.
    ///
    /// Without `extend`, a selection collapses to its start (moving backward)
    /// or its end (moving forward) instead of moving the caret.
    pub fn move_caret(&mut self, motion: Motion, extend: bool) {
        let selection = self.selection();
        let target = match motion {
            Motion::Forward if !extend && self.has_selection() => selection.end,
            Motion::Backward if !extend && self.has_selection() => selection.start,
            _ => self.target(motion),
        };
        let affinity = match motion {
            Motion::Backward | Motion::WordBackward | Motion::LineStart | Motion::TextStart => {
                Affinity::Downstream
            }
            _ => Affinity::Upstream,
        };
        self.set_caret(target, affinity, extend);
    }

    /// The Left arrow: backward in a left-to-right paragraph, forward in a right-to-left one.
    pub fn move_left(&mut self, word: bool, extend: bool) {
        let forward = self.caret_paragraph_is_rtl();
        self.move_caret(step(forward, word), extend);
    }

    /// The Right arrow: forward in a left-to-right paragraph, backward in a right-to-left one.
    pub fn move_right(&mut self, word: bool, extend: bool) {
        let forward = !self.caret_paragraph_is_rtl();
        self.move_caret(step(forward, word), extend);
    }

    /// Whether the paragraph holding the caret reads right to left.
    pub fn caret_paragraph_is_rtl(&self) -> bool {
        let line = self.line_range(self.caret);
        segment::is_rtl_paragraph(self.text.get(self.byte_range(line)).unwrap_or_default())
    }

    /// The logical line (between line breaks) holding `position`, as chars without the break.
    pub fn line_range(&self, position: usize) -> Range<usize> {
        let mut start = 0;
        for (index, c) in self.text.chars().enumerate() {
            if c == '\n' {
                if index >= position {
                    return start..index;
                }
                start = index + 1;
            }
        }
        start..self.len()
    }

    /// Types `text` in place of the selection; returns whether the text changed.
    pub fn insert(&mut self, text: &str) -> bool {
        let text = clean(text, self.multiline);
        if text.is_empty() && !self.has_selection() {
            return false;
        }
        let before_caret = self
            .text
            .get(..self.byte_offset(self.caret))
            .and_then(|t| t.chars().next_back());
        let starts_word = before_caret.is_some_and(char::is_whitespace)
            && text.chars().next().is_some_and(|c| !c.is_whitespace());
        let kind = if self.has_selection() || text.chars().count() > 1 {
            EditKind::Other
        } else {
            EditKind::Typing { starts_word }
        };
        self.replace(self.selection(), &text, kind);
        true
    }

    /// Backspace: deletes the selection, or what precedes the caret: the last
    /// mark alone when the cluster ends with one (a mistyped haraka), else the
    /// whole cluster (an emoji sequence goes at once).
    pub fn backspace(&mut self) -> bool {
        if self.has_selection() {
            return self.delete_selection();
        }
        let Some(index) = self.cluster_index_at(self.caret).checked_sub(1) else {
            return false;
        };
        let start = self.bound(index);
        let cluster = self
            .text
            .get(self.byte_range(start..self.caret))
            .unwrap_or_default();
        let from = match cluster.chars().next_back() {
            Some(last) if cluster.chars().count() > 1 && is_mark(last) => self.caret - 1,
            _ => start,
        };
        self.replace(from..self.caret, "", EditKind::Deleting { backward: true });
        true
    }

    /// Delete: deletes the selection, or the cluster after the caret.
    pub fn delete(&mut self) -> bool {
        if self.has_selection() {
            return self.delete_selection();
        }
        let index = self.cluster_index_at(self.caret);
        if index + 1 >= self.bounds.len() {
            return false;
        }
        let end = self.bound(index + 1);
        self.replace(self.caret..end, "", EditKind::Deleting { backward: false });
        self.affinity = Affinity::Downstream;
        true
    }

    /// Ctrl+Backspace: deletes the selection, or back to the start of the word.
    pub fn delete_word_backward(&mut self) -> bool {
        self.delete_to(Motion::WordBackward)
    }

    /// Ctrl+Delete: deletes the selection, or on to the end of the word.
    pub fn delete_word_forward(&mut self) -> bool {
        self.delete_to(Motion::WordForward)
    }

    /// The selected text for the clipboard, if any.
    pub fn copy(&self) -> Option<String> {
        self.has_selection().then(|| self.selected_text().to_owned())
    }

    /// Removes the selection and returns it for the clipboard.
    pub fn cut(&mut self) -> Option<String> {
        let copied = self.copy()?;
        self.delete_selection();
        Some(copied)
    }

    /// Undoes the last step; returns whether there was one.
    pub fn undo(&mut self) -> bool {
        let current = self.snapshot();
        self.history
            .undo(current)
            .map(|previous| self.restore(previous))
            .is_some()
    }

    /// Redoes the last undone step; returns whether there was one.
    pub fn redo(&mut self) -> bool {
        let current = self.snapshot();
        self.history
            .redo(current)
            .map(|next| self.restore(next))
            .is_some()
    }

    fn delete_selection(&mut self) -> bool {
        if !self.has_selection() {
            return false;
        }
        self.replace(self.selection(), "", EditKind::Other);
        true
    }

    fn delete_to(&mut self, motion: Motion) -> bool {
        if self.has_selection() {
            return self.delete_selection();
        }
        let target = self.target(motion);
        if target == self.caret {
            return false;
        }
        self.replace(
            target.min(self.caret)..target.max(self.caret),
            "",
            EditKind::Other,
        );
        true
    }

    /// Replaces the chars `range` with `text` (already cleaned), caret after it.
    fn replace(&mut self, range: Range<usize>, text: &str, kind: EditKind) {
        if !self.history.continues(kind, self.caret, !self.has_selection()) {
            let before = self.snapshot();
            self.history.push(before);
        }
        let bytes = self.byte_range(range.clone());
        self.text.replace_range(bytes, text);
        self.bounds = segment::boundaries(&self.text);
        // Inserted marks or joiners can merge with the neighbours: snap forward.
        let after = range.start + text.chars().count();
        self.caret = self.snap_up(after);
        self.anchor = self.caret;
        self.affinity = Affinity::Upstream;
        self.history.after_edit(kind, self.caret);
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.text.clone(),
            caret: self.caret,
            anchor: self.anchor,
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.text = snapshot.text;
        self.bounds = segment::boundaries(&self.text);
        self.caret = self.snap(snapshot.caret);
        self.anchor = self.snap(snapshot.anchor);
        self.affinity = Affinity::Upstream;
    }

    /// Where `motion` takes the caret.
    fn target(&self, motion: Motion) -> usize {
        let index = self.cluster_index_at(self.caret);
        let last = self.bounds.len().saturating_sub(1);
        match motion {
            Motion::Forward => self.bound((index + 1).min(last)),
            Motion::Backward => self.bound(index.saturating_sub(1)),
            Motion::WordForward => {
                let mut i = index;
                while i < last && self.cluster_kind(i) != Some(Kind::Word) {
                    i += 1;
                }
                while i < last && self.cluster_kind(i) == Some(Kind::Word) {
                    i += 1;
                }
                self.bound(i)
            }
            Motion::WordBackward => {
                let mut i = index;
                while i > 0 && self.cluster_kind(i - 1) != Some(Kind::Word) {
                    i -= 1;
                }
                while i > 0 && self.cluster_kind(i - 1) == Some(Kind::Word) {
                    i -= 1;
                }
                self.bound(i)
            }
            Motion::LineStart => self.line_range(self.caret).start,
            Motion::LineEnd => self.line_range(self.caret).end,
            Motion::TextStart => 0,
            Motion::TextEnd => self.len(),
            Motion::LineUp | Motion::LineDown => self.vertical_target(motion == Motion::LineDown),
        }
    }

    /// The same cluster column on the neighbouring logical line (or the text's end).
    fn vertical_target(&self, down: bool) -> usize {
        let line = self.line_range(self.caret);
        let column = self.clusters_between(line.start, self.caret);
        let next = if down {
            if line.end >= self.len() {
                return self.len();
            }
            self.line_range(line.end + 1)
        } else {
            if line.start == 0 {
                return 0;
            }
            self.line_range(line.start - 1)
        };
        let first = self.cluster_index_at(next.start);
        let last = self.cluster_index_at(next.end);
        self.bound((first + column).min(last))
    }

    fn clusters_between(&self, start: usize, end: usize) -> usize {
        self.cluster_index_at(end) - self.cluster_index_at(start)
    }

    /// Index in `bounds` of the last boundary at or before `position`.
    fn cluster_index_at(&self, position: usize) -> usize {
        self.bounds.partition_point(|&b| b <= position).saturating_sub(1)
    }

    fn bound(&self, index: usize) -> usize {
        self.bounds.get(index).copied().unwrap_or_else(|| self.len())
    }

    /// The boundary at or before `position`.
    fn snap(&self, position: usize) -> usize {
        self.bound(self.cluster_index_at(position.min(self.len())))
    }

    /// The boundary at or after `position`.
    fn snap_up(&self, position: usize) -> usize {
        let position = position.min(self.len());
        let index = self.bounds.partition_point(|&b| b < position);
        self.bound(index)
    }

    /// Word, space or other, of the cluster starting at `bounds[index]`.
    fn cluster_kind(&self, index: usize) -> Option<Kind> {
        let start = *self.bounds.get(index)?;
        let end = *self.bounds.get(index + 1)?;
        let cluster = self.text.get(self.byte_range(start..end))?;
        Some(if segment::is_word_cluster(cluster) {
            Kind::Word
        } else if segment::is_space_cluster(cluster) {
            Kind::Space
        } else {
            Kind::Other
        })
    }

    fn byte_offset(&self, position: usize) -> usize {
        segment::byte_offset(&self.text, position)
    }

    fn byte_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.byte_offset(range.start);
        let end = start
            + self
                .text
                .get(start..)
                .and_then(|rest| rest.char_indices().nth(range.end.saturating_sub(range.start)))
                .map_or_else(|| self.text.len() - start, |(byte, _)| byte);
        start..end
    }
}

/// What a cluster is, for moving and selecting by word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Space,
    Other,
}

fn step(forward: bool, word: bool) -> Motion {
    match (forward, word) {
        (true, false) => Motion::Forward,
        (false, false) => Motion::Backward,
        (true, true) => Motion::WordForward,
        (false, true) => Motion::WordBackward,
    }
}

/// A combining mark (Arabic harakat, accents) that Backspace removes alone.
fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM
        && !('\u{FE00}'..='\u{FE0F}').contains(&c)
}

/// `text` as the field holds it: one line for a single-line field (line
/// breaks become spaces), `\n` line breaks for a multi-line one.
fn clean(text: &str, multiline: bool) -> String {
    if !text.contains('\r') && (multiline || !text.contains('\n')) {
        return text.to_owned();
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    if multiline {
        unified
    } else {
        unified.replace('\n', " ")
    }
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
