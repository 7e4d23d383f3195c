//! The invitation letters: who gets one (shared with the mail-merge CSV),
//! and each letter's text in its language, from the organisers' template or
//! the catalogue's. `crate::render::letter` writes them as HTML pages.
//!
//! A letter to an organisation with nobody invited in it has no name: its
//! `{name}` reads as the catalogue's addressee ("Sir or Madam", "السيد/ة
//! المدير/ة") and `{title}` is empty, so a salutation such as
//! "Dear {title} {name}," still reads well.

use chrono::NaiveDate;

use crate::i18n::{Language, in_language};
use crate::model::Document;
use crate::model::report::date_text;
use crate::tr;

#[path = "letters_invitees.rs"]
mod invitees;
#[path = "letters_template.rs"]
mod template;

pub use invitees::{Invitee, invitees};

pub use template::{LetterError, PLACEHOLDERS, TemplateError, check};

/// One letter's text, for `crate::render::letter` to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterText {
    pub language: Language,
    /// What the file is named after, in ASCII (`rima-khalaf`); empty for a
    /// name with no latin letters.
    pub slug: String,
    /// The meeting's title, for the browser's tab.
    pub title: String,
    /// The letterhead: the meeting's organiser.
    pub organiser: String,
    /// The day the letter is dated, as the letter writes it.
    pub date: String,
    /// Whom the letter is for, a line each, above the text: the person with
    /// their title and role, and the organisation; the organisation alone
    /// when no one of it is named.
    pub addressee: Vec<String>,
    /// The letter filled in, a paragraph each, lines kept.
    pub paragraphs: Vec<String>,
}

/// The template the letters in `language` are written from: the organisers'
/// own, or the catalogue's when they left it empty.
pub fn template(doc: &Document, language: Language) -> String {
    let own = match language {
        Language::English => &doc.invitations.letter_english,
        Language::Arabic => &doc.invitations.letter_arabic,
    };
    if own.trim().is_empty() {
        default_template(language)
    } else {
        own.clone()
    }
}

/// The catalogue's letter in `language`, with its placeholders.
pub fn default_template(language: Language) -> String {
    // The catalogue writes placeholders as Fluent variables, which read
    // better for a translator than escaped braces; they are filled in with
    // the placeholders themselves.
    in_language(language, || match language {
        Language::English => tr!(
            "letters-default-english",
            title = "{title}",
            name = "{name}",
            meeting = "{meeting}",
            dates = "{dates}",
            venue = "{venue}",
            organiser = "{organiser}",
            contact = "{contact}"
        ),
        Language::Arabic => tr!(
            "letters-default-arabic",
            title = "{title}",
            name = "{name}",
            meeting = "{meeting}",
            dates = "{dates}",
            venue = "{venue}",
            organiser = "{organiser}",
            contact = "{contact}"
        ),
    })
}

/// The letter of each of [`invitees`], dated `today`, or the first error of
/// a template they need.
pub fn texts(doc: &Document, today: NaiveDate) -> Result<Vec<LetterText>, LetterError> {
    let invitees = invitees(doc);
    let english = template(doc, Language::English);
    let arabic = template(doc, Language::Arabic);
    let template_of = |language| match language {
        Language::English => &english,
        Language::Arabic => &arabic,
    };
    // A template nobody's letter needs may be broken for now.
    for language in Language::ALL {
        if invitees.iter().any(|i| i.language() == language) {
            check(template_of(language)).map_err(|error| LetterError { language, error })?;
        }
    }
    invitees
        .iter()
        .map(|invitee| {
            let language = invitee.language();
            in_language(language, || letter(doc, invitee, template_of(language), today))
                .map_err(|error| LetterError { language, error })
        })
        .collect()
}

/// One letter, in the language messages are looked up in.
fn letter(
    doc: &Document,
    invitee: &Invitee<'_>,
    text: &str,
    today: NaiveDate,
) -> Result<LetterText, TemplateError> {
    let language = invitee.language();
    let arabic = language == Language::Arabic;
    let pick = |text: &str, text_ar: &str| -> String {
        if arabic && !text_ar.trim().is_empty() {
            text_ar.trim().to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let meeting = &doc.meeting;
    let value = |name: &str| -> String {
        match name {
            "title" => invitee
                .person
                .map(|p| pick(&p.title, &p.title_ar))
                .unwrap_or_default(),
            "name" => Some(
                invitee
                    .person
                    .map(|p| pick(&p.name, &p.name_ar))
                    .unwrap_or_default(),
            )
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| tr!("letters-addressee")),
            "organisation" => invitee
                .organisation
                .map(|o| pick(&o.name, &o.name_ar))
                .unwrap_or_default(),
            "meeting" => pick(&meeting.title, &meeting.title_ar),
            "dates" => dates(doc),
            "venue" => meeting.venue.trim().to_owned(),
            "organiser" => meeting.organiser.trim().to_owned(),
            // Nobody named: the letter points to the organisers.
            "contact" if invitee.contact().is_empty() => meeting.organiser.trim().to_owned(),
            "contact" => invitee.contact().to_owned(),
            _ => String::new(),
        }
    };
    let mut paragraphs = Vec::new();
    for paragraph in paragraphs_of(text) {
        let filled = template::fill(&template::parse(&paragraph)?, value);
        paragraphs.push(filled);
    }
    let person = invitee.person.map(|p| {
        let title = pick(&p.title, &p.title_ar);
        let name = pick(&p.name, &p.name_ar);
        if title.is_empty() {
            name
        } else {
            format!("{title} {name}")
        }
    });
    let addressee = [
        person,
        invitee.person.map(|p| p.role.trim().to_owned()),
        invitee.organisation.map(|o| pick(&o.name, &o.name_ar)),
    ]
    .into_iter()
    .flatten()
    .filter(|line| !line.is_empty())
    .collect();
    Ok(LetterText {
        language,
        addressee,
        slug: slug(invitee.latin_name()),
        title: pick(&meeting.title, &meeting.title_ar),
        organiser: meeting.organiser.trim().to_owned(),
        date: date_text(today),
        paragraphs,
    })
}

/// The paragraphs of `text`: runs of lines between blank lines, without
/// spaces at the ends of lines.
fn paragraphs_of(text: &str) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim).chain([""]) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    paragraphs
}

/// The meeting's days as a letter writes them: "from 4 September 2007 to 6
/// September 2007", "on 5 September 2007", or nothing before they are set.
fn dates(doc: &Document) -> String {
    let days = doc.meeting.days.iter().map(|d| d.date);
    match (days.clone().min(), days.max()) {
        (Some(first), Some(last)) if first == last => tr!("letters-dates-one", date = date_text(first)),
        (Some(first), Some(last)) => tr!(
            "letters-dates-range",
            first = date_text(first),
            last = date_text(last)
        ),
        _ => String::new(),
    }
}

/// `name` as a file name's part: latin letters and digits in lower case,
/// the rest one hyphen, at most 40 characters.
fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.truncate(40);
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
#[path = "letters_tests.rs"]
pub(crate) mod tests;
