//! The start screen, shown when no meeting is open.

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
        ui.heading(tr!("start-title"));
        ui.label(tr!("start-tagline"));
        ui.add_space(24.0);
        if ui.button(tr!("start-new")).clicked() {
            choice = Some(StartChoice::New);
        }
        if ui.button(tr!("start-open")).clicked() {
            choice = Some(StartChoice::Open);
        }
        if ui.button(tr!("start-open-sample")).clicked() {
            choice = Some(StartChoice::OpenSample);
        }
        ui.add_space(24.0);
        if !recent.is_empty() {
            ui.strong(tr!("start-recent"));
            for path in recent {
                if ui.link(path.display().to_string()).clicked() {
                    choice = Some(StartChoice::OpenRecent(path.clone()));
                }
            }
        }
    });
    choice
}
