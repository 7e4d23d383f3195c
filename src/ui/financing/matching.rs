//! Matching projects with funding sources: the project list on the left, the
//! ranked sources of the selected project with their reasons, the blocked
//! ones and a blended plan in the middle, and the lead editor on the right.
//! A toggle turns the middle round: one source, the projects it could fund.
//!
//! What the middle shows is worked out once per change of the selected
//! project, of the records the matcher reads or of the date, then drawn as
//! rows of one height, so only the rows in view cost anything.

use std::sync::Arc;

use chrono::NaiveDate;
use egui::Ui;

use super::lead_editor;
use super::projects::ProjectList;
use super::reverse::ReverseView;
use crate::action::Action;
use crate::model::leads::{self, Coverage};
use crate::model::matching::{Factor, Match, Matcher, Ranking};
use crate::model::{
    Document, FinancingLead, FundingSource, Id, LeadStatus, Money, Organisation, Partnership, Rate,
};
use crate::tr;
use crate::ui::{theme, widgets};

/// View state of the matching view.
#[derive(Default)]
pub struct MatchingView {
    projects: ProjectList,
    /// The partnership whose sources are shown.
    selected: Option<Id>,
    /// The lead open in the editor.
    lead: Option<Id>,
    /// Whether the reverse view (one source, its projects) is shown.
    reversed: bool,
    reverse: ReverseView,
    ranking: RankingRows,
    blocked_open: bool,
}

impl MatchingView {
    /// Draws the view; `today` is the date deadlines are read against.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, today: NaiveDate, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            widgets::selectable_value(
                ui,
                &mut self.reversed,
                false,
                &tr!("financing-matching-by-project"),
            );
            widgets::selectable_value(ui, &mut self.reversed, true, &tr!("financing-matching-by-source"));
        });
        if self.reversed {
            if let Some(partnership) = self.reverse.ui(ui, doc, today) {
                self.select(partnership);
                self.reversed = false;
            }
            return;
        }
        if let Some(picked) = self.projects.ui(ui, doc, self.selected) {
            self.select(picked);
        }
        let selected = self
            .selected
            .and_then(|id| doc.partnerships.iter().find(|p| p.id == id));
        let Some(partnership) = selected else {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    widgets::weak(ui, &tr!("financing-matching-choose-project"));
                });
            });
            return;
        };
        crate::ui::mirror::end_panel("financing_lead_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    lead_editor::ui(ui, doc, partnership, today, &mut self.lead, actions);
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| {
                self.middle_ui(ui, doc, partnership, today, actions);
            });
        });
    }

    /// Shows the sources of `partnership`.
    pub fn select(&mut self, partnership: Id) {
        if self.selected != Some(partnership) {
            self.selected = Some(partnership);
            self.lead = None;
        }
    }

    fn middle_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        partnership: &Arc<Partnership>,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        self.ranking.refresh(doc, partnership, today);
        widgets::heading(ui, &partnership.title);
        widgets::sentence(ui, &self.ranking.need);
        ui.separator();
        let rows = &self.ranking;
        let shown = rows.shown(self.blocked_open);
        let row_height = ui.spacing().interact_size.y;
        let mut toggle = false;
        let mut record = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, shown.len(), |ui, range| {
                for &i in shown.get(range).unwrap_or_default() {
                    let Some(line) = rows.lines.get(i) else {
                        continue;
                    };
                    match line_ui(ui, line, self.blocked_open) {
                        Some(Clicked::Toggle) => toggle = true,
                        Some(Clicked::Record(source, amount)) => record = Some((source, amount)),
                        None => {}
                    }
                }
            });
        if toggle {
            self.blocked_open = !self.blocked_open;
        }
        if let Some((source, amount)) = record {
            let lead = FinancingLead {
                partnership: partnership.id,
                source: Some(source),
                status: LeadStatus::Identified,
                amount,
                ..FinancingLead::default()
            };
            self.lead = Some(lead.id);
            actions.push(Action::UpsertLead(lead));
        }
    }
}

/// What a click on a row asks for.
enum Clicked {
    Toggle,
    Record(Id, Option<Money>),
}

/// One row of the middle, all of one height.
pub(super) enum Line {
    Heading(String),
    Note(String),
    Match {
        source: Id,
        name: String,
        score: String,
        /// The score's named parts, one sentence each, shown on hover.
        parts: Vec<String>,
        /// What a lead recorded from this match asks: its share of the plan, or the need.
        amount: Option<Money>,
        record_name: String,
    },
    Reason {
        text: String,
        against: bool,
    },
    BlockedToggle(String),
    Blocked(String),
    Blocker(String),
    Share {
        text: String,
        source: Id,
        amount: Money,
        record_name: String,
    },
    Gap(String),
}

