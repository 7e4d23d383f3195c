//! The data exports of the sample meeting read back as another tool would:
//! the CSV tables with a CSV reader, the GEXF network with an XML reader.

use std::collections::{BTreeMap, BTreeSet};

use egui_kittest::kittest::Queryable as _;
use majlis::model::audience::for_audience;
use majlis::model::export::{BOM, Table, all_csv, csv};
use majlis::model::gexf::gexf;
use majlis::model::network::links;
use majlis::model::{Audience, Confidentiality, Document, Vocabularies};
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

#[expect(dead_code, reason = "these tests need only the plain harness and the sample")]
mod common;
use common::{ScriptedDialogs, harness, sample_copy};

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn sample() -> Document {
    majlis::persistence::load(std::path::Path::new("sample-data/beirut-2007.ron"))
        .unwrap()
        .doc
}

/// The header and rows of a CSV file, its byte-order mark stripped.
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper fails the test"
)]
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let text = bytes.strip_prefix(BOM).expect("a BOM");
    let mut reader = csv::Reader::from_reader(text);
    let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("{name} in {header:?}"))
}

fn is_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn every_table_reads_back_with_one_row_per_record() {
    let doc = sample();
    let tables = all_csv(&doc, Audience::Organisers).unwrap();
    assert_eq!(tables.len(), 5);
    let actions = doc.records.iter().filter(|r| r.action().is_some()).count();
    for (table, bytes, count) in &tables {
        let (header, rows) = read_csv(bytes);
        let expected = match table {
            Table::People => doc.people.len(),
            Table::Organisations => doc.organisations.len(),
            Table::Partnerships => doc.partnerships.len(),
            Table::ActionItems => actions,
            Table::Leads => doc.leads.len(),
        };
        assert!(expected > 0, "the sample has {table:?}");
        assert_eq!(rows.len(), expected, "{table:?}");
        assert_eq!(*count, expected, "{table:?}");
        assert!(rows.iter().all(|r| r.len() == header.len()), "{table:?}");
        // The same bytes as the single-table export.
        assert_eq!(&csv(&doc, *table, Audience::Organisers).unwrap().0, bytes);
    }
}

#[test]
fn partnerships_carry_labels_partners_and_arabic_titles() {
    let doc = sample();
    let (bytes, _) = csv(&doc, Table::Partnerships, Audience::Organisers).unwrap();
    let (header, rows) = read_csv(&bytes);
    let (title, arabic, stage, partners, need, currency) = (
        column(&header, "Title"),
        column(&header, "Arabic title"),
        column(&header, "Stage"),
        column(&header, "Partners"),
        column(&header, "Financing need"),
        column(&header, "Currency"),
    );
    for (partnership, row) in doc.partnerships.iter().zip(&rows) {
        assert_eq!(row[title], partnership.title);
        assert_eq!(row[arabic], partnership.title_ar);
        assert_eq!(
            row[stage],
            Vocabularies::label(&doc.vocabularies.stages, &partnership.stage)
        );
        for role in &partnership.partners {
            let name = doc.organisation_name(Some(role.organisation));
            assert!(row[partners].contains(&name), "{name} in {}", row[partners]);
            if !role.role.is_empty() {
                let with_role = format!("{name} ({})", role.role.trim());
                assert!(row[partners].contains(&with_role), "{}", row[partners]);
            }
        }
        let expected = partnership.financing_need.as_ref();
        assert_eq!(
            row[need],
            expected.map(|m| m.amount.to_string()).unwrap_or_default()
        );
        assert_eq!(
            row[currency],
            expected.map(|m| m.currency.clone()).unwrap_or_default()
        );
    }
    assert!(rows.iter().any(|r| is_arabic(&r[arabic])), "Arabic kept");
    assert!(!header.iter().any(|h| h.contains("onfidential")), "{header:?}");
}

