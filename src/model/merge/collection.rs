//! The merge of one collection of records, matched by key.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDateTime;
use serde_json::Value;

use super::items::{Item, Key};
use super::order::{Placement, merged_order};
use super::value::{RawConflict, merge_value};
use super::{Conflict, MergeCounts, MergeError, Target};
use crate::model::Document;

/// What the merge of a whole document gathers as it goes.
pub(super) struct Outcome<'a> {
    pub docs: [&'a Document; 2],
    pub conflicts: Vec<Conflict>,
    pub counts: MergeCounts,
}

/// Whether two versions of a record hold the same values. The `modified`
/// stamp does not count: clocks never decide, and a record whose stamp alone
/// moved is unchanged.
fn same<T: Item>(a: &Arc<T>, b: &Arc<T>) -> bool {
    if Arc::ptr_eq(a, b) || a == b {
        return true;
    }
    match (a.stamp(), b.stamp()) {
        (Some(one), Some(other)) if one != other => {
            let mut b = T::clone(b);
            b.set_stamp(one);
            **a == b
        }
        _ => false,
    }
}

fn to_value<T: Item>(record: &T, docs: [&Document; 2]) -> Result<Value, MergeError> {
    serde_json::to_value(record).map_err(|e| MergeError::Unreadable {
        kind: record.kind(),
        name: record.name(docs),
        reason: e.to_string(),
    })
}

