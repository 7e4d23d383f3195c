//! Reading and writing session files on disk: round trips, bad files, interrupted saves.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test by panicking"
)]

use std::fs;
use std::path::Path;

use majlis::bidi::has_rtl;
use majlis::model::{Confidentiality, Document, FORMAT_VERSION, Id, PartnerEvent, partners_as_of};
use majlis::persistence::{self, LoadError, backup_path};
use majlis::session::{SaveInPlaceError, Session};
use ron::Value;

const SAMPLE: &str = include_str!("../sample-data/beirut-2007.ron");
const FORMAT_1: &str = include_str!("fixtures/format-1.ron");
const FORMAT_2: &str = include_str!("fixtures/format-2.ron");
const FORMAT_3: &str = include_str!("fixtures/format-3.ron");
const FORMAT_4: &str = include_str!("fixtures/format-4.ron");

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

#[test]
fn sample_has_the_fields_of_format_2() {
    let doc = sample();
    assert_eq!(doc.meeting.time_zone, "Asia/Beirut");
    assert!(has_rtl(&doc.meeting.title_ar));
    assert!(doc.agenda.iter().filter(|a| has_rtl(&a.title_ar)).count() >= 5);
    assert!(doc.partnerships.iter().filter(|p| has_rtl(&p.title_ar)).count() >= 5);
    let secret = |c: Confidentiality| c == Confidentiality::Organisers;
    assert!(doc.records.iter().any(|r| secret(r.confidentiality)));
    assert!(doc.partnerships.iter().any(|p| secret(p.confidentiality)));
    assert!(doc.funding_sources.iter().any(|f| secret(f.confidentiality)));
    assert!(doc.people.iter().any(|p| secret(p.contact_confidentiality)));
    for p in &doc.partnerships {
        let now: Vec<Id> = p.partners.iter().map(|r| r.organisation).collect();
        let far_ahead = p.modified + chrono::Duration::days(3650);
        assert!(
            now.iter().all(|o| partners_as_of(p, far_ahead).contains(o)),
            "{}",
            p.title
        );
    }
}

fn format_1() -> persistence::Loaded {
    persistence::parse(FORMAT_1.as_bytes()).expect("format 1 loads")
}

#[test]
fn a_format_1_file_is_brought_to_format_2() {
    let loaded = format_1();
    assert_eq!(loaded.source_version, 1);
    assert!(!loaded.newer_format && loaded.warning().is_none());
    let doc = loaded.doc;
    assert_eq!(doc.format_version, FORMAT_VERSION);
    assert_eq!(format_1().doc, doc, "two loads give the same ids");

    let mut element_ids = Vec::new();
    for p in &doc.partnerships {
        assert!(!p.deliverables.is_empty(), "{}", p.title);
        let derived = |kind: &str, i: usize| Id::derived(p.id, &format!("{kind}/{i}"));
        for (i, d) in p.deliverables.iter().enumerate() {
            assert_eq!(d.id, derived("deliverable", i));
            assert!(!d.text.is_empty());
        }
        for (i, r) in p.partners.iter().enumerate() {
            assert_eq!(r.id, derived("partner", i));
        }
        for (i, m) in p.milestones.iter().enumerate() {
            assert_eq!(m.id, derived("milestone", i));
        }
        element_ids.extend(p.deliverables.iter().map(|d| d.id));
        element_ids.extend(p.partners.iter().map(|r| r.id));
        element_ids.extend(p.milestones.iter().map(|m| m.id));

        let first_stage = p.stage_history.iter().map(|c| c.at).min().unwrap();
        let mut partners: Vec<Id> = p.partners.iter().map(|r| r.organisation).collect();
        partners.dedup();
        assert_eq!(partners_as_of(p, first_stage), partners, "{}", p.title);
        assert!(
            p.partner_history
                .iter()
                .all(|c| c.event == PartnerEvent::Joined && c.at == first_stage)
        );
        let just_before = first_stage - chrono::Duration::seconds(1);
        assert!(partners_as_of(p, just_before).is_empty(), "{}", p.title);
    }
    let count = element_ids.len();
    element_ids.sort_unstable();
    element_ids.dedup();
    assert_eq!(element_ids.len(), count, "element ids are unique");
}

