//! The partners of a partnership and their roles: added by typing a few
//! letters of an organisation's name, or created on the spot.

use egui::Ui;

use super::{Names, pick};
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
pub fn ui(
    ui: &mut Ui,
    doc: &Document,
    names: &Names<'_>,
    draft: &mut Partnership,
    at: Stamp,
    created: &mut Vec<Organisation>,
) {
    widgets::styled(ui, &tr!("board-editor-partners"), egui::RichText::strong);
    let mut leaving = None;
    let organisations: Vec<Id> = draft.partners.iter().map(|r| r.organisation).collect();
    for (i, role) in draft.partners.iter_mut().enumerate() {
        let name = names.organisation(role.organisation);
        // An organisation with several roles: each button says which role it removes.
        let of_same = |o: &&Id| **o == role.organisation;
        let number = organisations.iter().take(i + 1).filter(of_same).count();
        let several = organisations.iter().filter(of_same).count() > 1;
        let remove_name = if several {
            tr!("board-editor-remove-role", name = name.as_str(), number = number)
        } else {
            tr!("board-editor-remove-partner", name = name.as_str())
        };
        if role_ui(ui, role, &name, &remove_name) {
            leaving = Some(role.id);
        }
    }
    if let Some(role) = leaving {
        draft.remove_role(role, at);
    }
    let key = egui::Id::unique(("board_editor_partner", draft.id));
    let found = pick::type_ahead(
        ui,
        key,
        &tr!("board-editor-add-partner"),
        &doc.organisations,
        pick::organisation,
        |id| pick::show_organisation(doc, id),
        |name| tr!("board-editor-add-partner-named", name = name),
    );
    // Checked again on the pick, the one moment it matters: a partner must exist.
    if let Some(organisation) = found.picked.filter(|&id| doc.organisation(id).is_some()) {
        match draft.partners.iter().find(|r| r.organisation == organisation) {
            // Already a partner: its role is where to say more, not a second, empty one.
            Some(existing) => ui.memory_mut(|m| m.request_focus(role_field(existing.id))),
            None => draft.add_partner(role_of(organisation), at),
        }
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
                pick::clear::<Organisation>(ui, key);
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

/// The id of the field of the role `role`.
fn role_field(role: Id) -> egui::Id {
    egui::Id::unique(("board_editor_role", role))
}

/// One partner: its name, a button (named `remove_name`) to remove it and its
/// role. Returns whether the role is to be removed.
fn role_ui(ui: &mut Ui, role: &mut PartnerRole, name: &str, remove_name: &str) -> bool {
    let mut remove = false;
    let label = ui
        .horizontal(|ui| {
            let label = widgets::sentence(ui, &tr!("board-editor-role-of", name = name));
            remove = widgets::named_button(ui, &tr!("board-editor-remove"), remove_name).clicked();
            label
        })
        .inner;
    TextField::singleline(&mut role.role)
        .id(role_field(role.id))
        .hint_text(crate::bidi::visual(&tr!("board-editor-role-hint")).into_owned())
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
            if widgets::button_enabled(ui, ready, &tr!("board-editor-create-and-add")).clicked() {
                answer = Some(true);
            }
            if widgets::button(ui, &tr!("board-editor-cancel")).clicked() {
                answer = Some(false);
            }
        });
        if new.name.trim().is_empty() {
            widgets::colored(
                ui,
                theme::warning(ui),
                &tr!("board-editor-organisation-name-needed"),
            );
        }
    });
    answer
}
