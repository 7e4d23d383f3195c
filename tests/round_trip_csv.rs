//! Exporting the sample meeting's organisations and people (for the
//! organisers, so that nothing is left out) and importing both files into an
//! empty meeting gives the same organisations and people, field by field:
//! with the library's functions, and with the real binary.
//!
//! What cannot come back, and is left out of the comparison:
//! - ids: a record's id is the meeting's own; the files name records, and an
//!   import into another meeting gives them new ids (a person's organisation is
//!   therefore compared by its name);
//! - modification stamps: an import stamps what it adds with the time of the
//!   import, which is what merging meetings later relies on;
//! - invitations: they are the organisers' follow-up of the meeting, not a
//!   column of the registry lists.
//!
//! The files name records, so what they cannot tell apart comes back as one:
//! two people of one name in one organisation, two organisations of one
//! country sharing an acronym, or items of a list (other names, offers...)
//! when one holds the `;` that separates them. Cells are trimmed. The sample
//! has none of these (it has two ministries sharing an acronym in two
//! countries, which come back as two).

#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use egui_kittest::kittest::Queryable as _;

use majlis::model::export::{Table as Export, csv};
use majlis::model::import::{ListKind, Plan, list_kind, plan, plan_organisations, read_list};
use majlis::model::{Audience, Document, Organisation, Person};

#[expect(dead_code, reason = "this file needs only the harness and scripted dialogs")]
mod common;

fn sample() -> Document {
    majlis::persistence::parse(majlis::sample::BEIRUT_2007.as_bytes())
        .unwrap()
        .doc
}

/// A new meeting with the vocabularies of `doc`.
fn empty_like(doc: &Document) -> Document {
    let mut empty = Document::new_meeting();
    empty.vocabularies = doc.vocabularies.clone();
    empty
}

/// An organisation without what an import cannot bring back.
fn comparable_organisation(org: &Organisation) -> Organisation {
    Organisation {
        id: majlis::model::Id(uuid::Uuid::nil()),
        modified: chrono::DateTime::UNIX_EPOCH,
        // The organisers' follow-up, which the registry lists do not carry.
        invitation: majlis::model::invitations::Invitation::default(),
        ..org.clone()
    }
}

/// A person without id, stamp and invitation, and their organisation's name.
fn comparable_person(doc: &Document, person: &Person) -> (Person, String) {
    let person_only = Person {
        id: majlis::model::Id(uuid::Uuid::nil()),
        modified: chrono::DateTime::UNIX_EPOCH,
        organisation: None,
        // The organisers' follow-up, which the registry lists do not carry.
        invitation: majlis::model::invitations::Invitation::default(),
        ..person.clone()
    };
    (person_only, doc.organisation_name(person.organisation))
}

/// Every organisation and person of `original` is in `copy`, the same in
/// every field, and `copy` holds no other.
fn assert_same_registry(original: &Document, copy: &Document) {
    assert_eq!(copy.organisations.len(), original.organisations.len());
    assert_eq!(copy.people.len(), original.people.len());
    for org in &original.organisations {
        let found: Vec<_> = copy.organisations.iter().filter(|o| o.name == org.name).collect();
        assert_eq!(found.len(), 1, "{} once", org.name);
        assert_eq!(
            comparable_organisation(found[0]),
            comparable_organisation(org),
            "{}",
            org.name
        );
        assert_ne!(found[0].id, org.id, "a new id in the new meeting");
    }
    for person in &original.people {
        let found: Vec<_> = copy.people.iter().filter(|p| p.name == person.name).collect();
        assert_eq!(found.len(), 1, "{} once", person.name);
        assert_eq!(
            comparable_person(copy, found[0]),
            comparable_person(original, person),
            "{}",
            person.name
        );
    }
}

/// Every row was added, none merged, rejected or with a value left out.
fn assert_all_added(plan: &Plan, rows: usize) {
    let problems: Vec<_> = plan
        .rows
        .iter()
        .filter(|r| r.is_problem())
        .map(|r| (r.line, r.outcome.describe(), r.notes.clone()))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!((plan.counts.rows, plan.counts.added), (rows, rows));
}

