//! After a save: erasures reach the older copies of the file too. The backup
//! beside it, the copies kept before an import or a merge and the recovery copies of the
//! meeting are rewritten without the people erased, so that no copy Majlis
//! keeps still holds their name, email or phone.

use std::path::{Path, PathBuf};

use super::{
    LoadError, RecoveryFile, SaveError, atomic, backup_path, load, read_recovery, to_ron, write_recovery,
};
use crate::model::{Document, erase};
use crate::tr;

/// Applies `saved.erased` to the copies Majlis keeps of the file at `path`:
/// its backup, its `NAME.before-import-*.ron` and `NAME.before-merge-*.ron`
/// copies and, in `recovery_dir`,
/// every recovery copy of the same meeting that still holds an erased person.
/// A backup or dated copy that is not a meeting file any more (cut short,
/// garbled) is removed, as it cannot be checked; one that cannot be read for
/// another reason is left and reported. Returns what could not be done, to
/// tell the user.
pub fn erase_in_copies(path: &Path, saved: &Document, recovery_dir: Option<&Path>) -> Vec<String> {
    if saved.erased.is_empty() {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for copy in session_copies(path) {
        if let Err(e) = erase_in_session_copy(&copy, &saved.erased) {
            problems.push(tr!(
                "personal-copy-not-erased",
                path = copy.display().to_string(),
                reason = e
            ));
        }
    }
    for copy in recovery_dir.map(recovery_copies).unwrap_or_default() {
        if let Err(e) = erase_in_recovery_copy(&copy, saved) {
            problems.push(tr!(
                "personal-copy-not-erased",
                path = copy.display().to_string(),
                reason = e
            ));
        }
    }
    problems
}

/// The backup and the dated copies kept before an import or a merge (see
/// [`super::dated_copy`]), beside `path`.
fn session_copies(path: &Path) -> Vec<PathBuf> {
    let mut copies = vec![backup_path(path)];
    let (Some(folder), Some(stem), Some(name)) = (path.parent(), path.file_stem(), path.file_name()) else {
        return copies;
    };
    let prefixes: Vec<String> = [stem, name]
        .into_iter()
        .flat_map(|base| ["import", "merge"].map(|what| format!("{}.before-{what}-", base.to_string_lossy())))
        .collect();
    if let Ok(entries) = std::fs::read_dir(folder) {
        copies.extend(entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| {
            let file = p.file_name().unwrap_or_default().to_string_lossy();
            prefixes.iter().any(|prefix| file.starts_with(prefix.as_str()))
                && p.extension().is_some_and(|e| e == "ron")
        }));
    }
    copies
}

