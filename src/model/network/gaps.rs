//! What the network lacks, in words: kinds of organisation no partnership
//! joins, groups with nothing between them, and organisations that alone
//! hold two groups together.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use super::{Graph, components, cut_points, parts_without};
use crate::i18n::Language;
use crate::model::fold::fold;
use crate::model::report::{Line, mark};
use crate::model::{Document, Id, Organisation, Vocabularies};
use crate::tr;

/// At most this many sentences about stakeholder types, the ones about the
/// whole meeting first.
const TYPE_GAPS: usize = 5;
/// At most this many sentences about an organisation that alone joins two groups.
const ONLY_BRIDGES: usize = 3;

/// Something the network lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    /// No link joins an organisation of type `first` with one of type
    /// `second` (keys of the stakeholder types), within `country` (an ISO
    /// code) or, when it is `None`, anywhere.
    Types {
        first: String,
        second: String,
        country: Option<String>,
    },
    /// The partnerships make `count` separate groups of two or more
    /// organisations; `first` and `second` are the best connected
    /// organisations of the two largest.
    Clusters { count: usize, first: Id, second: Id },
    /// `organisation` is the only connection between `first` and `second`,
    /// the best connected organisations of the two largest parts its group
    /// would fall into without it; `cut_off` organisations would lose their
    /// way to the largest part.
    OnlyBridge {
        organisation: Id,
        first: Id,
        second: Id,
        cut_off: usize,
    },
}

/// The most telling gaps of the network of `doc` (the document `graph` was
/// built from), in a fixed order: stakeholder types, separate groups, only bridges.
pub fn gaps(doc: &Document, graph: &Graph) -> Vec<Gap> {
    let names: Vec<String> = doc.organisations.iter().map(|org| fold(&org.name)).collect();
    let mut found = type_gaps(doc, graph);
    found.extend(cluster_gap(graph, &names));
    found.extend(only_bridges(graph, &names));
    found
}

/// The stakeholder type of a node, trimmed; empty when it has none.
fn type_of(doc: &Document, node: usize) -> &str {
    doc.organisations
        .get(node)
        .map_or("", |org| org.stakeholder_type.trim())
}

fn country_of(doc: &Document, node: usize) -> String {
    doc.organisations
        .get(node)
        .map_or_else(String::new, |org| org.country.trim().to_uppercase())
}

fn type_gaps(doc: &Document, graph: &Graph) -> Vec<Gap> {
    // The types present, in the vocabulary's order, then the others by key.
    let vocabulary = &doc.vocabularies.stakeholder_types;
    let mut types: Vec<&str> = (0..graph.len())
        .map(|node| type_of(doc, node))
        .filter(|t| !t.is_empty())
        .collect();
    types.sort_unstable_by_key(|t| {
        (
            vocabulary
                .iter()
                .position(|term| term.key == *t)
                .unwrap_or(usize::MAX),
            *t,
        )
    });
    types.dedup();
    let rank = |key: &str| types.iter().position(|t| *t == key);
    let countries: BTreeSet<String> = (0..graph.len())
        .map(|node| country_of(doc, node))
        .filter(|c| !c.is_empty())
        .collect();
    let countries: Vec<String> = countries.into_iter().collect();
    let place = |code: &str| countries.iter().position(|c| c == code);

    let kind: Vec<Option<usize>> = (0..graph.len()).map(|node| rank(type_of(doc, node))).collect();
    let country: Vec<Option<usize>> = (0..graph.len())
        .map(|node| place(&country_of(doc, node)))
        .collect();

    // How many organisations of each type, overall (slot 0) and in each country.
    let mut counts = vec![vec![0_usize; types.len()]; countries.len() + 1];
    // Which pairs of types some link joins, overall and within each country.
    let mut joined = vec![BTreeSet::new(); countries.len() + 1];
    for node in 0..graph.len() {
        let Some(Some(kind)) = kind.get(node).copied() else {
            continue;
        };
        bump(&mut counts, 0, kind);
        if let Some(Some(place)) = country.get(node).copied() {
            bump(&mut counts, place + 1, kind);
        }
    }
    for a in 0..graph.len() {
        for b in graph.neighbours(a).filter(|&b| b > a) {
            let (Some(Some(first)), Some(Some(second))) = (kind.get(a).copied(), kind.get(b).copied()) else {
                continue;
            };
            let pair = (first.min(second), first.max(second));
            if let Some(set) = joined.get_mut(0) {
                set.insert(pair);
            }
            if let (Some(Some(here)), Some(Some(there))) = (country.get(a).copied(), country.get(b).copied())
                && here == there
                && let Some(set) = joined.get_mut(here + 1)
            {
                set.insert(pair);
            }
        }
    }

    // A gap weighs the number of pairs of organisations that could have been joined.
    let mut overall = Vec::new();
    let mut local = Vec::new();
    for (slot, (count, links)) in counts.iter().zip(&joined).enumerate() {
        for first in 0..types.len() {
            for second in first + 1..types.len() {
                let possible =
                    count.get(first).copied().unwrap_or(0) * count.get(second).copied().unwrap_or(0);
                if possible == 0 || links.contains(&(first, second)) {
                    continue;
                }
                if slot == 0 {
                    overall.push((Reverse(possible), first, second, slot));
                } else if joined.first().is_some_and(|all| all.contains(&(first, second))) {
                    // Where no link joins the two types at all, the sentence
                    // about the whole meeting says it for every country.
                    local.push((Reverse(possible), first, second, slot));
                }
            }
        }
    }
    overall.sort_unstable();
    local.sort_unstable();
    overall
        .into_iter()
        .chain(local)
        .take(TYPE_GAPS)
        .filter_map(|(_, first, second, slot)| {
            Some(Gap::Types {
                first: (*types.get(first)?).to_owned(),
                second: (*types.get(second)?).to_owned(),
                country: slot.checked_sub(1).and_then(|c| countries.get(c)).cloned(),
            })
        })
        .collect()
}

