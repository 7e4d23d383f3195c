//! The bidi text field alone in a harness: word order measured on the glyphs
//! it paints (as in `arabic_order.rs`), caret and selection on its own
//! layout, keys, clipboard, undo and AccessKit.

#![expect(clippy::expect_used, reason = "a test fails by panicking")]

use std::time::Instant;

use egui::epaint::text::Glyph;
use egui::{Context, Event, FontId, Id, Key, Modifiers, OutputCommand, Pos2, RawInput, Shape, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::ui::text_field::{Affinity, FieldLayout, FieldView, TextField};

/// "Welcome to Beirut".
const WELCOME: &str = "مرحبا بكم في بيروت";
/// "ESCWA meeting in 2007 Beirut": a Latin word and European digits inside Arabic.
const MIXED: &str = "اجتماع ESCWA في 2007 بيروت";

/// What the harness shows: one field and what the app would do with it.
#[derive(Default)]
struct Page {
    text: String,
    /// Set when `lost_focus() && key_pressed(Enter)`, as the app reads it.
    submitted: bool,
    changes: usize,
}

fn field_id() -> Id {
    Id::unique("text field under test")
}

/// A harness showing a labelled field ("Note") of `width` points.
fn harness(multiline: bool, width: f32, text: &str) -> Harness<'static, Page> {
    let page = Page {
        text: text.to_owned(),
        ..Page::default()
    };
    let mut harness = Harness::builder()
        .with_size(vec2(640.0, 400.0))
        // Frames as a screen makes them: two clicks a frame apart are a double click.
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(majlis::fonts::install)
        .build_ui_state(
            move |ui, page: &mut Page| {
                let label = ui.label("Note");
                let field = if multiline {
                    TextField::multiline(&mut page.text)
                } else {
                    TextField::singleline(&mut page.text)
                };
                let response = field
                    .id(field_id())
                    .desired_width(width)
                    .show(ui)
                    .labelled_by(label.id);
                if response.changed() {
                    page.changes += 1;
                }
                if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    page.submitted = true;
                }
                let other = ui.label("Other");
                TextField::singleline(&mut String::new())
                    .id_salt("other")
                    .show(ui)
                    .labelled_by(other.id);
            },
            page,
        );
    harness.run_ok();
    harness
}

fn view(harness: &Harness<'_, Page>) -> FieldView {
    TextField::view(&harness.ctx, field_id()).expect("the field has been shown")
}

/// Focuses the field and types `text` one char at a time, as a keyboard does.
fn type_chars(harness: &mut Harness<'_, Page>, text: &str) {
    harness.get_by_label("Note").focus();
    harness.run_ok();
    for c in text.chars() {
        harness.get_by_label("Note").type_text(&c.to_string());
        harness.run_ok();
    }
}

fn press(harness: &mut Harness<'_, Page>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

/// A glyph egui pads clusters with, which draws nothing.
fn is_continuation(glyph: &Glyph) -> bool {
    glyph.advance_width == 0.0 && glyph.uv_rect.is_nothing()
}

/// Glyphs of a painted row, left to right: `(char, left, right)` on screen.
type Painted = Vec<(char, f32, f32)>;

/// The glyphs the field painted, one list per row from the top.
fn painted_rows(harness: &Harness<'_, Page>) -> Vec<Painted> {
    let field = harness.get_by_label("Note").rect();
    let mut rows: Vec<(f32, Painted)> = harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            Shape::Text(text) if field.contains(text.pos) => Some(text),
            _ => None,
        })
        .map(|text| {
            let glyphs = text
                .galley
                .rows
                .iter()
                .flat_map(|row| row.row.glyphs.iter().map(move |g| (row.pos, g)))
                .filter(|(_, g)| !is_continuation(g))
                .map(|(row, g)| {
                    let left = text.pos.x + row.x + g.pos.x;
                    (g.chr, left, left + g.advance_width)
                })
                .collect();
            (text.pos.y, glyphs)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, glyphs)| glyphs).collect()
}

/// The chars egui draws for `word` laid out alone, left to right.
fn drawn_chars(ctx: &Context, word: &str) -> Vec<char> {
    let galley = ctx.fonts_mut(|fonts| {
        fonts.layout_no_wrap(word.to_owned(), FontId::proportional(14.0), egui::Color32::WHITE)
    });
    galley
        .rows
        .iter()
        .flat_map(|row| row.row.glyphs.iter())
        .filter(|g| !is_continuation(g))
        .map(|g| g.chr)
        .collect()
}

