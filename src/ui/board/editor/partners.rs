//! The partners of a partnership and their roles: added by typing a few
//! letters of an organisation's name, or created on the spot.

use egui::Ui;

use super::pick;
use crate::model::{Document, Id, Organisation, PartnerRole, Partnership, Stamp};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// An organisation being created from the partner field.
#[derive(Clone, Default)]
struct NewOrganisation {
    name: String,
    stakeholder_type: String,
    country: String,
}

/// The partners of `draft`, each with its role and a button to remove it,
/// then the field that adds one. A created organisation is pushed to `created`.
pub fn ui(ui: &mut Ui, doc: &Document, draft: &mut Partnership, at: Stamp, created: &mut Vec<Organisation>) {
    widgets::styled(ui, &tr!("board-editor-partners"), egui::RichText::strong);
    let mut leaving = None;
    for role in &mut draft.partners {
        let name = doc.organisation_name(Some(role.organisation));
        if role_ui(ui, role, &name) {
            leaving = Some(role.organisation);
        }
    }
    if let Some(organisation) = leaving {
        draft.remove_partner(organisation, at);
    }
    let key = egui::Id::unique(("board_editor_partner", draft.id));
    let found = pick::type_ahead(
        ui,
        key,
        &tr!("board-editor-add-partner"),
        doc.organisations.len(),
        || pick::organisations(doc),
        |id| pick::show_organisation(doc, id),
        |name| tr!("board-editor-add-partner-named", name = name),
    );
    if let Some(organisation) = found.picked {
        draft.add_partner(role_of(organisation), at);
    }
    let form_key = key.with("new");
    let mut form: Option<NewOrganisation> = ui.data(|d| d.get_temp(form_key));
    let query = found.query.trim();
    if form.is_none() && !query.is_empty() {
        let text = tr!("board-editor-create-organisation", name = query);
        if widgets::button(ui, &text).clicked() {
            form = Some(NewOrganisation {
                name: query.to_owned(),
                ..NewOrganisation::default()
            });
        }
    }
    if let Some(mut new) = form {
        match new_organisation_ui(ui, doc, &mut new) {
            Some(true) => {
                let organisation = Organisation {
                    name: new.name.trim().to_owned(),
                    stakeholder_type: new.stakeholder_type,
                    country: new.country.trim().to_uppercase(),
                    ..Organisation::default()
                };
                draft.add_partner(role_of(organisation.id), at);
                created.push(organisation);
                pick::clear(ui, key);
                ui.data_mut(|d| d.remove::<NewOrganisation>(form_key));
            }
            Some(false) => ui.data_mut(|d| d.remove::<NewOrganisation>(form_key)),
            None => {
                ui.data_mut(|d| {
                    d.insert_temp(form_key, new);
                });
            }
        }
    }
}

fn role_of(organisation: Id) -> PartnerRole {
    PartnerRole {
        organisation,
        ..PartnerRole::default()
    }
}

/// One partner: its name, a button to remove it and its role. Returns whether
/// the partner is to leave.
fn role_ui(ui: &mut Ui, role: &mut PartnerRole, name: &str) -> bool {
    let mut remove = false;
    let label = ui
        .horizontal(|ui| {
            let label = widgets::sentence(ui, &tr!("board-editor-role-of", name = name));
            remove = widgets::named_button(
                ui,
                &tr!("board-editor-remove"),
                &tr!("board-editor-remove-partner", name = name),
            )
            .clicked();
            label
        })
        .inner;
    TextField::singleline(&mut role.role)
        .id(egui::Id::unique(("board_editor_role", role.id)))
        .hint_text(tr!("board-editor-role-hint"))
        .desired_width(f32::INFINITY)
        .show(ui)
        .labelled_by(label.id);
    remove
}

/// The fields of an organisation being created. Returns `Some(true)` when it
/// is to be added, `Some(false)` when given up.
fn new_organisation_ui(ui: &mut Ui, doc: &Document, new: &mut NewOrganisation) -> Option<bool> {
    let mut answer = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        widgets::styled(ui, &tr!("board-editor-new-organisation"), egui::RichText::strong);
        widgets::text_field(ui, &tr!("board-editor-organisation-name"), &mut new.name);
        let types: Vec<(String, String)> = doc
            .vocabularies
            .stakeholder_types
            .iter()
            .map(|t| (t.key.clone(), t.label.clone()))
            .collect();
        widgets::choice(
            ui,
            &tr!("board-editor-stakeholder-type"),
            &mut new.stakeholder_type,
            &types,
        );
        widgets::text_field(ui, &tr!("board-editor-organisation-country"), &mut new.country);
        ui.horizontal(|ui| {
            let ready = !new.name.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(tr!("board-editor-create-and-add")))
                .clicked()
            {
                answer = Some(true);
            }
            if ui.button(tr!("board-editor-cancel")).clicked() {
                answer = Some(false);
            }
        });
        if new.name.trim().is_empty() {
            widgets::colored(ui, theme::WARNING, &tr!("board-editor-organisation-name-needed"));
        }
    });
    answer
}
