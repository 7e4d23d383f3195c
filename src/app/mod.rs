//! The window: menu, tabs, status bar and dialogs around the open meeting.

mod copy;
mod export;
mod files;
mod import;
mod invitations;
mod merge;
mod modal;
mod network;
mod recover;
mod report;
mod saving;
mod view;
mod write_dialog;

use crate::ui::widgets;
use std::path::PathBuf;
use std::time::Instant;

use crate::autosave::Autosaver;
use crate::clock::Clock;
use crate::command::Command;
use crate::file_dialog::FileDialogs;
use crate::recent::RecentFiles;
use crate::recovery::RecoveryStore;
use crate::session::Session;
use crate::tr;
use crate::ui::{self, Tab};

pub use files::Intent;
use modal::Modal;

/// The last thing that happened, shown in the status bar until it is
/// replaced by the next edit or grows old.
#[derive(Clone, Debug, Default)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
    since: Option<Instant>,
}

impl Status {
    /// How long a message stays; an error stays longer.
    const SHOWN_FOR: std::time::Duration = std::time::Duration::from_secs(10);
    const ERROR_SHOWN_FOR: std::time::Duration = std::time::Duration::from_secs(30);

    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
            since: Some(Instant::now()),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            is_error: true,
            ..Self::info(text)
        }
    }

    /// How long until the message goes; `None` when there is none.
    fn left(&self, now: Instant) -> Option<std::time::Duration> {
        let since = self.since?;
        let shown_for = if self.is_error {
            Self::ERROR_SHOWN_FOR
        } else {
            Self::SHOWN_FOR
        };
        Some(shown_for.saturating_sub(now.duration_since(since)))
    }
}

/// How the app is started.
pub struct Options {
    /// A file to open at start.
    pub open: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    pub recent: RecentFiles,
    /// Where recovery files go; `None` turns autosave off.
    pub recovery: Option<RecoveryStore>,
    /// The time in the meeting room.
    pub clock: Box<dyn Clock>,
    /// The interface's language, colours and zoom, as last chosen.
    pub preferences: crate::preferences::Preferences,
}

/// The Majlis application.
pub struct MajlisApp {
    pub session: Option<Session>,
    pub tab: Tab,
    pub status: Status,
    modal: Option<Modal>,
    recent: RecentFiles,
    dialogs: Box<dyn FileDialogs>,
    allow_close: bool,
    shown_title: String,
    pub agenda: ui::agenda::AgendaPanel,
    pub registry: ui::registry::RegistryPanel,
    pub board: ui::board::BoardPanel,
    pub financing: ui::financing::FinancingPanel,
    /// The Report tab: the report chosen and the last one built.
    pub report: ui::report::ReportPanel,
    /// The Report tab's Export…, while a path is typed in the window.
    report_export: Option<report::ReportExport>,
    /// The Network tab: its filters, layout and selection.
    pub network: ui::network::NetworkPanel,
    /// The Network tab's Export…, while a path is typed in the window.
    network_export: Option<network::NetworkExport>,
    invitations_out: Option<invitations::InvitationsOut>,
    /// A picture of the window on its way to a PNG file.
    pending_png: Option<network::PendingPng>,
    recovery: Option<RecoveryStore>,
    autosaver: Autosaver,
    /// Writes session files off the window's thread.
    writer: crate::save_writer::SaveWriter,
    /// What to do once the save in progress is written, as chosen with it.
    after_save: Option<Intent>,
    /// What was asked for while a save was being written (a close, an open):
    /// asked again once it is written, with what is unsaved then.
    deferred: Option<Intent>,
    offers: Vec<recover::Offer>,
    /// File > Export…, while it is being set up.
    export: Option<export::ExportDialog>,
    /// File > Copy for a rapporteur…, while it is being set up.
    copy: Option<copy::CopyDialog>,
    /// File > Import people…, while the list is looked at.
    import: Option<ui::import::ImportView>,
    /// File > Merge another session file…, while the merge is reviewed.
    merge: Option<ui::merge::MergeReview>,
    clock: Box<dyn Clock>,
    pub projector_open: bool,
    /// What the projector shows and its theme, chosen in the Meeting menu.
    pub projector: ui::projector::ProjectorSettings,
    preferences: crate::preferences::Preferences,
    /// The theme and zoom the context was last given.
    applied: Option<(crate::preferences::Theme, f32)>,
    /// Whether the list of shortcuts is open (F1).
    help_open: bool,
}

