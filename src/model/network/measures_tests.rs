//! The network's measures on small graphs checked by hand.

use std::sync::Arc;

use super::*;
use crate::model::{Organisation, PartnerRole};

fn org(name: &str, kind: &str, country: &str) -> Organisation {
    Organisation {
        name: name.into(),
        stakeholder_type: kind.into(),
        country: country.into(),
        ..Organisation::default()
    }
}

fn partnership(partners: &[&Organisation]) -> Partnership {
    Partnership {
        partners: partners
            .iter()
            .map(|o| PartnerRole {
                organisation: o.id,
                ..PartnerRole::default()
            })
            .collect(),
        ..Partnership::default()
    }
}

/// A registry of organisations named by the letters of `names`, of no type.
fn registry(names: &str) -> (Document, Vec<Organisation>) {
    let orgs: Vec<Organisation> = names.chars().map(|c| org(&c.to_string(), "", "")).collect();
    let doc = Document {
        organisations: orgs.iter().cloned().map(Arc::new).collect(),
        ..Document::default()
    };
    (doc, orgs)
}

/// The graph of `doc` with one two-partner partnership for each pair of
/// letters in `edges`, such as `["ab", "bc"]`.
fn graph_of(doc: &Document, orgs: &[Organisation], edges: &[&str]) -> Graph {
    let find = |c: char| orgs.iter().find(|o| o.name == c.to_string()).unwrap();
    let partnerships: Vec<Partnership> = edges
        .iter()
        .map(|pair| {
            let mut chars = pair.chars();
            partnership(&[find(chars.next().unwrap()), find(chars.next().unwrap())])
        })
        .collect();
    Graph::new(doc, &partnerships)
}

fn close(found: &[f64], expected: &[f64]) {
    assert_eq!(found.len(), expected.len(), "{found:?} against {expected:?}");
    for (f, e) in found.iter().zip(expected) {
        assert!((f - e).abs() < 1e-9, "{found:?} against {expected:?}");
    }
}

#[test]
fn the_middle_of_a_path_stands_between_its_ends() {
    let (doc, orgs) = registry("abc");
    let graph = graph_of(&doc, &orgs, &["ab", "bc"]);
    close(&betweenness(&graph), &[0.0, 1.0, 0.0]);
    let (doc, orgs) = registry("abcd");
    let graph = graph_of(&doc, &orgs, &["ab", "bc", "cd"]);
    // b is between a and c, a and d; c between a and d, b and d.
    close(&betweenness(&graph), &[0.0, 2.0, 2.0, 0.0]);
}

