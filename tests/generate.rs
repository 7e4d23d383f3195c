//! `majlis generate` writes a big meeting that `majlis check` and the loader accept.

use std::process::Command;

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

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
