//! "Erase this person…": a person's request to be forgotten, with a
//! confirmation that says what goes.

use egui::Ui;

use crate::action::Action;
use crate::model::erase::reach;
use crate::model::{Document, Person};
use crate::tr;
use crate::ui::widgets;

/// The button, and the confirmation while it is open.
pub fn ui(ui: &mut Ui, doc: &Document, person: &Person, actions: &mut Vec<Action>) {
    let open_id = egui::Id::unique(("majlis_erase_person", person.id));
    if widgets::button(ui, &tr!("personal-erase-ask")).clicked() {
        ui.data_mut(|d| d.insert_temp(open_id, true));
    }
    if !ui.data(|d| d.get_temp::<bool>(open_id).unwrap_or(false)) {
        return;
    }
    let mut close = false;
    let modal = egui::Modal::new(open_id.with("modal")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        widgets::sentence_styled(
            ui,
            &tr!("personal-erase-heading", name = person.name.trim()),
            egui::RichText::heading,
        );
        let reach = reach(doc, person.id);
        widgets::paragraph(ui, &tr!("personal-erase-registry"));
        widgets::paragraph(
            ui,
            &tr!(
                "personal-erase-references",
                turns = reach.turns,
                actions = reach.actions,
                roles = reach.agenda_roles,
                reports = reach.reports
            ),
        );
        widgets::paragraph(ui, &tr!("personal-erase-copies"));
        widgets::paragraph(ui, &tr!("personal-erase-free-text"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if widgets::button(ui, &tr!("personal-erase")).clicked() {
                actions.push(Action::Erase(person.id));
                close = true;
            }
            if widgets::button(ui, &tr!("dialog-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        ui.data_mut(|d| d.remove::<bool>(open_id));
    }
}
