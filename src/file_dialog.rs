//! The only module that names `rfd`. It returns paths and never reads or writes files.

use std::path::{Path, PathBuf};

use crate::tr;

/// Asks the user for file paths. Tests replace the native dialogs with a script.
pub trait FileDialogs {
    /// A session file to open, or `None` when cancelled or no dialog could open.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save, or `None` when cancelled or no dialog could open.
    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf>;
    /// Where to write data for another tool (a CSV table, the network as
    /// GEXF, or its picture as SVG or PNG, as the suggested name's extension says), or `None` when cancelled
    /// or no dialog could open; by default asked as [`FileDialogs::pick_save`] is.
    fn pick_export(&mut self, suggested: &Path) -> Option<PathBuf> {
        self.pick_save(suggested)
    }
    /// Where to write a copy for a rapporteur, or `None` when cancelled or no
    /// dialog could open; by default asked as [`FileDialogs::pick_save`] is.
    fn pick_copy(&mut self, suggested: &Path) -> Option<PathBuf> {
        self.pick_save(suggested)
    }
    /// Where to write a report (HTML or Markdown), or `None` when cancelled
    /// or no dialog could open; by default asked as [`FileDialogs::pick_save`] is.
    fn pick_report(&mut self, suggested: &Path) -> Option<PathBuf> {
        self.pick_save(suggested)
    }
    /// A list of people to import (CSV), or `None` when cancelled or no
    /// dialog could open; by default asked as [`FileDialogs::pick_open`] is.
    fn pick_list(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }
    /// Session files to merge into the open one, empty when cancelled or no
    /// dialog could open; by default one file, asked as [`FileDialogs::pick_open`] is.
    fn pick_merge(&mut self) -> Vec<PathBuf> {
        self.pick_open().into_iter().collect()
    }
}

/// The platform's own file dialogs.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(tr!("open-dialog-title"))
            .add_filter(tr!("dialog-filter-meeting"), &["ron"])
            .add_filter(tr!("dialog-filter-all"), &["*"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(tr!("save-dialog-title"))
            .add_filter(tr!("dialog-filter-meeting"), &["ron"]);
        if let Some(folder) = suggested.parent().filter(|p| p.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file().map(with_ron_extension)
    }

    fn pick_copy(&mut self, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(tr!("copy-dialog-title"))
            .add_filter(tr!("dialog-filter-meeting"), &["ron"]);
        if let Some(folder) = suggested.parent().filter(|p| p.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file().map(with_ron_extension)
    }

    fn pick_merge(&mut self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title(tr!("merge-window-dialog-title"))
            .add_filter(tr!("dialog-filter-meeting"), &["ron"])
            .add_filter(tr!("dialog-filter-all"), &["*"])
            .pick_files()
            .unwrap_or_default()
    }

    fn pick_list(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(tr!("import-dialog-title"))
            .add_filter(tr!("import-dialog-filter"), &["csv", "txt", "tsv"])
            .add_filter(tr!("dialog-filter-all"), &["*"])
            .pick_file()
    }

    fn pick_report(&mut self, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(tr!("report-window-dialog-title"))
            .add_filter(tr!("report-window-filter-html"), &["html", "htm"])
            .add_filter(tr!("report-window-filter-markdown"), &["md"]);
        if let Some(folder) = suggested.parent().filter(|p| p.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file()
    }

    fn pick_export(&mut self, suggested: &Path) -> Option<PathBuf> {
        let extension = suggested
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let (title, filter, extension) = match extension.as_str() {
            "gexf" => (
                tr!("exports-dialog-title-network"),
                tr!("exports-dialog-filter-gexf"),
                "gexf",
            ),
            "svg" => (
                tr!("network-export-title-svg"),
                tr!("network-dialog-filter-svg"),
                "svg",
            ),
            "png" => (
                tr!("network-export-title-png"),
                tr!("network-dialog-filter-png"),
                "png",
            ),
            _ => (
                tr!("personal-export-dialog-title"),
                tr!("personal-dialog-filter-csv"),
                "csv",
            ),
        };
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter, &[extension]);
        if let Some(folder) = suggested.parent().filter(|p| p.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file()
    }
}

/// Adds `.ron` when the user typed a name without an extension.
pub fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(crate::model::SESSION_ENDING);
        path.with_file_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_added_only_when_missing() {
        assert_eq!(with_ron_extension("a/m".into()), PathBuf::from("a/m.majlis.ron"));
        assert_eq!(with_ron_extension("a/m.ron".into()), PathBuf::from("a/m.ron"));
        assert_eq!(with_ron_extension("a/m.txt".into()), PathBuf::from("a/m.txt"));
    }
}
