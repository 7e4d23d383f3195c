//! `majlis export`: the real binary writes people and organisations as CSV.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use majlis::model::{Confidentiality, Document, Organisation, Person};

#[expect(clippy::expect_used, reason = "a test helper fails the test")]
fn majlis(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A meeting with one person whose contacts are for the organisers, one whose
/// contacts are public, and one who did not consent to be listed.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn meeting(dir: &Path) -> String {
    let mut doc = Document::new_meeting();
    let org = Organisation {
        name: "Berytech".to_owned(),
        name_ar: "بيريتك".to_owned(),
        country: "LB".to_owned(),
        stakeholder_type: "incubator".to_owned(),
        ..Organisation::default()
    };
    doc.people = vec![
        Arc::new(Person {
            name: "رانيا خوري".to_owned(),
            organisation: Some(org.id),
            email: "rania@example.org".to_owned(),
            phone: "+961 1 000 101".to_owned(),
            contact_confidentiality: Confidentiality::Organisers,
            consent: true,
            ..Person::default()
        }),
        Arc::new(Person {
            name: "Karim Saad".to_owned(),
            email: "karim@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            consent: true,
            ..Person::default()
        }),
        Arc::new(Person {
            name: "Nadia Haddad".to_owned(),
            email: "nadia@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            consent: false,
            ..Person::default()
        }),
    ];
    doc.organisations = vec![Arc::new(org)];
    let path = dir.join("beirut.ron");
    majlis::persistence::save(&path, &doc).unwrap();
    path.display().to_string()
}

fn run(args: &[&str]) -> String {
    let out = majlis(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn people_for_the_public_and_for_the_organisers() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = meeting(dir.path());
    let public = dir.path().join("public.csv");
    let said = run(&["export", &meeting, "--people", public.to_str().unwrap()]);
    assert!(said.contains("Exported 2 people"), "{said}");
    let bytes = std::fs::read(&public).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("Name,Organisation,Role,Email,Phone,Country,Stakeholder type,Consent"));
    assert!(text.contains("رانيا خوري") && text.contains("Berytech"), "{text}");
    assert!(
        !text.contains("rania@example.org") && !text.contains("+961"),
        "{text}"
    );
    assert!(text.contains("karim@example.org"), "{text}");
    assert!(!text.contains("Nadia"), "no consent, not listed: {text}");

    let internal = dir.path().join("internal.csv");
    run(&[
        "export",
        &meeting,
        "--people",
        internal.to_str().unwrap(),
        "--internal",
    ]);
    let text = std::fs::read_to_string(&internal).unwrap();
    for word in [
        "rania@example.org",
        "+961 1 000 101",
        "Nadia Haddad",
        "nadia@example.org",
    ] {
        assert!(text.contains(word), "{word} in {text}");
    }
}

#[test]
fn organisations_keep_their_arabic_names() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = meeting(dir.path());
    let out = dir.path().join("organisations.csv");
    let said = run(&["export", &meeting, "--organisations", out.to_str().unwrap()]);
    assert!(said.contains("Exported 1 organisation"), "{said}");
    let text = std::fs::read_to_string(&out).unwrap();
    let text = text.strip_prefix('\u{FEFF}').expect("a BOM");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Name,Arabic name,Acronym,Other names,Stakeholder type,Country,Focus areas,Offers,\
             Needs,Website,Contact,Contact confidentiality"
        )
    );
    assert_eq!(
        lines.next(),
        Some("Berytech,بيريتك,,,ICT incubator / technology park,LB,,,,,,Public")
    );
}

#[test]
fn mistakes_are_told_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = meeting(dir.path());
    let out = majlis(&["export", &meeting]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--people OUT.csv"));
    let missing = majlis(&["export", "/no/such/meeting.ron", "--people", "x.csv"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/meeting.ron"));
    assert!(!Path::new("x.csv").exists());
    let before = std::fs::read(&meeting).unwrap();
    for target in [
        meeting.clone(),
        dir.path().join("other.ron").display().to_string(),
    ] {
        let over = majlis(&["export", &meeting, "--people", &target]);
        assert!(!over.status.success(), "{target}");
        assert!(
            String::from_utf8_lossy(&over.stderr).contains("is a meeting file"),
            "{}",
            String::from_utf8_lossy(&over.stderr)
        );
    }
    assert_eq!(
        std::fs::read(&meeting).unwrap(),
        before,
        "the meeting is untouched"
    );
    assert!(!dir.path().join("other.ron").exists());
}
