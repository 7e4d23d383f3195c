//! Grapheme clusters, words and paragraph direction of logical text.
//!
//! Pure text functions shared by the editing core and the layout, so that both
//! agree on where a caret may stand. The clusters are those of
//! [`crate::bidi`]: a base character with the combining marks (Arabic
//! harakat...), joiners, variation selectors, emoji modifiers and tags that
//! follow it, a ZWJ joining the next character (emoji ZWJ sequences), plus
//! pairs of regional indicators (flags) and CR LF.

use unicode_bidi::{BidiClass, bidi_class};

use crate::bidi;

/// ZERO WIDTH JOINER.
const ZWJ: char = '\u{200D}';

/// Char indices of every cluster boundary of `text`, from 0 to its char count
/// inclusive (so `[0]` for the empty text).
pub fn boundaries(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut previous: Option<char> = None;
    let mut join_next = false;
    let mut pending_flag = false;
    let mut count = 0;
    for c in text.chars() {
        // Line breaks and other controls stand alone (but CR LF is one cluster).
        let extends = match previous {
            None => false,
            Some('\r') => c == '\n',
            Some(p) if p.is_control() || c.is_control() => false,
            Some(_) => {
                join_next || bidi::is_cluster_extender(c) || (pending_flag && is_regional_indicator(c))
            }
        };
        if !extends {
            out.push(count);
            pending_flag = is_regional_indicator(c);
        } else if is_regional_indicator(c) {
            pending_flag = false;
        }
        join_next = c == ZWJ;
        previous = Some(c);
        count += 1;
    }
    out.push(count);
    out
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Byte offset of the char index `char_index` in `text` (its length past the end).
pub fn byte_offset(text: &str, char_index: usize) -> usize {
    text.char_indices()
        .nth(char_index)
        .map_or(text.len(), |(byte, _)| byte)
}

/// Whether a cluster (given as its text) belongs to a word: its base is a letter or a digit.
pub fn is_word_cluster(cluster: &str) -> bool {
    cluster
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Whether a cluster (given as its text) is white space.
pub fn is_space_cluster(cluster: &str) -> bool {
    cluster.chars().next().is_some_and(char::is_whitespace)
}

/// Whether the paragraph `line` reads right to left: its first strong
/// character is right to left (rules P2, P3; left to right when it has none).
pub fn is_rtl_paragraph(line: &str) -> bool {
    if !bidi::has_rtl(line) {
        return false;
    }
    for c in line.chars() {
        match bidi_class(c) {
            BidiClass::L => return false,
            BidiClass::R | BidiClass::AL => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_of_plain_and_marked_text() {
        assert_eq!(boundaries(""), vec![0]);
        assert_eq!(boundaries("abc"), vec![0, 1, 2, 3]);
        // Harakat stay with their letter: م َ ر ْ
        assert_eq!(boundaries("مَرْ"), vec![0, 2, 4]);
        // A family emoji is one cluster of five chars.
        assert_eq!(boundaries("a👨\u{200D}👩\u{200D}👧b"), vec![0, 1, 6, 7]);
        // Two flags, four regional indicators.
        assert_eq!(boundaries("🇱🇧🇫🇷"), vec![0, 2, 4]);
        assert_eq!(boundaries("a\r\nb"), vec![0, 1, 3, 4]);
        // A mark at the very start is a cluster of its own.
        assert_eq!(boundaries("\u{64E}ب"), vec![0, 1, 2]);
        // Nothing joins across a line break.
        assert_eq!(boundaries("a\u{200D}\n\u{64E}"), vec![0, 2, 3, 4]);
    }

    #[test]
    fn paragraph_direction_from_first_strong_character() {
        assert!(is_rtl_paragraph("مرحبا Beirut"));
        assert!(is_rtl_paragraph("2007 مرحبا"));
        assert!(!is_rtl_paragraph("Beirut مرحبا"));
        assert!(!is_rtl_paragraph(""));
        assert!(!is_rtl_paragraph("٢٠٢٤"), "digits are not strong");
    }

    #[test]
    fn words() {
        assert!(is_word_cluster("بَ"));
        assert!(is_word_cluster("٢"));
        assert!(!is_word_cluster(" "));
        assert!(!is_word_cluster("،"));
        assert!(is_space_cluster(" "));
    }
}
