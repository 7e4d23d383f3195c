//! The Network tab's exports: where the picture goes (the native dialog, or a
//! path typed in the window when none can open), then the file: SVG drawn from
//! the picture itself, PNG taken from the window as it shows the picture.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::MajlisApp;
use super::modal::Modal;
use super::write_dialog::{self, Answer};
use crate::model::network::svg;
use crate::persistence;
use crate::tr;
use crate::ui::network::ExportAs;

/// The path typed in the window, once no native dialog could open.
pub(super) struct NetworkExport {
    path: Option<String>,
    format: ExportAs,
}

/// A picture of the window to be written as PNG once it comes.
pub(super) struct PendingPng {
    path: PathBuf,
    /// Frames to draw before asking, so that the dialog is gone from the picture.
    frames_to_wait: u8,
    /// Whether the window was asked for it.
    asked: bool,
    image: Option<Receiver<Arc<egui::ColorImage>>>,
}

impl ExportAs {
    fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }

    fn title(self) -> String {
        match self {
            Self::Svg => tr!("network-export-title-svg"),
            Self::Png => tr!("network-export-title-png"),
        }
    }
}

impl MajlisApp {
    /// Carries out what the Network tab asked of the window.
    pub(super) fn network_requests(&mut self) {
        if let Some(card) = self.network.show_card.take() {
            self.board.highlight(card);
            self.tab = crate::ui::Tab::Board;
        }
        if let Some(format) = self.network.export.take() {
            self.ask_network_export(format);
        }
    }

    fn ask_network_export(&mut self, format: ExportAs) {
        let Some(session) = &self.session else { return };
        let path = session.path.as_deref();
        let meeting = super::export::meeting_stem(path, &session.doc);
        let name = format!(
            "{}.{}",
            tr!("network-export-file", meeting = meeting),
            format.extension()
        );
        let suggested = super::export::export_folder(path).join(name);
        match self.dialogs.pick_export(&suggested) {
            Some(path) => self.write_network(&path, format),
            None => {
                self.network_export = Some(NetworkExport {
                    path: Some(suggested.display().to_string()),
                    format,
                });
            }
        }
    }

    /// The path entry, while one is shown.
    pub(super) fn network_export_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.network_export else {
            return;
        };
        let format = dialog.format;
        let answer =
            write_dialog::path_window(ctx, "majlis_network_export", &format.title(), &mut dialog.path);
        match answer {
            None => {}
            Some(Answer::Cancel) => self.network_export = None,
            Some(Answer::Choose) => {
                self.network_export = None;
                self.ask_network_export(format);
            }
            Some(Answer::Write(path)) => {
                self.network_export = None;
                self.write_network(&path, format);
            }
        }
    }

    /// Writes the picture the tab shows to `path` as SVG, or asks the window
    /// for a picture of itself to write as PNG.
    fn write_network(&mut self, path: &Path, format: ExportAs) {
        let Some(session) = &self.session else { return };
        let path = if path.extension().is_some() {
            path.to_path_buf()
        } else {
            path.with_extension(format.extension())
        };
        if let Err(reason) = crate::model::export::check_target(&path, session.path.as_deref()) {
            self.network_failed(&path, &reason);
            return;
        }
        match format {
            ExportAs::Svg => {
                let Some(picture) = self.network.picture(&session.doc) else {
                    return;
                };
                let title = crate::model::report::meeting_title(&session.doc);
                let text = svg(&picture, title);
                self.network_written(&path, text.as_bytes());
            }
            ExportAs::Png => {
                self.pending_png = Some(PendingPng {
                    path,
                    frames_to_wait: 2,
                    asked: false,
                    image: None,
                });
            }
        }
    }

    /// Writes the picture of the window, once it comes, cut to the network.
    pub(super) fn network_png(&mut self, ctx: &egui::Context) {
        let Some(pending) = &mut self.pending_png else {
            return;
        };
        if pending.frames_to_wait > 0 {
            // A frame without the dialog that asked for it, so that the
            // picture shows the network alone.
            pending.frames_to_wait -= 1;
            ctx.request_repaint();
            return;
        }
        if !std::mem::replace(&mut pending.asked, true) {
            // Asked at the end of a frame, so the picture shows that frame.
            let (send, receive) = channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let _ = send.send(image);
                repaint.request_repaint();
            });
            pending.image = Some(receive);
            return;
        }
        let received = match pending.image.as_ref().map(Receiver::try_recv) {
            Some(Ok(image)) => Ok(image),
            Some(Err(TryRecvError::Empty)) => return,
            // The window could not take a picture of itself.
            Some(Err(TryRecvError::Disconnected)) | None => Err(()),
        };
        let path = pending.path.clone();
        self.pending_png = None;
        let Ok(image) = received else {
            self.network_failed(&path, &tr!("network-png-no-picture"));
            return;
        };
        let crop = self.network.picture_rect().map(|rect| {
            let scale = ctx.pixels_per_point();
            let rect = rect.intersect(ctx.content_rect());
            let [x, y] = [rect.min.x * scale, rect.min.y * scale].map(|v| v.max(0.0).round());
            let [w, h] = [rect.width() * scale, rect.height() * scale].map(|v| v.max(0.0).round());
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "rounded, not negative, within the screen"
            )]
            let pixels = [x as usize, y as usize, w as usize, h as usize];
            pixels
        });
        match crate::render::png::encode(&image, crop) {
            Ok(bytes) => self.network_written(&path, &bytes),
            Err(detail) => {
                log::warn!("PNG of the network not encoded: {detail}");
                self.network_failed(&path, &tr!("network-png-no-picture"));
            }
        }
    }

    fn network_written(&mut self, path: &Path, bytes: &[u8]) {
        let written = persistence::stage(path, bytes).and_then(persistence::Staged::commit_without_backup);
        match written {
            Ok(_) => self.info(tr!("network-exported", path = path.display().to_string())),
            Err(error) => self.network_failed(path, &error.to_string()),
        }
    }

    fn network_failed(&mut self, path: &Path, reason: &str) {
        let shown = path.display().to_string();
        log::warn!("Network export to {shown} failed: {reason}");
        let text = tr!("network-export-failed", path = &shown, error = reason);
        self.error(text.clone());
        self.modal = Some(Modal::Message {
            title: tr!("report-window-failed-heading"),
            text,
        });
    }
}
