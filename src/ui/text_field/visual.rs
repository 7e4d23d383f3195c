//! One line of logical text put in visual order and measured on the glyphs
//! egui lays out for it.
//!
//! The reordering is that of [`crate::bidi::visual`] (rule L2 over clusters,
//! mirrored brackets, bidi controls left out, and every run egui shapes right
//! to left pre-reversed), done here on clusters that remember where they came
//! from. Each run of clusters egui takes from one font (a *piece*) is laid out
//! on its own, and its glyphs are attributed back to the clusters: egui gives
//! every glyph the first char of the cluster the shaper made it from, so a
//! letter's harakat share its box, and a ligature (lam-alef) is shared evenly
//! by the clusters it joins.

use std::collections::HashMap;
use std::ops::Range;

use egui::epaint::text::{ByteIndex, FontsView, LayoutJob, LayoutSection, TextFormat, TextWrapping};
use egui::{Color32, FontId};
use unicode_bidi::ParagraphBidiInfo;

use crate::bidi;

/// A cluster of a paragraph: where a caret may stand on either side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Char indices, relative to the paragraph.
    pub chars: Range<usize>,
    /// Byte offsets, relative to the paragraph.
    pub bytes: Range<usize>,
}

/// The clusters of `paragraph` (see [`super::segment::boundaries`]).
pub fn clusters(paragraph: &str) -> Vec<Cluster> {
    let bounds = super::segment::boundaries(paragraph);
    let mut byte_of = paragraph
        .char_indices()
        .map(|(byte, _)| byte)
        .chain([paragraph.len()]);
    let mut out = Vec::with_capacity(bounds.len());
    let mut char_index = 0;
    let mut previous: Option<(usize, usize)> = None;
    for &bound in &bounds {
        let byte = byte_of.nth(bound - char_index).unwrap_or(paragraph.len());
        char_index = bound + 1;
        if let Some((start_char, start_byte)) = previous {
            out.push(Cluster {
                chars: start_char..bound,
                bytes: start_byte..byte,
            });
        }
        previous = Some((bound, byte));
    }
    out
}

/// Where a cluster shows on its line.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Extent {
    /// Left edge, from the left end of the line.
    pub left: f32,
    /// Right edge.
    pub right: f32,
    /// Whether the cluster's resolved bidi level is right to left.
    pub rtl: bool,
}

impl Extent {
    /// The edge a caret before this cluster stands at.
    pub fn leading(self) -> f32 {
        if self.rtl { self.right } else { self.left }
    }

    /// The edge a caret after this cluster stands at.
    pub fn trailing(self) -> f32 {
        if self.rtl { self.left } else { self.right }
    }
}

/// A line in visual order, ready to paint and to place carets on.
#[derive(Clone, Debug, Default)]
pub struct VisualLine {
    /// The text egui receives, left to right (pieces of right-to-left runs pre-reversed).
    pub text: String,
    /// Byte ranges of `text`, one section per piece.
    pub sections: Vec<Range<usize>>,
    /// One extent per cluster of the line, in logical order.
    pub extents: Vec<Extent>,
    /// Width of the line.
    pub width: f32,
}

impl VisualLine {
    /// The job that paints the line; it lays out exactly as it was measured.
    pub fn job(&self, font: &FontId, color: Color32) -> LayoutJob {
        line_job(self.text.clone(), &self.sections, font, color)
    }
}

/// A single-row job with one section per piece, so that egui shapes each piece alone.
fn line_job(text: String, sections: &[Range<usize>], font: &FontId, color: Color32) -> LayoutJob {
    let format = TextFormat::simple(font.clone(), color);
    LayoutJob {
        text,
        sections: sections
            .iter()
            .map(|range| LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(range.start)..ByteIndex(range.end),
                format: format.clone(),
            })
            .collect(),
        wrap: TextWrapping::no_max_width(),
        break_on_newline: false,
        keep_trailing_whitespace: true,
        ..LayoutJob::default()
    }
}

/// A visible cluster on its way to visual order.
#[derive(Clone, Copy, Debug)]
struct Item {
    /// Index into the line's clusters.
    index: usize,
    level: u8,
    arabic_face: bool,
    shapes_rtl: bool,
}

