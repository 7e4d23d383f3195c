//! The report as Markdown, for version control and email. What people wrote
//! is escaped so that it reads as written and cannot make a heading, a list,
//! a link or a new table column; the report's own words are escaped the same
//! way, which changes nothing in how they read.

use std::fmt::Write as _;

use crate::model::report::{Block, Fact, Line, NameCard, Report, Table};

/// `report` as Markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    push_paragraph(&mut out, &format!("# {}", inline(&report.title)));
    facts(&mut out, &report.heading);
    for section in &report.sections {
        let hashes = "#".repeat(usize::from(section.level.clamp(1, 3)) + 1);
        push_paragraph(&mut out, &format!("{hashes} {}", inline(&section.heading)));
        for block in &section.blocks {
            match block {
                Block::Paragraph(line) => push_paragraph(&mut out, &inline(line)),
                Block::Facts(list) => facts(&mut out, list),
                Block::List(items) => {
                    let lines: Vec<String> = items.iter().map(|l| format!("- {}", inline(l))).collect();
                    push_paragraph(&mut out, &lines.join("\n"));
                }
                Block::Numbered(items) => {
                    let lines: Vec<String> = items
                        .iter()
                        .enumerate()
                        .map(|(i, l)| format!("{}. {}", i + 1, inline(l)))
                        .collect();
                    push_paragraph(&mut out, &lines.join("\n"));
                }
                Block::Table(table) => push_paragraph(&mut out, &pipe_table(table)),
                Block::Cards(cards) => {
                    let lines: Vec<String> = cards.iter().map(|c| format!("- {}", card(c))).collect();
                    push_paragraph(&mut out, &lines.join("\n"));
                }
            }
        }
    }
    out
}

fn push_paragraph(out: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(text);
    out.push('\n');
}

/// Each fact on its own paragraph, as "**label:** value".
fn facts(out: &mut String, list: &[Fact]) {
    for fact in list {
        let label = escape(&fact.label);
        push_paragraph(out, &format!("**{label}:** {}", inline(&fact.value)));
    }
}

fn pipe_table(table: &Table) -> String {
    let mut text = String::new();
    let header: Vec<String> = table.columns.iter().map(|c| cell(&escape(c))).collect();
    let _ = writeln!(text, "| {} |", header.join(" | "));
    let rule: Vec<&str> = (0..table.columns.len())
        .map(|i| {
            if table.numeric.get(i).copied().unwrap_or(false) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = write!(text, "| {} |", rule.join(" | "));
    for row in &table.rows {
        // A row has as many cells as the table has columns, whatever it was given.
        let cells: Vec<String> = (0..table.columns.len())
            .map(|i| row.get(i).map(|line| cell(&inline(line))).unwrap_or_default())
            .collect();
        let _ = write!(text, "\n| {} |", cells.join(" | "));
    }
    text
}

/// A table cell is never empty of text between its bars, so the row keeps its shape.
fn cell(text: &str) -> String {
    if text.is_empty() {
        " ".to_owned()
    } else {
        text.to_owned()
    }
}

fn card(card: &NameCard) -> String {
    let parts: Vec<String> = [&card.name, &card.name_ar, &card.organisation, &card.country]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| escape(t))
        .collect();
    let Some((name, rest)) = parts.split_first() else {
        return String::new();
    };
    if rest.is_empty() {
        format!("**{name}**")
    } else {
        format!("**{name}** · {}", rest.join(" · "))
    }
}

/// One line of the report as Markdown text on one line, safe wherever it is
/// put: at the start of a paragraph, in a heading, a list item or a table cell.
fn inline(line: &Line) -> String {
    let text: String = line.0.iter().map(|span| escape(&span.text)).collect();
    guard_start(text.trim_start())
}

/// Escapes every character Markdown could read as markup, and writes a line
/// break as `<br>` so that the text stays on one line of the file.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// Text that would start a list, a quote or a heading underline at the start
/// of a line gets its marker escaped.
fn guard_start(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c @ ('-' | '+' | '=')) => format!("\\{c}{}", chars.as_str()),
        Some(c) if c.is_ascii_digit() => {
            let digits = text.chars().take_while(char::is_ascii_digit).count();
            let (number, rest) = text.split_at(digits);
            match rest.chars().next() {
                Some(marker @ ('.' | ')')) => format!("{number}\\{marker}{}", &rest[1..]),
                _ => text.to_owned(),
            }
        }
        _ => text.to_owned(),
    }
}
