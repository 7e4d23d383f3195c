use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::Language;
use crate::model::audience::{Audience, Confidentiality};
use crate::model::report::{Block, Options, Report};
use crate::model::{
    ActionStatus, Document, FinancingLead, Milestone, Money, Organisation, PartnerRole, Partnership, Person,
    Record, RecordKind,
};

use super::{build, file_name};

fn org(name: &str, acronym: &str) -> Organisation {
    Organisation {
        name: name.into(),
        acronym: acronym.into(),
        ..Organisation::default()
    }
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2007, 9, 6)
        .unwrap()
        .and_hms_opt(17, 0, 0)
        .unwrap()
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 10, day).unwrap()
}

/// A meeting where ESCWA and a fund share one public partnership and the
/// fund alone is in a confidential one.
fn meeting() -> (Document, Organisation, Organisation) {
    let escwa = org("ESCWA", "");
    let fund = org("صندوق تنمية المعرفة", "KDF");
    let mut doc = Document::default();
    let person = Person {
        name: "Nibal Idlebi".into(),
        organisation: Some(escwa.id),
        consent: true,
        ..Person::default()
    };
    let public = Partnership {
        title: "Telecentres | phase 2".into(),
        partners: vec![
            PartnerRole {
                organisation: escwa.id,
                role: "Training".into(),
                ..PartnerRole::default()
            },
            PartnerRole {
                organisation: fund.id,
                role: "Funding".into(),
                ..PartnerRole::default()
            },
        ],
        lead: Some(escwa.id),
        next_step: "Draft the memorandum".into(),
        resources_committed: vec!["Two trainers".into()],
        milestones: vec![
            Milestone {
                title: "Pilot in Tripoli".into(),
                due: Some(date(20)),
                ..Milestone::default()
            },
            Milestone {
                title: "Already done".into(),
                due: Some(date(1)),
                done: true,
                ..Milestone::default()
            },
        ],
        ..Partnership::default()
    };
    let secret = Partnership {
        title: "Closed talks".into(),
        partners: vec![PartnerRole {
            organisation: fund.id,
            role: "Funding".into(),
            ..PartnerRole::default()
        }],
        confidentiality: Confidentiality::Organisers,
        ..Partnership::default()
    };
    doc.leads.push(
        FinancingLead {
            partnership: public.id,
            amount: Some(Money {
                amount: 250_000,
                currency: "USD".into(),
            }),
            next_step: "Send the proposal".into(),
            confidentiality: Confidentiality::Public,
            ..FinancingLead::default()
        }
        .into(),
    );
    doc.records.push(
        Record {
            text: "Share the curriculum".into(),
            kind: RecordKind::Action {
                owner: Some(person.id),
                due: Some(date(10)),
                status: ActionStatus::Open,
            },
            ..Record::default()
        }
        .into(),
    );
    doc.people.push(person.into());
    doc.partnerships = vec![public.into(), secret.into()];
    doc.organisations = vec![escwa.clone().into(), fund.clone().into()];
    (doc, escwa, fund)
}

fn anchors(report: &Report) -> Vec<&str> {
    report.sections.iter().map(|s| s.anchor.as_str()).collect()
}

fn all_text(report: &Report) -> String {
    crate::render::markdown(report)
}

#[test]
fn a_pack_holds_what_the_organisation_agreed_to() {
    let (doc, escwa, _) = meeting();
    let report = build(&doc, escwa.id, &Options::new(now()));
    assert_eq!(
        anchors(&report),
        ["partnerships", "commitments", "actions", "financing", "deadlines"]
    );
    let text = all_text(&report);
    assert!(text.contains("Follow-up for ESCWA"));
    assert!(text.contains(r"Telecentres \| phase 2"));
    assert!(text.contains("Lead; Training"));
    assert!(text.contains("Two trainers"));
    assert!(text.contains("Share the curriculum"));
    assert!(text.contains("250,000 USD"));
    assert!(text.contains("Pilot in Tripoli"));
    assert!(!text.contains("Already done"));
}

#[test]
fn a_pack_for_the_public_leaves_out_what_is_confidential() {
    let (doc, _, fund) = meeting();
    let public = build(&doc, fund.id, &Options::new(now()));
    assert!(!all_text(&public).contains("Closed talks"));
    assert!(!anchors(&public).contains(&"actions"));
    let mut options = Options::new(now());
    options.audience = Audience::Organisers;
    options.language = Language::Arabic;
    let organisers = build(&doc, fund.id, &options);
    assert!(all_text(&organisers).contains("Closed talks"));
    assert!(organisers.title.plain().contains("صندوق تنمية المعرفة"));
    assert!(organisers.title.plain().starts_with("متابعة"));
    let partnerships = organisers
        .sections
        .iter()
        .find(|s| s.anchor == "partnerships")
        .unwrap();
    let Some(Block::Table(table)) = partnerships.blocks.first() else {
        panic!("no table")
    };
    assert_eq!(table.rows.len(), 2);
}

#[test]
fn file_names_are_safe_and_unique() {
    let mut taken = HashSet::new();
    let names = [
        file_name(&org("صندوق تنمية المعرفة", ""), &mut taken),
        file_name(&org("صندوق تنمية المعرفة", ""), &mut taken),
        file_name(&org("Ministry of ICT / Lebanon", ""), &mut taken),
        file_name(&org("../../etc/passwd", ""), &mut taken),
        file_name(&org("a\\b:c*d?\"e<f>g|h", ""), &mut taken),
        file_name(&org("///", "UN-ESCWA"), &mut taken),
        file_name(&org("", ""), &mut taken),
        file_name(&org("CON", ""), &mut taken),
        file_name(&org("escwa", ""), &mut taken),
        file_name(&org("ESCWA", ""), &mut taken),
    ];
    assert_eq!(names[0], "صندوق-تنمية-المعرفة");
    assert_eq!(names[1], "صندوق-تنمية-المعرفة-2");
    assert_eq!(names[2], "Ministry-of-ICT-Lebanon");
    assert_eq!(names[3], "etc-passwd");
    assert_eq!(names[4], "a-b-c-d-e-f-g-h");
    assert_eq!(names[5], "UN-ESCWA");
    assert_eq!(names[6], "organisation-7");
    assert_eq!(names[7], "CON-organisation");
    assert_eq!(names[9], "ESCWA-2");
    let unique: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
    assert_eq!(unique.len(), names.len());
    for name in &names {
        assert!(!name.is_empty());
        assert!(
            !name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '.', ' ']),
            "{name}"
        );
    }
}
