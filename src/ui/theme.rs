//! Colours and spacing in one place.

use egui::Color32;

pub const FIELD_LABEL_WIDTH: f32 = 130.0;
pub const EDITOR_WIDTH: f32 = 380.0;
pub const ROW_HEIGHT: f32 = 22.0;
pub const CARD_WIDTH: f32 = 190.0;

pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x3b, 0x3b);
pub const WARNING: Color32 = Color32::from_rgb(0xd8, 0x8c, 0x1a);
pub const OK: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);

/// The width of the dropped column while it is set aside.
pub const COLLAPSED_COLUMN_WIDTH: f32 = 110.0;

/// The colour of a partner's chip by stakeholder-type key: light enough for
/// black text on a light or dark board, far enough apart to tell at a glance.
pub fn stakeholder_colour(kind: &str) -> Color32 {
    match kind {
        "government" => Color32::from_rgb(0x9e, 0xc5, 0xfe),
        "private" => Color32::from_rgb(0xff, 0xd1, 0x80),
        "academia" => Color32::from_rgb(0xc5, 0xb3, 0xf6),
        "ngo" => Color32::from_rgb(0xa7, 0xe3, 0xb5),
        "international" => Color32::from_rgb(0x9f, 0xe0, 0xe6),
        "incubator" => Color32::from_rgb(0xff, 0xb3, 0xc1),
        "financing" => Color32::from_rgb(0xe8, 0xe2, 0x7a),
        _ => Color32::from_rgb(0xd0, 0xd0, 0xd0),
    }
}

/// Applies the app's look to a context.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
}
