//! The fonts Majlis embeds on top of egui's defaults.
//!
//! egui's default fonts (Ubuntu-Light, Hack and a few emoji/icon fonts) cover
//! Latin, Greek and Cyrillic but have no Arabic glyphs at all. Majlis embeds
//! Noto Sans Arabic (SIL Open Font License 1.1, see `assets/fonts/OFL.txt`)
//! and appends it to the end of both the proportional and the monospace
//! fallback chains, so Latin text keeps its usual look and only the characters
//! the default fonts lack (Arabic letters, Arabic-Indic digits, Arabic
//! punctuation, ZWJ/ZWNJ...) are taken from it.
//!
//! egui joins the Arabic letters of a word itself (it shapes every run with
//! `harfrust`), but it has no bidi algorithm: see [`crate::bidi`] for putting
//! the words of a right-to-left label in the right order.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// The name under which the Arabic font is registered in egui's font definitions.
pub const ARABIC_FONT_NAME: &str = "NotoSansArabic-Regular";

/// Noto Sans Arabic Regular 2.005, from the Debian package `fonts-noto-core`.
static NOTO_SANS_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");

/// Installs the embedded fonts into `ctx`.
///
/// Noto Sans Arabic is added as the lowest-priority fallback of the
/// [`FontFamily::Proportional`] and [`FontFamily::Monospace`] families, after
/// egui's default fonts. Calling this more than once is harmless: egui skips a
/// font whose name it already knows.
///
/// The fonts take effect right away if no text has been laid out yet in the
/// current pass, otherwise at the start of the next pass.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(arabic_font_insert());
}

/// The [`FontInsert`] that appends Noto Sans Arabic to both font families.
pub fn arabic_font_insert() -> FontInsert {
    FontInsert::new(
        ARABIC_FONT_NAME,
        FontData::from_static(NOTO_SANS_ARABIC),
        vec![
            InsertFontFamily {
                family: FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
            InsertFontFamily {
                family: FontFamily::Monospace,
                priority: FontPriority::Lowest,
            },
        ],
    )
}
