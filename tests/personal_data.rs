//! Personal data in the window: erasing a person on request reaches every copy
//! Majlis keeps, exports follow who the file is for, and the next meeting
//! starts from this one's registry.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::MajlisApp;
use majlis::model::{
    ActionStatus, AgendaItem, Confidentiality, Document, Id, Organisation, Person, Record, RecordKind,
    SpeakerTurn,
};
use majlis::persistence::{RecoveryFile, backup_path, write_recovery};
use majlis::ui::Tab;

#[expect(
    dead_code,
    reason = "these tests need only the harness with recovery and saving"
)]
mod common;
use common::{ScriptedDialogs, finish_saving, harness_with_recovery};

const NAME: &str = "Rania Haddad";
const EMAIL: &str = "rania.haddad@example.org";
const PHONE: &str = "+961 1 234 567";

/// A meeting where Rania speaks, owns an action item and has organisers-only
/// contacts; Karim's contacts are public; Nadia did not consent to be listed.
fn meeting() -> (Document, Id) {
    let mut doc = Document::new_meeting();
    let org = Organisation {
        name: "Berytech".to_owned(),
        name_ar: "بيريتك".to_owned(),
        ..Organisation::default()
    };
    let rania = Person {
        name: NAME.to_owned(),
        organisation: Some(org.id),
        email: EMAIL.to_owned(),
        phone: PHONE.to_owned(),
        contact_confidentiality: Confidentiality::Organisers,
        consent: true,
        ..Person::default()
    };
    let id = rania.id;
    doc.people = vec![
        Arc::new(rania),
        Arc::new(Person {
            name: "كريم سعد".to_owned(),
            email: "karim@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            consent: true,
            ..Person::default()
        }),
        Arc::new(Person {
            name: "Nadia Khalil".to_owned(),
            email: "nadia@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            ..Person::default()
        }),
    ];
    doc.organisations = vec![Arc::new(org)];
    doc.agenda = vec![Arc::new(AgendaItem {
        title: "Opening".to_owned(),
        speakers: vec![SpeakerTurn {
            person: id,
            ..SpeakerTurn::default()
        }],
        ..AgendaItem::default()
    })];
    doc.records = vec![Arc::new(Record {
        text: "Send the draft".to_owned(),
        kind: RecordKind::Action {
            owner: Some(id),
            due: None,
            status: ActionStatus::Open,
        },
        ..Record::default()
    })];
    (doc, id)
}

fn holds_rania(path: &Path) -> bool {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    [NAME, EMAIL, PHONE].iter().any(|w| text.contains(w))
}

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness
        .state()
        .session
        .as_ref()
        .map(|s| s.doc.clone())
        .unwrap_or_default()
}

fn open_person(harness: &mut Harness<'_, MajlisApp>, name: &str) {
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("People").click();
    harness.run_ok();
    harness.get_by_label(name).click();
    harness.run_ok();
}

#[test]
fn an_erased_person_is_found_nowhere_after_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    let (original, id) = meeting();
    // Saved twice: the backup holds her too.
    majlis::persistence::save(&path, &original).unwrap();
    majlis::persistence::save(&path, &original).unwrap();
    let import_copy = dir.path().join("beirut.before-import-2007-09-04.ron");
    std::fs::copy(&path, &import_copy).unwrap();
    let recovery = dir.path().join("recovery");
    let mut harness = harness_with_recovery(Some(path.clone()), ScriptedDialogs::default(), Some(&recovery));
    // A recovery copy of this meeting left by an earlier window.
    let old_copy = recovery.join("earlier.ron");
    let file = RecoveryFile {
        document_path: Some(path.clone()),
        document: original.clone(),
        ..RecoveryFile::default()
    };
    write_recovery(&old_copy, &file).unwrap();
    for copy in [&path, &backup_path(&path), &import_copy, &old_copy] {
        assert!(holds_rania(copy), "before: {}", copy.display());
    }

    open_person(&mut harness, NAME);
    harness.get_by_label("Erase this person…").click();
    harness.run_ok();
    harness.get_by_label(&format!("Erase {NAME}?"));
    harness.get_by_label_contains(
        "1 speaking turn, 1 action item, 0 agenda roles and the progress reports of 0 partnerships",
    );
    harness.get_by_label_contains("the backup beside the file, the recovery copies");
    assert!(
        doc(&harness).person(id).is_some(),
        "nothing happens before the answer"
    );
    harness.get_by_label("Erase").click();
    harness.run_ok();

    let erased = doc(&harness);
    assert!(erased.person(id).is_none());
    assert_eq!(erased.person_name(Some(id)), "(erased)");
    assert_eq!(erased.speaker_name(&erased.agenda[0].speakers[0]), "(erased)");
    assert_eq!(
        erased.person_name(erased.records[0].action().unwrap().0),
        "(erased)"
    );
    let undo = harness
        .state()
        .session
        .as_ref()
        .and_then(|s| s.history.undo_label().map(str::to_owned));
    assert_eq!(undo.as_deref(), Some("erase a person"), "one undo step");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    finish_saving(&mut harness);
    harness.state().flush_autosave();
    for copy in [&path, &backup_path(&path), &import_copy, &old_copy] {
        assert!(!holds_rania(copy), "after: {}", copy.display());
    }
    let backup = majlis::persistence::load(&backup_path(&path)).unwrap().doc;
    assert_eq!(backup.person_name(Some(id)), "(erased)");
    assert_eq!(backup.people.len(), 2, "the others stay");
    for entry in std::fs::read_dir(&recovery).unwrap() {
        let entry = entry.unwrap().path();
        assert!(!holds_rania(&entry), "{}", entry.display());
    }
}