#[test]
fn action_items_and_leads_use_labels() {
    let doc = sample();
    let (bytes, _) = csv(&doc, Table::ActionItems, Audience::Organisers).unwrap();
    let (header, rows) = read_csv(&bytes);
    let status = column(&header, "Status");
    let labels: Vec<String> = majlis::model::ActionStatus::ALL
        .iter()
        .map(|s| s.label())
        .collect();
    assert!(rows.iter().all(|r| labels.contains(&r[status])), "{rows:?}");
    let owner = column(&header, "Owner");
    assert!(rows.iter().any(|r| !r[owner].is_empty()));

    let (bytes, _) = csv(&doc, Table::Leads, Audience::Organisers).unwrap();
    let (header, rows) = read_csv(&bytes);
    let (partnership, source, status) = (
        column(&header, "Partnership"),
        column(&header, "Funding source"),
        column(&header, "Status"),
    );
    for (lead, row) in doc.leads.iter().zip(&rows) {
        assert_eq!(row[status], lead.status.label());
        let title = &doc
            .partnerships
            .iter()
            .find(|p| p.id == lead.partnership)
            .unwrap()
            .title;
        assert_eq!(&row[partnership], title);
        if let Some(id) = lead.source {
            let name = &doc.funding_sources.iter().find(|s| s.id == id).unwrap().name;
            assert_eq!(&row[source], name);
        }
    }
}

/// What a GEXF file says, as read back by an XML reader.
#[derive(Default)]
struct Graph {
    root: BTreeMap<String, String>,
    edge_type: String,
    declared: Vec<(String, String)>,
    /// Node id to (label, attribute values by name).
    nodes: BTreeMap<String, (String, BTreeMap<String, String>)>,
    /// (source, target) to weight.
    edges: BTreeMap<(String, String), String>,
    edge_ids: BTreeSet<String>,
}

#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
fn attributes(element: &BytesStart) -> BTreeMap<String, String> {
    element
        .attributes()
        .map(|a| {
            let a = a.unwrap();
            (
                a.key.as_ref().to_owned(),
                a.normalized_value(XmlVersion::Explicit1_0).unwrap().into_owned(),
            )
        })
        .collect()
}

#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper fails the test"
)]
fn read_gexf(bytes: &[u8]) -> Graph {
    let text = std::str::from_utf8(bytes).unwrap();
    let mut reader = quick_xml::Reader::from_str(text);
    let mut graph = Graph::default();
    let mut node = None;
    loop {
        let (element, _empty) = match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            _ => continue,
        };
        let attrs = attributes(&element);
        match element.name().as_ref() {
            "gexf" => graph.root = attrs,
            "graph" => graph.edge_type.clone_from(&attrs["defaultedgetype"]),
            "attribute" => {
                assert_eq!(attrs["type"], "string");
                graph.declared.push((attrs["id"].clone(), attrs["title"].clone()));
            }
            "node" => {
                let id = attrs["id"].clone();
                graph
                    .nodes
                    .insert(id.clone(), (attrs["label"].clone(), BTreeMap::new()));
                node = Some(id);
            }
            "attvalue" => {
                let id = node.as_ref().expect("an attvalue inside a node");
                graph
                    .nodes
                    .get_mut(id)
                    .unwrap()
                    .1
                    .insert(attrs["for"].clone(), attrs["value"].clone());
            }
            "edge" => {
                assert!(graph.edge_ids.insert(attrs["id"].clone()), "unique ids");
                graph.edges.insert(
                    (attrs["source"].clone(), attrs["target"].clone()),
                    attrs["weight"].clone(),
                );
            }
            _ => {}
        }
    }
    graph
}

#[test]
fn the_network_reads_back_as_the_organisations_and_their_links() {
    let doc = sample();
    let graph = read_gexf(&gexf(&doc, Audience::Organisers).unwrap());
    assert_eq!(graph.root["xmlns"], "http://gexf.net/1.3");
    assert_eq!(graph.root["version"], "1.3");
    assert_eq!(graph.edge_type, "undirected");
    assert_eq!(
        graph.declared,
        [
            ("type".to_owned(), "Stakeholder type".to_owned()),
            ("country".to_owned(), "Country".to_owned())
        ]
    );
    assert_eq!(graph.nodes.len(), doc.organisations.len());
    for org in &doc.organisations {
        let (label, values) = &graph.nodes[&org.id.to_string()];
        assert_eq!(label, &org.name);
        assert_eq!(
            values["type"],
            Vocabularies::label(&doc.vocabularies.stakeholder_types, &org.stakeholder_type)
        );
        assert_eq!(values["country"], org.country);
    }
    let expected = links(&doc, doc.partnerships.iter().map(AsRef::as_ref));
    assert!(!expected.is_empty());
    assert_eq!(graph.edges.len(), expected.len());
    for link in &expected {
        let key = (link.a.to_string(), link.b.to_string());
        assert_eq!(graph.edges[&key], link.weight().to_string());
    }
    assert!(expected.iter().any(|l| l.weight() > 1), "some weights above one");
}

