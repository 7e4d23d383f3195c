//! The network view as one self-contained SVG file: no scripts, no links to
//! other files, every name people wrote kept as text. Arabic names are laid
//! out right to left by the reader's own bidi algorithm.

use std::collections::HashMap;
use std::fmt::Write as _;

use quick_xml::escape::escape;
use unicode_bidi::Direction;

use super::picture::{NodeMark, Picture};

/// Room around the picture, in layout units.
const MARGIN: f32 = 24.0;
const LABEL_SIZE: f32 = 11.0;
const TITLE_SIZE: f32 = 18.0;
/// The height of the title's band above the network.
const TITLE_BAND: f32 = 32.0;
/// The height of one line of the legend, below the network.
const LEGEND_LINE: f32 = 18.0;
/// About how wide a character is, as a share of the font size: enough to
/// keep labels at the edge inside the frame.
const CHARACTER_WIDTH: f32 = 0.6;
/// Fonts with Arabic letters first, so Arabic names are not left to chance.
const FONTS: &str = "'Noto Sans Arabic', 'DejaVu Sans', sans-serif";

/// `picture` as an SVG document titled `title`: links, then organisations,
/// then their names, the legend and the title, fitted to the picture.
pub fn svg(picture: &Picture, title: &str) -> String {
    let nodes: Vec<&NodeMark> = picture
        .nodes
        .iter()
        .filter(|n| n.at.iter().all(|v| v.is_finite()) && n.radius.is_finite())
        .collect();
    let frame = Frame::around(&nodes, picture, title);
    let mut out = String::with_capacity(256 + 200 * nodes.len() + 80 * picture.links.len());
    let title = clean(title);
    let _ = write!(
        out,
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="{} {} {} {}" width="{}" height="{}">"#,
            "\n<title>{}</title>\n",
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#ffffff"/>"##,
            "\n"
        ),
        num(frame.x),
        num(frame.y),
        num(frame.width),
        num(frame.height),
        num(frame.width),
        num(frame.height),
        escape(title.as_str()),
        num(frame.x),
        num(frame.y),
        num(frame.width),
        num(frame.height),
    );
    links(&mut out, picture, &nodes);
    out.push_str(r##"<g stroke="#ffffff" stroke-width="1">"##);
    out.push('\n');
    for node in &nodes {
        let _ = writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}"/>"#,
            num(node.at[0]),
            num(node.at[1]),
            num(node.radius),
            hex(node.colour),
        );
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        r##"<g font-family="{FONTS}" font-size="{LABEL_SIZE}" fill="#222222" text-anchor="middle">"##
    );
    for node in &nodes {
        let label = clean(&node.label);
        if label.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" direction="{}" style="unicode-bidi:plaintext">{}</text>"#,
            num(node.at[0]),
            num(node.at[1] + node.radius + LABEL_SIZE + 2.0),
            direction(&label),
            escape(label.as_str()),
        );
    }
    out.push_str("</g>\n");
    legend(&mut out, picture, &frame);
    if !title.is_empty() {
        let _ = writeln!(
            out,
            r##"<text x="{}" y="{}" font-family="{FONTS}" font-size="{TITLE_SIZE}" font-weight="bold" fill="#222222" direction="{}" style="unicode-bidi:plaintext">{}</text>"##,
            num(frame.x + MARGIN),
            num(frame.y + MARGIN / 2.0 + TITLE_SIZE),
            direction(&title),
            escape(title.as_str()),
        );
    }
    out.push_str("</svg>\n");
    out
}

fn links(out: &mut String, picture: &Picture, nodes: &[&NodeMark]) {
    let at: HashMap<usize, [f32; 2]> = nodes.iter().map(|n| (n.node, n.at)).collect();
    out.push_str(r##"<g stroke="#8a8a8a" stroke-opacity="0.6" stroke-linecap="round">"##);
    out.push('\n');
    for link in &picture.links {
        let (Some(a), Some(b)) = (at.get(&link.a), at.get(&link.b)) else {
            continue;
        };
        if !link.width.is_finite() {
            continue;
        }
        let _ = writeln!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}"/>"#,
            num(a[0]),
            num(a[1]),
            num(b[0]),
            num(b[1]),
            num(link.width),
        );
    }
    out.push_str("</g>\n");
}

