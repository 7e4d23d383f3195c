//! Importing the messy lists of `tests/fixtures/import/` into meetings.

use super::*;
use crate::action::{Action, apply};
use crate::model::{Confidentiality, Document, Organisation, Person};

const MESSY: &[u8] = include_bytes!("../../../tests/fixtures/import/messy-comma-bom.csv");
const FRENCH: &[u8] = include_bytes!("../../../tests/fixtures/import/french-semicolon.csv");
const ARABIC: &[u8] = include_bytes!("../../../tests/fixtures/import/arabic-tab.csv");
const WINDOWS_1256: &[u8] = include_bytes!("../../../tests/fixtures/import/windows-1256.csv");

fn import(doc: &Document, bytes: &[u8]) -> Plan {
    let table = read_list(bytes).unwrap();
    plan(doc, &table, &table.mapping)
}

fn applied(mut doc: Document, plan: &Plan) -> Document {
    for action in plan.actions.clone() {
        apply(&mut doc, action);
    }
    doc
}

/// Each row as (line, what happened) in the words of the catalogue.
fn outcomes(plan: &Plan) -> Vec<(u64, String)> {
    plan.rows.iter().map(|r| (r.line, r.outcome.describe())).collect()
}

fn notes(plan: &Plan) -> Vec<(u64, Note)> {
    plan.rows
        .iter()
        .flat_map(|r| r.notes.iter().map(|n| (r.line, n.clone())))
        .collect()
}

fn person<'a>(doc: &'a Document, name: &str) -> &'a Person {
    doc.people.iter().find(|p| p.name == name).unwrap()
}

fn org<'a>(doc: &'a Document, name: &str) -> &'a Organisation {
    doc.organisations.iter().find(|o| o.name == name).unwrap()
}

#[test]
fn a_messy_list_into_an_empty_meeting() {
    let doc = Document::default();
    let table = read_list(MESSY).unwrap();
    assert_eq!((table.encoding.as_str(), table.separator), ("UTF-8", ','));
    assert_eq!(table.headers.first().map(String::as_str), Some("Full name"));
    let plan = plan(&doc, &table, &table.mapping);
    let text = |s: &str| s.to_owned();
    assert_eq!(
        outcomes(&plan),
        [
            (2, text("Rami Khalil: added")),
            (4, text("Haddad, Nour: added")),
            (5, text("Rejected: “sara@example” is not a valid email address")),
            (6, text("Rejected: no name")),
            (7, text("Omar Farouk: added")),
            (10, text("Rejected: 3 columns where the header has 7")),
            (
                11,
                text(
                    "Rejected: 9 columns where the header has 7 (a separator inside a value without quotes?)"
                )
            ),
            (
                12,
                text("Rami Khalil: merged with Rami Khalil, from line 2 of the list")
            ),
            (13, text("Maya Saleh: added")),
            (14, text("Jad Nassar: added")),
        ]
    );
    assert_eq!(
        notes(&plan),
        [
            (
                12,
                Note::Kept {
                    field: Field::Role,
                    kept: text("Director"),
                    given: text("CEO")
                }
            ),
            (
                13,
                Note::Kept {
                    field: Field::Country,
                    kept: text("LB"),
                    given: text("US")
                }
            ),
            (14, Note::UnknownCountry(text("Atlantis"))),
            (14, Note::UnknownStakeholderType(text("Whatever"))),
        ]
    );
    assert_eq!(
        plan.counts,
        Counts {
            kind: ListKind::People,
            rows: 10,
            added: 5,
            merged: 1,
            rejected: 4,
            organisations_added: 3,
            with_notes: 3
        }
    );
}

