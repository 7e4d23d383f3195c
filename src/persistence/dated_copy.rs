//! A dated copy of a meeting file, kept before a bulk change: the single
//! `.bak` is overwritten by the next save, this copy is not.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// Copies `path` to `NAME.before-import-YYYY-MM-DD.ron` beside it (`-2`,
/// `-3`... when that day's copy exists), synced to disk; never overwrites.
pub fn keep_before_import(path: &Path, date: NaiveDate) -> std::io::Result<PathBuf> {
    keep_before("import", path, date)
}

/// Copies `path` to `NAME.before-merge-YYYY-MM-DD.ron` beside it, as
/// [`keep_before_import`] does.
pub fn keep_before_merge(path: &Path, date: NaiveDate) -> std::io::Result<PathBuf> {
    keep_before("merge", path, date)
}

/// Copies `path` to `NAME.before-WHAT-YYYY-MM-DD.ron` beside it.
fn keep_before(what: &str, path: &Path, date: NaiveDate) -> std::io::Result<PathBuf> {
    let bytes = std::fs::read(path)?;
    let stem = path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let date = date.format("%Y-%m-%d");
    for n in 1u32..1000 {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let copy = path.with_file_name(format!("{stem}.before-{what}-{date}{suffix}.ron"));
        match std::fs::File::create_new(&copy) {
            Ok(mut file) => {
                file.write_all(&bytes)?;
                file.sync_all()?;
                return Ok(copy);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other(format!(
        "a thousand copies named {stem}.before-{what}-{date}-N.ron exist already"
    )))
}

#[cfg(test)]
mod tests {
    use super::{keep_before_import, keep_before_merge};
    use chrono::NaiveDate;

    #[test]
    fn copies_are_dated_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("beirut.ron");
        std::fs::write(&file, "first").unwrap();
        let day = NaiveDate::from_ymd_opt(2007, 9, 5).unwrap();
        let one = keep_before_import(&file, day).unwrap();
        std::fs::write(&file, "second").unwrap();
        let two = keep_before_import(&file, day).unwrap();
        assert_eq!(one, dir.path().join("beirut.before-import-2007-09-05.ron"));
        assert_eq!(two, dir.path().join("beirut.before-import-2007-09-05-2.ron"));
        assert_eq!(std::fs::read_to_string(one).unwrap(), "first");
        assert_eq!(std::fs::read_to_string(two).unwrap(), "second");
        let merge = keep_before_merge(&file, day).unwrap();
        assert_eq!(merge, dir.path().join("beirut.before-merge-2007-09-05.ron"));
    }
}
