//! A text field that edits Arabic, and any mix of right-to-left and
//! left-to-right text, the way it reads.
//!
//! # What it does that [`egui::TextEdit`] does not
//!
//! egui 0.37 has no bidi algorithm (upstream issue #8576): a `TextEdit` shows
//! the words of an Arabic sentence in reverse order while they are typed,
//! reverses Arabic-Indic numbers, and places its caret as if every char had
//! one glyph, so the caret and the selection land on the wrong letters. A
//! layouter cannot fix it, because the caret follows the galley's glyph order.
//! [`TextField`] keeps the model that works:
//!
//! - the text, the caret, the selection and every edit are in *logical*
//!   order ([`editor`], no egui types); arrows move logically, Left being
//!   "next" in a right-to-left paragraph, as most Linux editors do;
//! - each row is wrapped by words first, then put in *visual* order with the
//!   Unicode bidi algorithm and right-aligned when its paragraph reads right
//!   to left ([`layout`]); the x of every logical cluster boundary is taken
//!   from the glyphs egui actually lays out for that visual text;
//! - clicks map an x back to a logical boundary; the selection is painted
//!   cluster by cluster (a logical range can show as several spans);
//! - AccessKit gets the *logical* text as the value (role `TextInput`, or
//!   `MultilineTextInput`), with `SetValue` and `ReplaceSelectedText`.
//!
//! It answers like a `TextEdit`: `changed()`, `has_focus()`, `lost_focus()`
//! (Enter ends a single-line field), Tab moves on, Ctrl+Z and Ctrl+Shift+Z
//! (or Ctrl+Y) undo and redo inside the field, the clipboard and IME commits
//! work, and `Context::text_edit_focused` is true while it has the keyboard.
//!
//! # Dropping it
//!
//! When egui lays out bidi text itself (upstream draft PR #8577 or its
//! successor), put a `TextEdit` in the harness of `tests/text_field.rs`: once
//! the checks made on painted glyphs pass (word order, right alignment,
//! digits, the caret after the last letter typed), swap the constructors back
//! (`TextField::singleline` → `egui::TextEdit::singleline`, same builder
//! methods), delete this folder and its tests, and make the helpers it borrows
//! from [`crate::bidi`] private again.

pub mod editor;
mod history;
mod input;
pub mod layout;
mod paint;
mod segment;
mod visual;

use std::sync::Arc;

use egui::mutex::Mutex;
use egui::{
    AsIdSalt, Context, CursorIcon, FontId, Id, IdSalt, Pos2, Rect, Response, Sense, Ui, Vec2, Widget,
    WidgetInfo, accesskit, vec2,
};

pub use editor::{Affinity, Editor, Motion};
pub use layout::{FieldLayout, Row};

use input::{FieldState, Geometry};

/// Never narrower than this.
const MIN_WIDTH: f32 = 24.0;

/// Room between the frame and the text, as a `TextEdit`'s.
const MARGIN: Vec2 = vec2(4.0, 2.0);

/// A single- or multi-line text field with bidi editing; see the [module docs](self).
#[must_use = "add it with `ui.add(...)` or `.show(ui)`"]
pub struct TextField<'t> {
    text: &'t mut String,
    multiline: bool,
    desired_width: Option<f32>,
    desired_rows: usize,
    hint_text: Option<String>,
    id: Option<Id>,
    id_salt: Option<IdSalt>,
    font: Option<FontId>,
}

impl<'t> TextField<'t> {
    /// A one-line field: line breaks typed or pasted become spaces, Enter ends editing.
    pub fn singleline(text: &'t mut String) -> Self {
        Self {
            text,
            multiline: false,
            desired_width: None,
            desired_rows: 1,
            hint_text: None,
            id: None,
            id_salt: None,
            font: None,
        }
    }

    /// A field of several lines that wraps its text; Enter starts a new line.
    pub fn multiline(text: &'t mut String) -> Self {
        Self {
            multiline: true,
            desired_rows: 4,
            ..Self::singleline(text)
        }
    }

    /// Width of the field, frame included (`f32::INFINITY`: all there is);
    /// by default the style's `text_edit_width`.
    pub fn desired_width(mut self, width: f32) -> Self {
        self.desired_width = Some(width);
        self
    }

