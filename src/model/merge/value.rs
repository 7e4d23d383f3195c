//! The field-by-field merge of one record, on its serde value.
//!
//! A field both sides left alone, or changed alike, is kept; a field one side
//! changed takes that side's value; a field changed differently on both sides
//! is a conflict that keeps ours. Nested structs merge field by field, and the
//! lists whose elements have an identity merge element by element.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::order::{Placement, merged_order};

/// How the elements of a list inside a record are told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ListKey {
    /// By the field of that name (an id, a vocabulary key).
    Field(&'static str),
    /// By the whole element: entries of a history never change.
    Whole,
}

impl ListKey {
    /// How the elements of the list held by `field` are told apart; `None`
    /// for lists merged as one value (countries, resources, ...).
    fn of(field: &str) -> Option<Self> {
        match field {
            "partners" | "milestones" | "deliverables" | "speakers" | "documents" => Some(Self::Field("id")),
            "stakeholder_types" | "thrust_areas" | "programmes" | "stages" => Some(Self::Field("key")),
            "stage_history" | "partner_history" | "changes" => Some(Self::Whole),
            _ => None,
        }
    }

    pub(super) fn key_of(self, element: &Value) -> Option<Value> {
        match self {
            Self::Field(name) => element.as_object()?.get(name).cloned(),
            Self::Whole => Some(element.clone()),
        }
    }
}

/// One step of the way from a record to a value inside it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Step {
    Field(String),
    /// The element of the list (the previous step) whose key is `key`;
    /// `name` is what the user knows it by.
    Element {
        how: ListKey,
        key: Value,
        name: String,
    },
}

impl Step {
    /// The step as the user reads it: a field in words ("next step"), an
    /// element by its name.
    pub(super) fn readable(&self) -> String {
        match self {
            Self::Field(key) => crate::tr!("merge-field", key = key.as_str(), field = key.replace('_', " ")),
            Self::Element { name, .. } => name.clone(),
        }
    }
}

/// A conflict inside one record: where, and the three values (`None` for
/// an element absent on that side).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct RawConflict {
    pub path: Vec<Step>,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// Merges one record's value; `top` is true at the record itself, whose
/// `modified` stamp is left to the caller (clocks never decide).
pub(super) fn merge_value(
    path: &mut Vec<Step>,
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    top: bool,
    out: &mut Vec<RawConflict>,
) -> Value {
    if ours == theirs {
        return ours.clone();
    }
    if let Some(base) = base {
        if base == ours {
            return theirs.clone();
        }
        if base == theirs {
            return ours.clone();
        }
    }
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) if o.len() == t.len() && o.keys().all(|k| t.contains_key(k)) => {
            let base = base.and_then(Value::as_object);
            let mut merged = Map::new();
            for (name, ours) in o {
                let theirs = t.get(name).unwrap_or(&Value::Null);
                let value = if top && name == "modified" {
                    ours.clone()
                } else {
                    path.push(Step::Field(name.clone()));
                    let value = merge_value(path, base.and_then(|b| b.get(name)), ours, theirs, false, out);
                    path.pop();
                    value
                };
                merged.insert(name.clone(), value);
            }
            Value::Object(merged)
        }
        (Value::Array(o), Value::Array(t)) => {
            let how = match path.last() {
                Some(Step::Field(name)) => ListKey::of(name),
                _ => None,
            };
            let base = base.and_then(Value::as_array);
            how.and_then(|how| merge_list(path, how, base, o, t, out))
                .unwrap_or_else(|| conflict(path, base.map(|b| Value::Array(b.clone())), ours, theirs, out))
        }
        _ => conflict(path, base.cloned(), ours, theirs, out),
    }
}

fn conflict(
    path: &[Step],
    base: Option<Value>,
    ours: &Value,
    theirs: &Value,
    out: &mut Vec<RawConflict>,
) -> Value {
    out.push(RawConflict {
        path: path.to_vec(),
        base,
        ours: Some(ours.clone()),
        theirs: Some(theirs.clone()),
    });
    ours.clone()
}

/// The keys of a list's elements as text, in order; `None` when an element
/// has no key or two share one (the list is then merged as one value).
fn keys(how: ListKey, list: &[Value]) -> Option<Vec<(String, Value)>> {
    let mut seen = std::collections::HashSet::new();
    list.iter()
        .map(|element| {
            let key = how.key_of(element)?;
            let text = key.to_string();
            seen.insert(text.clone()).then_some((text, key))
        })
        .collect()
}

/// Merges a list element by element; `None` when its elements cannot be
/// told apart.
fn merge_list(
    path: &mut Vec<Step>,
    how: ListKey,
    base: Option<&Vec<Value>>,
    ours: &[Value],
    theirs: &[Value],
    out: &mut Vec<RawConflict>,
) -> Option<Value> {
    let empty = Vec::new();
    let base = base.unwrap_or(&empty);
    let (bk, ok, tk) = (keys(how, base)?, keys(how, ours)?, keys(how, theirs)?);
    let index = |keys: &[(String, Value)], list: &'_ [Value]| -> HashMap<String, usize> {
        keys.iter()
            .zip(0..list.len())
            .map(|((k, _), i)| (k.clone(), i))
            .collect()
    };
    let (bi, oi, ti) = (index(&bk, base), index(&ok, ours), index(&tk, theirs));
    let mut merged: HashMap<String, Value> = HashMap::new();
    for (text, key) in ok.iter().chain(&tk).chain(&bk) {
        if merged.contains_key(text) {
            continue;
        }
        let b = bi.get(text).and_then(|&i| base.get(i));
        let o = oi.get(text).and_then(|&i| ours.get(i));
        let t = ti.get(text).and_then(|&i| theirs.get(i));
        let Some(named) = o.or(t).or(b) else {
            continue;
        };
        path.push(Step::Element {
            how,
            key: key.clone(),
            name: element_name(named),
        });
        let value = match (o, t) {
            (Some(o), Some(t)) => Some(merge_value(path, b, o, t, false, out)),
            (Some(one), None) | (None, Some(one)) => match b {
                None => Some(one.clone()),
                Some(b) if b == one => None,
                Some(b) => {
                    out.push(RawConflict {
                        path: path.clone(),
                        base: Some(b.clone()),
                        ours: o.cloned(),
                        theirs: t.cloned(),
                    });
                    o.cloned()
                }
            },
            (None, None) => None,
        };
        path.pop();
        if let Some(value) = value {
            merged.insert(text.clone(), value);
        }
    }
    let only = |keys: &[(String, Value)]| keys.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    let kept = |k: &String| merged.contains_key(k);
    let order = merged_order::<String, ()>(&only(&bk), &only(&ok), &only(&tk), &kept, &Placement::Anchored);
    Some(Value::Array(
        order.iter().filter_map(|k| merged.get(k).cloned()).collect(),
    ))
}

/// What the user knows an element of a list by: its title or text, else its
/// key.
fn element_name(element: &Value) -> String {
    let named = ["title", "text", "label", "role", "guest", "stage", "key"]
        .iter()
        .filter_map(|field| element.get(field)?.as_str())
        .find(|name| !name.trim().is_empty());
    match (named, element.get("id").and_then(Value::as_str)) {
        (Some(name), _) | (None, Some(name)) => name.to_owned(),
        (None, None) => element
            .as_object()
            .map(|fields| {
                fields
                    .values()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default(),
    }
}
