//! Moving cards: dragged with the mouse between columns and within one, or
//! moved with the keyboard (Ctrl+Left/Right to another stage, Ctrl+Up/Down
//! within the column). Every move is one [`Action::MovePartnership`], so it is
//! one undo step and enters the card's stage history when the stage changes.

use egui::{DragAndDrop, Key, KeyboardShortcut, Modifiers, Pos2, Rect, Response, Ui};

use crate::action::Action;
use crate::model::Id;

/// What is carried while a card is dragged.
#[derive(Clone, Copy, Debug)]
pub struct DraggedCard(pub Id);

/// A column as the moves see it: its stage and the cards shown in it, in order.
pub struct Column<'a> {
    /// The swimlane it is in: a card is dropped only in its own.
    pub lane: usize,
    pub stage: &'a str,
    /// The stages on either side, for Ctrl+Left and Ctrl+Right.
    pub previous: Option<&'a str>,
    pub next: Option<&'a str>,
    pub cards: &'a [Id],
}

/// The moves of one frame.
pub struct Moves {
    enabled: bool,
    /// The card being dragged, if any.
    pub dragging: Option<Id>,
    released: bool,
    pointer: Option<Pos2>,
    /// The move asked for this frame.
    pub action: Option<Action>,
    /// A card moved with the keyboard, to scroll to so it keeps the focus.
    pub moved: Option<Id>,
    /// The stage of the dragged card, so that a drop where it is changes nothing.
    pub dragged_stage: Option<String>,
    /// The swimlane of the dragged card. Swimlanes follow a card's round table
    /// or thrust area, which a drop does not change, so it is dropped only
    /// in its own.
    pub dragged_lane: Option<usize>,
    /// A card clicked, or chosen with Enter, to open in the editor.
    pub clicked: Option<Id>,
}

impl Moves {
    /// Reads the drag in progress; `enabled` is false while the board shows the past.
    pub fn new(ctx: &egui::Context, enabled: bool) -> Self {
        Self {
            enabled,
            dragging: DragAndDrop::payload::<DraggedCard>(ctx).map(|card| card.0),
            released: ctx.input(|i| i.pointer.any_released()),
            pointer: ctx.pointer_interact_pos(),
            action: None,
            moved: None,
            dragged_stage: None,
            dragged_lane: None,
            clicked: None,
        }
    }

    /// Starts a drag of card `id`, or moves it when it has the keyboard.
    pub fn card(&mut self, ui: &Ui, response: &Response, id: Id, column: &Column) {
        if response.clicked() {
            response.request_focus();
            self.clicked = Some(id);
        }
        if !self.enabled {
            return;
        }
        if response.drag_started() {
            DragAndDrop::set_payload(ui.ctx(), DraggedCard(id));
            self.dragging = Some(id);
        }
        if !response.has_focus() {
            return;
        }
        let pressed = |key| {
            ui.ctx()
                .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)))
        };
        // The arrow towards the start of the reading line goes to the stage before.
        let (back, on) = if crate::ui::mirror::is_right_to_left() {
            (Key::ArrowRight, Key::ArrowLeft)
        } else {
            (Key::ArrowLeft, Key::ArrowRight)
        };
        let target = if pressed(back) {
            column.previous.map(|stage| (stage, None))
        } else if pressed(on) {
            column.next.map(|stage| (stage, None))
        } else if pressed(Key::ArrowUp) {
            earlier(column.cards, id).map(|before| (column.stage, Some(before)))
        } else if pressed(Key::ArrowDown) {
            later(column.cards, id).map(|at| (column.stage, column.cards.get(at).copied()))
        } else {
            None
        };
        if let Some((stage, before)) = target {
            self.action = Some(Action::MovePartnership {
                id,
                stage: stage.to_owned(),
                before,
            });
            self.moved = Some(id);
        }
    }

    /// Shows where a dragged card would land in `column`, whose cards start at
    /// `top` and follow each other every `step` points inside `rect`, and
    /// drops it there when the button is released.
    pub fn column(&mut self, ui: &Ui, rect: Rect, top: f32, step: f32, column: &Column) {
        let (Some(dragged), Some(pointer)) = (self.dragging, self.pointer) else {
            return;
        };
        if !self.enabled || !rect.contains(pointer) || self.dragged_lane != Some(column.lane) {
            return;
        }
        let slot = slot_at(pointer.y - top, step, column.cards.len());
        let y = top + to_f32(slot) * step - ui.spacing().item_spacing.y / 2.0;
        let y = y.clamp(rect.top() + 1.0, rect.bottom() - 1.0);
        ui.painter().with_clip_rect(rect).hline(
            rect.x_range(),
            y,
            egui::Stroke::new(3.0, ui.visuals().selection.stroke.color),
        );
        if !self.released {
            return;
        }
        DragAndDrop::clear_payload(ui.ctx());
        self.dragging = None;
        let before = column.cards.get(slot).copied();
        let in_place = self.dragged_stage.as_deref() == Some(column.stage)
            && (before == Some(dragged)
                || position(column.cards, dragged)
                    .is_some_and(|i| column.cards.get(i + 1).copied() == before));
        if !in_place {
            self.action = Some(Action::MovePartnership {
                id: dragged,
                stage: column.stage.to_owned(),
                before,
            });
        }
    }
}

/// The slot a pointer `offset` points below the first card falls in: before
/// the card whose upper half it is over, or after the last card.
fn slot_at(offset: f32, step: f32, cards: usize) -> usize {
    if step <= 0.0 || offset <= 0.0 {
        return 0;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to the number of cards just after"
    )]
    let slot = (offset / step).round() as usize;
    slot.min(cards)
}

#[expect(clippy::cast_precision_loss, reason = "card counts are far below 2^23")]
fn to_f32(n: usize) -> f32 {
    n as f32
}

fn position(cards: &[Id], id: Id) -> Option<usize> {
    cards.iter().position(|c| *c == id)
}

/// The card `id` moves before to go up one place, if it is not first.
fn earlier(cards: &[Id], id: Id) -> Option<Id> {
    let at = position(cards, id)?;
    cards.get(at.checked_sub(1)?).copied()
}

/// The place `id` moves before to go down one place: that of the card after
/// next, which may be just past the end; `None` when it is last already.
fn later(cards: &[Id], id: Id) -> Option<usize> {
    let at = position(cards, id)?;
    cards.get(at + 1)?;
    Some(at + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slot_follows_the_pointer_by_half_cards() {
        assert_eq!(slot_at(-5.0, 100.0, 3), 0);
        assert_eq!(slot_at(40.0, 100.0, 3), 0);
        assert_eq!(slot_at(60.0, 100.0, 3), 1);
        assert_eq!(slot_at(260.0, 100.0, 3), 3);
        assert_eq!(slot_at(9_000.0, 100.0, 3), 3);
        assert_eq!(slot_at(50.0, 0.0, 3), 0);
    }

    #[test]
    fn up_and_down_step_over_one_card() {
        let (a, b, c) = (Id::new(), Id::new(), Id::new());
        let cards = [a, b, c];
        assert_eq!(earlier(&cards, a), None);
        assert_eq!(earlier(&cards, c), Some(b));
        assert_eq!(later(&cards, a), Some(2));
        assert_eq!(later(&cards, b), Some(3));
        assert_eq!(later(&cards, c), None);
        assert_eq!(later(&cards, Id::new()), None);
    }
}
