//! Drawing a field: its frame, the selection, the rows in visual order, the
//! hint and the caret, at the x the layout maps logical positions to.

use egui::{Align2, Color32, Pos2, Rect, Response, StrokeKind, Ui, pos2, vec2};

use super::editor::Editor;
use super::layout::FieldLayout;
use crate::bidi;

/// What to draw and where.
pub struct Scene<'a> {
    pub layout: &'a FieldLayout,
    pub editor: &'a Editor,
    pub font: &'a egui::FontId,
    /// The whole field, frame included.
    pub rect: Rect,
    /// The area the text is clipped to.
    pub text_rect: Rect,
    /// Top-left of the text (moved left or right by a single-line field's scroll).
    pub origin: Pos2,
    pub hint: Option<&'a str>,
    pub has_focus: bool,
}

impl Scene<'_> {
    /// The caret's rectangle (zero wide, one row high) on screen.
    pub fn caret_rect(&self) -> Rect {
        let (row, x) = self.layout.caret_at(
            self.editor.caret(),
            self.editor.affinity(),
            self.text_rect.width(),
        );
        #[expect(clippy::cast_precision_loss, reason = "rows of a text field")]
        let top = self.origin.y + row as f32 * self.layout.row_height();
        Rect::from_min_size(pos2(self.origin.x + x, top), vec2(0.0, self.layout.row_height()))
    }
}

/// Paints the field; the caret only when it has focus.
pub fn paint(ui: &Ui, response: &Response, scene: &Scene<'_>, time_since_interaction: f64) {
    if !ui.is_rect_visible(scene.rect) {
        return;
    }
    let visuals = ui.visuals();
    let widget = ui.style().interact(response);
    let stroke = if scene.has_focus {
        visuals.selection.stroke
    } else {
        widget.bg_stroke
    };
    ui.painter().rect(
        scene.rect,
        widget.corner_radius,
        visuals.text_edit_bg_color(),
        stroke,
        StrokeKind::Inside,
    );

    let painter = ui.painter_at(scene.text_rect.expand(1.0));
    let color = text_color(ui);
    let row_height = scene.layout.row_height();
    let width = scene.text_rect.width();
    let selection = scene.editor.selection();
    let clip = painter.clip_rect();
    for (index, row) in scene.layout.rows().iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "rows of a text field")]
        let top = scene.origin.y + index as f32 * row_height;
        if top > clip.max.y || top + row_height < clip.min.y {
            continue;
        }
        let left = scene.origin.x + row.offset(width);
        if scene.has_focus && !selection.is_empty() {
            for (from, to) in row.selection_spans(&selection, row_height / 3.0) {
                let span = Rect::from_min_max(pos2(left + from, top), pos2(left + to, top + row_height));
                painter.rect_filled(span, 0.0, visuals.selection.bg_fill);
            }
        }
        if let Some(job) = row.job(scene.font, color) {
            let galley = crate::ui::galleys::galley(ui.ctx(), job);
            painter.galley(pos2(left, top), galley, color);
        }
    }

    if scene.editor.is_empty()
        && let Some(hint) = scene.hint
    {
        let rtl = super::segment::is_rtl_paragraph(hint);
        let (anchor, at) = if rtl {
            (Align2::RIGHT_TOP, scene.text_rect.right_top())
        } else {
            (Align2::LEFT_TOP, scene.text_rect.left_top())
        };
        let hint_color = visuals.weak_text_color();
        painter.text(at, anchor, bidi::visual(hint), scene.font.clone(), hint_color);
    }

    if scene.has_focus && ui.input(|input| input.focused) {
        egui::text_selection::visuals::paint_text_cursor(
            ui,
            &painter,
            scene.caret_rect(),
            time_since_interaction,
        );
    }
}

/// The colour of the field's text, as a [`egui::TextEdit`]'s.
fn text_color(ui: &Ui) -> Color32 {
    ui.visuals()
        .override_text_color
        .unwrap_or_else(|| ui.visuals().widgets.inactive.text_color())
}
