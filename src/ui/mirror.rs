//! Right to left for the whole window: in Arabic, side panels stand on the
//! left, rows run from the right and labels align right.
//!
//! egui lays a row out from the right whenever the layout around it is top
//! down and aligned right, so mirroring a panel is giving its body that
//! layout ([`body`]); what egui cannot turn (table columns, the board's
//! stages) asks [`is_right_to_left`] and orders itself.

use egui::{Align, Layout, Ui};

/// Whether the interface reads right to left.
pub fn is_right_to_left() -> bool {
    crate::i18n::language().is_right_to_left()
}

/// A side panel at the end of the reading line: right in English, left in Arabic.
pub fn end_panel(id: &'static str) -> egui::Panel {
    if is_right_to_left() {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    }
}

/// A side panel at the start of the reading line: left in English, right in Arabic.
pub fn start_panel(id: &'static str) -> egui::Panel {
    if is_right_to_left() {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// Draws `add` in the reading direction: as it is in English; top down,
/// aligned right and with rows running from the right in Arabic.
pub fn body<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if is_right_to_left() {
        ui.with_layout(Layout::top_down(Align::Max), add).inner
    } else {
        add(ui)
    }
}

/// `items` in reading order: as given in English, reversed in Arabic (the
/// columns of a table, the stages of the board).
pub fn in_reading_order<T>(mut items: Vec<T>) -> Vec<T> {
    if is_right_to_left() {
        items.reverse();
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};

    #[test]
    fn arabic_reverses_what_egui_cannot_turn() {
        assert_eq!(in_reading_order(vec![1, 2, 3]), [1, 2, 3]);
        assert_eq!(
            in_language(Language::Arabic, || in_reading_order(vec![1, 2, 3])),
            [3, 2, 1]
        );
    }

    #[test]
    fn an_arabic_body_runs_rows_from_the_right() {
        let ctx = egui::Context::default();
        let mut rows = Vec::new();
        for language in [Language::English, Language::Arabic] {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                in_language(language, || {
                    body(ui, |ui| {
                        ui.horizontal(|ui| {
                            let first = ui.label("first").rect;
                            let second = ui.label("second").rect;
                            rows.push(first.center().x < second.center().x);
                        });
                    });
                });
            });
            output.textures_delta.clear();
        }
        assert_eq!(rows, [true, false], "English left to right, Arabic right to left");
    }
}
