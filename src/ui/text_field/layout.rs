//! Where a field's logical text goes on screen: rows wrapped by words, each
//! put in visual order (see `visual.rs`), and the map between logical
//! caret positions and x.
//!
//! Wrapping comes first (on the logical text, with widths measured on one
//! unwrapped line), then each row is reordered on its own and measured
//! again; a row of a right-to-left paragraph is right-aligned by the widget
//! ([`Row::offset`]). The layout is pure data: the widget keeps it while the
//! text, the font and the width stay the same.

use std::ops::Range;
use std::sync::Arc;

use egui::epaint::text::{FontsView, LayoutJob};
use egui::{Color32, Context, FontId};
use unicode_bidi::ParagraphBidiInfo;

use super::editor::Affinity;
use super::segment;
use super::visual::{self, Cluster, Extent, Pieces, VisualLine};

/// One row on screen: a whole paragraph, or the part of it that fits.
#[derive(Clone, Debug)]
pub struct Row {
    /// The row's chars in the field's text, without its line break.
    pub chars: Range<usize>,
    /// Whether a line break (`'\n'`, just after `chars`) ends the row.
    pub hard_break: bool,
    /// Whether the row's paragraph reads right to left (it is then right-aligned).
    pub rtl: bool,
    line: VisualLine,
    /// Char where each cluster starts, then the row's end.
    bounds: Vec<usize>,
}

impl Row {
    fn new(
        chars: Range<usize>,
        hard_break: bool,
        rtl: bool,
        line: VisualLine,
        clusters: &[Cluster],
        offset: usize,
    ) -> Self {
        let mut bounds: Vec<usize> = clusters.iter().map(|c| offset + c.chars.start).collect();
        bounds.push(chars.end);
        Self {
            chars,
            hard_break,
            rtl,
            line,
            bounds,
        }
    }

    /// Width of the row's text.
    pub fn width(&self) -> f32 {
        self.line.width
    }

    /// Where the row starts from the left of a text area `available` wide:
    /// right-aligned when it reads right to left.
    pub fn offset(&self, available: f32) -> f32 {
        if self.rtl { available - self.width() } else { 0.0 }
    }

    /// The job that paints the row (in visual order), if it has anything to paint.
    pub fn job(&self, font: &FontId, color: Color32) -> Option<LayoutJob> {
        (!self.line.text.is_empty()).then(|| self.line.job(font, color))
    }

    /// The text egui receives for the row (visual order, not for reading).
    pub fn visual_text(&self) -> &str {
        &self.line.text
    }

    /// The row's clusters in logical order: their chars and where they show.
    pub fn clusters(&self) -> impl Iterator<Item = (Range<usize>, Extent)> + '_ {
        self.bounds
            .windows(2)
            .zip(&self.line.extents)
            .filter_map(|(pair, extent)| Some((*pair.first()?..*pair.get(1)?, *extent)))
    }

    /// The x (from the row's left) of a caret at `position`: after the
    /// cluster before it (upstream) or before the cluster after it (downstream).
    pub fn caret_x(&self, position: usize, affinity: Affinity) -> f32 {
        let index = self.bounds.partition_point(|&b| b < position);
        let is_bound = self.bounds.get(index) == Some(&position);
        let after = self
            .line
            .extents
            .get(index)
            .filter(|_| is_bound)
            .map(|e| e.leading());
        let before = index
            .checked_sub(1)
            .and_then(|i| self.line.extents.get(i))
            .map(|e| if is_bound { e.trailing() } else { e.leading() });
        let x = match affinity {
            Affinity::Upstream => before.or(after),
            Affinity::Downstream => after.or(before),
        };
        x.unwrap_or(if self.rtl { self.width() } else { 0.0 })
    }

    /// The caret position nearest to `x` (from the row's left): before or
    /// after the cluster under `x`, depending on the half of it hit and its direction.
    pub fn hit(&self, x: f32) -> (usize, Affinity) {
        let nearest = self
            .clusters()
            .filter(|(_, e)| e.right > e.left)
            .min_by(|(_, a), (_, b)| distance(x, *a).total_cmp(&distance(x, *b)));
        let Some((chars, extent)) = nearest else {
            return (self.chars.start, Affinity::Downstream);
        };
        let left_half = x < f32::midpoint(extent.left, extent.right);
        if left_half == extent.rtl {
            (chars.end, Affinity::Upstream)
        } else {
            (chars.start, Affinity::Downstream)
        }
    }

    /// The x spans (from the row's left, left to right, merged) of the
    /// selected `range`; a selected line break shows as `break_width` after the row's end.
    pub fn selection_spans(&self, range: &Range<usize>, break_width: f32) -> Vec<(f32, f32)> {
        let mut spans: Vec<(f32, f32)> = self
            .clusters()
            .filter(|(chars, e)| chars.start >= range.start && chars.end <= range.end && e.right > e.left)
            .map(|(_, e)| (e.left, e.right))
            .collect();
        if self.hard_break && range.start <= self.chars.end && range.end > self.chars.end {
            spans.push(if self.rtl {
                (-break_width, 0.0)
            } else {
                (self.width(), self.width() + break_width)
            });
        }
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f32, f32)> = Vec::with_capacity(spans.len());
        for (left, right) in spans {
            match merged.last_mut() {
                Some(last) if left <= last.1 + 0.5 => last.1 = last.1.max(right),
                _ => merged.push((left, right)),
            }
        }
        merged
    }
}

