//! The partnerships and financing sections of the working report, checked
//! against the sample meeting: every expected number is computed here from
//! the document itself.

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::{Language, group_digits, in_language};
use crate::model::audience::for_audience;
use crate::model::financing_totals::Totals;
use crate::model::leads::{BASE_CURRENCY, covered};
use crate::model::quality::{Gap, Judge};
use crate::model::report::{Block, Line, Options, Report, Section, build};
use crate::model::{Audience, Confidentiality, Document, Partnership, Vocabularies};

fn sample() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/beirut-2007.ron");
    crate::persistence::load(&path).unwrap().doc
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2007, 9, 6)
        .unwrap()
        .and_hms_opt(18, 0, 0)
        .unwrap()
}

fn report(doc: &Document, audience: Audience, language: Language) -> Report {
    let options = Options {
        audience,
        language,
        ..Options::new(now())
    };
    build(doc, &options)
}

fn section<'a>(report: &'a Report, anchor: &str) -> &'a Section {
    report
        .sections
        .iter()
        .find(|s| s.anchor == anchor)
        .unwrap_or_else(|| panic!("no section {anchor}"))
}

fn table(section: &Section) -> &crate::model::report::Table {
    section
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap()
}

/// Every line of a section: paragraphs, list items, facts' values.
fn lines(section: &Section) -> Vec<String> {
    let mut out = Vec::new();
    for block in &section.blocks {
        match block {
            Block::Paragraph(line) => out.push(line.plain()),
            Block::List(lines) | Block::Numbered(lines) => out.extend(lines.iter().map(Line::plain)),
            Block::Facts(facts) => {
                out.extend(facts.iter().map(|f| format!("{}: {}", f.label, f.value.plain())));
            }
            Block::Table(t) => out.extend(
                t.rows
                    .iter()
                    .map(|r| r.iter().map(Line::plain).collect::<Vec<_>>().join(" | ")),
            ),
            Block::Cards(_) => {}
        }
    }
    out
}

fn number(cell: &Line) -> usize {
    cell.plain().replace(',', "").parse().unwrap()
}

fn money(amount: u64, currency: &str) -> String {
    format!("{} {currency}", group_digits(i64::try_from(amount).unwrap()))
}

#[test]
fn the_partnerships_per_stage_add_up() {
    let doc = sample();
    let seen = for_audience(&doc, Audience::Public);
    assert!(
        seen.partnerships.len() > 2,
        "the sample has partnerships to count"
    );
    let report = report(&doc, Audience::Public, Language::English);
    let rows = &table(section(&report, "partnerships-by-stage")).rows;
    let total: usize = rows.iter().map(|r| number(&r[1])).sum();
    assert_eq!(total, seen.partnerships.len());
    for stage in &seen.vocabularies.stages {
        let expected = seen.partnerships.iter().filter(|p| p.stage == stage.key).count();
        let row = rows.iter().find(|r| r[0].plain() == stage.label).unwrap();
        assert_eq!(number(&row[1]), expected, "stage {}", stage.key);
    }
    let labels: Vec<String> = rows.iter().map(|r| r[0].plain()).collect();
    let order: Vec<&str> = seen
        .vocabularies
        .stages
        .iter()
        .map(|t| t.label.as_str())
        .collect();
    assert_eq!(labels[..order.len()], order, "the vocabulary's order");
    let areas = &table(section(&report, "partnerships-by-area")).rows;
    assert_eq!(
        areas.iter().map(|r| number(&r[1])).sum::<usize>(),
        seen.partnerships.len()
    );
    for p in &seen.partnerships {
        let area = Vocabularies::label(&seen.vocabularies.thrust_areas, &p.thrust_area);
        assert!(areas.iter().any(|r| r[0].plain() == area), "{area}");
    }
}

#[test]
fn each_partnership_shows_what_its_record_lacks() {
    let mut doc = sample();
    // Make sure at least one record lacks something.
    let first = Arc::make_mut(&mut doc.partnerships[0]);
    first.deliverables.clear();
    first.reporter = None;
    let report = report(&doc, Audience::Organisers, Language::English);
    let seen = for_audience(&doc, Audience::Organisers);
    let judge = Judge::new(&seen);
    let mut with_gaps = 0;
    for p in &seen.partnerships {
        let shown = lines(section(&report, &format!("partnership-{}", p.id.0)));
        let gaps = judge.gaps(p);
        with_gaps += usize::from(!gaps.is_empty());
        for gap in Gap::ALL {
            let sentence = super::detail::gap(gap);
            assert_eq!(
                shown.contains(&sentence),
                gaps.contains(&gap),
                "{}: {sentence}",
                p.title
            );
        }
        for partner in p.partners.iter().filter(|r| !r.role.trim().is_empty()) {
            assert!(
                shown.iter().any(|l| l.ends_with(partner.role.trim())),
                "{}",
                partner.role
            );
        }
        for deliverable in &p.deliverables {
            assert!(shown.contains(&deliverable.text.trim().to_owned()));
        }
    }
    assert!(with_gaps > 0);
}

