//! One card of the board: a fixed-size tile showing a partnership's title,
//! lead, partners, financing need and what its commitment lacks.

use egui::{Color32, Rect, Response, Sense, TextStyle, Ui, UiBuilder, vec2};

use super::columns::{CardView, Chip};
use crate::model::Partnership;
use crate::tr;
use crate::ui::{theme, widgets};

/// How a card is drawn besides its content.
#[derive(Clone, Copy, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "four independent ways a card is drawn"
)]
pub struct Flags {
    /// Open in the editor.
    pub selected: bool,
    /// Asked for from elsewhere, such as an item's record.
    pub marked: bool,
    /// Whether it can be dragged (not when the board shows the past).
    pub movable: bool,
    /// Being dragged: drawn faded where it was.
    pub dragged: bool,
}

/// The height of every card, frame included: room for a title of two lines,
/// the lead, the partners, the financing need and the badges. Cards all have
/// this height, which is what lets a column skip the cards out of view.
pub fn height(ui: &Ui) -> f32 {
    let text = ui.text_style_height(&TextStyle::Body);
    let small = ui.text_style_height(&TextStyle::Small);
    4.0 * text + 2.0 * small + 5.0 * ui.spacing().item_spacing.y + 2.0 * MARGIN
}

const MARGIN: f32 = 6.0;

/// The egui id of a partnership's card: the same in every column, so the
/// keyboard focus follows a card that moves.
pub fn id(partnership: &Partnership) -> egui::Id {
    egui::Id::unique(("board_card", partnership.id))
}

/// Draws a card; a click selects it, a drag moves it (see [`super::moves`]).
/// Its accessible name is its title and stage.
pub fn ui(ui: &mut Ui, view: &CardView, partnership: &Partnership, stage: &str, flags: Flags) -> Response {
    let (_, rect) = ui.allocate_space(vec2(theme::CARD_WIDTH, height(ui)));
    let sense = if flags.movable {
        Sense::click_and_drag()
    } else {
        Sense::click()
    };
    let response = ui.interact(rect, id(partnership), sense);
    let name = tr!("board-card-name", title = partnership.title.trim(), stage = stage);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    frame(ui, rect, &response, flags);
    let mut content = ui.new_child(UiBuilder::new().max_rect(rect.shrink(MARGIN)));
    content.style_mut().interaction.selectable_labels = false;
    if flags.dragged {
        content.multiply_opacity(0.4);
    }
    contents(&mut content, view, partnership);
    response
}

fn frame(ui: &Ui, rect: Rect, response: &Response, flags: Flags) {
    let visuals = ui.visuals();
    let mut stroke = visuals.widgets.noninteractive.bg_stroke;
    if response.hovered() && flags.movable {
        stroke = visuals.widgets.hovered.bg_stroke;
    }
    if flags.marked {
        stroke = egui::Stroke::new(2.0, theme::ok(ui));
    }
    if flags.selected || response.has_focus() {
        stroke = visuals.selection.stroke;
        stroke.width = stroke.width.max(2.0);
    }
    let fill = if flags.selected {
        visuals.faint_bg_color
    } else {
        visuals.panel_fill
    };
    ui.painter().rect(
        rect,
        visuals.widgets.noninteractive.corner_radius,
        fill,
        stroke,
        egui::StrokeKind::Inside,
    );
}

fn contents(ui: &mut Ui, view: &CardView, partnership: &Partnership) {
    // A short title keeps the room of two lines, so every card lines up.
    let two_lines = 2.0 * ui.text_style_height(&TextStyle::Body);
    ui.scope(|ui| {
        ui.set_min_height(two_lines);
        title(ui, &view.title, &partnership.title);
    });
    widgets::truncated_styled(ui, &view.lead, egui::RichText::weak);
    chips_ui(ui, &view.chips);
    widgets::truncated_styled(ui, &view.need, egui::RichText::small);
    gaps_ui(ui, &view.gaps);
}

/// The partners as small chips coloured by stakeholder type, as many as fit
/// on one line and then how many more there are.
fn chips_ui(ui: &mut Ui, chips: &[Chip]) {
    let height = ui.text_style_height(&TextStyle::Small) + 2.0;
    let (_, row) = ui.allocate_space(vec2(ui.available_width(), height));
    let font = TextStyle::Small.resolve(ui.style());
    let painter = ui.painter_at(row);
    let mut x = row.left();
    let names: Vec<&str> = chips.iter().map(|c| c.name.as_str()).collect();
    for (i, chip) in chips.iter().enumerate() {
        let galley = crate::ui::galleys::no_wrap(
            ui.ctx(),
            crate::bidi::visual(&chip.name).into_owned(),
            font.clone(),
            Color32::BLACK,
        );
        let width = galley.size().x + 8.0;
        // Room for "+2" after this chip when more follow.
        let reserve = if i + 1 < chips.len() { 28.0 } else { 0.0 };
        if i > 0 && x + width + reserve > row.right() {
            painter.text(
                egui::pos2(x, row.center().y),
                egui::Align2::LEFT_CENTER,
                tr!("board-card-more-partners", count = chips.len() - i),
                font.clone(),
                ui.visuals().weak_text_color(),
            );
            break;
        }
        let chip_rect = Rect::from_min_size(egui::pos2(x, row.top()), vec2(width, height));
        painter.rect_filled(chip_rect, 4.0, theme::stakeholder_colour(&chip.kind));
        painter.galley(chip_rect.left_top() + vec2(4.0, 1.0), galley, Color32::BLACK);
        x += width + 3.0;
    }
    if !chips.is_empty() {
        // The chips are painted: their names reach screen readers and tests here.
        let text = names.join(", ");
        let response = ui.interact(row, ui.scope_id().with("partners"), Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Label, true, tr!("board-card-partners", names = &text))
        });
    }
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
        theme::ok(ui)
    } else {
        theme::warning(ui)
    };
    let response = widgets::truncated_styled(ui, &text, |rich| rich.small().color(colour));
    if !gaps.is_empty() {
        // One question a line, each in reading order.
        let questions: Vec<String> = gaps
            .iter()
            .map(|(_, question)| crate::bidi::visual(question).into_owned())
            .collect();
        response.on_hover_text(questions.join("\n"));
    }
}

/// The title on at most two lines, cut with an ellipsis.
fn title(ui: &mut Ui, text: &str, logical: &str) {
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        ui.available_width(),
    );
    job.wrap.max_rows = 2;
    job.wrap.overflow_character = Some('…');
    let shown = crate::ui::galleys::label_text(ui, job, Some(egui::TextWrapMode::Wrap));
    let response = ui.add(egui::Label::new(shown));
    if crate::bidi::has_rtl(logical) {
        let enabled = ui.is_enabled();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, enabled, logical));
    }
}
