//! The agenda: the days and their items, planned and run live.

use crate::ui::widgets;
use chrono::NaiveDateTime;
use egui::Ui;

use super::{
    action_items, agenda_days, agenda_editor, capture, item_record, live, participation, recommendations,
    speakers, theme,
};
use crate::action::Action;
use crate::command::Command;
use crate::live as run;
use crate::model::{Document, Id, ItemStatus};
use crate::tr;

/// What the agenda panel shows beside the running item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaView {
    /// The days and their items.
    #[default]
    Days,
    /// Every action item of the meeting.
    ActionItems,
    /// The recommendations the room is drafting.
    Recommendations,
}

/// View state of the agenda panel.
#[derive(Default)]
pub struct AgendaPanel {
    pub selected: Option<Id>,
    pub view: AgendaView,
    /// A partnership idea to show on the board, as asked from an item's record.
    pub show_card: Option<Id>,
    /// An item to switch to once the user agrees to finish the running one.
    pub confirm_switch: Option<Id>,
    /// Something to tell the user in the status bar.
    pub notice: Option<String>,
    /// Set when "Show on the projector" was clicked in the recommendations.
    pub show_recommendations: bool,
    /// The counts shown on the view switch, and the document state they are of.
    counts: Option<(u64, usize, usize)>,
    capture: capture::CaptureState,
    /// The form that adds to the record of an item that is not running.
    later: capture::CaptureState,
    records: item_record::RecordList,
    days: agenda_days::DayList,
    speakers: speakers::SpeakerState,
    action_items: action_items::ActionItemsView,
}

impl AgendaPanel {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        state: u64,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        if run::current(doc).is_some() {
            self.capture.shortcuts(ui);
        }
        crate::ui::mirror::end_panel("agenda_editor")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        let item = self.selected.and_then(|id| doc.agenda_item(id));
                        match item {
                            Some(item) => widgets::about_record(&item.title, || {
                                agenda_editor::item_ui(ui, doc, item, now, actions);
                                ui.separator();
                                self.record_ui(ui, doc, item, now, actions);
                            }),
                            None => agenda_editor::meeting_ui(ui, doc, actions),
                        }
                        ui.separator();
                        participation::ui(ui, doc, item, now);
                    });
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| {
                if let Some(current) = run::current(doc) {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        live::ui(ui, doc, current, now, actions);
                        ui.columns(2, |columns| {
                            if let [left, right] = columns {
                                self.speakers.ui(left, doc, current, now, actions);
                                self.capture
                                    .ui(right, doc, current, now, &mut self.show_card, actions);
                            }
                        });
                    });
                    ui.add_space(6.0);
                }
                self.view_switch_ui(ui, doc, state);
                match self.view {
                    AgendaView::Days => self.days.ui(ui, doc, state, now, &mut self.selected, actions),
                    AgendaView::ActionItems => {
                        self.action_items.ui(ui, doc, state, &mut self.selected, actions);
                    }
                    AgendaView::Recommendations => {
                        self.show_recommendations |= recommendations::ui(ui, doc, actions);
                    }
                }
            });
        });
    }

    /// Everything captured during the selected item, and a form to add to it.
    fn record_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        item: &crate::model::AgendaItem,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        widgets::heading(ui, &tr!("agenda-record-heading"));
        self.records
            .ui(ui, doc, item, now.date(), &mut self.show_card, actions);
        let running = matches!(item.status, ItemStatus::Running | ItemStatus::Paused);
        if !running {
            ui.add_space(6.0);
            widgets::styled(ui, &tr!("agenda-record-add-heading"), egui::RichText::strong);
            self.later.later_ui(ui, doc, item, now, actions);
        }
    }

    fn view_switch_ui(&mut self, ui: &mut Ui, doc: &Document, state: u64) {
        // Counted again only when the document changes.
        let (actions, recommended) = match self.counts {
            Some((counted, actions, recommended)) if counted == state => (actions, recommended),
            _ => {
                let actions = doc.records.iter().filter(|r| r.action().is_some()).count();
                let recommended = crate::model::recommendations::recommended(doc).len();
                self.counts = Some((state, actions, recommended));
                (actions, recommended)
            }
        };
        ui.horizontal(|ui| {
            widgets::selectable_value(ui, &mut self.view, AgendaView::Days, &tr!("agenda-view-days"));
            widgets::selectable_value(
                ui,
                &mut self.view,
                AgendaView::ActionItems,
                &tr!("agenda-view-action-items", count = actions),
            );
            widgets::selectable_value(
                ui,
                &mut self.view,
                AgendaView::Recommendations,
                &tr!("agenda-view-recommendations", count = recommended),
            );
        });
        ui.separator();
    }

    /// What is typed in live capture, or to add to an item's record, and not yet added.
    pub fn capture_draft(&self) -> String {
        let live = self.capture.draft();
        let later = self.later.draft();
        match (live.is_empty(), later.is_empty()) {
            (_, true) => live,
            (true, false) => later,
            (false, false) => format!("{live} / {later}"),
        }
    }

    /// Puts back words typed in live capture before a crash.
    pub fn restore_capture_draft(&mut self, draft: &str) {
        self.capture.restore_draft(draft);
    }

    /// Runs a command of the Meeting menu.
    pub fn command(
        &mut self,
        command: Command,
        doc: &Document,
        now: NaiveDateTime,
        actions: &mut Vec<Action>,
    ) {
        match command {
            Command::StartItem => {
                // A paused item is resumed; with nothing running, the selected item
                // starts. With another item running, switching is asked first.
                match run::current(doc) {
                    Some(current) if current.status == ItemStatus::Paused => {
                        actions.extend(run::start(doc, current.id, now));
                    }
                    Some(current) => match self.selected.filter(|id| *id != current.id) {
                        Some(other) => self.confirm_switch = Some(other),
                        None => {
                            self.notice = Some(tr!("agenda-already-running", item = current.title.trim()));
                        }
                    },
                    None => match self.selected {
                        Some(id) => actions.extend(run::start(doc, id, now)),
                        None => self.notice = Some(tr!("agenda-select-to-start")),
                    },
                }
            }
            Command::PauseItem => actions.extend(run::pause(doc, now)),
            Command::NextItem => {
                actions.extend(run::next(doc, now));
                self.selected = None;
            }
            Command::NextSpeaker => {
                if let Some(current) = run::current(doc) {
                    actions.push(run::next_speaker(current, now));
                }
            }
            _ => {}
        }
    }
}
