//! The Report tab: which report, for whom and in which language, on the
//! left; on the right the report itself, drawn from the same [`Report`] the
//! exported file is written from, so that what is seen is what is written.

mod choices;
mod follow_up;
mod preview;

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};

pub use choices::{Choices, Kind};
pub use follow_up::{FollowUpView, Open};

use crate::model::Document;
use crate::model::report::{self, Options, Report, printables};
use crate::tr;
use crate::ui::widgets;

/// What the tab shows: the report to export, or what is left to follow up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Report,
    FollowUp,
}

/// What tells one state of the open meeting from another at no cost: the
/// history's state (each edit, undo and redo gives a new one) and, as an
/// other meeting opened can start its history at the same state, where the
/// meeting lives and where its lists are in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    state: u64,
    path: Option<PathBuf>,
    lists: [(usize, usize); 7],
}

impl Signature {
    pub fn of(doc: &Document, state: u64, path: Option<&Path>) -> Self {
        fn list<T>(items: &[T]) -> (usize, usize) {
            (items.as_ptr().addr(), items.len())
        }
        Self {
            state,
            path: path.map(Path::to_path_buf),
            lists: [
                list(&doc.agenda),
                list(&doc.organisations),
                list(&doc.people),
                list(&doc.partnerships),
                list(&doc.funding_sources),
                list(&doc.leads),
                list(&doc.records),
            ],
        }
    }
}

/// A report built, with what it was built from.
struct Built {
    kind: Kind,
    options: Options,
    signature: Signature,
    report: Report,
}

/// The Report tab.
#[derive(Default)]
pub struct ReportPanel {
    pub view: View,
    pub choices: Choices,
    pub follow_up: FollowUpView,
    /// Set when a follow-up entry's "Open" is clicked; the window takes it.
    pub open: Option<Open>,
    built: Option<Box<Built>>,
    /// Set when Export… is clicked; the window takes it.
    pub export_requested: bool,
    /// How many reports were built, to check that frames reuse the last one.
    builds: usize,
}

impl ReportPanel {
    /// The tab for another meeting: the same choices, nothing built from the
    /// meeting that was open.
    #[must_use]
    pub fn for_another_meeting(&self) -> Self {
        Self {
            view: self.view,
            choices: self.choices.clone(),
            ..Self::default()
        }
    }

    /// The options of the chosen report made at `now`. The time is taken to
    /// the minute: a report of a large meeting takes a while to build, and is
    /// built again only when something it shows can have changed.
    pub fn options(&self, now: NaiveDateTime) -> Options {
        let now = now
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now);
        Options {
            form: self.choices.form(),
            audience: self.choices.audience,
            language: self.choices.language,
            sections: self.choices.sections.clone(),
            now,
        }
    }

    /// How many reports the tab has built.
    pub fn builds(&self) -> usize {
        self.builds
    }

    /// The chosen report of `doc`, built again only when the choices, the
    /// minute or the meeting changed since it was last built.
    pub fn report(&mut self, doc: &Document, signature: &Signature, now: NaiveDateTime) -> &Report {
        let options = self.options(now);
        let kind = self.choices.kind;
        let fresh = self
            .built
            .take()
            .filter(|built| built.kind == kind && built.options == options && built.signature == *signature);
        let built = fresh.unwrap_or_else(|| {
            self.builds += 1;
            let report = match kind {
                Kind::Report(_) => report::build(doc, &options),
                Kind::Printable(printable) => printables::build(doc, printable, options.language),
            };
            Box::new(Built {
                report,
                kind,
                options,
                signature: signature.clone(),
            })
        });
        &self.built.insert(built).report
    }

    /// Draws the tab: the switch between the report and the follow-up, then the one chosen.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document, signature: &Signature, now: NaiveDateTime) {
        ui.horizontal(|ui| {
            widgets::selectable_value(
                ui,
                &mut self.view,
                View::Report,
                &tr!("report-window-view-report"),
            );
            widgets::selectable_value(
                ui,
                &mut self.view,
                View::FollowUp,
                &tr!("report-window-view-follow-up"),
            );
        });
        ui.separator();
        match self.view {
            View::Report => self.report_ui(ui, doc, signature, now),
            View::FollowUp => {
                if let Some(to) = self.follow_up.ui(ui, doc, signature, now.date()) {
                    self.open = Some(to);
                }
            }
        }
    }

    /// The choices, then the report as it will be exported.
    fn report_ui(&mut self, ui: &mut egui::Ui, doc: &Document, signature: &Signature, now: NaiveDateTime) {
        crate::ui::mirror::start_panel("report_choices")
            .resizable(true)
            .default_size(280.0)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    // Export… stays in sight below the choices, however many there are.
                    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                        ui.add_space(6.0);
                        if widgets::button(ui, &tr!("report-window-export")).clicked() {
                            self.export_requested = true;
                        }
                        ui.separator();
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            egui::ScrollArea::vertical()
                                .id_salt("report_choices_scroll")
                                .auto_shrink([false, false])
                                .show(ui, |ui| choices::ui(ui, &mut self.choices));
                        });
                    });
                });
            });
        let report = self.report(doc, signature, now);
        egui::ScrollArea::vertical()
            .id_salt("report_preview")
            .auto_shrink([false, false])
            .show(ui, |ui| preview::ui(ui, report));
    }
}
