//! Telling a file cut short (a copy interrupted, a disk that filled up) from one
//! with a mistake in it, so the user hears the likely cause in plain words.
//!
//! A Majlis file ends with the `)` that closes the document, so any cut before
//! it leaves the parser wanting more. The parser then either runs out of text
//! (`Eof`), finds no closing quote for a string, or stops on the last, partial
//! word ("tru" for `true`, "Plann" for `Planned`) or on nothing at all (a field
//! name without its `:`, a list without its next item).

use ron::error::{Error, SpannedError};

/// Whether the parser failed because `text` ends before the document does.
pub(super) fn ends_early(e: &SpannedError, text: &str) -> bool {
    match e.code {
        Error::Eof | Error::ExpectedStringEnd | Error::UnclosedBlockComment => true,
        // Text after the document: the document itself was complete.
        Error::TrailingCharacters => false,
        _ => rest_from(text, e.span.end.line, e.span.end.col)
            .is_some_and(|rest| rest.trim().chars().all(is_word_char)),
    }
}

/// Line and column (counted in characters, from 1) just after the last character of `text`.
pub(super) fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
    (line, column)
}

/// The text from a line and column as the parser counts them (both from 1, columns in characters).
fn rest_from(text: &str, line: usize, column: usize) -> Option<&str> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let rest = text.get(line_start..)?;
    let offset = rest
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map_or(rest.len(), |(i, _)| i);
    rest.get(offset..)
}

/// A character of a word or number that the end of the file may have cut short.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '+')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{LoadError, parse};
    use super::*;

    const SAMPLE: &str = include_str!("../../sample-data/beirut-2007.ron");

    /// The error for the sample cut after `len` bytes, or `None` when it still loads.
    fn cut(len: usize) -> Option<LoadError> {
        parse(SAMPLE.as_bytes().get(..len).unwrap()).err()
    }

    /// Where the sample's document ends: cuts after it lose only the final line break.
    fn document_end() -> usize {
        SAMPLE.trim_end().len()
    }

    #[test]
    fn cuts_at_chosen_places_are_reported_as_truncated() {
        let at = |needle: &str, after: usize| SAMPLE.find(needle).unwrap() + after;
        let version = format!("format_version: {}", crate::model::FORMAT_VERSION);
        let cuts = [
            ("the first byte", 1),
            ("inside the version", at("format_version", 5)),
            ("after the version", at(&version, version.len())),
            ("inside a string", at("Expert group meeting", 6)),
            ("after a string", at("ESCWA ICT Division\"", 19)),
            ("between records", at("    ),\n    (\n", 7)),
            ("inside a field name", at("expected_outcomes", 8)),
            ("inside true", at("parallel: true", 13)),
            ("inside None", at("None", 2)),
            ("inside an enum variant", at("Planned", 4)),
            ("after a colon", at("working_languages:", 18)),
            ("inside Arabic text", at("name_ar: \"", 14)),
            ("before the last bracket", document_end() - 1),
        ];
        for (place, len) in cuts {
            let err = cut(len).unwrap_or_else(|| panic!("{place}: the cut file loaded"));
            let (line, column) = end_position(&String::from_utf8_lossy(&SAMPLE.as_bytes()[..len]));
            let is_truncated = matches!(err, LoadError::Truncated { .. });
            assert!(is_truncated, "{place}: {err}");
            if SAMPLE.is_char_boundary(len) {
                assert_eq!(err.position(), Some((line, column)), "{place}: {err}");
            }
        }
    }

    #[test]
    fn the_message_names_the_line_where_the_file_stops() {
        let len = SAMPLE.match_indices('\n').nth(1630).unwrap().0 + 5;
        let err = cut(len).unwrap();
        assert!(
            err.to_string()
                .starts_with("The file ends in the middle of a record at line 1,632:"),
            "{err}"
        );
        assert!(err.to_string().contains("cut short"), "{err}");
    }

    #[test]
    fn every_cut_of_a_small_meeting_is_reported_as_truncated() {
        let text = super::super::to_ron(&crate::model::Document::new_meeting()).unwrap();
        let end = text.trim_end().len();
        for len in 1..end {
            let err = parse(text.as_bytes().get(..len).unwrap()).unwrap_err();
            assert!(matches!(err, LoadError::Truncated { .. }), "cut at {len}: {err}");
        }
    }

    #[test]
    fn mistakes_inside_a_complete_file_are_not_truncations() {
        for text in [
            "(format_version: 1,\n  agenda: [oops],\n)",
            "(format_version: 1, meeting: (title: 12))",
            "(format_version: 1) trailing",
            "(format_version: 1, agenda: [(status: Nonsense)])",
            "(format_version: 1, meeting: (title: \"x\"]))",
        ] {
            let err = parse(text.as_bytes()).unwrap_err();
            assert!(matches!(err, LoadError::Syntax { .. }), "{text}: {err}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Every byte at which the sample can be cut, before its closing
        /// bracket, is reported as a truncation at the place the text stops.
        #[test]
        fn any_cut_of_the_sample_is_reported_as_truncated(len in 1..document_end()) {
            let err = cut(len);
            prop_assert!(matches!(err, Some(LoadError::Truncated { .. })), "cut at {}: {:?}", len, err);
        }
    }

    #[test]
    fn cuts_after_the_document_still_load() {
        for len in document_end()..=SAMPLE.len() {
            assert!(cut(len).is_none(), "cut at {len}");
        }
    }
}
