//! Small widgets shared by the panels.

use egui::{Response, Ui};

use super::text_field::TextField;
use super::theme;
use crate::bidi;

/// A label whose Arabic words show in reading order.
pub fn text(ui: &mut Ui, text: &str) -> Response {
    ui.label(bidi::visual(text))
}

/// Text for a widget, reordered for Arabic.
pub fn rich(text: &str) -> String {
    bidi::visual(text).into_owned()
}

/// A button whose accessible name says more than its text, such as
/// "Delete this record" for a button that shows "Delete".
pub fn named_button(ui: &mut Ui, text: &str, name: &str) -> Response {
    let enabled = ui.is_enabled();
    let response = ui.small_button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name));
    response
}

/// A labelled drop-down of the people in the registry.
pub fn person_choice(
    ui: &mut Ui,
    doc: &crate::model::Document,
    label: &str,
    value: &mut Option<crate::model::Id>,
) {
    ui.horizontal(|ui| {
        let label_response = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new(label));
        egui::ComboBox::from_id_salt(label)
            .selected_text(rich(&doc.person_name(*value)))
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(value, None, "(nobody)");
                for person in &doc.people {
                    ui.selectable_value(value, Some(person.id), rich(&person.name));
                }
            })
            .response
            .labelled_by(label_response.id);
    });
}

/// A labelled single-line text field; the label is its accessible name.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new(label));
        TextField::singleline(value)
            .desired_width(f32::INFINITY)
            .show(ui)
            .labelled_by(label.id)
    })
    .inner
}

/// A labelled multi-line text field.
pub fn text_area(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    TextField::multiline(value)
        .desired_rows(3)
        .desired_width(f32::INFINITY)
        .show(ui)
        .labelled_by(label.id)
}

/// A list of short phrases edited one per line.
pub fn lines_field(ui: &mut Ui, label: &str, values: &mut Vec<String>) -> Response {
    let mut joined = values.join("\n");
    let response = text_area(ui, label, &mut joined);
    if response.changed() {
        // `split`, not `lines`: a new line being started must survive until typed into.
        *values = joined
            .split('\n')
            .map(|line| line.trim_end_matches('\r').to_owned())
            .collect();
    }
    response
}

/// A labelled drop-down over `(key, label)` pairs, editing a key.
pub fn choice(ui: &mut Ui, label: &str, value: &mut String, options: &[(String, String)]) {
    ui.horizontal(|ui| {
        let label_response = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new(label));
        let selected = options
            .iter()
            .find(|(key, _)| key == value)
            .map_or_else(|| value.clone(), |(_, text)| text.clone());
        egui::ComboBox::from_id_salt(label)
            .selected_text(selected)
            .width(220.0)
            .show_ui(ui, |ui| {
                for (key, text) in options {
                    ui.selectable_value(value, key.clone(), text);
                }
            })
            .response
            .labelled_by(label_response.id);
    });
}

/// A labelled search box.
pub fn search(ui: &mut Ui, hint: &str, query: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = ui.label("Search");
        TextField::singleline(query)
            .hint_text(hint)
            .desired_width(240.0)
            .show(ui)
            .labelled_by(label.id)
    })
    .inner
}

/// Whether `haystack` contains `needle`, ignoring case.
pub fn matches(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.to_lowercase().contains(&needle.to_lowercase())
}
