//! Reads every format version this build knows, oldest to newest.
//!
//! Each step turns the text of one version into the next, so a file of any
//! older version goes through every step after it. Each released format keeps
//! a saved file in `tests/fixtures/` that must go on loading.

use serde::Deserialize;

use super::{LoadError, Loaded, errors};
use crate::model::{Document, FORMAT_VERSION};

/// The one field every format version has; 0 when it is missing.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Header {
    format_version: u32,
}

type Step = fn(&str) -> Result<String, LoadError>;

/// `STEPS[i]` converts text of format `i + 1` to format `i + 2`.
const STEPS: [Step; 6] = [
    super::format1::to_format_2,
    to_format_3,
    to_format_4,
    to_format_5,
    to_format_6,
    to_format_7,
];

/// Format 3 added financing leads, currency rates, and the applicant types
/// and contact of funding sources, all empty in older files: a format-2 text
/// reads as format 3 as it is. The version was raised so that an older Majlis
/// opens a file holding leads read-only instead of dropping them on save.
#[expect(clippy::unnecessary_wraps, reason = "every step has the same signature")]
fn to_format_3(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Format 4 added the origin of a rapporteur's copy and the values a merge
/// set aside, absent from older files: a format-3 text reads as format 4 as it is.
#[expect(clippy::unnecessary_wraps, reason = "every step has the same signature")]
fn to_format_4(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Format 5 added the document symbol, distribution, original language and
/// list of documents of the meeting, which the official report prints; older
/// files have none, so a format-4 text reads as format 5 as it is. The version
/// was raised so that an older Majlis opens a file holding them read-only
/// instead of dropping them on save.
#[expect(clippy::unnecessary_wraps, reason = "every step has the same signature")]
fn to_format_5(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Format 6 added where each organisation is drawn in the network view;
/// older files have no placements, so the view lays them out afresh: a
/// format-5 text reads as format 6 as it is.
#[expect(clippy::unnecessary_wraps, reason = "every step has the same signature")]
fn to_format_6(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Format 7 added invitations (status, its history, the organisers'
/// contact, the letter's language), people's titles and the organisers'
/// settings for the shortlist and the balance of the room. Older files have
/// none: everyone in them is a prospect, unless check-in saw them, so a
/// format-6 text reads as format 7 as it is.
#[expect(clippy::unnecessary_wraps, reason = "every step has the same signature")]
fn to_format_7(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

pub(super) fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(64)
}

pub(super) fn from_text(text: &str) -> Result<Loaded, LoadError> {
    let found = version_of(text)?;
    if found == 0 {
        return Err(LoadError::NotASession);
    }
    if found > FORMAT_VERSION {
        return read_newer(text, found);
    }
    let mut current = std::borrow::Cow::Borrowed(text);
    let first = usize::try_from(found.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in STEPS.iter().skip(first) {
        current = std::borrow::Cow::Owned(step(&current)?);
    }
    let mut doc: Document = options()
        .from_str(&current)
        .map_err(|e| errors::from_ron(e, &current))?;
    doc.format_version = FORMAT_VERSION;
    Ok(Loaded {
        doc,
        source_version: found,
        newer_format: false,
        fingerprint: None,
    })
}

/// The format version of a file, 0 when it has none.
pub(super) fn version_of(text: &str) -> Result<u32, LoadError> {
    match leading_version(text) {
        Some(version) => Ok(version),
        None => Ok(options()
            .from_str::<Header>(text)
            .map_err(|e| errors::from_ron(e, text))?
            .format_version),
    }
}

/// The version of a file laid out as Majlis writes it, `(` then
/// `format_version: N,` before anything else, read without parsing the rest.
/// Reading the header through serde parses the whole file, which made opening
/// a big meeting take half as long again; any other layout (comments, RON
/// extensions, another field first) returns `None` and takes that slower path.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let (digits, after) = rest.split_at_checked(end)?;
    let after = after.trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    digits.parse().ok()
}

/// A newer file opens when its shape is still readable, but never for writing in place.
fn read_newer(text: &str, found: u32) -> Result<Loaded, LoadError> {
    let mut doc: Document = options().from_str(text).map_err(|e| LoadError::TooNew {
        found,
        known: FORMAT_VERSION,
        detail: errors::from_ron(e, text).to_string(),
    })?;
    // What this build keeps of the file is in its own format; a copy is saved as such.
    doc.format_version = FORMAT_VERSION;
    Ok(Loaded {
        doc,
        source_version: found,
        newer_format: true,
        fingerprint: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMAT_4: &str = include_str!("../../tests/fixtures/format-4.ron");
    const FORMAT_5: &str = include_str!("../../tests/fixtures/format-5.ron");
    const FORMAT_6: &str = include_str!("../../tests/fixtures/format-6.ron");
    const FORMAT_7: &str = include_str!("../../tests/fixtures/format-7.ron");

    #[test]
    fn a_format_7_file_loads_with_its_invitations_and_saves_as_it_was() {
        use crate::model::invitations::{Standing, Status, organisation_standing, person_standing};
        let loaded = from_text(FORMAT_7).unwrap();
        assert_eq!(loaded.source_version, 7);
        let doc = &loaded.doc;
        let named = |name: &str| doc.organisations.iter().find(|o| o.name == name).unwrap();
        let declined = named("Mashreq Telecom Operators Forum");
        assert_eq!(declined.invitation.status, Status::Declined);
        let when: Vec<String> = declined
            .invitation
            .changes
            .iter()
            .map(|c| c.at.to_rfc3339())
            .collect();
        assert_eq!(when, ["2007-09-20T09:00:00+00:00", "2007-09-27T11:30:00+00:00"]);
        assert_eq!(declined.invitation.contact, "Rania Khoury");
        let invited = doc.people.iter().find(|p| p.name == "Samira Nasr").unwrap();
        assert_eq!(person_standing(invited), Standing::Invited);
        assert_eq!(invited.invitation.language, crate::i18n::Language::Arabic);
        assert_eq!(invited.title_ar, "الدكتورة");
        assert_eq!(
            organisation_standing(doc, named("Qatar Science Incubator")),
            Standing::Invited
        );
        assert_eq!(organisation_standing(doc, named("Berytech")), Standing::Attended);
        let saved = super::super::to_ron(doc).unwrap();
        let differs = saved.lines().zip(FORMAT_7.lines()).find(|(a, b)| a != b);
        assert_eq!(differs, None);
        assert_eq!(saved.lines().count(), FORMAT_7.lines().count());
    }

    #[test]
    fn a_format_6_file_loads_with_its_network_layout_and_saves_as_it_was() {
        let loaded = from_text(FORMAT_6).unwrap();
        assert_eq!(loaded.source_version, 6);
        let doc = &loaded.doc;
        assert_eq!(doc.network_layout.len(), doc.organisations.len());
        assert!(
            doc.network_layout
                .iter()
                .all(|p| doc.organisation(p.organisation).is_some() && p.x.is_finite() && p.y.is_finite())
        );
        // Everyone in it is a prospect, or attended: no invitation is written.
        assert!(doc.people.iter().all(|p| p.invitation.is_empty()));
        let saved = super::super::to_ron(doc).unwrap();
        let as_format_6 = saved.replacen("format_version: 7,", "format_version: 6,", 1);
        let differs = as_format_6.lines().zip(FORMAT_6.lines()).find(|(a, b)| a != b);
        assert_eq!(differs, None);
        assert_eq!(saved.lines().count(), FORMAT_6.lines().count());
    }

    #[test]
    fn a_format_5_file_has_no_layout_and_the_view_lays_it_out_afresh() {
        let loaded = from_text(FORMAT_5).unwrap();
        assert!(loaded.doc.network_layout.is_empty());
    }

    #[test]
    fn a_format_5_file_loads_with_its_documents_and_saves_them_as_the_current_format() {
        let loaded = from_text(FORMAT_5).unwrap();
        assert_eq!(loaded.source_version, 5);
        assert!(!loaded.newer_format);
        let meeting = &loaded.doc.meeting;
        assert_eq!(meeting.document_symbol, "E/ESCWA/ICTD/2007/WG.1/Report");
        assert_eq!(meeting.distribution, "LIMITED");
        assert_eq!(meeting.original_language, "English");
        assert!(meeting.documents.len() >= 4);
        assert!(
            meeting
                .documents
                .iter()
                .all(|d| !d.title.is_empty() && d.symbol.starts_with("E/ESCWA/ICTD/2007/WG.1/"))
        );
        // The fixture is what the saver writes, to the byte, but for its version.
        let saved = super::super::to_ron(&loaded.doc).unwrap();
        let as_format_5 = saved.replacen("format_version: 7,", "format_version: 5,", 1);
        let differs = as_format_5.lines().zip(FORMAT_5.lines()).find(|(a, b)| a != b);
        assert_eq!(differs, None);
        assert_eq!(saved.lines().count(), FORMAT_5.lines().count());
    }

    #[test]
    fn a_format_4_file_loads_without_documents_and_saves_as_the_current_format() {
        let loaded = from_text(FORMAT_4).unwrap();
        assert_eq!(loaded.source_version, 4);
        assert_eq!(loaded.doc.format_version, FORMAT_VERSION);
        let meeting = &loaded.doc.meeting;
        assert!(meeting.document_symbol.is_empty() && meeting.documents.is_empty());
        assert!(!meeting.title.is_empty() && loaded.doc.origin.is_some());
        let saved = super::super::to_ron(&loaded.doc).unwrap();
        assert!(saved.starts_with(&format!("(\n  format_version: {FORMAT_VERSION},")));
        assert_eq!(from_text(&saved).unwrap().doc, loaded.doc);
    }

    #[test]
    fn a_file_without_version_is_not_a_session() {
        assert!(matches!(from_text("(title: \"x\")"), Err(LoadError::NotASession)));
    }

    #[test]
    fn the_leading_version_is_read_only_from_the_usual_layout() {
        assert_eq!(leading_version("(\n  format_version: 1,\n  meeting: ()"), Some(1));
        assert_eq!(leading_version(" ( format_version :12 )"), Some(12));
        assert_eq!(leading_version("(format_version: 1_0, x: 1)"), None);
        assert_eq!(leading_version("(format_version: 0x1)"), None);
        assert_eq!(leading_version("// comment\n(format_version: 1)"), None);
        assert_eq!(leading_version("(meeting: (), format_version: 1)"), None);
        assert_eq!(leading_version("(format_version: 99999999999)"), None);
        let commented = from_text("// made by hand\n(format_version: 1)").unwrap();
        assert_eq!(commented.source_version, 1);
        let later = from_text("(meeting: (title: \"x\"), format_version: 1)").unwrap();
        assert_eq!(later.doc.meeting.title, "x");
    }

    #[test]
    fn a_newer_file_is_marked_and_keeps_its_data() {
        let loaded =
            from_text("(format_version: 99, meeting: (title: \"Later\"), future_field: [1, 2])").unwrap();
        assert!(loaded.newer_format);
        assert_eq!(loaded.source_version, 99);
        assert_eq!(loaded.doc.meeting.title, "Later");
    }

    #[test]
    fn a_newer_file_of_another_shape_says_so() {
        let err = from_text("(format_version: 99, agenda: \"not a list\")").unwrap_err();
        assert!(err.to_string().contains("newer version"), "{err}");
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = format!(
            "(format_version: 1, x: {}{})",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let err = from_text(&text).unwrap_err();
        assert!(err.position().is_some(), "{err}");
    }
}
