//! What the network view draws, as plain data: one mark per organisation
//! shown, one per link between two shown organisations, and the legend of
//! the colours. The window's painter and the SVG export both draw from it,
//! so the file exported is the picture on screen.

use std::collections::HashMap;

use super::{Graph, display_name};
use crate::model::{Document, Id, Vocabularies};

/// An organisation as drawn: where, how big and in which colour.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeMark {
    /// The node in the [`Graph`] (the organisation's place in the registry).
    pub node: usize,
    pub organisation: Id,
    /// The centre, in layout units (a link is about 100 long).
    pub at: [f32; 2],
    /// Grows with the number of partnerships the organisation is in.
    pub radius: f32,
    /// The colour of its stakeholder type (sRGB).
    pub colour: [u8; 3],
    /// The organisation's name as people wrote it, in logical order.
    pub label: String,
    /// The key of its stakeholder type in the vocabulary, as recorded.
    pub type_key: String,
}

/// A link between two shown organisations.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkMark {
    /// The nodes it joins, as in [`NodeMark::node`].
    pub a: usize,
    pub b: usize,
    /// Grows with the number of partnerships the two share.
    pub width: f32,
    pub partnerships: usize,
}

/// One colour of the legend and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub label: String,
    pub colour: [u8; 3],
}

/// Everything the network view draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Picture {
    /// In the registry's order.
    pub nodes: Vec<NodeMark>,
    /// In the order of [`Graph::links`].
    pub links: Vec<LinkMark>,
    /// The stakeholder types among the nodes, in the vocabulary's order,
    /// then organisations whose type is not stated, if any.
    pub legend: Vec<LegendEntry>,
}

/// Colours told apart by people with the common colour-vision deficiencies
/// (after Okabe and Ito), darkened or lightened to mid tones so that each
/// keeps a contrast of about 3:1 both on white and on dark grey.
pub const PALETTE: [[u8; 3]; 8] = [
    [0xC9, 0x85, 0x00], // orange
    [0x2A, 0x9B, 0xD6], // sky blue
    [0x00, 0x9E, 0x73], // bluish green
    [0x64, 0x74, 0xD6], // blue
    [0xD5, 0x5E, 0x00], // vermilion
    [0xC7, 0x6A, 0x9E], // reddish purple
    [0x8F, 0x92, 0x00], // olive
    [0xA4, 0x6A, 0xC8], // purple
];

/// The colour of organisations whose type is not stated or not in the
/// vocabulary.
pub const NO_TYPE: [u8; 3] = [0x8C, 0x8C, 0x8C];

/// The radius of an organisation in no partnership, in layout units.
const BASE_RADIUS: f32 = 6.0;
/// The width of a link of one partnership, and what each more adds.
const LINK_WIDTH: f32 = 1.5;
/// Links wider than this would hide the nodes they join.
const MAX_LINK_WIDTH: f32 = 9.0;

/// The colour of stakeholder type `key`, by its place in the document's
/// vocabulary (the palette repeats after eight types); grey for an empty
/// key or one the vocabulary lacks.
pub fn type_colour(doc: &Document, key: &str) -> [u8; 3] {
    type_position(doc, key).map_or(NO_TYPE, |index| PALETTE[index % PALETTE.len()])
}

fn type_position(doc: &Document, key: &str) -> Option<usize> {
    let key = key.trim();
    if key.is_empty() {
        return None;
    }
    doc.vocabularies
        .stakeholder_types
        .iter()
        .position(|term| term.key == key)
}

/// The radius of an organisation in `partnerships` partnerships: the area
/// grows about in proportion, so a hub stands out without hiding the rest.
pub fn node_radius(partnerships: usize) -> f32 {
    BASE_RADIUS + 3.0 * count(partnerships).sqrt()
}

/// The width of a link of `weight` shared partnerships.
pub fn link_width(weight: usize) -> f32 {
    (LINK_WIDTH + LINK_WIDTH * (count(weight) - 1.0)).clamp(LINK_WIDTH, MAX_LINK_WIDTH)
}

#[expect(
    clippy::cast_precision_loss,
    reason = "counts of partnerships are far below 2^24"
)]
fn count(n: usize) -> f32 {
    n as f32
}

/// The picture of `graph`: `shown[i]` says whether node `i` is drawn and
/// `positions[i]` is its place (layout units). A node without a place is
/// left out, and so is a link to a node left out.
impl Picture {
    /// The mark of `node`, if it is drawn: the nodes are in the registry's
    /// order, so it is found without an index of its own.
    pub fn mark(&self, node: usize) -> Option<&NodeMark> {
        let at = self.nodes.binary_search_by_key(&node, |mark| mark.node).ok()?;
        self.nodes.get(at)
    }
}

