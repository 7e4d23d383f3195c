//! The editor of the selected card, beside the board: every field of a
//! partnership, the checklist of what its commitment lacks and its history.
//!
//! Like the registry's editors, it edits a copy and pushes the copy when it
//! differs. A stage change is a move instead, which records it in the stage
//! history; an organisation created from the partner field is pushed in the
//! same frame as the partnership, so both are one undo step.

mod checklist;
mod fields;
mod history;
mod leads;
mod lists;
mod partners;
pub(crate) mod pick;

use std::collections::HashMap;

use egui::Ui;

use crate::action::Action;
use crate::model::{Document, Id, Organisation, Partnership, now, unknown_organisation};
use crate::tr;
use crate::ui::widgets;

/// The fields of one partnership; a change pushes an edit.
pub fn ui(ui: &mut Ui, doc: &Document, partnership: &Partnership, actions: &mut Vec<Action>) {
    let at = now();
    let mut draft = partnership.clone();
    let mut created = Vec::new();
    let names = Names::of(doc, partnership);
    widgets::text_field(ui, &tr!("board-field-title"), &mut draft.title);
    widgets::text_field(ui, &tr!("board-editor-title-arabic"), &mut draft.title_ar);
    widgets::text_area(ui, &tr!("board-editor-description"), &mut draft.description);
    let stage = fields::stage_ui(ui, doc, partnership);
    ui.separator();
    partners::ui(ui, doc, &names, &mut draft, at, &mut created);
    fields::lead_ui(ui, doc, &names, &mut draft);
    ui.separator();
    let vocabularies = &doc.vocabularies;
    fields::term_ui(
        ui,
        &tr!("board-editor-thrust-area"),
        &mut draft.thrust_area,
        &vocabularies.thrust_areas,
    );
    fields::term_ui(
        ui,
        &tr!("board-editor-programme"),
        &mut draft.programme,
        &vocabularies.programmes,
    );
    fields::countries_ui(ui, &mut draft);
    ui.separator();
    lists::ui(ui, &mut draft);
    lists::milestones_ui(ui, &mut draft, doc.meeting.meeting_day(at));
    fields::reporter_ui(ui, doc, &mut draft);
    widgets::text_field(ui, &tr!("board-editor-next-step"), &mut draft.next_step);
    fields::financing_ui(ui, &mut draft);
    leads::ui(ui, doc, partnership);
    fields::born_at_ui(ui, doc, &mut draft);
    fields::confidentiality_ui(ui, &mut draft.confidentiality);
    ui.separator();
    checklist::ui(ui, doc, partnership);
    ui.separator();
    history::ui(ui, doc, &names, partnership);
    ui.separator();
    let name = tr!("board-editor-delete-named", title = partnership.title.trim());
    if widgets::named_button(ui, &tr!("board-editor-delete"), &name).clicked() {
        actions.push(Action::Remove(partnership.id));
        return;
    }
    if draft != *partnership {
        draft.modified = now();
        actions.extend(created.into_iter().map(Action::UpsertOrganisation));
        actions.push(Action::UpsertPartnership(draft));
    }
    if let Some(stage) = stage {
        actions.push(Action::MovePartnership {
            id: partnership.id,
            stage,
            before: None,
        });
    }
}

/// The organisations a partnership mentions (partners, lead, history), found
/// in one pass over the registry, so that naming them costs no search each.
pub struct Names<'d> {
    organisations: HashMap<Id, &'d Organisation>,
}

impl<'d> Names<'d> {
    pub fn of(doc: &'d Document, partnership: &Partnership) -> Self {
        let mut organisations: HashMap<Id, Option<&Organisation>> = partnership
            .partners
            .iter()
            .map(|r| r.organisation)
            .chain(partnership.lead)
            .chain(partnership.partner_history.iter().map(|c| c.organisation))
            .map(|id| (id, None))
            .collect();
        if !organisations.is_empty() {
            for organisation in &doc.organisations {
                if let Some(slot) = organisations.get_mut(&organisation.id) {
                    *slot = Some(organisation.as_ref());
                }
            }
        }
        Self {
            organisations: organisations
                .into_iter()
                .filter_map(|(id, o)| Some((id, o?)))
                .collect(),
        }
    }

    /// The name of `id`, or what stands for an organisation no longer in the registry.
    pub fn organisation(&self, id: Id) -> String {
        self.organisations
            .get(&id)
            .map_or_else(unknown_organisation, |o| o.name.clone())
    }
}