#[test]
fn the_sample_meeting_comes_back_from_its_export() {
    let original = sample();
    assert!(
        original.people.iter().any(|p| !p.consent)
            && original
                .people
                .iter()
                .any(|p| p.contact_confidentiality != majlis::model::Confidentiality::Public),
        "the sample has people the public export leaves out, which this export keeps"
    );
    assert!(
        original.people.iter().filter(|p| !p.name_ar.is_empty()).count() >= 15
            && original.people.iter().any(|p| p.name_ar.is_empty()),
        "the sample has people with a name in Arabic, and people without"
    );
    assert!(
        original
            .people
            .iter()
            .any(|p| !p.title.is_empty() && !p.title_ar.is_empty()),
        "the sample has someone with a title in both languages"
    );
    let (organisations, _) = csv(&original, Export::Organisations, Audience::Organisers).unwrap();
    let (people, count) = csv(&original, Export::People, Audience::Organisers).unwrap();
    assert_eq!(count, original.people.len());

    let mut doc = empty_like(&original);
    let table = read_list(&organisations).unwrap();
    assert_eq!(list_kind(&table.mapping), ListKind::Organisations);
    let planned = plan_organisations(&doc, &table, &table.mapping);
    assert_all_added(&planned, original.organisations.len());
    planned.apply_to(&mut doc);

    let table = read_list(&people).unwrap();
    assert_eq!(list_kind(&table.mapping), ListKind::People);
    assert_eq!(
        table.headers.get(1).map(String::as_str),
        Some("Arabic name"),
        "right after the name"
    );
    assert_eq!(
        table.mapping.get(1),
        Some(&Some(majlis::model::import::Field::NameArabic))
    );
    let planned = plan(&doc, &table, &table.mapping);
    assert_all_added(&planned, original.people.len());
    assert_eq!(planned.counts.organisations_added, 0, "each found by name");
    planned.apply_to(&mut doc);

    assert_same_registry(&original, &doc);

    // The same files again change nothing.
    let again = plan_organisations(
        &doc,
        &read_list(&organisations).unwrap(),
        &table_mapping(&organisations),
    );
    assert!(again.actions.is_empty() && again.rows.iter().all(|r| !r.is_problem()));
    let again = plan(&doc, &read_list(&people).unwrap(), &table_mapping(&people));
    assert!(again.actions.is_empty() && again.rows.iter().all(|r| !r.is_problem()));
}

fn table_mapping(bytes: &[u8]) -> Vec<Option<majlis::model::import::Field>> {
    read_list(bytes).unwrap().mapping
}

fn majlis(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "majlis {args:?}: {}{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn the_binary_exports_and_imports_into_a_fresh_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let original = sample();
    let beirut = dir.path().join("beirut.ron");
    majlis::persistence::save(&beirut, &original).unwrap();
    let fresh = dir.path().join("fresh.ron");
    majlis::persistence::save(&fresh, &empty_like(&original)).unwrap();
    let people = dir.path().join("people.csv");
    let organisations = dir.path().join("organisations.csv");

    majlis(&["export", path(&beirut), "--people", path(&people), "--internal"]);
    majlis(&[
        "export",
        path(&beirut),
        "--organisations",
        path(&organisations),
        "--internal",
    ]);
    let said = majlis(&[
        "import",
        path(&fresh),
        "--people",
        path(&people),
        "--organisations",
        path(&organisations),
    ]);
    let orgs = original.organisations.len();
    let persons = original.people.len();
    for line in [
        format!(
            "{orgs} rows read: {orgs} organisations added, 0 merged with organisations already known, 0 rejected"
        ),
        format!(
            "{persons} rows read: {persons} people added, 0 merged with people already known, 0 rejected; 0 organisations added"
        ),
    ] {
        assert!(said.contains(&line), "{line:?} in\n{said}");
    }
    assert!(!said.contains("Line "), "no row needs a look:\n{said}");
    assert!(
        said.find("organisations.csv") < said.find("people.csv"),
        "organisations first:\n{said}"
    );

    let text = std::fs::read_to_string(&people).unwrap();
    assert!(
        text.contains("Rania Khoury,رانيا خوري,"),
        "both names, side by side:\n{text}"
    );
    let copy = majlis::persistence::load(&fresh).unwrap().doc;
    assert_same_registry(&original, &copy);

    // A list given to the wrong option is refused, and nothing is written.
    let before = std::fs::read(&fresh).unwrap();
    for (option, list) in [("--people", &organisations), ("--organisations", &people)] {
        let out = Command::new(env!("CARGO_BIN_EXE_majlis"))
            .args(["import", path(&fresh), option, path(list)])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{option} {}", list.display());
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("is a list of"), "{said}");
    }
    assert_eq!(std::fs::read(&fresh).unwrap(), before);
}

#[test]
fn the_dialog_tells_a_list_of_organisations_and_imports_it() {
    let dir = tempfile::tempdir().unwrap();
    let original = sample();
    let fresh = dir.path().join("fresh.ron");
    majlis::persistence::save(&fresh, &empty_like(&original)).unwrap();
    let list = dir.path().join("organisations.csv");
    let (bytes, _) = csv(&original, Export::Organisations, Audience::Organisers).unwrap();
    std::fs::write(&list, bytes).unwrap();
    let dialogs = common::ScriptedDialogs {
        answers: Rc::new(RefCell::new(VecDeque::from([Some(PathBuf::from(&list))]))),
    };
    let mut harness = common::harness(Some(fresh), dialogs);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Import people…").click();
    harness.run_ok();
    harness.get_by_label("Import organisations from organisations.csv");
    let orgs = original.organisations.len();
    harness.get_by_label(&format!(
        "{orgs} rows read: {orgs} organisations added, 0 merged with organisations already known, 0 rejected"
    ));
    harness.get_by_label("Import").click();
    harness.run_ok();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(doc.organisations.len(), orgs);
    assert!(doc.people.is_empty());
    let escwa = doc.organisations.iter().find(|o| o.acronym == "ESCWA").unwrap();
    let before = original
        .organisations
        .iter()
        .find(|o| o.acronym == "ESCWA")
        .unwrap();
    assert_eq!(comparable_organisation(escwa), comparable_organisation(before));
}
