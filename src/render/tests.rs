//! Both formats written from hand-made reports: what people wrote is
//! escaped and keeps its own direction, Arabic stays as it was typed, and
//! the HTML is one file that needs nothing else to open or print.

use crate::i18n::Language;
use crate::model::report::{Block, Fact, Line, NameCard, Report, Section, Table, mark};

use super::{html, markdown};

const ARABIC: &str = "الشراكة الرقمية للمنطقة العربية — صندوق تنمية";
const HOSTILE: &str = "<script>alert(1)</script>";

fn report(language: Language) -> Report {
    let mut table = Table::new(vec!["Partnership".into(), "Budget".into()]).numbers(&[1]);
    table
        .rows
        .push(vec![Line::user("Tele|centres | phase 2"), Line::fixed("1,000")]);
    table.rows.push(vec![Line::user(ARABIC), Line::fixed("250")]);
    table.rows.push(vec![Line::user("two\nlines"), Line::fixed("3")]);
    Report {
        language,
        title: Line::message(&format!("Working report: {}", mark(0)), &[ARABIC]),
        heading: vec![Fact::new("Venue", Line::user("UN House, Beirut"))],
        sections: vec![
            Section::new("facts", Line::fixed("Meeting facts"), 1)
                .with(Block::Paragraph(Line::user(HOSTILE)))
                .with(Block::Facts(vec![Fact::new("Organiser", Line::user("ESCWA"))])),
            Section::new("item-1", Line::user("# Not a heading"), 2)
                .with(Block::List(vec![
                    Line::user("- not a list"),
                    Line::user("1. not numbered"),
                ]))
                .with(Block::Numbered(vec![Line::user("*bold?*"), Line::user(ARABIC)]))
                .with(Block::Table(table)),
            Section::new("cards", Line::fixed("Name cards"), 1).with(Block::Cards(vec![
                NameCard {
                    name: "Nibal Idlebi".into(),
                    name_ar: "نبال إدلبي".into(),
                    organisation: "ESCWA".into(),
                    country: "LB".into(),
                },
                NameCard {
                    name: "A <b>".into(),
                    name_ar: String::new(),
                    organisation: String::new(),
                    country: String::new(),
                },
            ])),
        ],
    }
}

/// Every user span of `report`, in order.
fn user_texts(report: &Report) -> Vec<String> {
    let mut lines: Vec<&Line> = vec![&report.title];
    lines.extend(report.heading.iter().map(|f| &f.value));
    for section in &report.sections {
        lines.push(&section.heading);
        for block in &section.blocks {
            match block {
                Block::Paragraph(line) => lines.push(line),
                Block::Facts(facts) => lines.extend(facts.iter().map(|f| &f.value)),
                Block::List(items) | Block::Numbered(items) => lines.extend(items),
                Block::Table(table) => lines.extend(table.rows.iter().flatten()),
                Block::Cards(_) => {}
            }
        }
    }
    lines
        .into_iter()
        .flat_map(|l| l.0.iter())
        .filter(|s| s.user)
        .map(|s| s.text.clone())
        .collect()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let page = html(&report(Language::English)).unwrap();
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(!page.to_lowercase().contains("<script"));
    assert!(page.contains("A &lt;b&gt;"));
    assert!(!page.contains("<b>"));
    assert!(super::html::escape("a\"b'c&d") == "a&quot;b&#39;c&amp;d");
}

#[test]
fn html_is_self_contained() {
    let page = html(&report(Language::Arabic)).unwrap();
    let lower = page.to_lowercase();
    for forbidden in ["http://", "https://", "<script", "<link", "@import", "url("] {
        assert!(!lower.contains(forbidden), "found {forbidden}");
    }
    assert!(lower.contains("<style>"));
    assert!(page.contains("Noto Naskh Arabic"));
}

#[test]
fn html_lang_and_dir_follow_the_report_language() {
    let english = html(&report(Language::English)).unwrap();
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#));
    let arabic = html(&report(Language::Arabic)).unwrap();
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
}

