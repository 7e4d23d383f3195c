//! The filters above the registry's tables: stakeholder type, country, focus
//! area, where invitations stand and who is present today.

use egui::Ui;

use super::index::{Filters, Index};
use crate::model::invitations::Standing;
use crate::model::{Document, Term, Vocabularies};
use crate::tr;
use crate::ui::widgets;

/// Draws the filters; they apply from the next refresh of the index.
pub fn ui(ui: &mut Ui, doc: &Document, index: &Index, filters: &mut Filters) {
    let types = &doc.vocabularies.stakeholder_types;
    let areas = &doc.vocabularies.thrust_areas;
    let label_in = |terms: &[Term], key: &Option<String>| {
        key.as_deref().map(|k| Vocabularies::label(terms, k).to_owned())
    };
    let shown = label_in(types, &filters.stakeholder_type);
    widgets::filter_combo(
        ui,
        &tr!("registry-filter-type"),
        &mut filters.stakeholder_type,
        shown,
        || pairs(types),
    );
    let shown = filters.country.clone();
    widgets::filter_combo(
        ui,
        &tr!("registry-filter-country"),
        &mut filters.country,
        shown,
        || {
            index
                .countries()
                .into_iter()
                .map(|code| (code.clone(), code))
                .collect()
        },
    );
    let shown = label_in(areas, &filters.focus_area);
    widgets::filter_combo(
        ui,
        &tr!("registry-filter-focus-area"),
        &mut filters.focus_area,
        shown,
        || pairs(areas),
    );
    let counts = index.standing_counts();
    let shown = filters.standing.map(Standing::label);
    widgets::filter_combo(
        ui,
        &tr!("registry-filter-invitation"),
        &mut filters.standing,
        shown,
        || {
            Standing::ALL
                .into_iter()
                .zip(counts)
                .map(|(standing, count)| {
                    let text = tr!(
                        "registry-invitation-with-count",
                        standing = standing.label(),
                        count = count
                    );
                    (standing, text)
                })
                .collect()
        },
    );
    widgets::checkbox(
        ui,
        &mut filters.present_today,
        &tr!("registry-filter-present-today"),
    );
    if *filters != Filters::default() && widgets::button(ui, &tr!("registry-filter-clear")).clicked() {
        *filters = Filters::default();
    }
}

fn pairs(terms: &[Term]) -> Vec<(String, String)> {
    terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
}
