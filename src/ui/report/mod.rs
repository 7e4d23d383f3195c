//! The Report tab: which report, for whom and in which language, on the
//! left; on the right the report itself, drawn from the same [`Report`] the
//! exported file is written from, so that what is seen is what is written.

mod preview;

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};

use crate::i18n::Language;
use crate::model::Document;
use crate::model::audience::Audience;
use crate::model::report::{self, Form, Options, Report, SectionKind};
use crate::tr;
use crate::ui::widgets;

/// What the organisers chose, remembered while the window is open (not in the
/// meeting's file: a report is made from a meeting, it is not part of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub form: Form,
    pub audience: Audience,
    pub language: Language,
    pub sections: Vec<SectionKind>,
}

impl Default for Choices {
    fn default() -> Self {
        Self {
            form: Form::Working,
            audience: Audience::Public,
            language: Language::English,
            sections: SectionKind::ALL.to_vec(),
        }
    }
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
    options: Options,
    signature: Signature,
    report: Report,
}

/// The Report tab.
#[derive(Default)]
pub struct ReportPanel {
    pub choices: Choices,
    built: Option<Box<Built>>,
    /// Set when Export… is clicked; the window takes it.
    pub export_requested: bool,
    /// How many reports were built, to check that frames reuse the last one.
    builds: usize,
}

impl ReportPanel {
    /// The options of the chosen report made at `now`. The time is taken to
    /// the minute: a report of a large meeting takes a while to build, and is
    /// built again only when something it shows can have changed.
    pub fn options(&self, now: NaiveDateTime) -> Options {
        let now = now
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now);
        Options {
            form: self.choices.form,
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
        let fresh = self
            .built
            .take()
            .filter(|built| built.options == options && built.signature == *signature);
        let built = fresh.unwrap_or_else(|| {
            self.builds += 1;
            Box::new(Built {
                report: report::build(doc, &options),
                options,
                signature: signature.clone(),
            })
        });
        &self.built.insert(built).report
    }

    /// Draws the tab: the choices, then the report as it will be exported.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document, signature: &Signature, now: NaiveDateTime) {
        egui::Panel::left("report_choices")
            .resizable(true)
            .default_size(280.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("report_choices_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if choices_ui(ui, &mut self.choices) {
                            self.export_requested = true;
                        }
                    });
            });
        let report = self.report(doc, signature, now);
        egui::ScrollArea::vertical()
            .id_salt("report_preview")
            .auto_shrink([false, false])
            .show(ui, |ui| preview::ui(ui, report));
    }
}

/// The choices; returns whether Export… was clicked.
fn choices_ui(ui: &mut egui::Ui, choices: &mut Choices) -> bool {
    widgets::heading(ui, &tr!("tab-report"));
    widgets::paragraph(ui, &tr!("report-window-intro"));
    ui.add_space(6.0);

    widgets::label(ui, &tr!("report-window-form"));
    ui.radio_value(
        &mut choices.form,
        Form::Working,
        tr!("report-window-form-working"),
    );
    ui.radio_value(
        &mut choices.form,
        Form::Official,
        tr!("report-window-form-official"),
    );
    ui.add_space(6.0);

    widgets::label(ui, &tr!("report-window-language"));
    for language in Language::ALL {
        radio(ui, &mut choices.language, language, language.own_name());
    }
    ui.add_space(6.0);

    widgets::label(ui, &tr!("report-window-audience"));
    ui.radio_value(
        &mut choices.audience,
        Audience::Public,
        tr!("report-window-audience-public"),
    );
    ui.radio_value(
        &mut choices.audience,
        Audience::Organisers,
        tr!("report-window-audience-organisers"),
    );
    ui.add_space(6.0);

    ui.add_enabled_ui(choices.form == Form::Working, |ui| {
        widgets::label(ui, &tr!("report-window-sections"));
        for kind in SectionKind::ALL {
            let mut chosen = choices.sections.contains(&kind);
            if ui.checkbox(&mut chosen, kind.label()).changed() {
                if chosen {
                    choices.sections.push(kind);
                } else {
                    choices.sections.retain(|k| *k != kind);
                }
            }
        }
        if choices.form == Form::Official {
            widgets::weak(ui, &tr!("report-window-official-sections"));
        }
    });
    ui.add_space(10.0);
    widgets::button(ui, &tr!("report-window-export")).clicked()
}

/// A radio button that sets `current` to `value`, showing `text` in visual
/// order and named by it in logical order (the name of Arabic, in Arabic).
fn radio<V: PartialEq>(ui: &mut egui::Ui, current: &mut V, value: V, text: &str) {
    let selected = *current == value;
    let response = ui.radio(selected, crate::bidi::visual(text));
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::accesskit::Role::RadioButton, enabled, selected, text)
    });
    if response.clicked() {
        *current = value;
    }
}