/// Left and right edges of `word` in a painted row, if its glyphs are there (once).
fn find_word(ctx: &Context, row: &[(char, f32, f32)], word: &str) -> Option<(f32, f32)> {
    let alone = drawn_chars(ctx, word);
    let starts: Vec<usize> = (0..=row.len().saturating_sub(alone.len()))
        .filter(|&start| {
            row.get(start..start + alone.len())
                .is_some_and(|part| part.iter().map(|g| g.0).eq(alone.iter().copied()))
        })
        .collect();
    let [start] = starts[..] else {
        return None;
    };
    let part = &row[start..start + alone.len()];
    let left = part.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
    let right = part.iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    Some((left, right))
}

/// Edges of each of `words` in `row`; panics naming the word it cannot find.
fn word_edges(ctx: &Context, row: &[(char, f32, f32)], words: &[&str]) -> Vec<(f32, f32)> {
    words
        .iter()
        .map(|word| {
            find_word(ctx, row, word)
                .unwrap_or_else(|| panic!("{word:?} is not drawn once, intact, in {row:?}"))
        })
        .collect()
}

fn right_to_left(edges: &[(f32, f32)]) -> bool {
    edges.windows(2).all(|pair| pair[0].0 >= pair[1].1 - 0.5)
}

/// Screen x of a caret at `position` in the field.
fn caret_x(view: &FieldView, position: usize, affinity: Affinity) -> f32 {
    let layout = view.layout.as_ref().expect("laid out");
    view.origin.x + layout.caret_at(position, affinity, view.text_width).1
}

#[test]
fn typed_arabic_reads_right_to_left_and_keeps_its_logical_value() {
    let mut harness = harness(false, 400.0, "");
    type_chars(&mut harness, WELCOME);
    assert_eq!(harness.state().text, WELCOME);
    assert_eq!(harness.get_by_label("Note").value().as_deref(), Some(WELCOME));

    let rows = painted_rows(&harness);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let words = ["مرحبا", "بكم", "في", "بيروت"];
    let edges = word_edges(&harness.ctx, &rows[0], &words);
    println!("words of {WELCOME:?}, left and right: {edges:?}");
    assert!(
        right_to_left(&edges),
        "the first word must be rightmost: {edges:?}"
    );

    // Right-aligned, and the caret (after the last letter typed) at the left end.
    let view = view(&harness);
    let right_edge = view.origin.x + view.text_width;
    assert!(
        (edges[0].1 - right_edge).abs() < 1.0,
        "{edges:?} against {right_edge}"
    );
    let caret = caret_x(&view, view.caret, view.affinity);
    assert!(
        (caret - edges[3].0).abs() < 1.0,
        "caret at {caret}, text from {}",
        edges[3].0
    );
    assert!(harness.state().changes >= WELCOME.chars().count());
}

#[test]
fn mixed_text_keeps_latin_words_and_numbers_intact_and_in_place() {
    let mut harness = harness(false, 400.0, "");
    type_chars(&mut harness, MIXED);
    let rows = painted_rows(&harness);
    let words = ["اجتماع", "ESCWA", "في", "2007", "بيروت"];
    let edges = word_edges(&harness.ctx, &rows[0], &words);
    println!("words of {MIXED:?}, left and right: {edges:?}");
    assert!(right_to_left(&edges), "{edges:?}");
    // "2007" reads left to right.
    let digits: String = rows[0]
        .iter()
        .filter(|g| g.0.is_ascii_digit())
        .map(|g| g.0)
        .collect();
    assert_eq!(digits, "2007");
    assert_eq!(harness.get_by_label("Note").value().as_deref(), Some(MIXED));

    // Carets inside the Latin word go left to right, inside Arabic right to left.
    let view = view(&harness);
    let escwa: Vec<f32> = (7..=12)
        .map(|p| {
            let affinity = if p == 7 {
                Affinity::Downstream
            } else {
                Affinity::Upstream
            };
            caret_x(&view, p, affinity)
        })
        .collect();
    assert!(escwa.windows(2).all(|w| w[0] < w[1]), "{escwa:?}");
    let first: Vec<f32> = (0..=6).map(|p| caret_x(&view, p, Affinity::Downstream)).collect();
    assert!(first.windows(2).all(|w| w[0] > w[1]), "{first:?}");
    // Where the direction changes, the caret sticks to the side it came from:
    // after "ESCWA" (typing) at its right end, before it (moving back) at its left end.
    assert!((caret_x(&view, 12, Affinity::Upstream) - edges[1].1).abs() < 1.0);
    assert!((caret_x(&view, 7, Affinity::Downstream) - edges[1].0).abs() < 1.0);
}