impl Item {
    /// Whether `a` and `b`, side by side on screen, are laid out together:
    /// an Arabic run must be, to be joined; a left-to-right run may be, and
    /// laying it out in one piece rather than a cluster at a time keeps a
    /// field of Latin text about as cheap to draw as a label.
    fn same_piece(a: &Self, b: &Self) -> bool {
        let latin = |item: &Self| !item.arabic_face && !item.shapes_rtl;
        (a.arabic_face && b.arabic_face) || (latin(a) && latin(b))
    }
}

/// What a piece measured: its clusters' `(left, right)` and its width.
type Measured = (Vec<(f32, f32)>, f32);

/// The pieces measured for one field, so that a keystroke measures only the
/// pieces it changed. Only the pieces used by the last layout are kept.
#[derive(Clone, Debug, Default)]
pub struct Pieces {
    current: HashMap<(String, Vec<char>, bool), Measured>,
    previous: HashMap<(String, Vec<char>, bool), Measured>,
}

impl Pieces {
    /// Starts a new layout: what the next one does not use is forgotten after it.
    pub fn begin(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }

    /// Forgets everything (the font or the scale changed).
    pub fn clear(&mut self) {
        self.current.clear();
        self.previous.clear();
    }

    fn measure(
        &mut self,
        fonts: &mut FontsView<'_>,
        font: &FontId,
        text: &str,
        firsts: &[char],
        reversed: bool,
    ) -> Measured {
        let key = (text.to_owned(), firsts.to_vec(), reversed);
        if let Some(found) = self.current.get(&key) {
            return found.clone();
        }
        let found = self
            .previous
            .remove(&key)
            .unwrap_or_else(|| measure(fonts, font, text, firsts, reversed));
        self.current.insert(key, found.clone());
        found
    }
}

/// Lays out the clusters `line` of `paragraph` as one line.
pub fn visual_line(
    fonts: &mut FontsView<'_>,
    font: &FontId,
    pieces: &mut Pieces,
    paragraph: &str,
    info: &ParagraphBidiInfo<'_>,
    line: &[Cluster],
) -> VisualLine {
    let (Some(first), Some(last)) = (line.first(), line.last()) else {
        return VisualLine::default();
    };
    let levels = if info.has_rtl() {
        info.reordered_levels(first.bytes.start..last.bytes.end)
    } else {
        Vec::new()
    };
    let mut items: Vec<Item> = line
        .iter()
        .enumerate()
        .filter_map(|(index, cluster)| {
            let text = paragraph.get(cluster.bytes.clone())?;
            let (offset, base) = text.char_indices().find(|&(_, c)| !is_hidden(c))?;
            let level = levels
                .get(cluster.bytes.start + offset)
                .map_or(0, unicode_bidi::Level::number);
            Some(Item {
                index,
                level,
                arabic_face: bidi::in_arabic_face(base),
                shapes_rtl: text.chars().filter(|&c| !is_hidden(c)).any(bidi::shapes_rtl),
            })
        })
        .collect();
    reorder(&mut items);

    let mut out = VisualLine {
        extents: vec![Extent::default(); line.len()],
        ..VisualLine::default()
    };
    let mut placed = vec![false; line.len()];
    let mut firsts = Vec::new();
    for piece in items.chunk_by_mut(Item::same_piece) {
        // egui shapes this piece right to left, reversing it: reverse it first.
        let reversed = piece.iter().any(|item| item.shapes_rtl);
        if reversed {
            piece.reverse();
        }
        let start = out.text.len();
        firsts.clear();
        for item in piece.iter() {
            let Some(cluster) = line.get(item.index) else {
                continue;
            };
            let text = paragraph.get(cluster.bytes.clone()).unwrap_or_default();
            let mut chars = text.chars().filter(|&c| !is_hidden(c));
            if let Some(base) = chars.next() {
                let mirrored = item.level % 2 == 1 && !item.arabic_face;
                let shown = if mirrored {
                    bidi::mirror(base).unwrap_or(base)
                } else {
                    base
                };
                out.text.push(shown);
                firsts.push(shown);
            }
            out.text.extend(chars);
        }
        let piece_text = out.text.get(start..).unwrap_or_default();
        let (spans, width) = pieces.measure(fonts, font, piece_text, &firsts, reversed);
        for (item, (left, right)) in piece.iter().zip(spans) {
            if let (Some(extent), Some(done)) = (out.extents.get_mut(item.index), placed.get_mut(item.index))
            {
                *extent = Extent {
                    left: out.width + left,
                    right: out.width + right,
                    rtl: item.level % 2 == 1,
                };
                *done = true;
            }
        }
        out.sections.push(start..out.text.len());
        out.width += width;
    }
    place_hidden(&mut out, &placed, info.paragraph_level.is_rtl());
    out
}

