//! The order of a merged list, the same whichever side comes first.
//!
//! What both sides keep is laid out in the base's order, or in one side's
//! order when only that side reordered it (in the organiser's order when
//! there is no base to compare with). What only one side has is placed after
//! the element it follows on that side; elements of the two sides that follow
//! the same element come as two runs, the run whose first key is smaller
//! first. Captured records are placed by capture time instead.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// Where the elements only one side has go.
pub(super) enum Placement<'a, K, S> {
    /// After the element they follow on their side.
    Anchored,
    /// Among the others by the sort key given (capture time, then key).
    Sorted(&'a dyn Fn(&K) -> S),
}

/// The keys of the merged list, in order: `kept` says which keys the merged
/// list holds.
pub(super) fn merged_order<K, S>(
    base: &[K],
    ours: &[K],
    theirs: &[K],
    kept: &dyn Fn(&K) -> bool,
    placement: &Placement<'_, K, S>,
) -> Vec<K>
where
    K: Clone + Eq + Hash + Ord,
    S: Ord,
{
    let in_ours: HashSet<&K> = ours.iter().collect();
    let in_theirs: HashSet<&K> = theirs.iter().collect();
    let both = |k: &K| kept(k) && in_ours.contains(k) && in_theirs.contains(k);
    let ours_seq: Vec<&K> = ours.iter().filter(|k| both(k)).collect();
    let theirs_seq: Vec<&K> = theirs.iter().filter(|k| both(k)).collect();
    let skeleton: Vec<&K> = if ours_seq == theirs_seq {
        ours_seq
    } else {
        let position: HashMap<&K, usize> = base.iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut base_seq = ours_seq.clone();
        base_seq.sort_by(|a, b| {
            let at = |k: &K| position.get(k).copied().unwrap_or(usize::MAX);
            at(a).cmp(&at(b)).then_with(|| a.cmp(b))
        });
        // Whether a side reordered is judged on what the base had: what
        // both sides added since has no base order to keep.
        let in_base = |seq: &[&K]| -> Vec<K> {
            seq.iter()
                .filter(|k| position.contains_key(**k))
                .map(|k| (*k).clone())
                .collect()
        };
        let (ours_moved, theirs_moved) = (
            in_base(&ours_seq) != in_base(&base_seq),
            in_base(&theirs_seq) != in_base(&base_seq),
        );
        match (ours_moved, theirs_moved) {
            _ if base.is_empty() => ours_seq,
            (false, true) => theirs_seq,
            (true, true) => base_seq,
            _ => ours_seq,
        }
    };
    let in_skeleton: HashSet<&K> = skeleton.iter().copied().collect();
    let alone = |k: &&K| kept(k) && !in_skeleton.contains(k);
    match placement {
        Placement::Anchored => anchored(&skeleton, ours, theirs, &in_skeleton, &alone),
        Placement::Sorted(sort_key) => {
            let mut additions: Vec<&K> = ours.iter().chain(theirs).filter(alone).collect();
            additions.sort_by_key(|k| (sort_key(k), (*k).clone()));
            additions.dedup();
            let mut out = Vec::with_capacity(skeleton.len() + additions.len());
            let mut pending = additions.into_iter().peekable();
            for k in skeleton {
                let here = (sort_key(k), k.clone());
                while let Some(a) = pending.next_if(|a| (sort_key(a), (*a).clone()) < here) {
                    out.push(a.clone());
                }
                out.push(k.clone());
            }
            out.extend(pending.cloned());
            out
        }
    }
}

/// The skeleton with each side's own elements after the element they follow.
fn anchored<K: Clone + Eq + Hash + Ord>(
    skeleton: &[&K],
    ours: &[K],
    theirs: &[K],
    in_skeleton: &HashSet<&K>,
    alone: &dyn Fn(&&K) -> bool,
) -> Vec<K> {
    let runs = |side: &[K]| {
        let mut runs: HashMap<Option<K>, Vec<K>> = HashMap::new();
        let mut anchor: Option<K> = None;
        for k in side {
            if in_skeleton.contains(k) {
                anchor = Some(k.clone());
            } else if alone(&k) {
                runs.entry(anchor.clone()).or_default().push(k.clone());
            }
        }
        runs
    };
    let (mut ours_runs, mut theirs_runs) = (runs(ours), runs(theirs));
    let mut out: Vec<K> = Vec::with_capacity(skeleton.len());
    let mut seen: HashSet<K> = HashSet::new();
    let mut place = |anchor: Option<K>, out: &mut Vec<K>| {
        let a = ours_runs.remove(&anchor).unwrap_or_default();
        let b = theirs_runs.remove(&anchor).unwrap_or_default();
        let theirs_first = !b.is_empty() && (a.is_empty() || b.first() < a.first());
        let (first, second) = if theirs_first { (b, a) } else { (a, b) };
        for k in first.into_iter().chain(second) {
            if seen.insert(k.clone()) {
                out.push(k);
            }
        }
    };
    place(None, &mut out);
    for k in skeleton {
        out.push((*k).clone());
        place(Some((*k).clone()), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(base: &[u8], ours: &[u8], theirs: &[u8]) -> Vec<u8> {
        let kept = |_: &u8| true;
        merged_order::<u8, u8>(base, ours, theirs, &kept, &Placement::Anchored)
    }

    #[test]
    fn one_sided_reordering_wins_and_additions_follow_their_neighbour() {
        assert_eq!(order(&[1, 2, 3], &[3, 2, 1], &[1, 2, 3]), [3, 2, 1]);
        assert_eq!(order(&[1, 2, 3], &[1, 2, 3], &[3, 2, 1]), [3, 2, 1]);
        assert_eq!(order(&[1, 2, 3], &[3, 1, 2], &[2, 1, 3]), [1, 2, 3]);
        assert_eq!(order(&[1, 2], &[1, 9, 2], &[1, 5, 2]), [1, 5, 9, 2]);
        assert_eq!(order(&[1, 2], &[1, 5, 2], &[1, 9, 2]), [1, 5, 9, 2]);
    }

    #[test]
    fn sorted_additions_go_by_their_key() {
        let kept = |_: &u8| true;
        let key = |k: &u8| *k;
        let merged = merged_order(
            &[2, 6],
            &[2, 3, 6, 7],
            &[1, 2, 6, 4],
            &kept,
            &Placement::Sorted(&key),
        );
        assert_eq!(merged, [1, 2, 3, 4, 6, 7]);
    }
}
