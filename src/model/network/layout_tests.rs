//! The force-directed layout on small networks checked by hand, and on a
//! generated meeting for stability.
#![expect(
    clippy::float_cmp,
    clippy::cast_precision_loss,
    reason = "kept and pinned positions must come back exactly; counts here are small"
)]

use std::sync::Arc;

use super::*;
use crate::model::{Organisation, PartnerRole};

/// A registry of `count` organisations.
fn registry(count: usize) -> Document {
    Document {
        organisations: (0..count)
            .map(|i| {
                Arc::new(Organisation {
                    name: format!("Organisation {i}"),
                    ..Organisation::default()
                })
            })
            .collect(),
        ..Document::default()
    }
}

/// A partnership of the organisations at `nodes` of `doc`'s registry.
fn partnership(doc: &Document, nodes: &[usize]) -> Partnership {
    Partnership {
        partners: nodes
            .iter()
            .map(|&n| PartnerRole {
                organisation: doc.organisations[n].id,
                ..PartnerRole::default()
            })
            .collect(),
        ..Partnership::default()
    }
}

/// The graph of `count` organisations linked pairwise by `pairs`.
fn network(count: usize, pairs: &[(usize, usize)]) -> (Document, Graph) {
    let doc = registry(count);
    let partnerships: Vec<Partnership> = pairs.iter().map(|&(a, b)| partnership(&doc, &[a, b])).collect();
    let graph = Graph::new(&doc, &partnerships);
    (doc, graph)
}

/// Two triangles, 0-1-2 and 3-4-5, joined by the link 2-3.
fn two_triangles() -> Graph {
    network(6, &[(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)]).1
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

fn width(positions: &[[f32; 2]]) -> f32 {
    let xs = positions.iter().map(|p| p[0]);
    xs.clone().fold(f32::MIN, f32::max) - xs.fold(f32::MAX, f32::min)
}

fn settled(graph: &Graph, kept: &[Placement], seed: u64) -> Layout {
    let mut layout = Layout::new(graph, kept, seed);
    layout.settle(graph);
    layout
}

fn all_finite(positions: &[[f32; 2]]) -> bool {
    positions.iter().flatten().all(|c| c.is_finite())
}

#[test]
fn the_same_seed_gives_the_same_picture_however_the_run_is_split() {
    let graph = two_triangles();
    let whole = settled(&graph, &[], 3);
    let mut by_one = Layout::new(&graph, &[], 3);
    let mut calls = 0;
    while !by_one.step(&graph, 1) {
        calls += 1;
    }
    assert!(
        calls > 10,
        "a cold run takes more than a few iterations, took {calls}"
    );
    assert_eq!(whole.positions(), by_one.positions());
    let mut by_seven = Layout::new(&graph, &[], 3);
    while !by_seven.step(&graph, 7) {}
    assert_eq!(whole.positions(), by_seven.positions());
}

#[test]
fn another_seed_gives_another_picture() {
    let graph = two_triangles();
    let one = settled(&graph, &[], 3);
    let other = settled(&graph, &[], 4);
    let moved = one
        .positions()
        .iter()
        .zip(other.positions())
        .any(|(a, b)| distance(*a, *b) > 1.0);
    assert!(moved);
}

#[test]
fn two_triangles_settle_with_their_corners_together() {
    let graph = two_triangles();
    let mut layout = Layout::new(&graph, &[], 11);
    assert!(!layout.is_settled());
    let done = layout.step(&graph, 1_000);
    assert!(done && layout.is_settled());
    let at = layout.positions();
    assert!(all_finite(at));
    let inside = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]
        .iter()
        .map(|&(a, b)| distance(at[a], at[b]))
        .fold(0.0_f32, f32::max);
    let far = [(0, 4), (0, 5), (1, 4), (1, 5)]
        .iter()
        .map(|&(a, b)| distance(at[a], at[b]))
        .fold(f32::MAX, f32::min);
    assert!(
        inside < far,
        "within a triangle up to {inside}, far corners at least {far}"
    );
    // A link settles at about the ideal length of 100.
    assert!((40.0..200.0).contains(&distance(at[0], at[1])), "{at:?}");
}

#[test]
fn organisations_starting_on_one_spot_are_pushed_apart() {
    let (doc, graph) = network(4, &[(0, 1), (2, 3)]);
    let kept: Vec<Placement> = doc
        .organisations
        .iter()
        .map(|org| Placement {
            organisation: org.id,
            x: 5.0,
            y: 5.0,
            pinned: false,
        })
        .collect();
    let mut layout = Layout::relaxed(&graph, &kept, 1);
    layout.settle(&graph);
    let at = layout.positions();
    assert!(all_finite(at));
    for a in 0..4 {
        for b in a + 1..4 {
            assert!(
                distance(at[a], at[b]) > 10.0,
                "{a} and {b} still together: {at:?}"
            );
        }
    }
}