/// How many pieces (sections, each shaped alone) each painted row of the field holds.
fn painted_sections(harness: &Harness<'_, Page>) -> Vec<usize> {
    let field = harness.get_by_label("Note").rect();
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            Shape::Text(text) if field.contains(text.pos) => Some(text.galley.job.sections.len()),
            _ => None,
        })
        .collect()
}

#[test]
fn left_to_right_runs_are_laid_out_whole_and_arabic_words_on_their_own() {
    // Shaping a piece costs about as much whatever its length: a field of
    // Latin text laid out a letter at a time took ten times a label's frame.
    let latin = harness(false, 400.0, "Opening session, 9:00 (plenary)");
    assert_eq!(painted_sections(&latin), [1]);
    // بيروت | " 2007 " | في | " ESCWA " | اجتماع, from the left.
    let mixed = harness(false, 400.0, MIXED);
    assert_eq!(painted_sections(&mixed), [5]);
    let rows = painted_rows(&mixed);
    let edges = word_edges(&mixed.ctx, &rows[0], &["اجتماع", "ESCWA", "في", "2007", "بيروت"]);
    assert!(right_to_left(&edges), "{edges:?}");
}

#[test]
fn harakat_and_lam_alef_keep_the_caret_in_order() {
    // مَرْحَبًا لا ٢٠٢٤: marks, a lam-alef ligature, Arabic-Indic digits.
    let text = "مَرْحَبًا لا ٢٠٢٤";
    let harness = harness(false, 400.0, text);
    let view = view(&harness);
    let layout = view.layout.clone().expect("laid out");
    let row = &layout.rows()[0];
    let boundaries: Vec<usize> = row.clusters().map(|(chars, _)| chars.start).collect();
    assert_eq!(
        &boundaries[..5],
        &[0, 2, 4, 6, 8],
        "a letter and its haraka are one cluster"
    );
    // Through the word and the ligature, carets step right to left...
    let word: Vec<f32> = [0, 2, 4, 6, 8, 9, 10, 11, 12]
        .iter()
        .map(|&p| caret_x(&view, p, Affinity::Downstream))
        .collect();
    assert!(word.windows(2).all(|w| w[0] > w[1]), "{word:?}");
    // ...and through the number, left to right.
    let number: Vec<f32> = (13..=17)
        .map(|p| {
            let affinity = if p == 13 {
                Affinity::Downstream
            } else {
                Affinity::Upstream
            };
            caret_x(&view, p, affinity)
        })
        .collect();
    assert!(number.windows(2).all(|w| w[0] < w[1]), "{number:?}");
    let rows = painted_rows(&harness);
    let digits: String = rows[0]
        .iter()
        .filter(|g| ('٠'..='٩').contains(&g.0))
        .map(|g| g.0)
        .collect();
    assert_eq!(digits, "٢٠٢٤");
}

#[test]
fn backspace_home_end_shift_arrows_and_undo_edit_logically() {
    let mut harness = harness(false, 400.0, "");
    type_chars(&mut harness, "مرحبا بكم");
    press(&mut harness, Modifiers::NONE, Key::Backspace);
    assert_eq!(harness.state().text, "مرحبا بك");

    // Home goes to the logical start, drawn at the right end.
    press(&mut harness, Modifiers::NONE, Key::Home);
    let view = view(&harness);
    assert_eq!(view.caret, 0);
    let rows = painted_rows(&harness);
    let rightmost = rows[0].iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    assert!((caret_x(&view, 0, view.affinity) - rightmost).abs() < 1.0);

    // In a right-to-left paragraph Shift+Left selects onwards: the first word.
    for _ in 0..5 {
        press(&mut harness, Modifiers::SHIFT, Key::ArrowLeft);
    }
    let view = self::view(&harness);
    assert_eq!((view.anchor, view.caret), (0, 5));
    press(&mut harness, Modifiers::SHIFT, Key::ArrowRight);
    assert_eq!(self::view(&harness).caret, 4);
    press(&mut harness, Modifiers::SHIFT, Key::ArrowLeft);

    harness.event(Event::Copy);
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|command| matches!(command, OutputCommand::CopyText(text) if text == "مرحبا"));
    assert!(copied, "{:?}", harness.output().platform_output.commands);

    // Typing replaces the selection.
    harness.run_ok();
    harness.get_by_label("Note").type_text("أهلا");
    harness.run_ok();
    assert_eq!(harness.state().text, "أهلا بك");
    press(&mut harness, Modifiers::NONE, Key::End);
    assert_eq!(self::view(&harness).caret, 7);

    // Undo inside the field: the replacement, then the backspace, then the typing.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().text, "مرحبا بك");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().text, "مرحبا بكم");
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(harness.state().text, "مرحبا بك");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().text, "مرحبا ");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().text, "");
}

