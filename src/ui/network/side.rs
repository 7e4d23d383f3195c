//! The side of the Network tab: the legend, then the chosen organisation
//! (profile, partnerships, measures, partners it could have) or the chosen
//! link (the partnerships behind it) or, with nothing chosen, the network read
//! in words: who holds it together, what is missing, whom to introduce.

use egui::{Color32, RichText, Ui};

use super::introductions::Finder;
use super::{Selected, Shown};
use crate::action::Action;
use crate::model::as_of::CardAsOf;
use crate::model::network::{LegendEntry, display_name};
use crate::model::suggest::{Reason, idea};
use crate::model::{Document, Id, Vocabularies};
use crate::tr;
use crate::ui::widgets;

/// What the side panel changes in the tab.
pub(super) struct Out<'a> {
    pub selected: &'a mut Option<Selected>,
    pub finder: &'a mut Finder,
    pub show_card: &'a mut Option<Id>,
    pub actions: &'a mut Vec<Action>,
}

pub(super) fn ui(ui: &mut Ui, doc: &Document, shown: &Shown, legend: &[LegendEntry], mut out: Out<'_>) {
    let view = &shown.view;
    widgets::sentence(
        ui,
        &tr!(
            "network-counts",
            organisations = view.shown_count(),
            links = view.graph.links.len(),
            partnerships = view.partnerships.len()
        ),
    );
    legend_ui(ui, legend);
    find(ui, doc, shown, out.selected);
    ui.separator();
    match *out.selected {
        Some(Selected::Organisation(id)) => organisation(ui, doc, shown, id, &mut out),
        Some(Selected::Link(a, b)) => link(ui, doc, shown, a, b, &mut out),
        None => reading(ui, doc, shown, &mut out),
    }
}

