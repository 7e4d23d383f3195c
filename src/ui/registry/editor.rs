//! The editors of one organisation or one person.

use egui::Ui;

use super::index::Index;
use crate::action::Action;
use crate::model::{Document, Organisation, Person, Term, now};
use crate::tr;
use crate::ui::{theme, widgets};

/// Rows of the organisation drop-down shown at once; the rest scroll.
const PICKER_HEIGHT: f32 = 300.0;

/// Fields of one organisation; a change pushes an edit.
pub fn organisation_editor(ui: &mut Ui, doc: &Document, org: &Organisation, actions: &mut Vec<Action>) {
    widgets::heading(ui, &org.name);
    let mut draft = org.clone();
    widgets::text_field(ui, &tr!("registry-field-name"), &mut draft.name);
    widgets::text_field(ui, &tr!("registry-field-name-arabic"), &mut draft.name_ar);
    widgets::text_field(ui, &tr!("registry-field-acronym"), &mut draft.acronym);
    let types = terms(&doc.vocabularies.stakeholder_types);
    widgets::choice(
        ui,
        &tr!("registry-field-stakeholder-type"),
        &mut draft.stakeholder_type,
        &types,
    );
    widgets::text_field(ui, &tr!("registry-field-country"), &mut draft.country);
    widgets::text_field(ui, &tr!("registry-field-website"), &mut draft.website);
    widgets::text_field(ui, &tr!("registry-field-contact"), &mut draft.contact);
    widgets::lines_field(ui, &tr!("registry-field-offers"), &mut draft.offers);
    widgets::lines_field(ui, &tr!("registry-field-needs"), &mut draft.needs);
    if draft != *org {
        draft.modified = now();
        actions.push(Action::UpsertOrganisation(draft));
    }
}

/// Fields of one person; a change pushes an edit.
pub fn person_editor(ui: &mut Ui, doc: &Document, index: &Index, person: &Person, actions: &mut Vec<Action>) {
    widgets::heading(ui, &person.name);
    let mut draft = person.clone();
    widgets::text_field(ui, &tr!("registry-field-name"), &mut draft.name);
    organisation_picker(ui, doc, index, &mut draft);
    widgets::text_field(ui, &tr!("registry-field-role"), &mut draft.role);
    widgets::text_field(ui, &tr!("registry-field-email"), &mut draft.email);
    widgets::text_field(ui, &tr!("registry-field-phone"), &mut draft.phone);
    if draft != *person {
        draft.modified = now();
        actions.push(Action::UpsertPerson(draft));
    }
}

/// The person's organisation. The list can hold thousands of organisations, so
/// it draws only the rows in view and builds nothing while it is closed; the
/// choice changes only when the user picks, so a dangling reference is kept
/// until someone replaces it.
fn organisation_picker(ui: &mut Ui, doc: &Document, index: &Index, draft: &mut Person) {
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(tr!("registry-field-organisation")),
        );
        let current = match draft.organisation {
            None => tr!("registry-no-organisation"),
            Some(_) => index.organisation_name(doc, draft.organisation),
        };
        let row_height = ui.spacing().interact_size.y;
        let nobody = tr!("registry-no-organisation");
        let response = egui::ComboBox::from_id_salt("Organisation")
            .selected_text(crate::bidi::visual(&current))
            .width(220.0)
            .show_ui(ui, |ui| {
                egui::ScrollArea::vertical().max_height(PICKER_HEIGHT).show_rows(
                    ui,
                    row_height,
                    doc.organisations.len() + 1,
                    |ui, rows| {
                        for row in rows {
                            let (choice, text) = match row.checked_sub(1) {
                                None => (None, nobody.as_str()),
                                Some(i) => match doc.organisations.get(i) {
                                    Some(org) => (Some(org.id), org.name.as_str()),
                                    None => continue,
                                },
                            };
                            let picked = draft.organisation == choice;
                            if widgets::selectable(ui, picked, text).clicked() {
                                draft.organisation = choice;
                            }
                        }
                    },
                );
            })
            .response
            .labelled_by(label.id);
        widgets::combo_value(ui, &response, &current);
    });
}

fn terms(terms: &[Term]) -> Vec<(String, String)> {
    terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
}