#[test]
fn cut_and_paste_move_text_in_logical_order() {
    let mut harness = harness(false, 400.0, MIXED);
    harness.get_by_label("Note").focus();
    harness.run_ok();
    press(&mut harness, Modifiers::NONE, Key::Home);
    // Ctrl+Left in a right-to-left paragraph: word by word onwards.
    press(&mut harness, Modifiers::COMMAND, Key::ArrowLeft);
    press(
        &mut harness,
        Modifiers::COMMAND | Modifiers::SHIFT,
        Key::ArrowLeft,
    );
    assert_eq!(self::view(&harness).caret, 12);
    harness.event(Event::Cut);
    harness.run_ok();
    assert_eq!(harness.state().text, "اجتماع في 2007 بيروت");
    press(&mut harness, Modifiers::COMMAND, Key::End);
    harness.event(Event::Paste(" ESCWA".to_owned()));
    harness.run_ok();
    assert_eq!(harness.state().text, "اجتماع في 2007 بيروت ESCWA");
}

#[test]
fn a_selection_across_directions_paints_the_selected_clusters() {
    let harness = harness(false, 400.0, MIXED);
    let view = view(&harness);
    let layout = view.layout.clone().expect("laid out");
    let row = &layout.rows()[0];
    // "ماع ES": the end of the Arabic word, a space and the start of the Latin word.
    let spans = row.selection_spans(&(3..9), 4.0);
    let rows = painted_rows(&harness);
    let edges = word_edges(&harness.ctx, &rows[0], &["ESCWA", "اجتماع"]);
    let left = view.origin.x + row.offset(view.text_width);
    let spans: Vec<(f32, f32)> = spans.iter().map(|&(a, b)| (left + a, left + b)).collect();
    println!("selection of 3..9 in {MIXED:?}: {spans:?}; words {edges:?}");
    assert_eq!(spans.len(), 2, "{spans:?}");
    // "ES" is the left part of "ESCWA"; "CWA" stays unselected between the two spans.
    assert!((spans[0].0 - edges[0].0).abs() < 1.0, "{spans:?}");
    assert!(spans[0].1 < edges[0].1 - 10.0, "{spans:?}");
    assert!(
        spans[1].0 >= edges[0].1 - 0.5 && spans[1].1 < edges[1].1 - 1.0,
        "{spans:?}"
    );
}

#[test]
fn clicks_map_to_logical_positions() {
    let mut harness = harness(false, 400.0, MIXED);
    let rows = painted_rows(&harness);
    let e = rows[0].iter().find(|g| g.0 == 'E').copied().expect("E is drawn");
    let a = rows[0].iter().find(|g| g.0 == 'A').copied().expect("A is drawn");
    let click = |harness: &mut Harness<'_, Page>, x: f32, y: f32| {
        let pos = Pos2::new(x, y);
        harness.hover_at(pos);
        harness.drag_at(pos);
        harness.drop_at(pos);
        harness.run_ok();
    };
    let y = harness.get_by_label("Note").rect().center().y;
    click(&mut harness, e.1 + 1.0, y);
    assert_eq!(view(&harness).caret, 7, "left half of E: before it");
    assert!(
        harness.get_by_label("Note").is_focused(),
        "a click focuses the field"
    );
    click(&mut harness, a.2 - 1.0, y);
    assert_eq!(view(&harness).caret, 12, "right half of A: after it");
    let rightmost = rows[0].iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    click(&mut harness, rightmost - 1.0, y);
    assert_eq!(
        view(&harness).caret,
        0,
        "the right end of a right-to-left text is its start"
    );
}

