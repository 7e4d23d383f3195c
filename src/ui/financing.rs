//! Financing: which money fits which project. Three views over the same
//! document, chosen at the top: the matching of projects and sources, the
//! catalogue of funding sources, and the overview of needs and pledges.

mod lead_editor;
pub mod matching;
pub mod overview;
mod projects;
mod rates;
mod reverse;
mod source_editor;
mod source_rows;
pub mod sources;

use crate::ui::widgets;
use chrono::NaiveDate;
use egui::Ui;

use crate::action::Action;
use crate::model::Document;
use crate::tr;

/// Which of the panel's views is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Matching,
    Sources,
    Overview,
}

/// View state of the financing panel.
#[derive(Default)]
pub struct FinancingPanel {
    pub view: View,
    pub matching: matching::MatchingView,
    pub sources: sources::SourcesView,
    pub overview: overview::OverviewView,
}

impl FinancingPanel {
    /// Draws the panel. `today` is the date of reading (see
    /// [`crate::model::time::date_of_reading`]), which deadlines are read against.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, today: NaiveDate, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            widgets::selectable_value(
                ui,
                &mut self.view,
                View::Matching,
                &tr!("financing-view-matching"),
            );
            widgets::selectable_value(ui, &mut self.view, View::Sources, &tr!("financing-view-sources"));
            widgets::selectable_value(
                ui,
                &mut self.view,
                View::Overview,
                &tr!("financing-view-overview"),
            );
        });
        ui.separator();
        match self.view {
            View::Matching => self.matching.ui(ui, doc, today, actions),
            View::Sources => self.sources.ui(ui, doc, today, actions),
            View::Overview => self.overview.ui(ui, doc, today, actions),
        }
    }
}