#[test]
fn arabic_names_stay_intact_in_the_network() {
    let mut doc = sample();
    let first = std::sync::Arc::make_mut(&mut doc.organisations[0]);
    first.name = "جمعية \"النهضة\" & شركاه".to_owned();
    let id = first.id.to_string();
    let graph = read_gexf(&gexf(&doc, Audience::Public).unwrap());
    assert_eq!(graph.nodes[&id].0, "جمعية \"النهضة\" & شركاه");
}

#[test]
fn public_exports_leave_out_an_organisers_only_partnership() {
    let doc = sample();
    let hidden: Vec<_> = doc
        .partnerships
        .iter()
        .filter(|p| p.confidentiality == Confidentiality::Organisers)
        .collect();
    assert!(!hidden.is_empty(), "the sample has one");
    let (bytes, count) = csv(&doc, Table::Partnerships, Audience::Public).unwrap();
    let (header, rows) = read_csv(&bytes);
    assert_eq!(count, doc.partnerships.len() - hidden.len());
    let title = column(&header, "Title");
    for partnership in &hidden {
        assert!(rows.iter().all(|r| r[title] != partnership.title));
        let (leads, _) = csv(&doc, Table::Leads, Audience::Public).unwrap();
        assert!(!String::from_utf8(leads).unwrap().contains(&partnership.title));
    }

    let public = for_audience(&doc, Audience::Public);
    let graph = read_gexf(&gexf(&doc, Audience::Public).unwrap());
    let expected = links(&public, public.partnerships.iter().map(AsRef::as_ref));
    let everything = links(&doc, doc.partnerships.iter().map(AsRef::as_ref));
    assert_eq!(graph.edges.len(), expected.len());
    let total = |weights: Vec<usize>| weights.into_iter().sum::<usize>();
    let public_weight = total(graph.edges.values().map(|w| w.parse().unwrap()).collect());
    assert_eq!(
        public_weight,
        total(
            expected
                .iter()
                .map(majlis::model::network::Link::weight)
                .collect()
        )
    );
    assert!(
        public_weight
            < total(
                everything
                    .iter()
                    .map(majlis::model::network::Link::weight)
                    .collect()
            ),
        "the organisers-only partnership adds links the public does not see"
    );
}

#[test]
fn the_file_menu_exports_the_network_and_the_other_tables() {
    let dir = tempfile::tempdir().unwrap();
    let meeting = sample_copy(dir.path());
    let network = dir.path().join("network");
    let leads = dir.path().join("leads.csv");
    let dialogs = ScriptedDialogs::default();
    dialogs
        .answers
        .borrow_mut()
        .extend([Some(network.clone()), Some(leads.clone())]);
    let mut harness = harness(Some(meeting), dialogs);
    let doc = sample();
    let public = for_audience(&doc, Audience::Public);

    for (choice, organisers) in [
        (
            "Network of organisations and their shared partnerships (GEXF, for Gephi)",
            false,
        ),
        ("Financing leads (CSV)", true),
    ] {
        harness.get_by_label("File").click();
        harness.run_ok();
        harness.get_by_label("Export tables or network…").click();
        harness.run_ok();
        harness.get_by_label("What to export?");
        harness.get_by_label(choice).click();
        harness.run_ok();
        if organisers {
            harness
                .get_by_label("The organisers: everyone and every contact detail")
                .click();
            harness.run_ok();
        }
        harness.get_by_label("Choose where…").click();
        harness.run_ok();
    }

    let written = network.with_extension("gexf");
    let graph = read_gexf(&std::fs::read(&written).unwrap());
    assert_eq!(graph.nodes.len(), public.organisations.len());
    let expected = links(&public, public.partnerships.iter().map(AsRef::as_ref));
    assert_eq!(graph.edges.len(), expected.len());
    let (_, rows) = read_csv(&std::fs::read(&leads).unwrap());
    assert_eq!(rows.len(), doc.leads.len(), "every lead, for the organisers");
    harness.get_by_label_contains(&format!("{}: {} rows", leads.display(), doc.leads.len()));
}
