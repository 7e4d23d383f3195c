use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::bidi::has_rtl;
use crate::i18n::Language;
use crate::model::audience::{Audience, Confidentiality};
use crate::model::recommendations::{self, recommended};
use crate::model::report::{Block, Form, Line, Options, Report, Section, build};
use crate::model::{Document, Record, RecordKind};

fn sample() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/beirut-2007.ron");
    crate::persistence::load(&path).unwrap().doc
}

fn decision(doc: &Document, text: &str, outcome: &str, confidentiality: Confidentiality) -> Record {
    Record {
        text: text.to_owned(),
        kind: RecordKind::Decision {
            outcome: outcome.to_owned(),
        },
        agenda_item: doc.agenda.get(3).map(|item| item.id),
        confidentiality,
        ..Record::default()
    }
}

/// The sample with two public decisions and one for the organisers, all recommended.
fn with_recommendations() -> (Document, Record) {
    let mut doc = sample();
    let secret = decision(
        &doc,
        "Ask the Kuwait Fund privately to co-finance the incubator network.",
        "",
        Confidentiality::Organisers,
    );
    let decisions = [
        decision(
            &doc,
            "Set up a regional network of ICT incubators under the RPoA.",
            "Adopted by consensus.",
            Confidentiality::Public,
        ),
        secret.clone(),
        decision(
            &doc,
            "Publish the background paper on ICT financing in Arabic.",
            "",
            Confidentiality::Public,
        ),
    ];
    for record in decisions {
        let id = record.id;
        doc.records.push(Arc::new(record));
        doc.meeting = recommendations::mark(&doc, id).unwrap();
    }
    (doc, secret)
}

fn official(doc: &Document, audience: Audience, language: Language) -> Report {
    let now = NaiveDate::from_ymd_opt(2007, 10, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    build(
        doc,
        &Options {
            form: Form::Official,
            audience,
            language,
            ..Options::new(now)
        },
    )
}

fn section<'r>(report: &'r Report, anchor: &str) -> &'r Section {
    report
        .sections
        .iter()
        .find(|s| s.anchor == anchor)
        .unwrap_or_else(|| panic!("no section {anchor}"))
}

/// The sections from `anchor` up to the next of level 1.
fn part<'r>(report: &'r Report, anchor: &str) -> Vec<&'r Section> {
    let start = report.sections.iter().position(|s| s.anchor == anchor).unwrap();
    let mut sections = vec![&report.sections[start]];
    sections.extend(report.sections[start + 1..].iter().take_while(|s| s.level > 1));
    sections
}

fn cells(sections: &[&Section]) -> Vec<String> {
    let mut out = Vec::new();
    for section in sections {
        for block in &section.blocks {
            if let Block::Table(table) = block {
                out.extend(table.rows.iter().flatten().map(Line::plain));
            }
        }
    }
    out
}

