//! New, open and save, with the confirmations that keep work from being lost.

use std::path::{Path, PathBuf};

use super::modal::Modal;
use super::{MajlisApp, Status};
use crate::model::Document;
use crate::persistence;
use crate::session::Session;
use crate::tr;
use crate::ui::start::StartChoice;

/// Something that replaces the open meeting or ends the app, so it may need
/// the user's word about unsaved changes first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    New,
    /// A new meeting with the registry of the open one.
    NewFromThis,
    /// Open this file, or ask which one.
    Open(Option<PathBuf>),
    OpenSample,
    Quit,
}

impl MajlisApp {
    /// Carries out `intent`, asking first when there are unsaved changes.
    pub fn request(&mut self, intent: Intent, ctx: &egui::Context) {
        if self.writer.is_busy() {
            // Decided once the file is written, with what is unsaved then.
            self.deferred.get_or_insert(intent);
            return;
        }
        if self.session.as_ref().is_some_and(Session::has_unsaved_work) {
            self.modal = Some(Modal::UnsavedChanges { then: intent });
        } else {
            self.perform(intent, ctx);
        }
    }

    pub(super) fn perform(&mut self, intent: Intent, ctx: &egui::Context) {
        match intent {
            Intent::New => {
                self.replace_session(Session::new(Document::new_meeting()));
                self.info(tr!("open-new-meeting"));
            }
            Intent::NewFromThis => {
                let Some(session) = &self.session else { return };
                let next = crate::model::next_meeting::next_meeting(&session.doc);
                self.replace_session(Session::new(next));
                self.info(tr!("personal-new-from-this-opened"));
            }
            Intent::Open(Some(path)) => self.open_path(&path),
            Intent::Open(None) => match self.dialogs.pick_open() {
                Some(path) => self.open_path(&path),
                None => self.modal = Some(Modal::path_entry_open()),
            },
            Intent::OpenSample => match persistence::parse(crate::sample::BEIRUT_2007.as_bytes()) {
                Ok(loaded) => {
                    self.replace_session(Session::new(loaded.doc));
                    self.info(tr!("open-sample-opened"));
                }
                Err(e) => self.error(tr!("open-sample-unreadable", error = e.to_string())),
            },
            Intent::Quit => {
                self.wait_for_save();
                if let Some(claim) = self.session.take().and_then(|s| s.recovery) {
                    self.autosaver.discard(claim);
                    self.autosaver.flush();
                }
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn start_choice(&mut self, choice: StartChoice, ctx: &egui::Context) {
        let intent = match choice {
            StartChoice::New => Intent::New,
            StartChoice::Open => Intent::Open(None),
            StartChoice::OpenRecent(path) => Intent::Open(Some(path)),
            StartChoice::OpenSample => Intent::OpenSample,
        };
        self.request(intent, ctx);
    }

    /// Opens a file; on failure the open meeting stays as it was.
    pub fn open_path(&mut self, path: &Path) {
        let path = &persistence::resolve(path);
        match persistence::load(path) {
            Ok(loaded) => {
                let warning = loaded.warning();
                let backup = persistence::is_backup(path);
                let mut session = Session::opened(loaded, path);
                // Saving a backup in place would replace the last good copy.
                session.read_only |= backup;
                self.replace_session(session);
                if backup {
                    self.info(tr!("open-backup-opened", path = path.display().to_string()));
                } else {
                    self.recent.add(path);
                    self.info(tr!("open-opened", path = path.display().to_string()));
                }
                if let Some(warning) = warning {
                    self.modal = Some(Modal::Message {
                        title: tr!("open-read-only-heading"),
                        text: warning,
                    });
                }
            }
            Err(e) => {
                log::warn!("Could not open {}: {e}", path.display());
                let shown = path.display().to_string();
                let error = e.to_string();
                self.error(tr!("open-failed", path = &shown, error = &error));
                self.modal = Some(match persistence::readable_backup(path) {
                    Some(backup) => Modal::OpenBackup {
                        text: tr!(
                            "open-failed-text-backup",
                            path = &shown,
                            error = &error,
                            backup = file_name(&backup),
                        ),
                        backup,
                    },
                    None => Modal::Message {
                        title: tr!("open-failed-heading"),
                        text: tr!("open-failed-text", path = &shown, error = &error),
                    },
                });
            }
        }
    }

    /// Puts a new document in place of the open one, which the user has saved or
    /// chosen to discard, and gives the new one its recovery file.
    pub(super) fn replace_session(&mut self, mut session: Session) {
        if session.recovery.is_none() {
            session.recovery = self
                .recovery
                .as_ref()
                .map(crate::recovery::RecoveryStore::claim_new);
        }
        if let Some(claim) = self.session.take().and_then(|s| s.recovery) {
            self.autosaver.discard(claim);
        }
        // The panels' view state and caches belong to the meeting that was open.
        self.agenda = crate::ui::agenda::AgendaPanel::default();
        self.board = crate::ui::board::BoardPanel::default();
        self.financing = crate::ui::financing::FinancingPanel::default();
        self.registry = crate::ui::registry::RegistryPanel::default();
        self.report = self.report.for_another_meeting();
        self.network = self.network.for_another_meeting();
        // A rapporteur's copy opens on their round table.
        if let Some(item) = session
            .doc
            .handout
            .round_table
            .and_then(|id| session.doc.agenda_item(id))
        {
            self.agenda.selected = Some(item.id);
            self.tab = crate::ui::Tab::Agenda;
        }
        self.session = Some(session);
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.status = Status::info(text.into());
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.status = Status::error(text.into());
    }
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