#[test]
fn a_messy_list_makes_these_records() {
    let doc = Document::default();
    let plan = import(&doc, MESSY);
    let mut at_once = doc.clone();
    plan.apply_to(&mut at_once);
    let doc = applied(doc, &plan);
    assert_eq!(at_once, doc, "applying the plan at once is applying its actions");
    assert_eq!(doc.people.len(), 5);
    assert_eq!(doc.organisations.len(), 3);
    let berytech = org(&doc, "Berytech");
    assert_eq!(
        (berytech.country.as_str(), berytech.stakeholder_type.as_str()),
        ("LB", "incubator")
    );
    let aub = org(&doc, "American University of Beirut");
    assert_eq!((aub.acronym.as_str(), aub.country.as_str()), ("AUB", "LB"));
    assert_eq!(aub.stakeholder_type, "academia");
    let kisr = org(&doc, "Kuwait Institute for Scientific Research");
    assert_eq!(
        (kisr.country.as_str(), kisr.stakeholder_type.as_str()),
        ("SA", "academia")
    );
    let nour = person(&doc, "Haddad, Nour");
    assert_eq!(nour.role, "Professor, \"Computer Science\"");
    assert_eq!(nour.organisation, Some(aub.id));
    assert_eq!(person(&doc, "Omar Farouk").role, "Senior\nresearcher");
    assert_eq!(
        person(&doc, "Maya Saleh").organisation,
        Some(aub.id),
        "found by acronym"
    );
    let rami = person(&doc, "Rami Khalil");
    assert_eq!(
        rami.role, "Director",
        "a differing value is kept, not overwritten"
    );
    assert_eq!(rami.organisation, Some(berytech.id));
    assert!(
        doc.people
            .iter()
            .all(|p| p.contact_confidentiality == Confidentiality::Organisers && !p.consent)
    );
}

#[test]
fn namesakes_with_different_emails_are_two_people() {
    let list = "Name,Email,Organisation\n\
        Omar Haddad,omar.haddad@aub.edu.lb,AUB\n\
        Omar Haddad,o.haddad@aub.edu.lb,AUB\n\
        Omar Haddad,,AUB\n";
    let plan = import(&Document::new_meeting(), list.as_bytes());
    assert_eq!(
        outcomes(&plan),
        [
            (2, "Omar Haddad: added".to_owned()),
            (3, "Omar Haddad: added".to_owned()),
            (
                4,
                "Omar Haddad: merged with Omar Haddad, from line 2 of the list".to_owned()
            ),
        ]
    );
}

#[test]
fn importing_again_or_applying_twice_adds_no_one() {
    let first = import(&Document::default(), MESSY);
    let once = applied(Document::default(), &first);
    let twice = applied(once.clone(), &first);
    assert_eq!(twice.people.len(), once.people.len());
    assert_eq!(twice.organisations.len(), once.organisations.len());

    let again = import(&once, MESSY);
    assert_eq!((again.counts.added, again.counts.merged), (0, 6));
    assert_eq!(again.counts.organisations_added, 0);
    assert!(again.actions.is_empty(), "nothing changes: {:?}", again.actions);
    let after = applied(once.clone(), &again);
    assert_eq!(after, once);
}

#[test]
fn french_headers_semicolons_and_first_names() {
    let table = read_list(FRENCH).unwrap();
    assert_eq!(table.separator, ';');
    assert_eq!(table.mapping[0], Some(Field::FirstName));
    assert_eq!(table.mapping[1], Some(Field::LastName));
    let plan = plan(&Document::default(), &table, &table.mapping);
    assert_eq!(
        outcomes(&plan),
        [
            (2, "Élise Dubois: added".to_owned()),
            (3, "Karim Benali: added".to_owned()),
            (
                4,
                "Élise DUBOIS: merged with Élise Dubois, from line 2 of the list".to_owned()
            ),
        ]
    );
    let doc = applied(Document::default(), &plan);
    let oif = org(&doc, "Organisation internationale de la Francophonie");
    assert_eq!(
        (oif.country.as_str(), oif.stakeholder_type.as_str()),
        ("FR", "international")
    );
    let ministry = org(&doc, "Ministère de la Poste; des TIC");
    assert_eq!(
        (ministry.country.as_str(), ministry.stakeholder_type.as_str()),
        ("DZ", "government")
    );
}

