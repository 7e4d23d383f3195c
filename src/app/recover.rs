//! The offer to restore work left in recovery files by a crash or a kill.

use super::MajlisApp;
use crate::model::ChangeCounts;
use crate::persistence;
use crate::recovery::Orphan;
use crate::session::Session;
use crate::tr;
use crate::ui::widgets;

/// One recovery file shown in the offer, with the comparison once asked for.
pub(super) struct Offer {
    orphan: Orphan,
    comparison: Option<Comparison>,
    /// Set once Discard was clicked: discarding asks again, as it cannot be undone.
    confirm_discard: bool,
}

pub(super) fn offers(orphans: Vec<Orphan>) -> Vec<Offer> {
    orphans
        .into_iter()
        .map(|orphan| Offer {
            orphan,
            comparison: None,
            confirm_discard: false,
        })
        .collect()
}

/// What a recovery file holds that the saved file does not, in logical order.
struct Comparison {
    /// How many records differ, or why they cannot be compared.
    heading: String,
    /// One line per difference, the unadded capture text first.
    lines: Vec<String>,
}

/// How many lines of a comparison are shown; the rest are counted.
const SHOWN_LINES: usize = 30;

/// What the user chose for one recovery file.
enum Choice {
    Restore,
    Compare,
    AskDiscard,
    Discard,
    Keep,
}

impl MajlisApp {
    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        if self.offers.is_empty() {
            return;
        }
        let mut choice: Option<(usize, Choice)> = None;
        let mut later = false;
        egui::Modal::new(egui::Id::unique("majlis_recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            widgets::dialog_heading(ui, &tr!("recover-heading"));
            widgets::label(ui, &tr!("recover-text"));
            for (i, offer) in self.offers.iter().enumerate() {
                ui.separator();
                ui.push_id(i, |ui| {
                    if let Some(c) = offer_ui(ui, offer) {
                        choice = Some((i, c));
                    }
                });
            }
            ui.separator();
            later = widgets::button(ui, &tr!("recover-decide-later")).clicked();
        });
        if later {
            // The files stay; they are offered again at the next start.
            self.offers.clear();
            return;
        }
        let Some((i, choice)) = choice else { return };
        match choice {
            Choice::Restore => self.restore(i),
            Choice::Discard if i < self.offers.len() => self.offers.remove(i).orphan.claim.discard(),
            Choice::Compare | Choice::AskDiscard | Choice::Keep | Choice::Discard => {
                if let Some(offer) = self.offers.get_mut(i) {
                    match choice {
                        Choice::Compare => offer.comparison = Some(compare(&offer.orphan)),
                        Choice::AskDiscard => offer.confirm_discard = true,
                        _ => offer.confirm_discard = false,
                    }
                }
            }
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
        let draft = session.capture_draft().to_owned();
        self.replace_session(session);
        self.agenda.restore_capture_draft(&draft);
        self.info(tr!("recover-restored"));
    }
}

fn offer_ui(ui: &mut egui::Ui, offer: &Offer) -> Option<Choice> {
    match &offer.orphan.file {
        Ok(file) => {
            let place = file.document_path.as_ref().map_or_else(
                || tr!("recover-file-never-saved"),
                |p| tr!("recover-file", path = p.display().to_string()),
            );
            crate::ui::widgets::styled(ui, &file.document.meeting.title, egui::RichText::strong);
            crate::ui::widgets::label(ui, &place);
            let when = file.autosaved.with_timezone(&chrono::Local);
            widgets::label(
                ui,
                &tr!(
                    "recover-last-autosaved",
                    date = crate::model::report::day_text(when.date_naive()),
                    time = when.format("%H:%M:%S").to_string(),
                ),
            );
        }
        Err(e) => {
            widgets::colored_sentence(
                ui,
                crate::ui::theme::error(ui),
                &tr!("recover-unreadable", error = e.to_string()),
            );
            ui.label(offer.orphan.claim.path.display().to_string());
        }
    }
    if let Some(comparison) = &offer.comparison {
        comparison_ui(ui, comparison);
    }
    if offer.confirm_discard {
        widgets::colored(
            ui,
            crate::ui::theme::warning(ui),
            &tr!("recover-discard-question"),
        );
        return ui
            .horizontal(|ui| {
                if widgets::button(ui, &tr!("recover-discard-for-good")).clicked() {
                    return Some(Choice::Discard);
                }
                widgets::button(ui, &tr!("recover-keep"))
                    .clicked()
                    .then_some(Choice::Keep)
            })
            .inner;
    }
    ui.horizontal(|ui| {
        let readable = offer.orphan.file.is_ok();
        if widgets::button_enabled(ui, readable, &tr!("recover-restore")).clicked() {
            return Some(Choice::Restore);
        }
        if widgets::button_enabled(ui, readable, &tr!("recover-compare")).clicked() {
            return Some(Choice::Compare);
        }
        widgets::button(ui, &tr!("recover-discard"))
            .clicked()
            .then_some(Choice::AskDiscard)
    })
    .inner
}

fn comparison_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    widgets::styled(ui, &comparison.heading, egui::RichText::strong);
    if comparison.lines.is_empty() {
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(240.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for line in comparison.lines.iter().take(SHOWN_LINES) {
                crate::ui::widgets::truncated(ui, line);
            }
            let more = comparison.lines.len().saturating_sub(SHOWN_LINES);
            if more > 0 {
                widgets::weak(ui, &tr!("recover-more-changes", count = more));
            }
        });
}

fn compare(orphan: &Orphan) -> Comparison {
    let Ok(file) = &orphan.file else {
        return Comparison {
            heading: String::new(),
            lines: Vec::new(),
        };
    };
    let mut lines = Vec::new();
    // Paragraph breaks would split the line that names it.
    let draft = file
        .capture_draft
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !draft.is_empty() {
        lines.push(tr!("recover-capture-draft", draft = draft));
    }
    let Some(path) = &file.document_path else {
        return Comparison {
            heading: tr!("recover-never-saved"),
            lines,
        };
    };
    let heading = match persistence::load(path) {
        Ok(saved) => {
            let changes = crate::model::Change::between(&saved.doc, &file.document);
            let c = ChangeCounts::of(&changes);
            for change in &changes {
                lines.push(change.line());
            }
            tr!(
                "recover-compared",
                added = c.added,
                removed = c.removed,
                changed = c.changed,
            )
        }
        Err(e) => tr!("recover-saved-unreadable", error = e.to_string()),
    };
    Comparison { heading, lines }
}
