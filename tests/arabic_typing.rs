//! Typing Arabic into the app's own fields: live capture and the registry's
//! Arabic name. What is stored is the logical text; what is painted reads
//! right to left (measured on the glyphs drawn inside the field); Ctrl+Z in a
//! field is the field's undo, and once the field is left, the document's.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;
mod fields;

use fields::field as named_field;

use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::epaint::text::Glyph;
use egui::{Context, Event, Key, Modifiers, Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::{Document, ItemStatus, Organisation, RecordKind};
use majlis::ui::Tab;

/// "The meeting decided to create ESCWA's network of incubators in 2008".
const DECISION: &str = "قرر الاجتماع إنشاء شبكة ESCWA للحاضنات في 2008";
/// "Cedar Angels Network".
const CEDAR: &str = "شبكة ملائكة الأرز";

fn sample_at_nine() -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().unwrap();
    let harness = harness_with_clock(
        Some(sample_copy(dir.path())),
        ScriptedDialogs::default(),
        None,
        ManualClock::new(meeting_time(9, 0)),
    );
    (dir, harness)
}

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

/// Types `text` into the focused field one char a frame, as a keyboard does.
fn type_chars(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    for c in text.chars() {
        harness.event(Event::Text(c.to_string()));
        harness.run_ok();
    }
}

fn press(harness: &mut Harness<'_, MajlisApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

/// A glyph egui pads clusters with, which draws nothing.
fn is_continuation(glyph: &Glyph) -> bool {
    glyph.advance_width == 0.0 && glyph.uv_rect.is_nothing()
}

/// Text shapes, looking inside groups of shapes.
fn text_shapes<'a>(shape: &'a Shape, found: &mut Vec<&'a egui::epaint::TextShape>) {
    match shape {
        Shape::Text(text) => found.push(text),
        Shape::Vec(shapes) => shapes.iter().for_each(|s| text_shapes(s, found)),
        _ => {}
    }
}

/// The glyphs painted inside `field` (one row), left to right: `(char, left, right)`.
fn painted(harness: &Harness<'_, MajlisApp>, field: Rect) -> Vec<(char, f32, f32)> {
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        text_shapes(&clipped.shape, &mut texts);
    }
    let mut glyphs: Vec<(char, f32, f32)> = texts
        .into_iter()
        .filter(|text| field.contains(text.pos))
        .flat_map(|text| {
            text.galley.rows.iter().flat_map(move |row| {
                row.row
                    .glyphs
                    .iter()
                    .filter(|g| !is_continuation(g))
                    .map(move |g| {
                        let left = text.pos.x + row.pos.x + g.pos.x;
                        (g.chr, left, left + g.advance_width)
                    })
            })
        })
        .collect();
    glyphs.sort_by(|a, b| a.1.total_cmp(&b.1));
    glyphs
}

/// The chars egui draws for `word` laid out alone, left to right.
fn drawn_chars(ctx: &Context, word: &str) -> Vec<char> {
    let font = egui::TextStyle::Body.resolve(&ctx.global_style());
    let galley = ctx.fonts_mut(|fonts| fonts.layout_no_wrap(word.to_owned(), font, egui::Color32::WHITE));
    galley
        .rows
        .iter()
        .flat_map(|row| row.row.glyphs.iter())
        .filter(|g| !is_continuation(g))
        .map(|g| g.chr)
        .collect()
}

/// Left and right edges of each of `words` in `row`, each found once and intact.
fn word_edges(ctx: &Context, row: &[(char, f32, f32)], words: &[&str]) -> Vec<(f32, f32)> {
    words
        .iter()
        .map(|word| {
            let alone = drawn_chars(ctx, word);
            let starts: Vec<usize> = (0..=row.len().saturating_sub(alone.len()))
                .filter(|&start| {
                    row.get(start..start + alone.len())
                        .is_some_and(|part| part.iter().map(|g| g.0).eq(alone.iter().copied()))
                })
                .collect();
            let [start] = starts[..] else {
                panic!("{word:?} is not drawn once, intact, in {row:?}");
            };
            let part = &row[start..start + alone.len()];
            let left = part.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
            let right = part.iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
            (left, right)
        })
        .collect()
}

/// Whether each word is drawn left of the one before it.
fn right_to_left(edges: &[(f32, f32)]) -> bool {
    edges.windows(2).all(|pair| pair[0].0 >= pair[1].1 - 0.5)
}

