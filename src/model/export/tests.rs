use super::*;
use crate::model::Confidentiality;
use chrono::NaiveDate;
use std::sync::Arc;

fn document() -> Document {
    let mut doc = Document::new_meeting();
    let org = Organisation {
        name: "Berytech".to_owned(),
        name_ar: "بيريتك".to_owned(),
        stakeholder_type: "incubator".to_owned(),
        country: "LB".to_owned(),
        focus_areas: vec!["capacity".to_owned()],
        aliases: vec!["Berytech SAL".to_owned(), "BT".to_owned()],
        contact: "info@berytech.example".to_owned(),
        contact_confidentiality: Confidentiality::Organisers,
        ..Organisation::default()
    };
    doc.people = vec![
        Arc::new(Person {
            name: "رانيا حداد".to_owned(),
            organisation: Some(org.id),
            email: "rania@example.org".to_owned(),
            phone: "+961 1 000 000".to_owned(),
            consent: true,
            attendance: vec![
                NaiveDate::from_ymd_opt(2007, 9, 5).unwrap(),
                NaiveDate::from_ymd_opt(2007, 9, 6).unwrap(),
            ],
            ..Person::default()
        }),
        Arc::new(Person {
            name: "Karim".to_owned(),
            email: "karim@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            consent: true,
            ..Person::default()
        }),
        Arc::new(Person {
            name: "Nadia".to_owned(),
            email: "nadia@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Public,
            ..Person::default()
        }),
    ];
    doc.organisations = vec![Arc::new(org)];
    doc
}

fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes.strip_prefix(BOM).expect("a BOM")).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn people_for_the_organisers_carry_everything() {
    let (bytes, count) = csv(&document(), Table::People, Audience::Organisers).unwrap();
    assert_eq!(count, 3);
    let rows = rows(&bytes);
    assert_eq!(rows[0][0], "Name");
    assert_eq!(rows[0].len(), 13);
    assert_eq!(rows[0][11..], ["Title", "Arabic title"]);
    assert_eq!(
        rows[1],
        [
            "رانيا حداد",
            "",
            "Berytech",
            "",
            "rania@example.org",
            "+961 1 000 000",
            "LB",
            "ICT incubator / technology park",
            "Yes",
            "Organisers only",
            "2007-09-05; 2007-09-06",
            "",
            ""
        ]
    );
    assert_eq!(rows[3][0], "Nadia");
}

#[test]
fn people_for_the_public_leave_out_what_is_not_theirs() {
    let (bytes, count) = csv(&document(), Table::People, Audience::Public).unwrap();
    assert_eq!(count, 2);
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        !text.contains("rania@example.org") && !text.contains("+961"),
        "{text}"
    );
    assert!(!text.contains("Nadia"), "no consent: {text}");
    assert!(text.contains("رانيا حداد") && text.contains("karim@example.org"));
}

#[test]
fn organisations_use_labels_and_keep_arabic() {
    let doc = document();
    let (bytes, _) = csv(&doc, Table::Organisations, Audience::Organisers).unwrap();
    let rows = rows(&bytes);
    assert_eq!(rows[0].len(), 12);
    assert_eq!(rows[1][1], "بيريتك");
    assert_eq!(rows[1][3], "Berytech SAL; BT");
    assert_eq!(rows[1][6], "Capacity building");
    assert_eq!(rows[1][10], "info@berytech.example");
    assert_eq!(rows[1][11], "Organisers only");
    let (public, _) = csv(&doc, Table::Organisations, Audience::Public).unwrap();
    assert!(!String::from_utf8(public).unwrap().contains("info@berytech"));
}

#[test]
fn formulas_are_defused_and_phone_numbers_kept() {
    assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    assert_eq!(defused("+SUM(A1)"), "'+SUM(A1)");
    assert_eq!(defused("@cmd"), "'@cmd");
    assert_eq!(defused("+961 1 000 000"), "+961 1 000 000");
    assert_eq!(defused("-"), "-");
    assert_eq!(defused("Rania"), "Rania");
}
