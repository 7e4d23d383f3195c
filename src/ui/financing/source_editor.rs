//! The editor of one funding source: every field, each change one edit.
//!
//! Fields typed as text (the ticket range, the countries, the deadline, the
//! currency) keep the text as typed while it says what is stored, and are
//! read only when typed into: opening a source never changes it.

use chrono::NaiveDate;
use egui::Ui;

use super::sources::INSTRUMENTS;
use crate::action::Action;
use crate::model::dates::parse_date;
use crate::model::{Document, FundingKind, FundingSource, Id, Term, now, parse_amount, parse_countries};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// Fields of `source`; a change pushes an edit. `organisation` is the name of
/// the organisation behind it (empty for none), `today` the date of reading.
pub fn ui(
    ui: &mut Ui,
    doc: &Document,
    source: &FundingSource,
    organisation: &str,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    widgets::heading(ui, &source.name);
    let mut draft = source.clone();
    widgets::text_field(ui, &tr!("financing-source-field-name"), &mut draft.name);
    organisation_picker(ui, doc, organisation, &mut draft.organisation);
    kind_choice(ui, &mut draft.kind);
    instruments_ui(ui, &mut draft);
    ticket_ui(ui, &mut draft);
    currency_field(ui, &mut draft.currency);
    countries_field(ui, &mut draft.eligible_countries);
    keys_ui(
        ui,
        &tr!("financing-source-field-focus-areas"),
        &doc.vocabularies.thrust_areas,
        &mut draft.focus_areas,
    );
    keys_ui(
        ui,
        &tr!("financing-source-field-stages"),
        &doc.vocabularies.stages,
        &mut draft.eligible_stages,
    );
    keys_ui(
        ui,
        &tr!("financing-source-field-applicants"),
        &doc.vocabularies.stakeholder_types,
        &mut draft.applicant_types,
    );
    widgets::checkbox(
        ui,
        &mut draft.co_financing_required,
        &tr!("financing-source-field-co-financing"),
    );
    deadline_field(ui, &mut draft.deadline, today);
    widgets::text_field(ui, &tr!("financing-source-field-contact"), &mut draft.contact);
    widgets::text_area(ui, &tr!("financing-source-field-notes"), &mut draft.notes);
    widgets::confidentiality_choice(
        ui,
        &tr!("financing-source-field-seen-by"),
        &mut draft.confidentiality,
    );
    if draft != *source {
        draft.modified = now();
        actions.push(Action::UpsertFundingSource(draft));
    }
}

/// A label in the width of the field labels.
fn field_label(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add_sized(
        [theme::FIELD_LABEL_WIDTH, 18.0],
        egui::Label::new(crate::bidi::visual(text).into_owned()),
    )
}

fn error_line(ui: &mut Ui, error: Option<&String>) {
    if let Some(error) = error {
        let colour = theme::error(ui);
        widgets::sentence_styled(ui, error, |rich| rich.color(colour));
    }
}

/// The organisation behind the source.
fn organisation_picker(ui: &mut Ui, doc: &Document, name: &str, value: &mut Option<Id>) {
    let none = tr!("financing-source-no-organisation");
    let current = if value.is_some() { name } else { none.as_str() };
    let label = tr!("financing-source-field-organisation");
    widgets::organisation_choice(ui, doc, &label, (current, &none), value);
}

fn kind_choice(ui: &mut Ui, kind: &mut FundingKind) {
    let label = tr!("financing-source-field-kind");
    widgets::combo(ui, &label, "financing_source_kind", &kind.label(), |ui| {
        for choice in FundingKind::ALL {
            widgets::selectable_value(ui, kind, choice, &choice.label());
        }
    });
}

fn instruments_ui(ui: &mut Ui, draft: &mut FundingSource) {
    widgets::label(ui, &tr!("financing-source-field-instruments"));
    ui.horizontal_wrapped(|ui| {
        for instrument in INSTRUMENTS {
            let mut on = draft.instruments.contains(&instrument);
            if widgets::checkbox(ui, &mut on, &instrument.label()).changed() {
                if on {
                    draft.instruments.push(instrument);
                } else {
                    draft.instruments.retain(|i| *i != instrument);
                }
            }
        }
    });
}

/// Keys of a vocabulary, one check box per term.
fn keys_ui(ui: &mut Ui, label: &str, terms: &[Term], keys: &mut Vec<String>) {
    crate::ui::widgets::label(ui, label);
    ui.horizontal_wrapped(|ui| {
        for term in terms {
            let mut on = keys.contains(&term.key);
            if ui.checkbox(&mut on, &term.label).changed() {
                if on {
                    keys.push(term.key.clone());
                } else {
                    keys.retain(|k| *k != term.key);
                }
            }
        }
    });
}

/// The ticket range as typed, and what is wrong with it.
#[derive(Clone, Default)]
struct TicketText {
    /// The stored range the text was made from or last stored.
    stored: (u64, u64),
    min: String,
    max: String,
    min_error: Option<String>,
    max_error: Option<String>,
}

fn amount_text(amount: u64) -> String {
    amount.to_string()
}

