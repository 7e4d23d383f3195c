//! `majlis report`: the real binary writes the working report, the official
//! report in Arabic, follow-up packs and printables from a copy of the sample
//! meeting, and refuses bad meetings, sections, formats and outputs without
//! leaving a file behind.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use majlis::model::audience::for_audience;
use majlis::model::report::SectionKind;
use majlis::model::report::printables::Printable;
use majlis::model::{Audience, Confidentiality, Record, RecordKind};

const SAMPLE: &str = "sample-data/beirut-2007.ron";

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Runs the report command and fails the test when it fails.
fn run(args: &[&str]) -> String {
    let out = majlis(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command that must fail and returns what it said on stderr.
fn refused(args: &[&str]) -> String {
    let out = majlis(args);
    let told = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{args:?} succeeded: {told}");
    assert!(!told.trim().is_empty(), "{args:?} failed without a word");
    told
}

/// A copy of the sample meeting in a fresh folder.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn sample_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let meeting = dir.path().join("beirut-2007.ron");
    std::fs::copy(SAMPLE, &meeting).unwrap();
    (dir, meeting)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn load(meeting: &Path) -> majlis::model::Document {
    majlis::persistence::load(meeting).unwrap().doc
}

/// The English text of a catalogue message without placeholders, read from
/// its file so the test follows the catalogue.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn message(file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(format!("assets/locales/en-US/{file}")).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap()
        .trim()
        .to_owned()
}

fn heading(kind: SectionKind) -> String {
    message("report.ftl", &format!("report-section-{}", kind.key()))
}

/// The names in `dir`, sorted.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn html_report_in_english() {
    let (dir, meeting) = sample_copy();
    let out = dir.path().join("r.html");
    let said = run(&["report", path(&meeting), "--format", "html", "-o", path(&out)]);
    assert!(said.contains("r.html"), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") || html.starts_with("<html"),
        "{}",
        html.get(..200).unwrap_or_default()
    );
    assert!(html.contains(r#"<html lang="en""#), "the page says it is English");
    let title = load(&meeting).meeting.title;
    assert!(!title.is_empty());
    assert!(html.contains(&title), "the meeting's title is in the report");
    for kind in SectionKind::ALL {
        assert!(html.contains(&heading(kind)), "{kind:?} is in the whole report");
    }
}

#[test]
fn markdown_with_only_the_sections_asked_for() {
    let (dir, meeting) = sample_copy();
    let out = dir.path().join("r.md");
    run(&[
        "report",
        path(&meeting),
        "--format",
        "md",
        "--internal",
        "--sections",
        "facts,follow-up",
        "-o",
        path(&out),
    ]);
    let text = std::fs::read_to_string(&out).unwrap();
    let headings: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    let asked = [heading(SectionKind::Facts), heading(SectionKind::FollowUp)];
    assert_eq!(headings, asked, "only the two sections, in order:\n{text}");
    // No heading at any level is another section's.
    let all_headings: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    for kind in SectionKind::ALL {
        if ![SectionKind::Facts, SectionKind::FollowUp].contains(&kind) {
            assert!(
                !all_headings.contains(&heading(kind).as_str()),
                "{kind:?} was left in:\n{text}"
            );
        }
    }
}

#[test]
fn official_report_in_arabic() {
    let (dir, meeting) = sample_copy();
    let out = dir.path().join("r.html");
    run(&[
        "report",
        path(&meeting),
        "--official",
        "--language",
        "ar",
        "-o",
        path(&out),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains(r#"<html lang="ar" dir="rtl""#),
        "the page reads right to left"
    );
    let title_ar = load(&meeting).meeting.title_ar;
    assert!(!title_ar.is_empty(), "the sample has an Arabic title");
    assert!(html.contains(&title_ar), "the Arabic title is in the report");
}

#[test]
fn one_follow_up_pack_per_public_organisation() {
    let (dir, meeting) = sample_copy();
    let packs = dir.path().join("packs");
    let said = run(&[
        "report",
        path(&meeting),
        "--per-organisation",
        "--format",
        "md",
        "-o",
        path(&packs),
    ]);
    let public = for_audience(&load(&meeting), Audience::Public).organisations;
    assert!(public.len() > 1, "the sample has organisations");
    let files = listing(&packs);
    assert_eq!(files.len(), public.len(), "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| Path::new(f).extension().is_some_and(|e| e == "md")),
        "{files:?}"
    );
    let folded: HashSet<String> = files.iter().map(|f| f.to_lowercase()).collect();
    assert_eq!(folded.len(), files.len(), "names are unique: {files:?}");
    assert!(said.contains(&public.len().to_string()), "{said}");
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(packs.join(f)).unwrap())
        .collect();
    // Names Markdown would escape are left out of this check.
    let plain = |name: &str| name.chars().all(|c| c.is_alphanumeric() || " -,.()".contains(c));
    for org in public.iter().filter(|o| plain(&o.name)) {
        assert!(
            texts.iter().any(|t| t.contains(&org.name)),
            "{} has its pack",
            org.name
        );
    }
}

#[test]
fn printable_signature_sheets() {
    let (dir, meeting) = sample_copy();
    let out = dir.path().join("s.html");
    run(&[
        "report",
        path(&meeting),
        "--printable",
        "signature-sheets",
        "-o",
        path(&out),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<html"));
    assert!(html.contains(&message("report-print.ftl", "report-print-col-signature")));
    assert!(html.contains(&message("report-print.ftl", "report-print-signature-sheets")));
    assert!(html.contains(&load(&meeting).meeting.title));
}

#[test]
fn organisers_only_decision_is_only_in_the_internal_report() {
    let (dir, meeting) = sample_copy();
    let mut doc = load(&meeting);
    let text = "Decision kept among the organisers 7f3a";
    doc.records.push(Arc::new(Record {
        agenda_item: doc.agenda.first().map(|item| item.id),
        text: text.to_owned(),
        kind: RecordKind::Decision {
            outcome: String::new(),
        },
        confidentiality: Confidentiality::Organisers,
        ..Record::default()
    }));
    majlis::persistence::save(&meeting, &doc).unwrap();
    let public = dir.path().join("public.md");
    let internal = dir.path().join("internal.md");
    run(&["report", path(&meeting), "--format", "md", "-o", path(&public)]);
    run(&[
        "report",
        path(&meeting),
        "--format",
        "md",
        "--internal",
        "-o",
        path(&internal),
    ]);
    let public = std::fs::read_to_string(&public).unwrap();
    let internal = std::fs::read_to_string(&internal).unwrap();
    assert!(internal.contains(text), "the organisers see their decision");
    assert!(!public.contains(text), "the public does not");
    assert!(
        public.contains(&heading(SectionKind::Items)),
        "the public report has its items"
    );
}

#[test]
fn refusals_leave_no_file() {
    let (dir, meeting) = sample_copy();
    let before = std::fs::read(&meeting).unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(this is not a meeting").unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let out = dir.path().join("r.html");
    let m = path(&meeting);
    let o = path(&out);

    let told = refused(&["report", path(&bad), "--format", "html", "-o", o]);
    assert!(told.contains("bad.ron"), "{told}");

    let told = refused(&["report", m, "--sections", "facts,minutes", "-o", o]);
    assert!(told.contains("minutes"), "{told}");
    for kind in SectionKind::ALL {
        assert!(told.contains(kind.key()), "{} is named: {told}", kind.key());
    }
    let told = refused(&["report", m, "-o", o, "--sections"]);
    assert!(told.contains("--sections"), "{told}");

    let told = refused(&[
        "report",
        m,
        "--format",
        "pdf",
        "-o",
        path(&dir.path().join("r.pdf")),
    ]);
    assert!(told.contains("pdf"), "{told}");

    let under_a_file = blocker.join("r.html");
    let told = refused(&["report", m, "--format", "html", "-o", path(&under_a_file)]);
    assert!(told.contains(path(&under_a_file)), "{told}");

    let told = refused(&["report", m, "--format", "html", "-o", m]);
    assert!(told.contains("is a meeting file"), "{told}");
    let other = dir.path().join("other.ron");
    let told = refused(&["report", m, "--format", "md", "-o", path(&other)]);
    assert!(told.contains("is a meeting file"), "{told}");
    let told = refused(&[
        "report",
        m,
        "--printable",
        "programme",
        "--format",
        "html",
        "-o",
        path(&other),
    ]);
    assert!(told.contains("is a meeting file"), "{told}");

    assert_eq!(
        std::fs::read(&meeting).unwrap(),
        before,
        "the meeting is untouched"
    );
    assert_eq!(std::fs::read(&blocker).unwrap(), b"x", "the file is untouched");
    assert_eq!(
        listing(dir.path()),
        ["a-file", "bad.ron", "beirut-2007.ron"],
        "nothing but the meeting, the bad meeting and the blocker"
    );
}

#[test]
fn help_names_the_report_forms() {
    let help = run(&["--help"]);
    for form in [
        "majlis report FILE.ron --format html|md",
        "majlis report FILE.ron --official",
        "majlis report FILE.ron --per-organisation",
        "majlis report FILE.ron --printable",
        "--language en|ar",
        "--sections LIST",
    ] {
        assert!(help.contains(form), "{form} is in the help:\n{help}");
    }
    for kind in SectionKind::ALL {
        assert!(help.contains(kind.key()), "{} is named:\n{help}", kind.key());
    }
    for printable in Printable::ALL {
        assert!(
            help.contains(printable.key()),
            "{} is named:\n{help}",
            printable.key()
        );
    }
}