#[test]
fn enter_ends_a_single_line_field_and_tab_moves_on() {
    let mut harness = harness(false, 400.0, "");
    type_chars(&mut harness, "بيروت");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.state().submitted, "lost_focus() && key_pressed(Enter)");
    assert!(!harness.get_by_label("Note").is_focused());
    assert_eq!(harness.state().text, "بيروت");

    harness.get_by_label("Note").focus();
    harness.run_ok();
    assert!(
        harness.ctx.text_edit_focused(),
        "the app's shortcuts leave Ctrl+Z to a focused field"
    );
    press(&mut harness, Modifiers::NONE, Key::Tab);
    assert!(
        harness.get_by_label("Other").is_focused(),
        "Tab goes to the next field"
    );
}

#[test]
fn accesskit_sets_the_value_and_typing_follows() {
    let mut harness = harness(false, 400.0, "");
    harness
        .get_by_label("Note")
        .set_text_value_accesskit("بيروت 2007");
    harness.run_ok();
    assert_eq!(harness.state().text, "بيروت 2007");
    assert_eq!(
        harness.get_by_label("Note").value().as_deref(),
        Some("بيروت 2007")
    );
    harness.get_by_label("Note").focus();
    harness.run_ok();
    harness.get_by_label("Note").type_text(" م");
    harness.run_ok();
    assert_eq!(
        harness.get_by_label("Note").value().as_deref(),
        Some("بيروت 2007 م")
    );
    let node = harness.get_by_label("Note");
    assert_eq!(node.accesskit_node().role(), egui::accesskit::Role::TextInput);
}

#[test]
fn a_wrapped_paragraph_is_reordered_per_row_and_right_aligned() {
    let words = [
        "اجتمع",
        "الشركاء",
        "في",
        "بيروت",
        "لمناقشة",
        "شبكة",
        "الحاضنات",
        "الإقليمية",
        "وتمويلها",
        "خلال",
        "العام",
        "المقبل",
    ];
    let text = format!("{}\nSecond paragraph in English", words.join(" "));
    let mut harness = harness(true, 200.0, "");
    harness.get_by_label("Note").focus();
    harness.run_ok();
    harness.get_by_label("Note").type_text(&text);
    harness.run_ok();
    assert_eq!(harness.state().text, text);

    let view = view(&harness);
    let layout = view.layout.clone().expect("laid out");
    let rows = painted_rows(&harness);
    assert!(rows.len() >= 4, "the Arabic paragraph wraps: {} rows", rows.len());
    let right_edge = view.origin.x + view.text_width;
    let mut next_word = 0;
    for (index, (row, glyphs)) in layout.rows().iter().zip(&rows).enumerate() {
        if !row.rtl {
            // The English paragraph: left-aligned.
            let left = glyphs.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
            assert!((left - view.origin.x).abs() < 1.0, "row {index} starts at {left}");
            continue;
        }
        // The words of this row, in logical order, read right to left...
        let shown: Vec<&str> = words[next_word..]
            .iter()
            .copied()
            .take_while(|word| find_word(&harness.ctx, glyphs, word).is_some())
            .collect();
        assert!(!shown.is_empty(), "row {index} shows none of the next words");
        next_word += shown.len();
        let edges = word_edges(&harness.ctx, glyphs, &shown);
        println!("row {index}: {shown:?} at {edges:?}");
        assert!(right_to_left(&edges), "row {index}: {edges:?}");
        // ...from the right edge, and every row fits.
        assert!((edges[0].1 - right_edge).abs() < 1.0, "row {index}: {edges:?}");
        let left = glyphs
            .iter()
            .filter(|g| g.0 != ' ')
            .map(|g| g.1)
            .fold(f32::INFINITY, f32::min);
        assert!(left >= view.origin.x - 0.5, "row {index} overflows: {left}");
    }
    assert_eq!(next_word, words.len(), "every word shown once, in order");

    // Up and Down move by rows on screen; End stays on its row.
    press(&mut harness, Modifiers::COMMAND, Key::Home);
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let view = self::view(&harness);
    let second = &layout.rows()[1];
    assert!(
        second.chars.contains(&view.caret),
        "{} in {:?}",
        view.caret,
        second.chars
    );
    press(&mut harness, Modifiers::NONE, Key::End);
    let view = self::view(&harness);
    assert_eq!(view.caret, second.chars.end);
    assert_eq!(layout.row_at(view.caret, view.affinity), 1);
}

