//! Who has spoken: time and turns by stakeholder type and country, and who has not.

use chrono::NaiveDateTime;
use egui::Ui;

use super::widgets;
use crate::model::participation::{Share, participation};
use crate::model::schedule::format_seconds;
use crate::model::{AgendaItem, Document};

/// The participation of the whole meeting, or of `item` when one is selected.
pub fn ui(ui: &mut Ui, doc: &Document, item: Option<&AgendaItem>, now: NaiveDateTime) {
    let title = if item.is_some() {
        "Participation in this item"
    } else {
        "Participation"
    };
    egui::CollapsingHeader::new(title).show(ui, |ui| {
        let summary = participation(doc, item.map(|a| a.id), now);
        shares_ui(ui, "By stakeholder type", &summary.by_type);
        shares_ui(ui, "By country", &summary.by_country);
        ui.strong(format!("Not spoken yet ({})", summary.not_spoken.len()));
        let names: Vec<String> = summary
            .not_spoken
            .iter()
            .take(30)
            .map(|id| doc.person_name(Some(*id)))
            .collect();
        let more = summary.not_spoken.len().saturating_sub(names.len());
        let mut text = names.join(", ");
        if more > 0 {
            text.push_str(" and ");
            text.push_str(&more.to_string());
            text.push_str(" more");
        }
        widgets::sentence(ui, &text);
    });
}

fn shares_ui(ui: &mut Ui, title: &str, shares: &[Share]) {
    ui.strong(title);
    if shares.is_empty() {
        ui.weak("Nobody has spoken yet");
    }
    egui::Grid::new(title).striped(true).show(ui, |ui| {
        for share in shares {
            ui.label(&share.group);
            ui.label(format_seconds(share.seconds));
            ui.label(turns(share.turns));
            ui.end_row();
        }
    });
}

/// "1 turn", "2 turns".
fn turns(n: usize) -> String {
    if n == 1 {
        "1 turn".to_owned()
    } else {
        format!("{n} turns")
    }
}
