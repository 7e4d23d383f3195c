//! The Network tab's filters: which partnerships make the links (stage,
//! thrust area, round table, the moment), which organisations are drawn
//! (country, stakeholder type, those in no partnership), and the exports.

use std::collections::BTreeSet;

use egui::Ui;

use super::ExportAs;
use crate::model::board::moments;
use crate::model::network::Filter;
use crate::model::{AgendaKind, Document};
use crate::tr;
use crate::ui::widgets;

pub(super) fn ui(
    ui: &mut Ui,
    doc: &Document,
    filter: &mut Filter,
    public_only: &mut bool,
    export: &mut Option<ExportAs>,
) {
    ui.horizontal_wrapped(|ui| {
        stages(ui, doc, &mut filter.stages);
        let vocab = &doc.vocabularies;
        widgets::term_filter(
            ui,
            &tr!("network-filter-thrust-area"),
            &mut filter.thrust_area,
            &vocab.thrust_areas,
        );
        widgets::term_filter(
            ui,
            &tr!("network-filter-type"),
            &mut filter.stakeholder_type,
            &vocab.stakeholder_types,
        );
        let shown = filter.country.clone();
        widgets::filter_combo(
            ui,
            &tr!("network-filter-country"),
            &mut filter.country,
            shown,
            || countries(doc).into_iter().map(|c| (c.clone(), c)).collect(),
        );
        let shown = filter
            .round_table
            .and_then(|id| doc.agenda_item(id))
            .map(|item| item.title.clone());
        widgets::filter_combo(
            ui,
            &tr!("network-filter-round-table"),
            &mut filter.round_table,
            shown,
            || {
                doc.agenda
                    .iter()
                    .filter(|item| item.kind == AgendaKind::RoundTable)
                    .map(|item| (item.id, item.title.clone()))
                    .collect()
            },
        );
        let moments = moments(doc);
        let shown = filter.as_of.map(|at| {
            moments.iter().find(|(_, stamp)| *stamp == at).map_or_else(
                || doc.meeting.room_clock(at).format("%Y-%m-%d %H:%M").to_string(),
                |(moment, _)| moment.label(),
            )
        });
        widgets::filter_combo(ui, &tr!("network-filter-as-of"), &mut filter.as_of, shown, || {
            moments.iter().map(|(moment, at)| (*at, moment.label())).collect()
        });
        widgets::checkbox(
            ui,
            &mut filter.hide_isolated,
            &tr!("network-filter-hide-isolated"),
        );
        widgets::checkbox(ui, public_only, &tr!("network-filter-public-only"));
        ui.separator();
        if widgets::button(ui, &tr!("network-export-svg")).clicked() {
            *export = Some(ExportAs::Svg);
        }
        if widgets::button(ui, &tr!("network-export-png")).clicked() {
            *export = Some(ExportAs::Png);
        }
    });
}

/// The stages to show, as ticks in a drop-down: none ticked shows every stage.
fn stages(ui: &mut Ui, doc: &Document, chosen: &mut BTreeSet<String>) {
    let label = widgets::label(ui, &tr!("network-filter-stage"));
    let terms = &doc.vocabularies.stages;
    // A stage taken out of the vocabulary (another file, undo) no longer
    // filters: it could not be unticked.
    chosen.retain(|key| terms.iter().any(|t| t.key == *key));
    let shown = if chosen.is_empty() {
        tr!("common-filter-all")
    } else {
        terms
            .iter()
            .filter(|t| chosen.contains(&t.key))
            .map(|t| t.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let response = egui::ComboBox::from_id_salt("network_stages")
        .selected_text(crate::bidi::visual(&shown))
        .width(160.0)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            for term in terms {
                let mut on = chosen.contains(&term.key);
                if ui.checkbox(&mut on, &term.label).changed() {
                    if on {
                        chosen.insert(term.key.clone());
                    } else {
                        chosen.remove(&term.key);
                    }
                }
            }
        })
        .response
        .labelled_by(label.id);
    widgets::combo_value(ui, &response, &shown);
}

/// The countries of the registry's organisations, in order.
fn countries(doc: &Document) -> Vec<String> {
    let set: BTreeSet<String> = doc
        .organisations
        .iter()
        .map(|o| o.country.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    set.into_iter().collect()
}
