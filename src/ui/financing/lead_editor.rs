//! The lead editor on the right of the matching view: the selected
//! partnership's leads to pick one, and the fields of the lead picked.
//!
//! It edits a copy and pushes the copy when it differs. Typed amounts and
//! dates are read only when typed, so opening a lead changes nothing.

use chrono::NaiveDate;
use egui::Ui;

use super::matching::{lead_line, source_name};
use crate::action::Action;
use crate::model::dates::parse_date;
use crate::model::{Document, FinancingLead, Id, LeadStatus, Money, Partnership, now, parse_amount};
use crate::tr;
use crate::ui::board::editor::pick;
use crate::ui::{theme, widgets};

/// What the amount fields hold, and the amount they say.
#[derive(Clone)]
struct AmountText {
    amount: String,
    currency: String,
    stored: Option<Money>,
}

/// What the date field holds, and the date it says.
#[derive(Clone)]
struct DateText {
    text: String,
    stored: Option<NaiveDate>,
}

/// The leads of `partnership` and the fields of the one `open`.
pub fn ui(
    ui: &mut Ui,
    doc: &Document,
    partnership: &Partnership,
    today: NaiveDate,
    open: &mut Option<Id>,
    actions: &mut Vec<Action>,
) {
    widgets::heading(ui, &tr!("financing-matching-leads"));
    let leads: Vec<&FinancingLead> = doc
        .leads
        .iter()
        .filter(|l| l.partnership == partnership.id)
        .map(AsRef::as_ref)
        .collect();
    if leads.is_empty() {
        widgets::weak(ui, &tr!("financing-matching-no-leads"));
    }
    for lead in &leads {
        widgets::selectable_value(ui, open, Some(lead.id), &lead_line(doc, lead));
    }
    ui.separator();
    let Some(lead) = open.and_then(|id| leads.iter().find(|l| l.id == id)) else {
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        if let Some(action) = fields_ui(ui, doc, lead, today) {
            actions.push(action);
        }
    });
}

/// The fields of `lead`; returns its edit or its removal.
fn fields_ui(ui: &mut Ui, doc: &Document, lead: &FinancingLead, today: NaiveDate) -> Option<Action> {
    let mut draft = lead.clone();
    let source = lead
        .source
        .map_or_else(|| tr!("financing-matching-no-source"), |id| source_name(doc, id));
    widgets::styled(ui, &source, egui::RichText::strong);
    widgets::combo(
        ui,
        &tr!("financing-matching-status"),
        "financing_lead_status",
        &draft.status.label(),
        |ui| {
            for status in LeadStatus::ALL {
                widgets::selectable_value(ui, &mut draft.status, status, &status.label());
            }
        },
    );
    amount_ui(ui, &mut draft);
    contact_ui(ui, doc, &mut draft);
    widgets::text_field(ui, &tr!("financing-matching-next-step"), &mut draft.next_step);
    date_ui(ui, &mut draft, today);
    widgets::text_area(ui, &tr!("financing-matching-notes"), &mut draft.notes);
    widgets::confidentiality_choice(ui, &tr!("financing-matching-seen-by"), &mut draft.confidentiality);
    ui.separator();
    let name = tr!("financing-matching-delete-lead-named", source = source.as_str());
    if widgets::named_button(ui, &tr!("financing-matching-delete-lead"), &name).clicked() {
        return Some(Action::Remove(lead.id));
    }
    (draft != *lead).then(|| {
        draft.modified = now();
        Action::UpsertLead(draft)
    })
}

/// The amount and its currency, stored when typed and valid.
fn amount_ui(ui: &mut Ui, draft: &mut FinancingLead) {
    let key = egui::Id::unique(("financing_lead_amount", draft.id));
    let mut text = ui
        .data(|d| d.get_temp::<AmountText>(key))
        .filter(|t| t.stored == draft.amount)
        .unwrap_or_else(|| AmountText {
            amount: draft
                .amount
                .as_ref()
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            currency: draft
                .amount
                .as_ref()
                .map_or_else(|| "USD".to_owned(), |m| m.currency.clone()),
            stored: draft.amount.clone(),
        });
    let amount_typed = widgets::text_field(ui, &tr!("financing-matching-amount"), &mut text.amount).changed();
    let currency_typed =
        widgets::text_field(ui, &tr!("financing-matching-currency"), &mut text.currency).changed();
    match parse_amount(&text.amount) {
        Ok(amount) if amount_typed || currency_typed => {
            let currency = text.currency.trim().to_uppercase();
            if !currency.is_empty() {
                draft.amount = amount.map(|amount| Money { amount, currency });
            }
        }
        Ok(_) => {}
        Err(error) => {
            let colour = theme::error(ui);
            widgets::sentence_styled(ui, &error.to_string(), |rich| rich.color(colour));
        }
    }
    text.stored.clone_from(&draft.amount);
    ui.data_mut(|d| d.insert_temp(key, text));
}

/// The next date, typed as people write dates, stored when typed and valid.
fn date_ui(ui: &mut Ui, draft: &mut FinancingLead, today: NaiveDate) {
    let key = egui::Id::unique(("financing_lead_date", draft.id));
    let mut text = ui
        .data(|d| d.get_temp::<DateText>(key))
        .filter(|t| t.stored == draft.next_date)
        .unwrap_or_else(|| DateText {
            text: draft
                .next_date
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            stored: draft.next_date,
        });
    let typed = widgets::text_field(ui, &tr!("financing-matching-next-date"), &mut text.text).changed();
    if typed && let Ok(date) = parse_date(&text.text, today) {
        draft.next_date = date;
    }
    if let Err(error) = parse_date(&text.text, today) {
        let colour = theme::error(ui);
        widgets::sentence_styled(ui, &error.to_string(), |rich| rich.color(colour));
    }
    text.stored = draft.next_date;
    ui.data_mut(|d| d.insert_temp(key, text));
}

/// The person who follows the lead, and a field to find another.
fn contact_ui(ui: &mut Ui, doc: &Document, draft: &mut FinancingLead) {
    ui.horizontal(|ui| {
        ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(&tr!("financing-matching-contact")).into_owned()),
        );
        if draft.contact.is_none() {
            widgets::weak(ui, &tr!("financing-matching-nobody"));
        } else {
            widgets::label(ui, &doc.person_name(draft.contact));
            let name = tr!("financing-matching-clear-contact");
            if widgets::named_button(ui, &tr!("financing-matching-remove"), &name).clicked() {
                draft.contact = None;
            }
        }
    });
    let found = pick::type_ahead(
        ui,
        egui::Id::unique(("financing_lead_contact", draft.id)),
        &tr!("financing-matching-find-contact"),
        &doc.people,
        pick::person,
        |id| pick::show_person(doc, id),
        |name| tr!("financing-matching-choose-contact", name = name),
    );
    if found.picked.is_some() {
        draft.contact = found.picked;
    }
}
