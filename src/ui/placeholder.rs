//! Panels that are not built yet say what will be there.

use crate::tr;

/// Describes a panel still to come.
pub fn ui(ui: &mut egui::Ui, title: &str, what: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(title);
        ui.add_space(8.0);
        ui.label(tr!("placeholder-not-built", title = title));
        ui.weak(tr!("placeholder-will-show", what = what));
    });
}
