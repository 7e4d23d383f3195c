//! The partnership board: one column per stage, one card per partnership,
//! optionally cut into swimlanes, with the selected card's editor beside it.
//!
//! Cards all have the same height, so each column draws only the cards in
//! view; which cards go where is cached until the document or the filters
//! change, so a board of a thousand partnerships costs about as much per frame
//! as one of twenty.

mod card;
mod columns;
pub(crate) mod editor;
mod lanes;
mod moves;
mod toolbar;

use crate::ui::widgets;
use egui::Ui;

use crate::action::Action;
use crate::model::board::{BoardFilter, Lanes};
use crate::model::{Document, Id, Partnership, Stamp};
use columns::Columns;

/// View state of the board.
#[derive(Default)]
pub struct BoardPanel {
    /// The card to mark, such as a partnership idea followed from an item's record.
    highlighted: Option<Id>,
    /// A card whose column scrolls to it on the next frame: asked for during
    /// a frame (a card moved or created) and done in the following one.
    reveal: Option<Id>,
    /// The card being scrolled to in this frame.
    revealing: Option<Id>,
    /// The card open in the editor.
    selected: Option<Id>,
    filter: BoardFilter,
    lanes: Lanes,
    /// Whether the dropped partnerships are shown in a full column.
    show_dropped: bool,
    /// The moment shown, read-only; `None` shows the board as it is now.
    as_of: Option<Stamp>,
    toolbar: toolbar::Toolbar,
    columns: Columns,
}

impl BoardPanel {
    /// Marks the card of `partnership`, opens it in the editor and scrolls its column to it.
    pub fn highlight(&mut self, partnership: Id) {
        self.highlighted = Some(partnership);
        self.reveal = Some(partnership);
        self.selected = Some(partnership);
    }

    /// Cuts the board into swimlanes, or not.
    pub fn set_lanes(&mut self, lanes: Lanes) {
        self.lanes = lanes;
    }

    /// Shows the board as it stood at `at`, read-only, or as it is now (`None`).
    pub fn set_as_of(&mut self, at: Option<Stamp>) {
        self.as_of = at;
    }

    /// Draws the board and the editor of the selected card.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        self.revealing = self.reveal.take();
        self.toolbar_ui(ui, doc, actions);
        self.columns.refresh(doc, self.as_of, &self.filter, self.lanes);
        ui.separator();
        let selected = self
            .selected
            .and_then(|id| doc.partnerships.iter().find(|p| p.id == id));
        if let Some(partnership) = selected {
            self.editor_ui(ui, doc, partnership, actions);
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| lanes::ui(self, ui, doc, actions));
        });
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        let mut view = toolbar::View {
            filter: &mut self.filter,
            lanes: &mut self.lanes,
            as_of: &mut self.as_of,
        };
        let shown = (self.columns.arrangement.kept, self.columns.cards.len());
        if let Some(created) = self.toolbar.ui(ui, doc, &mut view, shown, actions) {
            self.selected = Some(created);
            self.reveal = Some(created);
        }
    }

    fn editor_ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        partnership: &Partnership,
        actions: &mut Vec<Action>,
    ) {
        let mut close = false;
        crate::ui::mirror::end_panel("board_editor")
            .resizable(true)
            .default_size(crate::ui::theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    close = widgets::button(ui, &crate::tr!("board-editor-close")).clicked();
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        // The past is read-only: whatever the editor would change is dropped.
                        let mut edits = Vec::new();
                        ui.add_enabled_ui(self.as_of.is_none(), |ui| {
                            widgets::about_record(&partnership.title, || {
                                editor::ui(ui, doc, partnership, &mut edits);
                            });
                        });
                        if self.as_of.is_none() {
                            actions.extend(edits);
                        }
                    });
                });
            });
        if close {
            self.selected = None;
        }
    }
}
