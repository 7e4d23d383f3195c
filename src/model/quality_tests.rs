use std::sync::Arc;

use chrono::NaiveDate;

use super::*;
use crate::model::erase::erase;
use crate::model::{Deliverable, Milestone, PartnerRole, Person};

fn organisation(name: &str, stakeholder_type: &str, country: &str) -> Organisation {
    Organisation {
        name: name.to_owned(),
        stakeholder_type: stakeholder_type.to_owned(),
        country: country.to_owned(),
        ..Organisation::default()
    }
}

/// A meeting with one organisation of each stakeholder type, each in its own
/// country but the two public ones, and one person.
struct Meeting {
    doc: Document,
    government: Id,
    international: Id,
    private: Id,
    academia: Id,
    ngo: Id,
    incubator: Id,
    financing: Id,
    reporter: Id,
}

fn meeting() -> Meeting {
    let orgs = [
        organisation("Ministry of Telecommunications", "government", "LB"),
        organisation("ESCWA", "international", "LB"),
        organisation("Alcatel", "private", "FR"),
        organisation("American University of Beirut", "academia", "LB"),
        organisation("Shabaka", "ngo", "EG"),
        organisation("Berytech", "incubator", "LB"),
        organisation("Islamic Development Bank", "financing", "SA"),
    ];
    let ids: Vec<Id> = orgs.iter().map(|o| o.id).collect();
    let person = Person {
        name: "Rania Haddad".to_owned(),
        ..Person::default()
    };
    let reporter = person.id;
    let doc = Document {
        organisations: orgs.into_iter().map(Arc::new).collect(),
        people: vec![Arc::new(person)],
        ..Document::default()
    };
    Meeting {
        doc,
        government: ids[0],
        international: ids[1],
        private: ids[2],
        academia: ids[3],
        ngo: ids[4],
        incubator: ids[5],
        financing: ids[6],
        reporter,
    }
}

fn role(organisation: Id, role: &str) -> PartnerRole {
    PartnerRole {
        organisation,
        role: role.to_owned(),
        ..PartnerRole::default()
    }
}

fn partners(ids: &[Id]) -> Vec<PartnerRole> {
    ids.iter().map(|id| role(*id, "Brings expertise")).collect()
}

fn due(day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2007, 12, day)
}

/// A partnership that lacks nothing.
fn strong(m: &Meeting) -> Partnership {
    Partnership {
        title: "Regional e-learning network".to_owned(),
        partners: partners(&[m.government, m.private, m.academia, m.financing]),
        lead: Some(m.government),
        deliverables: vec![Deliverable {
            text: "200 teachers trained by June".to_owned(),
            ..Deliverable::default()
        }],
        resources_committed: vec!["Training rooms".to_owned()],
        milestones: vec![Milestone {
            title: "First course".to_owned(),
            due: due(1),
            ..Milestone::default()
        }],
        reporter: Some(m.reporter),
        ..Partnership::default()
    }
}

fn sentences_of_gaps(gaps: &[Gap]) -> Vec<String> {
    gaps.iter().map(|g| g.describe()).collect()
}

fn sentences_of_mix(warnings: &[MixWarning]) -> Vec<String> {
    warnings.iter().map(|w| w.describe()).collect()
}

#[test]
fn a_strong_partnership_with_a_good_mix_has_nothing_to_ask() {
    let m = meeting();
    let p = strong(&m);
    let judge = Judge::new(&m.doc);
    assert_eq!(judge.gaps(&p), []);
    assert!(judge.is_strong(&p));
    assert_eq!(judge.mix(&p), []);
    assert_eq!(gaps(&p, &m.doc), []);
    assert_eq!(mix(&p, &m.doc), []);
}

#[test]
fn an_empty_partnership_has_every_gap_in_checklist_order_and_no_mix_warning() {
    let m = meeting();
    let p = Partnership::default();
    let judge = Judge::new(&m.doc);
    assert_eq!(judge.gaps(&p), Gap::ALL);
    assert_eq!(
        sentences_of_gaps(&judge.gaps(&p)),
        [
            "Fewer than two partners have a role",
            "No measurable deliverable yet",
            "No resources committed yet",
            "No timeline: no milestone has a date",
            "No one is named to report progress",
        ]
    );
    let labels: Vec<String> = Gap::ALL.iter().map(|g| g.label()).collect();
    assert_eq!(
        labels,
        ["Roles", "Deliverables", "Resources", "Timeline", "Reporter"]
    );
    // A lead alone is no partner: still nothing to say about the mix.
    let led = Partnership {
        lead: Some(m.government),
        ..Partnership::default()
    };
    assert_eq!(judge.mix(&led), []);
}

