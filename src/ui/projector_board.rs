//! The partnership board for the room's screen: one column per stage (the
//! dropped ones left out) with its count, each card only a large title and
//! its partners' short names. It has no controls and no filters: the room sees
//! the board as it is now.
//!
//! Only the cards in view are drawn, and their texts are worked out once per
//! change of the partnerships, the organisations or the stages, so a meeting
//! with a thousand partnerships costs no more per frame than a small one.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{FontId, Rect, ScrollArea, Ui, UiBuilder, vec2};

use super::widgets;
use crate::bidi;
use crate::model::audience::{self, Audience};
use crate::model::board::DROPPED;
use crate::model::{Document, Id, Organisation, Partnership, Term};
use crate::tr;

/// Rows of a card's title; a longer title ends with an ellipsis.
const TITLE_ROWS: usize = 3;
/// Rows of a card's partners.
const PARTNER_ROWS: usize = 2;
/// The width of a column at which the type has its base size; wider columns
/// (a projector at full screen) get larger type, up to twice as large.
const BASE_COLUMN_WIDTH: f32 = 220.0;
/// Space inside a card around its text.
const CARD_MARGIN: f32 = 8.0;

/// Draws the board: a heading, then one column per stage.
pub fn ui(ui: &mut Ui, doc: &Document) {
    let texts = texts(ui, doc);
    ui.vertical_centered(|ui| {
        widgets::styled(ui, &tr!("projector-board-heading"), |t| t.size(36.0).strong());
    });
    ui.add_space(8.0);
    if texts.columns.is_empty() {
        return;
    }
    ui.columns(texts.columns.len(), |uis| {
        let width = uis.first().map_or(BASE_COLUMN_WIDTH, Ui::available_width);
        let sizes = Sizes::for_width(width);
        for (index, (ui, column)) in uis.iter_mut().zip(&texts.columns).enumerate() {
            column_ui(ui, index, column, &sizes);
        }
    });
}

/// The type sizes of the board, and the height of a card they give.
struct Sizes {
    heading: f32,
    title: FontId,
    partners: FontId,
}

impl Sizes {
    fn for_width(width: f32) -> Self {
        let scale = (width / BASE_COLUMN_WIDTH).clamp(0.8, 2.0);
        Self {
            heading: 28.0 * scale,
            title: FontId::proportional(24.0 * scale),
            partners: FontId::proportional(18.0 * scale),
        }
    }
}

fn column_ui(ui: &mut Ui, index: usize, column: &Column, sizes: &Sizes) {
    // Every heading keeps the room of two lines, so the cards of all columns
    // start at the same height, and is not justified to the column's width.
    let heading_font = FontId::proportional(sizes.heading);
    let heading_height = 2.0 * ui.fonts_mut(|f| f.row_height(&heading_font));
    let size = vec2(ui.available_width(), heading_height);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_height(heading_height);
        widgets::styled(ui, &column.heading, |t| t.size(sizes.heading).strong());
    });
    ui.add_space(4.0);
    let title_row = ui.fonts_mut(|f| f.row_height(&sizes.title));
    let partners_row = ui.fonts_mut(|f| f.row_height(&sizes.partners));
    let rows = |n: usize, height: f32| height * f32::from(u8::try_from(n).unwrap_or(u8::MAX));
    let title_height = rows(TITLE_ROWS, title_row);
    let partners_height = rows(PARTNER_ROWS, partners_row);
    let card_height = 2.0 * CARD_MARGIN + title_height + 4.0 + partners_height;
    // The audience cannot scroll; the facilitator can, with the wheel, and no
    // scroll bar is drawn for the room.
    ScrollArea::vertical()
        .id_salt(("projector_board_column", index))
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show_rows(ui, card_height, column.cards.len(), |ui, range| {
            for card in column.cards.get(range).unwrap_or_default() {
                let (rect, _) =
                    ui.allocate_exact_size(vec2(ui.available_width(), card_height), egui::Sense::hover());
                if !ui.is_rect_visible(rect) {
                    continue;
                }
                let visuals = ui.visuals();
                let (fill, stroke) = (visuals.faint_bg_color, visuals.widgets.noninteractive.bg_stroke);
                let (title_colour, partners_colour) = (visuals.strong_text_color(), visuals.text_color());
                ui.painter()
                    .rect(rect, 6.0, fill, stroke, egui::StrokeKind::Inside);
                let inner = rect.shrink(CARD_MARGIN);
                let title = Rect::from_min_size(inner.min, vec2(inner.width(), title_height));
                let partners = Rect::from_min_size(
                    inner.left_bottom() - vec2(0.0, partners_height),
                    vec2(inner.width(), partners_height),
                );
                let title_text = Text {
                    font: &sizes.title,
                    colour: title_colour,
                    rows: TITLE_ROWS,
                };
                title_text.ui(ui, title, &card.title);
                let partners_text = Text {
                    font: &sizes.partners,
                    colour: partners_colour,
                    rows: PARTNER_ROWS,
                };
                partners_text.ui(ui, partners, &card.partners);
            }
        });
}

