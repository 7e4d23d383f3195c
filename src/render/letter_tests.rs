use std::collections::HashSet;

use super::*;
use crate::i18n::Language;
use crate::model::invitations::Status;
use crate::model::invitations::letters::tests::{day, invitation, meeting, person};

#[test]
fn each_letter_is_a_page_in_its_language_and_direction() {
    let letters = letters_on(&meeting(), day(1)).unwrap();
    let names: Vec<&str> = letters.iter().map(|l| l.file_name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "invitation-01-rima-khalaf.html",
            "invitation-02-ahmad-said.html",
            "invitation-03-gulf-bank.html"
        ]
    );
    let english = &letters[0].html;
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(english.contains("<p>Dear Dr. Rima Khalaf,</p>"));
    assert!(english.contains(r#"<p class="date">1 September 2007</p>"#));
    assert!(english.contains("size: A4"));
    let arabic = &letters[1].html;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(arabic.contains("<p>حضرة الدكتور أحمد سعيد المحترم/ة،</p>"));
    assert!(arabic.contains("1 أيلول/سبتمبر 2007"));
}

#[test]
fn what_people_wrote_is_escaped() {
    let mut doc = meeting();
    person(
        &mut doc,
        None,
        ("", "<script>alert(1)</script> & co"),
        ("", ""),
        invitation(Status::Invited, Language::English, ""),
    );
    doc.meeting.organiser = "\"ESCWA\" <b>".to_owned();
    let letters = letters_on(&doc, day(1)).unwrap();
    let html = &letters[2].html;
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; co,"));
    assert!(html.contains("&quot;ESCWA&quot; &lt;b&gt;"));
    assert_eq!(
        letters[2].file_name,
        "invitation-03-script-alert-1-script-co.html"
    );
}

#[test]
fn file_names_are_unique_and_a_name_in_arabic_alone_is_numbered() {
    let mut doc = meeting();
    for _ in 0..10 {
        person(
            &mut doc,
            None,
            ("Dr.", "Rima Khalaf"),
            ("", ""),
            invitation(Status::Invited, Language::English, ""),
        );
    }
    person(
        &mut doc,
        None,
        ("", "سعاد"),
        ("", ""),
        invitation(Status::Invited, Language::Arabic, ""),
    );
    let letters = letters_on(&doc, day(1)).unwrap();
    let names: HashSet<&str> = letters.iter().map(|l| l.file_name.as_str()).collect();
    assert_eq!(letters.len(), 14);
    assert_eq!(names.len(), 14);
    assert!(names.contains("invitation-12-rima-khalaf.html"));
    assert!(names.contains("invitation-13.html"));
    assert!(names.iter().all(|n| n.is_ascii()));
}
