//! The report as one HTML file that opens and prints anywhere: its styles are
//! inside it, and it loads nothing from the network. The template escapes
//! every text it writes, so what people wrote can never become markup.

use std::borrow::Borrow;
use std::fmt::Write as _;

use askama::Template;

use crate::model::report::{Block, Line, Report, Section, Table};

/// The page the template draws.
#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    report: &'a Report,
    lang: &'static str,
    dir: &'static str,
    /// The title without its marks, for the browser's tab.
    plain_title: String,
    /// The title as a CSS string, for the running header printed at the top
    /// of every page.
    running_title: String,
    sections: Vec<SectionView<'a>>,
}

/// A section and the heading element it is written with: the report's title
/// is the one `h1`, so a section of level 1 is an `h2`.
struct SectionView<'a> {
    anchor: &'a str,
    level: u8,
    tag: u8,
    page_break: bool,
    heading: &'a Line,
    blocks: &'a [Block],
}

impl<'a> SectionView<'a> {
    /// The first section follows the title on its page.
    fn new(section: &'a Section, first: bool) -> Self {
        let level = section.level.clamp(1, 3);
        Self {
            anchor: &section.anchor,
            level,
            tag: level + 1,
            page_break: section.page_break && !first,
            heading: &section.heading,
            blocks: &section.blocks,
        }
    }
}

/// Whether a column of a table holds numbers, which are aligned to the end.
trait Numeric {
    /// The template hands the column's index by reference.
    fn is_number(&self, column: impl Borrow<usize>) -> bool;
}

impl Numeric for Table {
    fn is_number(&self, column: impl Borrow<usize>) -> bool {
        self.numeric.get(*column.borrow()).copied().unwrap_or(false)
    }
}

/// The filter every text of the template goes through. Askama would escape
/// it anyway (with numeric references); this one writes the named references
/// people recognise when they read the file's source.
#[expect(
    clippy::inline_always,
    clippy::unused_self,
    clippy::unnecessary_wraps,
    reason = "the filter's shape is the one askama's filter macro expects and expands"
)]
pub(super) mod filters {
    use askama::filters::Safe;

    #[askama::filter_fn]
    pub fn text<T: std::fmt::Display>(value: T, _: &dyn askama::Values) -> askama::Result<Safe<String>> {
        Ok(Safe(super::escape(&value.to_string())))
    }
}

/// `text` with every character that means something in HTML, in text or in
/// an attribute, written as a reference.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` as a quoted CSS string: every character but letters, digits and
/// spaces written as its code point, so that no text can end the string or
/// the style element it sits in.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

/// `report` as one self-contained HTML file, or why it could not be written.
pub fn html(report: &Report) -> Result<String, String> {
    let page = Page {
        report,
        lang: report.language.code(),
        dir: if report.language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        },
        plain_title: report.title.plain(),
        running_title: css_string(&report.title.plain()),
        sections: report
            .sections
            .iter()
            .enumerate()
            .map(|(index, section)| SectionView::new(section, index == 0))
            .collect(),
    };
    page.render()
        .map_err(|e| crate::tr!("report-render-failed", reason = e.to_string()))
}
