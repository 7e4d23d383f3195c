//! The network as indices: node `i` is the `i`th organisation of the
//! registry, so that the measures below work on plain vectors.

use std::collections::HashMap;

use super::{Link, links};
use crate::model::{Document, Id, Partnership};

/// The organisations of a registry and the links a set of partnerships
/// makes between them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Graph {
    /// The organisation of each node, in the registry's order.
    pub organisations: Vec<Id>,
    /// Whether each node is a partner in at least one of the partnerships,
    /// even one it is the only partner of.
    pub in_partnership: Vec<bool>,
    /// Each node's neighbours and the number of partnerships shared with
    /// each, by neighbour.
    pub adjacency: Vec<Vec<(usize, usize)>>,
    /// The links, as [`links`] gives them.
    pub links: Vec<Link>,
}

impl Graph {
    /// The network of `doc`'s organisations made by `partnerships` (all of
    /// a document's, or any chosen few).
    pub fn new<'p>(doc: &Document, partnerships: impl IntoIterator<Item = &'p Partnership>) -> Self {
        let organisations: Vec<Id> = doc.organisations.iter().map(|org| org.id).collect();
        let position: HashMap<Id, usize> = organisations
            .iter()
            .enumerate()
            .map(|(index, id)| (*id, index))
            .collect();
        let chosen: Vec<&Partnership> = partnerships.into_iter().collect();
        let mut in_partnership = vec![false; organisations.len()];
        for role in chosen.iter().flat_map(|p| &p.partners) {
            if let Some(flag) = position
                .get(&role.organisation)
                .and_then(|&i| in_partnership.get_mut(i))
            {
                *flag = true;
            }
        }
        let links = links(doc, chosen);
        let mut adjacency = vec![Vec::new(); organisations.len()];
        for link in &links {
            let (Some(&a), Some(&b)) = (position.get(&link.a), position.get(&link.b)) else {
                continue;
            };
            if let Some(list) = adjacency.get_mut(a) {
                list.push((b, link.weight()));
            }
            if let Some(list) = adjacency.get_mut(b) {
                list.push((a, link.weight()));
            }
        }
        for list in &mut adjacency {
            list.sort_unstable();
        }
        Self {
            organisations,
            in_partnership,
            adjacency,
            links,
        }
    }

    /// The number of nodes: every organisation of the registry.
    pub fn len(&self) -> usize {
        self.organisations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty()
    }

    /// The node of an organisation.
    pub fn node(&self, id: Id) -> Option<usize> {
        self.organisations.iter().position(|&o| o == id)
    }

    /// The neighbours of `node`, in the registry's order.
    pub fn neighbours(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        self.adjacency.get(node).into_iter().flatten().map(|&(n, _)| n)
    }

    /// The number of distinct partners of `node`.
    pub fn degree(&self, node: usize) -> usize {
        self.adjacency.get(node).map_or(0, Vec::len)
    }

    /// The number of partnerships `node` shares with its partners, one for
    /// each partner in each partnership.
    pub fn weighted_degree(&self, node: usize) -> usize {
        self.adjacency
            .get(node)
            .map_or(0, |list| list.iter().map(|&(_, weight)| weight).sum())
    }

    /// The organisations of the registry in none of the partnerships.
    pub fn isolated(&self) -> Vec<usize> {
        (0..self.len())
            .filter(|&node| !self.in_partnership.get(node).copied().unwrap_or(false))
            .collect()
    }
}
