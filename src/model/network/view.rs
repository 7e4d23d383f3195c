//! What the network view shows: which partnerships make its links, which
//! organisations are drawn, now or as the network stood at a past moment.
//!
//! The past is read through [`board_as_of`], so the network and the board's
//! "as of" control always tell the same story.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::Graph;
use crate::model::as_of::{CardAsOf, board_as_of};
use crate::model::{Document, Id, Organisation, PartnerRole, Partnership, Stamp};

/// The network view's filters; each one set narrows the view, and they combine.
///
/// Stages, thrust area, round table and moment choose partnerships (at a past
/// moment, the stage a partnership was at then). Country and stakeholder type
/// choose organisations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Stage keys; empty means every stage.
    pub stages: BTreeSet<String>,
    /// A thrust-area key.
    pub thrust_area: Option<String>,
    /// An ISO country code: organisations of that country.
    pub country: Option<String>,
    /// A stakeholder-type key: organisations of that type.
    pub stakeholder_type: Option<String>,
    /// The agenda item (round table) where the partnership was born.
    pub round_table: Option<Id>,
    /// The network as it stood then; `None` for now.
    pub as_of: Option<Stamp>,
    /// Hide organisations in none of the chosen partnerships.
    pub hide_isolated: bool,
}

/// The network as the filters show it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The chosen partnerships, in the document's order, with their stage
    /// and partners at the moment.
    pub partnerships: Vec<CardAsOf>,
    /// Every organisation of the registry, with the node numbers
    /// [`Graph::new`] gives them, linked by the chosen partnerships' partners
    /// at the moment. Only organisations the country and type filters keep
    /// are linked, so every link joins two shown organisations.
    pub graph: Graph,
    /// Whether each node is drawn.
    pub shown: Vec<bool>,
}

/// The network `filter` shows of `doc`.
///
/// The work grows with the size of the registry and the total length of the
/// partnerships' partner lists and histories (and with the square of the
/// number of partners of one partnership, for its links), so a meeting of two
/// thousand organisations and a thousand partnerships takes a few
/// milliseconds.
pub fn view(doc: &Document, filter: &Filter) -> View {
    let cards = match filter.as_of {
        Some(at) => board_as_of(doc, at),
        None => doc.partnerships.iter().map(card_now).collect(),
    };
    let partnerships: Vec<CardAsOf> = cards.into_iter().filter(|card| chooses(filter, card)).collect();
    let kept: Vec<bool> = doc.organisations.iter().map(|org| keeps(filter, org)).collect();
    let position: HashMap<Id, usize> = doc
        .organisations
        .iter()
        .enumerate()
        .map(|(index, org)| (org.id, index))
        .collect();
    let kept_by_id = |id: &Id| {
        position
            .get(id)
            .is_some_and(|&i| kept.get(i).copied().unwrap_or(false))
    };
    // Graph::new reads only the ids of a partnership and of its partners.
    let linking: Vec<Partnership> = partnerships
        .iter()
        .map(|card| Partnership {
            id: card.partnership.id,
            partners: card
                .partners
                .iter()
                .filter(|id| kept_by_id(id))
                .map(|&organisation| PartnerRole {
                    organisation,
                    ..PartnerRole::default()
                })
                .collect(),
            ..Partnership::default()
        })
        .collect();
    let graph = Graph::new(doc, &linking);
    let shown = kept
        .iter()
        .zip(&graph.in_partnership)
        .map(|(&kept, &linked)| kept && (linked || !filter.hide_isolated))
        .collect();
    View {
        partnerships,
        graph,
        shown,
    }
}

impl View {
    /// The number of organisations drawn.
    pub fn shown_count(&self) -> usize {
        self.shown.iter().filter(|&&shown| shown).count()
    }

    /// The chosen partnerships `node` was a partner of at the moment.
    pub fn partnerships_of(&self, node: usize) -> Vec<&CardAsOf> {
        let Some(&id) = self.graph.organisations.get(node) else {
            return Vec::new();
        };
        self.partnerships
            .iter()
            .filter(|card| card.partners.contains(&id))
            .collect()
    }

    /// The chosen partnerships both `a` and `b` were partners of at the moment.
    pub fn partnerships_between(&self, a: usize, b: usize) -> Vec<&CardAsOf> {
        let (Some(&a), Some(&b)) = (self.graph.organisations.get(a), self.graph.organisations.get(b)) else {
            return Vec::new();
        };
        self.partnerships
            .iter()
            .filter(|card| card.partners.contains(&a) && card.partners.contains(&b))
            .collect()
    }
}

/// A partnership as it is now, its partners each once in the order listed.
fn card_now(partnership: &Arc<Partnership>) -> CardAsOf {
    let mut partners: Vec<Id> = Vec::with_capacity(partnership.partners.len());
    for role in &partnership.partners {
        if !partners.contains(&role.organisation) {
            partners.push(role.organisation);
        }
    }
    CardAsOf {
        partnership: Arc::clone(partnership),
        stage: partnership.stage.clone(),
        partners,
    }
}

/// Whether the partnership-level filters choose `card`.
fn chooses(filter: &Filter, card: &CardAsOf) -> bool {
    let p = &card.partnership;
    (filter.stages.is_empty() || filter.stages.contains(&card.stage))
        && filter
            .thrust_area
            .as_deref()
            .is_none_or(|area| p.thrust_area == area)
        && filter.round_table.is_none_or(|item| p.born_at == Some(item))
}

/// Whether the organisation-level filters keep `org`.
fn keeps(filter: &Filter, org: &Organisation) -> bool {
    filter
        .country
        .as_deref()
        .is_none_or(|country| org.country.trim().eq_ignore_ascii_case(country.trim()))
        && filter
            .stakeholder_type
            .as_deref()
            .is_none_or(|kind| org.stakeholder_type == kind)
}
