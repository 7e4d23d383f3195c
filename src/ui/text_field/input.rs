//! Keyboard, clipboard, IME and accessibility events for a focused field,
//! turned into [`Editor`] operations.

use std::sync::Arc;

use egui::{Event, EventFilter, FontId, Id, ImeEvent, Key, Modifiers, Ui, accesskit};

use super::editor::{Affinity, Editor, Motion};
use super::layout::{FieldLayout, LayoutCache};

/// What a field keeps between frames.
#[derive(Debug, Default)]
pub struct FieldState {
    pub editor: Editor,
    pub cache: LayoutCache,
    /// Horizontal scroll of a single-line field whose text is wider than it.
    pub scroll_x: f32,
    /// The x Up and Down aim for, kept while they repeat.
    pub preferred_x: Option<f32>,
    /// When the caret last moved or the text last changed (for the caret blink).
    pub last_interaction: f64,
    /// Top-left of the text on screen in the last frame.
    pub origin: egui::Pos2,
    /// Width of the text area in the last frame.
    pub text_width: f32,
}

/// What the field needs to know to lay its text out.
#[derive(Clone, Debug)]
pub struct Geometry {
    pub font: FontId,
    /// Width rows wrap at (`f32::INFINITY` for a single-line field).
    pub wrap_width: f32,
    /// Width of the text area, which right-to-left rows are aligned to.
    pub text_width: f32,
    pub multiline: bool,
}

impl Geometry {
    /// The geometry of a text area `text_width` wide (the body font unless `font` is given).
    pub fn new(ui: &Ui, text_width: f32, multiline: bool, font: Option<FontId>) -> Self {
        let text_width = text_width.max(1.0);
        Self {
            font: font.unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style())),
            wrap_width: if multiline { text_width } else { f32::INFINITY },
            text_width,
            multiline,
        }
    }
}

impl FieldState {
    /// The layout of the current text.
    pub fn layout(&mut self, ui: &Ui, geometry: &Geometry) -> Arc<FieldLayout> {
        self.cache
            .get(ui.ctx(), self.editor.text(), &geometry.font, geometry.wrap_width)
    }
}

/// The events a focused field takes for itself (arrows included, Tab and Escape not).
pub const EVENT_FILTER: EventFilter = EventFilter {
    tab: false,
    horizontal_arrows: true,
    vertical_arrows: true,
    escape: false,
};