impl MajlisApp {
    pub fn new(ctx: &egui::Context, options: Options) -> Self {
        crate::fonts::install(ctx);
        crate::i18n::set_language(options.preferences.language);
        ctx.add_plugin(ui::spoken::Spoken);
        // Ctrl+Plus, Minus and 0 are commands of ours, so the zoom is remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let recovery_dir = options.recovery.as_ref().map(|s| s.dir().to_path_buf());
        let mut app = Self {
            session: None,
            tab: Tab::default(),
            status: Status::default(),
            modal: None,
            recent: options.recent,
            dialogs: options.dialogs,
            allow_close: false,
            shown_title: String::new(),
            agenda: ui::agenda::AgendaPanel::default(),
            registry: ui::registry::RegistryPanel::default(),
            board: ui::board::BoardPanel::default(),
            financing: ui::financing::FinancingPanel::default(),
            report: ui::report::ReportPanel::default(),
            report_export: None,
            network: ui::network::NetworkPanel::default(),
            network_export: None,
            invitations_out: None,
            pending_png: None,
            offers: recover::offers(
                options
                    .recovery
                    .as_ref()
                    .map(RecoveryStore::orphans)
                    .unwrap_or_default(),
            ),
            recovery: options.recovery,
            autosaver: Autosaver::start(),
            writer: {
                let ctx = ctx.clone();
                crate::save_writer::SaveWriter::start(recovery_dir, move || ctx.request_repaint())
            },
            after_save: None,
            deferred: None,
            export: None,
            copy: None,
            import: None,
            merge: None,
            clock: options.clock,
            projector_open: false,
            projector: ui::projector::ProjectorSettings::default(),
            preferences: options.preferences,
            applied: None,
            help_open: false,
        };
        app.apply_preferences(ctx);
        if let Some(path) = options.open {
            app.perform(Intent::Open(Some(path)), ctx);
        }
        app
    }

