//! `majlis merge`: the real binary merges the rapporteurs' copies of
//! `tests/fixtures/merge/` into the organiser's file, as the fixtures'
//! README says, record by record.

use std::path::{Path, PathBuf};
use std::process::Command;

use majlis::model::{ActionStatus, Document, Partnership, RecordKind};
use majlis::persistence;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/merge");
/// Deleted on table A, edited by the organiser.
const TEMPLATE_ACTION: &str = "ad41e856-a57e-5d38-8651-89eeb17367c8";
/// Deleted by the organiser, edited on table C.
const CASE_STUDY_ACTION: &str = "f09aa546-6f44-586d-aa81-18b505f19f0f";
const LOCALISATION: &str = "Regional network for open-source software localisation into Arabic";
const INDICATORS: &str = "Common information society indicators for Western Asia";
const MENTORING: &str = "Mentoring programme for women ICT entrepreneurs in Jordan and Palestine";

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn copies() -> [String; 3] {
    ["table-a.ron", "table-b.ron", "table-c.ron"].map(fixture)
}

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
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn load(path: &Path) -> Document {
    persistence::load(path).unwrap().doc
}

/// `majlis merge organiser.ron table-a.ron table-b.ron table-c.ron -o OUT`.
fn merge_all(base: &str, out: &Path) -> String {
    let out = out.to_string_lossy();
    let [a, b, c] = copies();
    run(&["merge", base, &a, &b, &c, "-o", &out])
}

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn partnership<'a>(doc: &'a Document, title: &str) -> &'a Partnership {
    doc.partnerships
        .iter()
        .find(|p| p.title == title)
        .expect("the partnership is there")
}

fn record_index(doc: &Document, text: &str) -> Option<usize> {
    doc.records.iter().position(|r| r.text.starts_with(text))
}

fn with_id(doc: &Document, id: &str) -> Option<usize> {
    doc.records.iter().position(|r| r.id.0.to_string() == id)
}

