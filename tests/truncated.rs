//! A session file cut short: the window says so in plain words and offers the
//! backup beside it, which opens read-only and is never saved over.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the plain harness")]
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{ScriptedDialogs, harness};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use majlis::persistence;

/// `beirut.ron` cut short after the fifth character of line 1,632, with a good
/// `beirut.ron.bak` beside it.
fn cut_file_with_backup(dir: &Path) -> (PathBuf, PathBuf) {
    let sample = fs::read_to_string("sample-data/beirut-2007.ron").unwrap();
    let cut = sample.match_indices('\n').nth(1630).unwrap().0 + 5;
    let path = dir.join("beirut.ron");
    let backup = persistence::backup_path(&path);
    fs::write(&backup, &sample).unwrap();
    fs::write(&path, sample.get(..cut).unwrap()).unwrap();
    (persistence::resolve(&path), persistence::resolve(&backup))
}

#[test]
fn a_cut_file_offers_its_backup_which_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (path, backup) = cut_file_with_backup(dir.path());
    let cut_bytes = fs::read(&path).unwrap();
    let backup_bytes = fs::read(&backup).unwrap();

    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    assert!(harness.state().session.is_none(), "nothing could be opened");
    harness.get_by_label("Could not open the file");
    // The dialog, not only the status bar, says it in plain words.
    harness.get_by_label_contains(
        "The file ends in the middle of a record at line 1,632: it may have been cut short while \
         copying\n\nNothing was changed",
    );
    harness.get_by_label_contains("The backup kept by the last save, beirut.ron.bak, can be read");
    harness.get_by_label("OK");

    harness.get_by_label("Open the backup").click();
    harness.run_ok();
    let app = harness.state();
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.path.as_deref(), Some(backup.as_path()));
    assert!(session.read_only, "a backup opens read-only");
    assert_eq!(session.doc, persistence::load(&backup).unwrap().doc);
    for words in ["backup", "read-only", "Save as…"] {
        assert!(app.status.text.contains(words), "{words}: {}", app.status.text);
    }

    harness.get_by_label("Title").focus();
    harness.get_by_label("Title").type_text(" (restored)");
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_ok();
    harness.get_by_label("Type the path of the file to save");
    let suggested = dir.path().join("beirut (restored).majlis.ron");
    assert_eq!(
        harness.get_by_label("Path").value().as_deref(),
        Some(suggested.to_str().unwrap()),
        "Save as… proposes a new file, neither the backup nor the cut file"
    );
    assert_eq!(fs::read(&path).unwrap(), cut_bytes, "the cut file was changed");
    assert_eq!(fs::read(&backup).unwrap(), backup_bytes, "the backup was changed");

    // Typing the backup's own path is refused too.
    let field = harness.get_by_label("Path");
    field.focus();
    field.set_text_value_accesskit(backup.to_str().unwrap());
    harness.run_ok();
    harness.get_by_label("Save").click();
    harness.run_ok();
    harness.get_by_label("Could not save");
    harness.get_by_label_contains("This file is open read-only: save it under another name\n\n");
    assert_eq!(fs::read(&backup).unwrap(), backup_bytes, "the backup was changed");
    assert!(!persistence::backup_path(&backup).exists());
    harness.get_by_label("OK").click();
    harness.run_ok();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_ok();
    harness.get_by_label("Save").click();
    common::finish_saving(&mut harness);
    let restored = persistence::load(&suggested).unwrap();
    assert!(restored.doc.meeting.title.ends_with(" (restored)"));
    let session = harness.state().session.as_ref().unwrap();
    assert!(!session.read_only && !session.is_dirty());
    assert_eq!(fs::read(&path).unwrap(), cut_bytes, "the cut file was changed");
    assert_eq!(fs::read(&backup).unwrap(), backup_bytes, "the backup was changed");
}

#[test]
fn a_cut_file_without_a_readable_backup_only_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let (path, backup) = cut_file_with_backup(dir.path());
    fs::write(&backup, "(format_version: 1,").unwrap();
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness.get_by_label_contains("cut short while copying\n\nNothing was changed");
    assert!(harness.query_by_label("Open the backup").is_none());
    harness.get_by_label("OK").click();
    harness.run_ok();
    assert!(harness.state().session.is_none());
}
