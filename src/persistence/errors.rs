use std::path::PathBuf;

use thiserror::Error;

/// Why a session file could not be opened. Each message says what and where.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("Could not read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("The file is empty")]
    Empty,
    #[error("The file is not UTF-8 text: invalid byte at line {line}, column {column}")]
    NotUtf8 { line: usize, column: usize },
    #[error("Line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("This is not a Majlis session file: it has no format_version")]
    NotASession,
    #[error(
        "This file was written by a newer version of Majlis (format {found}; this version knows format {known}) and cannot be read: {detail}"
    )]
    TooNew { found: u32, known: u32, detail: String },
}

impl LoadError {
    /// Line and column of the problem, when the error has a place in the file.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotUtf8 { line, column } | Self::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
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
    #[error("Could not encode the meeting: {0}")]
    Serialize(String),
    #[error("Could not write to {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{path} has no folder to save into")]
    NoFolder { path: PathBuf },
}

/// The text of a file, or where its first invalid byte is.
pub(super) fn utf8_text(bytes: &[u8]) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let valid_text = String::from_utf8_lossy(valid);
        let line = valid_text.matches('\n').count() + 1;
        let column = valid_text
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count())
            + 1;
        LoadError::NotUtf8 { line, column }
    })
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
}
