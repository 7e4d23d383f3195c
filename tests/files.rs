//! Reading and writing session files on disk: round trips, bad files, interrupted saves.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test by panicking"
)]

use std::fs;
use std::path::Path;

use majlis::model::{Document, FORMAT_VERSION};
use majlis::persistence::{self, LoadError, backup_path};
use majlis::session::{SaveInPlaceError, Session};

const SAMPLE: &str = include_str!("../sample-data/beirut-2007.ron");

fn sample() -> Document {
    persistence::parse(SAMPLE.as_bytes())
        .expect("the sample loads")
        .doc
}

#[test]
fn sample_round_trips_through_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    let doc = sample();
    persistence::save(&path, &doc).unwrap();
    let again = persistence::load(&path).unwrap();
    assert_eq!(again.doc, doc);
    persistence::save(&path, &again.doc).unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        persistence::to_ron(&doc).unwrap()
    );
}

#[test]
fn sample_is_as_rich_as_the_meeting() {
    let doc = sample();
    let summary = doc.summary();
    assert_eq!(summary.days.len(), 2);
    assert!(summary.organisations >= 30 && summary.people >= 50);
    assert!(summary.partnerships >= 10 && summary.funding_sources >= 12);
    for (stage, count) in &summary.partnerships_by_stage {
        assert!(*count > 0, "no partnership at stage {stage}");
    }
    for kind in &doc.vocabularies.stakeholder_types {
        assert!(
            doc.organisations.iter().any(|o| o.stakeholder_type == kind.key),
            "no organisation of type {}",
            kind.label
        );
    }
    let mut countries: Vec<&str> = doc.organisations.iter().map(|o| o.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    assert!(countries.len() >= 8, "{countries:?}");
    assert!(
        doc.organisations
            .iter()
            .any(|o| majlis::bidi::has_rtl(&o.name_ar))
    );
    for kind in majlis::model::FundingKind::ALL {
        assert!(
            doc.funding_sources.iter().any(|f| f.kind == kind),
            "no source of kind {kind:?}"
        );
    }
}

/// Writes `content` over a copy of the sample, tries to open it, and checks that
/// the error is the expected one and the file is untouched.
fn rejected(content: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    fs::write(&path, content).unwrap();
    let err = persistence::load(&path).expect_err("a bad file must not load");
    assert_eq!(fs::read(&path).unwrap(), content, "the bad file was changed");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "files were added");
    err
}

#[test]
fn bad_files_are_rejected_with_a_place() {
    assert!(matches!(rejected(b""), LoadError::Empty));
    assert!(matches!(
        rejected(b"hello, this is not RON"),
        LoadError::Syntax { .. }
    ));

    let truncated = SAMPLE.get(..SAMPLE.len() / 2).unwrap();
    let err = rejected(truncated.as_bytes());
    assert!(err.position().is_some(), "{err}");

    let wrong_shape = SAMPLE.replacen("agenda: [", "agenda: \"oops\", was_agenda: [", 1);
    let err = rejected(wrong_shape.as_bytes());
    let (line, _) = err.position().expect("a place");
    assert!(line > 1, "{err}");

    let unknown_variant = SAMPLE.replacen("kind: RoundTable", "kind: Picnic", 1);
    let err = rejected(unknown_variant.as_bytes());
    assert!(err.to_string().contains("Picnic"), "{err}");

    let mut not_utf8 = SAMPLE.as_bytes().to_vec();
    not_utf8.insert(200, 0xff);
    assert!(matches!(rejected(&not_utf8), LoadError::NotUtf8 { line, .. } if line > 1));

    let deep = format!(
        "(format_version: 1, meeting: {}{})",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    assert!(rejected(deep.as_bytes()).position().is_some());

    assert!(matches!(
        rejected(b"(meeting: (title: \"x\"))"),
        LoadError::NotASession
    ));
}

#[test]
fn an_interrupted_save_leaves_the_old_file_loadable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let doc = sample();
    persistence::save(&path, &doc).unwrap();
    let before = fs::read(&path).unwrap();

    let mut changed = doc.clone();
    changed.meeting.title = "Changed".to_owned();
    let text = persistence::to_ron(&changed).unwrap();
    // The new content is written and synced, then the program dies before the rename.
    let staged = persistence::stage(&path, text.as_bytes()).unwrap();
    std::mem::forget(staged);

    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(persistence::load(&path).unwrap().doc, doc);
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let mut doc = sample();
    persistence::save(&path, &doc).unwrap();
    doc.meeting.title = "Second".to_owned();
    persistence::save(&path, &doc).unwrap();
    let backup = persistence::load(&backup_path(&path)).unwrap();
    assert_eq!(backup.doc.meeting.title, sample().meeting.title);
    assert_eq!(persistence::load(&path).unwrap().doc.meeting.title, "Second");
}

#[test]
fn a_failed_save_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("m.ron");
    let err = persistence::save(&missing, &sample()).unwrap_err();
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(!missing.exists());
}

fn newer_version_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("newer.ron");
    let text = SAMPLE.replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        &format!("format_version: {}, hologram_seating: true", FORMAT_VERSION + 1),
        1,
    );
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_newer_file_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = newer_version_file(dir.path());
    let before = fs::read(&path).unwrap();
    let loaded = persistence::load(&path).unwrap();
    assert!(loaded.newer_format);
    assert!(loaded.warning().unwrap().contains("newer version"));
    let mut session = Session::opened(loaded, &path);
    assert!(matches!(session.save(true), Err(SaveInPlaceError::ReadOnly)));
    assert_eq!(fs::read(&path).unwrap(), before);
    let copy = dir.path().join("copy.ron");
    session.save_as(&copy).unwrap();
    assert_eq!(persistence::load(&copy).unwrap().source_version, FORMAT_VERSION);
    assert_eq!(fs::read(&path).unwrap(), before);
}
