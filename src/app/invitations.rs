//! Invitations out, asked for from the shortlist: the invitees as CSV for a
//! mail merge, and one HTML letter per invitee written into a new folder,
//! all or none. Where they go comes from the native dialog, or a path typed
//! in the window when none can open.

use std::path::{Path, PathBuf};

use super::MajlisApp;
use super::modal::Modal;
use super::write_dialog::{self, Answer};
use crate::persistence;
use crate::render::letter;
use crate::tr;
use crate::ui::registry::Send;

/// The path typed in the window, once no native dialog could open.
pub(super) struct InvitationsOut {
    path: Option<String>,
    send: Send,
}

impl Send {
    fn title(self) -> String {
        match self {
            Self::MailMerge => tr!("shortlist-send-title-mail-merge"),
            Self::Letters => tr!("shortlist-send-title-letters"),
        }
    }
}

impl MajlisApp {
    /// Carries out what the shortlist asked of the window.
    pub(super) fn invitation_requests(&mut self) {
        if let Some(send) = self.registry.shortlist.send.take() {
            self.ask_invitations_out(send);
        }
    }

    fn ask_invitations_out(&mut self, send: Send) {
        let Some(session) = &self.session else { return };
        let path = session.path.as_deref();
        let meeting = super::export::meeting_stem(path, &session.doc);
        let name = match send {
            Send::MailMerge => tr!("shortlist-send-file-mail-merge", meeting = meeting),
            Send::Letters => tr!("shortlist-send-folder-letters", meeting = meeting),
        };
        let suggested = super::export::export_folder(path).join(name);
        match self.dialogs.pick_export(&suggested) {
            Some(path) => self.write_invitations(&path, send),
            None => {
                self.invitations_out = Some(InvitationsOut {
                    path: Some(suggested.display().to_string()),
                    send,
                });
            }
        }
    }

    /// The path entry, while one is shown.
    pub(super) fn invitations_out_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.invitations_out else {
            return;
        };
        let send = dialog.send;
        let answer =
            write_dialog::path_window(ctx, "majlis_invitations_out", &send.title(), &mut dialog.path);
        match answer {
            None => {}
            Some(Answer::Cancel) => self.invitations_out = None,
            Some(Answer::Choose) => {
                self.invitations_out = None;
                self.ask_invitations_out(send);
            }
            Some(Answer::Write(path)) => {
                self.invitations_out = None;
                self.write_invitations(&path, send);
            }
        }
    }

    fn write_invitations(&mut self, path: &Path, send: Send) {
        let Some(session) = &self.session else { return };
        let doc = &session.doc;
        let written = match send {
            Send::MailMerge => {
                // As chosen: an extension added now would name a file the
                // dialog never asked about overwriting.
                let path = path.to_path_buf();
                crate::model::export::check_target(&path, session.path.as_deref())
                    .and_then(|()| crate::model::export::invitees_csv(doc))
                    .and_then(|(bytes, count)| {
                        persistence::stage(&path, &bytes)
                            .and_then(persistence::Staged::commit_without_backup)
                            .map_err(|e| e.to_string())?;
                        Ok(tr!(
                            "shortlist-send-mail-merge-written",
                            count = count,
                            path = path.display().to_string()
                        ))
                    })
                    .map_err(|reason| (path, reason))
            }
            Send::Letters => write_letters(doc, path, session.path.as_deref()),
        };
        match written {
            Ok(message) => self.info(message),
            Err((path, reason)) => {
                let shown = path.display().to_string();
                log::warn!("Invitations not written to {shown}: {reason}");
                let text = tr!("shortlist-send-failed", path = &shown, error = reason);
                self.error(text.clone());
                self.modal = Some(Modal::Message {
                    title: tr!("report-window-failed-heading"),
                    text,
                });
            }
        }
    }
}

/// Writes every letter into `folder`, which must not hold anything yet, so
/// that no earlier letter is overwritten and a failure leaves nothing.
fn write_letters(
    doc: &crate::model::Document,
    folder: &Path,
    meeting: Option<&Path>,
) -> Result<String, (PathBuf, String)> {
    let failed = |reason: String| (folder.to_path_buf(), reason);
    crate::model::export::check_target(folder, meeting).map_err(failed)?;
    if folder.exists() {
        return Err(failed(tr!("shortlist-send-folder-exists")));
    }
    let letters = letter::letters(doc).map_err(failed)?;
    let files: Vec<(PathBuf, Vec<u8>)> = letters
        .into_iter()
        .map(|letter| (folder.join(letter.file_name), letter.html.into_bytes()))
        .collect();
    persistence::write_files(folder, &files).map_err(|e| failed(e.to_string()))?;
    Ok(tr!(
        "shortlist-send-letters-written",
        count = files.len(),
        path = folder.display().to_string()
    ))
}
