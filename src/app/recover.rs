//! The offer to restore work left in recovery files by a crash or a kill.

use super::{MajlisApp, Status};
use crate::model::ChangeCounts;
use crate::persistence;
use crate::recovery::Orphan;
use crate::session::Session;

/// One recovery file shown in the offer, with the comparison once asked for.
pub(super) struct Offer {
    orphan: Orphan,
    comparison: Option<String>,
}

pub(super) fn offers(orphans: Vec<Orphan>) -> Vec<Offer> {
    orphans
        .into_iter()
        .map(|orphan| Offer {
            orphan,
            comparison: None,
        })
        .collect()
}

enum Choice {
    Restore(usize),
    Compare(usize),
    Discard(usize),
    Later,
}

impl MajlisApp {
    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        if self.offers.is_empty() {
            return;
        }
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("majlis_recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Restore unsaved work?");
            ui.label("Majlis stopped before these changes were saved. Restore them, compare them with the saved file, or discard them.");
            for (i, offer) in self.offers.iter().enumerate() {
                ui.separator();
                ui.push_id(i, |ui| {
                    if let Some(c) = offer_ui(ui, offer) {
                        choice = Some(match c {
                            Choice::Restore(_) => Choice::Restore(i),
                            Choice::Compare(_) => Choice::Compare(i),
                            Choice::Discard(_) => Choice::Discard(i),
                            Choice::Later => Choice::Later,
                        });
                    }
                });
            }
            ui.separator();
            if ui.button("Decide later").clicked() {
                choice = Some(Choice::Later);
            }
        });
        match choice {
            Some(Choice::Restore(i)) => self.restore(i),
            Some(Choice::Compare(i)) => {
                if let Some(offer) = self.offers.get_mut(i) {
                    offer.comparison = Some(compare(&offer.orphan));
                }
            }
            Some(Choice::Discard(i)) if i < self.offers.len() => {
                self.offers.remove(i).orphan.claim.discard();
            }
            Some(Choice::Later) => self.offers.clear(),
            Some(Choice::Discard(_)) | None => {}
        }
    }

    fn restore(&mut self, index: usize) {
        if index >= self.offers.len() {
            return;
        }
        let offer = self.offers.remove(index);
        self.offers.clear();
        let Ok(file) = offer.orphan.file else { return };
        let session = Session::recovered(file, offer.orphan.claim);
        self.replace_session(session);
        self.status = Status {
            text: "Restored unsaved work. Save it to keep it".to_owned(),
            is_error: false,
        };
    }
}

fn offer_ui(ui: &mut egui::Ui, offer: &Offer) -> Option<Choice> {
    match &offer.orphan.file {
        Ok(file) => {
            let place = file
                .document_path
                .as_ref()
                .map_or_else(|| "never saved".to_owned(), |p| p.display().to_string());
            ui.strong(crate::bidi::visual(&file.document.meeting.title));
            ui.label(format!("File: {place}"));
            let when = file.autosaved.with_timezone(&chrono::Local);
            ui.label(format!(
                "Last autosaved {}",
                when.format("%A %-d %B %Y at %H:%M:%S")
            ));
        }
        Err(e) => {
            ui.colored_label(
                crate::ui::theme::ERROR,
                format!("This recovery file cannot be read: {e}"),
            );
            ui.label(offer.orphan.claim.path.display().to_string());
        }
    }
    if let Some(text) = &offer.comparison {
        ui.label(text);
    }
    ui.horizontal(|ui| {
        let readable = offer.orphan.file.is_ok();
        if ui.add_enabled(readable, egui::Button::new("Restore")).clicked() {
            return Some(Choice::Restore(0));
        }
        if ui.add_enabled(readable, egui::Button::new("Compare")).clicked() {
            return Some(Choice::Compare(0));
        }
        ui.button("Discard").clicked().then_some(Choice::Discard(0))
    })
    .inner
}

fn compare(orphan: &Orphan) -> String {
    let Ok(file) = &orphan.file else {
        return String::new();
    };
    let Some(path) = &file.document_path else {
        return "This meeting was never saved: everything in it would be lost if discarded".to_owned();
    };
    match persistence::load(path) {
        Ok(saved) => {
            let c = ChangeCounts::between(&saved.doc, &file.document);
            format!(
                "Compared with the saved file: {} records added, {} removed, {} changed",
                c.added, c.removed, c.changed
            )
        }
        Err(e) => format!("The saved file cannot be read: {e}"),
    }
}
