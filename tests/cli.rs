//! The real binary's command line.

use std::process::Command;

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn check_prints_a_summary_of_the_sample() {
    let out = majlis(&["check", "sample-data/beirut-2007.ron"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("Meeting") && text.contains("2007-09-05"), "{text}");
    assert!(
        text.contains("Partnerships") && text.contains("Funding sources"),
        "{text}"
    );
    assert!(text.contains("Financing leads  5"), "{text}");
}

#[test]
fn check_fails_with_the_place_of_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(format_version: 1,\n  agenda: [oops],\n)").unwrap();
    let out = majlis(&["check", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Line 2"), "{err}");
}

#[test]
fn check_of_a_missing_file_fails() {
    let out = majlis(&["check", "/no/such/file.ron"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.ron"));
}

#[test]
fn help_explains_every_command() {
    let out = majlis(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for word in ["majlis check", "--help", "FILE.ron"] {
        assert!(text.contains(word), "{text}");
    }
    assert!(!majlis(&["--frobnicate"]).status.success());
}

// `majlis generate` writes a big meeting that `majlis check` and the loader accept.

#[test]
fn a_generated_meeting_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    let path_text = path.to_str().unwrap();
    let out = majlis(&["generate", "--scale", "1", "-o", path_text]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let out = majlis(&["check", path_text]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for line in [
        "Organisations    200",
        "People           2000",
        "Partnerships     100",
        "Funding sources  30",
        "Agenda items     15",
        "Captured records 500",
    ] {
        assert!(text.contains(line), "{line} in {text}");
    }

    let loaded = majlis::persistence::load(&path).unwrap();
    assert_eq!(
        loaded.doc,
        majlis::generate::meeting(1, 1),
        "the default seed is 1"
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\n  organisations: ["),
        "the file is pretty-printed"
    );
}

#[test]
fn generate_refuses_bad_arguments() {
    let out = majlis(&["generate", "--scale", "0", "-o", "never.ron"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 1"));
    assert!(!majlis(&["generate", "--scale", "2"]).status.success());
    assert!(!std::path::Path::new("never.ron").exists());
}

// A file cut short says so, and points to a backup that can still be read.

#[test]
fn check_of_a_cut_file_says_so_and_offers_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    let backup = dir.path().join("beirut.ron.bak");
    let sample = std::fs::read_to_string("sample-data/beirut-2007.ron").unwrap();
    let cut = sample.match_indices('\n').nth(1630).unwrap().0 + 5;
    std::fs::write(&path, &sample.as_bytes()[..cut]).unwrap();
    let path_text = path.to_str().unwrap();

    let out = majlis(&["check", path_text]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "The file ends in the middle of a record at line 1,632: it may have been cut short while copying"
        ),
        "{err}"
    );
    assert!(!err.contains("backup"), "no backup to offer: {err}");

    std::fs::copy("sample-data/beirut-2007.ron", &backup).unwrap();
    let out = majlis(&["check", path_text]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cut short while copying"), "{err}");
    assert!(
        err.contains(&format!(
            "The backup kept by the last save can be read. Open it with: majlis {}",
            backup.display()
        )),
        "{err}"
    );
    assert!(err.contains("read-only"), "{err}");

    let out = majlis(&["check", backup.to_str().unwrap()]);
    assert!(out.status.success(), "the backup itself passes check");
}