#[test]
fn enter_starts_a_new_line_in_a_multiline_field() {
    let mut harness = harness(true, 300.0, "");
    type_chars(&mut harness, "سطر");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_chars(&mut harness, "line");
    assert_eq!(harness.state().text, "سطر\nline");
    assert!(!harness.state().submitted);
    let view = view(&harness);
    let layout = view.layout.clone().expect("laid out");
    let rtl: Vec<bool> = layout.rows().iter().map(|row| row.rtl).collect();
    assert_eq!(rtl, [true, false], "each line has its own direction");
    let rows = painted_rows(&harness);
    let right = rows[0].iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    let left = rows[1].iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
    assert!((right - (view.origin.x + view.text_width)).abs() < 1.0, "{right}");
    assert!((left - view.origin.x).abs() < 1.0, "{left}");
}

#[test]
fn double_click_selects_a_word_and_drag_extends() {
    let mut harness = harness(false, 400.0, MIXED);
    let rows = painted_rows(&harness);
    let y = harness.get_by_label("Note").rect().center().y;
    let c = rows[0].iter().find(|g| g.0 == 'C').copied().expect("C is drawn");
    let at = Pos2::new(f32::midpoint(c.1, c.2), y);
    harness.hover_at(at);
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run_ok();
    let view = view(&harness);
    assert_eq!(view.caret.min(view.anchor)..view.caret.max(view.anchor), 7..12);

    // Drag from the start of the text (its right end) leftwards over two words.
    let rightmost = rows[0].iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    let edges = word_edges(&harness.ctx, &rows[0], &["ESCWA"]);
    harness.hover_at(Pos2::new(rightmost - 1.0, y));
    harness.drag_at(Pos2::new(rightmost - 1.0, y));
    harness.step();
    for x in [rightmost - 20.0, edges[0].1 - 5.0, edges[0].0 + 2.0] {
        harness.hover_at(Pos2::new(x, y));
        harness.step();
    }
    harness.drop_at(Pos2::new(edges[0].0 + 2.0, y));
    harness.run_ok();
    let view = self::view(&harness);
    assert_eq!(
        (view.anchor, view.caret),
        (0, 7),
        "from the start to just before \"ESCWA\""
    );
}

#[test]
fn a_long_single_line_scrolls_to_keep_the_caret_in_view() {
    let mut harness = harness(false, 150.0, "");
    type_chars(&mut harness, WELCOME);
    type_chars(&mut harness, " ");
    type_chars(&mut harness, WELCOME);
    let view = view(&harness);
    let field = harness.get_by_label("Note").rect();
    let caret = caret_x(&view, view.caret, view.affinity);
    assert!(
        field.x_range().contains(caret),
        "caret at {caret}, field {field:?}"
    );
    press(&mut harness, Modifiers::NONE, Key::Home);
    let view = self::view(&harness);
    let caret = caret_x(&view, view.caret, view.affinity);
    assert!(
        field.x_range().contains(caret),
        "caret at {caret}, field {field:?}"
    );
}

#[test]
fn rows_show_what_labels_show() {
    // The field's visual text is `bidi::visual`'s, so fields and labels agree.
    let ctx = Context::default();
    majlis::fonts::install(&ctx);
    let mut output = ctx.run_ui(RawInput::default(), |ui| {
        ui.label("warm-up");
    });
    output.textures_delta.clear();
    for text in [
        WELCOME,
        MIXED,
        "جامعة بيرزيت (Birzeit)",
        "عام ٢٠٢٤ و 2025",
        "Berytech بيريتك (Beirut)",
        "الطاولة 12 من 30",
    ] {
        let layout =
            ctx.fonts_mut(|fonts| FieldLayout::new(fonts, text, &FontId::proportional(14.0), f32::INFINITY));
        assert_eq!(
            layout.rows()[0].visual_text(),
            majlis::bidi::visual(text),
            "{text:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn any_text_lays_out_with_valid_carets(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "م", "ر", "ل", "ا", "\u{64E}", "a", "Z", " ", "  ", "1", "٢", "(", ")", "\n", "\t",
            "\u{200D}", "\u{200F}", "\u{202B}", "\u{202C}", "👨", "🇱", "🇧", "\u{301}", "،",
        ]), 0..40),
        width in 20.0_f32..300.0,
        x in -50.0_f32..400.0,
    ) {
        let text = parts.concat();
        let ctx = Context::default();
        let mut output = ctx.run_ui(RawInput::default(), |_| {});
        output.textures_delta.clear();
        let layout = ctx.fonts_mut(|fonts| {
            FieldLayout::new(fonts, &text, &FontId::proportional(14.0), width)
        });
        let editor = majlis::ui::text_field::Editor::new(&text, true);
        let len = editor.len();
        let mut covered = 0;
        for (index, row) in layout.rows().iter().enumerate() {
            proptest::prop_assert!(row.chars.start <= row.chars.end && row.chars.end <= len);
            proptest::prop_assert!(row.chars.start >= covered);
            covered = row.chars.end;
            let (position, _) = layout.hit(index, x, width);
            proptest::prop_assert!(editor.boundaries().contains(&position), "{} in {:?}", position, text);
        }
        for &position in editor.boundaries() {
            for affinity in [Affinity::Upstream, Affinity::Downstream] {
                let (row, x) = layout.caret_at(position, affinity, width);
                proptest::prop_assert!(row < layout.rows().len() && x.is_finite());
            }
        }
    }
}