#[test]
fn the_gaps_go_away_as_the_fields_are_filled() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let full = strong(&m);
    let mut p = Partnership {
        partners: full.partners.clone(),
        ..Partnership::default()
    };
    assert_eq!(judge.gaps(&p), Gap::ALL[1..]);
    p.deliverables.clone_from(&full.deliverables);
    assert_eq!(judge.gaps(&p), Gap::ALL[2..]);
    p.resources_committed.clone_from(&full.resources_committed);
    assert_eq!(judge.gaps(&p), Gap::ALL[3..]);
    p.milestones.clone_from(&full.milestones);
    assert_eq!(judge.gaps(&p), [Gap::Reporter]);
    p.reporter = full.reporter;
    assert_eq!(judge.gaps(&p), []);
}

#[test]
fn roles_need_two_different_partners_with_role_text() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = vec![role(m.government, "Hosts the pilot")];
    assert_eq!(judge.gaps(&p), [Gap::Roles]);
    p.partners.push(role(m.private, "  "));
    assert_eq!(judge.gaps(&p), [Gap::Roles], "a blank role is no role");
    p.partners.push(role(m.government, "Pays the trainers"));
    assert_eq!(judge.gaps(&p), [Gap::Roles], "two roles of one partner");
    p.partners.push(role(m.academia, "Writes the curriculum"));
    assert_eq!(judge.gaps(&p), []);
}

#[test]
fn blank_deliverables_and_resources_and_undated_milestones_do_not_count() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.deliverables = vec![Deliverable {
        text: " ".to_owned(),
        ..Deliverable::default()
    }];
    p.resources_committed = vec![String::new()];
    p.milestones = vec![Milestone {
        title: "Sign the MoU".to_owned(),
        due: None,
        ..Milestone::default()
    }];
    assert_eq!(
        sentences_of_gaps(&judge.gaps(&p)),
        [
            "No measurable deliverable yet",
            "No resources committed yet",
            "No timeline: no milestone has a date",
        ]
    );
    p.milestones.push(Milestone {
        title: "Launch".to_owned(),
        due: due(15),
        done: true,
        ..Milestone::default()
    });
    assert_eq!(judge.gaps(&p), [Gap::Deliverables, Gap::Resources]);
}

#[test]
fn the_reporter_must_be_a_person_in_the_registry() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.reporter = Some(Id::new());
    assert_eq!(
        sentences_of_gaps(&judge.gaps(&p)),
        ["No one is named to report progress"]
    );
    p.reporter = Some(m.government);
    assert_eq!(judge.gaps(&p), [Gap::Reporter], "an organisation is no person");
    p.reporter = Some(m.reporter);
    assert_eq!(judge.gaps(&p), []);
}

#[test]
fn an_erased_reporter_reads_erased_and_leaves_the_gap_open() {
    let mut m = meeting();
    let p = strong(&m);
    m.doc.partnerships.push(Arc::new(p.clone()));
    assert_eq!(crate::model::erase::reach(&m.doc, m.reporter).reports, 1);
    erase(&mut m.doc, m.reporter);
    assert_eq!(m.doc.person_name(p.reporter), "(erased)");
    let judge = Judge::new(&m.doc);
    assert_eq!(judge.gaps(&m.doc.partnerships[0]), [Gap::Reporter]);
}

#[test]
fn no_academic_partner_until_one_joins() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.private, m.financing]);
    assert_eq!(
        sentences_of_mix(&judge.mix(&p)),
        ["No academic or research partner"]
    );
    p.partners.push(role(m.academia, "Evaluates the pilot"));
    assert_eq!(judge.mix(&p), []);
}

#[test]
fn no_financier_until_one_joins_and_the_lead_counts() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.private, m.academia]);
    assert_eq!(
        sentences_of_mix(&judge.mix(&p)),
        ["No financier among the partners"]
    );
    p.lead = Some(m.financing);
    assert_eq!(judge.mix(&p), []);
}

#[test]
fn one_country_until_another_is_named_by_a_partner_or_the_partnership() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.academia, m.incubator]);
    p.lead = None;
    p.description = "Pilot in Beirut".to_owned();
    let lebanon_only = judge.mix(&p);
    assert!(lebanon_only.contains(&MixWarning::OneCountry));
    assert_eq!(
        MixWarning::OneCountry.describe(),
        "All partners are in one country"
    );
    p.countries = vec!["lb".to_owned()];
    assert!(
        judge.mix(&p).contains(&MixWarning::OneCountry),
        "the same country in lower case"
    );
    p.countries.push("JO".to_owned());
    assert!(!judge.mix(&p).contains(&MixWarning::OneCountry));
    p.countries.clear();
    p.partners.push(role(m.ngo, "Reaches women's groups"));
    assert!(!judge.mix(&p).contains(&MixWarning::OneCountry));
}

#[test]
fn no_country_known_says_nothing_about_countries() {
    let m = meeting();
    let mut doc = m.doc.clone();
    let a = organisation("A", "academia", "");
    let b = organisation("B", "financing", " ");
    let p = Partnership {
        partners: partners(&[a.id, b.id]),
        ..Partnership::default()
    };
    doc.organisations = vec![Arc::new(a), Arc::new(b)];
    assert!(!Judge::new(&doc).mix(&p).contains(&MixWarning::OneCountry));
}

