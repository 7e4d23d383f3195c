//! The currency rates of the document: how many US dollars one unit of each
//! currency is worth, typed by the organisers (nothing is fetched). Every
//! change is one [`Action::SetRates`], one undo step.

use std::collections::HashMap;

use egui::Ui;

use crate::action::Action;
use crate::model::leads::BASE_CURRENCY;
use crate::model::{Document, Rate};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// View state of the rates editor: what is being typed.
#[derive(Default)]
pub struct RatesEditor {
    /// The text of a rate's field while it differs from the stored rate
    /// (being typed, or not a valid rate), by currency code.
    drafts: HashMap<String, String>,
    new_code: String,
    new_rate: String,
    /// Why the last rate could not be added.
    add_error: Option<String>,
}

/// Why a typed rate is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RateError {
    NotANumber,
    NotPositive,
}

impl std::fmt::Display for RateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NotANumber => tr!("financing-rates-not-a-number"),
            Self::NotPositive => tr!("financing-rates-not-positive"),
        })
    }
}

/// The number of US dollars per unit in `text`: a positive number, with a
/// point or a comma before the decimals.
pub fn parse_rate(text: &str) -> Result<f64, RateError> {
    let value: f64 = text
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| RateError::NotANumber)?;
    if !value.is_finite() {
        return Err(RateError::NotANumber);
    }
    if value <= 0.0 {
        return Err(RateError::NotPositive);
    }
    Ok(value)
}

/// A currency code as stored: three letters in upper case, or what is wrong with it.
fn parse_code(text: &str, rates: &[Rate]) -> Result<String, String> {
    let code = text.trim().to_uppercase();
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(tr!("financing-rates-not-a-code", code = code.as_str()));
    }
    if code == BASE_CURRENCY {
        return Err(tr!("financing-rates-base", code = code.as_str()));
    }
    if rates
        .iter()
        .any(|r| r.currency.trim().eq_ignore_ascii_case(&code))
    {
        return Err(tr!("financing-rates-already", code = code.as_str()));
    }
    Ok(code)
}

impl RatesEditor {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        widgets::heading(ui, &tr!("financing-rates-heading"));
        widgets::weak(ui, &tr!("financing-rates-explained"));
        ui.add_space(4.0);
        let rates = &doc.rates;
        egui::ScrollArea::vertical()
            .id_salt("financing_rates_list")
            .max_height(ui.available_height() - 140.0)
            .auto_shrink([false, true])
            .show_rows(ui, theme::ROW_HEIGHT + 6.0, rates.len(), |ui, range| {
                for index in range {
                    if let Some(rate) = rates.get(index) {
                        self.rate_ui(ui, rates, index, rate, actions);
                    }
                }
            });
        ui.separator();
        self.add_ui(ui, rates, actions);
    }

    /// One rate: its currency, its value to edit and a button to remove it.
    fn rate_ui(&mut self, ui: &mut Ui, rates: &[Rate], index: usize, rate: &Rate, actions: &mut Vec<Action>) {
        let code = rate.currency.trim().to_uppercase();
        ui.horizontal(|ui| {
            let mut text = self
                .drafts
                .get(&code)
                .cloned()
                .unwrap_or_else(|| rate.usd_per_unit.to_string());
            let name = tr!("financing-rates-rate-of", currency = code.as_str());
            ui.add_sized(
                [48.0, 18.0],
                egui::Label::new(crate::bidi::visual(&code).into_owned()),
            );
            let response = TextField::singleline(&mut text)
                .id_salt(("financing_rate", &code))
                .desired_width(90.0)
                .show(ui);
            // The code beside the field is too short a name for a screen reader.
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_label(name));
            let parsed = parse_rate(&text);
            if response.changed()
                && let Ok(value) = parsed
            {
                let mut changed = rates.to_vec();
                if let Some(r) = changed.get_mut(index) {
                    r.usd_per_unit = value;
                }
                actions.push(Action::SetRates(changed));
            }
            let remove = widgets::named_button(
                ui,
                &tr!("financing-rates-remove"),
                &tr!("financing-rates-remove-named", currency = code.as_str()),
            );
            if remove.clicked() {
                let mut kept = rates.to_vec();
                if index < kept.len() {
                    kept.remove(index);
                }
                actions.push(Action::SetRates(kept));
                self.drafts.remove(&code);
                return;
            }
            match parsed {
                Err(error) => {
                    let colour = theme::error(ui);
                    widgets::sentence_styled(ui, &error.to_string(), |rich| rich.color(colour));
                    self.drafts.insert(code, text);
                }
                // A valid value shows the stored rate again once the field is left,
                // so that undo is seen in it.
                Ok(_) if response.has_focus() => {
                    self.drafts.insert(code, text);
                }
                Ok(_) => {
                    self.drafts.remove(&code);
                }
            }
        });
    }

    /// A new currency and its rate.
    fn add_ui(&mut self, ui: &mut Ui, rates: &[Rate], actions: &mut Vec<Action>) {
        widgets::text_field(ui, &tr!("financing-rates-new-code"), &mut self.new_code);
        widgets::text_field(ui, &tr!("financing-rates-new-rate"), &mut self.new_rate);
        if widgets::button(ui, &tr!("financing-rates-add")).clicked() {
            let rate = parse_rate(&self.new_rate).map_err(|e| e.to_string());
            match (parse_code(&self.new_code, rates), rate) {
                (Ok(currency), Ok(usd_per_unit)) => {
                    let mut more = rates.to_vec();
                    more.push(Rate {
                        currency,
                        usd_per_unit,
                    });
                    actions.push(Action::SetRates(more));
                    self.new_code.clear();
                    self.new_rate.clear();
                    self.add_error = None;
                }
                (Err(error), _) | (_, Err(error)) => self.add_error = Some(error),
            }
        }
        if let Some(error) = &self.add_error {
            let colour = theme::error(ui);
            widgets::sentence_styled(ui, error, |rich| rich.color(colour));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_is_a_positive_number() {
        assert_eq!(parse_rate(" 3.52 "), Ok(3.52));
        assert_eq!(parse_rate("0,267"), Ok(0.267));
        assert_eq!(parse_rate("3."), Ok(3.0));
        assert_eq!(parse_rate(""), Err(RateError::NotANumber));
        assert_eq!(parse_rate("three"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("inf"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("NaN"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("0"), Err(RateError::NotPositive));
        assert_eq!(parse_rate("-1.2"), Err(RateError::NotPositive));
    }

    #[test]
    fn a_new_code_is_three_letters_not_the_dollar_nor_one_already_there() {
        let rates = [Rate {
            currency: "EUR".to_owned(),
            usd_per_unit: 1.37,
        }];
        assert_eq!(parse_code(" kwd ", &rates), Ok("KWD".to_owned()));
        assert!(parse_code("KW", &rates).is_err());
        assert!(parse_code("K1D", &rates).is_err());
        assert!(parse_code("usd", &rates).is_err());
        assert!(parse_code("eur", &rates).is_err());
    }
}