    /// Rows a multi-line field shows at least.
    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.desired_rows = rows.max(1);
        self
    }

    /// Text shown, faded, while the field is empty.
    pub fn hint_text(mut self, hint: impl Into<String>) -> Self {
        self.hint_text = Some(hint.into());
        self
    }

    /// The field's id, which keeps its caret and undo history between frames.
    pub fn id(mut self, id: Id) -> Self {
        self.id = Some(id);
        self
    }

    /// The field's id made from `salt` and the parent's id, as [`egui::TextEdit::id_salt`].
    pub fn id_salt(mut self, salt: impl AsIdSalt) -> Self {
        self.id_salt = Some(IdSalt::new(salt));
        self
    }

    /// The font (by default the body text style).
    pub fn font(mut self, font: FontId) -> Self {
        self.font = Some(font);
        self
    }

    /// What field `id` showed in its last frame, if it has been shown.
    pub fn view(ctx: &Context, id: Id) -> Option<FieldView> {
        let handle = ctx.data(|data| data.get_temp::<Handle>(id))?;
        let state = handle.0.lock();
        Some(FieldView {
            text: state.editor.text().to_owned(),
            caret: state.editor.caret(),
            anchor: state.editor.anchor(),
            affinity: state.editor.affinity(),
            layout: state.cache.current(),
            origin: state.origin,
            text_width: state.text_width,
        })
    }

    /// Shows the field and handles its input.
    pub fn show(self, ui: &mut Ui) -> Response {
        let Self {
            text,
            multiline,
            desired_width,
            desired_rows,
            hint_text,
            id,
            id_salt,
            font,
        } = self;
        let id = id.unwrap_or_else(|| {
            if let Some(salt) = id_salt {
                ui.make_persistent_id(salt)
            } else {
                let id = ui.next_auto_id();
                ui.skip_ahead_auto_ids(1);
                id
            }
        });
        let handle = ui.data(|data| data.get_temp::<Handle>(id)).unwrap_or_else(|| {
            let handle = Handle::new(text, multiline);
            ui.data_mut(|data| data.insert_temp(id, handle.clone()));
            // egui answers `Context::text_edit_focused` from the `TextEdit` state
            // it finds under the focused id: leave an empty one, so that shortcuts
            // (Ctrl+Z...) keep deferring to the field as they do to a `TextEdit`.
            egui::text_edit::TextEditState::default().store(ui.ctx(), id);
            handle
        });
        let mut guard = handle.0.lock();
        let state = &mut *guard;
        if state.editor.text() != text.as_str() {
            state.editor.set_text(text);
        }

        let width = desired_width
            .unwrap_or_else(|| ui.spacing().text_edit_width)
            .min(ui.available_width())
            .max(MIN_WIDTH);
        let geometry = Geometry::new(ui, width - 2.0 * MARGIN.x, multiline, font);
        let text_width = geometry.text_width;

        // Keys first, so that the size below already fits the new text.
        let mut moved = input::take_input(ui, id, state, &geometry);

        let layout = state.layout(ui, &geometry);
        let rows = if multiline {
            layout.rows().len().max(desired_rows)
        } else {
            1
        };
        #[expect(clippy::cast_precision_loss, reason = "rows of a text field")]
        let height = rows as f32 * layout.row_height() + 2.0 * MARGIN.y;
        let (_, rect) = ui.allocate_space(vec2(width, height));
        let mut response = ui.interact(rect, id, Sense::click_and_drag());
        let text_rect = rect.shrink2(MARGIN);

        moved |= pointer(
            ui,
            &response,
            state,
            &layout,
            text_rect.min + vec2(state.scroll_x, 0.0),
            text_width,
        );
        let layout = state.layout(ui, &geometry);
        let now = ui.input(|i| i.time);
        if moved {
            state.last_interaction = now;
        }
        let has_focus = ui.memory(|memory| memory.has_focus(id));
        if !multiline {
            scroll_to_caret(state, &layout, text_width, has_focus && moved);
        }
        state.origin = text_rect.min + vec2(state.scroll_x, 0.0);
        state.text_width = text_width;

        let scene = paint::Scene {
            layout: &layout,
            editor: &state.editor,
            font: &geometry.font,
            rect,
            text_rect,
            origin: state.origin,
            hint: hint_text.as_deref(),
            has_focus,
        };
        paint::paint(ui, &response, &scene, now - state.last_interaction);
        if has_focus {
            follow_caret(ui, text_rect, scene.caret_rect(), moved);
        }

        let previous = if state.editor.text() == text.as_str() {
            None
        } else {
            response.mark_changed();
            Some(std::mem::replace(text, state.editor.text().to_owned()))
        };
        describe(
            ui,
            &response,
            multiline,
            previous.as_deref(),
            text,
            hint_text.as_deref(),
        );
        response
    }
}

