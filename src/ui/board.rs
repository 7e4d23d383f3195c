//! The partnership board: one column per stage, one card per partnership.
//!
//! Each column scrolls on its own and draws only the cards in view, and the
//! grouping into columns is cached until the document changes, so a board of
//! a thousand partnerships costs about as much per frame as one of twenty.

mod columns;

use egui::{TextStyle, Ui};

use super::{theme, widgets};
use crate::action::Action;
use crate::model::Id;
use crate::tr;
use columns::{Card, Columns};

/// View state of the board. The cached columns live in egui's memory, keyed by
/// the panel; the panel keeps only the card asked for from elsewhere.
#[derive(Default)]
pub struct BoardPanel {
    /// The card to mark, such as a partnership idea followed from an item's record.
    highlighted: Option<Id>,
    /// Set until the column of the highlighted card has scrolled to it.
    reveal: bool,
}

impl BoardPanel {
    /// Marks the card of `partnership` and scrolls its column to it.
    pub fn highlight(&mut self, partnership: Id) {
        self.highlighted = Some(partnership);
        self.reveal = true;
    }

    /// Draws the board; moving a card to another stage pushes an edit of its partnership.
    pub fn ui(&mut self, ui: &mut Ui, doc: &crate::model::Document, actions: &mut Vec<Action>) {
        let memory = ui.make_persistent_id("board_columns");
        let mut columns: Columns = ui.data_mut(|d| d.remove_temp(memory)).unwrap_or_default();
        columns.refresh(doc);
        let body_height = body_height(ui);
        let card_height = body_height + egui::Frame::group(ui.style()).total_margin().sum().y;
        egui::ScrollArea::horizontal().id_salt("board").show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (stage, cards) in doc.vocabularies.stages.iter().zip(&columns.cards) {
                    ui.vertical(|ui| {
                        ui.set_width(theme::CARD_WIDTH);
                        ui.strong(tr!("board-column", stage = &stage.label, count = cards.len()));
                        ui.separator();
                        let mut column = egui::ScrollArea::vertical()
                            .id_salt(("board_column", &stage.key))
                            .auto_shrink([false, false]);
                        let at = self
                            .highlighted
                            .filter(|_| self.reveal)
                            .and_then(|id| cards.iter().position(|c| c.partnership.id == id));
                        if let Some(index) = at {
                            let step = card_height + ui.spacing().item_spacing.y;
                            column = column.vertical_scroll_offset(offset_of(index, step));
                        }
                        column.show_rows(ui, card_height, cards.len(), |ui, rows| {
                            for card in cards.get(rows).unwrap_or_default() {
                                let marked = self.highlighted == Some(card.partnership.id);
                                card_ui(ui, card, body_height, marked, &columns.options, actions);
                            }
                        });
                    });
                }
            });
        });
        ui.data_mut(|d| d.insert_temp(memory, columns));
        self.reveal = false;
    }
}

/// Where card `index` starts in its column.
#[expect(clippy::cast_precision_loss, reason = "card counts are far below 2^23")]
fn offset_of(index: usize, step: f32) -> f32 {
    index as f32 * step
}

/// Cards all have the same height, which is what lets a column skip the cards
/// out of view: room for a title of two lines, the lead, the badges and the stage.
fn body_height(ui: &Ui) -> f32 {
    let text = ui.text_style_height(&TextStyle::Body);
    let small = ui.text_style_height(&TextStyle::Small);
    3.0 * text + small + ui.spacing().interact_size.y + 4.0 * ui.spacing().item_spacing.y
}

fn card_ui(
    ui: &mut Ui,
    card: &Card,
    height: f32,
    marked: bool,
    options: &[(String, String)],
    actions: &mut Vec<Action>,
) {
    let partnership = &card.partnership;
    let mut frame = egui::Frame::group(ui.style());
    if marked {
        frame = frame.stroke(egui::Stroke::new(2.0, theme::OK));
    }
    frame.show(ui, |ui| {
        ui.set_width(theme::CARD_WIDTH - egui::Frame::group(ui.style()).total_margin().sum().x);
        ui.set_height(height);
        // A short title keeps the room of two lines, so every card lines up.
        let two_lines = 2.0 * ui.text_style_height(&TextStyle::Body);
        ui.scope(|ui| {
            ui.set_min_height(two_lines);
            title(ui, &card.title, &partnership.title);
        });
        widgets::truncated_styled(ui, &card.lead, egui::RichText::weak);
        gaps_ui(ui, &card.gaps);
        let mut stage_key = partnership.stage.clone();
        ui.push_id(partnership.id, |ui| stage_choice(ui, &mut stage_key, options));
        if stage_key != partnership.stage {
            actions.push(Action::MovePartnership {
                id: partnership.id,
                stage: stage_key,
                before: None,
            });
        }
    });
}

/// What the commitment lacks, on one line of badges (the questions to ask
/// the room on hover), or that nothing is missing.
fn gaps_ui(ui: &mut Ui, gaps: &[(String, String)]) {
    let text = if gaps.is_empty() {
        tr!("board-card-complete")
    } else {
        let labels: Vec<&str> = gaps.iter().map(|(label, _)| label.as_str()).collect();
        tr!("board-card-gaps", gaps = labels.join(" · "))
    };
    let colour = if gaps.is_empty() {
        theme::OK
    } else {
        theme::WARNING
    };
    let response = widgets::truncated_styled(ui, &text, |rich| rich.small().color(colour));
    if !gaps.is_empty() {
        let questions: Vec<&str> = gaps.iter().map(|(_, question)| question.as_str()).collect();
        response.on_hover_text(questions.join("\n"));
    }
}

/// The title on at most two lines, cut with an ellipsis; the whole title shows
/// on hover when it is cut.
fn title(ui: &mut Ui, text: &str, logical: &str) {
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        ui.available_width(),
    );
    job.wrap.max_rows = 2;
    job.wrap.overflow_character = Some('…');
    let response = ui.add(egui::Label::new(job).wrap());
    if crate::bidi::has_rtl(logical) {
        let enabled = ui.is_enabled();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, enabled, logical));
    }
}

/// A drop-down that fits a card; its accessible name is "Stage".
fn stage_choice(ui: &mut Ui, value: &mut String, options: &[(String, String)]) {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("board-stage"));
        let selected = options
            .iter()
            .find(|(key, _)| key == value)
            .map_or_else(|| value.clone(), |(_, text)| text.clone());
        egui::ComboBox::from_id_salt("stage")
            .selected_text(selected)
            .width(ui.available_width())
            .show_ui(ui, |ui| {
                for (key, text) in options {
                    ui.selectable_value(value, key.clone(), text);
                }
            })
            .response
            .labelled_by(label.id);
    });
}
