//! Who has spoken: time and turns by stakeholder type and country, and who has not.

use chrono::NaiveDateTime;
use egui::Ui;

use super::widgets;
use crate::model::participation::{Share, participation};
use crate::model::schedule::format_seconds;
use crate::model::{AgendaItem, Document};
use crate::tr;

/// The participation of the whole meeting, or of `item` when one is selected.
pub fn ui(ui: &mut Ui, doc: &Document, item: Option<&AgendaItem>, now: NaiveDateTime) {
    let title = if item.is_some() {
        tr!("participation-heading-item")
    } else {
        tr!("participation-heading")
    };
    egui::CollapsingHeader::new(crate::bidi::visual(&title).into_owned()).show(ui, |ui| {
        let summary = participation(doc, item.map(|a| a.id), now);
        shares_ui(ui, &tr!("participation-by-type"), &summary.by_type);
        shares_ui(ui, &tr!("participation-by-country"), &summary.by_country);
        widgets::styled(
            ui,
            &tr!("participation-not-spoken", count = summary.not_spoken.len()),
            egui::RichText::strong,
        );
        let names: Vec<String> = summary
            .not_spoken
            .iter()
            .take(30)
            .map(|id| doc.person_name(Some(*id)))
            .collect();
        let more = summary.not_spoken.len().saturating_sub(names.len());
        let mut text = names.join(", ");
        if more > 0 {
            text = tr!("participation-names-more", names = text, more = more);
        }
        widgets::sentence(ui, &text);
    });
}

fn shares_ui(ui: &mut Ui, title: &str, shares: &[Share]) {
    widgets::styled(ui, title, egui::RichText::strong);
    if shares.is_empty() {
        widgets::weak(ui, &tr!("participation-nobody"));
    }
    egui::Grid::new(title).striped(true).show(ui, |ui| {
        for share in shares {
            crate::ui::widgets::label(ui, &share.group);
            ui.label(format_seconds(share.seconds));
            widgets::label(ui, &turns(share.turns));
            ui.end_row();
        }
    });
}

/// "1 turn", "2 turns".
fn turns(n: usize) -> String {
    tr!("participation-turns", count = n)
}