fn temp() -> tempfile::TempDir {
    #[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
    tempfile::tempdir().unwrap()
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

#[test]
fn the_copies_are_merged_record_by_record() {
    let dir = temp();
    let out = dir.path().join("merged.ron");
    let printed = merge_all(&fixture("organiser.ron"), &out);
    let organiser = load(Path::new(&fixture("organiser.ron")));
    let doc = load(&out);
    captures_and_partnerships(&doc, &organiser);
    deletions_and_the_rest(&doc, &organiser);
    printed_lines(&printed, &out);
    assert_eq!(files_in(dir.path()), [out], "nothing else written");
}

/// 1 to 4 of the README's expected result.
fn captures_and_partnerships(doc: &Document, organiser: &Document) {
    // 1. Captures on the same item from two copies and the organiser, in time order.
    let notes = [
        "The chair opens the report-back",
        "Round table 2A reports:",
        "Round table 1 reports:",
    ]
    .map(|text| record_index(doc, text));
    assert!(notes.iter().all(Option::is_some), "{notes:?}");
    assert!(notes.is_sorted(), "in capture order: {notes:?}");
    assert!(record_index(doc, "NGOs ask for a shared calendar").is_some());
    assert_eq!(doc.records.len(), organiser.records.len() + 3, "A1, B1, C1 added");

    // 2. The same partnership edited in different fields on two copies: combined.
    let localisation = partnership(doc, LOCALISATION);
    assert_eq!(
        localisation.next_step,
        "Name a coordinator per country by the end of October."
    );
    assert!(
        localisation
            .description
            .starts_with("A network of universities and NGOs")
    );

    // 3. The same field changed by the organiser and a copy: ours, and a note.
    let indicators = partnership(doc, INDICATORS);
    assert_eq!(
        indicators.next_step,
        "Wait for the Partnership on Measuring ICT before circulating the core list."
    );
    let note_on = |id: majlis::model::Id, from: &str| {
        doc.merge_notes
            .iter()
            .filter(|n| n.record == id && n.from == from)
            .collect::<Vec<_>>()
    };
    let notes_b = note_on(indicators.id, "table-b.ron");
    assert_eq!(notes_b.len(), 1);
    assert_eq!(notes_b[0].field, "next step");
    assert!(
        notes_b[0]
            .set_aside
            .contains("Send the core list to the statistics offices")
    );
    assert!(
        notes_b[0]
            .kept
            .contains("Wait for the Partnership on Measuring ICT")
    );

    // 4. The same field changed differently on two copies: the first copy's, and a note.
    let mentoring = partnership(doc, MENTORING);
    assert_eq!(
        mentoring.next_step,
        "ESCWA coordinates; the mentors' travel is paid by the incubators."
    );
    let notes_c = note_on(mentoring.id, "table-c.ron");
    assert_eq!(notes_c.len(), 1);
    assert!(
        notes_c[0]
            .set_aside
            .contains("The incubators coordinate; ESCWA looks for travel funds.")
    );
}

/// 5 to 9 of the README's expected result.
fn deletions_and_the_rest(doc: &Document, organiser: &Document) {
    // 5. Deleted on a copy, edited by the organiser: the edit is kept.
    let template = with_id(doc, TEMPLATE_ACTION).map(|i| &doc.records[i]);
    assert!(
        matches!(
            template.map(|r| &r.kind),
            Some(RecordKind::Action {
                status: ActionStatus::InProgress,
                ..
            })
        ),
        "{template:?}"
    );
    let template_id = template.map(|r| r.id);
    let deleted_there: Vec<_> = doc
        .merge_notes
        .iter()
        .filter(|n| Some(n.record) == template_id)
        .collect();
    assert_eq!(deleted_there.len(), 1);
    assert_eq!(
        (deleted_there[0].from.as_str(), deleted_there[0].field.as_str()),
        ("table-a.ron", "")
    );
    assert!(deleted_there[0].set_aside.is_empty(), "deleted in table A");

    // 6. Deleted by the organiser, edited on a copy: stays deleted, the edit in a note.
    assert_eq!(with_id(doc, CASE_STUDY_ACTION), None);
    let edited_there: Vec<_> = doc
        .merge_notes
        .iter()
        .filter(|n| n.record.0.to_string() == CASE_STUDY_ACTION)
        .collect();
    assert_eq!(edited_there.len(), 1);
    assert_eq!(edited_there[0].from, "table-c.ron");
    assert!(edited_there[0].set_aside.contains("two are still missing"));
    assert!(edited_there[0].kept.is_empty());

    // 7. The same organisation added on two copies: both kept, reported.
    let aicto = doc
        .organisations
        .iter()
        .filter(|o| o.country == "TN" && o.acronym.replace('.', "") == "AICTO")
        .count();
    assert_eq!(aicto, 2);
    assert_eq!(doc.organisations.len(), organiser.organisations.len() + 2);

    // 8. What the copies never had stays the organiser's.
    assert!(record_index(doc, "Preparatory call on 3 September").is_some());
    assert!(
        doc.partnerships
            .iter()
            .any(|p| p.title.starts_with("Early-stage financing window"))
    );
    assert_eq!(doc.people, organiser.people);
    assert_eq!(doc.origin, None);

    // 9. Four notes in all.
    assert_eq!(doc.merge_notes.len(), 4, "{:#?}", doc.merge_notes);
}

/// What was printed: counts, conflicts with both values, the duplicate.
fn printed_lines(printed: &str, out: &Path) {
    let lines: Vec<&str> = printed.lines().collect();
    for expected in [
        "Merged table-a.ron: 4 records taken from it, 0 combined field by field, 1 in conflict",
        "Merged table-b.ron: 2 records taken from it, 1 combined field by field, 1 in conflict",
        "Merged table-c.ron: 1 record taken from it, 0 combined field by field, 2 in conflict",
        "In all, from 3 files: 7 records brought in, 1 combined field by field, 4 in conflict",
        "  Partnership “Common information society indicators for Western Asia”: next step changed differently on both sides",
        "    kept: Wait for the Partnership on Measuring ICT before circulating the core list.",
        "    set aside in a note: Send the core list to the statistics offices of the member states.",
        "    set aside in a note: The incubators coordinate; ESCWA looks for travel funds.",
        "  Possibly the same organisation: “Arab Information and Communication Technologies Organization” and “Arab ICT Organisation (AICTO)” (both kept, not merged)",
    ] {
        assert!(lines.contains(&expected), "missing {expected:?} in:\n{printed}");
    }
    let conflicts = lines
        .iter()
        .filter(|l| l.ends_with("changed differently on both sides") || l.ends_with("changed on the other"))
        .count();
    assert_eq!(conflicts, 4, "each conflict once:\n{printed}");
    assert_eq!(
        lines.last(),
        Some(&format!("Wrote {}", out.display()).as_str()),
        "no earlier file to keep"
    );
}

#[test]
fn merging_again_changes_nothing_and_keeps_a_dated_copy() {
    let dir = temp();
    let out = dir.path().join("organiser.ron");
    std::fs::copy(fixture("organiser.ron"), &out).unwrap();
    let original = std::fs::read(&out).unwrap();
    // OUT is the organiser's file: what it held is kept first.
    let printed = merge_all(&out.to_string_lossy(), &out);
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d");
    let kept = dir.path().join(format!("organiser.before-merge-{today}.ron"));
    assert!(
        printed.ends_with(&format!(
            "Wrote {}\nWhat it held before is kept as {}\n",
            out.display(),
            kept.display()
        )),
        "{printed}"
    );
    assert_eq!(std::fs::read(&kept).unwrap(), original);
    let once = load(&out);
    assert_eq!(once.merge_notes.len(), 4);

    let printed = merge_all(&out.to_string_lossy(), &out);
    for copy in ["table-a.ron", "table-b.ron", "table-c.ron"] {
        assert!(
            printed.contains(&format!("Merged {copy}: nothing new\n")),
            "{printed}"
        );
    }
    assert!(!printed.contains("changed differently"), "{printed}");
    let twice = load(&out);
    assert_eq!(twice.records.len(), once.records.len(), "no new records");
    assert_eq!(twice.merge_notes, once.merge_notes, "no new notes");
    assert_eq!(twice, once);
    let second = dir.path().join(format!("organiser.before-merge-{today}-2.ron"));
    assert!(second.exists(), "a second dated copy, the first one untouched");
    assert_eq!(std::fs::read(&kept).unwrap(), original);
}

#[test]
fn refusals_name_the_file_and_write_nothing() {
    let dir = temp();
    let organiser = fixture("organiser.ron");
    let [a, b, _] = copies();
    let out = dir.path().join("out.ron");
    let out_s = out.to_string_lossy().into_owned();

    // Over one of the copies being merged.
    let copy = dir.path().join("table-a.ron");
    std::fs::copy(&a, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let copy_s = copy.to_string_lossy().into_owned();
    let err = fails(&["merge", &organiser, &copy_s, &b, "-o", &copy_s]);
    assert!(
        err.contains("would replace the copy") && err.contains(&copy_s),
        "{err}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), before);

    // No -o, no copy, an unknown option: the usage, exit code 2.
    let no_output = majlis(&["merge", &organiser, &a]);
    assert_eq!(no_output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&no_output.stderr);
    assert!(err.contains("merge needs a file to write"), "{err}");
    let err = fails(&["merge", &organiser, "-o", &out_s]);
    assert!(err.contains("at least one copy"), "{err}");
    let err = fails(&["merge", &organiser, &a, "-o", &out_s, "--force"]);
    assert!(err.contains("Unknown option --force"), "{err}");

    // A file that cannot be read, or not as a meeting.
    let missing = dir.path().join("missing.ron").to_string_lossy().into_owned();
    let err = fails(&["merge", &organiser, &a, &missing, "-o", &out_s]);
    assert!(err.contains(&missing), "{err}");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 4, meeting: (").unwrap();
    let broken_s = broken.to_string_lossy().into_owned();
    let err = fails(&["merge", &broken_s, &a, "-o", &out_s]);
    assert!(err.starts_with(&format!("{broken_s}: ")), "{err}");

    // A file from a newer Majlis: what it holds would be lost.
    let newer = dir.path().join("newer.ron");
    let text = std::fs::read_to_string(&b).unwrap();
    assert!(text.contains("format_version: 4,"));
    std::fs::write(
        &newer,
        text.replacen("format_version: 4,", "format_version: 99,", 1),
    )
    .unwrap();
    let newer_s = newer.to_string_lossy().into_owned();
    let err = fails(&["merge", &organiser, &a, &newer_s, "-o", &out_s]);
    assert!(
        err.starts_with(&format!(
            "{newer_s} was written by a newer version of Majlis (format 99;"
        )),
        "{err}"
    );

    // Nothing was written by any of them.
    assert!(!out.exists());
    assert_eq!(files_in(dir.path()), [broken, newer, copy]);
}
