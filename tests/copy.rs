//! Copies for rapporteurs: `majlis copy` and File > Copy for a rapporteur…
//! write a copy that remembers the version it came from, leaves out what the
//! rapporteur may not see, and can open on the rapporteur's round table.

use std::path::Path;
use std::process::Command;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use majlis::model::{Confidentiality, Document};
use majlis::persistence;
use majlis::ui::Tab;

#[expect(dead_code, reason = "these tests need only the harness and the sample")]
mod common;
use common::{ScriptedDialogs, harness, sample_copy};

const ROUND_TABLE: &str = "Round table 2A: Sources of financing for ICT projects and incubators";
/// A contact detail the sample marks for the organisers.
const HIDDEN_EMAIL: &str = "pmoreau@escwa.example.org";
/// A record of the sample for the organisers only.
const HIDDEN_NOTE: &str = "Preparatory call on 3 September";

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> String {
    let out = majlis(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fails(args: &[&str]) -> String {
    let out = majlis(args);
    assert!(!out.status.success(), "should fail: {args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn load(path: &Path) -> Document {
    persistence::load(path).unwrap().doc
}

fn organisers_records(doc: &Document) -> usize {
    doc.records
        .iter()
        .filter(|r| r.confidentiality == Confidentiality::Organisers)
        .count()
}

/// The copy's origin is the copy itself as handed out, and neither holds
/// what the rapporteur may not see.
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper fails the test"
)]
fn assert_is_a_rapporteurs_copy(path: &Path, with_contacts: bool) -> Document {
    let copy = load(path);
    let origin = copy.origin.clone().expect("the copy remembers its origin");
    assert!(origin.origin.is_none());
    assert_eq!(
        *origin,
        Document {
            origin: None,
            ..copy.clone()
        }
    );
    let text = std::fs::read_to_string(path).unwrap();
    for hidden in [HIDDEN_EMAIL, HIDDEN_NOTE] {
        assert_eq!(text.contains(hidden), with_contacts, "{hidden}");
    }
    copy
}

#[test]
fn the_command_line_writes_a_filtered_copy_with_its_origin() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let before = std::fs::read(&meeting).unwrap();
    let out = dir.path().join("rapporteur.ron");
    let said = run(&["copy", meeting.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let copy = assert_is_a_rapporteurs_copy(&out, false);
    assert_eq!(organisers_records(&copy), 0);
    let expected = format!(
        "Wrote a copy for a rapporteur to {} with {} records",
        out.display(),
        copy.records.len()
    );
    assert_eq!(said.trim(), expected);
    assert!(copy.handout.round_table.is_none());
    assert_eq!(
        std::fs::read(&meeting).unwrap(),
        before,
        "the meeting is untouched"
    );

    let full = dir.path().join("full.ron");
    run(&[
        "copy",
        meeting.to_str().unwrap(),
        "--with-contacts",
        "-o",
        full.to_str().unwrap(),
    ]);
    let copy = assert_is_a_rapporteurs_copy(&full, true);
    assert_eq!(organisers_records(&copy), organisers_records(&load(&meeting)));
}

#[test]
fn the_command_line_opens_the_copy_on_a_round_table() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let out = dir.path().join("rt.ron");
    let said = run(&[
        "copy",
        meeting.to_str().unwrap(),
        "--round-table",
        "round table 2a",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(said.contains(&format!("it opens on “{ROUND_TABLE}”")), "{said}");
    let copy = assert_is_a_rapporteurs_copy(&out, false);
    let id = copy.handout.round_table.expect("a round table");
    assert_eq!(copy.agenda_item(id).unwrap().title, ROUND_TABLE);

    // By id, too.
    let again = dir.path().join("again.ron");
    run(&[
        "copy",
        meeting.to_str().unwrap(),
        "--round-table",
        &id.to_string(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(load(&again).handout.round_table, Some(id));
}

#[test]
fn the_command_line_refuses_what_it_cannot_do() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let before = std::fs::read(&meeting).unwrap();
    let m = meeting.to_str().unwrap();
    let out = dir.path().join("c.ron");
    let o = out.to_str().unwrap();

    let said = fails(&["copy", m, "--round-table", "Round table 2", "-o", o]);
    assert!(
        said.contains("Several agenda items begin with “Round table 2”"),
        "{said}"
    );
    assert!(
        said.contains("Round table 2A") && said.contains("Round table 2B"),
        "{said}"
    );
    let said = fails(&["copy", m, "--round-table", "Dinner", "-o", o]);
    assert!(said.contains("No agenda item is called “Dinner”"), "{said}");
    assert!(said.contains("Opening session"), "{said}");
    assert!(!out.exists(), "nothing written after an error");

    let same = dir.path().join(".").join("beirut.ron");
    let said = fails(&["copy", m, "-o", same.to_str().unwrap()]);
    assert!(said.contains("would replace the meeting's own file"), "{said}");
    assert_eq!(std::fs::read(&meeting).unwrap(), before);

    let said = fails(&["copy", m]);
    assert!(said.contains("copy needs a meeting file"), "{said}");
}

#[test]
fn the_window_writes_a_copy_that_opens_on_its_round_table() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let out = dir.path().join("round-table-2a");
    let dialogs = ScriptedDialogs::default();
    dialogs.answers.borrow_mut().push_back(Some(out.clone()));
    let mut harness = harness(Some(meeting), dialogs);

    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Copy for a rapporteur…").click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::ComboBox, "Opens on").click();
    harness.run_ok();
    // The item is further down the list than the drop-down shows at first.
    harness
        .get_by_role_and_label(Role::Button, ROUND_TABLE)
        .scroll_to_me();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, ROUND_TABLE).click();
    harness.run_ok();
    harness.get_by_label("Choose where…").click();
    harness.run_ok();

    let written = out.with_file_name("round-table-2a.majlis.ron");
    harness.get_by_label_contains(&format!("Wrote a copy for a rapporteur to {}", written.display()));
    let copy = assert_is_a_rapporteurs_copy(&written, false);
    let id = copy.handout.round_table.expect("a round table");
    assert_eq!(copy.agenda_item(id).unwrap().title, ROUND_TABLE);

    let mut opened = harness_on(&written);
    assert_eq!(opened.state().agenda.selected, Some(id));
    assert_eq!(opened.state().tab, Tab::Agenda);
    opened.run_ok();
}

#[test]
fn the_window_keeps_contacts_when_asked_and_never_writes_over_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let before = std::fs::read(&meeting).unwrap();
    let full = dir.path().join("full.ron");
    let dialogs = ScriptedDialogs::default();
    dialogs
        .answers
        .borrow_mut()
        .extend([Some(meeting.clone()), Some(full.clone())]);
    let mut harness = harness(Some(meeting.clone()), dialogs);

    for attempt in 0..2 {
        harness.get_by_label("File").click();
        harness.run_ok();
        harness.get_by_label("Copy for a rapporteur…").click();
        harness.run_ok();
        harness
            .get_by_label("Include contact details and what is for the organisers only")
            .click();
        harness.run_ok();
        harness.get_by_label("Choose where…").click();
        harness.run_ok();
        let refused = harness.query_by_label("The copy was not written").is_some();
        assert_eq!(
            refused,
            attempt == 0,
            "the first answer is the meeting's own file"
        );
        if refused {
            assert!(
                harness
                    .query_all_by_label_contains("would replace the meeting's own file")
                    .next()
                    .is_some()
            );
            assert_eq!(std::fs::read(&meeting).unwrap(), before);
            harness.get_by_label("OK").click();
            harness.run_ok();
        }
    }
    assert_is_a_rapporteurs_copy(&full, true);
    assert_eq!(std::fs::read(&meeting).unwrap(), before);
}

/// A copy opened in the window, as a rapporteur opens it.
fn harness_on(path: &Path) -> egui_kittest::Harness<'static, majlis::app::MajlisApp> {
    harness(Some(path.to_path_buf()), ScriptedDialogs::default())
}
