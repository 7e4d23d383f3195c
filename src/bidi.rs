//! Right-to-left text for egui's left-to-right layout.
//!
//! # What egui 0.37 does with Arabic
//!
//! egui (epaint 0.37) has no bidi algorithm. Per line it splits the text into
//! *font runs*, maximal sequences of grapheme clusters that resolve to the
//! same font face, shapes each run with `harfrust` and places the runs side
//! by side from left to right. `harfrust` guesses each run's direction from
//! the first character of a real script: a run whose first such character is
//! Arabic (or Hebrew...) is shaped right to left and its glyphs come out in
//! visual order, i.e. *reversed*. Every other run keeps its logical order.
//!
//! With the Arabic font installed as a fallback (see [`crate::fonts`]) the
//! space, Latin letters, European digits and ASCII punctuation come from the
//! default font and Arabic letters, Arabic-Indic digits and Arabic
//! punctuation from the Arabic font, so every Arabic *word* is its own run:
//! each word's letters are joined and shown right to left, but the words of a
//! sentence are laid out left to right (backwards), and a run made only of
//! Arabic-Indic digits (which have the Arabic script property) is reversed.
//!
//! # What [`visual`] does
//!
//! For every line it runs the Unicode bidi algorithm (`unicode-bidi`, the
//! paragraph direction taken from the first strong character), puts the
//! grapheme clusters in visual order (rule L2), mirrors brackets at odd
//! levels (rule L4), drops the explicit bidi formatting characters (egui
//! ignores them), and finally *pre-reverses* every sequence of clusters that
//! egui will shape as one right-to-left run, so that egui's own reversal
//! restores the visual order. For a plain Arabic word the two reversals
//! cancel: the word stays in logical order, which is what the shaper needs to
//! join its letters.
//!
//! The model of egui's font runs assumes the default proportional fonts plus
//! the embedded Noto Sans Arabic: other right-to-left scripts (Hebrew, Syriac,
//! ...) are put in bidi order too but egui has no glyphs for them.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, ParagraphBidiInfo, bidi_class};

/// ZERO WIDTH JOINER: joins the next character into the same cluster (emoji sequences).
const ZWJ: char = '\u{200D}';

/// Whether `text` contains a character that needs [`visual`]: a right-to-left
/// letter, an Arabic-Indic digit or a right-to-left bidi control.
///
/// A quick scan with an ASCII fast path: cheap enough to run for every label
/// every frame.
pub fn has_rtl(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_rtl_char)
}

/// `text` reordered so that egui's left-to-right layout shows it in the right order.
///
/// Returns `text` itself ([`Cow::Borrowed`], no allocation) when it has no
/// right-to-left character (see [`has_rtl`]). Otherwise every line (split on
/// `'\n'`) is reordered on its own; the line breaks stay where they are.
///
/// The result is meant for display only: it is not logical order any more,
/// so never store it, edit it or compare it with user input.
pub fn visual(text: &str) -> Cow<'_, str> {
    if !has_rtl(text) {
        return Cow::Borrowed(text);
    }
    let out = reorder(text);
    remember_drawn(&out, text);
    Cow::Owned(out)
}

thread_local! {
    /// The texts drawn in visual order, by what was drawn: what screen
    /// readers get back (see [`crate::ui::spoken`]). Kept across frames (a
    /// second window drawn inside a frame must not empty it), up to a bound.
    static DRAWN: std::cell::RefCell<std::collections::HashMap<String, String>> =
        std::cell::RefCell::default();
}

/// At most this many texts are remembered; past it the list starts again.
const DRAWN_AT_MOST: usize = 20_000;

fn remember_drawn(drawn: &str, written: &str) {
    if drawn == written {
        return;
    }
    DRAWN.with_borrow_mut(|texts| {
        if texts.len() >= DRAWN_AT_MOST {
            texts.clear();
        }
        if !texts.contains_key(drawn) {
            // The marks that set a paragraph's direction are not words.
            let written: String = written.chars().filter(|c| !is_bidi_control(*c)).collect();
            texts.insert(drawn.to_owned(), written);
        }
    });
}

/// The written text of a text drawn in visual order, if one was.
pub fn written(drawn: &str) -> Option<String> {
    if !has_rtl(drawn) {
        return None;
    }
    DRAWN.with_borrow(|texts| texts.get(drawn).cloned())
}

