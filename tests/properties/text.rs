//! Text as it reaches a meeting: pasted from mail and PDFs, typed in Arabic and
//! English, with the invisible characters that come along.

use proptest::prelude::*;
use proptest::sample::select;

/// `\p{Cc}`: NUL, tab, line breaks, escape, DEL, the C1 controls (NEL among them).
const CONTROLS: [char; 16] = [
    '\0', '\u{1}', '\u{8}', '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{1b}', '\u{1f}', '\u{7f}', '\u{80}',
    '\u{85}', '\u{8d}', '\u{9b}', '\u{9f}',
];

/// `\p{Cf}`: soft hyphen, Arabic letter mark, zero widths and joiners, LRM and
/// RLM, the bidi embeddings, overrides and isolates, BOM, an annotation and a tag.
const FORMATS: [char; 22] = [
    '\u{ad}',
    '\u{61c}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2060}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{feff}',
    '\u{fff9}',
    '\u{fffb}',
    '\u{e0001}',
    '\u{e007f}',
];

/// Marks that combine with the character before them, Arabic harakat among
/// them; variation selectors; line and paragraph separators; noncharacters.
const ODD: [char; 13] = [
    '\u{300}',
    '\u{301}',
    '\u{64b}',
    '\u{651}',
    '\u{670}',
    '\u{20e3}',
    '\u{fe0f}',
    '\u{2028}',
    '\u{2029}',
    '\u{fffd}',
    '\u{fffe}',
    '\u{ffff}',
    '\u{10ffff}',
];

const EMOJI: [&str; 6] = ["😀", "👩‍💻", "🇱🇧", "👍🏽", "1️⃣", "🏳️‍🌈"];

/// What the file format itself is made of: quotes, escapes, raw-string fences,
/// brackets, separators, comments and words of RON.
const SYNTAX: [&str; 30] = [
    "\"", "\\", "r#\"", "\"#", "\"##", "#", "##", "r\"", "\\\"", "\\u{41}", "\\n", "r##\"", "(", ")", "[",
    "]", "{", "}", ",", ":", "//", "/*", "*/", "Some(", "None", "true", "r", "b\"", "'", "\r\n",
];

fn from_range(first: char, last: char) -> impl Strategy<Value = String> + Clone {
    (u32::from(first)..=u32::from(last)).prop_map(|n| char::from_u32(n).map(String::from).unwrap_or_default())
}

/// One short piece of hostile text.
fn piece() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        select(&CONTROLS[..]).prop_map(String::from),
        select(&FORMATS[..]).prop_map(String::from),
        select(&ODD[..]).prop_map(String::from),
        from_range('\u{621}', '\u{64a}'),
        from_range('\u{660}', '\u{669}'),
        from_range('\u{6f0}', '\u{6f9}'),
        select(&EMOJI[..]).prop_map(str::to_owned),
        select(&SYNTAX[..]).prop_map(str::to_owned),
        "[a-zA-Z0-9 ]{1,8}",
        Just("جامعة بيرزيت".to_owned()),
        any::<char>().prop_map(String::from),
    ]
}

fn pieces(range: std::ops::Range<usize>) -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(piece(), range).prop_map(|p| p.concat())
}

/// Any text a field may hold, sometimes starting with a lone combining mark,
/// sometimes a few kilobytes long.
pub fn text() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        6 => pieces(0..12),
        2 => "[\\p{Cc}\\p{Cf}\\p{Mn}\\p{Arabic}\\p{Zl}\\p{Zp} \"\\\\#(){}\\[\\],:]{0,24}",
        1 => (select(&['\u{300}', '\u{64b}'][..]), pieces(0..6)).prop_map(|(mark, rest)| format!("{mark}{rest}")),
        1 => any::<String>(),
        1 => (pieces(1..6), 1..2000_usize).prop_map(|(p, n)| p.repeat(n.min(4096 / p.len().max(1)).max(1))),
        1 => Just(String::new()),
    ]
}

/// A short list of texts.
pub fn texts() -> impl Strategy<Value = Vec<String>> + Clone {
    prop::collection::vec(text(), 0..3)
}
