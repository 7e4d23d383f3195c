//! `majlis shortlist`: the real binary ranks the prospects of generated
//! meetings and of the sample meeting as the library does, prints them as a
//! Markdown table or as CSV, and refuses missing files and bad options with
//! a message and a failing exit code.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use majlis::model::invitations::shortlist::{Part, shortlist};
use majlis::model::{Document, Organisation};

const SAMPLE: &str = "sample-data/beirut-2007.ron";
const BOM: &str = "\u{feff}";

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Runs a command that must succeed and returns what it printed.
fn run(args: &[&str]) -> String {
    let out = majlis(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command that must fail and returns what it said on stderr.
fn refused(args: &[&str]) -> String {
    let out = majlis(args);
    let told = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{args:?} succeeded: {told}");
    assert!(!told.trim().is_empty(), "{args:?} failed without a word");
    assert!(!told.contains("panicked"), "{args:?} panicked: {told}");
    told
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn load(meeting: &Path) -> Document {
    majlis::persistence::load(meeting).unwrap().doc
}

/// A generated meeting with prospects, written by the binary into a fresh folder.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn generated(scale: &str, prospects: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let meeting = dir.path().join("generated.ron");
    run(&[
        "generate",
        "--scale",
        scale,
        "--prospects",
        prospects,
        "-o",
        path(&meeting),
    ]);
    (dir, meeting)
}

/// The names the library ranks first, best first.
fn expected_names(doc: &Document, top: usize) -> Vec<String> {
    shortlist(doc)
        .iter()
        .take(top)
        .filter_map(|c| doc.organisation(c.organisation))
        .map(|o| o.name.clone())
        .collect()
}

/// The records of a CSV text with a byte order mark, header first.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn records(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix(BOM).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn markdown_lists_the_best_twenty_as_the_library_ranks_them() {
    let (_dir, meeting) = generated("1", "60");
    let doc = load(&meeting);
    let out = run(&["shortlist", path(&meeting)]);
    assert!(out.starts_with("# Shortlist of prospects: "), "{out}");
    let header = out.lines().find(|l| l.starts_with("| Rank")).unwrap_or_default();
    assert_eq!(
        header,
        "| Rank | Organisation | Type | Country | Score | Complementarity | Resources | Gaps filled | Track record |"
    );
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Rank") && !l.starts_with("| ---"))
        .collect();
    assert_eq!(rows.len(), 20, "twenty unless --top says otherwise");
    for (rank, (row, name)) in (1..).zip(rows.iter().zip(expected_names(&doc, 20))) {
        assert!(row.starts_with(&format!("| {rank} | {name} |")), "{row}");
    }
    assert!(
        out.lines().any(|l| l.starts_with("- ")),
        "reasons as bullet lines"
    );
    assert!(
        out.contains("\n**1. "),
        "each prospect's reasons under its rank and name"
    );
}

#[test]
fn csv_has_a_bom_the_parts_and_the_reasons() {
    let (_dir, meeting) = generated("1", "40");
    let doc = load(&meeting);
    let out = run(&["shortlist", path(&meeting), "--top", "5", "--format", "csv"]);
    let table = records(&out);
    let mut header = vec!["Rank", "Organisation", "Arabic name", "Type", "Country", "Score"];
    let parts = Part::ALL.map(Part::label);
    header.extend(parts.iter().map(String::as_str));
    header.push("Reasons");
    assert_eq!(table[0], header);
    assert_eq!(table.len(), 1 + 5);
    let names: Vec<&str> = table[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, expected_names(&doc, 5));
    for row in &table[1..] {
        let score: u32 = row[5].parse().unwrap();
        let sum: u32 = row[6..10].iter().map(|p| p.parse::<u32>().unwrap()).sum();
        assert_eq!(score, sum, "{row:?}");
        assert_eq!(score > 0, !row[10].is_empty(), "reasons when it scores: {row:?}");
    }
}

#[test]
fn markup_in_names_is_escaped() {
    let (_dir, meeting) = generated("1", "0");
    let mut doc = load(&meeting);
    doc.organisations.push(Arc::new(Organisation {
        name: "Pipe | and *stars*".to_owned(),
        stakeholder_type: "financing".to_owned(),
        ..Organisation::default()
    }));
    majlis::persistence::save(&meeting, &doc).unwrap();
    let out = run(&["shortlist", path(&meeting), "--top", "500"]);
    assert!(out.contains("Pipe \\| and \\*stars\\*"), "{out}");
    assert!(!out.contains("Pipe | and"));
}

#[test]
fn a_meeting_ten_times_as_big_with_two_thousand_prospects() {
    let (_dir, meeting) = generated("10", "2000");
    let doc = load(&meeting);
    let out = run(&["shortlist", path(&meeting), "--top", "3", "--format", "csv"]);
    let table = records(&out);
    assert_eq!(table.len(), 1 + 3);
    let names: Vec<&str> = table[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, expected_names(&doc, 3));
}

#[test]
fn the_sample_meeting_is_shortlisted() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = dir.path().join("beirut-2007.ron");
    std::fs::copy(SAMPLE, &meeting).unwrap();
    let doc = load(&meeting);
    let expected = expected_names(&doc, 20);
    let out = run(&["shortlist", path(&meeting)]);
    assert!(out.starts_with("# Shortlist of prospects: "), "{out}");
    assert_eq!(expected.len(), 6, "the sample's six prospects");
    // Worked out by hand: Aden offers space five confirmed organisations
    // need and needs what nine offer (5 + 5 counted, 100), commits space (20)
    // and would meet the target of an incubator from Yemen (15); Bahrain's
    // media centre meets 5 + 5 (100) and works on media, which nobody
    // coming covers (15); Baghdad and Damascus tie at 100, by name.
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Rank") && !l.starts_with("| ---"))
        .collect();
    let ranked: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            (cells[2], cells[5])
        })
        .collect();
    assert_eq!(
        ranked,
        [
            ("Aden Technology Incubator", "135"),
            ("Bahrain Digital Media Centre", "115"),
            ("Baghdad Open Source Society", "100"),
            ("Damascus Software Cluster", "100"),
            ("Gulf Venture Partners", "70"),
            ("Regional e-Government Academy", "60"),
        ]
    );
    assert_eq!(
        ranked
            .iter()
            .map(|(name, _)| (*name).to_owned())
            .collect::<Vec<_>>(),
        expected
    );
    assert!(out.contains(
        "- would help meet a target of the room: No ICT incubator / technology park participant from Yemen yet"
    ));
}

#[test]
fn mistakes_are_refused_in_words() {
    let (_dir, meeting) = generated("1", "5");
    let missing = meeting.with_file_name("missing.ron");
    let told = refused(&["shortlist", path(&missing)]);
    assert!(told.contains("missing.ron"), "{told}");
    for top in ["0", "-3", "ten", ""] {
        let told = refused(&["shortlist", path(&meeting), "--top", top]);
        assert!(told.contains("--top"), "{told}");
    }
    assert!(refused(&["shortlist", path(&meeting), "--format", "pdf"]).contains("pdf"));
    refused(&["shortlist", path(&meeting), "--top"]);
    refused(&["shortlist", path(&meeting), "--frobnicate"]);
    refused(&["shortlist"]);
    refused(&[
        "generate",
        "--scale",
        "1",
        "--prospects",
        "many",
        "-o",
        path(&missing),
    ]);
}
