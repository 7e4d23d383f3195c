use chrono::NaiveDate;

use super::*;
use crate::model::invitations::{Invitation, Status, Weights};
use crate::model::{FundingSource, PartnerRole, Partnership, Person, Shared};

fn org(
    name: &str,
    kind: &str,
    country: &str,
    focus: &[&str],
    offers: &[&str],
    needs: &[&str],
) -> Organisation {
    let owned = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
    Organisation {
        name: name.to_owned(),
        stakeholder_type: kind.to_owned(),
        country: country.to_owned(),
        focus_areas: owned(focus),
        offers: owned(offers),
        needs: owned(needs),
        ..Organisation::default()
    }
}

fn with_status(org: Organisation, status: Status) -> Organisation {
    Organisation {
        invitation: Invitation {
            status,
            ..Invitation::default()
        },
        ..org
    }
}

fn confirmed(org: Organisation) -> Organisation {
    with_status(org, Status::Confirmed)
}

/// A meeting of `orgs` with no targets for the balance of the room, so
/// that each part is seen alone.
fn doc_of(orgs: &[&Organisation]) -> Document {
    Document {
        organisations: orgs.iter().map(|o| Shared::new((*o).clone())).collect(),
        invitations: crate::model::invitations::Settings {
            targets: Vec::new(),
            ..crate::model::invitations::Settings::default()
        },
        ..Document::default()
    }
}

fn ids(list: &[Candidate]) -> Vec<Id> {
    list.iter().map(|c| c.organisation).collect()
}

fn words(candidate: &Candidate) -> Vec<String> {
    candidate.reasons.iter().map(Why::describe).collect()
}

fn partnership(title: &str, stage: &str, lead: Option<Id>, partners: &[Id]) -> Shared<Partnership> {
    Shared::new(Partnership {
        title: title.to_owned(),
        stage: stage.to_owned(),
        lead,
        partners: partners
            .iter()
            .map(|&organisation| PartnerRole {
                organisation,
                ..PartnerRole::default()
            })
            .collect(),
        ..Partnership::default()
    })
}

#[test]
fn complementarity_counts_confirmed_organisations_and_names_the_first_by_name() {
    let berytech = confirmed(org(
        "Berytech",
        "incubator",
        "LB",
        &["capacity"],
        &["Mentoring"],
        &["Arabic content"],
    ));
    let aleph = confirmed(org(
        "aleph Media",
        "incubator",
        "LB",
        &["capacity"],
        &["Coaching"],
        &["Localisation"],
    ));
    let zed = confirmed(org(
        "Zed",
        "incubator",
        "LB",
        &["capacity"],
        &[],
        &["Translation", "Mentors"],
    ));
    let kalima = org(
        "Kalima",
        "incubator",
        "LB",
        &["capacity"],
        &["Arabic content", "Catering"],
        &["Mentors"],
    );
    let doc = doc_of(&[&berytech, &aleph, &zed, &kalima]);
    let list = shortlist(&doc);
    assert_eq!(ids(&list), [kalima.id]);
    let found = &list[0];
    // Needed by all three (Arabic is a synonym of localisation and
    // translation); offered by Berytech and Aleph (coaching is mentoring).
    assert_eq!(
        found.parts,
        Parts {
            complementarity: 10 * (3 + 2),
            ..Parts::default()
        }
    );
    assert_eq!(found.score(), 50);
    assert_eq!(
        words(found),
        [
            "offers Arabic content, which 3 confirmed organisations need, among them aleph Media",
            "needs mentors, which 2 confirmed organisations offer, among them aleph Media",
        ]
    );
    assert!(found.reasons.iter().all(|r| r.part() == Part::Complementarity));
}

#[test]
fn at_most_three_offers_are_told_the_most_needed_first() {
    let a = confirmed(org("A", "ngo", "LB", &[], &[], &["Grants", "Mentors", "Data"]));
    let b = confirmed(org(
        "B",
        "ngo",
        "LB",
        &[],
        &[],
        &["Grants", "Policy advice", "Internet"],
    ));
    let p = org(
        "P",
        "ngo",
        "LB",
        &[],
        &[
            "Coaching",
            "Statistics",
            "Broadband",
            "Seed funding",
            "Regulation",
        ],
        &[],
    );
    let doc = doc_of(&[&a, &b, &p]);
    let list = shortlist(&doc);
    let found = &list[0];
    assert_eq!(
        found.parts.complementarity,
        10 * 2,
        "two organisations, however many offers"
    );
    // Seed funding is needed by both; the others by one each, in the order written.
    assert_eq!(
        words(found)[..3],
        [
            "offers seed funding, which 2 confirmed organisations need, among them A",
            "offers coaching, which A needs",
            "offers statistics, which A needs",
        ]
    );
    assert_eq!(found.reasons.len(), 3 + 1, "and the financing it can commit");
}

