//! `majlis export`: the real binary writes people and organisations as CSV,
//! every table into a folder, and the network of organisations as GEXF.

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
    assert!(text.contains("Name,Arabic name,Organisation,Role,Email,Phone,Country,Stakeholder type,Consent"));
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

const SAMPLE: &str = "sample-data/beirut-2007.ron";

/// The rows of a CSV file written by the binary, its byte-order mark stripped.
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper fails the test"
)]
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM");
    csv::Reader::from_reader(text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_table_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tables").join("beirut");
    let said = run(&[
        "export",
        SAMPLE,
        "--format",
        "csv",
        "--internal",
        "-o",
        out.to_str().unwrap(),
    ]);
    let doc = majlis::persistence::load(Path::new(SAMPLE)).unwrap().doc;
    let actions = doc.records.iter().filter(|r| r.action().is_some()).count();
    for (name, count) in [
        ("organisations.csv", doc.organisations.len()),
        ("people.csv", doc.people.len()),
        ("partnerships.csv", doc.partnerships.len()),
        ("action-items.csv", actions),
        ("leads.csv", doc.leads.len()),
    ] {
        let rows = csv_rows(&out.join(name));
        assert_eq!(rows.len(), count, "{name}");
        assert!(said.contains(&format!("{name}: {count} rows")), "{said}");
    }
    let names: Vec<String> = csv_rows(&out.join("organisations.csv"))
        .into_iter()
        .map(|r| r[1].clone())
        .collect();
    let arabic: Vec<&String> = doc.organisations.iter().map(|o| &o.name_ar).collect();
    assert_eq!(names.iter().collect::<Vec<_>>(), arabic, "Arabic names intact");
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 5, "no stray files");

    // For the public, the organisers-only partnership stays out.
    let public = dir.path().join("public");
    run(&[
        "export",
        SAMPLE,
        "--format",
        "csv",
        "-o",
        public.to_str().unwrap(),
    ]);
    let hidden: Vec<&String> = doc
        .partnerships
        .iter()
        .filter(|p| p.confidentiality == Confidentiality::Organisers)
        .map(|p| &p.title)
        .collect();
    let rows = csv_rows(&public.join("partnerships.csv"));
    assert_eq!(rows.len(), doc.partnerships.len() - hidden.len());
    assert!(rows.iter().all(|r| !hidden.contains(&&r[0])));
}

#[test]
fn the_network_as_gexf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.gexf");
    let said = run(&[
        "export",
        SAMPLE,
        "--format",
        "gexf",
        "--internal",
        "-o",
        out.to_str().unwrap(),
    ]);
    let doc = majlis::persistence::load(Path::new(SAMPLE)).unwrap().doc;
    let links = majlis::model::network::links(&doc, doc.partnerships.iter().map(AsRef::as_ref));
    assert!(
        said.contains(&format!(
            "{} organisations, {} links",
            doc.organisations.len(),
            links.len()
        )),
        "{said}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut nodes, mut edges) = (0, 0);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    "node" => nodes += 1,
                    "edge" => edges += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(nodes, doc.organisations.len());
    assert_eq!(edges, links.len());
}

#[test]
fn format_mistakes_are_told_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");

    let pdf = majlis(&["export", SAMPLE, "--format", "pdf", "-o", out.to_str().unwrap()]);
    assert!(!pdf.status.success());
    let told = String::from_utf8_lossy(&pdf.stderr);
    assert!(told.contains("Unknown export format: pdf"), "{told}");
    assert!(told.contains("--format csv|gexf"), "the usage follows: {told}");

    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(this is not a meeting").unwrap();
    for format in ["csv", "gexf"] {
        let out_bad = majlis(&[
            "export",
            bad.to_str().unwrap(),
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(!out_bad.status.success(), "{format}");
        let told = String::from_utf8_lossy(&out_bad.stderr);
        assert!(told.contains("bad.ron"), "{told}");
    }

    // A folder cannot be made under a file, nor a file written there.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    for (format, target) in [("csv", blocker.join("tables")), ("gexf", blocker.join("n.gexf"))] {
        let unwritable = majlis(&[
            "export",
            SAMPLE,
            "--format",
            format,
            "-o",
            target.to_str().unwrap(),
        ]);
        assert!(!unwritable.status.success(), "{format}");
        let told = String::from_utf8_lossy(&unwritable.stderr);
        assert!(told.contains(target.to_str().unwrap()), "{told}");
    }
    let over_a_file = majlis(&[
        "export",
        SAMPLE,
        "--format",
        "csv",
        "-o",
        blocker.to_str().unwrap(),
    ]);
    assert!(!over_a_file.status.success());
    assert_eq!(std::fs::read(&blocker).unwrap(), b"x", "the file is untouched");

    let meeting = dir.path().join("m.ron");
    let over_meeting = majlis(&[
        "export",
        SAMPLE,
        "--format",
        "gexf",
        "-o",
        meeting.to_str().unwrap(),
    ]);
    assert!(!over_meeting.status.success());
    assert!(String::from_utf8_lossy(&over_meeting.stderr).contains("is a meeting file"));

    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left.len(),
        2,
        "nothing but the bad meeting and the blocker: {left:?}"
    );
}
