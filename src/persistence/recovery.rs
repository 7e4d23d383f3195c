//! Recovery files: the automatic copy of an open document, kept in the
//! platform's data folder until the user saves or discards.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Fingerprint, LoadError, SaveError, atomic, errors};
use crate::model::{Document, FORMAT_VERSION, Stamp};

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
    let file: RecoveryFile = ron::Options::default().with_recursion_limit(64).from_str(text)?;
    if file.format_version > FORMAT_VERSION {
        return Err(LoadError::TooNew {
            found: file.format_version,
            known: FORMAT_VERSION,
            detail: "this recovery file was written by a newer version of Majlis".to_owned(),
        });
    }
    Ok(file)
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
}