fn line_ui(ui: &mut Ui, line: &Line, blocked_open: bool) -> Option<Clicked> {
    let mut clicked = None;
    ui.horizontal(|ui| match line {
        Line::Heading(text) => {
            widgets::styled(ui, text, egui::RichText::strong);
        }
        Line::Note(text) => {
            widgets::weak(ui, text);
        }
        Line::Match {
            source,
            name,
            score,
            parts,
            amount,
            record_name,
        } => {
            if widgets::named_button(ui, &tr!("financing-matching-record-lead"), record_name).clicked() {
                clicked = Some(Clicked::Record(*source, amount.clone()));
            }
            crate::ui::widgets::label(ui, score).on_hover_ui(|ui| {
                for part in parts {
                    widgets::sentence(ui, part);
                }
            });
            widgets::truncated_styled(ui, name, egui::RichText::strong);
        }
        Line::Reason { text, against } => {
            ui.add_space(24.0);
            let colour = if *against {
                theme::warning(ui)
            } else {
                theme::ok(ui)
            };
            widgets::truncated_styled(ui, text, |rich| rich.color(colour));
        }
        Line::BlockedToggle(text) => {
            if widgets::selectable(ui, blocked_open, text).clicked() {
                clicked = Some(Clicked::Toggle);
            }
        }
        Line::Blocked(name) => {
            widgets::truncated(ui, name);
        }
        Line::Blocker(text) => {
            ui.add_space(24.0);
            let colour = theme::error(ui);
            widgets::truncated_styled(ui, text, |rich| rich.color(colour));
        }
        Line::Share {
            text,
            source,
            amount,
            record_name,
        } => {
            if widgets::named_button(ui, &tr!("financing-matching-record-lead"), record_name).clicked() {
                clicked = Some(Clicked::Record(*source, Some(amount.clone())));
            }
            widgets::truncated(ui, text);
        }
        Line::Gap(text) => {
            widgets::truncated(ui, text);
        }
    });
    clicked
}

/// The records the matcher reads, and the day: what a cached answer was worked out from.
#[derive(Default)]
pub(super) struct Inputs {
    partnerships: Vec<Arc<Partnership>>,
    sources: Vec<Arc<FundingSource>>,
    organisations: Vec<Arc<Organisation>>,
    leads: Vec<Arc<FinancingLead>>,
    rates: Vec<Rate>,
    today: Option<NaiveDate>,
}

/// Whether `a` are the very records of `b`, in order.
pub(super) fn same<T>(a: &[Arc<T>], b: &[Arc<T>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Arc::ptr_eq(x, y))
}

impl Inputs {
    pub(super) fn of(doc: &Document, today: NaiveDate) -> Self {
        Self {
            partnerships: doc.partnerships.clone(),
            sources: doc.funding_sources.clone(),
            organisations: doc.organisations.clone(),
            leads: doc.leads.clone(),
            rates: doc.rates.clone(),
            today: Some(today),
        }
    }

    pub(super) fn same(&self, doc: &Document, today: NaiveDate) -> bool {
        self.today == Some(today)
            && same(&self.partnerships, &doc.partnerships)
            && same(&self.sources, &doc.funding_sources)
            && same(&self.organisations, &doc.organisations)
            && same(&self.leads, &doc.leads)
            && self.rates == doc.rates
    }
}

/// The rows of one partnership's ranking, plan and coverage.
#[derive(Default)]
struct RankingRows {
    inputs: Inputs,
    partnership: Option<Id>,
    need: String,
    lines: Vec<Line>,
    /// Every row, and the rows without the blocked sources.
    all: Vec<usize>,
    folded: Vec<usize>,
}

impl RankingRows {
    fn shown(&self, blocked_open: bool) -> &[usize] {
        if blocked_open { &self.all } else { &self.folded }
    }

    fn refresh(&mut self, doc: &Document, partnership: &Partnership, today: NaiveDate) {
        if self.partnership == Some(partnership.id) && self.inputs.same(doc, today) {
            return;
        }
        self.partnership = Some(partnership.id);
        self.inputs = Inputs::of(doc, today);
        self.need = need_text(leads::covered(doc, partnership).as_ref());
        self.lines = ranking_lines(doc, partnership, today);
        self.all = (0..self.lines.len()).collect();
        self.folded = self
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !matches!(l, Line::Blocked(_) | Line::Blocker(_)))
            .map(|(i, _)| i)
            .collect();
    }
}

/// "Needs USD 1,500,000, 250,000 covered", or that there is no need.
pub fn need_text(coverage: Option<&Coverage>) -> String {
    let Some(coverage) = coverage else {
        return tr!("financing-matching-no-need");
    };
    let need = &coverage.need;
    let text = tr!(
        "financing-matching-need",
        currency = need.currency.as_str(),
        need = need.amount,
        covered = coverage.covered
    );
    if coverage.unconverted.is_empty() {
        text
    } else {
        tr!(
            "financing-matching-need-no-rate",
            currency = need.currency.as_str(),
            need = need.amount,
            covered = coverage.covered,
            missing = coverage.unconverted.join(", ")
        )
    }
}

