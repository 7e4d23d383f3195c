//! The network section of the working report: how the partnerships join the
//! meeting's organisations, who holds them together, and what is missing.

use super::{Block, Context, Fact, Line, Section, Table};
use crate::i18n::group_digits;
use crate::model::network::{Standing, Summary, display_name};
use crate::model::{Document, Id};
use crate::tr;

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    if doc.partnerships.is_empty() && doc.organisations.is_empty() {
        return Vec::new();
    }
    let summary = Summary::new(doc, doc.partnerships.iter().map(AsRef::as_ref));
    let mut section = Section::new("network", tr!("report-section-network"), 1).with(Block::Facts(vec![
        Fact::new(tr!("report-network-organisations"), count(summary.organisations)),
        Fact::new(tr!("report-network-links"), count(summary.links)),
        Fact::new(tr!("report-network-groups"), count(summary.groups)),
    ]));
    if !summary.most_connected.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!(
                "report-network-most-connected"
            ))))
            .with(Block::Table(table(doc, &summary.most_connected)));
    }
    if !summary.brokers.is_empty() {
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-network-brokers"))))
            .with(Block::Table(table(doc, &summary.brokers)));
    }
    if !summary.isolated.is_empty() {
        let names = summary
            .isolated
            .iter()
            .map(|&id| Line::user(name(doc, id)))
            .collect();
        section = section
            .with(Block::Paragraph(Line::fixed(tr!(
                "report-network-isolated",
                count = summary.isolated.len()
            ))))
            .with(Block::List(names));
    }
    if !summary.gaps.is_empty() {
        let sentences = summary.gaps.iter().map(|gap| gap.sentence(doc)).collect();
        section = section
            .with(Block::Paragraph(Line::fixed(tr!("report-network-gaps"))))
            .with(Block::List(sentences));
    }
    vec![section]
}

fn count(n: usize) -> Line {
    Line::fixed(group_digits(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn name(doc: &Document, id: Id) -> &str {
    doc.organisations
        .iter()
        .find(|org| org.id == id)
        .map_or("", |org| display_name(org))
}

/// Organisations with their number of partners and their betweenness.
fn table(doc: &Document, standings: &[Standing]) -> Table {
    let mut table = Table::new(vec![
        tr!("report-network-column-organisation"),
        tr!("report-network-column-partners"),
        tr!("report-network-column-betweenness"),
    ])
    .numbers(&[1, 2]);
    for standing in standings {
        table.rows.push(vec![
            Line::user(name(doc, standing.organisation)),
            count(standing.degree),
            Line::fixed(format!("{:.1}", standing.betweenness)),
        ]);
    }
    table
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;

    use super::super::{Options, build};
    use super::*;
    use crate::i18n::Language;
    use crate::model::Audience;
    use crate::model::audience::for_audience;
    use crate::model::network::links;

    fn sample() -> Document {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/beirut-2007.ron");
        crate::persistence::load(&path).unwrap().doc
    }

    fn options(language: Language) -> Options {
        let now = NaiveDate::from_ymd_opt(2007, 9, 12)
            .unwrap()
            .and_hms_opt(18, 0, 0)
            .unwrap();
        Options {
            language,
            ..Options::new(now)
        }
    }

    fn network(report: &super::super::Report) -> &Section {
        report.sections.iter().find(|s| s.anchor == "network").unwrap()
    }

    fn fact(section: &Section, index: usize) -> String {
        let Some(Block::Facts(facts)) = section.blocks.first() else {
            panic!("no facts in {section:?}");
        };
        facts[index].value.plain()
    }

    #[test]
    fn the_sample_meeting_counts_its_links_and_partners() {
        let doc = sample();
        let report = build(&doc, &options(Language::English));
        let section = network(&report);
        // What the public report may show.
        let seen = for_audience(&doc, Audience::Public);
        let found = links(&seen, seen.partnerships.iter().map(AsRef::as_ref));
        assert!(!found.is_empty());
        let mut partners: Vec<Id> = found.iter().flat_map(|l| [l.a, l.b]).collect();
        partners.sort_unstable();
        partners.dedup();
        let in_partnership: Vec<Id> = seen
            .organisations
            .iter()
            .map(|o| o.id)
            .filter(|id| {
                seen.partnerships
                    .iter()
                    .any(|p| p.partners.iter().any(|r| r.organisation == *id))
            })
            .collect();
        assert!(in_partnership.len() >= partners.len());
        assert_eq!(fact(section, 0), in_partnership.len().to_string());
        assert_eq!(fact(section, 1), found.len().to_string());

        // The first of the most connected has as many partners as anyone.
        let most = section
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .unwrap();
        let best = seen
            .organisations
            .iter()
            .map(|o| found.iter().filter(|l| l.a == o.id || l.b == o.id).count())
            .max()
            .unwrap();
        assert_eq!(most.rows[0][1].plain(), best.to_string());
        assert!(most.rows[0][0].0.iter().all(|span| span.user));

        // Every organisation of the registry in no partnership is listed by name.
        let isolated = seen.organisations.len() - in_partnership.len();
        if isolated > 0 {
            let names = section
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::List(lines) if lines.iter().all(|l| l.0.iter().all(|s| s.user)) => Some(lines),
                    _ => None,
                })
                .unwrap();
            assert_eq!(names.len(), isolated);
        }
    }

    #[test]
    fn the_arabic_report_says_the_same_in_arabic() {
        let doc = sample();
        let english = build(&doc, &options(Language::English));
        let arabic = build(&doc, &options(Language::Arabic));
        let (english, arabic) = (network(&english), network(&arabic));
        assert_eq!(fact(english, 1), fact(arabic, 1));
        assert_ne!(english.heading, arabic.heading);
        let Some(Block::Facts(facts)) = arabic.blocks.first() else {
            panic!("no facts");
        };
        assert!(
            facts
                .iter()
                .all(|f| f.label.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        );
    }

    #[test]
    fn an_empty_meeting_has_no_network_section() {
        let report = build(&Document::default(), &options(Language::English));
        assert!(report.sections.iter().all(|s| s.anchor != "network"));
    }
}