fn numbered(section: &Section) -> Vec<String> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Numbered(lines) => Some(lines.iter().map(Line::plain).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn the_heading_block_has_symbol_distribution_date_and_language() {
    let doc = sample();
    let report = official(&doc, Audience::Public, Language::English);
    let values: Vec<String> = report.heading.iter().map(|f| f.value.plain()).collect();
    assert!(values.contains(&doc.meeting.document_symbol), "{values:?}");
    assert!(values.contains(&doc.meeting.distribution));
    assert!(values.contains(&doc.meeting.original_language));
    // The date of the report is the last day of the meeting.
    assert!(values.contains(&"6 September 2007".to_owned()), "{values:?}");
    assert_eq!(report.title.plain(), doc.meeting.title);
}

#[test]
fn the_sections_come_in_the_order_of_the_united_nations() {
    let (doc, _) = with_recommendations();
    let report = official(&doc, Audience::Organisers, Language::English);
    let main: Vec<&str> = report
        .sections
        .iter()
        .filter(|s| s.level == 1)
        .map(|s| s.anchor.as_str())
        .collect();
    assert_eq!(
        main,
        [
            "summary",
            "introduction",
            "recommendations",
            "topics",
            "organisation",
            "annex-participants",
            "annex-documents"
        ]
    );
    let work: Vec<&str> = part(&report, "organisation")
        .iter()
        .skip(1)
        .map(|s| s.anchor.as_str())
        .collect();
    assert_eq!(work, ["venue", "opening", "attendance", "agenda", "documents"]);
    let headings: Vec<String> = report.sections.iter().map(|s| s.heading.plain()).collect();
    assert!(
        headings.contains(&"I. Recommendations".to_owned()),
        "{headings:?}"
    );
    assert!(headings.contains(&"III. Organization of work".to_owned()));
    let summary = section(&report, "summary").blocks.first().unwrap();
    let Block::Paragraph(summary) = summary else {
        panic!("the summary is a paragraph")
    };
    let summary = summary.plain();
    assert!(summary.contains(&doc.meeting.venue), "{summary}");
    assert!(summary.contains("adopted 3 recommendations"), "{summary}");
    let objectives = numbered(section(&report, "introduction"));
    assert_eq!(objectives.len(), doc.meeting.objectives.len());
}

#[test]
fn recommendations_are_numbered_as_the_meeting_ordered_them() {
    let (doc, _) = with_recommendations();
    let report = official(&doc, Audience::Organisers, Language::English);
    let lines = numbered(section(&report, "recommendations"));
    let expected = recommended(&doc);
    assert_eq!(lines.len(), expected.len());
    for (line, record) in lines.iter().zip(&expected) {
        assert!(line.starts_with(&record.text), "{line}");
    }
    assert!(lines.iter().any(|l| l.contains("Adopted by consensus.")));
    // Topics: the item the decisions were taken under has a part of its own.
    let topics = part(&report, "topics");
    assert!(topics.len() > 1);
    assert!(
        topics
            .iter()
            .copied()
            .flat_map(numbered)
            .any(|l| l.contains("regional network of ICT incubators"))
    );
}

#[test]
fn annex_one_lists_every_participant_by_country_and_organisation() {
    let doc = sample();
    let report = official(&doc, Audience::Organisers, Language::English);
    let listed = cells(&part(&report, "annex-participants"));
    let mut attended = doc.people.iter().filter(|p| !p.attendance.is_empty()).peekable();
    assert!(attended.peek().is_some(), "the sample has people checked in");
    let mut organisations = BTreeSet::new();
    for person in attended {
        assert!(listed.contains(&person.name), "{} is missing", person.name);
        if let Some(org) = person.organisation.and_then(|id| doc.organisation(id)) {
            organisations.insert(org.name.clone());
        }
    }
    for name in &organisations {
        assert!(listed.contains(name), "{name} is missing");
    }
    assert!(
        part(&report, "annex-participants")
            .iter()
            .any(|s| s.heading.plain() == "Lebanon")
    );
}

#[test]
fn annex_two_lists_the_documents() {
    let doc = sample();
    assert!(doc.meeting.documents.len() >= 4);
    let report = official(&doc, Audience::Public, Language::English);
    let listed = cells(&[section(&report, "annex-documents")]);
    for document in &doc.meeting.documents {
        assert!(listed.contains(&document.title) && listed.contains(&document.symbol));
    }
    let mut without = doc.clone();
    without.meeting.documents.clear();
    let report = official(&without, Audience::Public, Language::English);
    assert!(
        report
            .sections
            .iter()
            .all(|s| s.anchor != "annex-documents" && s.anchor != "documents")
    );
}

#[test]
fn an_arabic_report_has_arabic_headings_and_title() {
    let (doc, _) = with_recommendations();
    let report = official(&doc, Audience::Public, Language::Arabic);
    assert_eq!(report.title.plain(), doc.meeting.title_ar);
    assert_eq!(section(&report, "summary").heading.plain(), "الخلاصة");
    assert_eq!(
        section(&report, "annex-participants").heading.plain(),
        "المرفق الأول: قائمة المشاركين"
    );
    for section in &report.sections {
        if section.level == 1 {
            assert!(has_rtl(&section.heading.plain()), "{:?}", section.heading);
        }
    }
    assert!(report.heading.iter().all(|f| has_rtl(&f.label)));
    // What people wrote stays as they wrote it.
    let lines = numbered(section(&report, "recommendations"));
    assert!(
        lines.iter().any(|l| l.starts_with("Set up a regional network")),
        "{lines:?}"
    );
}

#[test]
fn the_public_report_leaves_out_a_decision_for_the_organisers() {
    let (doc, secret) = with_recommendations();
    let text = |report: &Report| {
        report
            .sections
            .iter()
            .flat_map(numbered)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let public = official(&doc, Audience::Public, Language::English);
    assert!(!text(&public).contains(&secret.text));
    assert_eq!(numbered(section(&public, "recommendations")).len(), 2);
    let organisers = official(&doc, Audience::Organisers, Language::English);
    assert!(text(&organisers).contains(&secret.text));
}

#[test]
fn the_public_report_counts_everyone_who_came_and_names_only_those_who_agreed() {
    let mut doc = sample();
    let shy = doc
        .people
        .iter()
        .position(|p| p.consent && !p.attendance.is_empty())
        .expect("someone checked in");
    Arc::make_mut(&mut doc.people[shy]).consent = false;
    let name = doc.people[shy].name.clone();
    let public = official(&doc, Audience::Public, Language::English);
    let organisers = official(&doc, Audience::Organisers, Language::English);
    assert_eq!(section(&public, "attendance"), section(&organisers, "attendance"));
    assert_eq!(section(&public, "summary"), section(&organisers, "summary"));
    assert!(cells(&part(&organisers, "annex-participants")).contains(&name));
    assert!(!cells(&part(&public, "annex-participants")).contains(&name));
}
