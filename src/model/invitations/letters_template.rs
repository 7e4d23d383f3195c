//! The language of a letter template: plain text, paragraphs separated by a
//! blank line, placeholders in braces such as `{name}`. A lone `}` is text.

use std::fmt;

use crate::i18n::Language;
use crate::tr;

/// The placeholders a template may use, in the order the editor lists them.
pub const PLACEHOLDERS: [&str; 8] = [
    "title",
    "name",
    "organisation",
    "meeting",
    "dates",
    "venue",
    "organiser",
    "contact",
];

/// Why a template cannot be filled in, with the line (from 1) it happens on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// `{name}` where `name` is none of [`PLACEHOLDERS`].
    Unknown { name: String, line: usize },
    /// A `{` with no `}` after it on its line.
    Unclosed { line: usize },
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Unknown { name, line } => tr!(
                "letters-error-unknown",
                placeholder = format!("{{{name}}}"),
                known = PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", "),
                line = *line
            ),
            Self::Unclosed { line } => tr!("letters-error-unclosed", line = *line),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for TemplateError {}

/// A template some letters need cannot be filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterError {
    /// The language of the template.
    pub language: Language,
    pub error: TemplateError,
}

impl fmt::Display for LetterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!(
            "letters-no-template",
            language = match self.language {
                Language::English => "english",
                Language::Arabic => "arabic",
            },
            reason = self.error.to_string()
        ))
    }
}

impl std::error::Error for LetterError {}

/// A piece of a template: text as it is, or a placeholder to fill in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Piece<'a> {
    Text(&'a str),
    Placeholder(&'a str),
}

/// `template` in pieces, or the first thing wrong with it.
pub(super) fn parse(template: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    let mut pieces = Vec::new();
    let mut line = 1;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (text, after) = rest.split_at(open);
        line += text.matches('\n').count();
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        let inside = after.get(1..).unwrap_or_default();
        let close = inside
            .find(['}', '\n', '{'])
            .filter(|&at| inside.get(at..at + 1) == Some("}"));
        let Some(close) = close else {
            return Err(TemplateError::Unclosed { line });
        };
        let name = inside.get(..close).unwrap_or_default();
        let Some(known) = PLACEHOLDERS.iter().find(|p| **p == name.trim()) else {
            return Err(TemplateError::Unknown {
                name: name.to_owned(),
                line,
            });
        };
        pieces.push(Piece::Placeholder(known));
        rest = inside.get(close + 1..).unwrap_or_default();
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Ok(pieces)
}

/// Whether `template` can be filled in; the editor shows the error while the
/// organiser types.
pub fn check(template: &str) -> Result<(), TemplateError> {
    parse(template).map(|_| ())
}

/// `pieces` with each placeholder replaced by `value` of it, once: a value
/// holding `{name}` stays as it is. An empty value takes the space before it
/// along (or after it, at the start of a line), so that "Dear {title} {name},"
/// reads "Dear Sir or Madam," when there is no title.
pub(super) fn fill(pieces: &[Piece<'_>], value: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut drop_space = false;
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                let text = if drop_space {
                    text.strip_prefix(' ').unwrap_or(text)
                } else {
                    text
                };
                out.push_str(text);
                drop_space = false;
            }
            Piece::Placeholder(name) => {
                let filled = value(name);
                if filled.is_empty() {
                    if out.ends_with(' ') {
                        out.pop();
                    } else {
                        drop_space = out.is_empty() || out.ends_with('\n');
                    }
                } else {
                    out.push_str(&filled);
                    drop_space = false;
                }
            }
        }
    }
    out
}
