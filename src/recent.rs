//! The list of recently opened files, kept in the platform's config folder.
//! Losing it loses nothing of a meeting, but it is still written atomically.

use std::path::{Path, PathBuf};

const MAX_RECENT: usize = 8;

/// The platform's folder for Majlis's own settings (not meeting data).
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Majlis", "Majlis").map(|dirs| dirs.config_dir().to_path_buf())
}

/// Recently opened or saved session files, newest first.
#[derive(Debug, Default)]
pub struct RecentFiles {
    pub paths: Vec<PathBuf>,
    store: Option<PathBuf>,
}

impl RecentFiles {
    /// Reads the list from `store` (a missing or unreadable list starts empty).
    pub fn load(store: Option<PathBuf>) -> Self {
        let paths = store
            .as_deref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| ron::from_str::<Vec<PathBuf>>(&text).ok())
            .unwrap_or_default();
        Self { paths, store }
    }

    /// The default place for the list.
    pub fn default_store() -> Option<PathBuf> {
        config_dir().map(|dir| dir.join("recent.ron"))
    }

    /// Puts `path` first and writes the list.
    pub fn add(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
        self.write();
    }

    fn write(&self) {
        let Some(store) = &self.store else { return };
        if let Some(folder) = store.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        let result = ron::to_string(&self.paths)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                crate::persistence::stage(store, text.as_bytes())
                    .and_then(crate::persistence::Staged::commit)
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = result {
            log::warn!("Could not remember recent files: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_persisted() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("recent.ron");
        let mut recent = RecentFiles::load(Some(store.clone()));
        recent.add(Path::new("/x/a.ron"));
        recent.add(Path::new("/x/b.ron"));
        recent.add(Path::new("/x/a.ron"));
        let again = RecentFiles::load(Some(store));
        assert_eq!(
            again.paths,
            vec![PathBuf::from("/x/a.ron"), PathBuf::from("/x/b.ron")]
        );
    }
}