#[test]
fn arabic_headers_and_tabs() {
    let table = read_list(ARABIC).unwrap();
    assert_eq!(table.separator, '\t');
    let plan = plan(&Document::default(), &table, &table.mapping);
    assert_eq!(plan.counts.added, 2);
    let doc = applied(Document::default(), &plan);
    let jordan = org(&doc, "المركز الوطني لتكنولوجيا المعلومات");
    assert_eq!(
        (jordan.country.as_str(), jordan.stakeholder_type.as_str()),
        ("JO", "government")
    );
    let cairo = org(&doc, "جامعة القاهرة");
    assert_eq!(
        (cairo.country.as_str(), cairo.stakeholder_type.as_str()),
        ("EG", "academia")
    );
    assert_eq!(person(&doc, "أحمد الخطيب").email, "ahmad@example.jo");
}

#[test]
fn the_legacy_arabic_encoding() {
    let text = "Name,Email,Organisation,Organisation (Arabic),Country\r\n\
        خالد منصور,khaled@example.sy,Syrian Computer Society,الجمعية العلمية السورية للمعلوماتية,سوريا\r\n\
        ليلى حداد,layla@example.lb,Berytech,بيريتك,لبنان\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    assert_eq!(&*bytes, WINDOWS_1256, "the fixture is this text in Windows-1256");
    let table = read_list(WINDOWS_1256).unwrap();
    assert_eq!(table.encoding, "windows-1256");
    assert_eq!(table.mapping[3], Some(Field::OrganisationArabic));
    let doc = applied(
        Document::default(),
        &plan(&Document::default(), &table, &table.mapping),
    );
    assert_eq!(person(&doc, "خالد منصور").email, "khaled@example.sy");
    let scs = org(&doc, "Syrian Computer Society");
    assert_eq!(scs.name_ar, "الجمعية العلمية السورية للمعلوماتية");
    assert_eq!(scs.country, "SY");
    assert_eq!(org(&doc, "Berytech").country, "LB");
}

#[test]
fn existing_records_are_found_by_alias_arabic_name_email_and_name() {
    let mut doc = Document::default();
    let berytech = Organisation {
        name: "Berytech".to_owned(),
        aliases: vec!["Berytech Technology Pole".to_owned()],
        country: "LB".to_owned(),
        ..Organisation::default()
    };
    let isdb = Organisation {
        name: "Islamic Development Bank".to_owned(),
        name_ar: "البنك الإسلامي للتنمية".to_owned(),
        acronym: "IsDB".to_owned(),
        ..Organisation::default()
    };
    let rana = Person {
        name: "Rana Haddad".to_owned(),
        email: "rana@berytech.org".to_owned(),
        organisation: Some(berytech.id),
        ..Person::default()
    };
    let samir = Person {
        name: "Samir Aoun".to_owned(),
        organisation: Some(isdb.id),
        phone: "+961 1 234 567".to_owned(),
        ..Person::default()
    };
    for action in [
        Action::UpsertOrganisation(berytech.clone()),
        Action::UpsertOrganisation(isdb.clone()),
        Action::UpsertPerson(rana.clone()),
        Action::UpsertPerson(samir.clone()),
    ] {
        apply(&mut doc, action);
    }
    let list = "Name;Email;Organisation;Phone;Country\n\
        R. Haddad;RANA@Berytech.org;Berytech Technology Pole;+961 3 000 000;Liban\n\
        samir aoun;samir@isdb.org;البنك الاسلامي للتنمية;9611234567;\n\
        Nadia Karam;;ISDB;;Saudi Arabia\n";
    let plan = import(&doc, list.as_bytes());
    assert_eq!(
        outcomes(&plan),
        [
            (
                2,
                "R. Haddad: merged with Rana Haddad, already in the meeting".to_owned()
            ),
            (
                3,
                "samir aoun: merged with Samir Aoun, already in the meeting".to_owned()
            ),
            (4, "Nadia Karam: added".to_owned()),
        ]
    );
    assert_eq!(
        notes(&plan),
        [(
            2,
            Note::Kept {
                field: Field::FullName,
                kept: "Rana Haddad".to_owned(),
                given: "R. Haddad".to_owned()
            }
        )]
    );
    let mut at_once = doc.clone();
    plan.apply_to(&mut at_once);
    let after = applied(doc, &plan);
    assert_eq!(
        at_once, after,
        "applying the plan at once is applying its actions"
    );
    assert_eq!(after.organisations.len(), 2, "no organisation added");
    assert_eq!(after.people.len(), 3);
    let rana = after.person(rana.id).unwrap();
    assert_eq!(
        (rana.email.as_str(), rana.phone.as_str()),
        ("rana@berytech.org", "+961 3 000 000")
    );
    let samir = after.person(samir.id).unwrap();
    assert_eq!(samir.email, "samir@isdb.org", "an empty field is filled");
    assert_eq!(samir.phone, "+961 1 234 567", "the same number written otherwise");
    assert_eq!(person(&after, "Nadia Karam").organisation, Some(isdb.id));
    assert_eq!(after.organisation(isdb.id).unwrap().country, "SA");
}

