//! When the partnership changed stage and when organisations joined or left
//! it, newest first, in the meeting room's time.

use egui::Ui;

use super::Names;
use crate::model::{Document, PartnerEvent, Partnership, Stamp, Vocabularies};
use crate::tr;
use crate::ui::widgets;

/// The stage history, then the partner history, under a collapsing header.
pub fn ui(ui: &mut Ui, doc: &Document, names: &Names<'_>, partnership: &Partnership) {
    egui::CollapsingHeader::new(crate::bidi::visual(&tr!("board-editor-history")).into_owned())
        .id_salt(("board_editor_history", partnership.id))
        .show(ui, |ui| {
            widgets::styled(ui, &tr!("board-editor-stage-history"), egui::RichText::strong);
            let mut stages: Vec<_> = partnership.stage_history.iter().collect();
            stages.sort_by_key(|c| std::cmp::Reverse(c.at));
            if stages.is_empty() {
                widgets::weak(ui, &tr!("board-editor-history-empty"));
            }
            for change in stages {
                let stage = Vocabularies::label(&doc.vocabularies.stages, &change.stage);
                let text = tr!(
                    "board-editor-history-stage",
                    stage = stage,
                    time = time(doc, change.at)
                );
                widgets::sentence(ui, &text);
            }
            widgets::styled(ui, &tr!("board-editor-partner-history"), egui::RichText::strong);
            let mut partners: Vec<_> = partnership.partner_history.iter().collect();
            partners.sort_by_key(|c| std::cmp::Reverse(c.at));
            if partners.is_empty() {
                widgets::weak(ui, &tr!("board-editor-history-empty"));
            }
            for change in partners {
                let organisation = names.organisation(change.organisation);
                let at = time(doc, change.at);
                let text = match change.event {
                    PartnerEvent::Joined => tr!(
                        "board-editor-history-joined",
                        organisation = organisation,
                        time = at
                    ),
                    PartnerEvent::Left => tr!(
                        "board-editor-history-left",
                        organisation = organisation,
                        time = at
                    ),
                };
                widgets::sentence(ui, &text);
            }
        });
}

/// `at` on the meeting room's clock.
fn time(doc: &Document, at: Stamp) -> String {
    doc.meeting.room_clock(at).format("%Y-%m-%d %H:%M").to_string()
}
