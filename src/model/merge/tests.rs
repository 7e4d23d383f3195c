use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use super::*;
use crate::model::{Milestone, Organisation, Partnership, Person, Record};

fn meeting_with(partnership: Partnership, person: Person) -> Document {
    let mut doc = Document::new_meeting();
    doc.partnerships.push(Arc::new(partnership));
    doc.people.push(Arc::new(person));
    doc
}

fn base() -> Document {
    let partnership = Partnership {
        title: "Incubator".to_owned(),
        next_step: "Draft terms".to_owned(),
        milestones: vec![Milestone {
            title: "Launch".to_owned(),
            ..Milestone::default()
        }],
        ..Partnership::default()
    };
    let person = Person {
        name: "Omar Haddad".to_owned(),
        ..Person::default()
    };
    meeting_with(partnership, person)
}

fn edit_partnership(doc: &Document, edit: impl FnOnce(&mut Partnership)) -> Document {
    let mut doc = doc.clone();
    let mut p = (*doc.partnerships[0]).clone();
    edit(&mut p);
    doc.partnerships[0] = Arc::new(p);
    doc
}

#[test]
fn one_sided_edits_are_taken_and_different_fields_combined() {
    let base = base();
    let ours = edit_partnership(&base, |p| "Arabic incubator".clone_into(&mut p.title));
    let theirs = edit_partnership(&base, |p| "Sign terms".clone_into(&mut p.next_step));
    // Our own edit is kept, and is nothing new; theirs is taken.
    let merged = merge(&base, &ours, &base).unwrap();
    assert_eq!(merged.doc, ours);
    assert_eq!(merged.counts.taken, 0);
    let merged = merge(&base, &base, &theirs).unwrap();
    assert_eq!(merged.doc, theirs);
    assert_eq!(merged.counts.taken, 1);
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.counts.combined, 1);
    assert_eq!(merged.doc.partnerships[0].title, "Arabic incubator");
    assert_eq!(merged.doc.partnerships[0].next_step, "Sign terms");
}

#[test]
fn the_same_field_changed_on_both_is_a_conflict_that_keeps_ours() {
    let base = base();
    let ours = edit_partnership(&base, |p| "Ours".clone_into(&mut p.title));
    let theirs = edit_partnership(&base, |p| "Theirs".clone_into(&mut p.title));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.doc.partnerships[0].title, "Ours");
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.kind, c.field.as_str(), c.name.as_str()),
        ("partnership", "title", "Ours")
    );
    assert_eq!(c.base.as_deref(), Some("Incubator"));
    assert_eq!(c.theirs.as_deref(), Some("Theirs"));
    assert_eq!(merged.counts.conflicted, 1);
    assert!(c.can_keep_both());
    assert_eq!(
        c.line(),
        "Partnership “Ours”: title changed differently on both sides"
    );

    let mut doc = merged.doc.clone();
    resolve(&mut doc, c, Choice::Theirs).unwrap();
    assert_eq!(doc.partnerships[0].title, "Theirs");
    resolve(&mut doc, c, Choice::Ours).unwrap();
    assert_eq!(doc.partnerships[0].title, "Ours");
    resolve(&mut doc, c, Choice::Both).unwrap();
    assert_eq!(doc.partnerships[0].title, "Ours\nTheirs");

    let notes = set_aside(&merged.conflicts, "rapporteur.ron");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].set_aside, "Theirs");
    assert_eq!(notes[0].field, "title");
    assert_eq!(notes[0].from, "rapporteur.ron");
}

#[test]
fn a_deletion_against_an_edit_is_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.partnerships.clear();
    let theirs = edit_partnership(&base, |p| "Theirs".clone_into(&mut p.title));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.doc.partnerships.is_empty());
    let c = &merged.conflicts[0];
    assert_eq!((c.field.as_str(), c.ours.as_deref()), ("", None));
    assert_eq!(c.theirs.as_deref(), Some("Theirs"));
    assert!(!c.can_keep_both());
    let mut doc = merged.doc.clone();
    resolve(&mut doc, c, Choice::Theirs).unwrap();
    assert_eq!(doc.partnerships[0].title, "Theirs");
    // The other way round, ours keeps the edited record.
    let merged = merge(&base, &theirs, &ours).unwrap();
    assert_eq!(merged.doc.partnerships[0].title, "Theirs");
    assert_eq!(merged.conflicts[0].theirs, None);
}

#[test]
fn notes_captured_on_two_laptops_are_both_kept_in_time_order() {
    let base = base();
    let at = NaiveDate::from_ymd_opt(2007, 9, 3)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let note = |minutes, text: &str| {
        Arc::new(Record {
            text: text.to_owned(),
            captured_at: Some(at + Duration::minutes(minutes)),
            ..Record::default()
        })
    };
    let mut ours = base.clone();
    ours.records = vec![note(1, "first"), note(5, "third")];
    let mut theirs = base.clone();
    theirs.records.push(note(3, "second"));
    let texts = |m: &Merge| m.doc.records.iter().map(|r| r.text.clone()).collect::<Vec<_>>();
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(texts(&merged), ["first", "second", "third"]);
    assert_eq!(merged.doc, merge(&base, &theirs, &ours).unwrap().doc);
}