/// "Islamic Development Bank, Pledged, USD 250,000".
pub fn lead_line(doc: &Document, lead: &FinancingLead) -> String {
    let source = lead
        .source
        .map_or_else(|| tr!("financing-matching-no-source"), |id| source_name(doc, id));
    match &lead.amount {
        Some(money) => tr!(
            "financing-matching-lead-line",
            source = source,
            status = lead.status.label(),
            currency = money.currency.as_str(),
            amount = money.amount
        ),
        None => tr!(
            "financing-matching-lead-line-no-amount",
            source = source,
            status = lead.status.label()
        ),
    }
}

pub(super) fn source_name(doc: &Document, id: Id) -> String {
    doc.funding_sources
        .iter()
        .find(|s| s.id == id)
        .map_or_else(|| tr!("financing-matching-unknown-source"), |s| s.name.clone())
}

fn ranking_lines(doc: &Document, partnership: &Partnership, today: NaiveDate) -> Vec<Line> {
    let matcher = Matcher::new(doc, today);
    let ranking = matcher.rank(partnership);
    let plan = matcher.plan(partnership, &ranking);
    let mut lines = vec![Line::Heading(tr!(
        "financing-matching-matches",
        count = ranking.matches.len()
    ))];
    if ranking.matches.is_empty() {
        lines.push(Line::Note(tr!("financing-matching-no-match")));
    }
    for m in &ranking.matches {
        let amount = plan
            .shares
            .iter()
            .find(|s| s.source == m.source)
            .map(|s| s.amount.clone())
            .or_else(|| partnership.financing_need.clone());
        match_lines(doc, &ranking, m, amount, &mut lines);
    }
    lines.push(Line::BlockedToggle(tr!(
        "financing-matching-blocked",
        count = ranking.blocked.len()
    )));
    for blocked in &ranking.blocked {
        lines.push(Line::Blocked(source_name(doc, blocked.source)));
        lines.extend(ranking.blockers(blocked).map(|b| Line::Blocker(b.describe())));
    }
    lines.push(Line::Heading(tr!("financing-matching-plan")));
    let need_currency = partnership
        .financing_need
        .as_ref()
        .map_or("", |m| m.currency.as_str());
    if partnership.financing_need.is_none() {
        lines.push(Line::Note(tr!("financing-matching-plan-no-need")));
        return lines;
    }
    if plan.covered > 0 {
        lines.push(Line::Note(tr!(
            "financing-matching-plan-pledged",
            currency = need_currency,
            covered = plan.covered
        )));
    }
    for share in &plan.shares {
        let source = source_name(doc, share.source);
        lines.push(Line::Share {
            record_name: tr!("financing-matching-record-share-named", source = source.as_str()),
            text: tr!(
                "financing-matching-share",
                source = source,
                currency = share.amount.currency.as_str(),
                amount = share.amount.amount,
                need_currency = need_currency,
                in_need = share.in_need_currency
            ),
            source: share.source,
            amount: share.amount.clone(),
        });
    }
    lines.push(Line::Gap(if plan.gap == 0 && plan.shares.is_empty() {
        tr!("financing-matching-plan-pledged-all")
    } else if plan.gap == 0 {
        tr!("financing-matching-plan-covers")
    } else {
        tr!("financing-matching-gap", currency = need_currency, gap = plan.gap)
    }));
    lines
}

/// The rows of one match: its source, score and button, then its reasons.
pub(super) fn match_lines(
    doc: &Document,
    ranking: &Ranking,
    m: &Match,
    amount: Option<Money>,
    lines: &mut Vec<Line>,
) {
    let name = source_name(doc, m.source);
    lines.push(Line::Match {
        source: m.source,
        score: tr!("financing-matching-score", score = m.score),
        parts: score_parts(m),
        amount,
        record_name: tr!("financing-matching-record-lead-named", source = name.as_str()),
        name,
    });
    lines.extend(reason_lines(ranking, m));
}

/// The reasons for and against, one row each.
pub(super) fn reason_lines<'r>(ranking: &'r Ranking, m: &'r Match) -> impl Iterator<Item = Line> + 'r {
    m.parts.iter().map(|p| {
        let against = p.points < 0;
        let text = if against {
            tr!("financing-matching-against", reason = ranking.reason(m, p))
        } else {
            tr!("financing-matching-for", reason = ranking.reason(m, p))
        };
        Line::Reason { text, against }
    })
}

/// The score's named parts, one sentence each, and the total.
pub(super) fn score_parts(m: &Match) -> Vec<String> {
    let mut parts: Vec<String> = m
        .parts
        .iter()
        .map(|p| {
            let points = format!("{:+}", p.points);
            match p.factor {
                Factor::FocusArea => tr!("financing-matching-part-focus-area", points = points),
                Factor::InstrumentForStage => tr!("financing-matching-part-instrument", points = points),
                Factor::CoFinancing => tr!("financing-matching-part-co-financing", points = points),
                Factor::PartnerLinked => tr!("financing-matching-part-partner-linked", points = points),
                Factor::Amount => tr!("matching-part-amount", points = points),
            }
        })
        .collect();
    parts.push(tr!("financing-matching-part-total", score = m.score));
    parts
}