/// Rule L2: from the highest level down to the lowest odd level, reverse every
/// maximal sequence of clusters at that level or higher.
fn reorder(items: &mut [Item]) {
    let highest = items.iter().map(|item| item.level).max().unwrap_or(0);
    let lowest_odd = items.iter().map(|item| item.level).min().unwrap_or(0) | 1;
    for level in (lowest_odd..=highest).rev() {
        for run in items.chunk_by_mut(|a, b| (a.level >= level) == (b.level >= level)) {
            if run.first().is_some_and(|item| item.level >= level) {
                run.reverse();
            }
        }
    }
}

/// Characters egui does not draw: bidi controls (their work is done once the
/// levels are known) and control characters other than the tab.
fn is_hidden(c: char) -> bool {
    bidi::is_bidi_control(c) || (c.is_control() && c != '\t')
}

/// Gives clusters with nothing to draw a zero-width extent where the caret
/// after the previous cluster stands (or before the first visible one).
fn place_hidden(line: &mut VisualLine, placed: &[bool], rtl: bool) {
    let first_visible = line
        .extents
        .iter()
        .zip(placed)
        .find(|&(_, &done)| done)
        .map(|(extent, _)| extent.leading());
    let mut edge = first_visible.unwrap_or(if rtl { line.width } else { 0.0 });
    for (extent, &done) in line.extents.iter_mut().zip(placed) {
        if done {
            edge = extent.trailing();
        } else {
            *extent = Extent {
                left: edge,
                right: edge,
                rtl,
            };
        }
    }
}

/// Lays out one piece and returns the extent of each of its clusters (in the
/// order of `firsts`, the first char egui receives of each) and its width.
fn measure(
    fonts: &mut FontsView<'_>,
    font: &FontId,
    text: &str,
    firsts: &[char],
    reversed: bool,
) -> (Vec<(f32, f32)>, f32) {
    let job = line_job(
        text.to_owned(),
        std::slice::from_ref(&(0..text.len())),
        font,
        Color32::WHITE,
    );
    let galley = fonts.layout_job(job);
    let mut x = 0.0;
    let mut glyphs = Vec::with_capacity(text.len());
    for glyph in galley.rows.iter().flat_map(|row| row.row.glyphs.iter()) {
        // egui pads clusters with invisible zero-width glyphs: skip those.
        if glyph.advance_width > 0.0 || !glyph.uv_rect.is_nothing() {
            glyphs.push((glyph.chr, x, glyph.advance_width));
        }
        x += glyph.advance_width;
    }
    if reversed {
        glyphs.reverse();
    }
    (attribute(&glyphs, firsts, x, reversed), x)
}

/// Attributes glyphs `(char, x, advance)`, in the order of the clusters, to
/// the clusters whose first chars are `firsts`, and returns each cluster's
/// `(left, right)`.
///
/// A glyph belongs to the next cluster starting with its char, unless it is
/// a mark (no advance) of the current one. Clusters without a glyph of their
/// own share the previous cluster's box (a ligature).
fn attribute(glyphs: &[(char, f32, f32)], firsts: &[char], width: f32, reversed: bool) -> Vec<(f32, f32)> {
    let count = firsts.len();
    let mut spans: Vec<Option<(f32, f32)>> = vec![None; count];
    let mut advancing = vec![false; count];
    let mut current: Option<usize> = None;
    for &(chr, x, advance) in glyphs {
        let same = current.filter(|&c| {
            firsts.get(c) == Some(&chr) && (advance <= 0.0 || !advancing.get(c).copied().unwrap_or(true))
        });
        let owner = same
            .or_else(|| {
                let from = current.map_or(0, |c| c + 1);
                let rest = firsts.get(from..)?;
                rest.iter().position(|&f| f == chr).map(|p| from + p)
            })
            .or(current)
            .unwrap_or(0);
        let (Some(span), Some(has_advance)) = (spans.get_mut(owner), advancing.get_mut(owner)) else {
            continue;
        };
        current = Some(owner);
        if advance > 0.0 {
            *span = Some(match *span {
                Some((left, right)) if *has_advance => (left.min(x), right.max(x + advance)),
                _ => (x, x + advance),
            });
            *has_advance = true;
        } else if span.is_none() {
            *span = Some((x, x));
        }
    }
    share_missing(&spans, width, reversed)
}