#[test]
fn resources_count_financing_space_and_programmes_once_each() {
    let room = ["academia", "financing", "government", "private", "international"]
        .map(|kind| confirmed(org(&format!("Room {kind}"), kind, "LB", &["capacity"], &[], &[])));
    let fund_one = org(
        "Fund One",
        "financing",
        "LB",
        &["capacity"],
        &["Office space", "Loans"],
        &[],
    );
    let bank = org(
        "Beta Bank",
        "private",
        "LB",
        &["capacity"],
        &["Laboratories"],
        &[],
    );
    let ministry = org(
        "Ministry of ICT",
        "government",
        "LB",
        &["capacity"],
        &["Grants for start-ups", "National innovation scheme"],
        &[],
    );
    let agency = org(
        "Delta Agency",
        "international",
        "LB",
        &["capacity"],
        &["Training programme"],
        &[],
    );
    let firm = org(
        "Gamma",
        "private",
        "LB",
        &["capacity"],
        &["Catering", "Training programme"],
        &[],
    );
    let mut all: Vec<&Organisation> = room.iter().collect();
    all.extend([&fund_one, &bank, &ministry, &agency, &firm]);
    let mut doc = doc_of(&all);
    doc.funding_sources.push(Shared::new(FundingSource {
        name: "Beta Seed Fund".to_owned(),
        organisation: Some(bank.id),
        ..FundingSource::default()
    }));
    let list = shortlist(&doc);
    // Three at 40, by name; the agency's programme; a firm's programme does not count.
    assert_eq!(
        ids(&list),
        [bank.id, fund_one.id, ministry.id, agency.id, firm.id]
    );
    let scores: Vec<u32> = list.iter().map(Candidate::score).collect();
    assert_eq!(scores, [40, 40, 40, 20, 0]);
    assert!(list.iter().all(|c| c.parts.resources == c.score()));
    assert_eq!(
        words(&list[0]),
        [
            "can commit financing: it runs the fund Beta Seed Fund",
            "can offer space: it offers laboratories",
        ]
    );
    assert_eq!(
        words(&list[1]),
        [
            "can commit financing: it is a financing institution",
            "can offer space: it offers office space",
        ]
    );
    assert_eq!(
        words(&list[2]),
        [
            "can commit financing: it offers grants for start-ups",
            "runs a programme: it offers national innovation scheme",
        ]
    );
    assert_eq!(
        words(&list[3]),
        ["runs a programme: it offers training programme"]
    );
    assert!(list[4].reasons.is_empty());
}

#[test]
fn gaps_are_a_type_a_member_country_and_areas_no_confirmed_organisation_brings() {
    let room = confirmed(org("Room", "academia", "LB", &["capacity"], &[], &[]));
    let yemen = org(
        "Sanaa Hub",
        "incubator",
        "ye",
        &["capacity", "media", "media"],
        &[],
        &[],
    );
    let paris = org("Paris Lab", "academia", "FR", &["capacity"], &[], &[]);
    let beirut = org("Beirut Lab", "academia", "lb", &["capacity"], &[], &[]);
    let unknown = org("Nowhere", "", "", &[], &[], &[]);
    let doc = doc_of(&[&room, &yemen, &paris, &beirut, &unknown]);
    let list = shortlist(&doc);
    assert_eq!(ids(&list), [yemen.id, beirut.id, unknown.id, paris.id]);
    assert_eq!(list[0].parts.gaps, 15 * 3);
    assert_eq!(list[0].score(), 45);
    assert_eq!(
        words(&list[0]),
        [
            "would bring the first organisation of its type (ICT incubator / technology park)",
            "would bring the first participant from Yemen",
            "works on media, which no confirmed organisation covers",
        ]
    );
    assert!(
        list.iter().skip(1).all(|c| c.score() == 0),
        "France is no member country"
    );
}

