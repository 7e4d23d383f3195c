//! `majlis import`: registration lists added to a meeting by the real binary.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use majlis::model::Document;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

/// An empty meeting saved in a new folder.
fn meeting() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    majlis::persistence::save(&path, &Document::new_meeting()).unwrap();
    (dir, path)
}

fn import(meeting: &Path, list: &str, extra: &[&str]) -> Output {
    let mut args = vec!["import", meeting.to_str().unwrap(), "--people", list];
    args.extend_from_slice(extra);
    majlis(&args)
}

fn load(path: &Path) -> Document {
    majlis::persistence::load(path).unwrap().doc
}

fn names(doc: &Document) -> Vec<String> {
    let mut names: Vec<String> = doc.people.iter().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

/// The dated copies kept beside `path`, sorted.
fn dated_copies(path: &Path) -> Vec<String> {
    let mut copies: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("m.before-import-"))
        .collect();
    copies.sort();
    copies
}

#[test]
fn a_messy_list_is_imported_with_its_problems_listed() {
    let (_dir, path) = meeting();
    let before = std::fs::read(&path).unwrap();
    let out = import(&path, &fixture("messy-comma-bom.csv"), &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}{stdout}", text(&out.stderr));
    for line in [
        "(UTF-8, separated by commas)",
        "10 rows read: 5 people added, 1 merged with people already known, 4 rejected; 3 organisations added",
        "Line 5: Rejected: “sara@example” is not a valid email address",
        "Line 6: Rejected: no name",
        "Line 10: Rejected: 3 columns where the header has 7",
        "Line 11: Rejected: 9 columns where the header has 7",
        "Line 12: Kept the role “Director”; the list gives “CEO”",
        "Line 13: Kept the country “LB”; the list gives “US”",
        "Line 14: Country “Atlantis” not recognised: left empty",
        "Line 14: Stakeholder type “Whatever” not recognised: left empty",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in\n{stdout}");
    }
    assert!(
        !stdout.contains("Line 2:"),
        "a row without problem is not listed:\n{stdout}"
    );

    let doc = load(&path);
    assert_eq!(
        names(&doc),
        [
            "Haddad, Nour",
            "Jad Nassar",
            "Maya Saleh",
            "Omar Farouk",
            "Rami Khalil"
        ]
    );
    let mut orgs: Vec<&str> = doc.organisations.iter().map(|o| o.name.as_str()).collect();
    orgs.sort_unstable();
    assert_eq!(
        orgs,
        [
            "American University of Beirut",
            "Berytech",
            "Kuwait Institute for Scientific Research"
        ]
    );
    assert!(
        majlis::persistence::backup_path(&path).exists(),
        "the save kept a .bak"
    );

    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    assert_eq!(dated_copies(&path), [format!("m.before-import-{today}.ron")]);
    let copy = path.with_file_name(format!("m.before-import-{today}.ron"));
    assert_eq!(
        std::fs::read(copy).unwrap(),
        before,
        "the copy is the meeting as it was"
    );

    // The same list again adds no one and writes nothing.
    let saved = std::fs::read(&path).unwrap();
    let again = import(&path, &fixture("messy-comma-bom.csv"), &[]);
    let stdout = text(&again.stdout);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(stdout.contains("0 people added, 6 merged"), "{stdout}");
    assert_eq!(std::fs::read(&path).unwrap(), saved);
    assert_eq!(load(&path).people.len(), 5);

    // Another list the same day keeps a second dated copy.
    let french = import(&path, &fixture("french-semicolon.csv"), &[]);
    assert!(french.status.success(), "{}", text(&french.stderr));
    assert!(text(&french.stdout).contains("separated by semicolons"));
    assert_eq!(
        dated_copies(&path),
        [
            format!("m.before-import-{today}-2.ron"),
            format!("m.before-import-{today}.ron")
        ]
    );
    assert_eq!(load(&path).people.len(), 7);
}

