//! Reads every format version this build knows, oldest to newest.
//!
//! Each step turns the text of one version into the next. Format 1 is the first
//! released format, so the chain holds no conversion yet; a format 2 adds a step
//! here and keeps a fixture of format 1 in `tests/fixtures/`.

use serde::Deserialize;

use super::{LoadError, Loaded};
use crate::model::{Document, FORMAT_VERSION};

/// The one field every format version has; 0 when it is missing.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Header {
    format_version: u32,
}

type Step = fn(&str) -> Result<String, LoadError>;

/// `STEPS[i]` converts text of format `i + 1` to format `i + 2`.
const STEPS: [Step; 0] = [];

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(64)
}

pub(super) fn from_text(text: &str) -> Result<Loaded, LoadError> {
    let header: Header = options().from_str(text)?;
    let found = header.format_version;
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
    let mut doc: Document = options().from_str(&current)?;
    doc.format_version = FORMAT_VERSION;
    Ok(Loaded {
        doc,
        source_version: found,
        newer_format: false,
    })
}

/// A newer file opens when its shape is still readable, but never for writing in place.
fn read_newer(text: &str, found: u32) -> Result<Loaded, LoadError> {
    let mut doc: Document = options().from_str(text).map_err(|e| LoadError::TooNew {
        found,
        known: FORMAT_VERSION,
        detail: LoadError::from(e).to_string(),
    })?;
    // What this build keeps of the file is in its own format; a copy is saved as such.
    doc.format_version = FORMAT_VERSION;
    Ok(Loaded {
        doc,
        source_version: found,
        newer_format: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_version_is_not_a_session() {
        assert!(matches!(from_text("(title: \"x\")"), Err(LoadError::NotASession)));
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
        let err = from_text("(format_version: 7, agenda: \"not a list\")").unwrap_err();
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
