//! The flows that stand between the user's work and its loss, through the
//! window: a file changed by another program, a file from a newer Majlis,
//! quitting with unsaved changes, and recovery files left by a crash. Each
//! test looks at the bytes on disk and at the open document, not only at
//! what the window shows.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use common::{ScriptedDialogs, finish_saving, harness, harness_with_recovery, sample_copy};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::model::FORMAT_VERSION;
use majlis::persistence::{self, RecoveryFile, write_recovery};

const SAMPLE_VENUE: &str = "venue: \"UN House, Beirut, Lebanon\"";
const CHANGED_ELSEWHERE: &str = "The file was changed elsewhere";
const ASK_TO_SAVE: &str = "Save changes to this meeting?";
const RECOVERY_OFFER: &str = "Restore unsaved work?";

/// Types `text` at the end of the meeting's venue, then leaves the field.
fn add_to_venue(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    let venue = harness.get_by_label("Venue");
    venue.focus();
    venue.type_text(text);
    harness.run_ok();
    harness.key_press(Key::Escape);
    harness.run_ok();
}

fn press_save(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_ok();
}

fn click(harness: &mut Harness<'_, MajlisApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
}

/// The window's close button.
fn request_close(harness: &mut Harness<'_, MajlisApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_ok();
}

fn venue(harness: &Harness<'_, MajlisApp>) -> String {
    harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .doc
        .meeting
        .venue
        .clone()
}

fn is_dirty(harness: &Harness<'_, MajlisApp>) -> bool {
    harness.state().session.as_ref().unwrap().is_dirty()
}

/// Whether the file at `path` holds exactly `bytes`.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    std::fs::read(path).unwrap() == bytes
}

/// Rewrites the file as another program would, putting `to` in place of the
/// sample's venue; returns the bytes written.
fn change_venue_elsewhere(path: &Path, to: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(SAMPLE_VENUE));
    let changed = text.replacen(SAMPLE_VENUE, &format!("venue: \"{to}\""), 1);
    std::fs::write(path, &changed).unwrap();
    changed.into_bytes()
}

/// Replaces text of the input with the same number of bytes, as another
/// program would, and puts the modification time back as it was.
fn change_elsewhere_keeping_size_and_time(path: &Path) -> Vec<u8> {
    let before = std::fs::metadata(path).unwrap();
    let modified: SystemTime = before.modified().unwrap();
    let changed = change_venue_elsewhere(path, "UN House, Beirut, LEBANON");
    assert_eq!(changed.len() as u64, before.len(), "the same size");
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), modified);
    changed
}

#[test]
fn a_file_changed_elsewhere_is_overwritten_only_when_asked_and_its_bytes_are_kept_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    add_to_venue(&mut harness, " (hall A)");
    let theirs = change_venue_elsewhere(&path, "Riad El Solh, Beirut (room 3)");

    press_save(&mut harness);
    harness.get_by_label(CHANGED_ELSEWHERE);
    assert!(!harness.state().is_saving());
    assert!(holds(&path, &theirs), "nothing written before an answer");

    // Cancel keeps both versions.
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label(CHANGED_ELSEWHERE).is_none());
    assert!(holds(&path, &theirs));
    assert!(!persistence::backup_path(&path).exists());
    assert_eq!(venue(&harness), "UN House, Beirut, Lebanon (hall A)");
    assert!(is_dirty(&harness));

    // Asked again on the next save; Overwrite writes ours and keeps theirs as backup.
    press_save(&mut harness);
    harness.get_by_label(CHANGED_ELSEWHERE);
    assert!(holds(&path, &theirs));
    click(&mut harness, "Overwrite");
    finish_saving(&mut harness);
    let saved = persistence::load(&path).unwrap().doc;
    assert_eq!(saved.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
    assert!(holds(&persistence::backup_path(&path), &theirs));
    assert!(!is_dirty(&harness), "{}", harness.state().status.text);

    // Once overwritten, the file is ours again: the next save asks nothing.
    add_to_venue(&mut harness, ", second floor");
    press_save(&mut harness);
    finish_saving(&mut harness);
    assert!(harness.query_by_label(CHANGED_ELSEWHERE).is_none());
    let saved = persistence::load(&path).unwrap().doc;
    assert_eq!(
        saved.meeting.venue,
        "UN House, Beirut, Lebanon (hall A), second floor"
    );
}