#[test]
fn financing_agrees_with_the_financing_overview() {
    let doc = sample();
    let report = report(&doc, Audience::Organisers, Language::English);
    let seen = for_audience(&doc, Audience::Organisers);
    let totals = Totals::of(&seen, BASE_CURRENCY);
    let overall = totals.overall();
    assert!(
        overall.need > 0 && !seen.leads.is_empty(),
        "the sample has needs and leads"
    );
    let shown = lines(section(&report, "financing"));
    for amount in [overall.need, overall.pledged, overall.committed] {
        let text = money(amount, BASE_CURRENCY);
        assert!(
            shown.iter().any(|l| l.ends_with(&format!(": {text}"))),
            "{text} in {shown:?}"
        );
    }
    let rows = &table(section(&report, "financing-leads")).rows;
    assert_eq!(rows.len(), totals.pipeline.len());
    for (row, status) in rows.iter().zip(&totals.pipeline) {
        assert_eq!(number(&row[1]), status.count);
        assert_eq!(row[2].plain(), money(status.amount, BASE_CURRENCY));
    }
    assert_eq!(
        rows.iter().map(|r| number(&r[1])).sum::<usize>(),
        seen.leads.len()
    );
    let gaps = lines(section(&report, "financing-gaps"));
    let mut short = 0;
    for p in &seen.partnerships {
        let Some(coverage) = covered(&seen, p) else {
            continue;
        };
        let missing = coverage.need.amount.saturating_sub(coverage.covered);
        let line = gaps.iter().find(|l| l.starts_with(&format!("{} needs", p.title)));
        if missing == 0 {
            assert!(line.is_none(), "{} is covered", p.title);
            continue;
        }
        short += 1;
        let line = line.unwrap();
        assert!(line.contains(&money(coverage.need.amount, &coverage.need.currency)));
        if coverage.covered > 0 {
            assert!(line.contains(&money(missing, &coverage.need.currency)), "{line}");
        }
    }
    assert_eq!(short, gaps.len());
}

fn mentions(report: &Report, p: &Partnership) -> bool {
    report.sections.iter().any(|s| {
        s.anchor == format!("partnership-{}", p.id.0)
            || s.heading.plain() == p.title
            || lines(s).iter().any(|l| l.contains(&p.title))
    })
}

#[test]
fn an_organisers_only_partnership_stays_out_of_the_public_report() {
    let mut doc = sample();
    let secret = doc
        .partnerships
        .iter_mut()
        .find(|p| p.financing_need.is_some())
        .map(|p| {
            Arc::make_mut(p).confidentiality = Confidentiality::Organisers;
            p.as_ref().clone()
        })
        .unwrap();
    let public = report(&doc, Audience::Public, Language::English);
    let organisers = report(&doc, Audience::Organisers, Language::English);
    assert!(!mentions(&public, &secret));
    assert!(mentions(&organisers, &secret));
    let count = |r: &Report| {
        table(section(r, "partnerships-by-stage"))
            .rows
            .iter()
            .map(|r| number(&r[1]))
            .sum::<usize>()
    };
    let hidden = doc
        .partnerships
        .iter()
        .filter(|p| p.confidentiality == Confidentiality::Organisers)
        .count();
    assert_eq!(count(&public) + hidden, count(&organisers));
    assert_eq!(count(&organisers), doc.partnerships.len());
}

#[test]
fn an_arabic_report_keeps_the_arabic_title_as_written() {
    let doc = sample();
    let p = doc
        .partnerships
        .iter()
        .find(|p| !p.title_ar.trim().is_empty())
        .unwrap();
    let report = report(&doc, Audience::Organisers, Language::Arabic);
    let heading = &section(&report, &format!("partnership-{}", p.id.0)).heading;
    assert_eq!(heading.plain().as_bytes(), p.title_ar.as_bytes());
    assert!(heading.0.iter().all(|s| s.user));
    let words = in_language(Language::Arabic, || crate::tr!("report-partnerships-by-stage"));
    assert_eq!(section(&report, "partnerships-by-stage").heading.plain(), words);
    assert_ne!(
        words,
        crate::tr!("report-partnerships-by-stage"),
        "the Arabic catalogue has it"
    );
}

#[test]
fn a_meeting_without_partnerships_or_money_has_no_such_sections() {
    let report = report(&Document::new_meeting(), Audience::Organisers, Language::English);
    assert!(
        report
            .sections
            .iter()
            .all(|s| !s.anchor.starts_with("partnership") && !s.anchor.starts_with("financing"))
    );
}

#[test]
fn the_public_report_says_needs_without_the_organisers_talks() {
    let doc = sample();
    let seen = for_audience(&doc, Audience::Public);
    let report = report(&doc, Audience::Public, Language::English);
    let need = Totals::of(&seen, BASE_CURRENCY).overall().need;
    let shown = lines(section(&report, "financing"));
    assert!(shown.iter().any(|l| l.ends_with(&money(need, BASE_CURRENCY))));
    let hidden_leads = doc.leads.len() - seen.leads.len();
    assert!(hidden_leads > 0, "the sample keeps its leads for the organisers");
    assert!(
        seen.leads.is_empty(),
        "every lead of the sample is for the organisers"
    );
    assert!(
        !shown
            .iter()
            .any(|l| l.starts_with("Pledged:") || l.starts_with("Committed:"))
    );
    let gaps = lines(section(&report, "financing-gaps"));
    let with_need = seen
        .partnerships
        .iter()
        .filter(|p| p.financing_need.is_some())
        .count();
    assert_eq!(gaps.len(), with_need, "{gaps:?}");
    assert!(gaps.iter().all(|l| l.contains("announced")), "{gaps:?}");
}
