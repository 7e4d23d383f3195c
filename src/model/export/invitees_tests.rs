use chrono::{TimeZone, Utc};

use super::*;
use crate::i18n::Language;
use crate::model::invitations::letters::tests::{invitation, meeting, person};
use crate::model::invitations::{Status, StatusChange};
use crate::model::{Person, Shared};

fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(crate::model::export::BOM).unwrap();
    csv::Reader::from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_invitees_are_the_letters_with_what_a_mail_merge_needs() {
    let mut doc = meeting();
    doc.meeting.time_zone = "Asia/Beirut".to_owned();
    let rima = Person::clone(&doc.people[0]);
    let mut invited = rima.invitation.clone();
    // 22:30 in London is the next day in Beirut.
    invited.changes = vec![
        StatusChange {
            status: Status::Invited,
            at: Utc.with_ymd_and_hms(2007, 7, 1, 9, 0, 0).unwrap(),
        },
        StatusChange {
            status: Status::Prospect,
            at: Utc.with_ymd_and_hms(2007, 7, 2, 9, 0, 0).unwrap(),
        },
        StatusChange {
            status: Status::Invited,
            at: Utc.with_ymd_and_hms(2007, 7, 20, 22, 30, 0).unwrap(),
        },
    ];
    doc.people[0] = Shared::new(Person {
        email: "rima@example.org".to_owned(),
        role: "Executive Secretary".to_owned(),
        invitation: invited,
        ..rima
    });
    person(
        &mut doc,
        None,
        ("", "=HYPERLINK(\"http://x\")"),
        ("", ""),
        invitation(Status::Invited, Language::English, ""),
    );
    let (bytes, count) = invitees_csv(&doc).unwrap();
    assert!(bytes.starts_with(crate::model::export::BOM));
    assert_eq!(count, 4);
    let rows = rows(&bytes);
    assert_eq!(
        rows[0],
        vec![
            "Dr.",
            "Rima Khalaf",
            "",
            "",
            "Executive Secretary",
            "UNDP",
            "برنامج الأمم المتحدة الإنمائي",
            "rima@example.org",
            "English",
            "Nadia Hijab",
            "Invited",
            "2007-07-21"
        ]
    );
    assert_eq!(rows[1][2..4], ["الدكتور", "أحمد سعيد"]);
    assert_eq!(rows[1][8], "العربية");
    assert_eq!(rows[2][1], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[3][..2], ["", ""]);
    assert_eq!(rows[3][5], "Gulf Bank");
    let header = csv::Reader::from_reader(bytes.strip_prefix(crate::model::export::BOM).unwrap())
        .headers()
        .unwrap()
        .clone();
    assert_eq!(header.get(11), Some("Invited on"));
    assert_eq!(header.len(), 12);
}
