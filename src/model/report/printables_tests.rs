use std::collections::HashSet;
use std::path::Path;

use crate::i18n::Language;
use crate::model::audience::{Audience, for_audience};
use crate::model::report::{Block, Report, Table};
use crate::model::{Document, Organisation, Person};

use super::{Printable, build};

fn sample() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/beirut-2007.ron");
    crate::persistence::load(&path).unwrap().doc
}

fn tables(report: &Report) -> Vec<&Table> {
    report
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table(table) => Some(table),
            _ => None,
        })
        .collect()
}

#[test]
fn one_signature_sheet_per_meeting_day_with_everyone() {
    let doc = sample();
    let team = for_audience(&doc, Audience::Team);
    assert!(doc.meeting.days.len() >= 2);
    assert!(
        team.people.len() > for_audience(&doc, Audience::Public).people.len(),
        "the sample has people who did not agree to be named"
    );
    let report = build(&doc, Printable::SignatureSheets, Language::English);
    assert_eq!(report.sections.len(), doc.meeting.days.len());
    for (section, day) in report.sections.iter().zip(&doc.meeting.days) {
        assert!(section.page_break);
        assert_eq!(section.level, 1);
        assert!(
            section
                .heading
                .plain()
                .contains(&day.date.format("%Y-%m-%d").to_string())
        );
    }
    for table in tables(&report) {
        assert_eq!(table.rows.len(), team.people.len(), "everyone signs");
        assert_eq!(table.columns.len(), 4);
        assert!(
            table
                .rows
                .iter()
                .all(|row| row.get(3).is_some_and(crate::model::report::Line::is_empty))
        );
        let names: HashSet<String> = table.rows.iter().map(|r| r[1].plain()).collect();
        let people: HashSet<String> = doc.people.iter().map(|p| p.name.clone()).collect();
        assert_eq!(names, people);
    }
}

#[test]
fn a_name_card_for_each_registered_person() {
    let doc = sample();
    let team = for_audience(&doc, Audience::Team);
    let report = build(&doc, Printable::NameCards, Language::Arabic);
    let cards: Vec<_> = report
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Cards(cards) => Some(cards),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(cards.len(), doc.people.len(), "named in reports or not");
    assert!(
        cards.iter().filter(|c| !c.name_ar.is_empty()).count() >= 15,
        "the sample's Arabic names are on their cards"
    );
    for person in &team.people {
        let card = cards.iter().find(|c| c.name == person.name).unwrap();
        assert_eq!(card.name_ar, person.name_ar, "{}", person.name);
        if let Some(org) = person.organisation.and_then(|id| team.organisation(id)) {
            let expected = if org.name_ar.is_empty() {
                &org.name
            } else {
                &org.name_ar
            };
            assert_eq!(&card.organisation, expected);
            assert_eq!(card.country, org.country);
        }
    }
    assert_eq!(report.language, Language::Arabic);
    assert!(report.title.plain().contains(&doc.meeting.title_ar) || doc.meeting.title_ar.is_empty());
}

#[test]
fn a_card_shows_both_names_and_one_who_did_not_agree_to_be_named_gets_one() {
    let mut doc = Document::default();
    for (name, name_ar, consent) in [
        ("Rania Khoury", "رانيا خوري", false),
        ("Jean-Marc Perrin", "", true),
    ] {
        doc.people.push(
            Person {
                name: name.into(),
                name_ar: name_ar.into(),
                email: "someone@example.org".into(),
                consent,
                ..Person::default()
            }
            .into(),
        );
    }
    let report = build(&doc, Printable::NameCards, Language::English);
    let cards: Vec<_> = report
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Cards(cards) => Some(cards),
            _ => None,
        })
        .flatten()
        .map(|c| (c.name.as_str(), c.name_ar.as_str()))
        .collect();
    assert_eq!(cards, [("Jean-Marc Perrin", ""), ("Rania Khoury", "رانيا خوري")]);
    let html = crate::render::html(&report).unwrap();
    assert!(
        html.contains("Rania Khoury") && html.contains("رانيا خوري"),
        "{html}"
    );
    assert!(!html.contains("example.org"));
    let sheets = build(&doc, Printable::SignatureSheets, Language::English);
    assert!(sheets.sections.is_empty(), "no meeting days, no sheets");
    // The list handed out names only those who agreed.
    let participants = build(&doc, Printable::Participants, Language::English);
    let names: Vec<String> = tables(&participants)[0]
        .rows
        .iter()
        .map(|r| r[0].plain())
        .collect();
    assert_eq!(names, ["Jean-Marc Perrin"]);
}

#[test]
fn each_printable_is_for_its_audience() {
    assert_eq!(Printable::Programme.audience(), Audience::Public);
    assert_eq!(Printable::Participants.audience(), Audience::Public);
    assert_eq!(Printable::SignatureSheets.audience(), Audience::Team);
    assert_eq!(Printable::NameCards.audience(), Audience::Team);
}

#[test]
fn the_programme_lists_each_public_item_under_its_day() {
    let doc = sample();
    let public = for_audience(&doc, Audience::Public);
    let report = build(&doc, Printable::Programme, Language::English);
    let rows: usize = tables(&report).iter().map(|t| t.rows.len()).sum();
    assert_eq!(rows, public.agenda.len());
    let first = public
        .agenda
        .iter()
        .min_by_key(|i| (i.day, i.planned_start))
        .unwrap();
    let table = tables(&report)[0];
    assert!(
        table.rows[0][0]
            .plain()
            .starts_with(&first.planned_start.format("%H:%M").to_string())
    );
}

#[test]
fn participants_are_listed_by_country_then_organisation_without_contacts() {
    let mut doc = Document::default();
    let beirut = Organisation {
        name: "ESCWA".into(),
        country: "LB".into(),
        ..Organisation::default()
    };
    let cairo = Organisation {
        name: "مكتبة الإسكندرية".into(),
        country: "EG".into(),
        ..Organisation::default()
    };
    for (name, org) in [("Rami", &beirut), ("Hala", &cairo), ("Adel", &beirut)] {
        doc.people.push(
            Person {
                name: name.into(),
                organisation: Some(org.id),
                email: "someone@example.org".into(),
                consent: true,
                ..Person::default()
            }
            .into(),
        );
    }
    doc.organisations = vec![beirut.into(), cairo.into()];
    let report = build(&doc, Printable::Participants, Language::English);
    let table = tables(&report)[0];
    let names: Vec<String> = table.rows.iter().map(|r| r[0].plain()).collect();
    assert_eq!(names, ["Hala", "Adel", "Rami"]);
    assert_eq!(table.rows[0][1].plain(), "مكتبة الإسكندرية");
    let html = crate::render::html(&report).unwrap();
    assert!(!html.contains("example.org"));
}

#[test]
fn printables_have_distinct_keys() {
    let keys: HashSet<&str> = Printable::ALL.iter().map(|p| p.key()).collect();
    assert_eq!(keys.len(), 4);
    assert!(Printable::ALL.iter().all(|p| !p.label().is_empty()));
}