/// Fills the clusters that got no glyph: each group shares the box of the
/// cluster before it (or after it, at the start), split evenly in reading order.
fn share_missing(spans: &[Option<(f32, f32)>], width: f32, reversed: bool) -> Vec<(f32, f32)> {
    let count = spans.len();
    let mut out: Vec<(f32, f32)> = Vec::with_capacity(count);
    let mut index = 0;
    while index < count {
        if let Some(Some(span)) = spans.get(index) {
            out.push(*span);
            index += 1;
            continue;
        }
        let end = (index..count)
            .find(|&i| spans.get(i).is_some_and(Option::is_some))
            .unwrap_or(count);
        let (owner, group) = if let Some(previous) = index.checked_sub(1) {
            (out.pop().or(Some((0.0, width))), previous..end)
        } else if end < count {
            (spans.get(end).copied().flatten(), index..end + 1)
        } else {
            (Some((0.0, width)), index..end)
        };
        let (left, right) = owner.unwrap_or((0.0, width));
        let parts = group.len().max(1);
        #[expect(clippy::cast_precision_loss, reason = "a handful of clusters")]
        let step = (right - left) / parts as f32;
        for k in 0..parts {
            #[expect(clippy::cast_precision_loss, reason = "a handful of clusters")]
            let k = k as f32;
            out.push(if reversed {
                (right - (k + 1.0) * step, right - k * step)
            } else {
                (left + k * step, left + (k + 1.0) * step)
            });
        }
        index = group.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_have_char_and_byte_ranges() {
        let found = clusters("مَa");
        assert_eq!(
            found,
            vec![
                Cluster {
                    chars: 0..2,
                    bytes: 0..4
                },
                Cluster {
                    chars: 2..3,
                    bytes: 4..5
                },
            ]
        );
        assert!(clusters("").is_empty());
    }

    #[test]
    fn glyphs_go_to_their_clusters() {
        // Two lams: the second glyph with an advance starts the second cluster.
        let spans = attribute(
            &[('ل', 0.0, 5.0), ('ل', 5.0, 6.0), ('ب', 11.0, 7.0)],
            &['ل', 'ل', 'ب'],
            18.0,
            false,
        );
        assert_eq!(spans, vec![(0.0, 5.0), (5.0, 11.0), (11.0, 18.0)]);
        // A mark (no advance) stays with its letter.
        let spans = attribute(
            &[('م', 0.0, 10.0), ('م', 3.0, 0.0), ('ر', 10.0, 8.0)],
            &['م', 'ر'],
            18.0,
            false,
        );
        assert_eq!(spans, vec![(0.0, 10.0), (10.0, 18.0)]);
    }

    #[test]
    fn a_ligature_is_shared() {
        // lam-alef: one glyph for two clusters, read right to left.
        let spans = attribute(&[('ل', 0.0, 12.0)], &['ل', 'ا'], 12.0, true);
        assert_eq!(spans, vec![(6.0, 12.0), (0.0, 6.0)]);
        // Nothing matched at all: an even split.
        let spans = attribute(&[], &['a', 'b'], 10.0, false);
        assert_eq!(spans, vec![(0.0, 5.0), (5.0, 10.0)]);
        // A glyph of an unknown char goes to the cluster at hand.
        let spans = attribute(&[('x', 0.0, 4.0), ('b', 4.0, 4.0)], &['a', 'b'], 8.0, false);
        assert_eq!(spans, vec![(0.0, 4.0), (4.0, 8.0)]);
    }
}