/// The smallest and the largest ticket, typed as whole units. Stored only
/// when typed into and both read, with the minimum not above the maximum; the
/// error shows beside the field until the text is put right.
fn ticket_ui(ui: &mut Ui, draft: &mut FundingSource) {
    let key = ui.scope_id().with("financing_source_ticket");
    let stored = (draft.ticket_min, draft.ticket_max);
    let mut text = ui
        .data(|d| d.get_temp::<TicketText>(key))
        .filter(|t| t.stored == stored)
        .unwrap_or_else(|| TicketText {
            stored,
            min: amount_text(stored.0),
            max: amount_text(stored.1),
            ..TicketText::default()
        });
    let min_typed = amount_field(ui, &tr!("financing-source-field-ticket-min"), &mut text.min);
    error_line(ui, text.min_error.as_ref());
    let max_typed = amount_field(ui, &tr!("financing-source-field-ticket-max"), &mut text.max);
    error_line(ui, text.max_error.as_ref());
    if min_typed || max_typed {
        let min = parse_amount(&text.min).map(Option::unwrap_or_default);
        let max = parse_amount(&text.max).map(Option::unwrap_or_default);
        text.min_error = min.as_ref().err().map(ToString::to_string);
        text.max_error = max.as_ref().err().map(ToString::to_string);
        if let (Ok(min), Ok(max)) = (min, max) {
            if min > max {
                text.max_error = Some(tr!("financing-source-ticket-min-above-max", min = min, max = max));
            } else {
                draft.ticket_min = min;
                draft.ticket_max = max;
                text.stored = (min, max);
            }
        }
    }
    ui.data_mut(|d| d.insert_temp(key, text));
}

/// A labelled amount; whether it was typed into.
fn amount_field(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    ui.horizontal(|ui| {
        let label = field_label(ui, label);
        TextField::singleline(text)
            .hint_text(crate::bidi::visual(&tr!("financing-source-amount-hint")).into_owned())
            .desired_width(160.0)
            .show(ui)
            .labelled_by(label.id)
            .changed()
    })
    .inner
}

/// The currency code, stored in capitals without spaces; the text stays as
/// typed while it says that.
fn currency_field(ui: &mut Ui, currency: &mut String) {
    let key = ui.scope_id().with("financing_source_currency");
    let normal = |text: &str| text.trim().to_uppercase();
    let mut text = ui
        .data(|d| d.get_temp::<(String, String)>(key))
        .filter(|(stored, _)| stored == currency)
        .map_or_else(|| currency.clone(), |(_, text)| text);
    if widgets::text_field(ui, &tr!("financing-source-field-currency"), &mut text).changed() {
        *currency = normal(&text);
    }
    ui.data_mut(|d| d.insert_temp(key, (currency.clone(), text)));
}

/// The eligible countries as ISO codes separated by commas; empty means any.
fn countries_field(ui: &mut Ui, countries: &mut Vec<String>) {
    let key = ui.scope_id().with("financing_source_countries");
    let mut text = ui
        .data(|d| d.get_temp::<(Vec<String>, String)>(key))
        .filter(|(stored, _)| stored == countries)
        .map_or_else(|| countries.join(", "), |(_, text)| text);
    if widgets::text_field(ui, &tr!("financing-source-field-countries"), &mut text).changed() {
        *countries = parse_countries(&text);
    }
    if countries.is_empty() {
        widgets::weak(ui, &tr!("financing-source-countries-any"));
    }
    ui.data_mut(|d| d.insert_temp(key, (countries.clone(), text)));
}

/// The deadline as typed (see [`parse_date`]), read only when typed into:
/// "tomorrow" kept from an earlier day must not move the date stored then.
fn deadline_field(ui: &mut Ui, deadline: &mut Option<NaiveDate>, today: NaiveDate) {
    let key = ui.scope_id().with("financing_source_deadline");
    let date_text = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let (mut text, mut error) = ui
        .data(|d| d.get_temp::<(Option<NaiveDate>, String, Option<String>)>(key))
        .filter(|(stored, _, _)| stored == deadline)
        .map_or_else(|| (date_text(*deadline), None), |(_, text, error)| (text, error));
    let typed = ui
        .horizontal(|ui| {
            let label = field_label(ui, &tr!("financing-source-field-deadline"));
            TextField::singleline(&mut text)
                .hint_text(crate::bidi::visual(&tr!("financing-source-deadline-hint")).into_owned())
                .desired_width(160.0)
                .show(ui)
                .labelled_by(label.id)
                .changed()
        })
        .inner;
    if typed {
        match parse_date(&text, today) {
            Ok(date) => {
                *deadline = date;
                error = None;
            }
            Err(e) => error = Some(e.to_string()),
        }
    }
    error_line(ui, error.as_ref());
    if error.is_none()
        && let Some(date) = *deadline
        && date < today
    {
        widgets::colored(ui, theme::warning(ui), &tr!("financing-source-deadline-passed"));
    }
    ui.data_mut(|d| d.insert_temp(key, (*deadline, text, error)));
}
