//! Panels that are not built yet say what will be there.

/// Describes a panel still to come.
pub fn ui(ui: &mut egui::Ui, title: &str, what: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(title);
        ui.add_space(8.0);
        ui.label(format!("{title} is not built yet in this version of Majlis"));
        ui.weak(format!("It will show: {what}"));
    });
}
