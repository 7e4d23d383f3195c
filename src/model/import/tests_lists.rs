//! The columns the export writes beyond a registration form's (consent,
//! contact confidentiality, attendance) and lists of organisations.

use chrono::NaiveDate;

use super::*;
use crate::action::{Action, apply};
use crate::model::{Confidentiality, Document, Organisation, Person};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 9, d).unwrap()
}

fn plan_of(doc: &Document, list: &str) -> Plan {
    let table = read_list(list.as_bytes()).unwrap();
    plan_list(doc, &table, &table.mapping)
}

fn notes(plan: &Plan) -> Vec<(u64, String)> {
    plan.rows
        .iter()
        .flat_map(|r| r.notes.iter().map(|n| (r.line, n.describe())))
        .collect()
}

fn with(records: Vec<Action>) -> Document {
    let mut doc = Document::default();
    for action in records {
        apply(&mut doc, action);
    }
    doc
}

#[test]
fn consent_confidentiality_and_attendance_of_new_people() {
    let list = "Name,Email,Consent,Contact confidentiality,Attendance\n\
        Rania,rania@x.org,Yes,Public,2007-09-06; 2007-09-05\n\
        Karim,karim@x.org,non,Organisers only,\n\
        Nadia,nadia@x.org,,,\n\
        Omar,omar@x.org,maybe,Secret,2007-09-05; 6 Sept\n";
    let doc = Document::default();
    let plan = plan_of(&doc, list);
    assert_eq!(plan.counts.added, 4);
    let mut doc = doc;
    plan.apply_to(&mut doc);
    let person = |name: &str| doc.people.iter().find(|p| p.name == name).unwrap().clone();
    let rania = person("Rania");
    assert!(rania.consent);
    assert_eq!(rania.contact_confidentiality, Confidentiality::Public);
    assert_eq!(rania.attendance, [day(5), day(6)], "sorted");
    let karim = person("Karim");
    assert!(!karim.consent);
    assert_eq!(karim.contact_confidentiality, Confidentiality::Organisers);
    let nadia = person("Nadia");
    assert!(!nadia.consent, "unknown counts as no");
    assert_eq!(
        nadia.contact_confidentiality,
        Confidentiality::Organisers,
        "contact details stay with the organisers unless the list says otherwise"
    );
    let omar = person("Omar");
    assert_eq!(omar.attendance, [day(5)]);
    assert_eq!(
        notes(&plan),
        [
            (5, "Consent “maybe” is neither yes nor no: left out".to_owned()),
            (
                5,
                "Contact confidentiality “Secret” not recognised: left out".to_owned()
            ),
            (
                5,
                "“6 Sept” is not a day written YYYY-MM-DD: left out of the attendance".to_owned()
            ),
        ]
    );
}

#[test]
fn known_people_keep_their_values_and_gain_days() {
    let rania = Person {
        name: "Rania".to_owned(),
        email: "rania@x.org".to_owned(),
        consent: true,
        contact_confidentiality: Confidentiality::Public,
        attendance: vec![day(5)],
        ..Person::default()
    };
    let doc = with(vec![Action::UpsertPerson(rania.clone())]);
    let list = "Name,Email,Consent,Contact confidentiality,Attendance\n\
        Rania,rania@x.org,No,Organisers only,2007-09-06;2007-09-05\n";
    let plan = plan_of(&doc, list);
    assert_eq!(plan.counts.merged, 1);
    assert_eq!(
        notes(&plan),
        [
            (2, "Kept the consent “Yes”; the list gives “No”".to_owned()),
            (
                2,
                "Kept the contact confidentiality “Public”; the list gives “Organisers only”".to_owned()
            ),
        ]
    );
    let mut doc = doc;
    plan.apply_to(&mut doc);
    let merged = doc.people.first().unwrap();
    assert!(merged.consent);
    assert_eq!(merged.contact_confidentiality, Confidentiality::Public);
    assert_eq!(merged.attendance, [day(5), day(6)], "a union of days");
    // The same days again change nothing.
    let list = "Name,Email,Attendance\nRania,rania@x.org,2007-09-05\n";
    assert!(plan_of(&doc, list).actions.is_empty());
}

