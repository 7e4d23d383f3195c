//! Word order of Arabic and mixed Arabic/Latin labels, measured on the glyph
//! positions egui actually lays out (not on strings, not by eye).
//!
//! Each word is laid out alone first; its glyph characters (in the order egui
//! emits them, left to right) are then located in the sentence's glyphs, and
//! the mean `x` of those glyphs is the word's position. Words are separated by
//! spaces, which egui shapes in a different font run, so a word's glyphs are
//! the same alone and in a sentence.

use egui::{Color32, Context, FontFamily, FontId, RawInput};
use majlis::bidi::visual;

/// A context with Majlis' fonts, after one frame so that the fonts are loaded.
fn context() -> Context {
    let ctx = Context::default();
    majlis::fonts::install(&ctx);
    let mut output = ctx.run_ui(RawInput::default(), |ui| {
        ui.label("warm-up");
    });
    // No renderer here: drop the font atlas upload on purpose.
    output.textures_delta.clear();
    ctx
}

fn font() -> FontId {
    FontId::proportional(20.0)
}

/// The glyphs of the single row `text` lays out to, in emission order.
fn galley_glyphs(ctx: &Context, text: &str) -> Vec<egui::epaint::text::Glyph> {
    let galley = ctx.fonts_mut(|fonts| fonts.layout_no_wrap(text.to_owned(), font(), Color32::WHITE));
    assert_eq!(galley.rows.len(), 1, "{text:?} should be one row");
    galley
        .rows
        .iter()
        .flat_map(|row| row.row.glyphs.iter().copied())
        .collect()
}

/// A zero-width glyph with nothing to draw.
///
/// egui 0.37 pads every shaped cluster with such "continuation" glyphs so
/// that there is one glyph per character. In a right-to-left run it computes
/// the last cluster's bytes as "from the logical first cluster to the end of
/// the run", so an Arabic word of n letters gets n - 1 extra invisible
/// glyphs, repeating the word, after its real glyphs.
fn is_continuation(glyph: &egui::epaint::text::Glyph) -> bool {
    glyph.advance_width == 0.0 && glyph.uv_rect.is_nothing()
}

/// `(character, x)` of every *drawn* glyph of the single row `text` lays out
/// to, in emission order (left to right).
fn glyphs(ctx: &Context, text: &str) -> Vec<(char, f32)> {
    galley_glyphs(ctx, text)
        .iter()
        .filter(|g| !is_continuation(g))
        .map(|g| (g.chr, g.pos.x))
        .collect()
}

/// Mean x of the glyphs of `word` inside a laid-out line.
fn word_x(ctx: &Context, line: &[(char, f32)], word: &str) -> f32 {
    let alone: Vec<char> = glyphs(ctx, word).into_iter().map(|(c, _)| c).collect();
    assert!(!alone.is_empty() && alone.len() <= line.len(), "{word:?}");
    let starts: Vec<usize> = (0..=line.len() - alone.len())
        .filter(|&start| {
            line[start..start + alone.len()]
                .iter()
                .map(|&(c, _)| c)
                .eq(alone.iter().copied())
        })
        .collect();
    assert_eq!(
        starts.len(),
        1,
        "the glyphs of {word:?} ({alone:?}) should appear once in {line:?}"
    );
    let matched = &line[starts[0]..starts[0] + alone.len()];
    let (sum, count) = matched
        .iter()
        .fold((0.0_f32, 0.0_f32), |(sum, count), &(_, x)| (sum + x, count + 1.0));
    sum / count
}

/// x of each word of `words` in the layout of `text`, printed for the report.
fn word_xs(ctx: &Context, label: &str, text: &str, words: &[&str]) -> Vec<f32> {
    let line = glyphs(ctx, text);
    let xs: Vec<f32> = words.iter().map(|word| word_x(ctx, &line, word)).collect();
    for (word, x) in words.iter().zip(&xs) {
        println!("{label:>8} {text:?}: {word:?} at x = {x:.1}");
    }
    xs
}

fn strictly_decreasing(xs: &[f32]) -> bool {
    xs.windows(2).all(|pair| pair[0] > pair[1])
}

fn strictly_increasing(xs: &[f32]) -> bool {
    xs.windows(2).all(|pair| pair[0] < pair[1])
}

#[test]
fn arabic_font_is_installed_and_used() {
    let ctx = context();
    ctx.fonts_mut(|fonts| {
        assert!(fonts.has_glyphs(&font(), "جامعة بيرزيت ٢٠٢٤"));
        let characters = fonts.characters(&FontFamily::Proportional);
        for c in ['ج', 'ة', '٢', '،'] {
            let first = characters.get(&c).and_then(|names| names.first());
            assert_eq!(
                first.map(String::as_str),
                Some(majlis::fonts::ARABIC_FONT_NAME),
                "{c:?}"
            );
        }
        // A fallback: Latin, space, digits and brackets keep egui's default font.
        for c in ['a', ' ', '1', '('] {
            let first = characters.get(&c).and_then(|names| names.first());
            assert_ne!(
                first.map(String::as_str),
                Some(majlis::fonts::ARABIC_FONT_NAME),
                "{c:?}"
            );
        }
    });
    assert!(
        ctx.fonts_mut(|fonts| fonts.has_glyph(&FontId::monospace(14.0), 'ج')),
        "monospace falls back to the Arabic font too"
    );
}

