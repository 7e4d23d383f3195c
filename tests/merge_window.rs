//! File > Merge another session file… in the window: the organiser's file
//! and three rapporteurs' copies (see `tests/fixtures/merge/README.md`). The
//! review shows every conflict with both values, the choices made there are
//! what Apply does, as one undo step after a dated copy is kept; Cancel and
//! Escape change nothing; a duplicate confirmed is one record.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::{Document, Id, RecordKind};

#[expect(dead_code, reason = "these tests need only the harness")]
mod common;
use common::{ScriptedDialogs, harness};

const FIXTURES: &str = "tests/fixtures/merge";
const COPIES: [&str; 3] = ["table-a.ron", "table-b.ron", "table-c.ron"];

/// The organiser's file copied to `dir`, opened, with the dialogs answering `answers`.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn open_organiser(dir: &Path, answers: Vec<Option<PathBuf>>) -> (Harness<'static, MajlisApp>, PathBuf) {
    let file = dir.join("organiser.ron");
    std::fs::copy(Path::new(FIXTURES).join("organiser.ron"), &file).unwrap();
    let dialogs = ScriptedDialogs {
        answers: Rc::new(RefCell::new(VecDeque::from(answers))),
    };
    (harness(Some(file.clone()), dialogs), file)
}

fn copies() -> Vec<Option<PathBuf>> {
    COPIES
        .iter()
        .map(|name| Some(Path::new(FIXTURES).join(name)))
        .collect()
}

/// File > Merge another session file…, then Add another file… for each copy after the first.
fn merge_the_copies(harness: &mut Harness<'_, MajlisApp>) {
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Merge another session file…").click();
    harness.run_ok();
    for _ in 1..COPIES.len() {
        harness
            .get_by_role_and_label(Role::Button, "Add another file…")
            .click();
        harness.run_ok();
    }
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn dated_copies(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("organiser.before-merge-"))
        .collect()
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn partnership<'a>(doc: &'a Document, title: &str) -> &'a majlis::model::Partnership {
    doc.partnerships.iter().find(|p| p.title == title).unwrap()
}

const INDICATORS: &str = "Common information society indicators for Western Asia";
const MENTORING: &str = "Mentoring programme for women ICT entrepreneurs in Jordan and Palestine";
const LOCALISATION: &str = "Regional network for open-source software localisation into Arabic";
const O2: &str = "Wait for the Partnership on Measuring ICT before circulating the core list.";
const B3: &str = "Send the core list to the statistics offices of the member states.";
const A3: &str = "ESCWA coordinates; the mentors' travel is paid by the incubators.";
const C2: &str = "The incubators coordinate; ESCWA looks for travel funds.";
const CALENDAR: &str = "ad41e856-";
const COLLECT: &str = "f09aa546-";

fn record_starting<'a>(doc: &'a Document, id_start: &str) -> Option<&'a majlis::model::Record> {
    doc.records
        .iter()
        .map(AsRef::as_ref)
        .find(|r| r.id.0.to_string().starts_with(id_start))
}

#[test]
fn the_choices_made_in_the_review_are_applied_as_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = open_organiser(dir.path(), copies());
    let before = doc(&harness);
    merge_the_copies(&mut harness);

    harness.get_by_label("Merge into organiser.ron");
    harness.get_by_label("From table-a.ron, table-b.ron, table-c.ron");
    harness.get_by_label("7 records taken from the other files, 1 combined, 4 conflicts");
    // Every conflict, with the values of both sides.
    harness.get_by_label(&format!(
        "Partnership “{INDICATORS}”: next step changed differently on both sides"
    ));
    harness.get_by_label(&format!("This file: {O2}"));
    harness.get_by_label(&format!("table-b.ron: {B3}"));
    harness.get_by_label(&format!("This file: {A3}"));
    harness.get_by_label(&format!("table-c.ron: {C2}"));
    harness.get_by_label("table-a.ron: deleted");
    harness.get_by_label("This file: deleted");
    // Two choices per conflict, and a third where both values are text.
    assert_eq!(harness.query_all_by_role(Role::RadioButton).count(), 4 * 2 + 2);
    assert_eq!(doc(&harness), before, "nothing changes before Apply");

    // The deleted action item comes back as table C left it; both next steps are kept.
    harness
        .get_by_label_contains("Take the other side for Action item “Collect one-page descriptions")
        .click();
    harness.run_ok();
    harness
        .get_by_label(&format!(
            "Keep both as text for Partnership “{INDICATORS}”: next step changed differently on both sides"
        ))
        .click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Apply").click();
    harness.run_ok();

    let after = doc(&harness);
    assert_eq!(partnership(&after, INDICATORS).next_step, format!("{O2}\n{B3}"));
    assert_eq!(partnership(&after, MENTORING).next_step, A3);
    let localisation = partnership(&after, LOCALISATION);
    assert_eq!(
        localisation.next_step,
        "Name a coordinator per country by the end of October."
    );
    assert!(
        localisation
            .description
            .starts_with("A network of universities and NGOs")
    );
    let collect = record_starting(&after, COLLECT).expect("taken back from table C");
    assert_eq!(
        collect.text,
        "Collect one-page descriptions of the case-study networks; two are still missing."
    );
    let calendar = record_starting(&after, CALENDAR).expect("the organiser's edit is kept");
    assert!(matches!(
        calendar.kind,
        RecordKind::Action {
            status: majlis::model::ActionStatus::InProgress,
            ..
        }
    ));
    for text in [
        "The chair opens the report-back from the round tables.",
        "Round table 1 reports:",
        "Round table 2A reports:",
        "NGOs ask for a shared calendar",
    ] {
        assert!(after.records.iter().any(|r| r.text.starts_with(text)), "{text}");
    }
    let aicto = after
        .organisations
        .iter()
        .filter(|o| o.name.contains("AICTO") || o.acronym == "AICTO");
    assert_eq!(aicto.count(), 2, "a duplicate not confirmed stays two records");
    // Only the conflicts left to this side are noted, naming the copy.
    let notes: Vec<(&str, Id, &str)> = after
        .merge_notes
        .iter()
        .map(|n| (n.from.as_str(), n.record, n.field.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            ("table-a.ron", calendar.id, ""),
            ("table-c.ron", partnership(&after, MENTORING).id, "next step"),
        ]
    );
    assert!(after.merge_notes[1].set_aside.contains(C2));
    assert_eq!(dated_copies(dir.path()).len(), 1, "a dated copy is kept");
    harness.get_by_label_contains("Merged table-a.ron, table-b.ron, table-c.ron: 7 records");

    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.history.undo_label(), Some("merge"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    assert_eq!(doc(&harness), before, "one undo brings the meeting back exactly");
}