/// Tells AccessKit (and egui's output events) about the field: its role,
/// its logical text as the value, and the actions it takes.
fn describe(
    ui: &Ui,
    response: &Response,
    multiline: bool,
    previous: Option<&str>,
    text: &str,
    hint: Option<&str>,
) {
    response.widget_info(|| {
        WidgetInfo::text_edit(
            ui.is_enabled(),
            previous.unwrap_or(text),
            text,
            hint.unwrap_or_default(),
        )
    });
    ui.ctx().accesskit_node_builder(response.id, |builder| {
        builder.set_role(if multiline {
            accesskit::Role::MultilineTextInput
        } else {
            accesskit::Role::TextInput
        });
        builder.add_action(accesskit::Action::SetValue);
        builder.add_action(accesskit::Action::ReplaceSelectedText);
    });
}

impl Widget for TextField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        self.show(ui)
    }
}

/// What a field showed in its last frame (see [`TextField::view`]).
#[derive(Clone, Debug)]
pub struct FieldView {
    /// The text, in logical order.
    pub text: String,
    /// The caret, a logical char index.
    pub caret: usize,
    /// The other end of the selection.
    pub anchor: usize,
    /// Which neighbour the caret is drawn against.
    pub affinity: Affinity,
    /// The rows as laid out.
    pub layout: Option<Arc<FieldLayout>>,
    /// Top-left of the text on screen (after a single-line field's scroll).
    pub origin: Pos2,
    /// Width of the text area, which right-to-left rows are aligned to.
    pub text_width: f32,
}

/// A field's state in egui's memory; cloning it is cheap.
#[derive(Clone, Default)]
struct Handle(Arc<Mutex<FieldState>>);

impl Handle {
    fn new(text: &str, multiline: bool) -> Self {
        Self(Arc::new(Mutex::new(FieldState {
            editor: Editor::new(text, multiline),
            ..FieldState::default()
        })))
    }
}

/// Clicks and drags: place the caret, extend the selection, select a word.
/// Returns whether the pointer acted on the field.
fn pointer(
    ui: &Ui,
    response: &Response,
    state: &mut FieldState,
    layout: &FieldLayout,
    origin: Pos2,
    text_width: f32,
) -> bool {
    if response.hovered() {
        ui.ctx().set_cursor_icon(CursorIcon::Text);
    }
    let Some(pointer) = response.interact_pointer_pos() else {
        return false;
    };
    let local = pointer - origin;
    let row = layout.row_at_y(local.y);
    let (position, affinity) = layout.hit(row, local.x, text_width);
    let shift = ui.input(|input| input.modifiers.shift);
    let pressed = response.is_pointer_button_down_on() && ui.input(|input| input.pointer.any_pressed());
    if response.double_clicked() {
        state.editor.select_word_at(position);
    } else if pressed || response.clicked() {
        state.editor.set_caret(position, affinity, shift);
    } else if response.dragged() {
        state.editor.set_caret(position, affinity, true);
    }
    if pressed || response.clicked() {
        response.request_focus();
    }
    state.preferred_x = None;
    true
}

/// Scrolls a surrounding scroll area to a caret that moved, and tells the
/// platform where the caret is (IME candidate windows open there).
fn follow_caret(ui: &Ui, text_rect: Rect, caret: Rect, moved: bool) {
    if moved {
        ui.scroll_to_rect(caret, None);
    }
    let to_global = ui
        .ctx()
        .layer_transform_to_global(ui.layer_id())
        .unwrap_or_default();
    ui.output_mut(|output| {
        output.ime = Some(egui::output::IMEOutput {
            purpose: egui::IMEPurpose::Normal,
            rect: to_global * text_rect,
            cursor_rect: to_global * caret,
            should_interrupt_composition: false,
        });
    });
}

/// Keeps the caret of a single-line field in view, and its text against its edges.
fn scroll_to_caret(state: &mut FieldState, layout: &FieldLayout, text_width: f32, follow_caret: bool) {
    let Some(row) = layout.rows().first() else {
        return;
    };
    if row.width() <= text_width {
        state.scroll_x = 0.0;
        return;
    }
    if follow_caret {
        let (_, x) = layout.caret_at(state.editor.caret(), state.editor.affinity(), text_width);
        if x + state.scroll_x < 0.0 {
            state.scroll_x = -x;
        } else if x + state.scroll_x > text_width {
            state.scroll_x = text_width - x;
        }
    }
    let base = row.offset(text_width);
    state.scroll_x = state.scroll_x.clamp(text_width - base - row.width(), -base);
}
