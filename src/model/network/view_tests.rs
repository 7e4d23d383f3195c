//! The network view's filters and suggested introductions on small
//! documents checked by hand.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::*;
use crate::model::suggest::Reason;
use crate::model::{Organisation, PartnerRole, StageChange, Stamp};

fn org(name: &str, kind: &str, country: &str) -> Organisation {
    Organisation {
        name: name.into(),
        stakeholder_type: kind.into(),
        country: country.into(),
        ..Organisation::default()
    }
}

fn role(organisation: Id) -> PartnerRole {
    PartnerRole {
        organisation,
        ..PartnerRole::default()
    }
}

/// A partnership with no history, so it has always been as it is.
fn partnership(title: &str, stage: &str, area: &str, partners: &[&Organisation]) -> Partnership {
    Partnership {
        title: title.into(),
        stage: stage.into(),
        thrust_area: area.into(),
        partners: partners.iter().map(|o| role(o.id)).collect(),
        ..Partnership::default()
    }
}

fn doc_of(orgs: &[&Organisation], partnerships: Vec<Partnership>) -> Document {
    Document {
        organisations: orgs.iter().map(|&o| Arc::new(o.clone())).collect(),
        partnerships: partnerships.into_iter().map(Arc::new).collect(),
        ..Document::default()
    }
}

/// `hour` o'clock (UTC) on a day of September 2007.
fn at(day: u32, hour: u32) -> Stamp {
    DateTime::parse_from_rfc3339(&format!("2007-09-{day:02}T{hour:02}:00:00Z"))
        .unwrap()
        .with_timezone(&Utc)
}

fn titles(view: &View) -> Vec<&str> {
    view.partnerships
        .iter()
        .map(|c| c.partnership.title.as_str())
        .collect()
}

