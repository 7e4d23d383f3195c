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
    Cow::Owned(out)
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
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that stay with the preceding base character: combining marks,
/// joiners, variation selectors, emoji modifiers and tags.
fn is_cluster_extender(c: char) -> bool {
    matches!(
        c,
        '\u{200C}' | ZWJ | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}'
    ) || (!c.is_ascii() && bidi_class(c) == BidiClass::NSM)
}

/// Whether egui takes `c` from the embedded Arabic font: the characters Noto
/// Sans Arabic has and egui's default proportional fonts lack (checked against
/// egui's own font tables by a test). In the monospace family Hack also has
/// U+2010, U+2011 and U+25CC.
fn in_arabic_face(c: char) -> bool {
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
fn shapes_rtl(c: char) -> bool {
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
fn mirror(c: char) -> Option<char> {
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
mod tests {
    use super::*;

    use proptest::prelude::*;

    fn owned(text: &str) -> String {
        visual(text).into_owned()
    }

    #[test]
    fn latin_is_borrowed() {
        for text in [
            "",
            "   ",
            "Berytech",
            "Crème brûlée",
            "Привет (мир)",
            "🇱🇧 😀",
            "a\nb",
        ] {
            assert!(matches!(visual(text), Cow::Borrowed(_)), "{text:?}");
            assert!(!has_rtl(text), "{text:?}");
        }
    }

    #[test]
    fn has_rtl_detects_arabic_hebrew_and_controls() {
        assert!(has_rtl("جامعة"));
        assert!(has_rtl("Year ٢٠٢٤"));
        assert!(has_rtl("שלום"));
        assert!(has_rtl("\u{202E}abc"));
        assert!(!has_rtl("\u{202A}abc\u{202C}"));
    }

    #[test]
    fn single_arabic_word_keeps_logical_order() {
        // egui reverses the letters of a word itself.
        assert_eq!(owned("جامعة"), "جامعة");
    }

    #[test]
    fn two_word_name_is_reversed_by_word() {
        assert_eq!(owned("جامعة بيرزيت"), "بيرزيت جامعة");
    }

    #[test]
    fn four_word_name() {
        assert_eq!(owned("الجامعة الأميركية في بيروت"), "بيروت في الأميركية الجامعة");
    }

    #[test]
    fn latin_first_keeps_ltr_paragraph() {
        assert_eq!(owned("Berytech بيريتك"), "Berytech بيريتك");
        assert_eq!(owned("Berytech جامعة بيرزيت"), "Berytech بيرزيت جامعة");
    }

    #[test]
    fn arabic_first_makes_rtl_paragraph() {
        assert_eq!(owned("بيريتك Berytech"), "Berytech بيريتك");
        assert_eq!(
            owned("بيريتك Beirut Digital District"),
            "Beirut Digital District بيريتك"
        );
    }

    #[test]
    fn brackets_mirror_in_rtl_paragraph() {
        assert_eq!(owned("جامعة بيرزيت (Birzeit)"), "(Birzeit) بيرزيت جامعة");
        assert_eq!(owned("(مرحبا)"), "(مرحبا)");
        assert_eq!(owned("جامعة [بيرزيت]"), "[بيرزيت] جامعة");
        assert_eq!(owned("أ < ب"), "ب > أ");
    }

    #[test]
    fn arabic_in_brackets_in_ltr_paragraph() {
        assert_eq!(owned("Birzeit (جامعة بيرزيت)"), "Birzeit (بيرزيت جامعة)");
    }

    #[test]
    fn european_digits_in_arabic() {
        assert_eq!(owned("عام 2024"), "2024 عام");
        assert_eq!(owned("الطاولة 12 من 30"), "30 من 12 الطاولة");
    }

    #[test]
    fn arabic_indic_digits_are_pre_reversed() {
        // egui shapes a run of Arabic-Indic digits right to left (script Arabic).
        assert_eq!(owned("عام ٢٠٢٤"), "٤٢٠٢ عام");
        assert_eq!(owned("Year ٢٠٢٤"), "Year ٤٢٠٢");
        assert_eq!(owned("١٢٣"), "٣٢١");
        // Digits touching letters share one font run with them.
        assert_eq!(owned("عام٢٠٢٤"), "عام٤٢٠٢");
    }

    #[test]
    fn harakat_stay_on_their_letters() {
        assert_eq!(owned("مُحَمَّد عَلِي"), "عَلِي مُحَمَّد");
    }

    #[test]
    fn each_line_on_its_own() {
        assert_eq!(owned("جامعة بيرزيت\nBerytech"), "بيرزيت جامعة\nBerytech");
        assert_eq!(owned("Berytech\nجامعة بيرزيت\n"), "Berytech\nبيرزيت جامعة\n");
        assert_eq!(owned("جامعة بيرزيت\r\nx"), "بيرزيت جامعة\r\nx");
    }

    #[test]
    fn bidi_controls_are_applied_then_dropped() {
        assert_eq!(owned("\u{202E}abc\u{202C}"), "cba");
        assert_eq!(owned("\u{200F}"), "");
        assert_eq!(owned("\u{200F}Berytech بيريتك"), "بيريتك Berytech");
        assert_eq!(owned("\u{2067}جامعة بيرزيت\u{2069} 1"), "بيرزيت جامعة 1");
    }

    #[test]
    fn emoji_sequences_survive_rtl_runs() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(owned(&format!("عائلة {family}")), format!("{family} عائلة"));
        assert_eq!(owned("مرحبا 👍🏽"), "👍🏽 مرحبا");
        // Regional indicators are strong left-to-right: the flag makes an LTR paragraph.
        assert_eq!(owned("🇱🇧 بيروت"), "🇱🇧 بيروت");
        assert_eq!(owned("بيروت 🇱🇧"), "🇱🇧 بيروت");
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let inputs = [
            "",
            " ",
            "   ",
            "\n",
            "\n\n\r\r\u{2029}",
            "\u{0651}",
            "\u{0651}\u{0651}ب",
            "\u{202B}",
            "\u{202E}\u{202E}\u{202E}",
            "\u{2069}\u{2069}\u{202C}",
            "\u{2067}\u{2067}\u{2067}",
            "\u{200D}",
            "ب\u{200D}",
            "\u{200D}\u{202E}\u{0301}",
            "\u{FEFF}ب",
            "\u{0600}١٢",
            "\u{FFFD}\u{0000}ب\u{0007}",
            "(((ب",
            "ب)))",
        ];
        for text in inputs {
            let _ = visual(text);
        }
        let deep: String = "\u{202B}".repeat(200) + "ب a";
        let _ = visual(&deep);
    }

    #[test]
    fn arabic_face_model_matches_egui_fonts() {
        let ctx = egui::Context::default();
        crate::fonts::install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let characters = ctx.fonts_mut(|fonts| fonts.characters(&egui::FontFamily::Proportional).clone());
        let mut mismatches = Vec::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let first_font = characters.get(&c).and_then(|names| names.first());
            let egui_says = first_font.is_some_and(|name| name == crate::fonts::ARABIC_FONT_NAME);
            if egui_says != in_arabic_face(c) {
                mismatches.push(format!("U+{:04X} egui: {first_font:?}", u32::from(c)));
            }
        }
        assert!(mismatches.is_empty(), "{mismatches:#?}");
    }

    /// The characters of `text` without bidi controls, mirrored pairs unified, sorted.
    fn normalized_chars(text: &str) -> Vec<char> {
        let mut chars: Vec<char> = text
            .chars()
            .filter(|&c| !is_bidi_control(c))
            .map(|c| match mirror(c) {
                Some(m) if m < c => m,
                _ => c,
            })
            .collect();
        chars.sort_unstable();
        chars
    }

    proptest! {
        #[test]
        fn never_panics_and_keeps_the_characters(text in any::<String>()) {
            let out = visual(&text);
            prop_assert_eq!(normalized_chars(&out), normalized_chars(&text));
            prop_assert_eq!(out.matches('\n').count(), text.matches('\n').count());
        }

        #[test]
        fn arabic_latin_mix_keeps_the_characters(
            text in "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0660}-\u{0669}a-z0-9 ()\\[\\]\u{200D}\u{200F}\u{202B}\u{202C}\u{2067}\u{2069}\n]{0,40}"
        ) {
            let out = visual(&text);
            prop_assert_eq!(normalized_chars(&out), normalized_chars(&text));
        }
    }
}
