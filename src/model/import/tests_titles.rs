//! A person's title ("Dr.", "الدكتورة"): the headers that hold it, told apart
//! from a job title, and what importing does with it when the person is new
//! or already known.

use super::*;
use crate::action::{Action, apply};
use crate::model::{Document, Person};

fn guess(headers: &[&str]) -> Vec<Option<Field>> {
    guess_mapping(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
}

fn import(doc: &Document, list: &str) -> Plan {
    let table = read_list(list.as_bytes()).unwrap();
    plan(doc, &table, &table.mapping)
}

#[test]
fn headers_of_a_title_in_three_languages() {
    assert_eq!(
        guess(&["Name", "Title", "Arabic title", "Job title", "Email"]),
        [
            Some(Field::FullName),
            Some(Field::Title),
            Some(Field::TitleArabic),
            Some(Field::Role),
            Some(Field::Email)
        ]
    );
    assert_eq!(
        guess(&["Salutation", "Full name", "Title (Arabic)", "Position"]),
        [
            Some(Field::Title),
            Some(Field::FullName),
            Some(Field::TitleArabic),
            Some(Field::Role)
        ]
    );
    // "Nom" beside "Prénom" is the family name; "Titre du poste" is a role.
    assert_eq!(
        guess(&["Civilité", "Prénom", "Nom", "Titre arabe", "Titre du poste"]),
        [
            Some(Field::Title),
            Some(Field::FirstName),
            Some(Field::LastName),
            Some(Field::TitleArabic),
            Some(Field::Role)
        ]
    );
    assert_eq!(
        guess(&["Nom", "Titre", "Fonction"]),
        [Some(Field::FullName), Some(Field::Title), Some(Field::Role)]
    );
    assert_eq!(
        guess(&[
            "الاسم",
            "صيغة المخاطبة",
            "صيغة المخاطبة بالعربية",
            "المسمى الوظيفي",
            "البريد الإلكتروني"
        ]),
        [
            Some(Field::FullName),
            Some(Field::Title),
            Some(Field::TitleArabic),
            Some(Field::Role),
            Some(Field::Email)
        ]
    );
    // The family name keeps its own Arabic headers.
    for family in ["اسم العائلة", "الكنية", "اللقب"] {
        assert_eq!(
            guess(&["الاسم الأول", family]),
            [Some(Field::FirstName), Some(Field::LastName)],
            "{family}"
        );
    }
}

#[test]
fn the_export_columns_of_a_title_are_recognised() {
    let mapping = guess(&[
        "Name",
        "Arabic name",
        "Email",
        "Attendance",
        "Title",
        "Arabic title",
    ]);
    assert_eq!(
        mapping,
        [
            Some(Field::FullName),
            Some(Field::NameArabic),
            Some(Field::Email),
            Some(Field::Attendance),
            Some(Field::Title),
            Some(Field::TitleArabic)
        ]
    );
    assert_eq!(list_kind(&mapping), ListKind::People);
}

#[test]
fn in_a_list_of_organisations_a_title_is_not_a_persons() {
    let mapping = guess(&["Name", "Title", "Website", "Focus areas"]);
    assert_eq!(
        mapping,
        [
            Some(Field::Organisation),
            None,
            Some(Field::Website),
            Some(Field::FocusAreas)
        ]
    );
    assert_eq!(list_kind(&mapping), ListKind::Organisations);
    let headers = ["Name".to_owned(), "Title".to_owned(), "Arabic title".to_owned()];
    assert_eq!(
        guess_mapping_for(&headers, ListKind::Organisations),
        [Some(Field::Organisation), None, None]
    );
}

#[test]
fn a_new_person_gets_both_titles() {
    let mut doc = Document::default();
    let plan = import(&doc, "Name,Title,Arabic title\nSamira Nasr,Dr.,الدكتورة\n");
    assert_eq!(plan.counts.added, 1, "{:?}", plan.rows);
    plan.apply_to(&mut doc);
    let samira = doc.people.first().unwrap();
    assert_eq!(
        (samira.title.as_str(), samira.title_ar.as_str()),
        ("Dr.", "الدكتورة")
    );
}

#[test]
fn a_merged_person_keeps_a_title_and_reports_the_other() {
    let mut doc = Document::default();
    let samira = Person {
        name: "Samira Nasr".to_owned(),
        email: "snasr@example.org".to_owned(),
        title: "Dr.".to_owned(),
        ..Person::default()
    };
    apply(&mut doc, Action::UpsertPerson(samira));
    // Row 2 gives another title and an Arabic one; row 3 the same title
    // written without its dot, which says nothing.
    let list = "Name,Email,Title,Arabic title\n\
        Samira Nasr,snasr@example.org,Prof.,الدكتورة\n\
        Samira Nasr,snasr@example.org,Dr,\n";
    let plan = import(&doc, list);
    assert_eq!(plan.counts.merged, 2, "{:?}", plan.rows);
    let notes: Vec<(u64, &Note)> = plan
        .rows
        .iter()
        .flat_map(|r| r.notes.iter().map(move |n| (r.line, n)))
        .collect();
    assert_eq!(
        notes,
        [(
            2,
            &Note::Kept {
                field: Field::Title,
                kept: "Dr.".to_owned(),
                given: "Prof.".to_owned()
            }
        )]
    );
    assert_eq!(
        notes[0].1.describe(),
        "Kept the title “Dr.”; the list gives “Prof.”"
    );
    plan.apply_to(&mut doc);
    let samira = doc.people.first().unwrap();
    assert_eq!(
        (samira.title.as_str(), samira.title_ar.as_str()),
        ("Dr.", "الدكتورة")
    );
}
