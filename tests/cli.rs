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
