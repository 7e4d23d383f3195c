use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::model::invitations::{Invitation, Status};
use crate::model::{Id, MeetingDay, Organisation, Person, Shared};

pub(crate) fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 9, d).unwrap()
}

pub(crate) fn invitation(status: Status, language: Language, contact: &str) -> Invitation {
    Invitation {
        status,
        language,
        contact: contact.to_owned(),
        ..Invitation::default()
    }
}

fn organisation(doc: &mut Document, name: &str, name_ar: &str, status: Status) -> Id {
    let org = Organisation {
        name: name.to_owned(),
        name_ar: name_ar.to_owned(),
        invitation: invitation(status, Language::English, ""),
        ..Organisation::default()
    };
    let id = org.id;
    doc.organisations.push(Shared::new(org));
    id
}

pub(crate) fn person(
    doc: &mut Document,
    org: Option<Id>,
    (title, name): (&str, &str),
    (title_ar, name_ar): (&str, &str),
    invitation: Invitation,
) {
    doc.people.push(Shared::new(Person {
        title: title.to_owned(),
        name: name.to_owned(),
        title_ar: title_ar.to_owned(),
        name_ar: name_ar.to_owned(),
        organisation: org,
        invitation,
        ..Person::default()
    }));
}

/// Rima Khalaf (English) and Ahmad Said (Arabic) invited; the Gulf Bank
/// invited with nobody in it; the Arab Fund invited, but its delegate has
/// confirmed; a declined delegate.
pub(crate) fn meeting() -> Document {
    let mut doc = Document::default();
    doc.meeting.title = "Expert Group Meeting on ICT Partnerships".to_owned();
    doc.meeting.title_ar = "اجتماع فريق الخبراء حول الشراكات في تكنولوجيا المعلومات".to_owned();
    doc.meeting.organiser = "ESCWA".to_owned();
    doc.meeting.venue = "Beirut".to_owned();
    doc.meeting.days = [6, 4, 5]
        .map(|d| MeetingDay {
            date: day(d),
            starts: NaiveTime::MIN,
            ends: NaiveTime::MIN,
        })
        .to_vec();
    let undp = organisation(&mut doc, "UNDP", "برنامج الأمم المتحدة الإنمائي", Status::Prospect);
    let fund = organisation(&mut doc, "Arab Fund", "الصندوق العربي", Status::Invited);
    organisation(&mut doc, "Gulf Bank", "", Status::Invited);
    person(
        &mut doc,
        Some(undp),
        ("Dr.", "Rima Khalaf"),
        ("", ""),
        invitation(Status::Invited, Language::English, "Nadia Hijab"),
    );
    person(
        &mut doc,
        Some(fund),
        ("", "Omar Fund"),
        ("", ""),
        invitation(Status::Confirmed, Language::English, ""),
    );
    person(
        &mut doc,
        Some(undp),
        ("Dr.", "Ahmad Said"),
        ("الدكتور", "أحمد سعيد"),
        invitation(Status::Invited, Language::Arabic, ""),
    );
    person(
        &mut doc,
        None,
        ("", "Declined Person"),
        ("", ""),
        invitation(Status::Declined, Language::English, ""),
    );
    doc
}

fn paragraphs(doc: &Document) -> Vec<Vec<String>> {
    texts(doc, day(1))
        .unwrap()
        .into_iter()
        .map(|t| t.paragraphs)
        .collect()
}