#[test]
fn cancel_and_escape_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut answers = copies();
    answers.extend(copies());
    let (mut harness, file) = open_organiser(dir.path(), answers);
    let before = doc(&harness);
    let bytes = std::fs::read(&file).unwrap();
    merge_the_copies(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Take the other side for all")
        .click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run_ok();
    assert!(harness.query_by_label("Merge into organiser.ron").is_none());
    harness.get_by_label("Merge cancelled: nothing changed");

    merge_the_copies(&mut harness);
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(harness.query_by_label("Merge into organiser.ron").is_none());

    assert_eq!(doc(&harness), before);
    assert!(!harness.state().session.as_ref().unwrap().is_dirty());
    assert!(dated_copies(dir.path()).is_empty());
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
}

#[test]
fn a_duplicate_confirmed_is_one_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = open_organiser(dir.path(), copies());
    merge_the_copies(&mut harness);
    harness.get_by_label("1 pair of records that look like the same one");
    let pair = "Organisation “Arab Information and Communication Technologies Organization” here and \
                “Arab ICT Organisation (AICTO)” in table-b.ron are the same";
    harness.get_by_role_and_label(Role::CheckBox, pair).click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Apply").click();
    harness.run_ok();

    let after = doc(&harness);
    let tunisian: Vec<_> = after
        .organisations
        .iter()
        .filter(|o| o.name.contains("Arab I") && o.country == "TN")
        .collect();
    assert_eq!(tunisian.len(), 1, "{tunisian:?}");
    let kept = tunisian[0];
    assert_eq!(
        kept.name,
        "Arab Information and Communication Technologies Organization"
    );
    assert!(
        kept.aliases.iter().any(|a| a == "Arab ICT Organisation (AICTO)"),
        "{kept:?}"
    );
}

#[test]
fn a_file_that_cannot_be_merged_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 4, meeting: (").unwrap();
    let (mut harness, _) = open_organiser(dir.path(), vec![Some(broken)]);
    let before = doc(&harness);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Merge another session file…").click();
    harness.run_ok();
    harness.get_by_label("Could not merge");
    // In the dialog and in the status bar.
    let said = "broken.ron could not be merged: The file ends in the middle of a record at line 1";
    assert_eq!(harness.query_all_by_label_contains(said).count(), 2);
    assert_eq!(doc(&harness), before);
}

#[test]
fn a_path_can_be_typed_when_no_dialog_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = open_organiser(dir.path(), vec![None, None]);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Merge another session file…").click();
    harness.run_ok();
    harness.get_by_label("Merge a session file");
    let path = Path::new(FIXTURES).join("table-b.ron");
    harness.get_by_role_and_label(Role::TextInput, "Path").focus();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&path.display().to_string());
    harness.step();
    harness.get_by_role_and_label(Role::Button, "Merge").click();
    harness.run_ok();
    harness.get_by_label("From table-b.ron");
    harness.get_by_label("3 records taken from the other files, 0 combined, 1 conflict");

    // Another file added from the review is typed the same way, above the review.
    harness.get_by_label("Add another file…").click();
    harness.run_ok();
    let path = Path::new(FIXTURES).join("table-c.ron");
    harness.get_by_role_and_label(Role::TextInput, "Path").focus();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&path.display().to_string());
    harness.step();
    harness.get_by_role_and_label(Role::Button, "Merge").click();
    harness.run_ok();
    harness.get_by_label("From table-b.ron, table-c.ron");
}

#[test]
fn a_file_with_nothing_new_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let same = Path::new(FIXTURES).join("organiser.ron");
    let (mut harness, _) = open_organiser(dir.path(), vec![Some(same)]);
    let before = doc(&harness);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Merge another session file…").click();
    harness.run_ok();
    harness.get_by_label("0 records taken from the other files, 0 combined, 0 conflicts");
    harness.get_by_label("No conflicts: nothing to choose");
    harness.get_by_role_and_label(Role::Button, "Apply").click();
    harness.run_ok();
    harness.get_by_label("Nothing new in organiser.ron: nothing changed");
    assert_eq!(doc(&harness), before);
    let session = harness.state().session.as_ref().unwrap();
    assert!(!session.is_dirty());
    assert_eq!(session.history.undo_label(), None);
    assert!(dated_copies(dir.path()).is_empty());
}