    /// Runs a command from the menu or the keyboard.
    pub fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.request(Intent::New, ctx),
            Command::Open => self.request(Intent::Open(None), ctx),
            Command::Save => self.save(None, ctx),
            Command::SaveAs => self.save_as(None, ctx),
            Command::Merge => self.ask_merge(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Projector => self.projector_open = !self.projector_open,
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => self.zoom(command),
            Command::Help => self.help_open = !self.help_open,
            Command::CheckIn => {
                let shown = self.tab == Tab::Registry;
                self.tab = Tab::Registry;
                self.registry.check_in_key(shown);
            }
            Command::StartItem | Command::PauseItem | Command::NextItem | Command::NextSpeaker => {
                let Some(session) = &mut self.session else { return };
                let mut actions = Vec::new();
                self.agenda.command(
                    command,
                    &session.doc,
                    self.clock.now(&session.doc.meeting.time_zone),
                    &mut actions,
                );
                session.apply_all(actions, Instant::now());
                self.agenda_requests();
            }
            Command::Undo | Command::Redo => {
                let Some(session) = &mut self.session else { return };
                let done = if command == Command::Undo {
                    session.undo()
                } else {
                    session.redo()
                };
                self.status = Status::info(match (command, done) {
                    (Command::Undo, Some(step)) => tr!("status-undone", step = step),
                    (_, Some(step)) => tr!("status-redone", step = step),
                    (Command::Undo, None) => tr!("status-nothing-to-undo"),
                    (_, None) => tr!("status-nothing-to-redo"),
                });
            }
        }
    }

    /// Finishes the running item and starts `to`, as the user agreed.
    fn switch_to(&mut self, to: crate::model::Id) {
        let Some(session) = &mut self.session else { return };
        let actions = crate::live::start(&session.doc, to, self.clock.now(&session.doc.meeting.time_zone));
        session.apply_all(actions, Instant::now());
    }

    /// Carries out what the agenda panel asked of the window.
    fn agenda_requests(&mut self) {
        if let Some(to) = self.agenda.confirm_switch.take() {
            self.modal = Some(Modal::SwitchItem { to });
        }
        if let Some(text) = self.agenda.notice.take() {
            self.info(text);
        }
        if let Some(card) = self.agenda.show_card.take().or(self.registry.show_card.take()) {
            self.board.highlight(card);
            self.tab = Tab::Board;
        }
    }

    /// Whether a save is being written.
    pub fn is_saving(&self) -> bool {
        self.writer.is_busy()
    }

    /// The gate saves pass before they are written, to look at the window
    /// while a save is in progress.
    pub fn save_gate(&self) -> crate::save_writer::Gate {
        self.writer.gate()
    }

    /// Whether the window has been told to close for good.
    pub fn is_closing(&self) -> bool {
        self.allow_close
    }

    /// Waits until queued recovery copies are written or removed.
    pub fn flush_autosave(&self) {
        self.autosaver.flush();
    }

    fn title(&self) -> String {
        match &self.session {
            None => tr!("app-title"),
            Some(s) => {
                let name = s.display_name();
                match (s.is_dirty(), s.read_only) {
                    (false, false) => tr!("app-title-meeting", name = name),
                    (true, false) => tr!("app-title-meeting-unsaved", name = name),
                    (false, true) => tr!("app-title-meeting-read-only", name = name),
                    (true, true) => tr!("app-title-meeting-unsaved-read-only", name = name),
                }
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let has_session = self.session.is_some();
        egui::MenuBar::new().ui(ui, |ui| {
            if ui::mirror::is_right_to_left() {
                let rtl = egui::Layout::right_to_left(egui::Align::Center);
                ui.with_layout(rtl, |ui| self.menus_ui(ui, &ctx, has_session));
            } else {
                self.menus_ui(ui, &ctx, has_session);
            }
        });
    }

    fn menus_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context, has_session: bool) {
        let ctx = ctx.clone();
        widgets::menu_button(ui, &tr!("menu-file"), |ui| {
            for command in [Command::New, Command::Open] {
                if command.menu_button(ui, true) {
                    self.run_command(command, &ctx);
                }
            }
            widgets::menu_button(ui, &tr!("menu-recent-files"), |ui| {
                if self.recent.paths.is_empty() {
                    ui.weak(crate::bidi::visual(&tr!("menu-no-recent-files")).into_owned());
                }
                for path in self.recent.paths.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        self.request(Intent::Open(Some(path)), &ctx);
                    }
                }
            });
            if widgets::button(ui, &tr!("menu-open-sample")).clicked() {
                self.request(Intent::OpenSample, &ctx);
            }
            ui.separator();
            for command in [Command::Save, Command::SaveAs] {
                if command.menu_button(ui, has_session) {
                    self.run_command(command, &ctx);
                }
            }
            if Command::Merge.menu_button(ui, has_session) {
                ui.close();
                self.run_command(Command::Merge, &ctx);
            }
            ui.separator();
            self.personal_menu_ui(ui, has_session, &ctx);
            self.copy_menu_ui(ui, has_session);
            self.report_menu_ui(ui, has_session);
            ui.separator();
            if Command::Quit.menu_button(ui, true) {
                self.run_command(Command::Quit, &ctx);
            }
        });
        widgets::menu_button(ui, &tr!("menu-meeting"), |ui| {
            for command in Command::LIVE {
                if command.menu_button(ui, has_session) {
                    self.run_command(command, &ctx);
                }
            }
            ui.separator();
            self.projector.menu_ui(ui);
        });
        widgets::menu_button(ui, &tr!("menu-edit"), |ui| {
            let history = self.session.as_ref().map(|s| &s.history);
            let undo = history
                .and_then(|h| h.undo_label())
                .map(|step| tr!("menu-undo-step", step = step));
            let redo = history
                .and_then(|h| h.redo_label())
                .map(|step| tr!("menu-redo-step", step = step));
            for (command, text) in [(Command::Undo, undo), (Command::Redo, redo)] {
                let shortcut = command
                    .shortcut()
                    .map(|s| ctx.format_shortcut(&s))
                    .unwrap_or_default();
                let label = text.clone().unwrap_or_else(|| command.label());
                let button = egui::Button::new(crate::bidi::visual(&label)).shortcut_text(shortcut);
                let response = ui.add_enabled(text.is_some(), button);
                ui::widgets::name(ui, &response, egui::Role::Button, &label);
                if response.clicked() {
                    self.run_command(command, &ctx);
                }
            }
        });
        self.view_menu_ui(ui);
    }

    fn projector_ui(&mut self, ctx: &egui::Context) {
        let Some(session) = self.session.as_ref().filter(|_| self.projector_open) else {
            return;
        };
        let now = self.clock.now(&session.doc.meeting.time_zone);
        let settings = self.projector;
        let mut closed = false;
        ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("majlis_projector"),
            egui::ViewportBuilder::default()
                .with_title(tr!("app-projector-title"))
                .with_inner_size([1024.0, 720.0]),
            |ui, _class| {
                ui.style_mut().visuals = settings.visuals();
                let fill = ui.visuals().panel_fill;
                egui::CentralPanel::default_margins()
                    .frame(egui::Frame::central_panel(ui.style()).fill(fill))
                    .show(ui, |ui| {
                        ui::projector::ui(ui, &session.doc, now, settings.content);
                    });
                closed = ui.input(|i| i.viewport().close_requested());
            },
        );
        if closed {
            self.projector_open = false;
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui::mirror::body(ui, |ui| ui.horizontal(|ui| self.status_line_ui(ui)));
    }

    /// The status bar's line: whether the meeting is saved, then the last
    /// message, which screen readers announce as it changes (errors at once).
    fn status_line_ui(&self, ui: &mut egui::Ui) {
        if let Some(session) = &self.session {
            let (text, colour) = if self.writer.is_busy() {
                (tr!("status-saving"), ui::theme::warning(ui))
            } else if session.is_dirty() {
                (tr!("status-unsaved-changes"), ui::theme::warning(ui))
            } else if session.path.is_none() {
                (tr!("status-not-saved-yet"), ui::theme::ok(ui))
            } else {
                (tr!("status-saved"), ui::theme::ok(ui))
            };
            widgets::colored(ui, colour, &text);
            ui.separator();
        }
        let (colour, live) = if self.status.is_error {
            (ui::theme::error(ui), egui::accesskit::Live::Assertive)
        } else {
            (ui.visuals().text_color(), egui::accesskit::Live::Polite)
        };
        let message = widgets::sentence_styled(ui, &self.status.text, |rich| rich.color(colour));
        ui.ctx().accesskit_node_builder(message.id, |node| {
            node.set_role(egui::Role::Status);
            node.set_live(live);
            node.set_label(self.status.text.clone());
        });
    }

    fn meeting_ui(&mut self, ui: &mut egui::Ui) {
        let Some(session) = &mut self.session else { return };
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                widgets::selectable_value(ui, &mut self.tab, tab, &tab.label());
            }
        });
        ui.separator();
        let doc = &session.doc;
        let state = session.history.state();
        let mut actions = Vec::new();
        let mut amend = None;
        match self.tab {
            Tab::Agenda => {
                let now = self.clock.now(&doc.meeting.time_zone);
                self.agenda.ui(ui, doc, state, now, &mut actions);
            }
            Tab::Registry => {
                let today = self.clock.now(&doc.meeting.time_zone).date();
                let signature = report::signature(session);
                self.registry.ui(ui, doc, (today, &signature), &mut actions);
            }
            Tab::Board => self.board.ui(ui, doc, &mut actions),
            Tab::Financing => {
                // Deadlines are read against the reader's own date, where the laptop is.
                let today = self.clock.now("").date();
                self.financing.ui(ui, doc, today, &mut actions);
            }
            Tab::Network => {
                self.network
                    .ui(ui, doc, &report::signature(session), &mut actions, &mut amend);
            }
            Tab::Report => {
                let now = self.clock.now(&doc.meeting.time_zone);
                self.report.ui(ui, doc, &report::signature(session), now);
            }
        }
        let now = Instant::now();
        if !actions.is_empty() && !self.status.is_error {
            // The last message was about something before this edit.
            self.status = Status::default();
        }
        session.apply_all(actions, now);
        if let Some(layout) = amend {
            session.amend(layout, now);
        }
        if self.tab == Tab::Agenda {
            // Live capture is typed on this tab only; elsewhere its draft cannot change.
            session.set_capture_draft(&self.agenda.capture_draft(), now);
        }
        self.agenda_requests();
        self.report_requests();
        self.network_requests();
        self.invitation_requests();
        if std::mem::take(&mut self.agenda.show_recommendations) {
            self.projector.content = ui::projector::ProjectorContent::Recommendations;
            self.projector_open = true;
        }
    }
}