/// How a text of a card is drawn.
struct Text<'a> {
    font: &'a FontId,
    colour: egui::Color32,
    /// Rows shown at most.
    rows: usize,
}

impl Text<'_> {
    /// Draws `text` wrapped in `rect`, which is `rows` rows high. Text read
    /// left to right ends with an ellipsis when it has more rows; text with
    /// Arabic is wrapped and put in visual order row by row (see
    /// [`widgets::paragraph_styled`]), and rows beyond `rect` are not shown.
    fn ui(&self, ui: &mut Ui, rect: Rect, text: &str) {
        if text.is_empty() {
            return;
        }
        let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
        child.shrink_clip_rect(rect);
        if bidi::has_rtl(text) {
            widgets::paragraph_styled(&mut child, text, self.font, Some(self.colour));
            return;
        }
        let mut job =
            egui::text::LayoutJob::simple(text.to_owned(), self.font.clone(), self.colour, rect.width());
        job.wrap.max_rows = self.rows;
        let galley = child.fonts_mut(|f| f.layout_job(job));
        child.add(egui::Label::new(galley).selectable(false));
    }
}

/// What the board shows, worked out from what it was made of.
#[derive(Default)]
struct Texts {
    /// Records are shared and an edit replaces the record it changes, so
    /// comparing pointers tells whether anything changed; holding them keeps
    /// an address from being reused by another record while it is cached.
    partnerships: Vec<Arc<Partnership>>,
    organisations: Vec<Arc<Organisation>>,
    stages: Vec<Term>,
    columns: Vec<Column>,
}

/// A stage's column: its heading with the count, and its cards in document order.
struct Column {
    heading: String,
    cards: Vec<Card>,
}

/// A card as the room sees it.
struct Card {
    /// The title, in logical order.
    title: String,
    /// The partners' short names, joined.
    partners: String,
}

/// The texts of the board, from egui's memory while the document's
/// partnerships, organisations and stages stay the same.
fn texts(ui: &Ui, doc: &Document) -> Arc<Texts> {
    let id = egui::Id::unique("projector_board_texts");
    if let Some(texts) = ui.data(|d| d.get_temp::<Arc<Texts>>(id))
        && texts.is_of(doc)
    {
        return texts;
    }
    let texts = Arc::new(Texts::of(doc));
    ui.data_mut(|d| d.insert_temp(id, Arc::clone(&texts)));
    texts
}

impl Texts {
    fn is_of(&self, doc: &Document) -> bool {
        same(&self.partnerships, &doc.partnerships)
            && same(&self.organisations, &doc.organisations)
            && self.stages == doc.vocabularies.stages
    }

    fn of(doc: &Document) -> Self {
        let mut column_of: HashMap<&str, usize> = HashMap::new();
        let mut stages: Vec<&Term> = Vec::new();
        for stage in doc.vocabularies.stages.iter().filter(|s| s.key != DROPPED) {
            column_of.entry(stage.key.as_str()).or_insert_with(|| {
                stages.push(stage);
                stages.len() - 1
            });
        }
        let organisations: HashMap<Id, &Organisation> =
            doc.organisations.iter().map(|o| (o.id, &**o)).collect();
        let mut cards: Vec<Vec<Card>> = stages.iter().map(|_| Vec::new()).collect();
        // The room sees only what is public (see [`Audience::Public`]).
        let shown = doc
            .partnerships
            .iter()
            .filter(|p| audience::visible(Audience::Public, p.confidentiality));
        for partnership in shown {
            let column = column_of.get(partnership.stage.as_str());
            if let Some(list) = column.and_then(|&c| cards.get_mut(c)) {
                list.push(card(partnership, &organisations));
            }
        }
        let columns = stages
            .into_iter()
            .zip(cards)
            .map(|(stage, cards)| Column {
                heading: tr!(
                    "projector-board-column",
                    stage = &stage.label,
                    count = cards.len()
                ),
                cards,
            })
            .collect();
        Self {
            partnerships: doc.partnerships.clone(),
            organisations: doc.organisations.clone(),
            stages: doc.vocabularies.stages.clone(),
            columns,
        }
    }
}

