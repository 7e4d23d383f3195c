//! The editors of one organisation or one person.

use egui::{RichText, Ui};

use super::index::Index;
use crate::action::Action;
use crate::model::{Document, Id, Organisation, Person, Term, now};
use crate::tr;
use crate::ui::widgets;

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
    widgets::confidentiality_choice(
        ui,
        &tr!("registry-field-contact-seen-by"),
        &mut draft.contact_confidentiality,
    );
    focus_areas_ui(ui, doc, &mut draft.focus_areas);
    widgets::lines_field(ui, &tr!("registry-field-offers"), &mut draft.offers);
    widgets::lines_field(ui, &tr!("registry-field-needs"), &mut draft.needs);
    let standing = index.organisation_standing(org.id);
    super::invitation::ui(
        ui,
        &doc.meeting,
        (org.id, standing),
        &mut draft.invitation,
        actions,
    );
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
    widgets::label(ui, &tr!("registry-field-focus-areas"));
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

/// Fields of one person; a change pushes an edit.
pub fn person_editor(ui: &mut Ui, doc: &Document, index: &Index, person: &Person, actions: &mut Vec<Action>) {
    widgets::heading(ui, &person.name);
    if !person.name_ar.trim().is_empty() {
        widgets::styled(ui, person.name_ar.trim(), RichText::strong);
    }
    let mut draft = person.clone();
    widgets::text_field(ui, &tr!("registry-field-name"), &mut draft.name);
    widgets::text_field(ui, &tr!("registry-field-name-arabic"), &mut draft.name_ar);
    widgets::text_field(ui, &tr!("registry-field-title"), &mut draft.title);
    widgets::text_field(ui, &tr!("registry-field-title-arabic"), &mut draft.title_ar);
    organisation_picker(ui, doc, index, &mut draft);
    widgets::text_field(ui, &tr!("registry-field-role"), &mut draft.role);
    widgets::text_field(ui, &tr!("registry-field-email"), &mut draft.email);
    widgets::text_field(ui, &tr!("registry-field-phone"), &mut draft.phone);
    widgets::confidentiality_choice(
        ui,
        &tr!("registry-field-contact-seen-by"),
        &mut draft.contact_confidentiality,
    );
    widgets::checkbox(ui, &mut draft.consent, &tr!("registry-field-consent"));
    let standing = crate::model::invitations::person_standing(person);
    super::invitation::ui(
        ui,
        &doc.meeting,
        (person.id, standing),
        &mut draft.invitation,
        actions,
    );
    if draft != *person {
        draft.modified = now();
        actions.push(Action::UpsertPerson(draft));
    }
    super::erase::ui(ui, doc, person, actions);
}

/// The person's organisation.
fn organisation_picker(ui: &mut Ui, doc: &Document, index: &Index, draft: &mut Person) {
    let none = tr!("registry-no-organisation");
    let current = match draft.organisation {
        None => none.clone(),
        Some(_) => index.organisation_name(doc, draft.organisation),
    };
    let label = tr!("registry-field-organisation");
    widgets::organisation_choice(ui, doc, &label, (&current, &none), &mut draft.organisation);
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
