//! The invitation letters as HTML pages, one per invitee, in the letter's
//! language and direction, printable on A4. The model fills the template in
//! as plain text; the page escapes every paragraph, so nothing a name or a
//! template holds can become markup.

use askama::Template;
use chrono::NaiveDate;

use crate::model::Document;
use crate::model::invitations::letters::{LetterText, texts};

/// One letter, ready to be written to its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// Unique in a set of letters, ASCII: `invitation-01-rima-khalaf.html`,
    /// or `invitation-03.html` for a name with no latin letters.
    pub file_name: String,
    pub html: String,
}

/// The page the template draws.
#[derive(Template)]
#[template(path = "letter.html")]
struct Page<'a> {
    lang: &'static str,
    dir: &'static str,
    title: &'a str,
    organiser: &'a str,
    date: &'a str,
    addressee: &'a [String],
    paragraphs: &'a [String],
}

// The letters escape as the reports do, with the named references people
// recognise when they read the file's source.
use super::html::filters;

/// The letters of `doc`, dated today in the meeting's time zone.
pub fn letters(doc: &Document) -> Result<Vec<Letter>, String> {
    letters_on(doc, doc.meeting.meeting_day(crate::model::now()))
}

/// The letters of `doc` dated `date`, or why they cannot be written: a
/// template that cannot be filled in, said with its language and line.
pub fn letters_on(doc: &Document, date: NaiveDate) -> Result<Vec<Letter>, String> {
    let texts = texts(doc, date).map_err(|e| e.to_string())?;
    let width = texts.len().to_string().len().max(2);
    texts
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let number = format!("{:0width$}", index + 1);
            let file_name = if text.slug.is_empty() {
                format!("invitation-{number}.html")
            } else {
                format!("invitation-{number}-{}.html", text.slug)
            };
            page(text).map(|html| Letter { file_name, html })
        })
        .collect()
}

fn page(text: &LetterText) -> Result<String, String> {
    Page {
        lang: text.language.code(),
        dir: if text.language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        },
        title: &text.title,
        organiser: &text.organiser,
        date: &text.date,
        addressee: &text.addressee,
        paragraphs: &text.paragraphs,
    }
    .render()
    .map_err(|e| crate::tr!("report-render-failed", reason = e.to_string()))
}

#[cfg(test)]
#[path = "letter_tests.rs"]
mod tests;