fn bump(counts: &mut [Vec<usize>], slot: usize, kind: usize) {
    if let Some(count) = counts.get_mut(slot).and_then(|row| row.get_mut(kind)) {
        *count += 1;
    }
}

/// The best connected node of `nodes`: most partners, then first by name.
fn representative(graph: &Graph, names: &[String], nodes: &[usize]) -> Option<usize> {
    nodes.iter().copied().min_by(|&a, &b| {
        graph
            .degree(b)
            .cmp(&graph.degree(a))
            .then_with(|| names.get(a).cmp(&names.get(b)))
            .then(a.cmp(&b))
    })
}

fn cluster_gap(graph: &Graph, names: &[String]) -> Option<Gap> {
    let mut clusters: Vec<Vec<usize>> = components(graph).into_iter().filter(|c| c.len() > 1).collect();
    if clusters.len() < 2 {
        return None;
    }
    clusters.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.first().cmp(&b.first())));
    let first = representative(graph, names, clusters.first()?)?;
    let second = representative(graph, names, clusters.get(1)?)?;
    Some(Gap::Clusters {
        count: clusters.len(),
        first: *graph.organisations.get(first)?,
        second: *graph.organisations.get(second)?,
    })
}

fn only_bridges(graph: &Graph, names: &[String]) -> Vec<Gap> {
    struct Cut {
        node: usize,
        parts: Vec<Vec<usize>>,
        second: usize,
        held: usize,
    }
    let mut found: Vec<Cut> = cut_points(graph)
        .into_iter()
        .map(|node| {
            let parts = parts_without(graph, node);
            Cut {
                node,
                second: parts.get(1).map_or(0, Vec::len),
                held: parts.iter().skip(1).map(Vec::len).sum(),
                parts,
            }
        })
        .collect();
    // Most telling first: the larger the smaller side it holds on, then
    // the more organisations it holds, then by name.
    found.sort_by(|a, b| {
        b.second
            .cmp(&a.second)
            .then(b.held.cmp(&a.held))
            .then_with(|| names.get(a.node).cmp(&names.get(b.node)))
            .then(a.node.cmp(&b.node))
    });
    found
        .into_iter()
        .take(ONLY_BRIDGES)
        .filter_map(|cut| {
            let first = representative(graph, names, cut.parts.first()?)?;
            let second = representative(graph, names, cut.parts.get(1)?)?;
            Some(Gap::OnlyBridge {
                organisation: *graph.organisations.get(cut.node)?,
                first: *graph.organisations.get(first)?,
                second: *graph.organisations.get(second)?,
                cut_off: cut.held,
            })
        })
        .collect()
}

/// An organisation's name in the language being written: the Arabic name in
/// Arabic where there is one.
pub fn display_name(org: &Organisation) -> &str {
    if crate::i18n::language() == Language::Arabic && !org.name_ar.trim().is_empty() {
        &org.name_ar
    } else {
        &org.name
    }
}

fn name_of(doc: &Document, id: Id) -> &str {
    doc.organisations
        .iter()
        .find(|org| org.id == id)
        .map_or("", |org| display_name(org))
}

impl Gap {
    /// The gap as a sentence in the language being written, with names and
    /// the labels of the document's vocabulary kept as what people wrote.
    pub fn sentence(&self, doc: &Document) -> Line {
        match self {
            Self::Types {
                first,
                second,
                country,
            } => {
                let terms = &doc.vocabularies.stakeholder_types;
                let (first, second) = (
                    Vocabularies::label(terms, first),
                    Vocabularies::label(terms, second),
                );
                match country {
                    Some(country) => Line::message(
                        &tr!(
                            "network-gap-types-in-country",
                            first = mark(0),
                            second = mark(1),
                            country = mark(2)
                        ),
                        &[first, second, country],
                    ),
                    None => Line::message(
                        &tr!("network-gap-types", first = mark(0), second = mark(1)),
                        &[first, second],
                    ),
                }
            }
            Self::Clusters { count, first, second } => Line::message(
                &tr!(
                    "network-gap-clusters",
                    count = *count,
                    first = mark(0),
                    second = mark(1)
                ),
                &[name_of(doc, *first), name_of(doc, *second)],
            ),
            Self::OnlyBridge {
                organisation,
                first,
                second,
                cut_off,
            } => Line::message(
                &tr!(
                    "network-gap-only-bridge",
                    organisation = mark(0),
                    first = mark(1),
                    second = mark(2),
                    count = *cut_off
                ),
                &[
                    name_of(doc, *organisation),
                    name_of(doc, *first),
                    name_of(doc, *second),
                ],
            ),
        }
    }
}
