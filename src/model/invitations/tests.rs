use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::{Id, Organisation, Person};

fn at(day: u32) -> Stamp {
    Utc.with_ymd_and_hms(2007, 8, day, 9, 0, 0).unwrap()
}

fn person(org: Id, status: Status, came: bool) -> Person {
    Person {
        organisation: Some(org),
        invitation: Invitation {
            status,
            ..Invitation::default()
        },
        attendance: if came {
            vec![NaiveDate::from_ymd_opt(2007, 9, 5).unwrap()]
        } else {
            Vec::new()
        },
        ..Person::default()
    }
}

#[test]
fn each_change_of_status_is_dated_and_the_same_status_twice_is_no_change() {
    let invitation = Invitation::default();
    let invited = invitation.with_status(Status::Invited, at(1)).unwrap();
    let confirmed = invited.with_status(Status::Confirmed, at(10)).unwrap();
    assert_eq!(confirmed.status, Status::Confirmed);
    assert_eq!(
        confirmed.changes,
        vec![
            StatusChange {
                status: Status::Invited,
                at: at(1)
            },
            StatusChange {
                status: Status::Confirmed,
                at: at(10)
            },
        ]
    );
    assert_eq!(confirmed.since(), Some(at(10)));
    assert_eq!(confirmed.with_status(Status::Confirmed, at(11)), None);
    assert_eq!(Invitation::default().since(), None);
}

#[test]
fn someone_who_declined_and_came_anyway_attended() {
    let org = Id::new();
    assert_eq!(
        person_standing(&person(org, Status::Declined, true)),
        Standing::Attended
    );
    assert_eq!(
        person_standing(&person(org, Status::Declined, false)),
        Standing::Declined
    );
    assert_eq!(
        person_standing(&person(org, Status::Prospect, true)),
        Standing::Attended
    );
}

#[test]
fn an_organisation_stands_where_the_furthest_of_its_invitations_stands() {
    let mut doc = Document::default();
    let quiet = Organisation {
        invitation: Invitation {
            status: Status::Invited,
            ..Invitation::default()
        },
        ..Organisation::default()
    };
    let busy = Organisation::default();
    let lone = Organisation {
        invitation: Invitation {
            status: Status::Declined,
            ..Invitation::default()
        },
        ..Organisation::default()
    };
    doc.people = vec![
        person(busy.id, Status::Declined, false).into(),
        person(busy.id, Status::Confirmed, false).into(),
        person(quiet.id, Status::Prospect, false).into(),
    ];
    doc.organisations = vec![quiet.clone().into(), busy.clone().into(), lone.clone().into()];
    assert_eq!(
        organisation_standings(&doc),
        vec![Standing::Invited, Standing::Confirmed, Standing::Declined]
    );
    assert_eq!(organisation_standing(&doc, &busy), Standing::Confirmed);
    assert_eq!(organisation_standing(&doc, &lone), Standing::Declined);
    assert!(Standing::Confirmed.is_coming() && Standing::Attended.is_coming());
    assert!(!Standing::Invited.is_coming());
}

#[test]
fn a_record_never_invited_writes_no_invitation_to_the_file() {
    let text = ron::to_string(&Person::default()).unwrap();
    assert!(!text.contains("invitation"), "{text}");
    let invited = Person {
        invitation: Invitation::default().with_status(Status::Invited, at(1)).unwrap(),
        ..Person::default()
    };
    let text = ron::to_string(&invited).unwrap();
    let read: Person = ron::from_str(&text).unwrap();
    assert_eq!(read, invited);
}
