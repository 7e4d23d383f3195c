//! The View and Help menus: the interface's language, light or dark, the
//! zoom, and the list of every shortcut (F1). The choices are the laptop's,
//! remembered between runs, never written into a meeting file.

use super::MajlisApp;
use crate::command::Command;
use crate::i18n::{self, Language};
use crate::preferences::{Theme, clamp_zoom};
use crate::tr;
use crate::ui;
use crate::ui::widgets;

/// How much one Ctrl+Plus or Ctrl+Minus changes the zoom.
const ZOOM_STEP: f32 = 0.1;

/// The zoom one step in or out from `zoom`, on the tenths, within the range.
pub(super) fn zoom_step(zoom: f32, steps: f32) -> f32 {
    clamp_zoom(((zoom + steps * ZOOM_STEP) * 10.0).round() / 10.0)
}

impl MajlisApp {
    /// The interface's language: the catalogue, the reading direction and
    /// every panel follow it from the next frame.
    pub fn choose_language(&mut self, language: Language) {
        i18n::set_language(language);
        if self.preferences.language != language {
            self.preferences.language = language;
            self.preferences.remember();
        }
    }

    /// Light or dark colours for the window.
    pub fn choose_theme(&mut self, theme: Theme) {
        if self.preferences.theme != theme {
            self.preferences.theme = theme;
            self.preferences.remember();
        }
    }

    /// The preferences as chosen.
    pub fn preferences(&self) -> &crate::preferences::Preferences {
        &self.preferences
    }

    pub(super) fn zoom(&mut self, command: Command) {
        let zoom = match command {
            Command::ZoomIn => zoom_step(self.preferences.zoom, 1.0),
            Command::ZoomOut => zoom_step(self.preferences.zoom, -1.0),
            _ => 1.0,
        };
        if (zoom - self.preferences.zoom).abs() > f32::EPSILON {
            self.preferences.zoom = zoom;
            self.preferences.remember();
        }
    }

    /// Brings the context in line with the preferences: colours and zoom.
    pub(super) fn apply_preferences(&mut self, ctx: &egui::Context) {
        let wanted = (self.preferences.theme, self.preferences.zoom);
        if self.applied != Some(wanted) {
            ui::theme::apply(ctx, self.preferences.theme);
            ctx.set_zoom_factor(self.preferences.zoom);
            self.applied = Some(wanted);
        }
    }

    pub(super) fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        widgets::menu_button(ui, &tr!("menu-view"), |ui| {
            widgets::menu_button(ui, &tr!("view-language"), |ui| {
                for language in Language::ALL {
                    let chosen = self.preferences.language == language;
                    if widgets::radio(ui, chosen, language.own_name()).clicked() {
                        self.choose_language(language);
                        ui.close();
                    }
                }
            });
            widgets::menu_button(ui, &tr!("view-theme"), |ui| {
                for theme in Theme::ALL {
                    let label = match theme {
                        Theme::Dark => tr!("view-theme-dark"),
                        Theme::Light => tr!("view-theme-light"),
                    };
                    if widgets::radio(ui, self.preferences.theme == theme, &label).clicked() {
                        self.choose_theme(theme);
                        ui.close();
                    }
                }
            });
            ui.separator();
            for command in [Command::ZoomIn, Command::ZoomOut, Command::ZoomReset] {
                if command.menu_button(ui, true) {
                    self.zoom(command);
                }
            }
            let percent = format!("{:.0}", self.preferences.zoom * 100.0);
            widgets::weak(ui, &tr!("view-zoom-now", percent = percent));
        });
        widgets::menu_button(ui, &tr!("menu-help"), |ui| {
            if Command::Help.menu_button(ui, true) {
                self.help_open = true;
                ui.close();
            }
        });
    }

    /// The list of shortcuts over the window, while open: F1 or the Help
    /// menu opens it, Escape, F1 again or Close shuts it.
    pub(super) fn help_ui(&mut self, ctx: &egui::Context) {
        if !self.help_open {
            return;
        }
        let response = egui::Modal::new(egui::Id::unique("majlis_help")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            widgets::dialog_heading(ui, &tr!("help-title"));
            egui::Grid::new("majlis_help_keys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (command, keys) in shortcut_rows(ctx) {
                        // The command first in reading order: on the right in Arabic.
                        for text in ui::mirror::in_reading_order(vec![command, keys]) {
                            widgets::label(ui, &text);
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            for line in [tr!("help-tab"), tr!("help-enter"), tr!("help-escape")] {
                widgets::sentence(ui, &line);
            }
            widgets::button(ui, &tr!("help-close")).clicked()
        });
        let closing = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F1));
        if response.inner || response.should_close() || closing {
            self.help_open = false;
        }
    }
}

/// Each command with a shortcut and the keys that run it, in the
/// interface's language and the platform's way of writing keys.
pub fn shortcut_rows(ctx: &egui::Context) -> Vec<(String, String)> {
    Command::ALL
        .into_iter()
        .filter_map(|command| {
            let keys: Vec<String> = [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
                .map(|shortcut| ctx.format_shortcut(&shortcut))
                .collect();
            (!keys.is_empty()).then(|| (command.label(), keys.join(" · ")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_by_tenths_within_the_range() {
        assert!((zoom_step(1.0, 1.0) - 1.1).abs() < 1e-6);
        assert!((zoom_step(1.1, -1.0) - 1.0).abs() < 1e-6);
        assert!((zoom_step(0.5, -1.0) - 0.5).abs() < 1e-6);
        assert!((zoom_step(3.0, 1.0) - 3.0).abs() < 1e-6);
        // Nine steps in and nine out come back to the normal size exactly.
        let mut zoom = 1.0;
        for _ in 0..9 {
            zoom = zoom_step(zoom, 1.0);
        }
        for _ in 0..9 {
            zoom = zoom_step(zoom, -1.0);
        }
        assert!((zoom - 1.0).abs() < 1e-6);
    }

    #[test]
    fn every_shortcut_of_the_command_table_is_listed_with_its_keys() {
        let ctx = egui::Context::default();
        let rows = shortcut_rows(&ctx);
        let with_shortcut = Command::ALL.iter().filter(|c| c.shortcut().is_some()).count();
        assert_eq!(rows.len(), with_shortcut);
        assert!(
            rows.contains(&(Command::Help.label(), "F1".to_owned())),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|(label, keys)| *label == Command::Redo.label() && keys.contains(" · ")),
            "redo lists both its shortcuts: {rows:?}"
        );
        let arabic = i18n::in_language(Language::Arabic, || shortcut_rows(&ctx));
        assert_ne!(arabic[0].0, rows[0].0, "the list speaks the interface's language");
    }
}