fn legend_ui(ui: &mut Ui, legend: &[LegendEntry]) {
    // One type a line: a dot and its words, which never part.
    for entry in legend {
        ui.horizontal(|ui| {
            let [r, g, b] = entry.colour;
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(12.0, 14.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(swatch.center(), 5.0, Color32::from_rgb(r, g, b));
            widgets::truncated(ui, &entry.label);
        });
    }
}

fn find(ui: &mut Ui, doc: &Document, shown: &Shown, selected: &mut Option<Selected>) {
    let label = widgets::label(ui, &tr!("network-find"));
    let current = match *selected {
        Some(Selected::Organisation(id)) => name(doc, id),
        _ => tr!("network-find-none"),
    };
    let response = egui::ComboBox::from_id_salt("network_find")
        .selected_text(crate::bidi::visual(&current))
        .width(ui.available_width().min(280.0))
        .show_ui(ui, |ui| {
            let view = &shown.view;
            let mut names: Vec<(String, Id)> = (0..view.graph.len())
                .filter(|&n| view.shown.get(n).copied().unwrap_or(false))
                .filter_map(|n| view.graph.organisations.get(n).copied())
                .map(|id| (name(doc, id), id))
                .collect();
            names.sort_by_cached_key(|(name, _)| crate::model::fold::fold(name));
            for (text, id) in names {
                let on = *selected == Some(Selected::Organisation(id));
                if widgets::selectable(ui, on, &text).clicked() {
                    *selected = Some(Selected::Organisation(id));
                }
            }
        })
        .response
        .labelled_by(label.id);
    widgets::combo_value(ui, &response, &current);
}

fn name(doc: &Document, id: Id) -> String {
    doc.organisation(id)
        .map_or_else(|| tr!("unknown-organisation"), |o| display_name(o).to_owned())
}

/// A partnership as a link to its card on the board.
fn card_link(ui: &mut Ui, doc: &Document, card: &CardAsOf, show_card: &mut Option<Id>) {
    let stage = Vocabularies::label(&doc.vocabularies.stages, &card.stage);
    let text = tr!(
        "network-partnership-at-stage",
        title = card.partnership.title.as_str(),
        stage = stage
    );
    if widgets::link(ui, &text).clicked() {
        *show_card = Some(card.partnership.id);
    }
}

fn organisation(ui: &mut Ui, doc: &Document, shown: &Shown, id: Id, out: &mut Out<'_>) {
    let Some(org) = doc.organisation(id) else {
        *out.selected = None;
        return;
    };
    let view = &shown.view;
    widgets::heading(ui, display_name(org));
    let kind = Vocabularies::label(&doc.vocabularies.stakeholder_types, &org.stakeholder_type);
    widgets::weak(
        ui,
        &tr!(
            "network-type-and-country",
            kind = kind,
            country = org.country.as_str()
        ),
    );
    let Some(node) = view.graph.node(id) else { return };
    let cards = view.partnerships_of(node);
    widgets::sentence(
        ui,
        &tr!(
            "network-measures",
            partnerships = cards.len(),
            partners = view.graph.degree(node),
            betweenness = format!("{:.1}", shown.centrality.get(node).copied().unwrap_or(0.0))
        ),
    );
    for card in cards {
        card_link(ui, doc, card, out.show_card);
    }
    ui.separator();
    widgets::styled(ui, &tr!("network-could-work-with"), RichText::strong);
    let suggestions = out.finder.for_organisation(doc, id).to_vec();
    if suggestions.is_empty() {
        widgets::weak(ui, &tr!("network-no-suggestion"));
    }
    for suggestion in suggestions {
        introduction(
            ui,
            doc,
            id,
            suggestion.organisation,
            &suggestion.reasons,
            out.show_card,
            out.actions,
        );
    }
    if widgets::button(ui, &tr!("network-clear-selection")).clicked() {
        *out.selected = None;
    }
}

fn link(ui: &mut Ui, doc: &Document, shown: &Shown, a: Id, b: Id, out: &mut Out<'_>) {
    let view = &shown.view;
    widgets::heading(
        ui,
        &tr!(
            "network-link-between",
            first = name(doc, a),
            second = name(doc, b)
        ),
    );
    let (Some(na), Some(nb)) = (view.graph.node(a), view.graph.node(b)) else {
        return;
    };
    for card in view.partnerships_between(na, nb) {
        card_link(ui, doc, card, out.show_card);
    }
    if widgets::button(ui, &tr!("network-clear-selection")).clicked() {
        *out.selected = None;
    }
}

/// The network in words, with nothing chosen.
fn reading(ui: &mut Ui, doc: &Document, shown: &Shown, out: &mut Out<'_>) {
    widgets::styled(ui, &tr!("network-introductions"), RichText::strong);
    match out.finder.among(ui.ctx(), doc, &shown.view) {
        None => {
            ui.horizontal(|ui| {
                ui.spinner();
                widgets::weak(ui, &tr!("network-introductions-finding"));
            });
        }
        Some([]) => {
            widgets::weak(ui, &tr!("network-no-introduction"));
        }
        Some(found) => {
            for pair in found {
                introduction(ui, doc, pair.a, pair.b, &pair.reasons, out.show_card, out.actions);
            }
        }
    }
    ui.separator();
    let summary = &shown.summary;
    widgets::styled(ui, &tr!("network-most-connected"), RichText::strong);
    for standing in &summary.most_connected {
        let text = tr!(
            "network-standing-partners",
            organisation = name(doc, standing.organisation),
            count = standing.degree
        );
        if widgets::link(ui, &text).clicked() {
            *out.selected = Some(Selected::Organisation(standing.organisation));
        }
    }
    if !summary.brokers.is_empty() {
        widgets::styled(ui, &tr!("network-brokers"), RichText::strong);
        for standing in &summary.brokers {
            if widgets::link(ui, &name(doc, standing.organisation)).clicked() {
                *out.selected = Some(Selected::Organisation(standing.organisation));
            }
        }
    }
    widgets::sentence(ui, &tr!("network-isolated", count = summary.isolated.len()));
    if !summary.gaps.is_empty() {
        widgets::styled(ui, &tr!("network-gaps"), RichText::strong);
        for gap in &summary.gaps {
            widgets::paragraph(ui, &gap.sentence(doc).plain());
        }
    }
}

/// Two organisations that could work together, why, and a button making
/// the partnership idea on the board.
fn introduction(
    ui: &mut Ui,
    doc: &Document,
    a: Id,
    b: Id,
    reasons: &[Reason],
    show_card: &mut Option<Id>,
    actions: &mut Vec<Action>,
) {
    let (Some(first), Some(second)) = (doc.organisation(a), doc.organisation(b)) else {
        return;
    };
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let pair = tr!(
            "network-introduction-pair",
            first = display_name(first),
            second = display_name(second)
        );
        widgets::styled(ui, &pair, RichText::strong);
        for reason in reasons {
            widgets::sentence(ui, &reason.describe());
        }
        let button_name = tr!(
            "network-propose-name",
            first = display_name(first),
            second = display_name(second)
        );
        if widgets::named_button(ui, &tr!("network-propose"), &button_name).clicked() {
            let partnership = idea(doc, first, second, crate::model::now());
            *show_card = Some(partnership.id);
            actions.push(Action::UpsertPartnership(partnership));
        }
    });
}