fn distance(x: f32, extent: Extent) -> f32 {
    if x < extent.left {
        extent.left - x
    } else if x >= extent.right {
        x - extent.right
    } else {
        0.0
    }
}

/// A field's text laid out: its rows, top to bottom.
#[derive(Clone, Debug)]
pub struct FieldLayout {
    rows: Vec<Row>,
    row_height: f32,
    width: f32,
}

impl FieldLayout {
    /// Lays out `text`, wrapping rows wider than `wrap_width` (`f32::INFINITY`: no wrapping).
    pub fn new(fonts: &mut FontsView<'_>, text: &str, font: &FontId, wrap_width: f32) -> Self {
        Self::with_pieces(fonts, &mut Pieces::default(), text, font, wrap_width)
    }

    /// [`Self::new`], measuring again only the pieces not in `pieces`.
    fn with_pieces(
        fonts: &mut FontsView<'_>,
        pieces: &mut Pieces,
        text: &str,
        font: &FontId,
        wrap_width: f32,
    ) -> Self {
        pieces.begin();
        // An empty line takes the direction of the text as a whole.
        let text_rtl = segment::is_rtl_paragraph(text);
        let mut rows = Vec::new();
        let mut start = 0;
        let mut paragraphs = text.split('\n').peekable();
        while let Some(paragraph) = paragraphs.next() {
            let hard_break = paragraphs.peek().is_some();
            let count = paragraph.chars().count();
            let clusters = visual::clusters(paragraph);
            if clusters.is_empty() {
                rows.push(Row::new(
                    start..start,
                    hard_break,
                    text_rtl,
                    VisualLine::default(),
                    &[],
                    start,
                ));
            } else {
                let info = ParagraphBidiInfo::new(paragraph, None);
                let rtl = info.paragraph_level.is_rtl();
                let whole = visual::visual_line(fonts, font, pieces, paragraph, &info, &clusters);
                if whole.width <= wrap_width {
                    rows.push(Row::new(
                        start..start + count,
                        hard_break,
                        rtl,
                        whole,
                        &clusters,
                        start,
                    ));
                } else {
                    let lines = wrap(paragraph, &clusters, &whole.extents, wrap_width);
                    let last = lines.len().saturating_sub(1);
                    for (index, range) in lines.into_iter().enumerate() {
                        let line_clusters = clusters.get(range).unwrap_or_default();
                        let (Some(first), Some(end)) = (line_clusters.first(), line_clusters.last()) else {
                            continue;
                        };
                        let chars = start + first.chars.start..start + end.chars.end;
                        let line = visual::visual_line(fonts, font, pieces, paragraph, &info, line_clusters);
                        rows.push(Row::new(
                            chars,
                            hard_break && index == last,
                            rtl,
                            line,
                            line_clusters,
                            start,
                        ));
                    }
                }
            }
            start += count + 1;
        }
        let width = rows.iter().map(Row::width).fold(0.0, f32::max);
        Self {
            rows,
            row_height: fonts.row_height(font),
            width,
        }
    }

    /// The rows, top to bottom (at least one).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Height of one row.
    pub fn row_height(&self) -> f32 {
        self.row_height
    }

    /// Width of the widest row.
    pub fn width(&self) -> f32 {
        self.width
    }