#[test]
fn save_as_from_the_changed_file_dialog_writes_elsewhere_and_leaves_the_changed_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(Some(path.clone()), dialogs.clone());
    add_to_venue(&mut harness, " (hall A)");
    let theirs = change_venue_elsewhere(&path, "Riad El Solh, Beirut (room 3)");

    press_save(&mut harness);
    harness.get_by_label(CHANGED_ELSEWHERE);
    let ours = dir.path().join("ours.ron");
    dialogs.answers.borrow_mut().push_back(Some(ours.clone()));
    click(&mut harness, "Save as…");
    finish_saving(&mut harness);

    assert!(dialogs.answers.borrow().is_empty(), "the file dialog was asked");
    let saved = persistence::load(&ours).unwrap().doc;
    assert_eq!(saved.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
    assert!(holds(&path, &theirs));
    assert!(!persistence::backup_path(&path).exists());
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(
        session.path.as_deref(),
        Some(persistence::resolve(&ours).as_path())
    );
    assert!(!session.is_dirty(), "{}", harness.state().status.text);
}

#[test]
fn a_same_size_change_that_keeps_the_modification_time_is_still_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    add_to_venue(&mut harness, " (hall A)");
    let theirs = change_elsewhere_keeping_size_and_time(&path);

    press_save(&mut harness);
    finish_saving(&mut harness);
    assert!(
        holds(&path, &theirs),
        "the other program's version was overwritten without asking"
    );
    harness.get_by_label(CHANGED_ELSEWHERE);
    assert!(is_dirty(&harness));
}

/// A copy of the sample that says it comes from the next format.
fn newer_format_copy(dir: &Path) -> PathBuf {
    let path = dir.join("newer.ron");
    let text = std::fs::read_to_string("sample-data/beirut-2007.ron").unwrap();
    let current = format!("format_version: {FORMAT_VERSION},");
    assert!(text.contains(&current));
    let newer = text.replacen(&current, &format!("format_version: {},", FORMAT_VERSION + 1), 1);
    std::fs::write(&path, newer).unwrap();
    path
}

/// Runs a few frames and returns the last window title the app asked for.
fn title_after_frames(harness: &mut Harness<'_, MajlisApp>) -> Option<String> {
    let mut title = None;
    for _ in 0..5 {
        harness.step();
        let commands = harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.commands.clone())
            .unwrap_or_default();
        for command in commands {
            if let egui::ViewportCommand::Title(t) = command {
                title = Some(t);
            }
        }
    }
    harness.run_ok();
    title
}

/// Replaces the text of the path entry with `path` and clicks Save.
fn enter_path_to_save(harness: &mut Harness<'_, MajlisApp>, path: &Path) {
    harness.get_by_label("Type the path of the file to save");
    harness.get_by_label("Path").focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path")
        .type_text(&path.display().to_string());
    harness.run_ok();
    click(harness, "Save");
}

#[test]
fn a_newer_format_file_opens_read_only_and_is_saved_only_under_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = newer_format_copy(dir.path());
    let theirs = std::fs::read(&path).unwrap();
    let mut harness = harness(None, ScriptedDialogs::default());

    // Opened as a person does without a file chooser: Ctrl+O, then the path.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run_ok();
    harness.get_by_label("Type the path of the file to open");
    harness.get_by_label("Path").focus();
    harness
        .get_by_label("Path")
        .type_text(&path.display().to_string());
    harness.step();
    harness.get_by_label("Open").click();
    let title = title_after_frames(&mut harness).unwrap();
    assert!(title.contains("newer.ron (read-only)"), "{title}");
    harness.get_by_label("Opened read-only");
    harness.get_by_label_contains("It is open read-only: use Save as… to keep a copy");
    assert!(harness.state().session.as_ref().unwrap().read_only);
    click(&mut harness, "OK");

    // Ctrl+S is Save as…, suggesting the file itself; saving there is refused.
    add_to_venue(&mut harness, " (hall A)");
    press_save(&mut harness);
    let shown_path = persistence::resolve(&path).display().to_string();
    assert_eq!(
        harness.get_by_label("Path").value().as_deref(),
        Some(shown_path.as_str())
    );
    enter_path_to_save(&mut harness, &path);
    finish_saving(&mut harness);
    harness.get_by_label("Could not save");
    harness.get_by_label("Not saved: This file is open read-only: save it under another name");
    assert!(holds(&path, &theirs));
    assert!(!persistence::backup_path(&path).exists());
    assert!(is_dirty(&harness));
    click(&mut harness, "OK");

    // Another name works, and that file is then saved in place.
    let copy = dir.path().join("copy.ron");
    press_save(&mut harness);
    enter_path_to_save(&mut harness, &copy);
    finish_saving(&mut harness);
    let saved = persistence::load(&copy).unwrap();
    assert_eq!(saved.source_version, FORMAT_VERSION);
    assert_eq!(saved.doc.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
    assert!(holds(&path, &theirs));
    let session = harness.state().session.as_ref().unwrap();
    assert!(!session.read_only && !session.is_dirty());
    assert_eq!(
        session.path.as_deref(),
        Some(persistence::resolve(&copy).as_path())
    );

    add_to_venue(&mut harness, ", second floor");
    press_save(&mut harness);
    finish_saving(&mut harness);
    assert!(
        harness
            .query_by_label("Type the path of the file to save")
            .is_none()
    );
    let saved = persistence::load(&copy).unwrap().doc;
    assert_eq!(
        saved.meeting.venue,
        "UN House, Beirut, Lebanon (hall A), second floor"
    );
    assert!(holds(&path, &theirs));
    assert!(!is_dirty(&harness));
}

