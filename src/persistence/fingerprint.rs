//! What a file looked like when it was last read or written: saving compares it
//! with the file on disk to notice changes made by someone else.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

/// Size, modification time and, when the bytes were at hand, a hash of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub len: u64,
    pub modified: Option<SystemTime>,
    /// Catches a change that keeps the size and the modification time (a
    /// coarse clock, or a tool that puts the old time back).
    #[serde(default)]
    pub content: Option<u64>,
}

impl Fingerprint {
    /// Whether `other` describes the same content, as far as both know it.
    pub fn matches(&self, other: &Self) -> bool {
        let content = match (self.content, other.content) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        self.len == other.len && self.modified == other.modified && content
    }
}

/// The size and time of the file at `path`, or `None` when it does not exist:
/// a quick look, without reading it.
pub fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let meta = fs::metadata(path).ok()?;
    Some(Fingerprint {
        len: meta.len(),
        // A recovery file cannot hold a time before 1970 (writing it would fail
        // at every autosave); a change by someone else sets a later time anyway.
        modified: meta.modified().ok().filter(|t| *t >= SystemTime::UNIX_EPOCH),
        content: None,
    })
}

/// The full fingerprint of the file at `path`, reading its bytes.
pub fn fingerprint_with_content(path: &Path) -> Option<Fingerprint> {
    let quick = fingerprint(path)?;
    let bytes = fs::read(path).ok()?;
    Some(Fingerprint {
        content: Some(content_hash(&bytes)),
        ..quick
    })
}

/// FNV-1a over the bytes: stable across versions and platforms, as a hash kept
/// in recovery files must be.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_same_size_change_that_keeps_the_time_is_caught_by_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        fs::write(&path, "(title: \"Beirut\")").unwrap();
        let before = fingerprint_with_content(&path).unwrap();
        let time = fs::metadata(&path).unwrap().modified().unwrap();
        fs::write(&path, "(title: \"Amman!\")").unwrap();
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(time)
            .unwrap();
        let quick = fingerprint(&path).unwrap();
        assert!(quick.matches(&before), "size and time alone cannot tell");
        let full = fingerprint_with_content(&path).unwrap();
        assert!(!full.matches(&before));
        assert!(fingerprint_with_content(&path).unwrap().matches(&full));
    }

    #[test]
    fn the_hash_is_fixed_for_files_written_by_other_versions() {
        assert_eq!(content_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
