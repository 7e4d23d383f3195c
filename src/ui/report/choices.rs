//! The left side of the Report tab: which report or printable, in which
//! language, for whom, and with which sections.

use crate::i18n::Language;
use crate::model::audience::Audience;
use crate::model::report::printables::Printable;
use crate::model::report::{Form, SectionKind};
use crate::tr;
use crate::ui::widgets;

/// What the tab makes: a report of the meeting, or one of the printables
/// for the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Report(Form),
    Printable(Printable),
}

impl Kind {
    /// Everything the tab can make, in the order it offers them.
    pub fn all() -> Vec<Self> {
        let mut all = vec![Self::Report(Form::Working), Self::Report(Form::Official)];
        all.extend(Printable::ALL.map(Self::Printable));
        all
    }

    /// Its name in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Report(Form::Working) => tr!("report-window-form-working"),
            Self::Report(Form::Official) => tr!("report-window-form-official"),
            Self::Printable(printable) => printable.label(),
        }
    }
}

/// What the organisers chose, remembered while the window is open (not in the
/// meeting's file: a report is made from a meeting, it is not part of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub kind: Kind,
    pub audience: Audience,
    pub language: Language,
    pub sections: Vec<SectionKind>,
}

impl Default for Choices {
    fn default() -> Self {
        Self {
            kind: Kind::Report(Form::Working),
            audience: Audience::Public,
            language: Language::English,
            sections: SectionKind::ALL.to_vec(),
        }
    }
}

impl Choices {
    /// The printable chosen, if one is.
    pub fn printable(&self) -> Option<Printable> {
        match self.kind {
            Kind::Printable(printable) => Some(printable),
            Kind::Report(_) => None,
        }
    }

    /// The form of the report chosen; the working form while a printable is.
    pub fn form(&self) -> Form {
        match self.kind {
            Kind::Report(form) => form,
            Kind::Printable(_) => Form::Working,
        }
    }
}

/// The choices.
pub(super) fn ui(ui: &mut egui::Ui, choices: &mut Choices) {
    widgets::heading(ui, &tr!("tab-report"));
    widgets::paragraph(ui, &tr!("report-window-intro"));
    ui.add_space(6.0);

    widgets::label(ui, &tr!("report-window-form"));
    for kind in Kind::all() {
        radio(ui, &mut choices.kind, kind, &kind.label());
    }
    ui.add_space(6.0);

    widgets::label(ui, &tr!("report-window-language"));
    for language in Language::ALL {
        radio(ui, &mut choices.language, language, language.own_name());
    }
    ui.add_space(6.0);

    let printable = choices.printable().is_some();
    ui.add_enabled_ui(!printable, |ui| {
        widgets::label(ui, &tr!("report-window-audience"));
        radio(
            ui,
            &mut choices.audience,
            Audience::Public,
            &tr!("report-window-audience-public"),
        );
        radio(
            ui,
            &mut choices.audience,
            Audience::Organisers,
            &tr!("report-window-audience-organisers"),
        );
    });
    ui.add_space(6.0);

    ui.add_enabled_ui(choices.kind == Kind::Report(Form::Working), |ui| {
        widgets::label(ui, &tr!("report-window-sections"));
        for kind in SectionKind::ALL {
            let mut chosen = choices.sections.contains(&kind);
            if widgets::checkbox(ui, &mut chosen, &kind.label()).changed() {
                if chosen {
                    choices.sections.push(kind);
                } else {
                    choices.sections.retain(|k| *k != kind);
                }
            }
        }
        match choices.kind {
            Kind::Report(Form::Official) => {
                widgets::weak(ui, &tr!("report-window-official-sections"));
            }
            Kind::Printable(_) => {
                widgets::weak(ui, &tr!("report-window-printable-choices"));
            }
            Kind::Report(Form::Working) => {}
        }
    });
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
