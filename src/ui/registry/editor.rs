//! The editors of one organisation or one person.

use egui::Ui;

use super::index::Index;
use crate::action::Action;
use crate::model::{Confidentiality, Document, Id, Organisation, Person, Term, now};
use crate::tr;
use crate::ui::{theme, widgets};

/// Rows of the organisation drop-down shown at once; the rest scroll.
const PICKER_HEIGHT: f32 = 300.0;

/// What a click in an editor asks to open.
#[derive(Default)]
pub struct Open {
    /// A person of the organisation, to edit.
    pub person: Option<Id>,
    /// A partnership the organisation is in, to show on the board.
    pub partnership: Option<Id>,
}

/// Fields of one organisation, its people and its partnerships; a change pushes an edit.
pub fn organisation_editor(
    ui: &mut Ui,
    doc: &Document,
    index: &Index,
    org: &Organisation,
    open: &mut Open,
    actions: &mut Vec<Action>,
) {
    widgets::heading(ui, &org.name);
    let mut draft = org.clone();
    widgets::text_field(ui, &tr!("registry-field-name"), &mut draft.name);
    widgets::text_field(ui, &tr!("registry-field-name-arabic"), &mut draft.name_ar);
    widgets::text_field(ui, &tr!("registry-field-acronym"), &mut draft.acronym);
    aliases_field(ui, &mut draft.aliases);
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
    confidentiality_choice(ui, &mut draft.contact_confidentiality);
    focus_areas_ui(ui, doc, &mut draft.focus_areas);
    widgets::lines_field(ui, &tr!("registry-field-offers"), &mut draft.offers);
    widgets::lines_field(ui, &tr!("registry-field-needs"), &mut draft.needs);
    if draft != *org {
        draft.modified = now();
        actions.push(Action::UpsertOrganisation(draft));
    }
    super::profile::people_ui(ui, doc, index, org, &mut open.person);
    super::profile::partnerships_ui(ui, doc, org, &mut open.partnership);
    super::suggestions::suggestions_ui(ui, doc, org, actions);
}

/// The other names of an organisation, one per line or separated by commas.
/// The text is kept as typed while it says the same names, so a comma or a
/// new line being typed stays where it is.
fn aliases_field(ui: &mut Ui, aliases: &mut Vec<String>) {
    let id = ui.scope_id().with("aliases_text");
    let mut text = ui
        .data(|d| d.get_temp::<(Vec<String>, String)>(id))
        .filter(|(names, _)| names == aliases)
        .map_or_else(|| aliases.join("\n"), |(_, text)| text);
    if widgets::text_area(ui, &tr!("registry-field-aliases"), &mut text).changed() {
        *aliases = parse_aliases(&text);
    }
    ui.data_mut(|d| d.insert_temp(id, (aliases.clone(), text)));
}

/// Names separated by new lines or commas, trimmed, empty ones and repeats left out.
fn parse_aliases(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in text.split([',', '\n', '،']).map(str::trim) {
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// The thrust areas an organisation works on, one check box each.
fn focus_areas_ui(ui: &mut Ui, doc: &Document, focus_areas: &mut Vec<String>) {
    ui.label(tr!("registry-field-focus-areas"));
    ui.horizontal_wrapped(|ui| {
        for area in &doc.vocabularies.thrust_areas {
            let mut on = focus_areas.contains(&area.key);
            if ui.checkbox(&mut on, &area.label).changed() {
                if on {
                    focus_areas.push(area.key.clone());
                } else {
                    focus_areas.retain(|k| *k != area.key);
                }
            }
        }
    });
}

/// Who may see the contact details.
fn confidentiality_choice(ui: &mut Ui, value: &mut Confidentiality) {
    ui.horizontal(|ui| {
        let text = tr!("registry-field-contact-seen-by");
        let label = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new(&text));
        egui::ComboBox::from_id_salt("contact_confidentiality")
            .selected_text(value.label())
            .width(220.0)
            .show_ui(ui, |ui| {
                for choice in Confidentiality::ALL {
                    ui.selectable_value(value, choice, choice.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
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
    confidentiality_choice(ui, &mut draft.contact_confidentiality);
    ui.checkbox(&mut draft.consent, tr!("registry-field-consent"));
    if draft != *person {
        draft.modified = now();
        actions.push(Action::UpsertPerson(draft));
    }
    super::erase::ui(ui, doc, person, actions);
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

#[cfg(test)]
mod tests {
    use super::parse_aliases;

    #[test]
    fn aliases_are_split_by_lines_and_commas() {
        assert_eq!(
            parse_aliases("IDB, Banque islamique\n\n  البنك الإسلامي ،بنك التنمية\nIDB"),
            ["IDB", "Banque islamique", "البنك الإسلامي", "بنك التنمية"]
        );
        assert!(parse_aliases(" , \n").is_empty());
    }
}
