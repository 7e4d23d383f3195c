//! Colours and spacing in one place.

use egui::Color32;

pub const FIELD_LABEL_WIDTH: f32 = 130.0;
pub const EDITOR_WIDTH: f32 = 380.0;
pub const ROW_HEIGHT: f32 = 22.0;
pub const CARD_WIDTH: f32 = 190.0;

pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x3b, 0x3b);
pub const WARNING: Color32 = Color32::from_rgb(0xd8, 0x8c, 0x1a);
pub const OK: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);

/// Applies the app's look to a context.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
}