fn recovery_copies(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

fn erase_in_session_copy(copy: &Path, erased: &[crate::model::Id]) -> Result<(), String> {
    if !copy.exists() {
        return Ok(());
    }
    let loaded = match load(copy) {
        Ok(loaded) => loaded,
        Err(
            LoadError::Empty
            | LoadError::NotUtf8 { .. }
            | LoadError::Syntax { .. }
            | LoadError::Truncated { .. }
            | LoadError::NotASession,
        ) => return remove(copy),
        Err(e) => return Err(e.to_string()),
    };
    if loaded.newer_format {
        // Rewriting it here would drop what the newer Majlis added.
        return Err(tr!("personal-copy-newer"));
    }
    let mut doc = loaded.doc;
    if erase::erase_all(&mut doc, erased) {
        let text = to_ron(&doc).map_err(|e| e.to_string())?;
        atomic::stage_with_fault(copy, text.as_bytes(), "erase:half-written")
            .and_then(atomic::Staged::commit_without_backup)
            .map_err(|e: SaveError| e.to_string())?;
    }
    Ok(())
}

/// Erases from a recovery copy of the same meeting (other meetings that share
/// people, such as the next one, keep their own registry and erasures).
fn erase_in_recovery_copy(copy: &Path, saved: &Document) -> Result<(), String> {
    let Ok(file) = read_recovery(copy) else {
        // Not ours to judge: a recovery copy of another format is left alone.
        return Ok(());
    };
    if file.document.meeting.id != saved.meeting.id {
        return Ok(());
    }
    let mut document = file.document;
    if erase::erase_all(&mut document, &saved.erased) {
        let file = RecoveryFile { document, ..file };
        write_recovery(copy, &file).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn remove(copy: &Path) -> Result<(), String> {
    log::warn!(
        "Removing {}: it cannot be read to erase people from it",
        copy.display()
    );
    std::fs::remove_file(copy).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, Person};
    use std::sync::Arc;

    fn with_rania() -> (Document, Id) {
        let mut doc = Document::new_meeting();
        let rania = Person {
            name: "Rania Haddad".to_owned(),
            email: "rania@example.org".to_owned(),
            phone: "+961 1 000 000".to_owned(),
            ..Person::default()
        };
        let id = rania.id;
        doc.people.push(Arc::new(rania));
        (doc, id)
    }

    fn holds_rania(path: &Path) -> bool {
        let text = std::fs::read_to_string(path).unwrap();
        ["Rania", "rania@example.org", "+961 1 000 000"]
            .iter()
            .any(|w| text.contains(w))
    }

    #[test]
    fn backups_dated_copies_and_recovery_copies_lose_the_person() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery");
        std::fs::create_dir(&recovery).unwrap();
        let path = dir.path().join("beirut.ron");
        let (doc, id) = with_rania();
        let import_copy = dir.path().join("beirut.before-import-20070905T100000.ron");
        super::super::save(&import_copy, &doc).unwrap();
        let recovery_copy = recovery.join("r.ron");
        let file = RecoveryFile {
            document: doc.clone(),
            ..RecoveryFile::default()
        };
        write_recovery(&recovery_copy, &file).unwrap();
        super::super::save(&path, &doc).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2007, 9, 5).unwrap();
        let merge_copy = super::super::keep_before_merge(&path, day).unwrap();
        // A copy of another file whose name starts alike is not ours.
        let other_file = dir.path().join("beirut2.before-merge-2007-09-05.ron");
        std::fs::copy(&merge_copy, &other_file).unwrap();
        let mut erased = doc.clone();
        erase::erase(&mut erased, id);
        super::super::save(&path, &erased).unwrap();
        let bak = backup_path(&path);
        for copy in [&bak, &import_copy, &merge_copy, &recovery_copy] {
            assert!(holds_rania(copy), "before: {}", copy.display());
        }
        assert!(erase_in_copies(&path, &erased, Some(&recovery)).is_empty());
        for copy in [&path, &bak, &import_copy, &merge_copy, &recovery_copy] {
            assert!(!holds_rania(copy), "after: {}", copy.display());
        }
        assert!(holds_rania(&other_file), "another meeting's copy is not ours");
        assert_eq!(load(&bak).unwrap().doc.person_name(Some(id)), "(erased)");
        assert_eq!(read_recovery(&recovery_copy).unwrap().document.erased, [id]);
    }

    #[test]
    fn nothing_is_read_without_erasures() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        std::fs::write(backup_path(&path), "not a meeting").unwrap();
        assert!(erase_in_copies(&path, &Document::new_meeting(), None).is_empty());
        assert!(backup_path(&path).exists());
    }

    #[test]
    fn an_unreadable_backup_is_removed_once_someone_is_erased() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        std::fs::write(backup_path(&path), "(people: [(name: \"Rania\"").unwrap();
        let (mut doc, id) = with_rania();
        erase::erase(&mut doc, id);
        assert!(erase_in_copies(&path, &doc, None).is_empty());
        assert!(!backup_path(&path).exists());
    }

    #[test]
    fn recovery_copies_of_other_meetings_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("beirut.ron");
        let (doc, id) = with_rania();
        // The next meeting shares Rania's id but is another meeting.
        let next = crate::model::next_meeting::next_meeting(&doc);
        let other = dir.path().join("other.ron");
        let file = RecoveryFile {
            document: next,
            ..RecoveryFile::default()
        };
        write_recovery(&other, &file).unwrap();
        let before = std::fs::read(&other).unwrap();
        let mut erased = doc;
        erase::erase(&mut erased, id);
        assert!(erase_in_copies(&path, &erased, Some(dir.path())).is_empty());
        assert_eq!(std::fs::read(&other).unwrap(), before);
    }

    #[test]
    fn a_backup_from_a_newer_majlis_is_kept_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        let (doc, id) = with_rania();
        let text = super::super::to_ron(&doc).unwrap().replacen(
            &format!("format_version: {}", crate::model::FORMAT_VERSION),
            "format_version: 99",
            1,
        );
        assert!(text.contains("format_version: 99"));
        std::fs::write(backup_path(&path), &text).unwrap();
        let mut erased = doc;
        erase::erase(&mut erased, id);
        assert_eq!(erase_in_copies(&path, &erased, None).len(), 1);
        assert!(backup_path(&path).exists());
    }
}