#[test]
fn milestones_merge_element_by_element() {
    let base = base();
    let milestone = |title: &str| Milestone {
        title: title.to_owned(),
        ..Milestone::default()
    };
    let ours = edit_partnership(&base, |p| p.milestones.push(milestone("Pilot")));
    let theirs = edit_partnership(&base, |p| p.milestones.push(milestone("Report")));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty());
    let titles: Vec<&str> = merged.doc.partnerships[0]
        .milestones
        .iter()
        .map(|m| m.title.as_str())
        .collect();
    assert_eq!(titles.len(), 3);
    assert_eq!(titles[0], "Launch");

    let due = |d| move |p: &mut Partnership| p.milestones[0].due = NaiveDate::from_ymd_opt(2008, 1, d);
    let ours = edit_partnership(&base, due(1));
    let theirs = edit_partnership(&base, due(2));
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field, "milestones › Launch › due");
    assert_eq!(merged.conflicts[0].theirs.as_deref(), Some("2008-01-02"));
    let mut doc = merged.doc.clone();
    resolve(&mut doc, &merged.conflicts[0], Choice::Theirs).unwrap();
    assert_eq!(
        doc.partnerships[0].milestones[0].due,
        NaiveDate::from_ymd_opt(2008, 1, 2)
    );
}

#[test]
fn modified_stamps_never_conflict_and_the_later_is_kept() {
    let base = base();
    let later = base.partnerships[0].modified + Duration::hours(1);
    let ours = edit_partnership(&base, |p| {
        "Ours".clone_into(&mut p.title);
        p.modified = later;
    });
    let theirs = edit_partnership(&base, |p| {
        "Sign".clone_into(&mut p.next_step);
        p.modified = later - Duration::hours(3);
    });
    let merged = merge(&base, &theirs, &ours).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.doc.partnerships[0].modified, later);
}

#[test]
fn without_a_base_differences_conflict_and_lookalikes_are_paired() {
    let ours = base();
    let theirs = edit_partnership(&ours, |p| "Theirs".clone_into(&mut p.title));
    let mut ours = ours;
    ours.organisations.push(Arc::new(Organisation {
        name: "U.N.D.P.".to_owned(),
        ..Organisation::default()
    }));
    let mut theirs = theirs;
    theirs.organisations.push(Arc::new(Organisation {
        name: "United Nations Development Programme".to_owned(),
        acronym: "UNDP".to_owned(),
        ..Organisation::default()
    }));
    let merged = merge(&Document::default(), &ours, &theirs).unwrap();
    let fields: Vec<&str> = merged.conflicts.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["title"]);
    assert_eq!(merged.doc.organisations.len(), 2);
    assert_eq!(merged.duplicates.len(), 1);
    assert_eq!(merged.duplicates[0].kind, "organisation");
}

#[test]
fn merging_files_uses_their_origin_and_attaches_notes() {
    let base = base();
    let ours = edit_partnership(&base, |p| "Ours".clone_into(&mut p.title));
    let mut theirs = edit_partnership(&base, |p| "Theirs".clone_into(&mut p.title));
    theirs.origin = Some(Arc::new(base.clone()));
    let merged = merge_files(&ours, &[("copy.ron".to_owned(), theirs)]).unwrap();
    assert_eq!(merged.doc.partnerships[0].title, "Ours");
    assert_eq!(merged.doc.merge_notes.len(), 1);
    assert_eq!(merged.doc.merge_notes[0].from, "copy.ron");
}

/// A record whose `modified` stamp alone moved (a laptop's clock, an edit
/// undone) is unchanged: the other side's deletion is taken, with no conflict.
#[test]
fn a_stamp_alone_is_no_change() {
    let base = base();
    let ours = edit_partnership(&base, |p| p.modified += Duration::minutes(5));
    let mut theirs = base.clone();
    theirs.partnerships.clear();
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert!(merged.doc.partnerships.is_empty());
    assert_eq!(merged.counts.taken, 1);
}

#[test]
fn an_invitation_changed_on_two_laptops_keeps_both_changes_in_its_history() {
    use crate::model::invitations::Status;
    let base = base();
    let at = base.people[0].modified;
    let change = |status: Status, minutes: i64| {
        let mut doc = base.clone();
        let person = Arc::make_mut(&mut doc.people[0]);
        person.invitation = person
            .invitation
            .with_status(status, at + Duration::minutes(minutes))
            .unwrap();
        doc
    };
    let ours = change(Status::Invited, 1);
    let theirs = change(Status::Confirmed, 2);
    let merged = merge(&base, &ours, &theirs).unwrap();
    let invitation = &merged.doc.people[0].invitation;
    let mut changes = invitation.changes.clone();
    changes.sort_by_key(|c| c.at);
    let statuses: Vec<Status> = changes.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [Status::Invited, Status::Confirmed]);
    assert_eq!(invitation.since(), Some(at + Duration::minutes(1)));
    // The status itself differs on both sides: a conflict, ours kept.
    assert_eq!(invitation.status, Status::Invited);
    assert!(!merged.conflicts.is_empty());
}
