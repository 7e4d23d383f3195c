//! The only code that reads or writes session files.
//!
//! Files are pretty-printed RON with a `format_version`. Loading never panics and
//! says what is wrong and where; saving is atomic and keeps the previous version
//! as `NAME.ron.bak`.

mod atomic;
mod dated_copy;
mod erasure;
mod errors;
mod fault;
mod fingerprint;
mod format1;
mod migrate;
mod recovery;
mod stored_path;
mod truncated;

use std::path::{Path, PathBuf};

pub use atomic::{Staged, backup_path, resolve, stage, write_files};
pub use dated_copy::{keep_before_import, keep_before_merge};
pub use erasure::erase_in_copies;
pub use errors::{LoadError, SaveError};
pub use fingerprint::{Fingerprint, content_hash, fingerprint, fingerprint_with_content};
pub use recovery::{RecoveryFile, read_recovery, write_recovery};

use crate::model::{Document, FORMAT_VERSION};
use crate::tr;

/// A document read from a file, with what the user must know about it.
#[derive(Debug)]
pub struct Loaded {
    pub doc: Document,
    /// The format version the file was written in.
    pub source_version: u32,
    /// Set when the file comes from a newer Majlis: it must not be overwritten in place.
    pub newer_format: bool,
    /// The file as it was read, when it was read from disk.
    pub fingerprint: Option<Fingerprint>,
}

impl Loaded {
    /// A warning to show when the file was opened, if any.
    pub fn warning(&self) -> Option<String> {
        self.newer_format.then(|| {
            tr!(
                "error-newer-format-warning",
                found = self.source_version.to_string(),
                known = FORMAT_VERSION.to_string()
            )
        })
    }
}

/// Reads and parses a session file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    // The time and size before the bytes: a change made while reading makes
    // them disagree with the content, which counts as changed at the next save.
    let before = fingerprint(path);
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    let (parsed, content) = beside(|| content_hash(&bytes), || parse(&bytes));
    let mut loaded = parsed?;
    loaded.fingerprint = before.map(|quick| Fingerprint {
        content: Some(content),
        ..quick
    });
    Ok(loaded)
}

/// Runs `other` on a thread of its own while `work` runs on this one, and
/// returns both results: hashing a big file costs a sixth of parsing it, and a
/// laptop has a second core. Where no thread can be started, `other` runs
/// after `work`.
pub(crate) fn beside<A: Send, B>(other: impl Fn() -> A + Sync, work: impl FnOnce() -> B) -> (B, A) {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("majlis-hash".to_owned())
            .spawn_scoped(scope, &other);
        let done = work();
        let result = match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => other(),
        };
        (done, result)
    })
}

/// The backup kept beside `path` by the last save, when it exists and can be read:
/// what to offer when `path` itself cannot be.
pub fn readable_backup(path: &Path) -> Option<PathBuf> {
    let backup = backup_path(path);
    load(&backup).is_ok().then_some(backup)
}

/// Whether `path` names a backup kept by saving (`NAME.ron.bak`). A backup is
/// opened read-only: saving it in place would replace the one good copy.
pub fn is_backup(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("bak"))
}

/// Parses the bytes of a session file.
pub fn parse(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = errors::utf8_text(bytes)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    migrate::from_text(text)
}

/// How session and recovery files are written: indented, without type names, and
/// with text as typed (line breaks, Arabic marks), using raw strings where quotes
/// need them. Escaping every character costs two thirds of a big save.
pub(crate) fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ".to_owned())
        .struct_names(false)
        .escape_strings(false)
}

/// The bytes a document is saved as.
pub fn to_ron(doc: &Document) -> Result<String, SaveError> {
    ron::ser::to_string_pretty(doc, pretty()).map_err(|e| SaveError::Serialize(e.to_string()))
}

/// Saves atomically: the old file is either fully replaced or left as it was,
/// and its previous content is kept as `NAME.ron.bak`.
pub fn save(path: &Path, doc: &Document) -> Result<Fingerprint, SaveError> {
    let text = to_ron(doc)?;
    stage(path, text.as_bytes())?.commit()
}

/// [`save`], unless the file on disk is no longer the one described by
/// `expected` (someone else changed it): its bytes are read and compared, so a
/// change that keeps the size and the time is caught too.
pub fn save_unless_changed(
    path: &Path,
    doc: &Document,
    expected: Option<Fingerprint>,
) -> Result<Fingerprint, SaveError> {
    if let Some(expected) = expected
        && let Some(now) = fingerprint_with_content(path)
        && !now.matches(&expected)
    {
        return Err(SaveError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    save(path, doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_document_round_trips() {
        let doc = Document::new_meeting();
        let text = to_ron(&doc).unwrap();
        let loaded = parse(text.as_bytes()).unwrap();
        assert_eq!(loaded.doc, doc);
        assert!(!loaded.newer_format);
        assert!(loaded.warning().is_none());
    }

    #[test]
    fn a_readable_backup_is_found_beside_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        assert_eq!(readable_backup(&path), None, "no backup");
        std::fs::write(backup_path(&path), "(format_version: 1,").unwrap();
        assert_eq!(readable_backup(&path), None, "a cut backup is no help");
        save(&backup_path(&path), &Document::new_meeting()).unwrap();
        assert_eq!(readable_backup(&path), Some(backup_path(&path)));
        assert!(is_backup(&backup_path(&path)));
        assert!(!is_backup(&path));
    }

    #[test]
    fn empty_and_blank_files_are_rejected() {
        assert!(matches!(parse(b""), Err(LoadError::Empty)));
        assert!(matches!(parse(b"  \n\t"), Err(LoadError::Empty)));
    }
}
