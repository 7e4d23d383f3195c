//! The start screen, shown when no meeting is open.

use crate::ui::widgets;
use std::path::PathBuf;

use crate::tr;

/// What the user chose on the start screen.
pub enum StartChoice {
    New,
    Open,
    OpenRecent(PathBuf),
    OpenSample,
}

/// Draws the start screen and returns the user's choice, if any.
pub fn ui(ui: &mut egui::Ui, recent: &[PathBuf]) -> Option<StartChoice> {
    let mut choice = None;
    ui.vertical_centered(|ui| {
        ui.add_space(48.0);
        widgets::heading(ui, &tr!("start-title"));
        widgets::label(ui, &tr!("start-tagline"));
        ui.add_space(24.0);
        if widgets::button(ui, &tr!("start-new")).clicked() {
            choice = Some(StartChoice::New);
        }
        if widgets::button(ui, &tr!("start-open")).clicked() {
            choice = Some(StartChoice::Open);
        }
        if widgets::button(ui, &tr!("start-open-sample")).clicked() {
            choice = Some(StartChoice::OpenSample);
        }
        ui.add_space(24.0);
        if !recent.is_empty() {
            widgets::styled(ui, &tr!("start-recent"), egui::RichText::strong);
            for path in recent {
                if ui.link(path.display().to_string()).clicked() {
                    choice = Some(StartChoice::OpenRecent(path.clone()));
                }
            }
        }
    });
    choice
}
