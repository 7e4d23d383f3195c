//! The choices of a partnership: stage, lead, vocabularies, countries,
//! reporter, financing need, the round table it came from and who sees it.

use egui::Ui;

use super::{Names, pick};
use crate::model::{Confidentiality, Document, Id, Money, Partnership, Term, Vocabularies};
use crate::model::{parse_amount, parse_countries};
use crate::tr;
use crate::ui::{theme, widgets};

/// Rows of the lead drop-down shown at once; the rest scroll.
const PICKER_HEIGHT: f32 = 300.0;

/// The stage; a new one is returned, to be moved to (which records it in the history).
pub fn stage_ui(ui: &mut Ui, doc: &Document, partnership: &Partnership) -> Option<String> {
    let stages = &doc.vocabularies.stages;
    let mut stage = partnership.stage.clone();
    let shown = Vocabularies::label(stages, &stage).to_owned();
    widgets::combo(ui, &tr!("board-stage"), "board_editor_stage", &shown, |ui| {
        for term in stages {
            widgets::selectable_value(ui, &mut stage, term.key.clone(), &term.label);
        }
    });
    (stage != partnership.stage).then_some(stage)
}

/// A key of `terms`, or none.
pub fn term_ui(ui: &mut Ui, label: &str, value: &mut String, terms: &[Term]) {
    let shown = if value.is_empty() {
        tr!("board-editor-none")
    } else {
        Vocabularies::label(terms, value).to_owned()
    };
    widgets::combo(ui, label, label, &shown, |ui| {
        widgets::selectable_value(ui, value, String::new(), &tr!("board-editor-none"));
        for term in terms {
            widgets::selectable_value(ui, value, term.key.clone(), &term.label);
        }
    });
}

/// The lead: no one, one of the partners (listed first) or any organisation.
/// The registry can hold thousands, so the list draws only the rows in view.
pub fn lead_ui(ui: &mut Ui, doc: &Document, names: &Names<'_>, draft: &mut Partnership) {
    let shown = match draft.lead {
        None => tr!("board-editor-no-lead"),
        Some(lead) => names.organisation(lead),
    };
    let mut partners: Vec<Id> = Vec::new();
    for role in &draft.partners {
        if !partners.contains(&role.organisation) {
            partners.push(role.organisation);
        }
    }
    let lead = &mut draft.lead;
    widgets::combo(ui, &tr!("board-editor-lead"), "board_editor_lead", &shown, |ui| {
        let row_height = ui.spacing().interact_size.y;
        let rows = 1 + partners.len() + doc.organisations.len();
        egui::ScrollArea::vertical().max_height(PICKER_HEIGHT).show_rows(
            ui,
            row_height,
            rows,
            |ui, range| {
                for row in range {
                    // Each row names what it holds: no search of the registry per row.
                    let (choice, text) = match row.checked_sub(1) {
                        None => (None, tr!("board-editor-no-lead")),
                        Some(i) if i < partners.len() => match partners.get(i) {
                            Some(&id) => (Some(id), names.organisation(id)),
                            None => continue,
                        },
                        Some(i) => match doc.organisations.get(i - partners.len()) {
                            Some(o) => (Some(o.id), o.name.clone()),
                            None => continue,
                        },
                    };
                    widgets::selectable_value(ui, lead, choice, &text);
                }
            },
        );
    });
}

/// The countries as ISO codes separated by commas; the text is kept as
/// typed while it says the same codes.
pub fn countries_ui(ui: &mut Ui, draft: &mut Partnership) {
    let key = egui::Id::unique(("board_editor_countries", draft.id));
    let mut text = ui
        .data(|d| d.get_temp::<(Vec<String>, String)>(key))
        .filter(|(codes, _)| *codes == draft.countries)
        .map_or_else(|| draft.countries.join(", "), |(_, text)| text);
    if widgets::text_field(ui, &tr!("board-editor-countries"), &mut text).changed() {
        draft.countries = parse_countries(&text);
    }
    for code in draft.countries.iter().filter(|c| c.chars().count() != 2) {
        let colour = theme::warning(ui);
        widgets::sentence_styled(
            ui,
            &tr!("board-editor-country-not-a-code", code = code.as_str()),
            |rich| rich.color(colour),
        );
    }
    ui.data_mut(|d| d.insert_temp(key, (draft.countries.clone(), text)));
}