/// The value of an AccessKit `SetValue` request for field `id`, if one came
/// (assistive technologies set a value without focusing the field first).
fn set_value_request(ui: &Ui, id: Id) -> Option<String> {
    ui.input(|input| {
        input
            .accesskit_action_requests(id, accesskit::Action::SetValue)
            .filter_map(|request| match &request.data {
                Some(accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .last()
    })
}

/// Applies this frame's input to the field: an AccessKit `SetValue` at any
/// time, keys and the clipboard when it has focus. Returns whether the caret
/// or the text moved.
pub fn take_input(ui: &Ui, id: Id, state: &mut FieldState, geometry: &Geometry) -> bool {
    if !ui.is_enabled() {
        return false;
    }
    let mut moved = false;
    if let Some(value) = set_value_request(ui, id) {
        state.editor.select_all();
        state.editor.insert(&value);
        moved = true;
    }
    if ui.memory(|memory| memory.has_focus(id)) {
        ui.memory_mut(|memory| memory.set_focus_lock_filter(id, EVENT_FILTER));
        moved |= handle_events(ui, id, state, geometry).0;
    }
    moved
}

/// Applies this frame's events to a focused field. Returns whether the
/// caret or the text moved, and whether a single-line field was ended by Enter.
fn handle_events(ui: &Ui, id: Id, state: &mut FieldState, geometry: &Geometry) -> (bool, bool) {
    let events = ui.input(|input| input.filtered_events(&EVENT_FILTER));
    let owns_ime = ui.memory(|memory| memory.owns_ime_events(id));
    let mut moved = false;
    let mut ended = false;
    for event in &events {
        let before = (state.editor.caret(), state.editor.anchor(), state.editor.len());
        let vertical = matches!(
            event,
            Event::Key {
                key: Key::ArrowUp | Key::ArrowDown,
                ..
            }
        );
        match event {
            Event::Copy => {
                if let Some(copied) = state.editor.copy() {
                    ui.ctx().copy_text(copied);
                }
            }
            Event::Cut => {
                if let Some(cut) = state.editor.cut() {
                    ui.ctx().copy_text(cut);
                }
            }
            Event::Paste(text) | Event::Text(text) if text != "\n" && text != "\r" => {
                state.editor.insert(text);
            }
            Event::Ime(ImeEvent::Commit(text)) if owns_ime && text != "\n" && text != "\r" => {
                state.editor.insert(text);
            }
            Event::AccessKitActionRequest(accesskit::ActionRequest {
                action: accesskit::Action::ReplaceSelectedText,
                target_node,
                data: Some(accesskit::ActionData::Value(text)),
                ..
            }) if *target_node == id.accesskit_id() => {
                state.editor.insert(text);
            }
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => ended = key_press(ui, id, state, geometry, *key, *modifiers),
            _ => {}
        }
        if ended {
            return (true, true);
        }
        if !vertical {
            state.preferred_x = None;
        }
        moved |= before != (state.editor.caret(), state.editor.anchor(), state.editor.len());
    }
    (moved, false)
}

/// Applies one key press; returns whether it ended a single-line field (Enter).
fn key_press(
    ui: &Ui,
    id: Id,
    state: &mut FieldState,
    geometry: &Geometry,
    key: Key,
    modifiers: Modifiers,
) -> bool {
    let editor = &mut state.editor;
    // Ctrl (Cmd being Command on a Mac), or Alt, moves and deletes by word.
    let word = modifiers.alt || modifiers.ctrl || (modifiers.command && !modifiers.mac_cmd);
    let shift = modifiers.shift;
    match key {
        Key::Enter if geometry.multiline => {
            editor.insert("\n");
        }
        Key::Enter => {
            ui.memory_mut(|memory| memory.surrender_focus(id));
            return true;
        }
        Key::Backspace if word => {
            editor.delete_word_backward();
        }
        Key::Backspace => {
            editor.backspace();
        }
        Key::Delete if word => {
            editor.delete_word_forward();
        }
        Key::Delete => {
            editor.delete();
        }
        // Cmd+Left and Cmd+Right on a Mac: to the visual ends of the row.
        Key::ArrowLeft | Key::ArrowRight if modifiers.mac_cmd => {
            let rtl = state.editor.caret_paragraph_is_rtl();
            row_edge(ui, state, geometry, (key == Key::ArrowLeft) != rtl, shift);
        }
        Key::ArrowLeft => editor.move_left(word, shift),
        Key::ArrowRight => editor.move_right(word, shift),
        Key::Home if modifiers.command => editor.move_caret(Motion::TextStart, shift),
        Key::End if modifiers.command => editor.move_caret(Motion::TextEnd, shift),
        Key::Home => row_edge(ui, state, geometry, true, shift),
        Key::End => row_edge(ui, state, geometry, false, shift),
        Key::ArrowUp | Key::ArrowDown => vertical(ui, state, geometry, key == Key::ArrowDown, shift),
        Key::A if modifiers.command => editor.select_all(),
        Key::Z if modifiers.command && shift => {
            editor.redo();
        }
        Key::Z if modifiers.command => {
            editor.undo();
        }
        Key::Y if modifiers.command => {
            editor.redo();
        }
        _ => {}
    }
    false
}

/// Home (`start`) or End: to the logical start or end of the row on screen.
fn row_edge(ui: &Ui, state: &mut FieldState, geometry: &Geometry, start: bool, shift: bool) {
    let layout = state.layout(ui, geometry);
    let index = layout.row_at(state.editor.caret(), state.editor.affinity());
    let Some(row) = layout.rows().get(index) else {
        return;
    };
    if start {
        state
            .editor
            .set_caret(row.chars.start, Affinity::Downstream, shift);
    } else {
        state.editor.set_caret(row.chars.end, Affinity::Upstream, shift);
    }
}

/// Up or Down: to the row above or below, as near as can be to the same x.
fn vertical(ui: &Ui, state: &mut FieldState, geometry: &Geometry, down: bool, shift: bool) {
    let layout = state.layout(ui, geometry);
    let (row, x) = layout.caret_at(state.editor.caret(), state.editor.affinity(), geometry.text_width);
    let x = *state.preferred_x.get_or_insert(x);
    let target = if down {
        row.checked_add(1)
    } else {
        row.checked_sub(1)
    };
    match target.filter(|&t| t < layout.rows().len()) {
        Some(target) => {
            let (position, affinity) = layout.hit(target, x, geometry.text_width);
            state.editor.set_caret(position, affinity, shift);
        }
        None if down => state.editor.move_caret(Motion::TextEnd, shift),
        None => state.editor.move_caret(Motion::TextStart, shift),
    }
}