    /// Height of all rows.
    pub fn height(&self) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "rows of a text field")]
        let rows = self.rows.len().max(1) as f32;
        rows * self.row_height
    }

    /// Index of the row showing a caret at `position`. At a soft wrap the
    /// caret is at the end of the upper row when upstream, else at the start
    /// of the lower one.
    pub fn row_at(&self, position: usize, affinity: Affinity) -> usize {
        let index = self
            .rows
            .partition_point(|row| row.chars.start <= position)
            .saturating_sub(1);
        let soft_end_above = index
            .checked_sub(1)
            .and_then(|i| self.rows.get(i))
            .is_some_and(|above| {
                !above.hard_break && above.chars.end == position && above.chars.start < position
            });
        if affinity == Affinity::Upstream && soft_end_above {
            index - 1
        } else {
            index
        }
    }

    /// Index of the row at `y` from the top (clamped to the rows).
    pub fn row_at_y(&self, y: f32) -> usize {
        let last = self.rows.len().saturating_sub(1);
        if y <= 0.0 || self.row_height <= 0.0 {
            return 0;
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped, positive"
        )]
        let index = (y / self.row_height).floor().min(1.0e6) as usize;
        index.min(last)
    }

    /// Row index and x (from the left of a text area `available` wide) of a caret.
    pub fn caret_at(&self, position: usize, affinity: Affinity, available: f32) -> (usize, f32) {
        let index = self.row_at(position, affinity);
        let x = self
            .rows
            .get(index)
            .map_or(0.0, |row| row.offset(available) + row.caret_x(position, affinity));
        (index, x)
    }

    /// The caret position at `x` (from the left of a text area `available` wide) on row `index`.
    pub fn hit(&self, index: usize, x: f32, available: f32) -> (usize, Affinity) {
        self.rows.get(index).map_or((0, Affinity::Downstream), |row| {
            row.hit(x - row.offset(available))
        })
    }
}

/// Splits the clusters of a paragraph into rows no wider than `max_width`,
/// breaking after spaces (which may hang past the edge), or inside a word
/// longer than a whole row.
fn wrap(paragraph: &str, clusters: &[Cluster], extents: &[Extent], max_width: f32) -> Vec<Range<usize>> {
    let width = |i: usize| extents.get(i).map_or(0.0, |e| e.right - e.left);
    let is_space = |i: usize| {
        clusters
            .get(i)
            .and_then(|c| paragraph.get(c.bytes.clone()))
            .is_some_and(segment::is_space_cluster)
    };
    let count = clusters.len();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut line_width = 0.0;
    let mut index = 0;
    while index < count {
        let word_end = (index..count).find(|&i| is_space(i)).unwrap_or(count);
        let end = (word_end..count).find(|&i| !is_space(i)).unwrap_or(count);
        let word_width: f32 = (index..word_end).map(width).sum();
        if index > start && line_width + word_width > max_width {
            lines.push(start..index);
            start = index;
            line_width = 0.0;
        }
        if index == start && word_width > max_width {
            // Longer than a row: break it between clusters.
            line_width = 0.0;
            for i in index..word_end {
                if i > start && line_width + width(i) > max_width {
                    lines.push(start..i);
                    start = i;
                    line_width = 0.0;
                }
                line_width += width(i);
            }
        } else {
            line_width += word_width;
        }
        line_width += (word_end..end).map(width).sum::<f32>();
        index = end;
    }
    lines.push(start..count);
    lines
}

/// A [`FieldLayout`] kept while its text, font, width and scale stay the same.
#[derive(Clone, Debug, Default)]
pub struct LayoutCache {
    text: String,
    font: Option<FontId>,
    wrap_bits: u32,
    pixels_per_point_bits: u32,
    layout: Option<Arc<FieldLayout>>,
    pieces: Pieces,
}

impl LayoutCache {
    /// The last layout made, if any.
    pub fn current(&self) -> Option<Arc<FieldLayout>> {
        self.layout.clone()
    }

    /// The layout of `text`, computed again only when something it depends on changed.
    pub fn get(&mut self, ctx: &Context, text: &str, font: &FontId, wrap_width: f32) -> Arc<FieldLayout> {
        let pixels_per_point_bits = ctx.pixels_per_point().to_bits();
        if let Some(layout) = &self.layout
            && self.text == text
            && self.font.as_ref() == Some(font)
            && self.wrap_bits == wrap_width.to_bits()
            && self.pixels_per_point_bits == pixels_per_point_bits
        {
            return Arc::clone(layout);
        }
        if self.font.as_ref() != Some(font) || self.pixels_per_point_bits != pixels_per_point_bits {
            self.pieces.clear();
        }
        let pieces = &mut self.pieces;
        let layout =
            Arc::new(ctx.fonts_mut(|fonts| FieldLayout::with_pieces(fonts, pieces, text, font, wrap_width)));
        text.clone_into(&mut self.text);
        self.font = Some(font.clone());
        self.wrap_bits = wrap_width.to_bits();
        self.pixels_per_point_bits = pixels_per_point_bits;
        self.layout = Some(Arc::clone(&layout));
        layout
    }
}
