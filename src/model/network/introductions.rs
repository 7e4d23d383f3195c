//! Introductions worth making: organisations of the network whose offers
//! meet each other's needs and that have no partnership together yet. The
//! registry's suggestions score them, so the network and an organisation's
//! "Suggested partners" never disagree about who complements whom.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use crate::model::suggest::{Reason, suggestions};
use crate::model::{Document, Id, Organisation};

/// How many of an organisation's best suggestions are read at least; more when
/// only part of the registry is considered, so that those in it are still
/// among the ones read.
const READ_PER_ORGANISATION: usize = 20;

/// Two organisations worth introducing to each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Introduction {
    /// The organisation the reasons are told from.
    pub a: Id,
    /// The organisation the reasons describe.
    pub b: Id,
    /// The registry's score of `b` for `a`.
    pub score: u32,
    /// Why, as the registry's suggestions say it: at least one offer meets a need.
    pub reasons: Vec<Reason>,
}

/// Up to `limit` pairs of organisations of `among` with complementary offers
/// and needs and no partnership yet, best first, ties broken by the two
/// names and then by the ids; each pair once. Pairs that only share focus
/// areas, a sector or a country are left out.
///
/// Each organisation of `among` is scored against the whole registry, as its
/// suggested partners are, and its best `k` suggestions are read, where `k`
/// is at least 20 and grows as `among` is a smaller part of the registry.
/// The cost is about `among` times the registry's size times the organisations'
/// offers and needs, plus the registry's size squared times 20 for keeping
/// the best suggestions. For all two thousand organisations of a generated
/// meeting that is about ten seconds in a debug build, and far from a frame's
/// time in any build, so run it away from the window for big meetings.
pub fn introductions(doc: &Document, among: &[Id], limit: usize) -> Vec<Introduction> {
    let considered: HashSet<Id> = among.iter().copied().collect();
    if considered.len() < 2 || limit == 0 {
        return Vec::new();
    }
    let organisations: HashMap<Id, &Organisation> = doc.organisations.iter().map(|o| (o.id, &**o)).collect();
    let read = READ_PER_ORGANISATION
        .saturating_mul(doc.organisations.len())
        .div_ceil(considered.len())
        .max(READ_PER_ORGANISATION)
        .min(doc.organisations.len().max(1));
    // The best of each unordered pair, by its two ids in order.
    let mut best: HashMap<(Id, Id), Introduction> = HashMap::new();
    let mut done: HashSet<Id> = HashSet::new();
    for &a in among {
        if !done.insert(a) {
            continue;
        }
        for suggestion in suggestions(doc, a, read) {
            let b = suggestion.organisation;
            if !considered.contains(&b) || !complementary(&suggestion.reasons) {
                continue;
            }
            let found = Introduction {
                a,
                b,
                score: suggestion.score,
                reasons: suggestion.reasons,
            };
            let key = (a.min(b), a.max(b));
            let better = best
                .get(&key)
                .is_none_or(|kept| order(&organisations, &found) < order(&organisations, kept));
            if better {
                best.insert(key, found);
            }
        }
    }
    let mut found: Vec<Introduction> = best.into_values().collect();
    found.sort_by(|x, y| order(&organisations, x).cmp(&order(&organisations, y)));
    found.truncate(limit);
    found
}

/// Whether an offer meets a need among `reasons`.
fn complementary(reasons: &[Reason]) -> bool {
    reasons
        .iter()
        .any(|r| matches!(r, Reason::Offers { .. } | Reason::Needs { .. }))
}

/// Where an introduction ranks: the higher score first, then by the names
/// of `a` and `b`, then by their ids.
fn order<'o>(
    organisations: &HashMap<Id, &'o Organisation>,
    introduction: &Introduction,
) -> (Reverse<u32>, &'o str, &'o str, Id, Id) {
    let name = |id: Id| organisations.get(&id).map_or("", |o| o.name.as_str());
    (
        Reverse(introduction.score),
        name(introduction.a),
        name(introduction.b),
        introduction.a,
        introduction.b,
    )
}