/// Which widget a measured frame shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    Nothing,
    Field,
    TextEdit,
}

/// Median time of `runs` frames showing `shown` over `value`, typing `typed` in each.
fn median_frame(
    ctx: &Context,
    value: &mut String,
    shown: Shown,
    multiline: bool,
    typed: Option<&str>,
    runs: usize,
) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let mut input = RawInput::default();
            input
                .events
                .extend(typed.map(|text| Event::Text(text.to_owned())));
            let start = Instant::now();
            let mut output = ctx.run_ui(input, |ui| match shown {
                Shown::Nothing => {}
                Shown::Field if multiline => {
                    TextField::multiline(value)
                        .id(field_id())
                        .desired_width(500.0)
                        .show(ui);
                }
                Shown::Field => {
                    TextField::singleline(value)
                        .id(field_id())
                        .desired_width(500.0)
                        .show(ui);
                }
                Shown::TextEdit if multiline => {
                    egui::TextEdit::multiline(value)
                        .id(field_id())
                        .desired_width(500.0)
                        .show(ui);
                }
                Shown::TextEdit => {
                    egui::TextEdit::singleline(value)
                        .id(field_id())
                        .desired_width(500.0)
                        .show(ui);
                }
            });
            output.textures_delta.clear();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Frame cost of a field whose text does not change, and of a keystroke,
/// against an empty frame and a `TextEdit` over the same text.
/// A measurement, not a check: run with `--ignored --nocapture`.
#[test]
#[ignore = "a measurement: run with --ignored --nocapture"]
fn frame_cost() {
    let sentence = "اجتماع ESCWA في 2007 بيروت لمناقشة شبكة الحاضنات الإقليمية ";
    for (chars, multiline) in [(200, false), (200, true), (2000, true)] {
        let text: String = sentence.chars().cycle().take(chars).collect();
        for shown in [Shown::Field, Shown::TextEdit] {
            let ctx = Context::default();
            majlis::fonts::install(&ctx);
            let mut value = text.clone();
            median_frame(&ctx, &mut value, shown, multiline, None, 5);
            let empty = median_frame(&ctx, &mut value, Shown::Nothing, multiline, None, 300);
            median_frame(&ctx, &mut value, shown, multiline, None, 5);
            let idle = median_frame(&ctx, &mut value, shown, multiline, None, 300);
            ctx.memory_mut(|memory| memory.request_focus(field_id()));
            median_frame(&ctx, &mut value, shown, multiline, None, 2);
            let typing = median_frame(&ctx, &mut value, shown, multiline, Some("x"), 40);
            // A keystroke after a pause (egui's caches forget what a frame did not use).
            median_frame(&ctx, &mut value, shown, multiline, None, 3);
            let first = median_frame(&ctx, &mut value, shown, multiline, Some("y"), 1);
            println!(
                "{chars:>5} chars {:<11} {:<9}: idle {:.3} ms (empty frame {:.3} ms), keystroke {:.3} ms, after a pause {:.3} ms",
                if multiline { "multi-line" } else { "single-line" },
                if shown == Shown::Field {
                    "TextField"
                } else {
                    "TextEdit"
                },
                idle - empty,
                empty,
                typing - empty,
                first - empty,
            );
        }
    }
}
