//! The editor of the selected card, beside the board.

use egui::Ui;

use crate::action::Action;
use crate::model::{Document, Partnership, now};
use crate::tr;
use crate::ui::widgets;

/// The fields of one partnership; a change pushes an edit.
pub fn ui(ui: &mut Ui, doc: &Document, partnership: &Partnership, actions: &mut Vec<Action>) {
    let _ = doc;
    let mut draft = partnership.clone();
    widgets::text_field(ui, &tr!("board-field-title"), &mut draft.title);
    if draft != *partnership {
        draft.modified = now();
        actions.push(Action::UpsertPartnership(draft));
    }
}