#[test]
fn a_list_of_organisations_into_an_empty_meeting() {
    let list = "Name,Arabic name,Acronym,Other names,Stakeholder type,Country,Focus areas,\
        Offers,Needs,Website,Contact,Contact confidentiality\n\
        Berytech,بيريتك,,Berytech SAL; BT,ICT incubator / technology park,LB,\
        Capacity building; ict infrastructure,Office space; Coaching,Funding,http://berytech.example,\
        info@berytech.example,Organisers only\n\
        \"Ministry of Telecommunications and Information Technology, Yemen\",,MTIT,,Government,YE,,,,,,\n\
        \"Ministry of Telecommunications and Information Technology, Palestine\",,MTIT,,Government,PS,\
        Unknown area,,,,,\n";
    let doc = Document::default();
    let plan = plan_of(&doc, list);
    assert_eq!(plan.counts.kind, ListKind::Organisations);
    assert_eq!(
        plan.counts.describe(),
        "3 rows read: 3 organisations added, 0 merged with organisations already known, 0 rejected"
    );
    assert_eq!(
        notes(&plan),
        [(4, "Focus area “Unknown area” not recognised: left out".to_owned())]
    );
    let mut doc = doc;
    plan.apply_to(&mut doc);
    assert!(doc.people.is_empty());
    let berytech = doc.organisations.iter().find(|o| o.name == "Berytech").unwrap();
    assert_eq!(
        **berytech,
        Organisation {
            name: "Berytech".to_owned(),
            name_ar: "بيريتك".to_owned(),
            aliases: vec!["Berytech SAL".to_owned(), "BT".to_owned()],
            stakeholder_type: "incubator".to_owned(),
            country: "LB".to_owned(),
            focus_areas: vec!["capacity".to_owned(), "infrastructure".to_owned()],
            offers: vec!["Office space".to_owned(), "Coaching".to_owned()],
            needs: vec!["Funding".to_owned()],
            website: "http://berytech.example".to_owned(),
            contact: "info@berytech.example".to_owned(),
            contact_confidentiality: Confidentiality::Organisers,
            id: berytech.id,
            modified: berytech.modified,
            acronym: String::new(),
            invitation: crate::model::invitations::Invitation::default(),
        }
    );
    assert_eq!(
        doc.organisations.iter().filter(|o| o.acronym == "MTIT").count(),
        2,
        "one acronym, two countries: two ministries"
    );
}

#[test]
fn known_organisations_are_found_filled_and_keep_their_values() {
    let aub = Organisation {
        name: "American University of Beirut".to_owned(),
        acronym: "AUB".to_owned(),
        country: "LB".to_owned(),
        offers: vec!["Research".to_owned()],
        ..Organisation::default()
    };
    let isdb = Organisation {
        name: "Islamic Development Bank".to_owned(),
        name_ar: "البنك الإسلامي للتنمية".to_owned(),
        aliases: vec!["Banque islamique de développement".to_owned()],
        ..Organisation::default()
    };
    let doc = with(vec![
        Action::UpsertOrganisation(aub.clone()),
        Action::UpsertOrganisation(isdb.clone()),
    ]);
    let list = "Organisation;Sigle;Nom en arabe;Pays;Type;Site web;Offres\n\
        AUB;;;Liban;Université;http://aub.example;\"Research; Training\"\n\
        Banque islamique de développement;IsDB;;Arabie saoudite;Banque;;\n\
        البنك الاسلامي للتنمية;;;;;;\n";
    let table = read_list(list.as_bytes()).unwrap();
    let mapping = guess_mapping_for(&table.headers, ListKind::Organisations);
    let plan = plan_organisations(&doc, &table, &mapping);
    assert_eq!(plan.counts.merged, 3, "{:?}", plan.rows);
    assert_eq!(
        notes(&plan),
        [(
            2,
            "Kept the offers “Research”; the list gives “Research; Training”".to_owned()
        )],
        "each row names its organisation by one of its names: no name is noted"
    );
    let mut doc = doc;
    plan.apply_to(&mut doc);
    let aub = doc.organisation(aub.id).unwrap();
    assert_eq!(
        (aub.stakeholder_type.as_str(), aub.website.as_str()),
        ("academia", "http://aub.example")
    );
    assert_eq!(aub.offers, ["Research"]);
    let isdb = doc.organisation(isdb.id).unwrap();
    assert_eq!(
        (
            isdb.acronym.as_str(),
            isdb.country.as_str(),
            isdb.stakeholder_type.as_str()
        ),
        ("IsDB", "SA", "financing")
    );
    assert_eq!(doc.organisations.len(), 2);
}