#[test]
fn only_the_public_sector_until_someone_else_joins() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.international]);
    p.lead = Some(m.government);
    p.countries = vec!["JO".to_owned()];
    assert_eq!(
        sentences_of_mix(&judge.mix(&p)),
        [
            "No academic or research partner",
            "No financier among the partners",
            "Only the public sector takes part",
        ]
    );
    p.partners.push(role(m.ngo, "Trains the trainers"));
    assert_eq!(judge.mix(&p), [MixWarning::NoAcademia, MixWarning::NoFinancier]);
}

#[test]
fn an_organisation_not_in_the_registry_is_not_taken_for_public() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.international]);
    p.countries = vec!["JO".to_owned()];
    assert!(judge.mix(&p).contains(&MixWarning::PublicOnly));
    p.partners.push(role(Id::new(), "Unknown"));
    assert!(!judge.mix(&p).contains(&MixWarning::PublicOnly));
}

#[test]
fn an_incubator_partner_wants_a_private_partner() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.incubator, m.academia, m.financing]);
    p.countries = vec!["JO".to_owned()];
    assert_eq!(
        sentences_of_mix(&judge.mix(&p)),
        ["An incubator project with no private-sector partner"]
    );
    p.partners.push(role(m.private, "Mentors the start-ups"));
    assert_eq!(judge.mix(&p), []);
}

#[test]
fn a_project_that_speaks_of_incubation_wants_a_private_partner() {
    let mut m = meeting();
    m.doc.vocabularies.thrust_areas.push(crate::model::Term {
        key: "startups".to_owned(),
        label: "Start-up incubation".to_owned(),
    });
    let judge = Judge::new(&m.doc);
    let mut p = strong(&m);
    p.partners = partners(&[m.government, m.academia, m.financing]);
    p.countries = vec!["JO".to_owned()];
    assert_eq!(judge.mix(&p), []);
    let warned = [MixWarning::IncubatorWithoutPrivate];
    p.description = "Virtual INCUBATION for women entrepreneurs".to_owned();
    assert_eq!(judge.mix(&p), warned, "the description");
    p.description = "شبكة حاضنات الأعمال".to_owned();
    assert_eq!(judge.mix(&p), warned, "the description in Arabic");
    p.description.clear();
    p.thrust_area = "startups".to_owned();
    assert_eq!(judge.mix(&p), warned, "the thrust area's label");
    p.thrust_area = "incubation".to_owned();
    assert_eq!(judge.mix(&p), warned, "a thrust area not in the vocabulary");
    p.thrust_area.clear();
    p.title = "Regional incubator network".to_owned();
    assert_eq!(judge.mix(&p), warned, "the title");
    p.partners.push(role(m.private, "Hosts the start-ups"));
    assert_eq!(judge.mix(&p), []);
}

#[test]
fn one_judge_answers_for_every_card() {
    let m = meeting();
    let judge = Judge::new(&m.doc);
    let incubating = Partnership {
        description: "Incubation of start-ups".to_owned(),
        partners: partners(&[m.government, m.academia]),
        ..Partnership::default()
    };
    let plain = Partnership {
        partners: partners(&[m.private, m.academia]),
        ..Partnership::default()
    };
    for _ in 0..2 {
        assert!(
            judge
                .mix(&incubating)
                .contains(&MixWarning::IncubatorWithoutPrivate)
        );
        assert!(!judge.mix(&plain).contains(&MixWarning::IncubatorWithoutPrivate));
    }
    assert_eq!(
        judge.organisation(m.private).map(|o| o.name.as_str()),
        Some("Alcatel")
    );
    assert!(judge.organisation(Id::new()).is_none());
}

#[test]
fn every_warning_has_its_sentence() {
    let sentences = sentences_of_mix(&MixWarning::ALL);
    assert_eq!(
        sentences,
        [
            "No academic or research partner",
            "No financier among the partners",
            "All partners are in one country",
            "Only the public sector takes part",
            "An incubator project with no private-sector partner",
        ]
    );
}

#[test]
fn judging_one_partnership_alone_says_what_judging_the_whole_board_says() {
    let m = meeting();
    let strong = strong(&m);
    let public_only = Partnership {
        partners: partners(&[m.government, m.government]),
        lead: Some(m.incubator),
        ..Partnership::default()
    };
    let unknown_reporter = Partnership {
        reporter: Some(Id::new()),
        partners: partners(&[m.academia, Id::new()]),
        ..strong.clone()
    };
    let board = Judge::new(&m.doc);
    for p in [strong, public_only, unknown_reporter, Partnership::default()] {
        let alone = Judge::of_one(&m.doc, &p);
        assert_eq!(alone.gaps(&p), board.gaps(&p), "{p:?}");
        assert_eq!(alone.mix(&p), board.mix(&p), "{p:?}");
    }
}
