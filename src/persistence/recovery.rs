//! Recovery files: the automatic copy of an open document, kept in the
//! platform's data folder until the user saves or discards.

use std::path::{Path, PathBuf};

use ron::value::RawValue;
use serde::{Deserialize, Deserializer, Serialize};

use super::{Fingerprint, LoadError, SaveError, atomic, errors, migrate};
use crate::model::{Document, FORMAT_VERSION, Stamp};
use crate::tr;

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecoveryFile {
    pub format_version: u32,
    /// The user's file the document belongs to, if it was ever saved.
    #[serde(with = "super::stored_path")]
    pub document_path: Option<PathBuf>,
    pub autosaved: Stamp,
    /// The user's file came from a newer Majlis and must not be overwritten in place.
    pub read_only: bool,
    /// The user's file as it was last read or written, to notice later changes to it.
    pub file_fingerprint: Option<Fingerprint>,
    /// Words typed into live capture but not yet added to the document.
    pub capture_draft: String,
    pub document: Document,
}

impl Default for RecoveryFile {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            document_path: None,
            autosaved: crate::model::now(),
            read_only: false,
            file_fingerprint: None,
            capture_draft: String::new(),
            document: Document::default(),
        }
    }
}

/// Writes a recovery file atomically.
pub fn write_recovery(path: &Path, file: &RecoveryFile) -> Result<(), SaveError> {
    let text =
        ron::ser::to_string_pretty(file, super::pretty()).map_err(|e| SaveError::Serialize(e.to_string()))?;
    // Never in place: a crash half-way must leave the previous copy whole.
    atomic::stage_with_fault(path, text.as_bytes(), "recovery:half-written")?.commit_without_backup()?;
    Ok(())
}

/// Reads a recovery file.
pub fn read_recovery(path: &Path) -> Result<RecoveryFile, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    let text = errors::utf8_text(&bytes)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    if let Ok(version) = migrate::version_of(text)
        && (1..FORMAT_VERSION).contains(&version)
    {
        return read_older(text);
    }
    let file: RecoveryFile = migrate::options().from_str(text)?;
    if file.format_version > FORMAT_VERSION {
        return Err(LoadError::TooNew {
            found: file.format_version,
            known: FORMAT_VERSION,
            detail: tr!("error-recovery-too-new"),
        });
    }
    Ok(file)
}

/// A recovery file written by an older Majlis, its document kept as written.
#[derive(Deserialize)]
#[serde(default)]
struct OlderRecoveryFile<'a> {
    #[serde(with = "super::stored_path")]
    document_path: Option<PathBuf>,
    autosaved: Stamp,
    read_only: bool,
    file_fingerprint: Option<Fingerprint>,
    capture_draft: String,
    #[serde(borrow)]
    document: DocumentText<'a>,
}

impl Default for OlderRecoveryFile<'_> {
    fn default() -> Self {
        Self {
            document_path: None,
            autosaved: crate::model::now(),
            read_only: false,
            file_fingerprint: None,
            capture_draft: String::new(),
            document: DocumentText::default(),
        }
    }
}

/// The text of the document inside a recovery file.
#[derive(Default)]
struct DocumentText<'a>(Option<&'a RawValue>);

impl<'de: 'a, 'a> Deserialize<'de> for DocumentText<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <&'a RawValue>::deserialize(deserializer).map(|raw| Self(Some(raw)))
    }
}

/// Reads a recovery file of an older format: its document is brought up to
/// date as a session file of that format is, and a mistake in it is placed in
/// the recovery file.
fn read_older(text: &str) -> Result<RecoveryFile, LoadError> {
    let older: OlderRecoveryFile = migrate::options().from_str(text)?;
    let document = match older.document.0 {
        Some(raw) => {
            let document = raw.get_ron();
            let start = document.as_ptr().addr().saturating_sub(text.as_ptr().addr());
            let before = text.get(..start).unwrap_or_default();
            migrate::from_text(document)
                .map_err(|e| e.placed_after(before))?
                .doc
        }
        None => Document::default(),
    };
    Ok(RecoveryFile {
        format_version: FORMAT_VERSION,
        document_path: older.document_path,
        autosaved: older.autosaved,
        read_only: older.read_only,
        file_fingerprint: older.file_fingerprint,
        capture_draft: older.capture_draft,
        document,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_kept_as_bytes_and_text_names_as_text() {
        use std::os::unix::ffi::OsStringExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        // "محضر.ron" as Windows-1256 bytes, as unzipped on Linux.
        let name = std::ffi::OsString::from_vec(vec![0xE3, 0xCD, 0xD6, 0xD1, b'.', b'r', b'o', b'n']);
        for document_path in [
            PathBuf::from("/home/maya/محضر.ron"),
            PathBuf::from("/tmp").join(name),
        ] {
            let file = RecoveryFile {
                document_path: Some(document_path.clone()),
                ..RecoveryFile::default()
            };
            write_recovery(&path, &file).unwrap();
            assert_eq!(read_recovery(&path).unwrap().document_path, Some(document_path));
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("document_path: Some(["), "{text}");
    }

    #[test]
    fn recovery_files_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let file = RecoveryFile {
            document_path: Some("/x/m.ron".into()),
            ..RecoveryFile::default()
        };
        write_recovery(&path, &file).unwrap();
        assert_eq!(read_recovery(&path).unwrap(), file);
    }

    const FORMAT_1: &str = include_str!("../../tests/fixtures/format-1.ron");

    /// A recovery file as the Majlis of format 1 wrote it, around `document`.
    fn format_1_recovery(document: &str) -> String {
        format!(
            "(\n  format_version: 1,\n  document_path: Some(\"/m/beirut.ron\"),\n  autosaved: \
             \"2007-09-05T10:00:00Z\",\n  read_only: false,\n  file_fingerprint: None,\n  \
             capture_draft: \"half a sen\",\n  document: {document},\n)"
        )
    }

    #[test]
    fn a_recovery_file_of_format_1_is_brought_up_to_date() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        std::fs::write(&path, format_1_recovery(FORMAT_1)).unwrap();
        let file = read_recovery(&path).unwrap();
        assert_eq!(file.format_version, FORMAT_VERSION);
        assert_eq!(file.document_path, Some(PathBuf::from("/m/beirut.ron")));
        assert_eq!(file.capture_draft, "half a sen");
        assert_eq!(file.autosaved.to_rfc3339(), "2007-09-05T10:00:00+00:00");
        let session = super::super::parse(FORMAT_1.as_bytes()).unwrap().doc;
        assert_eq!(file.document, session, "the same ids as the session file gets");
    }

    #[test]
    fn a_mistake_in_a_format_1_recovery_file_is_placed_in_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let document = "(format_version: 1, partnerships: [(deliverables: [12])])";
        let text = format_1_recovery(document);
        std::fs::write(&path, &text).unwrap();
        let err = read_recovery(&path).unwrap_err();
        let line = text.lines().position(|l| l.contains("deliverables")).unwrap() + 1;
        let column = text.lines().nth(line - 1).unwrap().find("12").unwrap() + 1;
        assert_eq!(err.position(), Some((line, column)), "{err}");
    }
}