#[test]
fn egui_reverses_the_letters_of_one_word() {
    // The fact `visual` builds on: egui shapes an Arabic word right to left,
    // so its glyphs come out last letter first.
    let ctx = context();
    let word = "جامعة";
    let emitted: Vec<char> = glyphs(&ctx, word).into_iter().map(|(c, _)| c).collect();
    let reversed: Vec<char> = word.chars().rev().collect();
    assert_eq!(emitted, reversed);
    let all: Vec<char> = galley_glyphs(&ctx, word).iter().map(|g| g.chr).collect();
    println!("all glyphs of {word:?}, continuation glyphs included: {all:?}");
    assert_eq!(visual(word), word, "a lone word needs no help");
}

#[test]
fn two_word_name_first_word_is_rightmost() {
    let ctx = context();
    let text = "جامعة بيرزيت";
    let words = ["جامعة", "بيرزيت"];

    let fixed = word_xs(&ctx, "visual", &visual(text), &words);
    assert!(
        strictly_decreasing(&fixed),
        "first word must be rightmost: {fixed:?}"
    );

    let raw = word_xs(&ctx, "raw", text, &words);
    assert!(
        strictly_increasing(&raw),
        "egui alone lays the words out backwards: {raw:?}"
    );
}

#[test]
fn four_word_name_reads_right_to_left() {
    let ctx = context();
    let text = "الجامعة الأميركية في بيروت";
    let words = ["الجامعة", "الأميركية", "في", "بيروت"];

    let fixed = word_xs(&ctx, "visual", &visual(text), &words);
    assert!(strictly_decreasing(&fixed), "{fixed:?}");

    let raw = word_xs(&ctx, "raw", text, &words);
    assert!(strictly_increasing(&raw), "{raw:?}");
}

#[test]
fn arabic_name_with_latin_in_brackets() {
    let ctx = context();
    let text = "جامعة بيرزيت (Birzeit)";
    let words = ["جامعة", "بيرزيت", "Birzeit"];

    let shown = visual(text);
    let fixed = word_xs(&ctx, "visual", &shown, &words);
    assert!(strictly_decreasing(&fixed), "{fixed:?}");
    // The brackets enclose the Latin word: '(' left of it, ')' right of it.
    let line = glyphs(&ctx, &shown);
    let open = line.iter().find(|(c, _)| *c == '(').map(|&(_, x)| x);
    let close = line.iter().find(|(c, _)| *c == ')').map(|&(_, x)| x);
    let (Some(open), Some(close)) = (open, close) else {
        panic!("no brackets in {line:?}");
    };
    assert!(
        open < fixed[2] && fixed[2] < close && close < fixed[1],
        "{line:?}"
    );

    let raw = word_xs(&ctx, "raw", text, &words);
    assert!(strictly_increasing(&raw), "{raw:?}");
}

#[test]
fn latin_first_label_stays_left_to_right() {
    let ctx = context();
    let text = "Berytech بيريتك";
    let words = ["Berytech", "بيريتك"];
    let fixed = word_xs(&ctx, "visual", &visual(text), &words);
    assert!(strictly_increasing(&fixed), "{fixed:?}");
    let raw = word_xs(&ctx, "raw", text, &words);
    assert!(strictly_increasing(&raw), "{raw:?}");
}

#[test]
fn arabic_first_label_puts_latin_on_the_left() {
    let ctx = context();
    let text = "بيريتك Berytech";
    let words = ["بيريتك", "Berytech"];
    let fixed = word_xs(&ctx, "visual", &visual(text), &words);
    assert!(strictly_decreasing(&fixed), "{fixed:?}");
    let raw = word_xs(&ctx, "raw", text, &words);
    assert!(strictly_increasing(&raw), "{raw:?}");
}

/// The digits of `line`, left to right.
fn digits_left_to_right(line: &[(char, f32)]) -> String {
    let mut digits: Vec<(char, f32)> = line
        .iter()
        .copied()
        .filter(|(c, _)| c.is_ascii_digit() || ('٠'..='٩').contains(c))
        .collect();
    digits.sort_by(|a, b| a.1.total_cmp(&b.1));
    digits.into_iter().map(|(c, _)| c).collect()
}

#[test]
fn arabic_indic_digits_read_in_order() {
    let ctx = context();
    let text = "عام ٢٠٢٤";

    let shown = visual(text);
    let line = glyphs(&ctx, &shown);
    println!(
        "  visual {shown:?}: digits left to right {}",
        digits_left_to_right(&line)
    );
    assert_eq!(digits_left_to_right(&line), "٢٠٢٤");
    let fixed = word_xs(&ctx, "visual", &shown, &["عام"]);
    let digits_x = line
        .iter()
        .filter(|(c, _)| ('٠'..='٩').contains(c))
        .map(|&(_, x)| x);
    assert!(
        digits_x.clone().all(|x| x < fixed[0]),
        "the number is left of the word"
    );

    let raw = glyphs(&ctx, text);
    println!(
        "     raw {text:?}: digits left to right {}",
        digits_left_to_right(&raw)
    );
    assert_eq!(
        digits_left_to_right(&raw),
        "٤٢٠٢",
        "egui alone reverses the number"
    );
}

#[test]
fn european_digits_in_arabic_text() {
    let ctx = context();
    let text = "الطاولة 12 من 30";
    let shown = visual(text);
    let line = glyphs(&ctx, &shown);
    assert_eq!(digits_left_to_right(&line), "3012");
    let fixed = word_xs(&ctx, "visual", &shown, &["الطاولة", "من"]);
    assert!(strictly_decreasing(&fixed), "{fixed:?}");
}