#[test]
fn people_invited_then_organisations_invited_with_nobody_of_theirs_get_letters() {
    let doc = meeting();
    let names: Vec<(&str, &str)> = invitees(&doc)
        .iter()
        .map(|i| {
            (
                i.person.map_or("", |p| p.name.as_str()),
                i.organisation.map_or("", |o| o.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![("Rima Khalaf", "UNDP"), ("Ahmad Said", "UNDP"), ("", "Gulf Bank")]
    );
}

#[test]
fn no_letter_goes_to_someone_check_in_saw_nor_to_their_organisation() {
    let mut doc = meeting();
    let bank = doc.organisations[2].id;
    person(
        &mut doc,
        Some(bank),
        ("", "Came Anyway"),
        ("", ""),
        invitation(Status::Invited, Language::English, ""),
    );
    let came = std::sync::Arc::make_mut(doc.people.last_mut().unwrap());
    came.attendance = vec![day(4)];
    let names: Vec<&str> = invitees(&doc)
        .iter()
        .map(|i| i.person.map_or("(organisation)", |p| p.name.as_str()))
        .collect();
    assert_eq!(names, ["Rima Khalaf", "Ahmad Said"]);
}

#[test]
fn the_english_letter_names_the_invitee_the_meeting_and_its_dates() {
    let letters = paragraphs(&meeting());
    let rima = &letters[0];
    assert_eq!(rima[0], "Dear Dr. Rima Khalaf,");
    assert_eq!(
        rima[1],
        "On behalf of ESCWA, I have the honour to invite you to take part in the Expert Group \
         Meeting on ICT Partnerships, to be held in Beirut from 4 September 2007 to 6 September 2007."
    );
    assert!(rima[3].ends_with("please contact Nadia Hijab."), "{}", rima[3]);
    assert_eq!(rima.last().unwrap(), "ESCWA");
    let text = texts(&meeting(), day(1)).unwrap();
    assert_eq!(text[0].date, "1 September 2007");
    assert_eq!(text[0].slug, "rima-khalaf");
    assert_eq!(text[0].organiser, "ESCWA");
}

#[test]
fn a_letter_to_an_organisation_addresses_sir_or_madam_and_points_to_the_organisers() {
    let letters = paragraphs(&meeting());
    let bank = &letters[2];
    assert_eq!(bank[0], "Dear Sir or Madam,");
    assert_eq!(
        bank[4],
        "Please accept, Sir or Madam, the assurances of my highest consideration."
    );
    assert!(bank[3].ends_with("please contact ESCWA."), "{}", bank[3]);
}

#[test]
fn the_arabic_letter_uses_the_arabic_names_and_dates() {
    let text = texts(&meeting(), day(1)).unwrap();
    let ahmad = &text[1];
    assert_eq!(ahmad.language, Language::Arabic);
    assert_eq!(ahmad.paragraphs[0], "حضرة الدكتور أحمد سعيد المحترم/ة،");
    assert!(
        ahmad.paragraphs[2].contains("اجتماع فريق الخبراء حول الشراكات في تكنولوجيا المعلومات"),
        "{}",
        ahmad.paragraphs[2]
    );
    assert!(
        ahmad.paragraphs[2].contains("من 4 أيلول/سبتمبر 2007 إلى 6 أيلول/سبتمبر 2007"),
        "{}",
        ahmad.paragraphs[2]
    );
    assert_eq!(ahmad.slug, "ahmad-said");
}

#[test]
fn placeholders_are_filled_in_once_and_empty_ones_take_their_space_along() {
    let mut doc = meeting();
    doc.invitations.letter_english =
        "Dear {title} {name},\n\n{title} {name} of {organisation}\nline two".to_owned();
    doc.meeting.organiser = "{name}".to_owned();
    let mut fund = Organisation::clone(&doc.organisations[0]);
    fund.name = "{contact} & <Co>".to_owned();
    doc.organisations[0] = Shared::new(fund);
    let letters = paragraphs(&doc);
    assert_eq!(
        letters[0],
        vec![
            "Dear Dr. Rima Khalaf,",
            "Dr. Rima Khalaf of {contact} & <Co>\nline two"
        ]
    );
    assert_eq!(
        letters[2],
        vec!["Dear Sir or Madam,", "Sir or Madam of Gulf Bank\nline two"]
    );
}

#[test]
fn an_unknown_placeholder_is_named_with_its_line() {
    let error = check("Dear {name},\n\nWelcome to {meeting} in {venu}.").unwrap_err();
    assert_eq!(
        error,
        TemplateError::Unknown {
            name: "venu".to_owned(),
            line: 3
        }
    );
    assert_eq!(
        error.to_string(),
        "Line 3: {venu} is not a placeholder. The placeholders are {title}, {name}, \
         {organisation}, {meeting}, {dates}, {venue}, {organiser}, {contact}."
    );
}

#[test]
fn an_unclosed_brace_is_an_error_of_its_line() {
    assert_eq!(
        check("Dear {name,\nthanks"),
        Err(TemplateError::Unclosed { line: 1 })
    );
    assert_eq!(
        check("a\nb {name {title}"),
        Err(TemplateError::Unclosed { line: 2 })
    );
    assert_eq!(check("a\n\nc {"), Err(TemplateError::Unclosed { line: 3 }));
    assert_eq!(
        TemplateError::Unclosed { line: 2 }.to_string(),
        "Line 2: a brace is opened and not closed on the same line."
    );
    assert_eq!(check("a } b { name }"), Ok(()));
    assert_eq!(check(&default_template(Language::English)), Ok(()));
    assert_eq!(check(&default_template(Language::Arabic)), Ok(()));
}

#[test]
fn a_broken_template_stops_only_the_letters_that_need_it() {
    let mut doc = meeting();
    doc.invitations.letter_arabic = "حضرة {الاسم}".to_owned();
    let error = texts(&doc, day(1)).unwrap_err();
    assert_eq!(error.language, Language::Arabic);
    assert_eq!(
        error.to_string(),
        "The Arabic letter cannot be written. Line 1: {الاسم} is not a placeholder. The placeholders \
         are {title}, {name}, {organisation}, {meeting}, {dates}, {venue}, {organiser}, {contact}."
    );
    let ahmad = Person::clone(&doc.people[2]);
    doc.people[2] = Shared::new(Person {
        invitation: invitation(Status::Confirmed, Language::Arabic, ""),
        ..ahmad
    });
    assert_eq!(texts(&doc, day(1)).unwrap().len(), 2);
}

#[test]
fn names_become_ascii_slugs() {
    assert_eq!(slug("Rima Khalaf"), "rima-khalaf");
    assert_eq!(slug("  Dr. Jean-Luc  O'Neil "), "dr-jean-luc-o-neil");
    assert_eq!(slug("أحمد سعيد"), "");
    assert_eq!(slug(&"a".repeat(60)).len(), 40);
}