/// Who reports progress: the person named, and a field to find another.
pub fn reporter_ui(ui: &mut Ui, doc: &Document, draft: &mut Partnership) {
    ui.horizontal(|ui| {
        ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(&tr!("board-editor-reporter")).into_owned()),
        );
        if draft.reporter.is_none() {
            widgets::weak(ui, &tr!("board-editor-nobody"));
        } else {
            widgets::label(ui, &doc.person_name(draft.reporter));
            let name = tr!("board-editor-clear-reporter");
            if widgets::named_button(ui, &tr!("board-editor-remove"), &name).clicked() {
                draft.reporter = None;
            }
        }
    });
    let found = pick::type_ahead(
        ui,
        egui::Id::unique(("board_editor_reporter", draft.id)),
        &tr!("board-editor-find-reporter"),
        &doc.people,
        pick::person,
        |id| pick::show_person(doc, id),
        |name| tr!("board-editor-choose-reporter", name = name),
    );
    if found.picked.is_some() {
        draft.reporter = found.picked;
    }
}

/// What the text fields of the financing need hold, and the need they say.
#[derive(Clone)]
struct NeedText {
    amount: String,
    currency: String,
    need: Option<Money>,
}

/// The financing need: an amount (none when empty) and its currency.
pub fn financing_ui(ui: &mut Ui, draft: &mut Partnership) {
    let key = egui::Id::unique(("board_editor_need", draft.id));
    let mut text = ui
        .data(|d| d.get_temp::<NeedText>(key))
        .filter(|t| t.need == draft.financing_need)
        .unwrap_or_else(|| NeedText {
            amount: draft
                .financing_need
                .as_ref()
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            currency: draft
                .financing_need
                .as_ref()
                .map_or_else(|| "USD".to_owned(), |m| m.currency.clone()),
            need: draft.financing_need.clone(),
        });
    let amount_typed =
        widgets::text_field(ui, &tr!("board-editor-financing-need"), &mut text.amount).changed();
    let currency_typed = widgets::text_field(ui, &tr!("board-editor-currency"), &mut text.currency).changed();
    // Only what is typed is read: the need as stored (say "usd") is never
    // rewritten by merely showing it, which would be an edit of its own.
    match parse_amount(&text.amount) {
        Ok(amount) if amount_typed || currency_typed => {
            let currency = text.currency.trim().to_uppercase();
            draft.financing_need = amount.map(|amount| Money { amount, currency });
        }
        Ok(_) => {}
        Err(error) => {
            let colour = theme::error(ui);
            widgets::sentence_styled(ui, &error.to_string(), |rich| rich.color(colour));
        }
    }
    text.need.clone_from(&draft.financing_need);
    ui.data_mut(|d| d.insert_temp(key, text));
    widgets::label(ui, &tr!("board-editor-instruments-sought"));
    ui.horizontal_wrapped(|ui| {
        for instrument in crate::model::Instrument::ALL {
            let mut on = draft.instruments_sought.contains(&instrument);
            if widgets::checkbox(ui, &mut on, &instrument.label()).changed() {
                if on {
                    draft.instruments_sought.push(instrument);
                } else {
                    draft.instruments_sought.retain(|i| *i != instrument);
                }
            }
        }
    });
}

/// The agenda item (such as a round table) the partnership was born at.
pub fn born_at_ui(ui: &mut Ui, doc: &Document, draft: &mut Partnership) {
    let shown = match draft.born_at.and_then(|id| doc.agenda_item(id)) {
        Some(item) => item.title.clone(),
        None if draft.born_at.is_some() => tr!("board-editor-unknown-item"),
        None => tr!("board-editor-born-nowhere"),
    };
    let born_at = &mut draft.born_at;
    widgets::combo(
        ui,
        &tr!("board-editor-born-at"),
        "board_editor_born_at",
        &shown,
        |ui| {
            widgets::selectable_value(ui, born_at, None, &tr!("board-editor-born-nowhere"));
            for item in &doc.agenda {
                widgets::selectable_value(ui, born_at, Some(item.id), &item.title);
            }
        },
    );
}

/// Who may see the partnership.
pub fn confidentiality_ui(ui: &mut Ui, value: &mut Confidentiality) {
    widgets::confidentiality_choice(ui, &tr!("board-editor-seen-by"), value);
}