#[test]
fn arabic_typed_into_live_capture_reads_right_to_left_and_is_stored_as_typed() {
    let (_dir, mut harness) = sample_at_nine();
    press(&mut harness, Modifiers::NONE, Key::F7);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    assert!(
        harness.get_by_label("Text").is_focused(),
        "Ctrl+K jumps to live capture"
    );
    let started = doc(&harness);
    assert_eq!(
        started.agenda.first().unwrap().status,
        ItemStatus::Running,
        "F7 started the first item"
    );

    type_chars(&mut harness, DECISION);
    let field = harness.get_by_label("Text");
    assert_eq!(
        field.value().as_deref(),
        Some(DECISION),
        "the field holds the logical text"
    );
    let rect = field.rect();
    let row = painted(&harness, rect);
    let words = [
        "قرر",
        "الاجتماع",
        "إنشاء",
        "شبكة",
        "ESCWA",
        "للحاضنات",
        "في",
        "2008",
    ];
    let edges = word_edges(&harness.ctx, &row, &words);
    println!("words of {DECISION:?}, left and right: {edges:?}");
    assert!(
        right_to_left(&edges),
        "the first word must be rightmost: {edges:?}"
    );
    let digits: String = row.iter().filter(|g| g.0.is_ascii_digit()).map(|g| g.0).collect();
    assert_eq!(digits, "2008", "the number reads left to right");
    assert!(
        rect.right() - edges[0].1 < 8.0,
        "the text is right-aligned: {edges:?} in {rect:?}"
    );

    // Ctrl+Z in the field takes back the last word typed, and nothing in the document.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let without_year = DECISION.trim_end_matches("2008");
    assert_eq!(
        harness.get_by_label("Text").value().as_deref(),
        Some(without_year)
    );
    assert_eq!(doc(&harness), started, "the document is untouched");
    assert!(harness.get_by_label("Text").is_focused());

    type_chars(&mut harness, "2008");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let doc = doc(&harness);
    let opening = doc.agenda.first().unwrap().id;
    let stored: Vec<_> = doc
        .records
        .iter()
        .filter(|r| !started.records.iter().any(|s| s.id == r.id))
        .collect();
    assert_eq!(stored.len(), 1, "{stored:#?}");
    assert_eq!(stored[0].text, DECISION, "stored in logical order, as typed");
    assert_eq!(stored[0].kind, RecordKind::Note);
    assert_eq!(stored[0].agenda_item, Some(opening));
    assert_eq!(stored[0].captured_at, Some(meeting_time(9, 0)));
    assert_eq!(harness.get_by_label("Text").value().as_deref(), Some(""));
    assert!(
        harness.get_by_label("Text").is_focused(),
        "the field is ready for the next record"
    );
}

fn cedar(harness: &Harness<'_, MajlisApp>) -> Organisation {
    let doc = doc(harness);
    let org = doc
        .organisations
        .iter()
        .find(|o| o.name == "Cedar Angels Network")
        .unwrap();
    org.as_ref().clone()
}

#[test]
fn an_arabic_name_typed_in_the_registry_is_stored_as_typed_and_undone_in_one_step() {
    let (_dir, mut harness) = sample_at_nine();
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("Cedar Angels Network").click();
    harness.run_ok();
    let original = doc(&harness);
    assert_eq!(cedar(&harness).name_ar, "");

    harness.get(named_field("Name in Arabic")).focus();
    harness.run_ok();
    type_chars(&mut harness, CEDAR);
    assert_eq!(cedar(&harness).name_ar, CEDAR, "stored in logical order");
    let field = harness.get(named_field("Name in Arabic"));
    assert_eq!(field.value().as_deref(), Some(CEDAR));
    let rect = field.rect();
    let row = painted(&harness, rect);
    let edges = word_edges(&harness.ctx, &row, &["شبكة", "ملائكة", "الأرز"]);
    println!("words of {CEDAR:?}, left and right: {edges:?}");
    assert!(
        right_to_left(&edges),
        "the first word must be rightmost: {edges:?}"
    );
    assert!(
        rect.right() - edges[0].1 < 8.0,
        "the name is right-aligned: {edges:?} in {rect:?}"
    );

    // Inside the field, Ctrl+Z takes back the last word, and the record follows.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let two_words = "شبكة ملائكة ";
    assert_eq!(
        harness.get(named_field("Name in Arabic")).value().as_deref(),
        Some(two_words)
    );
    assert_eq!(cedar(&harness).name_ar, two_words);
    type_chars(&mut harness, "الأرز");
    assert_eq!(cedar(&harness).name_ar, CEDAR);

    // Out of the field, Ctrl+Z undoes the whole name as one step of the document.
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.ctx.text_edit_focused());
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(doc(&harness), original, "one undo step");
    assert_eq!(
        harness.get(named_field("Name in Arabic")).value().as_deref(),
        Some("")
    );
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(cedar(&harness).name_ar, CEDAR);
}
