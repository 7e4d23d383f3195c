//! The board's body: the column headers with their counts, then one swimlane
//! (or the whole board) per row, each with one column of cards per stage.

use egui::{Id as EguiId, ScrollArea, Ui};

use super::BoardPanel;
use super::card::{self, Flags};
use super::moves::{Column, Moves};
use crate::action::Action;
use crate::model::board::{DROPPED, Lane, Lanes};
use crate::model::{Document, Id, Vocabularies};
use crate::tr;
use crate::ui::{theme, widgets};

/// Cards a swimlane shows at most at once; each of its columns scrolls for more.
const LANE_CARDS: usize = 3;

/// Draws the headers and the swimlanes, and applies the move of this frame.
pub fn ui(panel: &mut BoardPanel, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    let mut moves = Moves::new(ui.ctx(), panel.as_of.is_none());
    let dragged = moves.dragging.and_then(|id| panel.columns.index_of(id));
    moves.dragged_stage = dragged
        .and_then(|i| panel.columns.cards.get(i))
        .map(|c| c.stage.clone());
    moves.dragged_lane = dragged.and_then(|i| lane_of(panel, i));
    ScrollArea::horizontal().id_salt("board").show(ui, |ui| {
        ui.vertical(|ui| {
            headers_ui(panel, ui, doc);
            ui.separator();
            if panel.lanes == Lanes::None {
                let height = ui.available_height();
                lane_ui(panel, ui, doc, 0, height, &mut moves);
            } else {
                swimlanes_ui(panel, ui, doc, &mut moves);
            }
        });
    });
    if let Some(dragged) = moves.dragging {
        ghost_ui(ui, panel, dragged);
    }
    if let Some(id) = moves.moved {
        panel.reveal = Some(id);
    }
    if let Some(id) = moves.clicked {
        panel.selected = Some(id);
    }
    actions.extend(moves.action);
}

/// The swimlane card `index` is in, if the filters keep it.
fn lane_of(panel: &BoardPanel, index: usize) -> Option<usize> {
    panel
        .columns
        .arrangement
        .lanes
        .iter()
        .position(|(_, columns)| columns.iter().any(|cards| cards.contains(&index)))
}

/// The width of a stage's column: the dropped column is narrow while set aside.
fn width(panel: &BoardPanel, stage: &str) -> f32 {
    if stage == DROPPED && !panel.show_dropped {
        theme::COLLAPSED_COLUMN_WIDTH
    } else {
        theme::CARD_WIDTH
    }
}

fn headers_ui(panel: &mut BoardPanel, ui: &mut Ui, doc: &Document) {
    let counts = panel.columns.arrangement.counts.clone();
    ui.horizontal(|ui| {
        let stages: Vec<_> = doc.vocabularies.stages.iter().zip(&counts).collect();
        // The scrolled board lays its columns out left to right: Arabic reverses them.
        for (stage, count) in crate::ui::mirror::in_reading_order(stages) {
            ui.vertical(|ui| {
                ui.set_width(width(panel, &stage.key));
                widgets::styled(
                    ui,
                    &tr!("board-column", stage = &stage.label, count = *count),
                    egui::RichText::strong,
                );
                if stage.key == DROPPED {
                    let (text, name) = if panel.show_dropped {
                        (tr!("board-dropped-hide"), tr!("board-dropped-hide-name"))
                    } else {
                        (tr!("board-dropped-show"), tr!("board-dropped-show-name"))
                    };
                    if widgets::named_button(ui, &text, &name).clicked() {
                        panel.show_dropped = !panel.show_dropped;
                    }
                }
            });
        }
    });
}