#[test]
fn many_rows_are_matched_by_index() {
    use std::fmt::Write as _;
    let mut list = String::from("Name,Email,Organisation,Country\n");
    for i in 0..20_000 {
        let _ = writeln!(list, "Person {i},p{i}@example.org,Organisation {},LB", i % 500);
    }
    let table = read_list(list.as_bytes()).unwrap();
    let plan = plan(&Document::default(), &table, &table.mapping);
    assert_eq!(
        (plan.counts.added, plan.counts.organisations_added),
        (20_000, 500)
    );
    assert_eq!(plan.actions.len(), 20_500);
}

#[test]
fn rows_of_hostile_input_never_stop_the_rest() {
    let list = "Name,Email\n\"unterminated,a@b.c\nBob,bob@x.org\n";
    let table = read_list(list.as_bytes());
    // An open quote swallows the rest of the file as one cell: the row is read, not a panic.
    let table = table.unwrap();
    let plan = plan(&Document::default(), &table, &table.mapping);
    assert_eq!(plan.rows.len(), table.rows.len());
    let bad = "Name,Email\n\u{0}\u{1}\u{2}";
    assert_eq!(read_list(bad.as_bytes()), Err(ImportError::NotText));
}

#[test]
fn empty_columns_after_the_last_header_are_not_columns() {
    let table = read_list(b"Name,Email,,\nAna,a@x.org\nBo,b@x.org,,\n").unwrap();
    assert_eq!(table.headers, ["Name", "Email"]);
    let plan = plan(&Document::default(), &table, &table.mapping);
    assert_eq!(plan.counts.added, 2);
}

#[test]
fn every_field_has_a_label() {
    let labels: Vec<String> = Field::ALL.iter().map(|f| f.label()).collect();
    assert_eq!(labels.first().map(String::as_str), Some("Full name"));
    assert!(labels.iter().all(|l| !l.is_empty()));
}

proptest::proptest! {
    #[test]
    fn any_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
        if let Ok(table) = read_list(&bytes) {
            let plan = plan(&Document::default(), &table, &table.mapping);
            proptest::prop_assert_eq!(plan.rows.len(), table.rows.len());
        }
    }

    #[test]
    fn any_text_rows_are_each_classified(text in "[a-zA-Z@.,;\"\n é\u{627}-\u{64a}]{0,300}") {
        let list = format!("Name,Email,Organisation,Country,Type\n{text}");
        let table = read_list(list.as_bytes()).unwrap();
        let plan = plan(&Document::default(), &table, &table.mapping);
        proptest::prop_assert_eq!(plan.rows.len(), table.rows.len());
        let counts = plan.counts;
        proptest::prop_assert_eq!(counts.added + counts.merged + counts.rejected, counts.rows);
        let mut doc = Document::default();
        plan.apply_to(&mut doc);
        proptest::prop_assert_eq!(doc.people.len(), counts.added);
        let again = super::plan(&doc, &table, &table.mapping);
        proptest::prop_assert_eq!(again.counts.added, 0);
    }
}
