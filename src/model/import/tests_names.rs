//! A person's name in Arabic: the headers that hold it, and what importing
//! does with it when the person is new or already known.

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

fn notes(plan: &Plan) -> Vec<(u64, Note)> {
    plan.rows
        .iter()
        .flat_map(|r| r.notes.iter().map(|n| (r.line, n.clone())))
        .collect()
}

#[test]
fn headers_of_a_persons_arabic_name_in_three_languages() {
    for header in [
        "Arabic name",
        "Name (Arabic)",
        "الاسم بالعربية",
        "Nom en arabe",
        "Name AR",
    ] {
        let mapping = guess(&["Name", header, "Email"]);
        assert_eq!(
            mapping,
            [Some(Field::FullName), Some(Field::NameArabic), Some(Field::Email)],
            "{header}"
        );
        assert_eq!(list_kind(&mapping), ListKind::People, "{header}");
    }
    // The organisation's Arabic name is still the organisation's.
    assert_eq!(
        guess(&["Name", "Arabic name", "Organisation", "Organisation (Arabic)"]),
        [
            Some(Field::FullName),
            Some(Field::NameArabic),
            Some(Field::Organisation),
            Some(Field::OrganisationArabic)
        ]
    );
    // A list of people named in Arabic alone is still a list of people.
    let mapping = guess(&["Nom en arabe", "Organisation"]);
    assert_eq!(mapping, [Some(Field::NameArabic), Some(Field::Organisation)]);
    assert_eq!(list_kind(&mapping), ListKind::People);
    assert!(Field::ALL.contains(&Field::NameArabic));
    assert_eq!(Field::NameArabic.label(), "Name in Arabic");
}

#[test]
fn a_new_person_keeps_both_names_and_a_list_in_arabic_alone_names_them_in_arabic() {
    let doc = Document::default();
    let plan = import(
        &doc,
        "Name,Arabic name,Email\nRania Khoury,  رانيا   خوري ,rania@example.org\n",
    );
    let mut after = doc.clone();
    plan.apply_to(&mut after);
    let rania = after.people.first().unwrap();
    assert_eq!(
        (rania.name.as_str(), rania.name_ar.as_str()),
        ("Rania Khoury", "رانيا خوري")
    );

    let plan = import(&doc, "الاسم بالعربية,Email\nليلى حداد,layla@example.org\n");
    let mut after = doc;
    plan.apply_to(&mut after);
    let layla = after.people.first().unwrap();
    assert_eq!((layla.name.as_str(), layla.name_ar.as_str()), ("ليلى حداد", ""));
}

#[test]
fn a_merged_person_gets_an_empty_arabic_name_and_keeps_a_different_one() {
    let mut doc = Document::default();
    let rania = Person {
        name: "Rania Khoury".to_owned(),
        email: "rania@example.org".to_owned(),
        ..Person::default()
    };
    let karim = Person {
        name: "Karim Nasr".to_owned(),
        name_ar: "كريم نصر".to_owned(),
        email: "karim@example.org".to_owned(),
        ..Person::default()
    };
    let ziad = Person {
        name: "Ziad Haddad".to_owned(),
        name_ar: "زياد حداد".to_owned(),
        ..Person::default()
    };
    for person in [&rania, &karim, &ziad] {
        apply(&mut doc, Action::UpsertPerson(person.clone()));
    }
    let list = "Name,Name (Arabic),Email\n\
        Rania Khoury,رانيا خوري,rania@example.org\n\
        Karim Nasr,كريم ناصر,karim@example.org\n\
        Karim Nasr,كريم نصر,KARIM@example.org\n\
        زياد حداد,,ziad@example.org\n";
    let plan = import(&doc, list);
    assert_eq!(plan.counts.merged, 4, "{:?}", plan.rows);
    assert_eq!(
        notes(&plan),
        [(
            3,
            Note::Kept {
                field: Field::NameArabic,
                kept: "كريم نصر".to_owned(),
                given: "كريم ناصر".to_owned()
            }
        )],
        "the same Arabic name again, or a row named by it, says nothing"
    );
    assert!(
        plan.rows[1].notes[0]
            .describe()
            .starts_with("Kept the name in Arabic “كريم نصر”")
    );
    let mut after = doc;
    plan.apply_to(&mut after);
    assert_eq!(after.people.len(), 3, "no one added");
    assert_eq!(after.person(rania.id).unwrap().name_ar, "رانيا خوري", "filled");
    assert_eq!(after.person(karim.id).unwrap().name_ar, "كريم نصر", "kept");
    let ziad = after.person(ziad.id).unwrap();
    assert_eq!(
        (ziad.name.as_str(), ziad.email.as_str()),
        ("Ziad Haddad", "ziad@example.org"),
        "found by the Arabic name"
    );
}