#[test]
fn arabic_from_the_legacy_encoding_is_saved_intact() {
    let (_dir, path) = meeting();
    let out = import(&path, &fixture("windows-1256.csv"), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("(windows-1256, separated by commas)"),
        "{}",
        text(&out.stdout)
    );
    let saved = std::fs::read_to_string(&path).unwrap();
    for arabic in [
        "خالد منصور",
        "ليلى حداد",
        "الجمعية العلمية السورية للمعلوماتية",
        "بيريتك",
    ] {
        assert!(saved.contains(arabic), "{arabic} is not in the saved file");
    }
    let doc = load(&path);
    assert_eq!(names(&doc), ["خالد منصور", "ليلى حداد"]);
    let scs = doc
        .organisations
        .iter()
        .find(|o| o.name == "Syrian Computer Society")
        .unwrap();
    assert_eq!(
        (scs.name_ar.as_str(), scs.country.as_str()),
        ("الجمعية العلمية السورية للمعلوماتية", "SY")
    );
}

#[test]
fn a_dry_run_changes_nothing_on_disk() {
    let (dir, path) = meeting();
    let before = std::fs::read(&path).unwrap();
    let out = import(&path, &fixture("arabic-tab.csv"), &["--dry-run"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("2 people added") && stdout.contains("Dry run"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "no copy, no backup, no temporary file");
}

#[test]
fn files_that_are_not_lists_or_not_meetings_are_refused() {
    let (_dir, path) = meeting();
    let before = std::fs::read(&path).unwrap();

    let out = import(&path, &fixture("binary.csv"), &[]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("not a list"), "{}", text(&out.stderr));

    let out = import(&path, path.to_str().unwrap(), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is a Majlis meeting"),
        "{}",
        text(&out.stderr)
    );

    let out = import(&path, "/no/such/list.csv", &[]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("/no/such/list.csv"));

    let list = fixture("french-semicolon.csv");
    let out = majlis(&["import", &list, "--people", &list]);
    assert!(!out.status.success(), "a list is not a meeting");
    assert!(
        text(&out.stderr).contains("french-semicolon.csv"),
        "{}",
        text(&out.stderr)
    );

    let out = majlis(&["import", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--people LIST.csv"));

    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(dated_copies(&path).is_empty());
}

#[test]
fn help_shows_the_import_and_export_commands() {
    let out = majlis(&["--help"]);
    let help = text(&out.stdout);
    for usage in [
        "majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]",
        "majlis export FILE.ron --people OUT.csv [--internal]",
        "majlis export FILE.ron --organisations OUT.csv [--internal]",
    ] {
        assert!(help.contains(usage), "{usage} in\n{help}");
    }
}

#[test]
fn a_list_of_organisations_alone_fills_the_meeting() {
    let (dir, path) = meeting();
    let list = dir.path().join("organisations.csv");
    std::fs::write(
        &list,
        "Nom;Sigle;Pays;Site web\nBerytech;;Liban;http://berytech.example\n;;;\nIslamic Development Bank;IsDB;KSA;\n",
    )
    .unwrap();
    let dry = majlis(&[
        "import",
        path.to_str().unwrap(),
        "--organisations",
        list.to_str().unwrap(),
        "-n",
    ]);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    assert!(load(&path).organisations.is_empty(), "a dry run writes nothing");
    let out = majlis(&[
        "import",
        path.to_str().unwrap(),
        "--organisations",
        list.to_str().unwrap(),
    ]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains(
            "2 rows read: 2 organisations added, 0 merged with organisations already known, 0 rejected"
        ),
        "{stdout}"
    );
    let doc = load(&path);
    let berytech = doc.organisations.iter().find(|o| o.name == "Berytech").unwrap();
    assert_eq!(
        (berytech.country.as_str(), berytech.website.as_str()),
        ("LB", "http://berytech.example")
    );
    assert!(doc.people.is_empty());
}