/// The legend, one line per colour below the network. Each label is its own
/// paragraph: its words take their direction from its first letter.
fn legend(out: &mut String, picture: &Picture, frame: &Frame) {
    if picture.legend.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        r##"<g font-family="{FONTS}" font-size="{LABEL_SIZE}" fill="#222222">"##
    );
    let x = frame.x + MARGIN;
    let mut y = frame.legend_top;
    for entry in &picture.legend {
        let _ = writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="5" fill="{}"/><text x="{}" y="{}" direction="ltr" style="unicode-bidi:plaintext">{}</text>"#,
            num(x + 5.0),
            num(y + LEGEND_LINE / 2.0),
            hex(entry.colour),
            num(x + 16.0),
            num(y + LEGEND_LINE / 2.0 + LABEL_SIZE / 2.0 - 1.0),
            escape(clean(&entry.label).as_str()),
        );
        y += LEGEND_LINE;
    }
    out.push_str("</g>\n");
}

/// The view box: the network's bounding box with a margin, the title's band
/// above it and the legend below.
struct Frame {
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    legend_top: f32,
}

impl Frame {
    fn around(nodes: &[&NodeMark], picture: &Picture, title: &str) -> Self {
        let mut bounds: Option<[f32; 4]> = None;
        for node in nodes {
            let half_label = text_width(&node.label, LABEL_SIZE) / 2.0;
            let [x, y] = node.at;
            let left = x - node.radius.max(half_label);
            let right = x + node.radius.max(half_label);
            let top = y - node.radius;
            let bottom = y + node.radius + LABEL_SIZE + 6.0;
            bounds = Some(match bounds {
                None => [left, top, right, bottom],
                Some([min_x, min_y, max_x, max_y]) => [
                    min_x.min(left),
                    min_y.min(top),
                    max_x.max(right),
                    max_y.max(bottom),
                ],
            });
        }
        let [left, top, right, bottom] = bounds.unwrap_or([0.0; 4]);
        let legend_width = picture
            .legend
            .iter()
            .map(|entry| 16.0 + text_width(&entry.label, LABEL_SIZE))
            .fold(0.0, f32::max);
        let inner_width = (right - left)
            .max(legend_width)
            .max(text_width(title, TITLE_SIZE));
        let legend_height = count(picture.legend.len()) * LEGEND_LINE;
        Self {
            x: left - MARGIN,
            y: top - MARGIN - TITLE_BAND,
            width: inner_width + 2.0 * MARGIN,
            height: (bottom - top) + TITLE_BAND + 2.0 * MARGIN + legend_height,
            legend_top: bottom + MARGIN / 2.0,
        }
    }
}

fn text_width(text: &str, size: f32) -> f32 {
    count(text.chars().count()) * size * CHARACTER_WIDTH
}

#[expect(
    clippy::cast_precision_loss,
    reason = "counts of characters and legend lines are far below 2^24"
)]
fn count(n: usize) -> f32 {
    n as f32
}

/// `text` without the characters XML 1.0 forbids or a one-line label cannot
/// show: control characters become spaces, noncharacters are dropped.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The direction of a paragraph starting with `text`'s first strong letter,
/// for readers that do not apply `unicode-bidi: plaintext`.
fn direction(text: &str) -> &'static str {
    match unicode_bidi::get_base_direction(text) {
        Direction::Rtl => "rtl",
        Direction::Ltr | Direction::Mixed => "ltr",
    }
}

/// A colour as SVG writes it: `#rrggbb`.
fn hex([red, green, blue]: [u8; 3]) -> String {
    format!("#{red:02x}{green:02x}{blue:02x}")
}

/// A coordinate with one decimal, without a trailing `.0` (and never `-0`).
fn num(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.abs() < 0.05 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}
