//! Above the board: a new card, the search, swimlanes, the moment shown, the
//! filters, and the legend of the partners' colours.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use egui::Ui;

use crate::action::Action;
use crate::model::board::{self, BoardFilter, Lanes};
use crate::model::{Document, Id, Partnership, StageChange, Stamp, now, time};
use crate::tr;
use crate::ui::{theme, widgets};

/// What the toolbar changes in the board's view state.
pub struct View<'a> {
    pub filter: &'a mut BoardFilter,
    pub lanes: &'a mut Lanes,
    pub as_of: &'a mut Option<Stamp>,
}

/// The toolbar's own state: the moment typed in the "as of" field.
#[derive(Default)]
pub struct Toolbar {
    typed: String,
    error: Option<String>,
}

impl Toolbar {
    /// Draws the toolbar; returns the partnership created with "New partnership".
    /// `shown` is how many cards the filters keep, of how many.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        view: &mut View,
        shown: (usize, usize),
        actions: &mut Vec<Action>,
    ) -> Option<Id> {
        let mut created = None;
        ui.horizontal_wrapped(|ui| {
            let new = ui.add_enabled(
                view.as_of.is_none(),
                egui::Button::new(crate::bidi::visual(&tr!("board-new-partnership")).into_owned()),
            );
            if new.clicked() {
                created = Some(new_partnership(doc, view.filter.round_table, actions));
            }
            ui.separator();
            widgets::search(ui, &tr!("board-search-hint"), &mut view.filter.text);
            ui.separator();
            lanes_choice(ui, view.lanes);
            ui.separator();
            self.as_of_ui(ui, doc, view.as_of);
            ui.separator();
            widgets::label(ui, &tr!("board-shown-of-total", shown = shown.0, total = shown.1));
        });
        ui.horizontal_wrapped(|ui| filters_ui(ui, doc, view.filter));
        legend_ui(ui, doc);
        created
    }

    /// The moment shown: now, a moment of the meeting, or one typed in.
    fn as_of_ui(&mut self, ui: &mut Ui, doc: &Document, as_of: &mut Option<Stamp>) {
        let moments = board::moments(doc);
        let shown = match *as_of {
            None => tr!("board-as-of-now"),
            Some(at) => moments
                .iter()
                .find(|(_, stamp)| *stamp == at)
                .map_or_else(|| describe(doc, at), |(moment, _)| moment.label()),
        };
        let label = widgets::label(ui, &tr!("board-as-of"));
        let before = *as_of;
        let response = egui::ComboBox::from_id_salt("board_as_of")
            .selected_text(crate::bidi::visual(&shown).into_owned())
            .show_ui(ui, |ui| {
                widgets::selectable_value(ui, as_of, None, &tr!("board-as-of-now"));
                for (moment, at) in &moments {
                    widgets::selectable_value(ui, as_of, Some(*at), &moment.label());
                }
            })
            .response
            .labelled_by(label.id);
        widgets::combo_value(ui, &response, &shown);
        if *as_of != before {
            // A moment chosen from the list replaces whatever was typed.
            self.typed.clear();
            self.error = None;
        }
        let typed_label = widgets::label(ui, &tr!("board-as-of-typed"));
        let field = crate::ui::text_field::TextField::singleline(&mut self.typed)
            .id_salt("board_as_of_typed")
            .hint_text(crate::bidi::visual(&tr!("board-as-of-hint")).into_owned())
            .desired_width(130.0)
            .show(ui)
            .labelled_by(typed_label.id);
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            self.error = None;
            match parse_moment(doc, &self.typed) {
                Some(at) => *as_of = Some(at),
                None if self.typed.trim().is_empty() => *as_of = None,
                None => self.error = Some(tr!("board-as-of-invalid", text = self.typed.trim())),
            }
        }
        if let Some(error) = &self.error {
            widgets::colored_sentence(ui, theme::error(ui), error);
        }
        if as_of.is_some() {
            widgets::colored(ui, theme::warning(ui), &tr!("board-as-of-read-only"));
        }
    }
}

/// A new card at the first stage, born at the round table filtered on, if any.
fn new_partnership(doc: &Document, round_table: Option<Id>, actions: &mut Vec<Action>) -> Id {
    let stage = doc.vocabularies.first_stage();
    let partnership = Partnership {
        title: tr!("board-new-partnership-title"),
        stage: stage.clone(),
        born_at: round_table,
        stage_history: vec![StageChange { stage, at: now() }],
        ..Partnership::default()
    };
    let id = partnership.id;
    actions.push(Action::UpsertPartnership(partnership));
    id
}