impl eframe::App for MajlisApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(session) = &mut self.session
            && let Some(wait) = session.autosave(&self.autosaver, Instant::now())
        {
            ctx.request_repaint_after(wait);
        }
        if self
            .session
            .as_ref()
            .is_some_and(|s| crate::live::is_live(&s.doc))
        {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        match self.status.left(Instant::now()) {
            Some(left) if left.is_zero() => self.status = Status::default(),
            Some(left) => ctx.request_repaint_after(left),
            None => {}
        }
        if let Some(error) = self.autosaver.take_error() {
            self.status = Status::error(tr!("status-autosave-failed", error = error));
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.writer.is_busy() {
                // Closes once the file is written, or asks if edits came meanwhile.
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.deferred = Some(Intent::Quit);
            } else if self.session.as_ref().is_some_and(Session::has_unsaved_work) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.modal = Some(Modal::UnsavedChanges { then: Intent::Quit });
            } else {
                self.perform(Intent::Quit, ctx);
            }
        }
        // After the close request: a close asked while saving waits for the outcome.
        self.poll_save(ctx);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.request(Intent::Open(Some(path)), ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.modal.is_none()
            && !self.help_open
            && self.offers.is_empty()
            && self.export.is_none()
            && self.copy.is_none()
            && self.import.is_none()
            && self.merge.is_none()
            && self.report_export.is_none()
        {
            for command in Command::pressed(&ctx) {
                self.run_command(command, &ctx);
            }
        }
        self.apply_preferences(&ctx);
        // Screen readers name the window by its title, as the desktop shows it.
        let title = self.shown_title.clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            ui::mirror::body(ui, |ui| {
                if self.session.is_some() {
                    self.meeting_ui(ui);
                } else if let Some(choice) = ui::start::ui(ui, &self.recent.paths) {
                    self.start_choice(choice, &ctx);
                }
            });
        });
        // Before the dialogs: a path typed for one more file shows above the review.
        self.merge_ui(&ctx);
        self.modal_ui(&ctx);
        self.export_ui(&ctx);
        self.copy_ui(&ctx);
        self.report_export_ui(&ctx);
        self.network_export_ui(&ctx);
        self.invitations_out_ui(&ctx);
        self.network_png(&ctx);
        self.import_ui(&ctx);
        self.recovery_ui(&ctx);
        self.projector_ui(&ctx);
        self.help_ui(&ctx);
        ui::theme::focus_ring_ui(&ctx);
    }
}