impl Outcome<'_> {
    /// Merges one collection: records matched by key, each taken from the
    /// side that changed it, or merged field by field.
    pub(super) fn merge<T: Item>(
        &mut self,
        base: &[Arc<T>],
        ours: &[Arc<T>],
        theirs: &[Arc<T>],
    ) -> Result<Vec<Arc<T>>, MergeError> {
        if ours.len() == theirs.len() && ours.iter().zip(theirs).all(|(o, t)| same(o, t)) {
            return Ok(ours.to_vec());
        }
        let keys = |list: &[Arc<T>]| list.iter().map(|r| r.key()).collect::<Vec<Key>>();
        let (bk, ok, tk) = (keys(base), keys(ours), keys(theirs));
        let index = |keys: &[Key], list: &'_ [Arc<T>]| -> HashMap<Key, usize> {
            keys.iter().cloned().zip(0..list.len()).collect()
        };
        let (bi, oi, ti) = (index(&bk, base), index(&ok, ours), index(&tk, theirs));
        let mut merged: HashMap<Key, Arc<T>> = HashMap::with_capacity(ours.len().max(theirs.len()));
        let mut seen = std::collections::HashSet::with_capacity(merged.capacity());
        for key in ok.iter().chain(&tk).chain(&bk) {
            if !seen.insert(key) {
                continue;
            }
            let b = bi.get(key).and_then(|&i| base.get(i));
            let o = oi.get(key).and_then(|&i| ours.get(i));
            let t = ti.get(key).and_then(|&i| theirs.get(i));
            if let Some(record) = self.record(b, o, t)? {
                merged.insert(key.clone(), record);
            }
        }
        let captured = |k: &Key| -> (Option<NaiveDateTime>, Key) {
            let record = merged.get(k);
            (record.and_then(|r| r.captured()), k.clone())
        };
        let placement = match T::COLLECTION {
            super::items::Collection::Records => Placement::Sorted(&captured),
            _ => Placement::Anchored,
        };
        let kept = |k: &Key| merged.contains_key(k);
        let order = merged_order(&bk, &ok, &tk, &kept, &placement);
        Ok(order.iter().filter_map(|k| merged.get(k).cloned()).collect())
    }

    /// The merged version of one record, `None` when it is gone.
    fn record<T: Item>(
        &mut self,
        b: Option<&Arc<T>>,
        o: Option<&Arc<T>>,
        t: Option<&Arc<T>>,
    ) -> Result<Option<Arc<T>>, MergeError> {
        let counts = &mut self.counts;
        Ok(match (b, o, t) {
            (_, Some(o), Some(t)) if same(o, t) => Some(o.clone()),
            (Some(b), Some(o), Some(t)) if same(b, o) => {
                counts.taken += 1;
                Some(t.clone())
            }
            // Changed, added or deleted on our side alone: nothing new.
            (Some(b), Some(o), Some(t)) if same(b, t) => Some(o.clone()),
            (b, Some(o), Some(t)) => Some(self.combine(b, o, t)?),
            (None, Some(o), None) => Some(o.clone()),
            (None, None, Some(t)) => {
                counts.taken += 1;
                Some(t.clone())
            }
            (Some(b), Some(o), None) if same(b, o) => {
                counts.taken += 1;
                None
            }
            (Some(b), None, Some(t)) if same(b, t) => None,
            (Some(b), o, t) if o.is_some() || t.is_some() => {
                // Deleted on one side, edited on the other: ours is kept.
                counts.conflicted += 1;
                let raw = RawConflict {
                    path: Vec::new(),
                    base: Some(to_value(b.as_ref(), self.docs)?),
                    ours: o.map(|o| to_value(o.as_ref(), self.docs)).transpose()?,
                    theirs: t.map(|t| to_value(t.as_ref(), self.docs)).transpose()?,
                };
                let names = [Some(b), o, t].map(|r| r.map(|r| r.name(self.docs)));
                let shown = o.or(t).unwrap_or(b);
                self.conflicts
                    .push(Conflict::new(shown.as_ref(), raw, names, self.docs));
                o.cloned()
            }
            _ => None,
        })
    }

    /// A record changed on both sides, merged field by field.
    fn combine<T: Item>(&mut self, b: Option<&Arc<T>>, o: &Arc<T>, t: &Arc<T>) -> Result<Arc<T>, MergeError> {
        let base = b.map(|b| to_value(b.as_ref(), self.docs)).transpose()?;
        let (ours, theirs) = (to_value(o.as_ref(), self.docs)?, to_value(t.as_ref(), self.docs)?);
        let mut raws = Vec::new();
        let value = merge_value(&mut Vec::new(), base.as_ref(), &ours, &theirs, true, &mut raws);
        let mut record: T = serde_json::from_value(value).map_err(|e| MergeError::Unreadable {
            kind: o.kind(),
            name: o.name(self.docs),
            reason: e.to_string(),
        })?;
        if let (Some(a), Some(b)) = (o.stamp(), t.stamp()) {
            record.set_stamp(a.max(b));
        }
        if raws.is_empty() {
            self.counts.combined += 1;
        } else {
            self.counts.conflicted += 1;
        }
        for raw in raws {
            self.conflicts
                .push(Conflict::new(o.as_ref(), raw, [None, None, None], self.docs));
        }
        Ok(Arc::new(record))
    }
}

impl Conflict {
    /// A conflict in `record`; `names` are the record's names in the base,
    /// ours and theirs, shown for a conflict about the whole record.
    fn new<T: Item>(record: &T, raw: RawConflict, names: [Option<String>; 3], docs: [&Document; 2]) -> Self {
        let whole = raw.path.is_empty();
        let shown = |value: &Option<Value>, name: Option<String>| {
            if whole {
                value.as_ref().map(|_| name.unwrap_or_default())
            } else {
                value.as_ref().map(super::readable)
            }
        };
        let [base_name, ours_name, theirs_name] = names;
        Self {
            kind: record.kind(),
            id: record.id(),
            name: record.name(docs),
            field: raw
                .path
                .iter()
                .map(super::value::Step::readable)
                .collect::<Vec<_>>()
                .join(" › "),
            base: shown(&raw.base, base_name),
            ours: shown(&raw.ours, ours_name),
            theirs: shown(&raw.theirs, theirs_name),
            target: Target {
                collection: T::COLLECTION,
                key: record.key(),
                path: raw.path,
                ours: raw.ours,
                theirs: raw.theirs,
            },
        }
    }
}
