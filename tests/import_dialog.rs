//! File > Import people… in the window: the list's columns and problem rows
//! are shown before anything changes, the import is one undo step, and a
//! dated copy of the file is kept first.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;

use egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;
use common::{ScriptedDialogs, harness, sample_copy};

const LIST: &str = "tests/fixtures/import/french-semicolon.csv";

fn scripted(list: &str) -> ScriptedDialogs {
    ScriptedDialogs {
        answers: Rc::new(RefCell::new(VecDeque::from([Some(PathBuf::from(list))]))),
    }
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn people(harness: &egui_kittest::Harness<'_, majlis::app::MajlisApp>) -> Vec<String> {
    let session = harness.state().session.as_ref().unwrap();
    session.doc.people.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn a_list_is_previewed_imported_as_one_step_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let mut harness = harness(Some(file.clone()), scripted(LIST));
    let before = people(&harness);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();

    harness.get_by_label("Import people from french-semicolon.csv");
    harness.get_by_label("Read as UTF-8, separated by semicolons");
    harness.get_by_role_and_label(Role::ComboBox, "Courriel");
    harness.get_by_label("Ministère de la Poste; des TIC");
    assert_eq!(people(&harness), before, "nothing changes before Import");

    harness.get_by_label("Import").click();
    harness.run_ok();
    let after = people(&harness);
    assert!(after.len() > before.len(), "people were added");
    assert!(after.iter().any(|n| n == "Élise Dubois"), "{after:?}");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("beirut.before-import-")),
        "a dated copy is kept beside the file"
    );
    harness.get_by_label_contains("Imported from french-semicolon.csv");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(people(&harness), before, "one undo takes the whole list back");
}

#[test]
fn a_changed_mapping_changes_the_plan_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let mut harness = harness(Some(file), scripted(LIST));
    let before = people(&harness);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();
    harness.get_by_label(
        "3 rows read: 2 people added, 1 merged with people already known, 0 rejected; 2 organisations added",
    );
    harness.get_by_role_and_label(Role::ComboBox, "Sigle").click();
    harness.run_ok();
    harness.get_by_label("(not imported)").click();
    harness.run_ok();
    // Without acronyms, "OIF" is not known as the Francophonie: a third
    // organisation, and the two Élise rows are two different people.
    harness.get_by_label(
        "3 rows read: 3 people added, 0 merged with people already known, 0 rejected; 3 organisations added",
    );
    harness.get_by_label("Cancel").click();
    harness.run_ok();
    assert!(
        harness
            .query_by_label("Import people from french-semicolon.csv")
            .is_none()
    );
    assert_eq!(people(&harness), before);
}

#[test]
fn a_file_that_is_not_a_list_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let mut harness = harness(Some(file), scripted("sample-data/beirut-2007.ron"));
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();
    harness.get_by_label_contains("The file is a Majlis meeting, not a list of people");
    assert!(harness.query_by_label("Import").is_none());
}

#[test]
fn without_a_file_chooser_the_list_path_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let mut harness = harness(Some(file), ScriptedDialogs::default());
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();
    harness.get_by_label("Import people from a list");
    harness.get_by_label("Path").click();
    harness.run_ok();
    harness.get_by_label("Path").type_text(LIST);
    harness.run_ok();
    harness.get_by_label("Read the list").click();
    harness.run_ok();
    harness.get_by_label("Import people from french-semicolon.csv");
}

#[test]
fn a_list_already_imported_offers_nothing_to_import() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let answers = VecDeque::from([Some(PathBuf::from(LIST)), Some(PathBuf::from(LIST))]);
    let mut harness = harness(
        Some(file),
        ScriptedDialogs {
            answers: Rc::new(RefCell::new(answers)),
        },
    );
    let open_list = |harness: &mut egui_kittest::Harness<'_, majlis::app::MajlisApp>| {
        harness.get_by_label("File").click();
        harness.run_ok();
        harness.get_by_label("Import people…").click();
        harness.run_ok();
    };
    let nothing = "Everyone in the list is already in the meeting as it says: nothing to import";
    open_list(&mut harness);
    assert!(harness.query_by_label(nothing).is_none());
    harness.get_by_label("Import").click();
    harness.run_ok();
    open_list(&mut harness);
    harness.get_by_label(nothing);
    assert!(harness.get_by_label("Import").accesskit_node().is_disabled());
}

#[test]
fn every_problem_row_is_listed_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample_copy(dir.path());
    let mut harness = harness(Some(file), scripted("tests/fixtures/import/messy-comma-bom.csv"));
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();
    harness.get_by_label("8 rows need a look");
    harness.get_by_label("Line 6: Rejected: no name");
    harness.get_by_label("Line 5: Rejected: “sara@example” is not a valid email address");
}
