//! The network in a few numbers and names, as the report's network section
//! gives it.

use super::{Gap, Graph, betweenness, components, gaps};
use crate::model::fold::fold;
use crate::model::{Document, Id, Partnership};

/// How many organisations the tables of the most connected and of brokers name.
const TOP: usize = 5;

/// Where one organisation stands in the network.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub organisation: Id,
    /// Distinct partners.
    pub degree: usize,
    /// Partners counted once for each partnership shared with them.
    pub weighted_degree: usize,
    /// Raw betweenness (see [`betweenness`]).
    pub betweenness: f64,
}

/// The network of a set of partnerships in brief.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Organisations of the registry that are partners in at least one partnership.
    pub organisations: usize,
    pub links: usize,
    /// Connected groups among the organisations in partnerships (one
    /// alone in its partnerships is a group of one).
    pub groups: usize,
    /// The organisations with most partners, most first, ties by name; none
    /// without partners.
    pub most_connected: Vec<Standing>,
    /// The organisations on most shortest paths between others, most first,
    /// ties by name; none that is on no such path.
    pub brokers: Vec<Standing>,
    /// Organisations of the registry in none of the partnerships, in the
    /// registry's order.
    pub isolated: Vec<Id>,
    pub gaps: Vec<Gap>,
}

impl Summary {
    /// The summary of the network `partnerships` make among `doc`'s organisations.
    pub fn new<'p>(doc: &Document, partnerships: impl IntoIterator<Item = &'p Partnership>) -> Self {
        Self::of(doc, &Graph::new(doc, partnerships))
    }

    /// The summary of `graph`, built from `doc`.
    pub fn of(doc: &Document, graph: &Graph) -> Self {
        Self::measured(doc, graph, &betweenness(graph))
    }

    /// The summary of `graph`, built from `doc`, with the betweenness of
    /// each node already measured (the network view keeps it for every node).
    pub fn measured(doc: &Document, graph: &Graph, centrality: &[f64]) -> Self {
        let names: Vec<String> = doc.organisations.iter().map(|org| fold(&org.name)).collect();
        let standing = |node: usize| -> Option<Standing> {
            Some(Standing {
                organisation: *graph.organisations.get(node)?,
                degree: graph.degree(node),
                weighted_degree: graph.weighted_degree(node),
                betweenness: centrality.get(node).copied().unwrap_or(0.0),
            })
        };
        let by_name = |a: usize, b: usize| names.get(a).cmp(&names.get(b)).then(a.cmp(&b));

        let mut connected: Vec<usize> = (0..graph.len()).filter(|&n| graph.degree(n) > 0).collect();
        connected.sort_by(|&a, &b| graph.degree(b).cmp(&graph.degree(a)).then_with(|| by_name(a, b)));
        let mut brokers: Vec<usize> = (0..graph.len())
            .filter(|&n| centrality.get(n).is_some_and(|&c| c > 0.0))
            .collect();
        brokers.sort_by(|&a, &b| {
            let (ca, cb) = (
                centrality.get(a).copied().unwrap_or(0.0),
                centrality.get(b).copied().unwrap_or(0.0),
            );
            cb.total_cmp(&ca).then_with(|| by_name(a, b))
        });

        let in_partnership = |node: usize| graph.in_partnership.get(node).copied().unwrap_or(false);
        Self {
            organisations: (0..graph.len()).filter(|&n| in_partnership(n)).count(),
            links: graph.links.len(),
            groups: components(graph)
                .iter()
                .filter(|group| group.first().is_some_and(|&n| in_partnership(n)))
                .count(),
            most_connected: connected.into_iter().take(TOP).filter_map(standing).collect(),
            brokers: brokers.into_iter().take(TOP).filter_map(standing).collect(),
            isolated: graph
                .isolated()
                .into_iter()
                .filter_map(|n| graph.organisations.get(n).copied())
                .collect(),
            gaps: gaps(doc, graph),
        }
    }
}
