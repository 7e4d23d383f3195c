//! "Suggested partners" for the organisation being edited: who could
//! complement it and why, and one click to put the idea on the board.

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::action::Action;
use crate::model::suggest::{self, Suggestion};
use crate::model::{Document, Id, Organisation, Partnership, Vocabularies, now};
use crate::tr;
use crate::ui::widgets;

/// How many suggestions are shown.
const SHOWN: usize = 5;

/// One suggestion as it is drawn.
struct Row {
    organisation: Id,
    name: String,
    kind_and_country: String,
    reasons: Vec<String>,
}

/// Suggestions with what they were computed from. Records are shared and an
/// edit replaces the one it changes, so comparing pointers tells whether the
/// document changed; holding them keeps those records alive, so no other
/// record can take their address meanwhile.
struct Computed {
    organisation: Id,
    organisations: Vec<Arc<Organisation>>,
    partnerships: Vec<Arc<Partnership>>,
    vocabularies: Vocabularies,
    rows: Vec<Row>,
}

impl Computed {
    fn fits(&self, doc: &Document, organisation: Id) -> bool {
        self.organisation == organisation
            && same(&self.organisations, &doc.organisations)
            && same(&self.partnerships, &doc.partnerships)
            && self.vocabularies == doc.vocabularies
    }

    fn new(doc: &Document, organisation: Id) -> Self {
        let types = &doc.vocabularies.stakeholder_types;
        let rows = suggest::suggestions(doc, organisation, SHOWN)
            .into_iter()
            .filter_map(
                |Suggestion {
                     organisation,
                     reasons,
                     ..
                 }| {
                    let other = doc.organisation(organisation)?;
                    Some(Row {
                        organisation,
                        name: other.name.clone(),
                        kind_and_country: tr!(
                            "suggest-type-country",
                            type = Vocabularies::label(types, &other.stakeholder_type),
                            country = &other.country
                        ),
                        reasons: reasons.iter().map(suggest::Reason::describe).collect(),
                    })
                },
            )
            .collect();
        Self {
            organisation,
            organisations: doc.organisations.clone(),
            partnerships: doc.partnerships.clone(),
            vocabularies: doc.vocabularies.clone(),
            rows,
        }
    }
}

fn same<T>(kept: &[Arc<T>], now: &[Arc<T>]) -> bool {
    kept.len() == now.len() && kept.iter().zip(now).all(|(a, b)| Arc::ptr_eq(a, b))
}

/// The "Suggested partners" section of `org`'s editor. Suggestions are
/// computed again only when the organisation or the document changes.
pub fn suggestions_ui(ui: &mut Ui, doc: &Document, org: &Organisation, actions: &mut Vec<Action>) {
    let id = egui::Id::unique("majlis suggested partners");
    let cached: Option<Arc<Computed>> = ui.data(|d| d.get_temp(id));
    let computed = match cached {
        Some(computed) if computed.fits(doc, org.id) => computed,
        _ => {
            let computed = Arc::new(Computed::new(doc, org.id));
            ui.data_mut(|d| d.insert_temp(id, Arc::clone(&computed)));
            computed
        }
    };
    ui.separator();
    widgets::styled(ui, &tr!("suggest-heading"), RichText::strong);
    if computed.rows.is_empty() {
        widgets::weak(ui, &tr!("suggest-none"));
    }
    for row in &computed.rows {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            widgets::styled(ui, &row.name, RichText::strong);
            widgets::weak(ui, &row.kind_and_country);
            for reason in &row.reasons {
                widgets::sentence(ui, reason);
            }
            let name = tr!("suggest-propose-name", organisation = &row.name);
            if widgets::named_button(ui, &tr!("suggest-propose"), &name).clicked()
                && let Some(other) = doc.organisation(row.organisation)
            {
                actions.push(Action::UpsertPartnership(suggest::idea(doc, org, other, now())));
            }
        });
    }
}
