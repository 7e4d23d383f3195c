//! The overview of needs, pledges and commitments: by thrust area and by
//! country, and the pipeline of leads by status, as charts with the same
//! figures in a table under each; the currency rates are edited beside them.

use chrono::NaiveDate;
use egui::Ui;
use egui_extras::{Column, TableBuilder};
use egui_plot::{Bar, BarChart, Legend, Plot};

use super::rates::RatesEditor;
use crate::action::Action;
use crate::model::financing_totals::{Amounts, Totals, display_currencies};
use crate::model::leads::BASE_CURRENCY;
use crate::model::{Document, FinancingLead, Partnership, Rate, Shared, Term, Vocabularies};
use crate::tr;
use crate::ui::{theme, widgets};

const CHART_HEIGHT: f32 = 220.0;
/// The tallest a table under a chart grows before it scrolls.
const TABLE_HEIGHT: f32 = 200.0;
/// The width of each of the three bars of a group.
const BAR_WIDTH: f64 = 0.26;
const NEED_COLOUR: egui::Color32 = egui::Color32::from_rgb(0x8a, 0x8f, 0x98);

/// View state of the overview: the display currency, the sums of the last
/// document seen and the rates editor.
#[derive(Default)]
pub struct OverviewView {
    /// The currency chosen for the amounts; empty for US dollars.
    currency: String,
    cache: Option<Cache>,
    rates: RatesEditor,
}

/// The sums and their labels, kept while what they depend on is unchanged.
struct Cache {
    partnerships: Vec<Shared<Partnership>>,
    leads: Vec<Shared<FinancingLead>>,
    rates: Vec<Rate>,
    thrust_areas: Vec<Term>,
    totals: Totals,
    area_labels: Vec<String>,
    country_labels: Vec<String>,
    status_labels: Vec<String>,
}

impl Cache {
    fn new(doc: &Document, currency: &str) -> Self {
        let totals = Totals::of(doc, currency);
        let area_labels = totals
            .by_thrust_area
            .iter()
            .map(|g| match g.key.as_str() {
                "" => tr!("financing-overview-no-thrust-area"),
                key => Vocabularies::label(&doc.vocabularies.thrust_areas, key).to_owned(),
            })
            .collect();
        let country_labels = totals
            .by_country
            .iter()
            .map(|g| match g.key.as_str() {
                "" => tr!("financing-overview-no-country"),
                key => key.to_owned(),
            })
            .collect();
        let status_labels = totals.pipeline.iter().map(|s| s.status.label()).collect();
        Self {
            partnerships: doc.partnerships.clone(),
            leads: doc.leads.clone(),
            rates: doc.rates.clone(),
            thrust_areas: doc.vocabularies.thrust_areas.clone(),
            totals,
            area_labels,
            country_labels,
            status_labels,
        }
    }

    fn is_for(&self, doc: &Document, currency: &str) -> bool {
        self.totals.currency == currency
            && same(&self.partnerships, &doc.partnerships)
            && same(&self.leads, &doc.leads)
            && self.rates == doc.rates
            && self.thrust_areas == doc.vocabularies.thrust_areas
    }
}

fn same<T>(cached: &[Shared<T>], current: &[Shared<T>]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| Shared::ptr_eq(a, b))
}

impl OverviewView {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, _today: NaiveDate, actions: &mut Vec<Action>) {
        crate::ui::mirror::end_panel("financing_rates")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| self.rates.ui(ui, doc, actions));
            });
        let currencies = display_currencies(&doc.rates);
        if !currencies.contains(&self.currency) {
            BASE_CURRENCY.clone_into(&mut self.currency);
        }
        if !self.cache.as_ref().is_some_and(|c| c.is_for(doc, &self.currency)) {
            self.cache = Some(Cache::new(doc, &self.currency));
        }
        egui::ScrollArea::vertical()
            .id_salt("financing_overview")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let options: Vec<(String, String)> =
                    currencies.iter().map(|c| (c.clone(), c.clone())).collect();
                widgets::choice(
                    ui,
                    &tr!("financing-overview-currency"),
                    &mut self.currency,
                    &options,
                );
                if let Some(cache) = &self.cache {
                    overview_ui(ui, cache);
                }
            });
    }
}

