//! Atomic replacement of a file: write a temporary file beside it, sync it,
//! keep the old content as `.bak`, then rename the temporary file over the target.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::fingerprint::{Fingerprint, content_hash, fingerprint};
use super::{SaveError, fault};
use crate::tr;

/// The real, absolute location of a session file: links are followed, so saving
/// replaces the file they point to, and a relative path stays right whatever the
/// working folder is later (a recovery file records it).
pub fn resolve(path: &Path) -> PathBuf {
    if let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match (
        absolute.parent().and_then(|p| fs::canonicalize(p).ok()),
        absolute.file_name(),
    ) {
        (Some(folder), Some(name)) => folder.join(name),
        _ => absolute,
    }
}

/// Where the previous version of `path` is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A complete, synced temporary file waiting to replace its target.
/// Dropping it without [`Staged::commit`] removes it and leaves the target untouched.
#[derive(Debug)]
pub struct Staged {
    temp: PathBuf,
    target: PathBuf,
    committed: bool,
    /// The hash of the bytes written, for the fingerprint of the saved file.
    content: u64,
}

/// Writes `bytes` to a temporary file in the folder of `target` and syncs it.
pub fn stage(target: &Path, bytes: &[u8]) -> Result<Staged, SaveError> {
    stage_with_fault(target, bytes, "save:half-temp-write")
}

/// [`stage`], with the fault point reached half-way through writing named `half_written`.
pub(super) fn stage_with_fault(target: &Path, bytes: &[u8], half_written: &str) -> Result<Staged, SaveError> {
    let folder = match target.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => {
            return Err(SaveError::NoFolder {
                path: target.to_owned(),
            });
        }
    };
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let temp = folder.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let mut staged = Staged {
        temp,
        target: target.to_owned(),
        committed: false,
        content: 0,
    };
    let write = || -> std::io::Result<()> {
        let mut file = File::create_new(&staged.temp)?;
        let (first, rest) = bytes.split_at(bytes.len() / 2);
        file.write_all(first)?;
        fault::point(half_written);
        file.write_all(rest)?;
        file.sync_all()
    };
    let (written, content) = super::beside(|| content_hash(bytes), write);
    staged.content = content;
    written.map_err(|source| SaveError::Write {
        path: target.to_owned(),
        source,
    })?;
    Ok(staged)
}

impl Staged {
    /// Keeps the current target as `.bak` and moves the new content into place.
    pub fn commit(self) -> Result<Fingerprint, SaveError> {
        self.finish(true)
    }

    /// Moves the new content into place without keeping a backup.
    pub fn commit_without_backup(self) -> Result<Fingerprint, SaveError> {
        self.finish(false)
    }

    fn finish(mut self, backup: bool) -> Result<Fingerprint, SaveError> {
        let error = |source| SaveError::Write {
            path: self.target.clone(),
            source,
        };
        if let Ok(meta) = fs::metadata(&self.target) {
            // The new file keeps the old one's permissions (a private file stays private).
            fs::set_permissions(&self.temp, meta.permissions()).map_err(error)?;
            if backup {
                keep_backup(&self.target).map_err(error)?;
            }
        }
        if backup {
            // Recovery copies are written without a backup; their point is mid-write.
            fault::point("save:after-temp-write");
        }
        fs::rename(&self.temp, &self.target).map_err(error)?;
        self.committed = true;
        sync_folder(&self.target);
        let written = fingerprint(&self.target).ok_or_else(|| {
            error(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                tr!("error-saved-file-vanished"),
            ))
        })?;
        Ok(Fingerprint {
            content: Some(self.content),
            ..written
        })
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            // The temporary file is ours alone; failing to remove it loses nothing.
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Copies the target to `.bak` through a synced temporary file, so that a crash
/// never leaves a half-written backup.
fn keep_backup(target: &Path) -> std::io::Result<()> {
    let backup = backup_path(target);
    let mut temp_name = backup.file_name().unwrap_or_default().to_os_string();
    temp_name.push(format!(".{}.tmp", uuid::Uuid::new_v4().simple()));
    let temp = backup.with_file_name(temp_name);
    let result = (|| {
        if fs::hard_link(target, &temp).is_err() {
            fs::copy(target, &temp)?;
            File::open(&temp)?.sync_all()?;
        }
        fault::point("save:during-backup");
        fs::rename(&temp, &backup)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Makes the rename durable on file systems that need the folder synced.
fn sync_folder(target: &Path) {
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(dir) = File::open(folder)
    {
        // Not every platform can sync a folder; the rename itself already happened.
        let _ = dir.sync_all();
    }
}

/// Writes several files into `folder`, made if missing, none of them over a
/// backup: every file is staged before the first is moved into place, so a
/// failure while writing leaves none of them, and no folder it made.
pub fn write_files(folder: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<(), SaveError> {
    let made = !folder.exists();
    fs::create_dir_all(folder).map_err(|source| SaveError::Write {
        path: folder.to_owned(),
        source,
    })?;
    let staged: Result<Vec<Staged>, SaveError> =
        files.iter().map(|(path, bytes)| stage(path, bytes)).collect();
    match staged {
        Ok(staged) => {
            for file in staged {
                file.commit_without_backup()?;
            }
            Ok(())
        }
        Err(error) => {
            if made {
                // Empty again: the staged files removed themselves when dropped.
                let _ = fs::remove_dir(folder);
            }
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_keeps_backup() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("m.ron");
        fs::write(&target, "old").unwrap();
        stage(&target, b"new").unwrap().commit().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(fs::read_to_string(backup_path(&target)).unwrap(), "old");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temporary files left"
        );
    }

    #[test]
    fn an_uncommitted_stage_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("m.ron");
        fs::write(&target, "old").unwrap();
        drop(stage(&target, b"new").unwrap());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let err = stage(Path::new("/no/such/folder/m.ron"), b"x").unwrap_err();
        assert!(err.to_string().contains("/no/such/folder/m.ron"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn paths_are_resolved_through_links_and_made_absolute() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        fs::write(&real, "x").unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(resolve(&link), fs::canonicalize(&real).unwrap());
        let new = resolve(&dir.path().join("new.ron"));
        assert!(new.is_absolute() && new.ends_with("new.ron"));
        assert!(resolve(Path::new("relative.ron")).is_absolute());
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_the_permissions_of_the_file() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("m.ron");
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
        stage(&target, b"new").unwrap().commit().unwrap();
        assert_eq!(fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn backup_sits_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/b/meeting.ron")),
            PathBuf::from("/a/b/meeting.ron.bak")
        );
    }

    #[test]
    fn several_files_are_written_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("out");
        let files = vec![
            (folder.join("a.csv"), b"a".to_vec()),
            (folder.join("b.csv"), b"b".to_vec()),
        ];
        write_files(&folder, &files).unwrap();
        assert_eq!(fs::read(folder.join("b.csv")).unwrap(), b"b");

        let other = dir.path().join("other");
        let failing = vec![
            (other.join("a.csv"), b"a".to_vec()),
            (other.join("missing").join("b.csv"), b"b".to_vec()),
        ];
        assert!(write_files(&other, &failing).is_err());
        assert!(!other.exists(), "nothing is left of a failed write");
    }
}