/// The swimlanes, each as tall as its tallest column up to
/// [`LANE_CARDS`] cards; only those in view are drawn.
fn swimlanes_ui(panel: &mut BoardPanel, ui: &mut Ui, doc: &Document, moves: &mut Moves) {
    let spacing = ui.spacing().item_spacing.y;
    let step = card::height(ui) + spacing;
    let header = ui.text_style_height(&egui::TextStyle::Body) + spacing;
    let cards: Vec<f32> = panel
        .columns
        .arrangement
        .lanes
        .iter()
        .map(|(_, columns)| {
            let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
            to_f32(tallest.clamp(1, LANE_CARDS)) * step
        })
        .collect();
    let total = cards.iter().map(|c| header + c + spacing).sum::<f32>();
    let mut area = ScrollArea::vertical()
        .id_salt("board_lanes")
        .auto_shrink([false, false]);
    // A card to scroll to: first to its swimlane, then its column to the card.
    let revealed = panel.revealing.and_then(|id| panel.columns.index_of(id));
    if let Some(lane) = revealed.and_then(|i| lane_of(panel, i)) {
        let top: f32 = cards.iter().take(lane).map(|c| header + c + spacing).sum();
        area = area.vertical_scroll_offset(top);
    }
    area.show_viewport(ui, |ui, viewport| {
        ui.set_height(total);
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        let mut top = 0.0;
        for (index, cards_height) in cards.iter().enumerate() {
            let height = header + cards_height;
            if top + height >= viewport.min.y && top <= viewport.max.y {
                let Some((lane, _)) = panel.columns.arrangement.lanes.get(index) else {
                    continue;
                };
                let label = lane_label(doc, lane);
                let rect =
                    egui::Rect::from_min_size(origin + egui::vec2(0.0, top), egui::vec2(width, height));
                let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
                widgets::styled(&mut child, &label, egui::RichText::strong);
                lane_ui(panel, &mut child, doc, index, *cards_height, moves);
            }
            top += height + spacing;
        }
    });
}

/// The name of a swimlane.
fn lane_label(doc: &Document, lane: &Lane) -> String {
    match lane {
        Lane::All => String::new(),
        Lane::RoundTable(Some(id)) => doc
            .agenda_item(*id)
            .map_or_else(|| tr!("board-lane-no-round-table"), |item| item.title.clone()),
        Lane::RoundTable(None) => tr!("board-lane-no-round-table"),
        Lane::ThrustArea(Some(key)) => Vocabularies::label(&doc.vocabularies.thrust_areas, key).to_owned(),
        Lane::ThrustArea(None) => tr!("board-lane-no-thrust-area"),
    }
}

/// One row of columns: the cards of swimlane `lane`, at most `height` high.
fn lane_ui(panel: &mut BoardPanel, ui: &mut Ui, doc: &Document, lane: usize, height: f32, moves: &mut Moves) {
    let stages = &doc.vocabularies.stages;
    let Some((_, columns)) = panel.columns.arrangement.lanes.get(lane) else {
        return;
    };
    let columns = columns.clone();
    ui.horizontal_top(|ui| {
        let ordered: Vec<_> = stages.iter().zip(&columns).enumerate().collect();
        for (index, (stage, cards)) in crate::ui::mirror::in_reading_order(ordered) {
            let ids: Vec<Id> = cards
                .iter()
                .filter_map(|i| panel.columns.cards.get(*i))
                .map(|c| c.partnership.id)
                .collect();
            let key = |i: Option<usize>| i.and_then(|i| stages.get(i)).map(|t| t.key.as_str());
            let column = Column {
                lane,
                stage: &stage.key,
                previous: key(index.checked_sub(1)),
                next: key(Some(index + 1)),
                cards: &ids,
            };
            ui.vertical(|ui| {
                ui.set_width(width(panel, &stage.key));
                if stage.key == DROPPED && !panel.show_dropped {
                    aside_ui(ui, height, panel.lanes == Lanes::None, &column, moves);
                } else {
                    column_ui(ui, panel, stages, cards, height, &column, moves);
                }
            });
        }
    });
}