/// The visual order of `text`, which has right-to-left characters.
fn reorder(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut clusters = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if !has_rtl(line) {
            out.push_str(line);
            continue;
        }
        // Other paragraph separators (`\r`, U+2029...) also end a bidi paragraph.
        for paragraph in line.split_inclusive(is_paragraph_separator) {
            let body = paragraph.trim_end_matches(is_paragraph_separator);
            visual_paragraph(body, &mut clusters, &mut out);
            out.push_str(paragraph.get(body.len()..).unwrap_or_default());
        }
    }
    out
}

/// A grapheme cluster (base character and the marks/joiners that follow it)
/// of one paragraph, as a byte range into the paragraph.
#[derive(Clone, Copy, Debug)]
struct Cluster {
    start: usize,
    end: usize,
    /// Resolved bidi embedding level of the base character, after rule L1.
    level: u8,
    /// Whether egui takes this cluster from the Arabic font (it then shares a
    /// font run with its Arabic neighbours).
    arabic_face: bool,
    /// Whether this cluster makes `harfrust` shape its font run right to left.
    shapes_rtl: bool,
}

/// Appends the visual form of one bidi paragraph (without its separator) to `out`.
fn visual_paragraph(text: &str, clusters: &mut Vec<Cluster>, out: &mut String) {
    if !has_rtl(text) {
        out.push_str(text);
        return;
    }
    // Paragraph level from the first strong character (rules P2, P3).
    let info = ParagraphBidiInfo::new(text, None);
    let levels = info.reordered_levels(0..text.len()); // Rule L1 applied.

    collect_clusters(text, &levels, clusters);
    reorder_clusters(clusters);

    // egui merges neighbouring Arabic-font clusters into one shaping run and
    // reverses it when it is right to left: reverse it first so it ends up in
    // visual order. A lone Arabic word in an RTL run thus stays in logical order.
    for run in clusters.chunk_by_mut(|a, b| a.arabic_face && b.arabic_face) {
        if run.iter().any(|cluster| cluster.shapes_rtl) {
            run.reverse();
        }
    }

    for cluster in clusters.iter() {
        let Some(cluster_text) = text.get(cluster.start..cluster.end) else {
            continue;
        };
        let mut chars = cluster_text.chars();
        match chars.next() {
            // Rule L4: a mirrored character at an odd level shows its mirror image.
            // (Not in the Arabic font, so egui shapes it left to right.)
            Some(base) if cluster.level % 2 == 1 && !cluster.arabic_face => {
                out.push(mirror(base).unwrap_or(base));
                out.push_str(chars.as_str());
            }
            _ => out.push_str(cluster_text),
        }
    }
}

/// Splits `text` into clusters with their levels, dropping bidi controls.
fn collect_clusters(text: &str, levels: &[unicode_bidi::Level], clusters: &mut Vec<Cluster>) {
    clusters.clear();
    let mut current: Option<Cluster> = None;
    let mut join_next = false;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if is_bidi_control(c) {
            // egui ignores them; their work is done once the levels are known.
            clusters.extend(current.take());
            join_next = false;
            continue;
        }
        let extends = join_next || is_cluster_extender(c);
        match current.as_mut() {
            Some(cluster) if extends => {
                cluster.end = end;
                cluster.shapes_rtl |= shapes_rtl(c);
            }
            _ => {
                clusters.extend(current.take());
                current = Some(Cluster {
                    start,
                    end,
                    level: levels.get(start).map_or(0, unicode_bidi::Level::number),
                    arabic_face: in_arabic_face(c),
                    shapes_rtl: shapes_rtl(c),
                });
            }
        }
        join_next = c == ZWJ;
    }
    clusters.extend(current);
}

/// Rule L2: from the highest level down to the lowest odd level, reverse every
/// maximal sequence of clusters at that level or higher.
fn reorder_clusters(clusters: &mut [Cluster]) {
    let highest = clusters.iter().map(|c| c.level).max().unwrap_or(0);
    let lowest_odd = clusters.iter().map(|c| c.level).min().unwrap_or(0) | 1;
    for level in (lowest_odd..=highest).rev() {
        for run in clusters.chunk_by_mut(|a, b| (a.level >= level) == (b.level >= level)) {
            if run.first().is_some_and(|c| c.level >= level) {
                run.reverse();
            }
        }
    }
}