#[test]
fn cancelling_the_erasure_keeps_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    let (original, id) = meeting();
    majlis::persistence::save(&path, &original).unwrap();
    let mut harness = harness_with_recovery(Some(path), ScriptedDialogs::default(), None);
    open_person(&mut harness, NAME);
    harness.get_by_label("Erase this person…").click();
    harness.run_ok();
    harness.get_by_label("Cancel").click();
    harness.run_ok();
    assert!(harness.query_by_label("Erase").is_none(), "the dialog is closed");
    assert!(doc(&harness).person(id).is_some());
}

fn export_people(harness: &mut Harness<'_, MajlisApp>, for_organisers: bool) {
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Export people…").click();
    harness.run_ok();
    harness.get_by_label("Who is the file for?");
    if for_organisers {
        harness
            .get_by_label("The organisers: everyone and every contact detail")
            .click();
        harness.run_ok();
    }
    harness.get_by_label("Choose where…").click();
    harness.run_ok();
}

#[test]
fn the_export_menu_writes_for_the_public_or_for_the_organisers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    majlis::persistence::save(&path, &meeting().0).unwrap();
    let public = dir.path().join("public.csv");
    let internal = dir.path().join("internal.csv");
    let dialogs = ScriptedDialogs::default();
    dialogs
        .answers
        .borrow_mut()
        .extend([Some(public.clone()), Some(internal.clone())]);
    let mut harness = harness_with_recovery(Some(path), dialogs, None);

    export_people(&mut harness, false);
    harness.get_by_label_contains("Exported 2 people to");
    let bytes = std::fs::read(&public).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains(NAME) && text.contains("كريم سعد"), "{text}");
    assert!(
        !text.contains(EMAIL) && !text.contains(PHONE),
        "organisers-only: {text}"
    );
    assert!(!text.contains("Nadia"), "no consent: {text}");

    export_people(&mut harness, true);
    harness.get_by_label_contains("Exported 3 people to");
    let text = std::fs::read_to_string(&internal).unwrap();
    for word in [EMAIL, PHONE, "Nadia Khalil", "Berytech"] {
        assert!(text.contains(word), "{word} in {text}");
    }
}

#[test]
fn without_a_native_dialog_the_path_is_typed_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    majlis::persistence::save(&path, &meeting().0).unwrap();
    let mut harness = harness_with_recovery(Some(path), ScriptedDialogs::default(), None);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("Export organisations…").click();
    harness.run_ok();
    harness.get_by_label("Choose where…").click();
    harness.run_ok();
    let field = harness.get_by_label("Path");
    let suggested = PathBuf::from(field.value().unwrap_or_default());
    assert_eq!(suggested, dir.path().join("beirut-organisations.csv"));
    harness.get_by_label("Export").click();
    harness.run_ok();
    let text = std::fs::read_to_string(&suggested).unwrap();
    assert!(text.contains("بيريتك"), "{text}");
}

#[test]
fn a_new_meeting_from_this_one_keeps_the_registry_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beirut.ron");
    let (original, _) = meeting();
    majlis::persistence::save(&path, &original).unwrap();
    let mut harness = harness_with_recovery(Some(path), ScriptedDialogs::default(), None);
    harness.get_by_label("File").click();
    harness.run_ok();
    harness.get_by_label("New meeting from this one…").click();
    harness.run_ok();
    let session = harness.state().session.as_ref().unwrap();
    assert!(session.path.is_none(), "a new, unsaved meeting");
    let next = &session.doc;
    let ids = |d: &Document| d.people.iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(ids(next), ids(&original));
    assert_eq!(next.organisations, original.organisations);
    assert!(next.agenda.is_empty() && next.records.is_empty() && next.partnerships.is_empty());
    assert_ne!(next.meeting.id, original.meeting.id);
}