/// Whether everything in `old` is in `new` at the same place; a list of
/// deliverables may have become a list of records whose `text` is the line.
fn kept(old: &Value, new: &Value, place: &str) -> Result<(), String> {
    match (old, new) {
        (Value::Map(old), Value::Map(new)) => {
            for (key, value) in old.iter() {
                let Value::String(name) = key else {
                    return Err(format!("{place}: a key that is not a name"));
                };
                if name == "format_version" {
                    continue;
                }
                let place = format!("{place}.{name}");
                let found = new.get(key).ok_or_else(|| format!("{place} is gone"))?;
                kept(value, found, &place)?;
            }
            Ok(())
        }
        (Value::Seq(old), Value::Seq(new)) if old.len() == new.len() => {
            for (i, (old, new)) in old.iter().zip(new).enumerate() {
                let place = format!("{place}[{i}]");
                match (old, new) {
                    (Value::String(_), Value::Map(element)) if place.contains(".deliverables[") => {
                        let text = element.get(&Value::String("text".to_owned()));
                        kept(old, text.ok_or_else(|| format!("{place} has no text"))?, &place)?;
                    }
                    _ => kept(old, new, &place)?,
                }
            }
            Ok(())
        }
        (Value::Option(Some(old)), Value::Option(Some(new))) => kept(old, new, place),
        _ if old == new => Ok(()),
        _ => Err(format!("{place}: {old:?} became {new:?}")),
    }
}

#[test]
fn every_field_of_format_1_is_kept() {
    let text = persistence::to_ron(&format_1().doc).unwrap();
    let old: Value = ron::from_str(FORMAT_1).unwrap();
    let new: Value = ron::from_str(&text).unwrap();
    kept(&old, &new, "").unwrap();
    assert!(kept(&new, &old, "").is_err(), "the check sees a difference");
}

#[test]
fn a_format_1_file_saves_and_loads_in_format_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    fs::write(&path, FORMAT_1).unwrap();
    let loaded = persistence::load(&path).unwrap();
    let mut session = Session::opened(loaded, &path);
    session.save(true).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(&format!("(\n  format_version: {FORMAT_VERSION},")));
    let again = persistence::load(&path).unwrap();
    assert_eq!(again.source_version, FORMAT_VERSION);
    assert_eq!(again.doc, format_1().doc);
    assert_eq!(
        fs::read_to_string(backup_path(&path)).unwrap(),
        FORMAT_1,
        "the old file is kept"
    );
}

#[test]
fn a_format_2_file_loads() {
    let loaded = persistence::parse(FORMAT_2.as_bytes()).unwrap();
    assert_eq!(loaded.source_version, 2);
    assert!(!loaded.newer_format);
    let doc = loaded.doc;
    assert_eq!(doc.meeting.time_zone, "Asia/Beirut");
    assert!(has_rtl(&doc.meeting.title_ar));
    assert!(doc.partnerships.iter().all(|p| !p.partner_history.is_empty()));
    let text = persistence::to_ron(&doc).unwrap();
    assert_eq!(persistence::parse(text.as_bytes()).unwrap().doc, doc);
}

#[test]
fn a_format_3_file_loads_with_its_leads_and_rates() {
    let loaded = persistence::parse(FORMAT_3.as_bytes()).unwrap();
    assert_eq!(loaded.source_version, 3);
    let doc = loaded.doc;
    assert!(!doc.leads.is_empty());
    assert!(doc.rates.iter().any(|r| r.currency == "EUR"));
    assert!(doc.funding_sources.iter().any(|f| !f.applicant_types.is_empty()));
    // A format-2 file holds none of them, and reads as the current format.
    let older = persistence::parse(FORMAT_2.as_bytes()).unwrap().doc;
    assert!(older.leads.is_empty() && older.rates.is_empty());
    assert_eq!(older.format_version, FORMAT_VERSION);
}

#[test]
fn a_format_4_copy_loads_with_its_origin() {
    let loaded = persistence::parse(FORMAT_4.as_bytes()).unwrap();
    assert_eq!(loaded.source_version, 4);
    let copy = loaded.doc;
    let origin = copy.origin.clone().expect("the copy remembers its origin");
    assert!(origin.origin.is_none());
    // The rapporteur of round table 2A captured a note since the copy was handed out.
    assert_eq!(copy.records.len(), origin.records.len() + 1);
    let note = copy
        .records
        .iter()
        .find(|r| origin.records.iter().all(|o| o.id != r.id))
        .unwrap();
    assert!(note.text.contains("concept note"));
    let table = copy.agenda_item(copy.handout.round_table.unwrap()).unwrap();
    assert!(table.title.starts_with("Round table 2A"));
    assert_eq!(note.agenda_item, Some(table.id));
    assert_eq!(origin.agenda, copy.agenda);
    // It saves as it was read.
    let again = persistence::parse(persistence::to_ron(&copy).unwrap().as_bytes()).unwrap();
    assert_eq!(again.doc, copy);
    // Older formats have no origin.
    for older in [FORMAT_1, FORMAT_2, FORMAT_3] {
        let doc = persistence::parse(older.as_bytes()).unwrap().doc;
        assert!(doc.origin.is_none() && doc.handout.round_table.is_none());
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
