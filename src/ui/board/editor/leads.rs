//! The financing of a partnership in its editor: the need, how much of it is
//! covered, and its leads, read-only (they are edited on the Financing tab).

use egui::Ui;

use crate::model::leads;
use crate::model::{Document, Partnership};
use crate::tr;
use crate::ui::financing::matching::{lead_line, need_text};
use crate::ui::widgets;

/// The need, its coverage and the leads of `partnership`.
pub fn ui(ui: &mut Ui, doc: &Document, partnership: &Partnership) {
    widgets::styled(
        ui,
        &tr!("financing-matching-board-financing"),
        egui::RichText::strong,
    );
    widgets::sentence(ui, &need_text(leads::covered(doc, partnership).as_ref()));
    let mut any = false;
    for lead in doc.leads.iter().filter(|l| l.partnership == partnership.id) {
        any = true;
        widgets::sentence(ui, &lead_line(doc, lead));
    }
    if !any {
        widgets::weak(ui, &tr!("financing-matching-no-leads"));
    }
    widgets::weak(ui, &tr!("financing-matching-board-edited-elsewhere"));
}