/// Lets the window run until its recovery copy is on disk; returns its path.
fn recovery_copy_written(harness: &mut Harness<'_, MajlisApp>) -> PathBuf {
    let path = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .recovery
        .as_ref()
        .unwrap()
        .path
        .clone();
    let start = Instant::now();
    while !path.exists() {
        assert!(start.elapsed() < Duration::from_secs(20), "no recovery copy");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
        harness.state().flush_autosave();
    }
    path
}

fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect()
}

#[test]
fn quitting_with_unsaved_work_asks_and_cancel_keeps_it_discard_closes_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let original = std::fs::read(&path).unwrap();
    let recovery = dir.path().join("recovery");
    let mut harness = harness_with_recovery(Some(path.clone()), ScriptedDialogs::default(), Some(&recovery));
    add_to_venue(&mut harness, " (hall A)");
    let copy = recovery_copy_written(&mut harness);

    request_close(&mut harness);
    harness.get_by_label(ASK_TO_SAVE);
    assert!(!harness.state().is_closing());

    click(&mut harness, "Cancel");
    assert!(harness.query_by_label(ASK_TO_SAVE).is_none());
    assert!(!harness.state().is_closing());
    assert_eq!(venue(&harness), "UN House, Beirut, Lebanon (hall A)");
    assert!(is_dirty(&harness));
    assert!(copy.exists());

    request_close(&mut harness);
    harness.get_by_label(ASK_TO_SAVE);
    click(&mut harness, "Discard");
    assert!(harness.state().is_closing());
    harness.state().flush_autosave();
    assert!(holds(&path, &original));
    assert!(!persistence::backup_path(&path).exists());
    assert!(!copy.exists(), "discarded work leaves no recovery copy");
    assert!(recovery_files(&recovery).is_empty());
}

#[test]
fn quitting_with_unsaved_work_and_choosing_save_writes_the_file_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let recovery = dir.path().join("recovery");
    let mut harness = harness_with_recovery(Some(path.clone()), ScriptedDialogs::default(), Some(&recovery));
    add_to_venue(&mut harness, " (hall A)");
    let copy = recovery_copy_written(&mut harness);

    request_close(&mut harness);
    harness.get_by_label(ASK_TO_SAVE);
    assert!(!harness.state().is_closing());
    click(&mut harness, "Save");
    finish_saving(&mut harness);

    assert!(harness.state().is_closing(), "{}", harness.state().status.text);
    let saved = persistence::load(&path).unwrap().doc;
    assert_eq!(saved.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
    harness.state().flush_autosave();
    assert!(!copy.exists(), "saved work needs no recovery copy");
}

/// Leaves a recovery file in `dir/recovery` as a Majlis that crashed would have.
fn leave_recovery(dir: &Path, file: &RecoveryFile) -> PathBuf {
    let recovery = dir.join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let left = recovery.join("left-behind.ron");
    write_recovery(&left, file).unwrap();
    left
}

#[test]
fn decide_later_keeps_the_recovery_file_untouched_and_it_is_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let sample_bytes = std::fs::read(&path).unwrap();
    let mut document = persistence::load(&path).unwrap().doc;
    document.meeting.venue = "Recovered venue".to_owned();
    let left = leave_recovery(
        dir.path(),
        &RecoveryFile {
            document_path: Some(path.clone()),
            file_fingerprint: persistence::fingerprint(&path),
            document,
            ..RecoveryFile::default()
        },
    );
    let left_bytes = std::fs::read(&left).unwrap();

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), left.parent());
    harness.get_by_label(RECOVERY_OFFER);
    click(&mut harness, "Decide later");
    assert!(harness.query_by_label(RECOVERY_OFFER).is_none());
    assert!(harness.state().session.is_none(), "nothing is opened");
    assert!(holds(&left, &left_bytes));
    assert!(holds(&path, &sample_bytes));
    drop(harness);

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), left.parent());
    harness.get_by_label(RECOVERY_OFFER);
    harness.get_by_label("Restore");
    click(&mut harness, "Restore");
    assert_eq!(venue(&harness), "Recovered venue");
    assert!(holds(&path, &sample_bytes));
}

