//! Colours and spacing in one place.

use egui::Color32;

use crate::preferences::Theme;

pub const FIELD_LABEL_WIDTH: f32 = 130.0;
pub const EDITOR_WIDTH: f32 = 380.0;
pub const ROW_HEIGHT: f32 = 22.0;
pub const CARD_WIDTH: f32 = 190.0;

/// The colour of an error in text, readable on the theme's panels.
pub fn error(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// The colour of a warning in text, readable on the theme's panels.
pub fn warning(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

/// The colour of something done or fine, readable on the theme's panels.
pub fn ok(ui: &egui::Ui) -> Color32 {
    ok_on(ui.visuals().dark_mode)
}

fn ok_on(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x5c, 0xc8, 0x82)
    } else {
        Color32::from_rgb(0x1a, 0x7a, 0x43)
    }
}

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

/// Applies the app's look to a context, in the theme chosen.
pub fn apply(ctx: &egui::Context, theme: Theme) {
    for which in [egui::Theme::Dark, egui::Theme::Light] {
        ctx.set_visuals_of(which, visuals(which));
    }
    ctx.set_theme(match theme {
        Theme::Dark => egui::Theme::Dark,
        Theme::Light => egui::Theme::Light,
    });
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
}

/// egui's colours, changed where they fall short of WCAG AA contrast (4.5:1
/// for text) on the panels, and with a focus ring that shows where the
/// keyboard is.
pub fn visuals(theme: egui::Theme) -> egui::Visuals {
    let dark = theme == egui::Theme::Dark;
    let mut visuals = theme.default_visuals();
    if dark {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(200);
        visuals.weak_text_color = Some(Color32::from_gray(150));
        visuals.error_fg_color = Color32::from_rgb(0xff, 0x7a, 0x7a);
        visuals.warn_fg_color = Color32::from_rgb(0xff, 0xb0, 0x40);
        visuals.hyperlink_color = Color32::from_rgb(0x7d, 0xbc, 0xff);
    } else {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(40);
        visuals.weak_text_color = Some(Color32::from_gray(96));
        visuals.error_fg_color = Color32::from_rgb(0xb4, 0x1e, 0x1e);
        visuals.warn_fg_color = Color32::from_rgb(0x8c, 0x50, 0x00);
        visuals.hyperlink_color = Color32::from_rgb(0x00, 0x55, 0xb0);
    }
    visuals
}

/// The colour of the ring drawn around whatever has the keyboard.
pub fn focus_ring(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xff, 0xd5, 0x4f)
    } else {
        Color32::from_rgb(0x00, 0x4a, 0xad)
    }
}

/// Draws a ring around the widget that has the keyboard, when it was
/// reached by the keyboard (a click does not need one): every control,
/// table rows included, shows where Tab has taken the reader.
pub fn focus_ring_ui(ctx: &egui::Context) {
    let by_keyboard = ctx.input(|input| {
        input.events.iter().rev().find_map(|event| match event {
            egui::Event::Key {
                key:
                    egui::Key::Tab
                    | egui::Key::ArrowUp
                    | egui::Key::ArrowDown
                    | egui::Key::ArrowLeft
                    | egui::Key::ArrowRight,
                pressed: true,
                ..
            } => Some(true),
            egui::Event::PointerButton { pressed: true, .. } => Some(false),
            _ => None,
        })
    });
    let remembered = egui::Id::unique("majlis_keyboard_navigating");
    let by_keyboard = ctx.data_mut(|data| {
        let navigating = data.get_temp_mut_or(remembered, false);
        if let Some(by_keyboard) = by_keyboard {
            *navigating = by_keyboard;
        }
        *navigating
    });
    let Some(focused) = ctx.memory(egui::Memory::focused).filter(|_| by_keyboard) else {
        return;
    };
    let Some(response) = ctx.read_response(focused) else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("majlis_focus_ring"),
    ));
    let colour = ctx.style_of(ctx.theme()).visuals.clone();
    painter.rect_stroke(
        response.rect.expand(2.0),
        3.0,
        egui::Stroke::new(2.0, focus_ring(&colour)),
        egui::StrokeKind::Outside,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of an opaque colour.
    fn luminance(colour: Color32) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
    }

    /// WCAG 2 contrast ratio of two opaque colours (1 to 21).
    fn contrast(a: Color32, b: Color32) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn the_contrast_ratio_is_worked_out_as_wcag_defines_it() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::from_gray(119), Color32::WHITE) - 4.48).abs() < 0.01);
    }

    /// Text meets WCAG AA (4.5:1) on every background it is drawn on, in both
    /// themes; the focus ring, a graphic, meets 3:1.
    #[test]
    fn theme_colours_meet_wcag_aa() {
        let mut failures = Vec::new();
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let visuals = visuals(theme);
            let texts = [
                ("text", visuals.text_color()),
                ("weak text", visuals.weak_text_color()),
                ("strong text", visuals.strong_text_color()),
                ("error", visuals.error_fg_color),
                ("warning", visuals.warn_fg_color),
                ("ok", ok_on(visuals.dark_mode)),
                ("link", visuals.hyperlink_color),
            ];
            let backgrounds = [
                ("panel", visuals.panel_fill),
                ("window", visuals.window_fill),
                ("text field", visuals.text_edit_bg_color()),
                ("stripe", visuals.panel_fill.blend(visuals.faint_bg_color)),
            ];
            for (text, colour) in texts {
                for (background, fill) in backgrounds {
                    let ratio = contrast(colour, fill);
                    if ratio < 4.5 {
                        failures.push(format!("{theme:?}: {text} on {background}: {ratio:.2}"));
                    }
                }
            }
            for (state, widget) in [
                ("button", visuals.widgets.inactive),
                ("hovered button", visuals.widgets.hovered),
                ("pressed button", visuals.widgets.active),
            ] {
                let ratio = contrast(widget.fg_stroke.color, widget.weak_bg_fill);
                if ratio < 4.5 {
                    failures.push(format!("{theme:?}: {state} text: {ratio:.2}"));
                }
            }
            let ring = contrast(focus_ring(&visuals), visuals.panel_fill);
            if ring < 3.0 {
                failures.push(format!("{theme:?}: focus ring: {ring:.2}"));
            }
        }
        // Partner chips carry dark text on both boards.
        for kind in [
            "government",
            "private",
            "academia",
            "ngo",
            "international",
            "incubator",
            "financing",
            "",
        ] {
            let ratio = contrast(Color32::BLACK, stakeholder_colour(kind));
            if ratio < 4.5 {
                failures.push(format!("chip {kind:?}: {ratio:.2}"));
            }
        }
        assert!(failures.is_empty(), "below WCAG AA:\n{}", failures.join("\n"));
    }

    /// Why the theme changes egui's colours: its defaults fall short.
    #[test]
    fn egui_defaults_fall_short_where_the_theme_changes_them() {
        let dark = egui::Visuals::dark();
        assert!(contrast(dark.weak_text_color(), dark.panel_fill) < 4.5);
        let light = egui::Visuals::light();
        assert!(contrast(light.error_fg_color, light.panel_fill) < 4.5);
    }
}
