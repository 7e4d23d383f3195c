//! Writes a [`Report`](crate::model::report::Report) as a file: HTML to read
//! and print, Markdown for version control and email.

mod html;
pub mod letter;
mod markdown;
pub mod png;
#[cfg(test)]
mod tests;

use crate::model::report::Report;

pub use html::html;
/// Text escaped for Markdown, as the report's renderer escapes it.
pub(crate) use markdown::escape as escape_markdown;
pub use markdown::markdown;

/// The file formats a report is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Html,
    Markdown,
}

impl Format {
    /// The format's name on the command line and its file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
        }
    }
}

/// `report` in `format`, or why it could not be written.
pub fn render(report: &Report, format: Format) -> Result<String, String> {
    match format {
        Format::Html => html(report),
        Format::Markdown => Ok(markdown(report)),
    }
}
