use chrono::NaiveDate;

use super::*;
use crate::model::invitations::{CountryGroup, Invitation, Settings, Status};
use crate::model::{Id, Person, Shared};

fn org(doc: &mut Document, kind: &str, country: &str, status: Status) -> Id {
    let org = Organisation {
        stakeholder_type: kind.to_owned(),
        country: country.to_owned(),
        invitation: Invitation {
            status,
            ..Invitation::default()
        },
        ..Organisation::default()
    };
    let id = org.id;
    doc.organisations.push(Shared::new(org));
    id
}

fn target(kind: &str, scope: Scope, at_least: u32) -> Target {
    Target {
        stakeholder_type: kind.to_owned(),
        scope,
        at_least,
    }
}

fn settings(members: &[&str], targets: Vec<Target>) -> Settings {
    Settings {
        targets,
        member_countries: members.iter().map(|c| (*c).to_owned()).collect(),
        country_groups: vec![CountryGroup {
            key: "gulf".to_owned(),
            label: "the Gulf".to_owned(),
            countries: vec!["AE".to_owned(), "SA".to_owned()],
        }],
        ..Settings::default()
    }
}

/// Five organisations coming out of eight: two incubators from Lebanon (one
/// confirmed, one whose delegate came though only invited), financing from
/// Jordan and France, an NGO with no country; a declined incubator, a
/// declined Gulf company and an invited government stay out.
fn meeting() -> Document {
    let mut doc = Document::default();
    org(&mut doc, "incubator", "LB", Status::Confirmed);
    let came = org(&mut doc, "incubator", "lb", Status::Invited);
    doc.people.push(Shared::new(Person {
        organisation: Some(came),
        attendance: vec![NaiveDate::from_ymd_opt(2007, 9, 5).unwrap()],
        ..Person::default()
    }));
    org(&mut doc, "incubator", "LB", Status::Declined);
    org(&mut doc, "financing", "JO", Status::Confirmed);
    org(&mut doc, "financing", "FR", Status::Confirmed);
    org(&mut doc, "private", "AE", Status::Declined);
    org(&mut doc, "government", "YE", Status::Invited);
    org(&mut doc, "ngo", "", Status::Confirmed);
    doc.invitations = settings(
        &["LB", "YE", "JO"],
        vec![
            target("", Scope::EachMemberCountry, 1),
            target("incubator", Scope::Country("LB".to_owned()), 3),
            target("financing", Scope::Country("JO".to_owned()), 2),
            target("private", Scope::Group("gulf".to_owned()), 1),
            target("financing", Scope::Meeting, 3),
            target("financing", Scope::Meeting, 1),
            target("academia", Scope::Meeting, 2),
        ],
    );
    doc
}

fn counts(counts: &[Count]) -> Vec<(&str, &str, usize)> {
    counts
        .iter()
        .map(|c| (c.key.as_str(), c.label.as_str(), c.count))
        .collect()
}

#[test]
fn organisations_coming_are_counted_by_type_in_the_vocabulary_order() {
    let balance = balance(&meeting());
    assert_eq!(balance.confirmed, 5);
    assert_eq!(
        counts(&balance.by_type),
        vec![
            ("government", "Government / public sector", 0),
            ("private", "Private sector", 0),
            ("academia", "Academia and research", 0),
            ("ngo", "NGO / civil society", 1),
            ("international", "International or regional organisation", 0),
            ("incubator", "ICT incubator / technology park", 2),
            ("financing", "Financing institution", 2),
        ]
    );
}

#[test]
fn members_come_first_with_zeros_then_other_countries_then_none() {
    let balance = balance(&meeting());
    assert_eq!(
        counts(&balance.by_country),
        vec![
            ("LB", "Lebanon", 2),
            ("YE", "Yemen", 0),
            ("JO", "Jordan", 1),
            ("FR", "France", 1),
            ("", "Not stated", 1),
        ]
    );
}

#[test]
fn each_unmet_target_is_one_sentence_in_the_order_of_the_targets() {
    let balance = balance(&meeting());
    let sentences: Vec<String> = balance.gaps.iter().map(Gap::describe).collect();
    assert_eq!(
        sentences,
        vec![
            "No participant from Yemen yet",
            "2 ICT incubator / technology park participants from Lebanon, 3 wanted",
            "1 financing institution participant from Jordan, 2 wanted",
            "No private sector participant from the Gulf yet",
            "2 financing institution participants, 3 wanted",
            "No academia and research participant yet, 2 wanted",
        ]
    );
    let targets: Vec<usize> = balance.gaps.iter().map(|g| g.target).collect();
    assert_eq!(targets, vec![0, 1, 2, 3, 4, 6]);
    let Some(first) = balance.gaps.first() else {
        panic!("no gaps")
    };
    assert_eq!(
        first.place,
        Place::Country {
            code: "YE".to_owned(),
            name: "Yemen".to_owned()
        }
    );
}

#[test]
fn a_target_for_each_member_country_is_checked_in_the_members_order() {
    let mut doc = Document::default();
    org(&mut doc, "incubator", "LB", Status::Confirmed);
    doc.invitations = settings(
        &["YE", "LB", "OM"],
        vec![
            target("incubator", Scope::EachMemberCountry, 1),
            target("", Scope::Meeting, 2),
        ],
    );
    let sentences: Vec<String> = balance(&doc).gaps.iter().map(Gap::describe).collect();
    assert_eq!(
        sentences,
        vec![
            "No ICT incubator / technology park participant from Yemen yet",
            "No ICT incubator / technology park participant from Oman yet",
            "1 participant, 2 wanted",
        ]
    );
}

#[test]
fn an_empty_room_misses_everyone_in_arabic_too() {
    let doc = Document {
        invitations: settings(&["LB"], vec![target("", Scope::EachMemberCountry, 1)]),
        ..Document::default()
    };
    let gap = crate::i18n::in_language(crate::i18n::Language::Arabic, || {
        balance(&doc).gaps.iter().map(Gap::describe).collect::<Vec<_>>()
    });
    assert_eq!(gap, vec!["لا يوجد بعد أي مشارك من لبنان"]);
}
