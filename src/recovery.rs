//! Where recovery files live, which belong to a running Majlis, and which were
//! left behind by one that crashed or was killed.

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::model::Id;
use crate::persistence::{LoadError, RecoveryFile, read_recovery};

/// How old an unfinished temporary file must be to be taken for a leftover.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_hours(1);

/// The folder of recovery files.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A recovery file this process owns: its lock is held while the document is open,
/// so another Majlis never offers to restore a document that is still being edited.
#[derive(Debug)]
pub struct Claim {
    pub path: PathBuf,
    _lock: Option<File>,
}

/// A recovery file nobody owns any more.
#[derive(Debug)]
pub struct Orphan {
    pub claim: Claim,
    pub file: Result<RecoveryFile, LoadError>,
}

impl RecoveryStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// `MAJLIS_DATA_DIR` when set, else the platform's data folder, plus `recovery`.
    pub fn default_dir() -> Option<PathBuf> {
        let base = match std::env::var_os("MAJLIS_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("org", "Majlis", "Majlis")?
                .data_local_dir()
                .to_path_buf(),
        };
        Some(base.join("recovery"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A new recovery file for a document just opened or created.
    pub fn claim_new(&self) -> Claim {
        if let Err(e) = fs::create_dir_all(&self.dir) {
            log::error!("Could not create the recovery folder {}: {e}", self.dir.display());
        }
        let path = self.dir.join(format!("{}.ron", Id::new()));
        let lock = lock(&path);
        Claim { path, _lock: lock }
    }

    /// Recovery files whose owner is gone, newest first.
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut orphans: Vec<Orphan> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .filter_map(|path| {
                let lock = lock(&path)?;
                let file = read_recovery(&path);
                Some(Orphan {
                    claim: Claim {
                        path,
                        _lock: Some(lock),
                    },
                    file,
                })
            })
            .collect();
        orphans.sort_by_key(|o| std::cmp::Reverse(o.file.as_ref().ok().map(|f| f.autosaved)));
        self.remove_leftovers();
        orphans
    }

    /// Removes what a Majlis killed at the wrong moment leaves behind: a lock
    /// without its recovery file, held by nobody, and a temporary file of a
    /// recovery copy that was never finished (an hour old: no write takes that long).
    fn remove_leftovers(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let leftover = match path.extension().and_then(|e| e.to_str()) {
                Some("tmp") => fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > LEFTOVER_AGE),
                Some("lock") => {
                    let recovery = path.with_extension("ron");
                    !recovery.exists() && lock(&recovery).is_some()
                }
                _ => false,
            };
            if leftover && let Err(e) = fs::remove_file(&path) {
                log::warn!("Could not remove {}: {e}", path.display());
            }
        }
    }
}

impl Claim {
    /// Deletes the recovery file and its lock.
    pub fn discard(self) {
        for path in [self.path.clone(), lock_path(&self.path)] {
            if let Err(e) = fs::remove_file(&path)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                log::warn!("Could not remove {}: {e}", path.display());
            }
        }
    }
}

fn lock_path(recovery: &Path) -> PathBuf {
    recovery.with_extension("lock")
}

/// Takes the lock of a recovery file, or `None` when another process holds it.
fn lock(recovery: &Path) -> Option<File> {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(recovery))
        .ok()?;
    file.try_lock().ok()?;
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persistence::write_recovery;

    #[test]
    fn only_unowned_files_are_orphans() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let live = store.claim_new();
        write_recovery(&live.path, &RecoveryFile::default()).unwrap();
        assert!(store.orphans().is_empty(), "a live document is not offered");
        drop(live);
        let orphans = store.orphans();
        assert_eq!(orphans.len(), 1);
        assert!(orphans.first().is_some_and(|o| o.file.is_ok()));
        for orphan in orphans {
            orphan.claim.discard();
        }
        assert!(store.orphans().is_empty());
    }

    #[test]
    fn locks_left_without_a_recovery_file_are_removed_unless_held() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let live = store.claim_new();
        let killed = store.claim_new();
        let stale = lock_path(&killed.path);
        drop(killed);
        assert!(stale.exists());
        assert!(store.orphans().is_empty());
        assert!(
            !stale.exists(),
            "the lock of a killed Majlis with nothing to keep is gone"
        );
        assert!(lock_path(&live.path).exists(), "a running Majlis keeps its lock");
    }

    #[test]
    fn unfinished_temporary_files_are_removed_once_old() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let old = dir.path().join(".a.ron.1.tmp");
        let fresh = dir.path().join(".b.ron.2.tmp");
        for path in [&old, &fresh] {
            fs::write(path, "(half").unwrap();
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_hours(2);
        File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        assert!(store.orphans().is_empty());
        assert!(!old.exists());
        assert!(fresh.exists(), "it may be a copy being written right now");
    }
}