fn lanes_choice(ui: &mut Ui, lanes: &mut Lanes) {
    let label = widgets::label(ui, &tr!("board-lanes"));
    let name = |l: Lanes| match l {
        Lanes::None => tr!("board-lanes-none"),
        Lanes::RoundTable => tr!("board-lanes-round-table"),
        Lanes::ThrustArea => tr!("board-lanes-thrust-area"),
    };
    let shown = name(*lanes);
    let response = egui::ComboBox::from_id_salt("board_lanes")
        .selected_text(crate::bidi::visual(&shown).into_owned())
        .show_ui(ui, |ui| {
            for choice in [Lanes::None, Lanes::RoundTable, Lanes::ThrustArea] {
                ui.selectable_value(lanes, choice, name(choice));
            }
        })
        .response
        .labelled_by(label.id);
    widgets::combo_value(ui, &response, &shown);
}

fn filters_ui(ui: &mut Ui, doc: &Document, filter: &mut BoardFilter) {
    let v = &doc.vocabularies;
    let shown = filter
        .round_table
        .and_then(|id| doc.agenda_item(id))
        .map(|item| item.title.clone());
    widgets::filter_combo(
        ui,
        &tr!("board-filter-round-table"),
        &mut filter.round_table,
        shown,
        || {
            doc.agenda
                .iter()
                .filter(|item| doc.partnerships.iter().any(|p| p.born_at == Some(item.id)))
                .map(|item| (item.id, item.title.clone()))
                .collect()
        },
    );
    widgets::term_filter(
        ui,
        &tr!("board-filter-thrust-area"),
        &mut filter.thrust_area,
        &v.thrust_areas,
    );
    widgets::term_filter(
        ui,
        &tr!("board-filter-programme"),
        &mut filter.programme,
        &v.programmes,
    );
    let shown = filter.country.clone();
    widgets::filter_combo(
        ui,
        &tr!("board-filter-country"),
        &mut filter.country,
        shown,
        || countries(doc).into_iter().map(|c| (c.clone(), c)).collect(),
    );
    widgets::term_filter(
        ui,
        &tr!("board-filter-stakeholder-type"),
        &mut filter.stakeholder_type,
        &v.stakeholder_types,
    );
    let shown = filter.organisation.map(|id| doc.organisation_name(Some(id)));
    widgets::filter_combo(
        ui,
        &tr!("board-filter-organisation"),
        &mut filter.organisation,
        shown,
        || involved(doc),
    );
    let text = std::mem::take(&mut filter.text);
    if !filter.is_empty() && widgets::button(ui, &tr!("board-filter-clear")).clicked() {
        *filter = BoardFilter::default();
    }
    filter.text = text;
}

/// The countries of the partnerships and of the organisations in them, sorted.
fn countries(doc: &Document) -> Vec<String> {
    let ids = involved_ids(doc);
    let mut countries: Vec<String> = doc
        .partnerships
        .iter()
        .flat_map(|p| p.countries.iter().cloned())
        .chain(
            doc.organisations
                .iter()
                .filter(|o| ids.contains(&o.id))
                .map(|o| o.country.clone()),
        )
        .filter(|c| !c.is_empty())
        .collect();
    countries.sort();
    countries.dedup();
    countries
}

/// The organisations that lead or are partners of a partnership.
fn involved_ids(doc: &Document) -> std::collections::HashSet<Id> {
    let mut ids = std::collections::HashSet::new();
    for p in &doc.partnerships {
        ids.extend(p.lead);
        ids.extend(p.partners.iter().map(|r| r.organisation));
    }
    ids
}

/// The organisations that lead or are partners of a partnership, by name.
fn involved(doc: &Document) -> Vec<(Id, String)> {
    let ids = involved_ids(doc);
    let mut named: Vec<(Id, String)> = doc
        .organisations
        .iter()
        .filter(|o| ids.contains(&o.id))
        .map(|o| (o.id, o.name.clone()))
        .collect();
    named.sort_by_cached_key(|(_, name)| crate::model::fold::fold(name));
    named
}

/// What the colours of the partners' chips mean.
fn legend_ui(ui: &mut Ui, doc: &Document) {
    ui.horizontal_wrapped(|ui| {
        widgets::weak(ui, &tr!("board-legend"));
        for kind in &doc.vocabularies.stakeholder_types {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, theme::stakeholder_colour(&kind.key));
            widgets::styled(ui, &kind.label, egui::RichText::small);
        }
    });
}

/// A moment typed as `2007-09-05 16:30`, or as a date alone (its end), in
/// the meeting room's time.
fn parse_moment(doc: &Document, text: &str) -> Option<Stamp> {
    let text = text.trim();
    let clock = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .and_then(|date| NaiveTime::from_hms_opt(23, 59, 59).map(|end| date.and_time(end)))
        })?;
    Some(time::instant_of(&doc.meeting.time_zone, clock))
}

/// A moment in the meeting room's time, as `2007-09-05 16:30`.
fn describe(doc: &Document, at: Stamp) -> String {
    doc.meeting.room_clock(at).format("%Y-%m-%d %H:%M").to_string()
}
