//! The Report tab's follow-up view: what is left to do after the meeting,
//! by owner, the overdue and the soon due first in each owner's list.

use chrono::NaiveDate;
use egui::{Color32, RichText, Ui};

use super::Signature;
use crate::model::follow_up::{self, Entry, Source, Urgency};
use crate::model::{Document, Id};
use crate::tr;
use crate::ui::widgets;

/// Where "Open" takes the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// A partnership's card on the board.
    Partnership(Id),
    /// An agenda item, with its record.
    AgendaItem(Id),
    /// The list of every action item (for one captured outside any item).
    ActionItems,
}

/// The entries listed, with what they were listed from.
struct Listed {
    signature: Signature,
    today: NaiveDate,
    groups: Vec<(String, Vec<Entry>)>,
}

/// The follow-up view's state.
pub struct FollowUpView {
    /// Only the overdue and the soon due are shown.
    pub urgent_only: bool,
    /// The owner whose entries are shown (as the list names them), or all.
    pub owner: Option<String>,
    listed: Option<Box<Listed>>,
    /// How many times the list was made, to check that frames reuse it.
    builds: usize,
}

impl Default for FollowUpView {
    fn default() -> Self {
        Self {
            urgent_only: true,
            owner: None,
            listed: None,
            builds: 0,
        }
    }
}

impl FollowUpView {
    /// How many times the list was made.
    pub fn builds(&self) -> usize {
        self.builds
    }

    /// The entries of `doc` by owner, made again only when the meeting or the day changed.
    fn groups(&mut self, doc: &Document, signature: &Signature, today: NaiveDate) -> &[(String, Vec<Entry>)] {
        let fresh = self
            .listed
            .take()
            .filter(|listed| listed.today == today && listed.signature == *signature);
        let listed = fresh.unwrap_or_else(|| {
            self.builds += 1;
            Box::new(Listed {
                signature: signature.clone(),
                today,
                groups: follow_up::by_owner(follow_up::entries(doc, today)),
            })
        });
        &self.listed.insert(listed).groups
    }

    /// Draws the view; returns where "Open" was asked to go, if it was.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        signature: &Signature,
        today: NaiveDate,
    ) -> Option<Open> {
        let mut urgent_only = self.urgent_only;
        let mut owner = self.owner.clone();
        let groups = self.groups(doc, signature, today);
        widgets::heading(ui, &tr!("report-window-follow-up-heading"));
        widgets::paragraph(ui, &tr!("report-window-follow-up-intro"));
        ui.horizontal_wrapped(|ui| {
            widgets::checkbox(ui, &mut urgent_only, &tr!("report-window-follow-up-urgent-only"));
            ui.add_space(12.0);
            let shown = owner.as_deref().map(owner_label);
            widgets::filter_combo(
                ui,
                &tr!("report-window-follow-up-owner"),
                &mut owner,
                shown,
                || {
                    groups
                        .iter()
                        .map(|(name, _)| (name.clone(), owner_label(name)))
                        .collect()
                },
            );
        });
        ui.separator();
        let mut open = None;
        let mut shown = 0;
        egui::ScrollArea::vertical()
            .id_salt("report_follow_up")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (name, entries) in groups {
                    if owner.as_ref().is_some_and(|o| o != name) {
                        continue;
                    }
                    let listed: Vec<&Entry> = entries
                        .iter()
                        .filter(|e| !urgent_only || e.urgency <= Urgency::DueSoon)
                        .collect();
                    if listed.is_empty() {
                        continue;
                    }
                    shown += listed.len();
                    ui.add_space(6.0);
                    widgets::styled(ui, &owner_label(name), |rich| rich.strong().size(17.0));
                    egui::Grid::new(("report_follow_up_owner", name.as_str()))
                        .num_columns(4)
                        .spacing([14.0, 4.0])
                        .striped(true)
                        .show(ui, |ui| {
                            for entry in listed {
                                if let Some(to) = row(ui, doc, entry, today) {
                                    open = Some(to);
                                }
                                ui.end_row();
                            }
                        });
                }
                if shown == 0 {
                    widgets::weak(ui, &tr!("report-window-follow-up-nothing"));
                }
            });
        self.urgent_only = urgent_only;
        self.owner = owner;
        open
    }
}

/// An owner's name, or what is said of entries no one owns.
fn owner_label(name: &str) -> String {
    if name.trim().is_empty() {
        tr!("report-window-follow-up-no-owner")
    } else {
        name.to_owned()
    }
}

/// One entry: how urgent, what, where from, and "Open".
fn row(ui: &mut Ui, doc: &Document, entry: &Entry, today: NaiveDate) -> Option<Open> {
    urgency(ui, entry, today);
    widgets::label(ui, &entry.what);
    let kind = match entry.source {
        Source::Action { .. } => tr!("report-window-follow-up-kind-action"),
        Source::Milestone { .. } => tr!("report-window-follow-up-kind-milestone"),
        Source::Lead { .. } => tr!("report-window-follow-up-kind-lead"),
    };
    widgets::weak(ui, &kind);
    let target = target(doc, entry.source)?;
    let name = tr!("report-window-follow-up-open-named", what = entry.what.as_str());
    widgets::named_button(ui, &tr!("report-window-follow-up-open"), &name)
        .clicked()
        .then_some(target)
}

/// The urgency mark: red when overdue, amber when soon due.
fn urgency(ui: &mut Ui, entry: &Entry, today: NaiveDate) {
    let date = entry
        .due
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let days = entry.due.map_or(0, |due| (due - today).num_days().unsigned_abs());
    let count = usize::try_from(days).unwrap_or(usize::MAX);
    match entry.urgency {
        Urgency::Overdue => {
            let text = tr!("report-window-follow-up-overdue", count = count);
            widgets::styled(ui, &text, |rich: RichText| {
                rich.strong().color(Color32::from_rgb(200, 30, 30))
            });
        }
        Urgency::DueSoon if count == 0 => {
            widgets::colored(
                ui,
                Color32::from_rgb(200, 120, 0),
                &tr!("report-window-follow-up-due-today"),
            );
        }
        Urgency::DueSoon => {
            let text = tr!("report-window-follow-up-due-soon", count = count);
            widgets::colored(ui, Color32::from_rgb(200, 120, 0), &text);
        }
        Urgency::Later => {
            widgets::label(ui, &tr!("report-window-follow-up-due-on", date = date));
        }
        Urgency::NoDate => {
            widgets::weak(ui, &tr!("report-window-follow-up-no-date"));
        }
    }
}

/// Where the record an entry comes from is shown.
fn target(doc: &Document, source: Source) -> Option<Open> {
    match source {
        Source::Action { record } => {
            let record = doc.records.iter().find(|r| r.id == record)?;
            Some(record.agenda_item.map_or(Open::ActionItems, Open::AgendaItem))
        }
        Source::Milestone { partnership, .. } | Source::Lead { partnership, .. } => doc
            .partnerships
            .iter()
            .any(|p| p.id == partnership)
            .then_some(Open::Partnership(partnership)),
    }
}