#[test]
fn the_centre_of_a_star_stands_between_every_pair_of_leaves() {
    let (doc, orgs) = registry("cabdef");
    let graph = graph_of(&doc, &orgs, &["ca", "cb", "cd", "ce", "cf"]);
    let n = 6.0;
    close(
        &betweenness(&graph),
        &[(n - 1.0) * (n - 2.0) / 2.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    );
    assert_eq!(graph.degree(0), 5);
}

#[test]
fn no_one_stands_between_the_corners_of_a_triangle() {
    let (doc, orgs) = registry("abc");
    let graph = graph_of(&doc, &orgs, &["ab", "bc", "ca"]);
    close(&betweenness(&graph), &[0.0, 0.0, 0.0]);
    assert!(cut_points(&graph).is_empty());
}

#[test]
fn shortest_paths_split_evenly_around_a_square() {
    let (doc, orgs) = registry("abcd");
    let graph = graph_of(&doc, &orgs, &["ab", "bc", "cd", "da"]);
    // a and c have two shortest paths, through b and through d.
    close(&betweenness(&graph), &[0.5, 0.5, 0.5, 0.5]);
}

#[test]
fn two_separate_groups_are_measured_apart() {
    let (doc, orgs) = registry("abcxyz");
    let graph = graph_of(&doc, &orgs, &["ab", "bc", "xy", "yz"]);
    close(&betweenness(&graph), &[0.0, 1.0, 0.0, 0.0, 1.0, 0.0]);
    assert_eq!(components(&graph), vec![vec![0, 1, 2], vec![3, 4, 5]]);
}

#[test]
fn organisations_in_no_partnership_are_isolated_groups_of_their_own() {
    let (doc, orgs) = registry("abcde");
    let alone = partnership(&[&orgs[4]]);
    let pair = partnership(&[&orgs[0], &orgs[2]]);
    let graph = Graph::new(&doc, [&pair, &alone]);
    assert_eq!(components(&graph), vec![vec![0, 2], vec![1], vec![3], vec![4]]);
    // e is in a partnership of its own: alone, yet not isolated.
    assert_eq!(graph.isolated(), vec![1, 3]);
    let summary = Summary::of(&doc, &graph);
    assert_eq!(summary.organisations, 3);
    assert_eq!(summary.links, 1);
    assert_eq!(summary.groups, 2);
    assert_eq!(summary.isolated, vec![orgs[1].id, orgs[3].id]);
}

#[test]
fn degrees_count_partners_once_and_partnerships_each_time() {
    let (doc, orgs) = registry("abc");
    let one = partnership(&[&orgs[0], &orgs[1], &orgs[2]]);
    let two = partnership(&[&orgs[0], &orgs[1]]);
    let graph = Graph::new(&doc, [&one, &two]);
    assert_eq!((graph.degree(0), graph.weighted_degree(0)), (2, 3));
    assert_eq!((graph.degree(2), graph.weighted_degree(2)), (2, 2));
}

#[test]
fn the_only_bridge_between_two_groups_is_found() {
    // Two triangles a-b-c and x-y-z joined through m alone.
    let (doc, orgs) = registry("abcmxyz");
    let graph = graph_of(&doc, &orgs, &["ab", "bc", "ca", "cm", "mx", "xy", "yz", "zx"]);
    assert_eq!(cut_points(&graph), vec![2, 3, 4]);
    assert_eq!(parts_without(&graph, 3), vec![vec![0, 1, 2], vec![4, 5, 6]]);
    let bridges: Vec<Gap> = gaps(&doc, &graph)
        .into_iter()
        .filter(|g| matches!(g, Gap::OnlyBridge { .. }))
        .collect();
    // m splits three and three; c and x each cut off only two.
    let Some(Gap::OnlyBridge {
        organisation,
        first,
        second,
        cut_off,
    }) = bridges.first()
    else {
        panic!("no bridge in {bridges:?}");
    };
    assert_eq!(
        (*organisation, *first, *second, *cut_off),
        (orgs[3].id, orgs[2].id, orgs[4].id, 3)
    );
    assert_eq!(bridges.len(), 3);
    // Closing the ring leaves no single bridge.
    let ring = graph_of(
        &doc,
        &orgs,
        &["ab", "bc", "ca", "cm", "mx", "xy", "yz", "zx", "ay"],
    );
    assert!(cut_points(&ring).is_empty());
}

#[test]
fn separate_groups_are_named_by_their_best_connected() {
    let (doc, orgs) = registry("abcdxy");
    let graph = graph_of(&doc, &orgs, &["ab", "ac", "ad", "xy"]);
    let clusters: Vec<Gap> = gaps(&doc, &graph)
        .into_iter()
        .filter(|g| matches!(g, Gap::Clusters { .. }))
        .collect();
    assert_eq!(
        clusters,
        vec![Gap::Clusters {
            count: 2,
            first: orgs[0].id,
            second: orgs[4].id,
        }]
    );
    assert_eq!(
        clusters[0].sentence(&doc).plain(),
        "The partnerships form 2 separate groups with no partnership between them; the largest gather around a and x."
    );
}

#[test]
fn types_no_partnership_joins_are_named_overall_and_by_country() {
    let gov_jo = org("Ministry", "government", "JO");
    let uni_jo = org("University", "academia", "jo");
    let firm_lb = org("Firm", "private", "LB");
    let gov_lb = org("Office", "government", "LB");
    let uni_lb = org("Institute", "academia", "LB");
    let doc = Document {
        organisations: [&gov_jo, &uni_jo, &firm_lb, &gov_lb, &uni_lb]
            .into_iter()
            .cloned()
            .map(Arc::new)
            .collect(),
        ..Document::default()
    };
    let partnerships = [
        partnership(&[&gov_jo, &firm_lb]),
        partnership(&[&gov_lb, &uni_lb]),
        partnership(&[&gov_jo, &uni_jo]),
    ];
    let graph = Graph::new(&doc, &partnerships);
    let found: Vec<Gap> = gaps(&doc, &graph)
        .into_iter()
        .filter(|g| matches!(g, Gap::Types { .. }))
        .collect();
    let sentences: Vec<String> = found.iter().map(|g| g.sentence(&doc).plain()).collect();
    // Academia and the private sector are joined nowhere; government and the
    // private sector are joined across borders but not within Lebanon.
    assert_eq!(
        sentences,
        vec![
            "No partnership joins an organisation of the type “Private sector” with one of the type “Academia and research”.",
            "No partnership joins an organisation of the type “Government / public sector” with one of the type “Private sector” in LB.",
        ]
    );
    assert_eq!(
        found[0],
        Gap::Types {
            first: "private".into(),
            second: "academia".into(),
            country: None,
        }
    );
}