#[test]
fn when_every_organisation_is_kept_nothing_moves() {
    let graph = two_triangles();
    let kept: Vec<Placement> = graph
        .organisations
        .iter()
        .enumerate()
        .map(|(i, &organisation)| Placement {
            organisation,
            x: 10.0 * i as f32,
            y: -3.5,
            pinned: i == 2,
        })
        .collect();
    let mut layout = Layout::new(&graph, &kept, 9);
    assert!(layout.is_settled());
    assert!(layout.step(&graph, 50));
    assert_eq!(layout.positions()[4], [40.0, -3.5]);
    assert_eq!(layout.placements(&graph), kept);
    assert!(layout.is_pinned(2) && !layout.is_pinned(1));
}

#[test]
fn a_new_organisation_lands_near_its_placed_neighbours() {
    // 0-1-2-3 in a row, placed; 4 is new and linked to 0 and 1.
    let (_, graph) = network(5, &[(0, 1), (1, 2), (2, 3), (0, 4), (1, 4)]);
    let kept: Vec<Placement> = (0..4)
        .map(|i| Placement {
            organisation: graph.organisations[i],
            x: 100.0 * i as f32,
            y: 0.0,
            pinned: false,
        })
        .collect();
    let mut layout = Layout::new(&graph, &kept, 2);
    assert!(!layout.is_settled());
    let start = layout.positions()[4];
    assert!(distance(start, [50.0, 0.0]) < 50.0, "starts at {start:?}");
    layout.settle(&graph);
    let at = layout.positions();
    assert!(
        distance(at[4], at[0]) < 200.0 && distance(at[4], at[1]) < 200.0,
        "{at:?}"
    );
    assert!(distance(at[4], at[3]) > distance(at[4], at[1]), "{at:?}");
}

#[test]
fn pinned_organisations_stay_through_settling_and_afresh() {
    let graph = two_triangles();
    let mut layout = settled(&graph, &[], 5);
    layout.pin(0, [500.0, 500.0]);
    assert!(layout.is_pinned(0) && !layout.is_settled());
    layout.settle(&graph);
    assert_eq!(layout.positions()[0], [500.0, 500.0]);
    // Its neighbours followed it.
    assert!(
        distance(layout.positions()[1], [500.0, 500.0]) < 250.0,
        "{:?}",
        layout.positions()
    );

    let kept = layout.placements(&graph);
    let mut fresh = Layout::afresh(&graph, &kept, 77);
    fresh.settle(&graph);
    assert_eq!(fresh.positions()[0], [500.0, 500.0]);
    assert!(fresh.is_pinned(0) && !fresh.is_pinned(1));

    layout.unpin(0);
    assert!(!layout.is_pinned(0) && !layout.is_settled());
    layout.settle(&graph);
    assert_ne!(layout.positions()[0], [500.0, 500.0]);
}

#[test]
fn one_new_partnership_moves_a_settled_meeting_little() {
    let mut doc = crate::generate::meeting(1, 7);
    let before = Graph::new(&doc, doc.partnerships.iter().map(AsRef::as_ref));
    let layout = settled(&before, &[], 1);
    let kept = layout.placements(&before);
    assert!(all_finite(layout.positions()));

    // Two organisations far apart in the picture become partners.
    let old = layout.positions();
    let a = 0;
    let b = (1..old.len())
        .max_by(|&m, &n| distance(old[a], old[m]).total_cmp(&distance(old[a], old[n])))
        .unwrap();
    let added = partnership(&doc, &[a, b]);
    doc.partnerships.push(Arc::new(added));
    let after = Graph::new(&doc, doc.partnerships.iter().map(AsRef::as_ref));
    assert!(after.links.len() > before.links.len());
    let mut relaxed = Layout::relaxed(&after, &kept, 1);
    assert!(!relaxed.is_settled());
    relaxed.settle(&after);

    let new = relaxed.positions();
    let mean = new.iter().zip(old).map(|(n, o)| distance(*n, *o)).sum::<f32>() / old.len() as f32;
    let picture = width(old);
    assert!(
        mean < 0.05 * picture,
        "mean move {mean} in a picture {picture} wide"
    );
    assert!(
        distance(new[a], new[b]) < distance(old[a], old[b]),
        "the new partners drew closer"
    );
}
