//! What an organisation's profile shows beside its fields: its people and
//! the partnerships it is in, each a click away.

use egui::Ui;

use super::index::Index;
use crate::model::{Document, Id, Organisation, Vocabularies};
use crate::tr;
use crate::ui::widgets;

/// The people of `org`; a click sets `open` to the person to edit.
pub fn people_ui(ui: &mut Ui, doc: &Document, index: &Index, org: &Organisation, open: &mut Option<Id>) {
    ui.separator();
    let people = index.people_of(doc, org.id);
    widgets::styled(
        ui,
        &tr!("registry-profile-people", count = people.len()),
        egui::RichText::strong,
    );
    if people.is_empty() {
        widgets::weak(ui, &tr!("registry-profile-no-people"));
    }
    for person in people {
        let text = if person.role.trim().is_empty() {
            person.name.clone()
        } else {
            tr!(
                "registry-profile-person-role",
                name = person.name.trim(),
                role = person.role.trim()
            )
        };
        if widgets::link(ui, &text).clicked() {
            *open = Some(person.id);
        }
    }
}

/// The partnerships `org` is in; a click sets `open` to the one to show on the board.
pub fn partnerships_ui(ui: &mut Ui, doc: &Document, org: &Organisation, open: &mut Option<Id>) {
    ui.separator();
    let partnerships: Vec<_> = doc
        .partnerships
        .iter()
        .filter(|p| p.partners.iter().any(|r| r.organisation == org.id))
        .collect();
    widgets::styled(
        ui,
        &tr!("registry-profile-partnerships", count = partnerships.len()),
        egui::RichText::strong,
    );
    if partnerships.is_empty() {
        widgets::weak(ui, &tr!("registry-profile-no-partnerships"));
    }
    for partnership in partnerships {
        let stage = Vocabularies::label(&doc.vocabularies.stages, &partnership.stage);
        let text = tr!(
            "registry-profile-partnership",
            title = partnership.title.trim(),
            stage = stage
        );
        if widgets::link(ui, &text).clicked() {
            *open = Some(partnership.id);
        }
    }
}
