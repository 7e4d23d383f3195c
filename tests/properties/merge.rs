//! The three-way merge on random documents edited on two or three sides:
//! merging is idempotent, does not depend on which side comes first when
//! nothing conflicts, and never drops a value silently.

use std::sync::Arc;

use majlis::model::Document;
use majlis::model::merge::{Merge, merge};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::document::document;

/// One edit of a document, applied to the record an index picks.
#[derive(Clone, Debug)]
enum Edit {
    RetitlePartnership(Index, String),
    RenamePerson(Index, String),
    RemovePerson(Index),
    AddNote(String),
    RemoveMilestone(Index),
    RetitleMilestone(Index, String),
    RetitleItem(Index, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let word = prop_oneof![Just("A"), Just("B"), Just("نص"), Just("")].prop_map(str::to_owned);
    prop_oneof![
        (any::<Index>(), word.clone()).prop_map(|(i, w)| Edit::RetitlePartnership(i, w)),
        (any::<Index>(), word.clone()).prop_map(|(i, w)| Edit::RenamePerson(i, w)),
        any::<Index>().prop_map(Edit::RemovePerson),
        word.clone().prop_map(Edit::AddNote),
        any::<Index>().prop_map(Edit::RemoveMilestone),
        (any::<Index>(), word.clone()).prop_map(|(i, w)| Edit::RetitleMilestone(i, w)),
        (any::<Index>(), word).prop_map(|(i, w)| Edit::RetitleItem(i, w)),
    ]
}

fn change<T: Clone>(list: &mut [Arc<T>], i: Index, f: impl FnOnce(&mut T)) {
    if !list.is_empty() {
        let slot = &mut list[i.index(list.len())];
        let mut record = (**slot).clone();
        f(&mut record);
        *slot = Arc::new(record);
    }
}

fn apply(doc: &Document, edits: &[Edit]) -> Document {
    let mut doc = doc.clone();
    for edit in edits {
        match edit {
            Edit::RetitlePartnership(i, w) => {
                change(&mut doc.partnerships, *i, |p| w.clone_into(&mut p.title));
            }
            Edit::RenamePerson(i, w) => change(&mut doc.people, *i, |p| w.clone_into(&mut p.name)),
            Edit::RemovePerson(i) => {
                if !doc.people.is_empty() {
                    doc.people.remove(i.index(doc.people.len()));
                }
            }
            Edit::AddNote(w) => doc.records.push(Arc::new(majlis::model::Record {
                text: w.clone(),
                ..majlis::model::Record::default()
            })),
            Edit::RemoveMilestone(i) => change(&mut doc.partnerships, *i, |p| {
                if !p.milestones.is_empty() {
                    p.milestones.remove(i.index(p.milestones.len()));
                }
            }),
            Edit::RetitleMilestone(i, w) => change(&mut doc.partnerships, *i, |p| {
                if !p.milestones.is_empty() {
                    let n = i.index(p.milestones.len());
                    w.clone_into(&mut p.milestones[n].title);
                }
            }),
            Edit::RetitleItem(i, w) => change(&mut doc.agenda, *i, |a| w.clone_into(&mut a.title)),
        }
    }
    doc
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(edit(), 0..5)
}

/// Every leaf value of `side` as (path, value) pairs, records by id.
fn leaves(doc: &Document) -> Vec<(String, serde_json::Value)> {
    fn walk(path: String, value: &serde_json::Value, out: &mut Vec<(String, serde_json::Value)>) {
        match value {
            serde_json::Value::Object(fields) => {
                for (name, v) in fields {
                    if name != "modified" {
                        walk(format!("{path}/{name}"), v, out);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let key = v.get("id").map_or_else(|| i.to_string(), ToString::to_string);
                    walk(format!("{path}/{key}"), v, out);
                }
            }
            leaf => out.push((path, leaf.clone())),
        }
    }
    let mut out = Vec::new();
    let value = serde_json::to_value((&doc.partnerships, &doc.people, &doc.agenda, &doc.records)).unwrap();
    walk(String::new(), &value, &mut out);
    out
}

fn merged(base: &Document, ours: &Document, theirs: &Document) -> Merge {
    merge(base, ours, theirs).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_is_idempotent(base in document(), a in edits(), b in edits()) {
        prop_assert_eq!(&merged(&base, &base, &base).doc, &base);
        let (ours, theirs) = (apply(&base, &a), apply(&base, &b));
        let once = merged(&base, &ours, &theirs);
        let again = merged(&base, &once.doc, &theirs);
        prop_assert_eq!(&again.doc, &once.doc);
        prop_assert_eq!(again.conflicts.len(), once.conflicts.len());
    }

    #[test]
    fn without_conflicts_the_order_of_the_sides_does_not_matter(
        base in document(), a in edits(), b in edits(), c in edits(),
    ) {
        let (ours, theirs) = (apply(&base, &a), apply(&base, &b));
        let ab = merged(&base, &ours, &theirs);
        let ba = merged(&base, &theirs, &ours);
        if ab.conflicts.is_empty() {
            prop_assert!(ba.conflicts.is_empty());
            prop_assert_eq!(&ab.doc, &ba.doc);
        }
        // A third side merged into the result.
        let third = apply(&base, &c);
        let abc = merged(&base, &ab.doc, &third);
        if ab.conflicts.is_empty() && abc.conflicts.is_empty() {
            let acb = merged(&base, &merged(&base, &ours, &third).doc, &theirs);
            if acb.conflicts.is_empty() {
                prop_assert_eq!(&abc.doc, &acb.doc);
            }
        }
    }

    #[test]
    fn no_value_is_lost_silently(base in document(), a in edits(), b in edits()) {
        let (ours, theirs) = (apply(&base, &a), apply(&base, &b));
        let result = merged(&base, &ours, &theirs);
        let kept = leaves(&result.doc);
        let before = leaves(&base);
        for side in [&ours, &theirs] {
            for leaf in leaves(side) {
                // A value that differs from the result and from the base
                // (an edit of that side) must be in a conflict.
                if kept.contains(&leaf) || before.contains(&leaf) {
                    continue;
                }
                let text = match &leaf.1 {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                // A conflict on a whole element (deleted on one side, edited
                // on the other) shows the element, with the value inside.
                let json = leaf.1.to_string();
                let holds = |value: Option<&str>| value.is_some_and(|v| v == text || v.contains(&json));
                prop_assert!(
                    result.conflicts.iter().any(|c| {
                        holds(c.ours.as_deref()) || holds(c.theirs.as_deref()) || c.field.is_empty()
                    }),
                    "{:?} is lost without a conflict", leaf
                );
            }
        }
    }
}