pub fn picture(doc: &Document, graph: &Graph, shown: &[bool], positions: &[[f32; 2]]) -> Picture {
    let drawn = |node: usize| shown.get(node).copied().unwrap_or(false) && positions.get(node).is_some();
    let ends = link_ends(graph);
    let partnerships = partnerships_per_node(graph, &ends);
    let mut types_present = vec![false; doc.vocabularies.stakeholder_types.len()];
    let mut untyped = false;
    let mut nodes = Vec::new();
    for (node, org) in doc.organisations.iter().enumerate() {
        let (true, Some(&at)) = (drawn(node), positions.get(node)) else {
            continue;
        };
        let type_key = org.stakeholder_type.trim();
        let position = type_position(doc, type_key);
        match position.and_then(|index| types_present.get_mut(index)) {
            Some(present) => *present = true,
            None => untyped = true,
        }
        nodes.push(NodeMark {
            node,
            organisation: org.id,
            at,
            radius: node_radius(partnerships.get(node).copied().unwrap_or(0)),
            colour: position.map_or(NO_TYPE, |index| PALETTE[index % PALETTE.len()]),
            label: short_name(org).to_owned(),
            type_key: type_key.to_owned(),
        });
    }
    let links = graph
        .links
        .iter()
        .zip(&ends)
        .filter_map(|(link, &ends)| {
            let (a, b) = ends?;
            (drawn(a) && drawn(b)).then(|| LinkMark {
                a,
                b,
                width: link_width(link.weight()),
                partnerships: link.weight(),
            })
        })
        .collect();
    Picture {
        nodes,
        links,
        legend: legend(doc, &types_present, untyped),
    }
}

/// The two nodes of each link of `graph`, `None` for a link to an
/// organisation not in it. A graph's links come in the order of its
/// adjacency lists (by first node, then second), which saves hashing every
/// identifier; a graph built otherwise is matched by identifier.
fn link_ends(graph: &Graph) -> Vec<Option<(usize, usize)>> {
    let in_order = graph.adjacency.iter().enumerate().flat_map(|(a, list)| {
        list.iter()
            .filter(move |&&(b, _)| b > a)
            .map(move |&(b, _)| (a, b))
    });
    let ends: Vec<Option<(usize, usize)>> = graph
        .links
        .iter()
        .zip(in_order)
        .map(|(link, (a, b))| {
            let same =
                graph.organisations.get(a) == Some(&link.a) && graph.organisations.get(b) == Some(&link.b);
            same.then_some((a, b))
        })
        .collect();
    if ends.len() == graph.links.len() && ends.iter().all(Option::is_some) {
        return ends;
    }
    let node_of: HashMap<Id, usize> = graph
        .organisations
        .iter()
        .enumerate()
        .map(|(node, &id)| (id, node))
        .collect();
    graph
        .links
        .iter()
        .map(|link| Some((*node_of.get(&link.a)?, *node_of.get(&link.b)?)))
        .collect()
}

/// The number of distinct partnerships each node is in: those of its links,
/// or one for a node that is the only partner of its partnerships.
fn partnerships_per_node(graph: &Graph, ends: &[Option<(usize, usize)>]) -> Vec<usize> {
    // The links of every node in one list, node after node: node `i`'s are
    // `incident[start[i]..start[i + 1]]`.
    let mut start = vec![0usize; graph.len() + 1];
    for &(a, b) in ends.iter().flatten() {
        for node in [a, b] {
            if let Some(count) = start.get_mut(node + 1) {
                *count += 1;
            }
        }
    }
    let mut total = 0;
    for count in &mut start {
        total += *count;
        *count = total;
    }
    let mut next = start.clone();
    let mut incident = vec![0usize; total];
    for (index, ends) in ends.iter().enumerate() {
        for node in ends.iter().flat_map(|&(a, b)| [a, b]) {
            if let Some(slot) = next.get_mut(node) {
                if let Some(place) = incident.get_mut(*slot) {
                    *place = index;
                }
                *slot += 1;
            }
        }
    }
    let mut scratch: Vec<Id> = Vec::new();
    start
        .windows(2)
        .enumerate()
        .map(|(node, range)| {
            scratch.clear();
            let mine = match *range {
                [from, to] => incident.get(from..to).unwrap_or_default(),
                _ => &[],
            };
            for link in mine.iter().filter_map(|&index| graph.links.get(index)) {
                scratch.extend_from_slice(&link.partnerships);
            }
            scratch.sort_unstable();
            scratch.dedup();
            let alone = graph.in_partnership.get(node).copied().unwrap_or(false);
            if scratch.is_empty() && alone {
                1
            } else {
                scratch.len()
            }
        })
        .collect()
}

fn legend(doc: &Document, types_present: &[bool], untyped: bool) -> Vec<LegendEntry> {
    let terms = &doc.vocabularies.stakeholder_types;
    let mut legend: Vec<LegendEntry> = terms
        .iter()
        .zip(types_present)
        .filter(|&(_, &present)| present)
        .map(|(term, _)| LegendEntry {
            label: Vocabularies::label(terms, &term.key).to_owned(),
            colour: type_colour(doc, &term.key),
        })
        .collect();
    if untyped {
        legend.push(LegendEntry {
            label: crate::tr!("network-legend-no-type"),
            colour: NO_TYPE,
        });
    }
    legend
}

/// What a node is labelled with: the organisation's acronym where it has one
/// (short enough for a crowded picture), else its name in the language shown.
pub fn short_name(org: &crate::model::Organisation) -> &str {
    let acronym = org.acronym.trim();
    if acronym.is_empty() {
        display_name(org).trim()
    } else {
        acronym
    }
}
