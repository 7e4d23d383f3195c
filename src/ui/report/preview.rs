//! The report as the tab shows it: each main section folds, its parts are
//! headings inside it. Long tables and lists show their beginning only; the
//! exported file holds them whole.

use egui::{Response, RichText, Role, Ui, WidgetInfo};

use crate::bidi;
use crate::model::report::{Block, Fact, Line, NameCard, Report, Section, Table};
use crate::tr;
use crate::ui::widgets;

/// Rows of a table, items of a list and name cards shown before the rest is
/// left to the exported file: a big meeting's tables run to thousands of rows.
const SHOWN_ROWS: usize = 50;

/// A report with more sections than this opens with its main sections folded.
const OPEN_UP_TO: usize = 40;

/// What tells a block from the others of the report: its section and place.
type Salt<'a> = (&'a str, usize);

/// How text of one report is drawn.
#[derive(Clone, Copy)]
struct Look {
    /// The report is written right to left (in Arabic).
    rtl: bool,
}

pub(super) fn ui(ui: &mut Ui, report: &Report) {
    let look = Look {
        rtl: report.language.is_right_to_left(),
    };
    widgets::heading(ui, &report.title.plain());
    facts(ui, look, ("report_heading", 0), &report.heading);
    ui.add_space(6.0);
    if report.sections.is_empty() {
        widgets::weak(ui, &tr!("report-window-empty"));
        return;
    }
    let open = report.sections.len() <= OPEN_UP_TO;
    let mut rest = report.sections.as_slice();
    while let Some((first, tail)) = rest.split_first() {
        let count = tail.iter().take_while(|s| s.level > 1).count();
        let (parts, after) = tail.split_at_checked(count).unwrap_or((tail, &[]));
        if first.level <= 1 {
            main_section(ui, look, first, parts, open);
        } else {
            // Parts before any main section (a report may open with them).
            for section in std::iter::once(first).chain(parts) {
                part(ui, look, section);
            }
        }
        rest = after;
    }
}

/// A main section and its parts, folding.
fn main_section(ui: &mut Ui, look: Look, section: &Section, parts: &[Section], open: bool) {
    let text = section.heading.plain();
    let enabled = ui.is_enabled();
    let response = egui::CollapsingHeader::new(RichText::new(bidi::visual(&text)).heading())
        .id_salt(("report_section", &section.anchor))
        .default_open(open)
        .show(ui, |ui| {
            blocks(ui, look, section);
            for section in parts {
                part(ui, look, section);
            }
        });
    if bidi::has_rtl(&text) {
        response
            .header_response
            .widget_info(|| WidgetInfo::labeled(Role::DisclosureTriangle, enabled, &text));
    }
}

/// A part of a main section: its heading, smaller by level, and its blocks.
fn part(ui: &mut Ui, look: Look, section: &Section) {
    ui.add_space(4.0);
    let text = section.heading.plain();
    let size = if section.level <= 2 { 17.0 } else { 15.0 };
    widgets::styled(ui, &text, |rich| rich.strong().size(size));
    blocks(ui, look, section);
}

fn blocks(ui: &mut Ui, look: Look, section: &Section) {
    for (index, block) in section.blocks.iter().enumerate() {
        let salt = (section.anchor.as_str(), index);
        match block {
            Block::Paragraph(line) => {
                text(ui, look, line);
            }
            Block::Facts(list) => facts(ui, look, salt, list),
            Block::List(items) => list(ui, look, items, false),
            Block::Numbered(items) => list(ui, look, items, true),
            Block::Table(table) => grid(ui, look, salt, table),
            Block::Cards(cards) => name_cards(ui, cards),
        }
        ui.add_space(4.0);
    }
}

/// A line of running text: wrapped, and in an English report read left to
/// right even when it quotes an Arabic name first.
fn text(ui: &mut Ui, look: Look, line: &Line) -> Response {
    let plain = line.plain();
    if !look.rtl && has_report_words(line) {
        widgets::sentence(ui, &plain)
    } else {
        widgets::paragraph(ui, &plain)
    }
}

/// A line in a cell: as [`text`], without taking the whole width.
fn cell(ui: &mut Ui, look: Look, line: &Line) -> Response {
    let plain = line.plain();
    if !look.rtl && has_report_words(line) {
        widgets::sentence(ui, &plain)
    } else {
        widgets::label(ui, &plain)
    }
}

/// Whether the report's own words are in `line` (which set its direction).
fn has_report_words(line: &Line) -> bool {
    line.0
        .iter()
        .any(|span| !span.user && span.text.chars().any(char::is_alphabetic))
}

fn facts(ui: &mut Ui, look: Look, salt: Salt<'_>, list: &[Fact]) {
    if list.is_empty() {
        return;
    }
    egui::Grid::new(("report_facts", salt))
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for fact in list {
                widgets::styled(ui, &fact.label, RichText::strong);
                cell(ui, look, &fact.value);
                ui.end_row();
            }
        });
}

/// A list with bullets, or with numbers when `numbered` is set.
fn list(ui: &mut Ui, look: Look, items: &[Line], numbered: bool) {
    for (index, item) in items.iter().take(SHOWN_ROWS).enumerate() {
        ui.horizontal_top(|ui| {
            let mark = if numbered {
                format!("{}.", index + 1)
            } else {
                "•".to_owned()
            };
            crate::ui::widgets::label(ui, &mark);
            ui.vertical(|ui| text(ui, look, item));
        });
    }
    more(ui, items.len());
}

fn grid(ui: &mut Ui, look: Look, salt: Salt<'_>, table: &Table) {
    egui::ScrollArea::horizontal()
        .id_salt(("report_table_scroll", salt))
        .show(ui, |ui| {
            egui::Grid::new(("report_table", salt))
                .num_columns(table.columns.len())
                .striped(true)
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    for column in &table.columns {
                        widgets::styled(ui, column, RichText::strong);
                    }
                    ui.end_row();
                    for row in table.rows.iter().take(SHOWN_ROWS) {
                        for (index, line) in row.iter().enumerate() {
                            if table.numeric.get(index).copied().unwrap_or(false) {
                                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                    cell(ui, look, line)
                                });
                            } else {
                                cell(ui, look, line);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    more(ui, table.rows.len());
}

fn name_cards(ui: &mut Ui, cards: &[NameCard]) {
    ui.horizontal_wrapped(|ui| {
        for card in cards.iter().take(SHOWN_ROWS) {
            ui.group(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(220.0);
                    widgets::styled(ui, &card.name_ar, |rich| rich.strong().size(17.0));
                    widgets::styled(ui, &card.name, RichText::strong);
                    widgets::label(ui, &card.organisation);
                    widgets::weak(ui, &card.country);
                });
            });
        }
    });
    more(ui, cards.len());
}

/// Says how many of `total` rows are left to the exported file.
fn more(ui: &mut Ui, total: usize) {
    if let Some(count) = total.checked_sub(SHOWN_ROWS).filter(|left| *left > 0) {
        widgets::weak(ui, &tr!("report-window-more-rows", count = count));
    }
}