fn overview_ui(ui: &mut Ui, cache: &Cache) {
    let totals = &cache.totals;
    let warning = theme::warning(ui);
    for left_out in &totals.unconverted {
        widgets::sentence_styled(
            ui,
            &tr!(
                "financing-overview-unconverted",
                count = left_out.count,
                currency = left_out.currency.as_str()
            ),
            |rich| rich.color(warning),
        );
    }
    let overall = totals.overall();
    widgets::sentence(
        ui,
        &tr!(
            "financing-overview-overall",
            currency = totals.currency.as_str(),
            need = overall.need,
            pledged = overall.pledged,
            committed = overall.committed
        ),
    );

    ui.add_space(8.0);
    widgets::heading(ui, &tr!("financing-overview-by-thrust-area"));
    let areas: Vec<Amounts> = totals.by_thrust_area.iter().map(|g| g.amounts).collect();
    let axis = tr!("financing-overview-thrust-area");
    grouped_chart(
        ui,
        "financing_by_area",
        &cache.area_labels,
        &areas,
        &axis,
        &totals.currency,
    );
    amounts_table(ui, "financing_by_area_table", &axis, &cache.area_labels, &areas);

    ui.add_space(8.0);
    widgets::heading(ui, &tr!("financing-overview-by-country"));
    widgets::weak(ui, &tr!("financing-overview-country-split"));
    let countries: Vec<Amounts> = totals.by_country.iter().map(|g| g.amounts).collect();
    let axis = tr!("financing-overview-country");
    grouped_chart(
        ui,
        "financing_by_country",
        &cache.country_labels,
        &countries,
        &axis,
        &totals.currency,
    );
    amounts_table(
        ui,
        "financing_by_country_table",
        &axis,
        &cache.country_labels,
        &countries,
    );

    ui.add_space(8.0);
    widgets::heading(ui, &tr!("financing-overview-pipeline"));
    pipeline_chart(ui, cache);
    pipeline_table(ui, cache);
}

/// A chart that does not move: it is read, not explored.
fn fixed_plot<'a>(id: &'static str, labels: &'a [String], x_label: &str, currency: &str) -> Plot<'a> {
    Plot::new(id)
        .height(CHART_HEIGHT)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
        .include_y(0.0)
        .x_axis_label(crate::bidi::visual(x_label).into_owned())
        .y_axis_label(
            crate::bidi::visual(&tr!("financing-overview-amount-axis", currency = currency)).into_owned(),
        )
        .x_axis_formatter(move |mark, _| category(labels, mark.value))
        .y_axis_formatter(|mark, _| tr!("financing-overview-amount", amount = whole(mark.value)))
        .y_axis_min_width(64.0)
}

/// The label of the category at `x`, for the marks that fall on one.
fn category(labels: &[String], x: f64) -> String {
    let nearest = x.round();
    if (x - nearest).abs() > 1e-6 || nearest < 0.0 {
        return String::new();
    }
    whole(nearest)
        .try_into()
        .ok()
        .and_then(|i: usize| labels.get(i))
        .cloned()
        .unwrap_or_default()
}

/// Three bars for each category: need, pledged and committed.
fn grouped_chart(
    ui: &mut Ui,
    id: &'static str,
    labels: &[String],
    groups: &[Amounts],
    x_label: &str,
    currency: &str,
) {
    let (pledged_colour, committed_colour) = (theme::warning(ui), theme::ok(ui));
    let series = [
        (tr!("financing-overview-need"), NEED_COLOUR, -BAR_WIDTH, 0),
        (tr!("financing-overview-pledged"), pledged_colour, 0.0, 1),
        (
            tr!("financing-overview-committed"),
            committed_colour,
            BAR_WIDTH,
            2,
        ),
    ];
    let charts: Vec<BarChart> = series
        .into_iter()
        .map(|(name, colour, offset, which)| {
            let bars = groups
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let value = [a.need, a.pledged, a.committed].get(which).copied().unwrap_or(0);
                    Bar::new(position(i) + offset, amount(value))
                        .width(BAR_WIDTH)
                        .fill(colour)
                        .stroke(egui::Stroke::new(1.0, colour))
                        .name(
                            labels
                                .get(i)
                                .map(|l| crate::bidi::visual(l).into_owned())
                                .unwrap_or_default(),
                        )
                })
                .collect();
            BarChart::new(crate::bidi::visual(&name).into_owned(), bars).color(colour)
        })
        .collect();
    fixed_plot(id, labels, x_label, currency)
        .legend(Legend::default())
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
}