#[test]
fn track_record_counts_the_steps_of_each_partnership_once() {
    let room = confirmed(org("Room", "ngo", "LB", &[], &[], &[]));
    let t = org("Tawasol", "ngo", "LB", &[], &[], &[]);
    let mut doc = doc_of(&[&room, &t]);
    doc.partnerships = vec![
        partnership("Arabic e-books", "idea", None, &[t.id]),
        partnership("Digital library", "implementing", Some(t.id), &[t.id, room.id]),
        partnership("Mystery", "unheard-of", None, &[t.id]),
        partnership("Formal one", "formalised", None, &[room.id, t.id]),
        partnership("Lead only", "exploring", Some(t.id), &[]),
        partnership("Not ours", "implementing", Some(room.id), &[room.id]),
    ];
    let list = shortlist(&doc);
    // idea 1, implementing 5, unknown 1, formalised 4, exploring 2.
    assert_eq!(list[0].parts.track_record, 5 * 13);
    assert_eq!(
        words(&list[0]),
        [
            "is in the partnership “Digital library”, at stage Implementing",
            "is in the partnership “Formal one”, at stage Formalised",
            "is in the partnership “Lead only”, at stage Exploring",
        ]
    );
    assert!(list[0].reasons.iter().all(|r| r.part() == Part::TrackRecord));
}

#[test]
fn every_part_together_with_the_organisers_weights() {
    let berytech = confirmed(org(
        "Berytech",
        "incubator",
        "LB",
        &["capacity"],
        &[],
        &["Grants"],
    ));
    let qatar = org(
        "Doha Capital",
        "financing",
        "QA",
        &["media"],
        &["Seed financing"],
        &[],
    );
    let mut doc = doc_of(&[&berytech, &qatar]);
    doc.invitations.weights = Weights {
        complementarity: 1,
        resources: 2,
        gaps: 3,
        track_record: 4,
    };
    doc.partnerships = vec![partnership(
        "Seed round",
        "agreed",
        None,
        &[qatar.id, berytech.id],
    )];
    let list = shortlist(&doc);
    let found = &list[0];
    assert_eq!(
        found.parts,
        Parts {
            complementarity: 1,
            resources: 2,
            gaps: 3 * 3,
            track_record: 4 * 3,
        }
    );
    assert_eq!(found.score(), 24);
    assert_eq!(
        Part::ALL.map(|p| found.parts.get(p)),
        [1, 2, 9, 12],
        "each part by name"
    );
    assert_eq!(
        words(found),
        [
            "offers seed financing, which Berytech needs",
            "can commit financing: it is a financing institution",
            "would bring the first organisation of its type (financing institution)",
            "would bring the first participant from Qatar",
            "works on media, which no confirmed organisation covers",
            "is in the partnership “Seed round”, at stage Agreed in principle",
        ]
    );
    let parts: Vec<Part> = found.reasons.iter().map(Why::part).collect();
    assert_eq!(
        parts,
        [
            Part::Complementarity,
            Part::Resources,
            Part::Gaps,
            Part::Gaps,
            Part::Gaps,
            Part::TrackRecord
        ]
    );
}

#[test]
fn only_prospects_are_listed_and_those_who_came_count_as_confirmed() {
    let came = org("Came", "ngo", "LB", &[], &[], &["Mentors"]);
    let said_yes = confirmed(org("Said yes", "ngo", "LB", &[], &[], &["Coaching"]));
    let said_no = with_status(
        org("Said no", "ngo", "LB", &[], &[], &["Mentoring"]),
        Status::Declined,
    );
    let asked = with_status(org("Asked", "ngo", "LB", &[], &[], &["Mentor"]), Status::Invited);
    let by_person = org("By person", "ngo", "LB", &[], &[], &["Coach"]);
    let p = org("Prospect", "ngo", "LB", &[], &["Mentoring"], &[]);
    let mut doc = doc_of(&[&came, &said_yes, &said_no, &asked, &by_person, &p]);
    doc.people = vec![
        Shared::new(Person {
            organisation: Some(came.id),
            attendance: vec![NaiveDate::from_ymd_opt(2007, 9, 5).unwrap_or_default()],
            ..Person::default()
        }),
        Shared::new(Person {
            organisation: Some(by_person.id),
            invitation: Invitation {
                status: Status::Confirmed,
                ..Invitation::default()
            },
            ..Person::default()
        }),
    ];
    let list = shortlist(&doc);
    assert_eq!(ids(&list), [p.id]);
    assert_eq!(list[0].parts.complementarity, 10 * 3);
    assert_eq!(
        words(&list[0]),
        ["offers mentoring, which 3 confirmed organisations need, among them By person"]
    );
}

#[test]
fn ties_are_broken_by_folded_name_then_id() {
    let mut twins = [
        org("Same", "", "", &[], &[], &[]),
        org("Same", "", "", &[], &[], &[]),
    ];
    twins.sort_by_key(|o| o.id);
    let accented = org("Ábaco", "", "", &[], &[], &[]);
    let lower = org("baco", "", "", &[], &[], &[]);
    let doc = doc_of(&[&twins[1], &lower, &twins[0], &accented]);
    let list = shortlist(&doc);
    assert_eq!(ids(&list), [accented.id, lower.id, twins[0].id, twins[1].id]);
    assert_eq!(shortlist(&doc), list, "the same every time");
    assert!(shortlist(&Document::default()).is_empty());
}