/// The links as pairs of names, in the registry's order.
fn links(view: &View, doc: &Document) -> Vec<(String, String)> {
    let name = |id: Id| doc.organisation(id).unwrap().name.clone();
    view.graph.links.iter().map(|l| (name(l.a), name(l.b))).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

/// A, B of Lebanon and C of Palestine; D of Jordan in no partnership.
/// "Solar" (agreed, energy) joins A, B and C; "Water" (idea, water) B and C.
fn small() -> (Document, [Organisation; 4]) {
    let a = org("A", "academia", "LB");
    let b = org("B", "private", "LB");
    let c = org("C", "academia", "PS");
    let d = org("D", "ngo", "JO");
    let solar = partnership("Solar", "agreed", "energy", &[&a, &b, &c]);
    let water = partnership("Water", "idea", "water", &[&b, &c]);
    (doc_of(&[&a, &b, &c, &d], vec![solar, water]), [a, b, c, d])
}

#[test]
fn without_filters_the_graph_is_that_of_every_partnership() {
    let (doc, _) = small();
    let found = view(&doc, &Filter::default());
    assert_eq!(
        found.graph,
        Graph::new(&doc, doc.partnerships.iter().map(|p| &**p))
    );
    assert_eq!(titles(&found), ["Solar", "Water"]);
    assert_eq!(found.shown, [true, true, true, true]);
    assert_eq!(found.shown_count(), 4);
    assert_eq!(found.graph.degree(1), 2);
    assert_eq!(
        found.graph.weighted_degree(1),
        3,
        "B shares Solar with A, both with C"
    );
}

#[test]
fn a_set_of_stages_chooses_partnerships() {
    let (doc, _) = small();
    let filter = Filter {
        stages: BTreeSet::from(["idea".to_owned()]),
        ..Filter::default()
    };
    let found = view(&doc, &filter);
    assert_eq!(titles(&found), ["Water"]);
    assert_eq!(links(&found, &doc), pairs(&[("B", "C")]));
    assert_eq!(found.graph.in_partnership, [false, true, true, false]);
    let both = Filter {
        stages: BTreeSet::from(["idea".to_owned(), "agreed".to_owned()]),
        ..Filter::default()
    };
    assert_eq!(titles(&view(&doc, &both)), ["Solar", "Water"]);
}

#[test]
fn a_thrust_area_chooses_partnerships() {
    let (doc, _) = small();
    let filter = Filter {
        thrust_area: Some("energy".to_owned()),
        ..Filter::default()
    };
    let found = view(&doc, &filter);
    assert_eq!(titles(&found), ["Solar"]);
    assert_eq!(links(&found, &doc), pairs(&[("A", "B"), ("A", "C"), ("B", "C")]));
    assert_eq!(found.graph.weighted_degree(1), 2, "Water is not counted");
}

#[test]
fn a_country_chooses_organisations_and_the_links_between_them() {
    let (doc, _) = small();
    let filter = Filter {
        country: Some("LB".to_owned()),
        ..Filter::default()
    };
    let found = view(&doc, &filter);
    assert_eq!(found.shown, [true, true, false, false]);
    assert_eq!(links(&found, &doc), pairs(&[("A", "B")]));
    assert_eq!(titles(&found), ["Solar", "Water"], "partnerships stay chosen");
    assert_eq!(found.partnerships_of(1).len(), 2);
}

#[test]
fn a_stakeholder_type_chooses_organisations() {
    let (doc, _) = small();
    let filter = Filter {
        stakeholder_type: Some("academia".to_owned()),
        ..Filter::default()
    };
    let found = view(&doc, &filter);
    assert_eq!(found.shown, [true, false, true, false]);
    assert_eq!(links(&found, &doc), pairs(&[("A", "C")]));
}

#[test]
fn a_round_table_chooses_the_partnerships_born_there() {
    let (a, b, c) = (org("A", "", ""), org("B", "", ""), org("C", "", ""));
    let table = Id::new();
    let mut born = partnership("Born there", "idea", "", &[&a, &b]);
    born.born_at = Some(table);
    let mut elsewhere = partnership("Born elsewhere", "idea", "", &[&b, &c]);
    elsewhere.born_at = Some(Id::new());
    let unknown = partnership("Unknown", "idea", "", &[&a, &c]);
    let doc = doc_of(&[&a, &b, &c], vec![born, elsewhere, unknown]);
    let filter = Filter {
        round_table: Some(table),
        ..Filter::default()
    };
    let found = view(&doc, &filter);
    assert_eq!(titles(&found), ["Born there"]);
    assert_eq!(links(&found, &doc), pairs(&[("A", "B")]));
}

/// "Solar" was an idea of A and B on day 1, formalised on day 2 when C
/// joined; "Late" between A and C began on day 2.
fn two_days() -> (Document, [Organisation; 3]) {
    let (a, b, c) = (org("A", "", ""), org("B", "", ""), org("C", "", ""));
    let mut solar = Partnership {
        title: "Solar".into(),
        stage: "agreed".into(),
        stage_history: vec![
            StageChange {
                stage: "idea".into(),
                at: at(1, 10),
            },
            StageChange {
                stage: "agreed".into(),
                at: at(2, 10),
            },
        ],
        ..Partnership::default()
    };
    solar.add_partner(role(a.id), at(1, 10));
    solar.add_partner(role(b.id), at(1, 10));
    solar.add_partner(role(c.id), at(2, 10));
    let mut late = Partnership {
        title: "Late".into(),
        stage: "idea".into(),
        stage_history: vec![StageChange {
            stage: "idea".into(),
            at: at(2, 11),
        }],
        ..Partnership::default()
    };
    late.add_partner(role(a.id), at(2, 11));
    late.add_partner(role(c.id), at(2, 11));
    (doc_of(&[&a, &b, &c], vec![solar, late]), [a, b, c])
}

#[test]
fn as_of_the_end_of_day_one_the_network_is_as_it_stood_then() {
    let (doc, [a, b, c]) = two_days();
    let then = Filter {
        as_of: Some(at(1, 18)),
        ..Filter::default()
    };
    let found = view(&doc, &then);
    assert_eq!(titles(&found), ["Solar"], "Late did not exist yet");
    assert_eq!(found.partnerships[0].stage, "idea");
    assert_eq!(found.partnerships[0].partners, [a.id, b.id]);
    assert_eq!(links(&found, &doc), pairs(&[("A", "B")]), "C had not joined");
    assert_eq!(found.graph.in_partnership, [true, true, false]);

    let now = view(&doc, &Filter::default());
    assert_eq!(titles(&now), ["Solar", "Late"]);
    assert_eq!(now.partnerships[0].partners, [a.id, b.id, c.id]);
    assert_eq!(links(&now, &doc), pairs(&[("A", "B"), ("A", "C"), ("B", "C")]));
}

#[test]
fn the_stage_filter_reads_the_stage_at_the_moment() {
    let (doc, _) = two_days();
    let agreed = |as_of| Filter {
        stages: BTreeSet::from(["agreed".to_owned()]),
        as_of,
        ..Filter::default()
    };
    assert!(view(&doc, &agreed(Some(at(1, 18)))).partnerships.is_empty());
    assert!(view(&doc, &agreed(Some(at(1, 18)))).graph.links.is_empty());
    assert_eq!(titles(&view(&doc, &agreed(Some(at(2, 18))))), ["Solar"]);
    assert_eq!(titles(&view(&doc, &agreed(None))), ["Solar"]);
    let ideas = Filter {
        stages: BTreeSet::from(["idea".to_owned()]),
        as_of: Some(at(1, 18)),
        ..Filter::default()
    };
    assert_eq!(titles(&view(&doc, &ideas)), ["Solar"]);
}

#[test]
fn hiding_the_isolated_hides_organisations_in_no_chosen_partnership() {
    let (doc, _) = small();
    let hide = Filter {
        hide_isolated: true,
        ..Filter::default()
    };
    assert_eq!(view(&doc, &hide).shown, [true, true, true, false]);
    let water_only = Filter {
        thrust_area: Some("water".to_owned()),
        hide_isolated: true,
        ..Filter::default()
    };
    let found = view(&doc, &water_only);
    assert_eq!(found.shown, [false, true, true, false]);
    assert_eq!(found.shown_count(), 2);
    // A is in Solar with B, who is of another country: A stays shown, unlinked.
    let lebanon_energy = Filter {
        thrust_area: Some("energy".to_owned()),
        country: Some("LB".to_owned()),
        stakeholder_type: Some("academia".to_owned()),
        hide_isolated: true,
        ..Filter::default()
    };
    let found = view(&doc, &lebanon_energy);
    assert_eq!(found.shown, [true, false, false, false]);
    assert!(found.graph.links.is_empty());
}

#[test]
fn partnerships_of_a_node_and_between_two() {
    let (doc, _) = small();
    let found = view(&doc, &Filter::default());
    let names = |cards: Vec<&crate::model::as_of::CardAsOf>| {
        cards
            .iter()
            .map(|c| c.partnership.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(found.partnerships_of(0)), ["Solar"]);
    assert_eq!(names(found.partnerships_of(2)), ["Solar", "Water"]);
    assert!(found.partnerships_of(3).is_empty());
    assert!(found.partnerships_of(99).is_empty());
    assert_eq!(names(found.partnerships_between(1, 2)), ["Solar", "Water"]);
    assert_eq!(names(found.partnerships_between(2, 0)), ["Solar"]);
    assert!(found.partnerships_between(0, 3).is_empty());
}

#[test]
fn the_generated_meeting_of_scale_ten_has_a_view() {
    let doc = crate::generate::meeting(10, 1);
    let started = std::time::Instant::now();
    let found = view(&doc, &Filter::default());
    println!("view of scale 10 in {:?}", started.elapsed());
    assert_eq!(found.graph.len(), doc.organisations.len());
    assert_eq!(found.partnerships.len(), doc.partnerships.len());
    assert_eq!(
        found.graph,
        Graph::new(&doc, doc.partnerships.iter().map(|p| &**p))
    );
}

/// Amal needs seed financing and offers Arabic computing research; Basma
/// offers seed financing; Dar needs Arabic computing research; Cedar only
/// shares a focus area with Amal; Emaar offers seed financing but already
/// works with Amal.
fn complementary() -> (Document, [Organisation; 5]) {
    let with = |name: &str, offers: &[&str], needs: &[&str], focus: &[&str]| Organisation {
        offers: offers.iter().map(|s| (*s).to_owned()).collect(),
        needs: needs.iter().map(|s| (*s).to_owned()).collect(),
        focus_areas: focus.iter().map(|s| (*s).to_owned()).collect(),
        ..org(name, "", "")
    };
    let amal = with(
        "Amal",
        &["Arabic computing research"],
        &["Seed financing"],
        &["capacity"],
    );
    let basma = with("Basma", &["Seed financing"], &[], &[]);
    let cedar = with("Cedar", &[], &[], &["capacity"]);
    let dar = with("Dar", &[], &["Arabic computing research"], &[]);
    let emaar = with("Emaar", &["Seed financing"], &[], &[]);
    let together = partnership("Together", "idea", "", &[&amal, &emaar]);
    let doc = doc_of(&[&dar, &emaar, &cedar, &basma, &amal], vec![together]);
    (doc, [amal, basma, cedar, dar, emaar])
}

#[test]
fn an_offer_meeting_a_need_is_an_introduction_with_its_reason() {
    let (doc, [amal, basma, cedar, dar, emaar]) = complementary();
    let all: Vec<Id> = doc.organisations.iter().map(|o| o.id).collect();
    let found = introductions(&doc, &all, 10);
    let expected = vec![
        Introduction {
            a: amal.id,
            b: basma.id,
            score: 20,
            reasons: vec![Reason::Offers {
                offer: "Seed financing".into(),
                need: "Seed financing".into(),
                needed_by: "Amal".into(),
            }],
        },
        Introduction {
            a: amal.id,
            b: dar.id,
            score: 20,
            reasons: vec![Reason::Needs {
                need: "Arabic computing research".into(),
                offer: "Arabic computing research".into(),
                offered_by: "Amal".into(),
            }],
        },
    ];
    assert_eq!(found, expected, "each pair once, ties by names");
    let involves = |id: Id| found.iter().any(|i| i.a == id || i.b == id);
    assert!(
        !involves(cedar.id),
        "a shared focus area alone is no introduction"
    );
    assert!(!involves(emaar.id), "Emaar and Amal are partners already");
}

#[test]
fn introductions_keep_to_the_organisations_considered_and_their_order_is_fixed() {
    let (doc, [amal, basma, _, dar, _]) = complementary();
    let all: Vec<Id> = doc.organisations.iter().map(|o| o.id).collect();
    let reversed: Vec<Id> = all.iter().rev().copied().collect();
    assert_eq!(introductions(&doc, &all, 10), introductions(&doc, &reversed, 10));
    let pair = |i: &Introduction| (i.a, i.b);
    let first = introductions(&doc, &all, 1);
    assert_eq!(first.iter().map(pair).collect::<Vec<_>>(), [(amal.id, basma.id)]);
    let some = introductions(&doc, &[dar.id, amal.id, basma.id, dar.id], 10);
    assert_eq!(
        some.iter().map(pair).collect::<Vec<_>>(),
        [(amal.id, basma.id), (amal.id, dar.id)]
    );
    let two = introductions(&doc, &[dar.id, amal.id], 10);
    assert_eq!(two.iter().map(pair).collect::<Vec<_>>(), [(amal.id, dar.id)]);
    assert!(introductions(&doc, &[basma.id, dar.id], 10).is_empty());
    assert!(introductions(&doc, &all, 0).is_empty());
}
