//! Labels laid out once and kept while the meeting is open, so that coming
//! back to a tab does not lay out all its text again.
//!
//! egui keeps a laid-out text only while it is drawn in every frame: the
//! first frame of a tab shaped every label in view (about 150 on the
//! registry, each costing 8–20 µs), which made switching tabs take several
//! times a normal frame. Here the galleys of the labels are kept by the
//! layout they were made for, per window, and reused until the glyph atlas
//! they point into is rebuilt.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Direction, FontSelection, Galley, TextWrapMode, Ui, ViewportId, WidgetText};

/// How many galleys a window keeps: a few screens of every tab. Past it, the
/// half used longest ago is dropped.
const KEPT: usize = 6_000;

/// The galleys of one window (egui context).
#[derive(Clone, Default)]
struct Kept {
    galleys: HashMap<u64, (Arc<Galley>, u64)>,
    /// The pass and window of the last check of the atlas.
    checked: Option<(ViewportId, u64)>,
    /// How full the glyph atlas was then: it only empties when rebuilt.
    fill: f32,
    options: Option<egui::epaint::text::TextOptions>,
}

/// Where a window keeps its galleys, in egui's memory.
fn kept_id() -> egui::Id {
    egui::Id::unique("majlis-kept-galleys")
}

/// `text` as a label in `ui` would lay it out (`wrap` as `Label::wrap_mode`),
/// taken from the galleys kept when it was laid out before. The text stays as
/// it is where a label would flow it after the widgets before it on a
/// wrapping line (egui's own layout handles that case).
pub fn label_text(ui: &Ui, text: impl Into<WidgetText>, wrap: Option<TextWrapMode>) -> WidgetText {
    let text = text.into();
    let wrap = wrap.unwrap_or_else(|| ui.wrap_mode());
    let flowing = wrap == TextWrapMode::Wrap
        && ui.layout().main_dir() == Direction::LeftToRight
        && ui.layout().main_wrap()
        && ui.available_width().is_finite();
    if flowing || matches!(text, WidgetText::Galley(_)) {
        return text;
    }
    let mut job =
        Arc::unwrap_or_clone(text.into_layout_job(ui.style(), FontSelection::Default, ui.text_valign()));
    let width = ui.available_width();
    // As `egui::Label` lays out a label that does not flow.
    match wrap {
        TextWrapMode::Extend => job.wrap.max_width = f32::INFINITY,
        TextWrapMode::Wrap => job.wrap.max_width = width,
        TextWrapMode::Truncate => {
            job.wrap.max_width = width;
            job.wrap.max_rows = 1;
            job.wrap.break_anywhere = true;
        }
    }
    // (egui aligns a label in a grid to the left; a grid lays its cells out
    // on a horizontal line, where that is the line's own side: the same for a
    // label of one line.)
    job.halign = ui.layout().horizontal_placement();
    job.justify = ui.layout().horizontal_justify();
    WidgetText::Galley(galley(ui.ctx(), job))
}

/// `text` as a button in `ui` would lay it out, kept as [`label_text`]
/// keeps a label's. A button that may wrap or cut its text (where the line
/// does not extend) keeps its text, for egui to fit.
pub fn button_text(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let text = text.into();
    if ui.wrap_mode() != TextWrapMode::Extend || matches!(text, WidgetText::Galley(_)) {
        return text;
    }
    let font = FontSelection::Style(egui::TextStyle::Button);
    let mut job = Arc::unwrap_or_clone(text.into_layout_job(ui.style(), font, ui.text_valign()));
    job.wrap = egui::text::TextWrapping::from_wrap_mode_and_width(TextWrapMode::Extend, f32::INFINITY);
    WidgetText::Galley(galley(ui.ctx(), job))
}

/// The galley of `job`, laid out now or kept from before.
pub fn galley(ctx: &egui::Context, mut job: LayoutJob) -> Arc<Galley> {
    if job.wrap.max_width.is_finite() {
        // As egui's own cache does: a width that moves by a rounding error
        // must not lay the text out again.
        job.wrap.max_width = job.wrap.max_width.round();
    }
    let pixels_per_point = ctx.pixels_per_point();
    let key = {
        let mut hasher = std::hash::DefaultHasher::new();
        job.hash(&mut hasher);
        pixels_per_point.to_bits().hash(&mut hasher);
        hasher.finish()
    };
    let pass = ctx.cumulative_pass_nr();
    let viewport = ctx.viewport_id();
    let (fill, options) = ctx.fonts(|fonts| (fonts.font_atlas_fill_ratio(), *fonts.options()));
    let id = kept_id();
    let found = ctx.data_mut(|data| {
        let kept = data.get_temp_mut_or_default::<Kept>(id);
        if kept.checked != Some((viewport, pass)) {
            // A rebuilt atlas (full, or other text options) leaves every
            // galley pointing at glyphs that are gone.
            if fill < kept.fill || kept.options.as_ref() != Some(&options) {
                kept.galleys.clear();
            }
            kept.checked = Some((viewport, pass));
            kept.fill = fill;
            kept.options = Some(options);
        }
        kept.galleys.get_mut(&key).map(|(galley, used)| {
            *used = pass;
            Arc::clone(galley)
        })
    });
    if let Some(galley) = found {
        return galley;
    }
    let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
    ctx.data_mut(|data| {
        let kept = data.get_temp_mut_or_default::<Kept>(id);
        if kept.galleys.len() >= KEPT {
            forget_older_half(&mut kept.galleys);
        }
        kept.galleys.insert(key, (Arc::clone(&galley), pass));
    });
    galley
}