/// Characters that call for the bidi pass: right-to-left letters and digits, and RTL controls.
fn is_rtl_char(c: char) -> bool {
    if c < '\u{0590}' {
        return false;
    }
    matches!(
        c,
        // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic, Arabic Extended.
        '\u{0590}'..='\u{08FF}'
            // Hebrew and Arabic presentation forms.
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFE}'
            // RLM, RLE, RLO, RLI.
            | '\u{200F}'
            | '\u{202B}'
            | '\u{202E}'
            | '\u{2067}'
            // Historic right-to-left scripts, Adlam, Arabic mathematical symbols...
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}'
    )
}

/// Characters that end a bidi paragraph (class B), other than `'\n'`.
fn is_paragraph_separator(c: char) -> bool {
    matches!(c, '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

/// Explicit bidi formatting characters: embeddings, overrides, isolates and marks.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that stay with the preceding base character: combining marks,
/// joiners, variation selectors, emoji modifiers and tags.
pub(crate) fn is_cluster_extender(c: char) -> bool {
    matches!(
        c,
        '\u{200C}' | ZWJ | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}'
    ) || (!c.is_ascii() && bidi_class(c) == BidiClass::NSM)
}

/// Whether egui takes `c` from the embedded Arabic font: the characters Noto
/// Sans Arabic has and egui's default proportional fonts lack (checked against
/// egui's own font tables by a test). In the monospace family Hack also has
/// U+2010, U+2011 and U+25CC.
pub(crate) fn in_arabic_face(c: char) -> bool {
    matches!(
        c,
        '\u{034F}'
            | '\u{0600}'..='\u{061C}'
            | '\u{061E}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08B4}'
            | '\u{08B6}'..='\u{08BE}'
            | '\u{08D3}'..='\u{08FF}'
            | '\u{200B}'..='\u{2011}'
            | '\u{204F}'
            | '\u{25CC}'
            | '\u{2E41}'
            | '\u{FB50}'..='\u{FBC1}'
            | '\u{FBD3}'..='\u{FD3F}'
            | '\u{FD50}'..='\u{FD8F}'
            | '\u{FD92}'..='\u{FDC7}'
            | '\u{FDF0}'..='\u{FDFD}'
            | '\u{FE70}'..='\u{FE74}'
            | '\u{FE76}'..='\u{FEFC}'
    )
}

/// Whether `harfrust` shapes a run right to left because of `c`: the
/// Arabic-font characters whose script property is Arabic (not Common or
/// Inherited). This includes the Arabic-Indic digits U+0660..U+0669.
pub(crate) fn shapes_rtl(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{0604}'
            | '\u{0606}'..='\u{060B}'
            | '\u{060D}'..='\u{061A}'
            | '\u{061C}'..='\u{061E}'
            | '\u{0620}'..='\u{063F}'
            | '\u{0641}'..='\u{064A}'
            | '\u{0656}'..='\u{066F}'
            | '\u{0671}'..='\u{06DC}'
            | '\u{06DE}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FD3D}'
            | '\u{FD40}'..='\u{FDCF}'
            | '\u{FDF0}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FE74}'
            | '\u{FE76}'..='\u{FEFC}'
    )
}

/// The mirror image of a bidi-mirrored character (the common brackets and
/// comparison signs of `BidiMirroring.txt`).
pub(crate) fn mirror(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⁅' => '⁆',
        '⁆' => '⁅',
        '⁽' => '⁾',
        '⁾' => '⁽',
        '₍' => '₎',
        '₎' => '₍',
        '≤' => '≥',
        '≥' => '≤',
        '≪' => '≫',
        '≫' => '≪',
        '⟨' => '⟩',
        '⟩' => '⟨',
        '⟦' => '⟧',
        '⟧' => '⟦',
        '〈' => '〉',
        '〉' => '〈',
        '《' => '》',
        '》' => '《',
        '「' => '」',
        '」' => '「',
        '『' => '』',
        '』' => '『',
        '【' => '】',
        '】' => '【',
        '〔' => '〕',
        '〕' => '〔',
        '（' => '）',
        '）' => '（',
        '［' => '］',
        '］' => '［',
        '｛' => '｝',
        '｝' => '｛',
        '＜' => '＞',
        '＞' => '＜',
        _ => return None,
    })
}

#[cfg(test)]
#[path = "bidi_tests.rs"]
mod tests;
