//! What the partnership record still lacks, as the room would be asked it,
//! and what its stakeholder mix lacks. Shown, never clicked.

use egui::Ui;

use crate::model::quality::{Gap, Judge};
use crate::model::{Document, Partnership};
use crate::tr;
use crate::ui::{theme, widgets};

/// One line per criterion of a strong commitment, then the mix warnings.
pub fn ui(ui: &mut Ui, doc: &Document, partnership: &Partnership) {
    let judge = Judge::of_one(doc, partnership);
    let gaps = judge.gaps(partnership);
    widgets::styled(ui, &tr!("board-editor-checklist"), egui::RichText::strong);
    for gap in Gap::ALL {
        if gaps.contains(&gap) {
            let colour = theme::warning(ui);
            widgets::sentence_styled(ui, &gap.describe(), |rich| rich.color(colour));
        } else {
            let colour = theme::ok(ui);
            widgets::sentence_styled(ui, &met(gap), |rich| rich.color(colour));
        }
    }
    let warnings = judge.mix(partnership);
    widgets::styled(ui, &tr!("board-editor-mix"), egui::RichText::strong);
    if partnership.partners.is_empty() {
        widgets::weak(ui, &tr!("board-editor-mix-no-partners"));
    } else if warnings.is_empty() {
        let colour = theme::ok(ui);
        widgets::sentence_styled(ui, &tr!("board-editor-mix-fine"), |rich| rich.color(colour));
    }
    for warning in warnings {
        let colour = theme::warning(ui);
        widgets::sentence_styled(ui, &warning.describe(), |rich| rich.color(colour));
    }
}

/// The sentence saying a criterion is met.
fn met(gap: Gap) -> String {
    match gap {
        Gap::Roles => tr!("board-editor-met-roles"),
        Gap::Deliverables => tr!("board-editor-met-deliverables"),
        Gap::Resources => tr!("board-editor-met-resources"),
        Gap::Timeline => tr!("board-editor-met-timeline"),
        Gap::Reporter => tr!("board-editor-met-reporter"),
    }
}
