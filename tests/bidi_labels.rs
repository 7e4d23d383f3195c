//! Arabic labels drawn by the shared widgets: wrapped paragraphs reordered
//! row by row and right-aligned, table cells cut at their logical end; what is
//! measured is the glyphs painted, what screen readers get is the logical text.

use egui::epaint::text::Glyph;
use egui::{Context, FontId, Shape, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::ui::widgets;

/// "The partners met in Beirut to discuss a network of incubators in the
/// region and its funding next year", one word at a time.
const WORDS: [&str; 12] = [
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

/// A long organisation name of the sample (the UNDP programme).
const LONG_NAME: &str =
    "برنامج الأمم المتحدة الإنمائي - تكنولوجيا المعلومات والاتصالات من أجل التنمية في المنطقة العربية";

/// A harness drawing `draw` in a column `width` points wide.
fn harness(width: f32, draw: impl Fn(&mut egui::Ui) + 'static) -> Harness<'static> {
    let mut harness = Harness::builder()
        .with_size(vec2(640.0, 400.0))
        .with_context_setup(majlis::fonts::install)
        .build_ui(move |ui| {
            ui.allocate_ui(vec2(width, 380.0), |ui| {
                ui.set_width(width);
                draw(ui);
            });
        });
    harness.run_ok();
    harness
}

fn is_continuation(glyph: &Glyph) -> bool {
    glyph.advance_width == 0.0 && glyph.uv_rect.is_nothing()
}

/// Glyphs of a painted row, left to right: `(char, left, right)` on screen.
type Painted = Vec<(char, f32, f32)>;

/// Every row of text painted, from the top.
fn painted_rows(harness: &Harness<'_>) -> Vec<Painted> {
    let mut rows: Vec<(f32, Painted)> = harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            Shape::Text(text) => Some(text),
            _ => None,
        })
        .flat_map(|text| {
            text.galley.rows.iter().map(move |row| {
                let glyphs = row
                    .row
                    .glyphs
                    .iter()
                    .filter(|g| !is_continuation(g))
                    .map(|g| {
                        let left = text.pos.x + row.pos.x + g.pos.x;
                        (g.chr, left, left + g.advance_width)
                    })
                    .collect();
                (text.pos.y + row.pos.y, glyphs)
            })
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

/// Left and right edges of `word` in a painted row, if its glyphs are there once.
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

#[test]
fn a_wrapped_arabic_paragraph_reads_right_to_left_on_every_row() {
    let text = WORDS.join(" ");
    let shown = text.clone();
    let harness = harness(200.0, move |ui| {
        widgets::paragraph(ui, &shown);
    });
    let node = harness.get_by_label(&text);
    assert_eq!(node.accesskit_node().value().as_deref(), Some(text.as_str()));
    let right_edge = node.rect().right();

    let rows = painted_rows(&harness);
    assert!(rows.len() >= 3, "the paragraph wraps: {} rows", rows.len());
    let mut next_word = 0;
    for (index, glyphs) in rows.iter().enumerate() {
        let shown: Vec<&str> = WORDS[next_word..]
            .iter()
            .copied()
            .take_while(|word| find_word(&harness.ctx, glyphs, word).is_some())
            .collect();
        assert!(!shown.is_empty(), "row {index} shows none of the next words");
        next_word += shown.len();
        let edges: Vec<(f32, f32)> = shown
            .iter()
            .filter_map(|word| find_word(&harness.ctx, glyphs, word))
            .collect();
        // The first word of the row is rightmost, against the right edge...
        assert!(
            edges.windows(2).all(|pair| pair[0].0 >= pair[1].1 - 0.5),
            "row {index}: {shown:?} at {edges:?}"
        );
        assert!(
            (edges[0].1 - right_edge).abs() < 1.0,
            "row {index}: {edges:?}, edge {right_edge}"
        );
        // ...and the row fits (the space it wrapped at may hang past its end).
        let left = glyphs
            .iter()
            .filter(|g| g.0 != ' ')
            .map(|g| g.1)
            .fold(f32::INFINITY, f32::min);
        assert!(left >= right_edge - 200.5, "row {index} overflows at {left}");
    }
    assert_eq!(next_word, WORDS.len(), "every word is drawn, in order");
}

#[test]
fn a_latin_paragraph_still_wraps_as_a_label() {
    let text = "The partners met in Beirut to discuss a regional network of incubators";
    let harness = harness(200.0, move |ui| {
        widgets::paragraph(ui, text);
    });
    harness.get_by_label(text);
    assert!(painted_rows(&harness).len() >= 2);
}

#[test]
fn an_arabic_name_too_long_for_its_cell_keeps_its_first_words() {
    let harness = harness(160.0, |ui| {
        widgets::truncated(ui, LONG_NAME);
    });
    // Screen readers get the whole name, in logical order.
    let node = harness.get_by_label(LONG_NAME);
    let cell = node.rect();
    assert!(cell.width() <= 160.5, "the label fits its cell: {cell:?}");

    let rows = painted_rows(&harness);
    let [row] = &rows[..] else {
        panic!("one row: {rows:?}");
    };
    let words: Vec<&str> = LONG_NAME.split_whitespace().collect();
    let first = find_word(&harness.ctx, row, words[0]).expect("the first word is shown");
    let second = find_word(&harness.ctx, row, words[1]).expect("the second word is shown");
    let last = words.last().expect("words");
    assert!(find_word(&harness.ctx, row, last).is_none(), "the end is cut off");
    // The beginning reads from the right; the ellipsis ends it, on the left.
    assert!(first.0 >= second.1 - 0.5, "{first:?} then {second:?}");
    let ellipsis = row.iter().find(|g| g.0 == '…').expect("an ellipsis");
    let leftmost = row.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
    assert!(
        (ellipsis.1 - leftmost).abs() < 0.5,
        "the ellipsis is leftmost: {row:?}"
    );
    let rightmost = row.iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    assert!(
        (first.1 - rightmost).abs() < 0.5,
        "the first word is rightmost: {row:?}"
    );
    assert!(rightmost - leftmost <= 160.5, "the cut name fits: {row:?}");
}

#[test]
fn an_arabic_name_that_fits_is_shown_whole() {
    let name = "البنك الإسلامي للتنمية";
    let harness = harness(300.0, move |ui| {
        widgets::truncated(ui, name);
    });
    harness.get_by_label(name);
    let rows = painted_rows(&harness);
    assert!(!rows.iter().flatten().any(|g| g.0 == '…'), "{rows:?}");
    let words: Vec<&str> = name.split_whitespace().collect();
    let edges: Vec<(f32, f32)> = words
        .iter()
        .map(|word| find_word(&harness.ctx, &rows[0], word).expect("every word is drawn"))
        .collect();
    assert!(
        edges.windows(2).all(|pair| pair[0].0 >= pair[1].1 - 0.5),
        "{edges:?}"
    );
}