/// `text` on one line, as [`egui::Painter::layout_no_wrap`] lays it out.
pub fn no_wrap(ctx: &egui::Context, text: String, font: egui::FontId, color: egui::Color32) -> Arc<Galley> {
    galley(ctx, LayoutJob::simple(text, font, color, f32::INFINITY))
}

/// Drops the half of `galleys` used longest ago.
fn forget_older_half(galleys: &mut HashMap<u64, (Arc<Galley>, u64)>) {
    let mut used: Vec<u64> = galleys.values().map(|(_, used)| *used).collect();
    let middle = used.len() / 2;
    let (_, &mut cut, _) = used.select_nth_unstable(middle);
    galleys.retain(|_, (_, used)| *used > cut);
}

/// How many galleys the window `ctx` keeps.
pub fn kept(ctx: &egui::Context) -> usize {
    ctx.data_mut(|data| data.get_temp_mut_or_default::<Kept>(kept_id()).galleys.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One pass of `ctx` in which `add` draws in a central panel.
    fn pass<R>(ctx: &egui::Context, add: impl FnOnce(&mut Ui) -> R) -> R {
        let mut result = None;
        let mut add = Some(add);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(800.0, 600.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                if let Some(add) = add.take() {
                    result = Some(add(ui));
                }
            });
        });
        output.textures_delta.clear();
        result.expect("the panel was drawn")
    }

    fn shown(ui: &mut Ui, text: &str) -> Arc<Galley> {
        match label_text(ui, text, None) {
            WidgetText::Galley(galley) => galley,
            _ => panic!("a label in a panel is laid out here"),
        }
    }

    #[test]
    fn a_label_away_for_some_frames_comes_back_without_being_laid_out_again() {
        let ctx = egui::Context::default();
        let first = pass(&ctx, |ui| shown(ui, "Arab ICT Organization"));
        for _ in 0..5 {
            pass(&ctx, |ui| ui.label("another tab"));
        }
        let again = pass(&ctx, |ui| shown(ui, "Arab ICT Organization"));
        assert!(Arc::ptr_eq(&first, &again));
        // egui's own cache had dropped it.
        let egui_first = pass(&ctx, |ui| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    "Beirut".into(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                )
            })
        });
        for _ in 0..2 {
            pass(&ctx, |ui| ui.label("another tab"));
        }
        let egui_again = pass(&ctx, |ui| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    "Beirut".into(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                )
            })
        });
        assert!(!Arc::ptr_eq(&egui_first, &egui_again));
    }

    #[test]
    fn a_label_is_laid_out_as_egui_lays_it_out() {
        let ctx = egui::Context::default();
        for wrap in [None, Some(TextWrapMode::Truncate), Some(TextWrapMode::Extend)] {
            let (kept, egui_size) = pass(&ctx, |ui| {
                ui.set_max_width(120.0);
                let text = "Economic and Social Commission for Western Asia";
                let kept = label_text(ui, text, wrap);
                let kept = ui.add(egui::Label::new(kept)).rect.size();
                let mut label = egui::Label::new(text);
                if let Some(wrap) = wrap {
                    label = label.wrap_mode(wrap);
                }
                (kept, ui.add(label).rect.size())
            });
            assert_eq!(kept, egui_size, "{wrap:?}");
        }
    }

    #[test]
    fn the_text_changes_with_the_zoom() {
        let ctx = egui::Context::default();
        let normal = pass(&ctx, |ui| shown(ui, "Majlis"));
        ctx.set_zoom_factor(2.0);
        let zoomed = pass(&ctx, |ui| shown(ui, "Majlis"));
        assert!(!Arc::ptr_eq(&normal, &zoomed));
        assert!((zoomed.pixels_per_point - 2.0 * normal.pixels_per_point).abs() < 1e-3);
    }

    #[test]
    fn past_the_limit_the_older_half_is_forgotten() {
        let ctx = egui::Context::default();
        let galley = pass(&ctx, |ui| shown(ui, "x"));
        let mut galleys: HashMap<u64, (Arc<Galley>, u64)> =
            (0..10).map(|k| (k, (Arc::clone(&galley), k))).collect();
        forget_older_half(&mut galleys);
        let mut left: Vec<u64> = galleys.keys().copied().collect();
        left.sort_unstable();
        assert_eq!(left, vec![6, 7, 8, 9]);
    }
}