/// The amount of the leads at each status.
fn pipeline_chart(ui: &mut Ui, cache: &Cache) {
    let committed_colour = theme::ok(ui);
    let bars = cache
        .totals
        .pipeline
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Bar::new(position(i), amount(s.amount))
                .width(2.0 * BAR_WIDTH)
                .fill(committed_colour)
                .stroke(egui::Stroke::new(1.0, committed_colour))
                .name(
                    cache
                        .status_labels
                        .get(i)
                        .map(|l| crate::bidi::visual(l).into_owned())
                        .unwrap_or_default(),
                )
        })
        .collect();
    let chart = BarChart::new(
        crate::bidi::visual(&tr!("financing-overview-leads-amount")).into_owned(),
        bars,
    )
    .color(committed_colour);
    let axis = tr!("financing-overview-status");
    fixed_plot(
        "financing_pipeline",
        &cache.status_labels,
        &axis,
        &cache.totals.currency,
    )
    .legend(Legend::default())
    .show(ui, |plot| plot.bar_chart(chart));
}

/// The figures of a grouped chart, one row per category.
fn amounts_table(ui: &mut Ui, id: &'static str, first: &str, labels: &[String], groups: &[Amounts]) {
    let headers = [
        first.to_owned(),
        tr!("financing-overview-need"),
        tr!("financing-overview-pledged"),
        tr!("financing-overview-committed"),
    ];
    table(ui, id, &headers, groups.len(), |i| {
        let a = groups.get(i).copied().unwrap_or_default();
        [
            labels.get(i).cloned().unwrap_or_default(),
            tr!("financing-overview-amount", amount = a.need),
            tr!("financing-overview-amount", amount = a.pledged),
            tr!("financing-overview-amount", amount = a.committed),
        ]
    });
}

fn pipeline_table(ui: &mut Ui, cache: &Cache) {
    let headers = [
        tr!("financing-overview-status"),
        tr!("financing-overview-leads"),
        tr!("financing-overview-leads-amount"),
    ];
    let pipeline = &cache.totals.pipeline;
    table(ui, "financing_pipeline_table", &headers, pipeline.len(), |i| {
        let (count, amount) = pipeline.get(i).map_or((0, 0), |s| (s.count, s.amount));
        [
            cache.status_labels.get(i).cloned().unwrap_or_default(),
            tr!("financing-overview-count", count = count),
            tr!("financing-overview-amount", amount = amount),
        ]
    });
}

/// A virtualised table of text cells, the first column wider.
fn table<const N: usize>(
    ui: &mut Ui,
    id: &'static str,
    headers: &[String; N],
    rows: usize,
    cells: impl Fn(usize) -> [String; N],
) {
    let mut builder = TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .vscroll(true)
        .max_scroll_height(TABLE_HEIGHT)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(200.0).at_least(100.0).clip(true).resizable(true));
    for _ in 1..N {
        builder = builder.column(Column::initial(120.0).at_least(80.0));
    }
    builder
        .header(theme::ROW_HEIGHT, |mut header| {
            for title in headers {
                header.col(|ui| {
                    widgets::styled(ui, title, egui::RichText::strong);
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, rows, |mut row| {
                for text in cells(row.index()) {
                    row.col(|ui| {
                        widgets::truncated(ui, &text);
                    });
                }
            });
        });
}

#[expect(clippy::cast_precision_loss, reason = "a few hundred categories at most")]
fn position(i: usize) -> f64 {
    i as f64
}

#[expect(clippy::cast_precision_loss, reason = "amounts of money are far below 2^52")]
fn amount(value: u64) -> f64 {
    value as f64
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "axis marks of amounts, far inside the range of i64 (the cast saturates)"
)]
fn whole(x: f64) -> i64 {
    x.round() as i64
}