#[test]
fn an_unreadable_recovery_file_cannot_be_restored_and_is_discarded_only_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let left = recovery.join("left-behind.ron");
    std::fs::write(&left, b"\x00\xff(format_version: 1, document: (\x9c garbage").unwrap();

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), Some(&recovery));
    harness.get_by_label(RECOVERY_OFFER);
    harness.get_by_label_contains("This recovery file cannot be read");
    assert!(harness.get_by_label("Restore").accesskit_node().is_disabled());
    assert!(harness.get_by_label("Compare").accesskit_node().is_disabled());
    harness.get_by_label("Restore").click();
    harness.run_ok();
    assert!(harness.state().session.is_none());
    assert!(left.exists());

    click(&mut harness, "Discard…");
    harness.get_by_label("Discard these changes for good? They cannot be recovered");
    assert!(left.exists(), "not before it is confirmed");
    click(&mut harness, "Keep them");
    assert!(left.exists());
    click(&mut harness, "Discard…");
    click(&mut harness, "Discard for good");
    assert!(!left.exists());
    assert!(!left.with_extension("lock").exists());
    assert!(harness.query_by_label(RECOVERY_OFFER).is_none());
    assert!(harness.state().session.is_none());
}

#[test]
fn restored_work_whose_file_changed_since_does_not_overwrite_it_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let mut document = persistence::load(&path).unwrap().doc;
    document.meeting.venue = "UN House, Beirut, Lebanon (hall A)".to_owned();
    let left = leave_recovery(
        dir.path(),
        &RecoveryFile {
            document_path: Some(persistence::resolve(&path)),
            file_fingerprint: persistence::fingerprint(&path),
            document,
            ..RecoveryFile::default()
        },
    );
    let theirs = change_venue_elsewhere(&path, "Riad El Solh, Beirut (room 3)");

    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), left.parent());
    click(&mut harness, "Restore");
    assert_eq!(venue(&harness), "UN House, Beirut, Lebanon (hall A)");
    assert!(is_dirty(&harness));

    press_save(&mut harness);
    harness.get_by_label(CHANGED_ELSEWHERE);
    assert!(holds(&path, &theirs));
    click(&mut harness, "Cancel");
    assert!(holds(&path, &theirs));
    assert!(is_dirty(&harness));

    press_save(&mut harness);
    click(&mut harness, "Overwrite");
    finish_saving(&mut harness);
    let saved = persistence::load(&path).unwrap().doc;
    assert_eq!(saved.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
    assert!(holds(&persistence::backup_path(&path), &theirs));
    assert!(!is_dirty(&harness));
    harness.state().flush_autosave();
    assert!(!left.exists(), "saved work needs no recovery copy");
}

#[test]
fn work_typed_while_saving_as_is_restored_to_the_new_file_and_leaves_the_old_one_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_copy(dir.path());
    let original = std::fs::read(&path).unwrap();
    let recovery = dir.path().join("recovery");
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with_recovery(Some(path.clone()), dialogs.clone(), Some(&recovery));
    let new = dir.path().join("new.ron");
    dialogs.answers.borrow_mut().push_back(Some(new.clone()));

    // Save as…, and more typed while the file is written; the recovery copy
    // of that typing is written before the save ends.
    let gate = harness.state().save_gate();
    gate.close();
    harness.get_by_label("Venue").focus();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.get_by_label("Venue").type_text(" (hall A)");
    harness.run_ok();
    assert!(harness.state().is_saving());
    let copy = recovery_copy_written(&mut harness);
    gate.open();
    finish_saving(&mut harness);
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(
        session.path.as_deref(),
        Some(persistence::resolve(&new).as_path())
    );
    assert!(session.is_dirty());

    // The recovery copy comes to name the new file.
    let start = Instant::now();
    loop {
        harness.state().flush_autosave();
        let left = persistence::read_recovery(&copy).unwrap();
        if left.document_path == Some(persistence::resolve(&new)) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the recovery copy still names {:?}",
            left.document_path
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }

    // Majlis stops; the work is restored and saved, into the new file.
    drop(harness);
    let mut harness = harness_with_recovery(None, ScriptedDialogs::default(), Some(&recovery));
    click(&mut harness, "Restore");
    press_save(&mut harness);
    finish_saving(&mut harness);
    assert!(
        holds(&path, &original),
        "the file saved away from was overwritten"
    );
    let saved = persistence::load(&new).unwrap().doc;
    assert_eq!(saved.meeting.venue, "UN House, Beirut, Lebanon (hall A)");
}