/// The dropped column set aside: no cards, but still a place to drop one.
fn aside_ui(ui: &mut Ui, height: f32, explain: bool, column: &Column, moves: &mut Moves) {
    let (_, rect) = ui.allocate_space(egui::vec2(theme::COLLAPSED_COLUMN_WIDTH, height.min(200.0)));
    let rect = rect.shrink2(egui::vec2(0.0, 1.0));
    ui.painter().rect_stroke(
        rect,
        4.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let text = tr!("board-dropped-aside");
    if explain {
        let painter = ui.painter_at(rect);
        let galley = painter.layout(
            text.clone(),
            egui::TextStyle::Small.resolve(ui.style()),
            ui.visuals().weak_text_color(),
            rect.width() - 12.0,
        );
        painter.galley(
            rect.min + egui::vec2(6.0, 6.0),
            galley,
            ui.visuals().weak_text_color(),
        );
    }
    let response = ui.interact(rect, ui.auto_id_with("dropped_aside"), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    moves.column(ui, rect, rect.top(), 0.0, column);
}

/// One column of cards, drawing only those in view.
fn column_ui(
    ui: &mut Ui,
    panel: &BoardPanel,
    stages: &[crate::model::Term],
    cards: &[usize],
    height: f32,
    column: &Column,
    moves: &mut Moves,
) {
    let card_height = card::height(ui);
    let step = card_height + ui.spacing().item_spacing.y;
    let mut area = ScrollArea::vertical()
        .id_salt(("board_column", column.lane, column.stage))
        .max_height(height)
        .auto_shrink([false, false]);
    if let Some(at) = panel
        .revealing
        .and_then(|id| column.cards.iter().position(|c| *c == id))
    {
        area = area.vertical_scroll_offset(offset(at, step));
    }
    let dragging = moves.dragging;
    let output = area.show_rows(ui, card_height, cards.len(), |ui, rows| {
        let mut responses = Vec::new();
        for row in rows {
            let (Some(card), Some(view)) = (
                cards.get(row).and_then(|i| panel.columns.cards.get(*i)),
                cards.get(row).and_then(|i| panel.columns.views.get(*i)),
            ) else {
                continue;
            };
            let id = card.partnership.id;
            let flags = Flags {
                selected: panel.selected == Some(id),
                marked: panel.highlighted == Some(id),
                movable: panel.as_of.is_none(),
                dragged: dragging == Some(id),
            };
            let stage = Vocabularies::label(stages, &card.stage);
            let response = card::ui(ui, view, &card.partnership, stage, flags);
            responses.push((id, response));
        }
        responses
    });
    for (id, response) in &output.inner {
        moves.card(ui, response, *id, column);
    }
    let top = output.inner_rect.top() - output.state.clamped_offset().y;
    moves.column(ui, output.inner_rect, top, step, column);
}

/// Where card `index` starts in its column.
fn offset(index: usize, step: f32) -> f32 {
    to_f32(index) * step
}

#[expect(clippy::cast_precision_loss, reason = "card counts are far below 2^23")]
fn to_f32(n: usize) -> f32 {
    n as f32
}

/// The title of the dragged card, following the pointer.
fn ghost_ui(ui: &Ui, panel: &BoardPanel, dragged: Id) {
    let (Some(pointer), Some(card)) = (
        ui.ctx().pointer_interact_pos(),
        panel
            .columns
            .index_of(dragged)
            .and_then(|i| panel.columns.views.get(i)),
    ) else {
        return;
    };
    let layer = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        EguiId::unique("board_drag"),
    ));
    let galley = layer.layout(
        card.title.clone(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().strong_text_color(),
        theme::CARD_WIDTH - 12.0,
    );
    let rect = egui::Rect::from_min_size(
        pointer + egui::vec2(12.0, 8.0),
        galley.size() + egui::vec2(12.0, 8.0),
    );
    layer.rect(
        rect,
        4.0,
        ui.visuals().panel_fill,
        ui.visuals().selection.stroke,
        egui::StrokeKind::Inside,
    );
    layer.galley(rect.min + egui::vec2(6.0, 4.0), galley, ui.visuals().text_color());
}