#[test]
fn parts_are_named() {
    let labels = Part::ALL.map(Part::label);
    assert_eq!(
        labels,
        ["Complementarity", "Resources", "Gaps filled", "Track record"]
    );
}

#[test]
fn a_target_of_the_room_not_met_is_a_gap_the_prospect_fills_told_once() {
    use crate::model::invitations::{Scope, Target};
    let room = confirmed(org("Room", "academia", "LB", &[], &[], &[]));
    let beirut = org("Beirut Incubator", "incubator", "LB", &[], &[], &[]);
    let sanaa = org("Sanaa Incubator", "incubator", "YE", &[], &[], &[]);
    let doha = org("Doha Soft", "private", "QA", &[], &[], &[]);
    let mut doc = doc_of(&[&room, &beirut, &sanaa, &doha]);
    doc.invitations.member_countries = vec!["LB".to_owned(), "YE".to_owned()];
    doc.invitations.targets = vec![
        Target {
            stakeholder_type: "incubator".to_owned(),
            scope: Scope::EachMemberCountry,
            at_least: 1,
        },
        Target {
            stakeholder_type: "private".to_owned(),
            scope: Scope::Group("gulf".to_owned()),
            at_least: 1,
        },
        Target {
            stakeholder_type: String::new(),
            scope: Scope::EachMemberCountry,
            at_least: 1,
        },
    ];
    let list = shortlist(&doc);
    assert_eq!(ids(&list), [sanaa.id, beirut.id, doha.id]);
    // Sanaa: the first incubator, the first from Yemen, and Yemen's incubator
    // target; Yemen's "any participant" target is the first from Yemen again.
    assert_eq!(
        words(&list[0]),
        [
            "would bring the first organisation of its type (ICT incubator / technology park)",
            "would bring the first participant from Yemen",
            "would help meet a target of the room: No ICT incubator / technology park participant from Yemen yet",
        ]
    );
    assert_eq!(list[0].parts.gaps, 15 * 3);
    assert_eq!(
        words(&list[1]),
        [
            "would bring the first organisation of its type (ICT incubator / technology park)",
            "would help meet a target of the room: No ICT incubator / technology park participant from Lebanon yet",
        ]
    );
    // Qatar is no member here, but it is in the Gulf.
    assert_eq!(
        words(&list[2]),
        [
            "would bring the first organisation of its type (private sector)",
            "would help meet a target of the room: No private sector participant from the Gulf yet",
        ]
    );
    assert_eq!(
        [list[1].score(), list[2].score()],
        [30, 30],
        "a tie, broken by name"
    );
}

#[test]
fn complementarity_counts_at_most_five_organisations_each_way_and_tells_them_all() {
    let needing: Vec<Organisation> = (1..=7)
        .map(|i| {
            confirmed(org(
                &format!("Needing {i}"),
                "ngo",
                "LB",
                &[],
                &[],
                &["Mentoring"],
            ))
        })
        .collect();
    let mentor = org("Mentor Hub", "incubator", "JO", &[], &["Mentoring"], &[]);
    let mut all: Vec<&Organisation> = needing.iter().collect();
    all.push(&mentor);
    let list = shortlist(&doc_of(&all));
    assert_eq!(list[0].parts.complementarity, 10 * 5);
    assert_eq!(
        words(&list[0])[0],
        "offers mentoring, which 7 confirmed organisations need, among them Needing 1"
    );
}

#[test]
fn a_dropped_partnership_is_no_track_record() {
    let room = confirmed(org("Room", "ngo", "LB", &[], &[], &[]));
    let t = org("Tawasol", "ngo", "LB", &[], &[], &[]);
    let mut doc = doc_of(&[&room, &t]);
    doc.partnerships = vec![partnership("Gone", "dropped", Some(t.id), &[room.id])];
    let list = shortlist(&doc);
    assert_eq!(list[0].parts.track_record, 0);
    assert!(list[0].reasons.is_empty());
}

#[test]
fn new_thrust_areas_count_twice_at_most_and_are_all_told() {
    let room = confirmed(org("Room", "academia", "LB", &["capacity"], &[], &[]));
    let wide = org(
        "Everywhere",
        "academia",
        "LB",
        &["media", "content", "security", "policies"],
        &[],
        &[],
    );
    let list = shortlist(&doc_of(&[&room, &wide]));
    assert_eq!(list[0].parts.gaps, 15 * 2);
    assert_eq!(list[0].reasons.len(), 4);
    assert_eq!(
        words(&list[0])[0],
        "works on media, which no confirmed organisation covers"
    );
}
