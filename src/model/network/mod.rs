//! The network of organisations the partnerships make: organisations are
//! nodes, and two organisations are linked when they are partners in the same
//! partnership.

mod gaps;
mod graph;
mod introductions;
mod layout;
#[cfg(test)]
mod layout_tests;
#[cfg(test)]
mod measures_tests;
mod metrics;
pub mod picture;
#[cfg(test)]
mod picture_tests;
mod summary;
pub mod svg;
mod view;
#[cfg(test)]
mod view_tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Document, Id, Partnership};

/// Where an organisation is drawn in the network view, kept in the document
/// (format 6) so that the picture is the same when the file is reopened.
/// Coordinates are the layout's own units; the view fits them to the screen.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub organisation: Id,
    pub x: f32,
    pub y: f32,
    /// Placed by hand: the layout leaves it where it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
}

pub use gaps::{Gap, display_name, gaps};
pub use graph::Graph;
pub use introductions::{Introduction, introductions};
pub use layout::Layout;
pub use metrics::{betweenness, components, cut_points, parts_without};
pub use picture::{LegendEntry, LinkMark, NodeMark, Picture, picture, type_colour};
pub use summary::{Standing, Summary};
pub use svg::svg;
pub use view::{Filter, View, view};

/// Two organisations and the partnerships they share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The organisation listed first of the two in the registry.
    pub a: Id,
    pub b: Id,
    /// The partnerships both are in, in the document's order.
    pub partnerships: Vec<Id>,
}

impl Link {
    /// How many partnerships the two share: the thickness of the link.
    pub fn weight(&self) -> usize {
        self.partnerships.len()
    }
}

/// The links between the organisations of `partnerships`, in the order of
/// the registry (by the first organisation, then the second). An
/// organisation counted twice in one partnership counts once; a partner not
/// in the registry is left out.
pub fn links<'p>(doc: &Document, partnerships: impl IntoIterator<Item = &'p Partnership>) -> Vec<Link> {
    let position: std::collections::HashMap<Id, usize> = doc
        .organisations
        .iter()
        .enumerate()
        .map(|(index, org)| (org.id, index))
        .collect();
    let mut shared: BTreeMap<(usize, usize), Vec<Id>> = BTreeMap::new();
    for partnership in partnerships {
        let mut partners: Vec<usize> = partnership
            .partners
            .iter()
            .filter_map(|role| position.get(&role.organisation).copied())
            .collect();
        partners.sort_unstable();
        partners.dedup();
        for (i, &a) in partners.iter().enumerate() {
            for &b in partners.iter().skip(i + 1) {
                shared.entry((a, b)).or_default().push(partnership.id);
            }
        }
    }
    shared
        .into_iter()
        .filter_map(|((a, b), partnerships)| {
            Some(Link {
                a: doc.organisations.get(a)?.id,
                b: doc.organisations.get(b)?.id,
                partnerships,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::{Organisation, PartnerRole};

    fn org(name: &str) -> Organisation {
        Organisation {
            name: name.into(),
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

    #[test]
    fn partners_of_a_partnership_are_linked_pairwise_and_weighted() {
        let (a, b, c) = (org("A"), org("B"), org("C"));
        let doc = Document {
            organisations: vec![Arc::new(a.clone()), Arc::new(b.clone()), Arc::new(c.clone())],
            ..Document::default()
        };
        let one = partnership(&[&c, &a, &b]);
        let two = partnership(&[&b, &a, &a]);
        let stranger = partnership(&[&a, &org("not in the registry")]);
        let found = links(&doc, [&one, &two, &stranger]);
        let pairs: Vec<_> = found.iter().map(|l| (l.a, l.b, l.weight())).collect();
        assert_eq!(pairs, vec![(a.id, b.id, 2), (a.id, c.id, 1), (b.id, c.id, 1)]);
        assert_eq!(found[0].partnerships, vec![one.id, two.id]);
    }
}
