use std::fmt;
use std::path::PathBuf;

use thiserror::Error;

use crate::tr;

/// Why a session file could not be opened. Each message says what and where.
#[derive(Debug, Error)]
pub enum LoadError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty,
    NotUtf8 {
        line: usize,
        column: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The text stops before the document is complete, most likely because the
    /// file was cut short; `line` and `column` are where it stops.
    Truncated {
        line: usize,
        column: usize,
    },
    NotASession,
    TooNew {
        found: u32,
        known: u32,
        detail: String,
    },
    /// A file of an older format was read but could not be written in the current one.
    Upgrade {
        from: u32,
        detail: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line, column and format numbers are places and versions, not counts.
        let text = match self {
            Self::Read { path, source } => tr!(
                "error-read",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Self::Empty => tr!("error-empty"),
            Self::NotUtf8 { line, column } => tr!(
                "error-not-utf8",
                line = line.to_string(),
                column = column.to_string()
            ),
            Self::Syntax {
                line,
                column,
                message,
            } => tr!(
                "error-syntax",
                line = line.to_string(),
                column = column.to_string(),
                reason = message
            ),
            Self::Truncated { line, .. } => tr!("error-truncated", line = grouped(*line)),
            Self::NotASession => tr!("error-not-a-session"),
            Self::TooNew { found, known, detail } => tr!(
                "error-too-new",
                found = found.to_string(),
                known = known.to_string(),
                reason = detail
            ),
            Self::Upgrade { from, detail } => {
                tr!("error-upgrade", format = from.to_string(), reason = detail)
            }
        };
        f.write_str(&text)
    }
}

impl LoadError {
    /// Line and column of the problem, when the error has a place in the file.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotUtf8 { line, column }
            | Self::Syntax { line, column, .. }
            | Self::Truncated { line, column } => Some((*line, *column)),
            _ => None,
        }
    }
}

impl LoadError {
    /// The same error placed in a larger file, in which the text it was found
    /// in starts right after `before`.
    pub(super) fn placed_after(self, before: &str) -> Self {
        let (start_line, start_column) = super::truncated::end_position(before);
        let place = |line: usize, column: usize| {
            if line <= 1 {
                (start_line, start_column + column.saturating_sub(1))
            } else {
                (start_line + line - 1, column)
            }
        };
        match self {
            Self::Syntax {
                line,
                column,
                message,
            } => {
                let (line, column) = place(line, column);
                Self::Syntax {
                    line,
                    column,
                    message,
                }
            }
            Self::Truncated { line, column } => {
                let (line, column) = place(line, column);
                Self::Truncated { line, column }
            }
            Self::NotUtf8 { line, column } => {
                let (line, column) = place(line, column);
                Self::NotUtf8 { line, column }
            }
            other => other,
        }
    }
}

/// A parse error of `text`, told apart as the text ending too early when it is one.
pub(super) fn from_ron(e: ron::error::SpannedError, text: &str) -> LoadError {
    if super::truncated::ends_early(&e, text) {
        let (line, column) = super::truncated::end_position(text);
        LoadError::Truncated { line, column }
    } else {
        e.into()
    }
}

impl From<ron::error::SpannedError> for LoadError {
    fn from(e: ron::error::SpannedError) -> Self {
        Self::Syntax {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        }
    }
}

/// Why a save failed. The file on disk is unchanged whenever one of these is returned.
#[derive(Debug, Error)]
pub enum SaveError {
    Serialize(String),
    Write { path: PathBuf, source: std::io::Error },
    NoFolder { path: PathBuf },
    ChangedOnDisk { path: PathBuf },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Serialize(reason) => tr!("error-encode", reason = reason),
            Self::Write { path, source } => tr!(
                "error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Self::NoFolder { path } => tr!("error-no-folder", path = path.display().to_string()),
            Self::ChangedOnDisk { path } => {
                tr!("error-changed-on-disk", path = path.display().to_string())
            }
        };
        f.write_str(&text)
    }
}

/// The text of a file, or where its first invalid byte is. A character cut in
/// half at the very end means the file was cut short.
pub(super) fn utf8_text(bytes: &[u8]) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let (line, column) = super::truncated::end_position(&String::from_utf8_lossy(valid));
        if e.error_len().is_none() {
            LoadError::Truncated { line, column }
        } else {
            LoadError::NotUtf8 { line, column }
        }
    })
}

/// `n` with its thousands grouped as the interface writes numbers, as in "1,631".
fn grouped(n: usize) -> String {
    crate::i18n::group_digits(i64::try_from(n).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = utf8_text(b"(\n  title: \"ab\xffc\"").unwrap_err();
        assert_eq!(err.position(), Some((2, 13)));
        assert!(err.to_string().contains("line 2, column 13"));
    }

    #[test]
    fn a_character_cut_in_half_at_the_end_is_a_truncation() {
        let err = utf8_text("(\n  title: \"جامعة".as_bytes().split_last().unwrap().1).unwrap_err();
        assert!(
            matches!(err, LoadError::Truncated { line: 2, column: 15 }),
            "{err:?}"
        );
    }

    #[test]
    fn errors_in_part_of_a_file_are_placed_in_the_file() {
        let syntax = |line, column| LoadError::Syntax {
            line,
            column,
            message: String::new(),
        };
        let before = "(\n  x: 1,\n  document: ";
        assert_eq!(syntax(1, 4).placed_after(before).position(), Some((3, 16)));
        assert_eq!(syntax(5, 4).placed_after(before).position(), Some((7, 4)));
        let cut = LoadError::Truncated { line: 1, column: 1 }.placed_after("ab");
        assert!(matches!(cut, LoadError::Truncated { line: 1, column: 3 }));
        assert!(matches!(LoadError::Empty.placed_after(before), LoadError::Empty));
    }

    #[test]
    fn line_numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1631), "1,631");
        assert_eq!(grouped(1_000_000), "1,000,000");
        let err = LoadError::Truncated {
            line: 1631,
            column: 4,
        };
        assert_eq!(
            err.to_string(),
            "The file ends in the middle of a record at line 1,631: it may have been cut short while copying"
        );
        assert_eq!(err.position(), Some((1631, 4)));
    }
}