fn card(partnership: &Partnership, organisations: &HashMap<Id, &Organisation>) -> Card {
    let title = if partnership.title.trim().is_empty() {
        partnership.title_ar.trim()
    } else {
        partnership.title.trim()
    };
    let mut seen: Vec<Id> = Vec::with_capacity(partnership.partners.len());
    let mut names: Vec<String> = Vec::with_capacity(partnership.partners.len());
    for role in &partnership.partners {
        if seen.contains(&role.organisation) {
            continue;
        }
        seen.push(role.organisation);
        names.push(
            organisations
                .get(&role.organisation)
                .map_or_else(crate::model::unknown_organisation, |o| short_name(o)),
        );
    }
    Card {
        title: title.to_owned(),
        partners: names.join(", "),
    }
}

/// The acronym, or the name when there is none.
fn short_name(org: &Organisation) -> String {
    let acronym = org.acronym.trim();
    if acronym.is_empty() {
        org.name.trim().to_owned()
    } else {
        acronym.to_owned()
    }
}

fn same<T>(cached: &[Arc<T>], current: &[Arc<T>]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| Arc::ptr_eq(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, apply};
    use crate::model::{Confidentiality, PartnerRole};

    fn organisation(name: &str, acronym: &str) -> Organisation {
        Organisation {
            name: name.to_owned(),
            acronym: acronym.to_owned(),
            ..Organisation::default()
        }
    }

    fn partnership(title: &str, stage: &str, partners: &[Id]) -> Partnership {
        Partnership {
            title: title.to_owned(),
            stage: stage.to_owned(),
            partners: partners
                .iter()
                .map(|&organisation| PartnerRole {
                    organisation,
                    ..PartnerRole::default()
                })
                .collect(),
            ..Partnership::default()
        }
    }

    fn headings(texts: &Texts) -> Vec<&str> {
        texts.columns.iter().map(|c| c.heading.as_str()).collect()
    }

    #[test]
    fn columns_by_stage_without_the_dropped_or_the_confidential() {
        let mut doc = Document::new_meeting();
        let escwa = organisation("Economic and Social Commission for Western Asia", "ESCWA");
        let berytech = organisation("Berytech", " ");
        let (e, b) = (escwa.id, berytech.id);
        apply(&mut doc, Action::UpsertOrganisation(escwa));
        apply(&mut doc, Action::UpsertOrganisation(berytech));
        let incubators = partnership("Incubator network", "idea", &[e, b, e, Id::new()]);
        apply(&mut doc, Action::UpsertPartnership(incubators.clone()));
        apply(
            &mut doc,
            Action::UpsertPartnership(partnership("Gone", DROPPED, &[])),
        );
        apply(
            &mut doc,
            Action::UpsertPartnership(partnership("Lost", "nowhere", &[])),
        );
        apply(
            &mut doc,
            Action::UpsertPartnership(Partnership {
                confidentiality: Confidentiality::Organisers,
                ..partnership("Negotiating", "idea", &[])
            }),
        );

        let texts = Texts::of(&doc);
        let stages = doc
            .vocabularies
            .stages
            .iter()
            .filter(|s| s.key != DROPPED)
            .count();
        assert_eq!(texts.columns.len(), stages);
        assert!(headings(&texts).iter().all(|h| !h.starts_with("Dropped")));
        assert_eq!(headings(&texts)[0], "Idea (1)");
        let card = &texts.columns[0].cards[0];
        assert_eq!(card.title, "Incubator network");
        assert_eq!(card.partners, "ESCWA, Berytech, (unknown organisation)");
        assert_eq!(texts.columns.iter().map(|c| c.cards.len()).sum::<usize>(), 1);

        assert!(texts.is_of(&doc));
        apply(
            &mut doc,
            Action::UpsertPartnership(Partnership {
                stage: "exploring".to_owned(),
                ..incubators
            }),
        );
        assert!(!texts.is_of(&doc), "an edit replaces the partnership's record");
        let texts = Texts::of(&doc);
        assert_eq!(headings(&texts)[..2], ["Idea (0)", "Exploring (1)"]);
    }
}
