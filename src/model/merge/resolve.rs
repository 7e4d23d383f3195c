//! Applying a choice about one conflict to the merged document.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::items::{Collection, Item, one, shared};
use super::value::Step;
use super::{Choice, Conflict, MergeError, Target};
use crate::model::Document;

/// Puts the value chosen for `conflict` into `doc` (the merged document,
/// which holds ours). [`Choice::Both`] joins the two texts, ours first, on
/// separate lines, where [`Conflict::can_keep_both`]; elsewhere it keeps ours.
pub fn resolve(doc: &mut Document, conflict: &Conflict, choice: Choice) -> Result<(), MergeError> {
    let target = &conflict.target;
    let value = match (choice, &target.ours, &target.theirs) {
        (Choice::Both, Some(Value::String(ours)), Some(Value::String(theirs))) => {
            Some(Value::String(format!("{ours}\n{theirs}")))
        }
        (Choice::Theirs, _, theirs) => theirs.clone(),
        (Choice::Ours | Choice::Both, ours, _) => ours.clone(),
    };
    let gone = conflict;
    match target.collection {
        Collection::Meeting => {
            let mut list = one(&doc.meeting);
            apply(&mut list, target, value, gone)?;
            if let Some(meeting) = list.into_iter().next() {
                doc.meeting = Arc::unwrap_or_clone(meeting);
            }
        }
        Collection::Vocabularies => {
            let mut list = one(&doc.vocabularies);
            apply(&mut list, target, value, gone)?;
            if let Some(vocabularies) = list.into_iter().next() {
                doc.vocabularies = Arc::unwrap_or_clone(vocabularies);
            }
        }
        Collection::Rates => {
            let mut list = shared(&doc.rates);
            apply(&mut list, target, value, gone)?;
            doc.rates = list.into_iter().map(Arc::unwrap_or_clone).collect();
        }
        Collection::Agenda => apply(&mut doc.agenda, target, value, gone)?,
        Collection::Organisations => apply(&mut doc.organisations, target, value, gone)?,
        Collection::People => apply(&mut doc.people, target, value, gone)?,
        Collection::Partnerships => apply(&mut doc.partnerships, target, value, gone)?,
        Collection::FundingSources => apply(&mut doc.funding_sources, target, value, gone)?,
        Collection::Leads => apply(&mut doc.leads, target, value, gone)?,
        Collection::Records => apply(&mut doc.records, target, value, gone)?,
    }
    Ok(())
}

/// Puts `value` at the target's place in one collection (`None` removes
/// the record or the element there).
fn apply<T: Item>(
    list: &mut Vec<Arc<T>>,
    target: &Target,
    value: Option<Value>,
    conflict: &Conflict,
) -> Result<(), MergeError> {
    let position = list.iter().position(|r| r.key() == target.key);
    let gone = || MergeError::Gone {
        kind: conflict.kind,
        name: conflict.name.clone(),
    };
    let unreadable = |e: serde_json::Error| MergeError::Unreadable {
        kind: conflict.kind,
        name: conflict.name.clone(),
        reason: e.to_string(),
    };
    if target.path.is_empty() {
        match (position, value) {
            (Some(i), None) => {
                list.remove(i);
            }
            (position, Some(value)) => {
                let record: T = serde_json::from_value(value).map_err(unreadable)?;
                match position.and_then(|i| list.get_mut(i)) {
                    Some(slot) => *slot = Arc::new(record),
                    None => list.push(Arc::new(record)),
                }
            }
            (None, None) => {}
        }
        return Ok(());
    }
    let Some(slot) = position.and_then(|i| list.get_mut(i)) else {
        return Err(gone());
    };
    let mut root = serde_json::to_value(slot.as_ref()).map_err(unreadable)?;
    if !put(&mut root, &target.path, value) {
        return Err(gone());
    }
    let record: T = serde_json::from_value(root).map_err(unreadable)?;
    *slot = Arc::new(record);
    Ok(())
}

/// Puts `value` at `path` inside `root`; false when the way there is gone.
fn put(root: &mut Value, path: &[Step], value: Option<Value>) -> bool {
    let Some((last, way)) = path.split_last() else {
        return false;
    };
    let mut here = root;
    for step in way {
        let next = match step {
            Step::Field(name) => here.as_object_mut().and_then(|o| o.get_mut(name)),
            Step::Element { how, key, .. } => here
                .as_array_mut()
                .and_then(|list| list.iter_mut().find(|e| how.key_of(e).as_ref() == Some(key))),
        };
        let Some(next) = next else {
            return false;
        };
        here = next;
    }
    match last {
        Step::Field(name) => {
            let Some(fields): Option<&mut Map<String, Value>> = here.as_object_mut() else {
                return false;
            };
            fields.insert(name.clone(), value.unwrap_or(Value::Null));
        }
        Step::Element { how, key, .. } => {
            let Some(elements) = here.as_array_mut() else {
                return false;
            };
            let position = elements.iter().position(|e| how.key_of(e).as_ref() == Some(key));
            match (position, value) {
                (Some(i), None) => {
                    elements.remove(i);
                }
                (Some(i), Some(value)) => {
                    if let Some(slot) = elements.get_mut(i) {
                        *slot = value;
                    }
                }
                (None, Some(value)) => elements.push(value),
                (None, None) => {}
            }
        }
    }
    true
}