#[test]
fn every_user_span_sits_in_a_dir_auto_element() {
    let sample = report(Language::English);
    let page = html(&sample).unwrap();
    let texts = user_texts(&sample);
    assert!(texts.len() > 10);
    for text in texts {
        let escaped = escape_html(&text);
        let wrapped = format!(r#"<bdi dir="auto">{escaped}</bdi>"#);
        assert!(page.contains(&wrapped), "not wrapped: {text}");
        // No copy of the text outside a wrapper, except the browser tab's title.
        let outside = page.matches(&escaped).count() - page.matches(&wrapped).count();
        let in_title = usize::from(sample.title.plain().contains(&text));
        assert!(outside <= in_title, "{text} written outside dir=auto");
    }
}

#[test]
fn arabic_is_kept_byte_for_byte() {
    let sample = report(Language::Arabic);
    assert!(html(&sample).unwrap().contains(ARABIC));
    assert!(markdown(&sample).contains(ARABIC));
    assert!(html(&sample).unwrap().contains("نبال إدلبي"));
    assert!(markdown(&sample).contains("نبال إدلبي"));
}

#[test]
fn print_styles_are_present() {
    let page = html(&report(Language::English)).unwrap();
    assert!(page.contains("@page"));
    assert!(page.contains("break-before: page"));
    assert!(page.contains("thead { display: table-header-group; }"));
    assert!(page.contains("tr { break-inside: avoid"));
    assert!(page.contains("@top-center { content: \"Working report\\3a  "));
    // The first section follows the title on its page; later main sections start a new one.
    assert!(page.contains(r#"<section id="facts" class="level-1">"#));
    assert!(page.contains(r#"<section id="cards" class="level-1 page-break">"#));
    assert!(page.contains(r#"<td class="num">1,000</td>"#));
    assert!(page.contains(r#"<th class="num">Budget</th>"#));
    assert_eq!(page.matches(r#"<div class="card">"#).count(), 2);
    assert_eq!(page.matches(r#"<div class="fold">"#).count(), 2);
}

#[test]
fn the_running_header_cannot_end_its_style() {
    let mut hostile = report(Language::English);
    hostile.title = Line::user("\"; } </style><script>alert(1)</script>");
    let page = html(&hostile).unwrap();
    assert_eq!(page.matches("</style>").count(), 1);
    assert!(!page.to_lowercase().contains("<script"));
    assert!(page.contains(r#"content: "\22 \3b  \7d  \3c \2f style\3e \3c script\3e alert\28 1\29 "#));
}

#[test]
fn html_headings_follow_levels() {
    let page = html(&report(Language::English)).unwrap();
    assert_eq!(page.matches("<h1").count(), 1);
    assert!(page.contains("<h2>Meeting facts</h2>"));
    assert!(page.contains(r#"<h3><bdi dir="auto"># Not a heading</bdi></h3>"#));
}

/// The cells of a GitHub pipe-table row, as a reader of the table splits them.
fn cells(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '|' {
            count += 1;
        }
    }
    count - 1
}

#[test]
fn markdown_tables_keep_their_columns() {
    let text = markdown(&report(Language::English));
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(rows.len(), 5, "{text}");
    for row in &rows {
        assert_eq!(cells(row), 2, "{row}");
    }
    assert_eq!(rows[1], "| --- | ---: |");
    assert!(rows[2].contains(r"Tele\|centres \| phase 2"));
    assert!(rows[4].contains("two<br>lines"));
}

#[test]
fn markdown_user_text_makes_no_structure() {
    let text = markdown(&report(Language::English));
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            format!("# Working report: {ARABIC}").as_str(),
            "## Meeting facts",
            r"### \# Not a heading",
            "## Name cards",
        ]
    );
    assert!(text.contains(r"\<script\>alert(1)\</script\>"));
    assert!(text.contains(r"- \- not a list"));
    assert!(text.contains(r"- 1\. not numbered"));
    assert!(text.contains(r"1. \*bold?\*"));
    assert!(text.contains("**Venue:** UN House, Beirut"));
    assert!(text.contains("**Nibal Idlebi** · نبال إدلبي · ESCWA · LB"));
    assert!(text.contains(r"**A \<b\>**"));
}
