//! The records of each collection as the merge sees them: a key to match
//! them by, a kind and a name to show, and a clock stamp that never decides.

use std::sync::Arc;

use chrono::NaiveDateTime;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::super::diff::{RecordType, lead_name, text_start};
use super::super::{
    AgendaItem, Document, FinancingLead, FundingSource, Id, Meeting, Organisation, Partnership, Person, Rate,
    Record, Stamp, Vocabularies,
};
use crate::tr;

/// What a record is matched by across the files.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Key {
    Id(Id),
    /// A currency code, or the meeting and its vocabularies (one each).
    Text(String),
}

/// Which part of the document a record is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Collection {
    Meeting,
    Vocabularies,
    Agenda,
    Organisations,
    People,
    Partnerships,
    FundingSources,
    Leads,
    Rates,
    Records,
}

pub(super) trait Item: Clone + PartialEq + Serialize + DeserializeOwned {
    const COLLECTION: Collection;
    fn key(&self) -> Key;
    fn id(&self) -> Option<Id>;
    /// The kind's key, as [`RecordType::key`] names it.
    fn kind(&self) -> &'static str;
    fn name(&self, docs: [&Document; 2]) -> String;
    fn stamp(&self) -> Option<Stamp> {
        None
    }
    fn set_stamp(&mut self, _stamp: Stamp) {}
    /// When a captured record was captured: merged lists of them go by it.
    fn captured(&self) -> Option<NaiveDateTime> {
        None
    }
}

macro_rules! stamped {
    () => {
        fn key(&self) -> Key {
            Key::Id(self.id)
        }
        fn id(&self) -> Option<Id> {
            Some(self.id)
        }
        fn stamp(&self) -> Option<Stamp> {
            Some(self.modified)
        }
        fn set_stamp(&mut self, stamp: Stamp) {
            self.modified = stamp;
        }
    };
}

impl Item for AgendaItem {
    const COLLECTION: Collection = Collection::Agenda;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::AgendaItem.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.title.clone()
    }
}

impl Item for Organisation {
    const COLLECTION: Collection = Collection::Organisations;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::Organisation.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        if self.name.trim().is_empty() {
            self.name_ar.clone()
        } else {
            self.name.clone()
        }
    }
}

impl Item for Person {
    const COLLECTION: Collection = Collection::People;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::Person.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.name.clone()
    }
}

impl Item for Partnership {
    const COLLECTION: Collection = Collection::Partnerships;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::Partnership.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.title.clone()
    }
}

impl Item for FundingSource {
    const COLLECTION: Collection = Collection::FundingSources;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::FundingSource.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.name.clone()
    }
}

impl Item for FinancingLead {
    const COLLECTION: Collection = Collection::Leads;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::FinancingLead.key()
    }
    fn name(&self, [ours, theirs]: [&Document; 2]) -> String {
        lead_name(self, ours, theirs)
    }
}

impl Item for Record {
    const COLLECTION: Collection = Collection::Records;
    stamped!();
    fn kind(&self) -> &'static str {
        RecordType::of_record(self).key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        text_start(&self.text)
    }
    fn captured(&self) -> Option<NaiveDateTime> {
        self.captured_at
    }
}

impl Item for Rate {
    const COLLECTION: Collection = Collection::Rates;
    fn key(&self) -> Key {
        Key::Text(self.currency.trim().to_uppercase())
    }
    fn id(&self) -> Option<Id> {
        None
    }
    fn kind(&self) -> &'static str {
        RecordType::Rate.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.currency.trim().to_owned()
    }
}

impl Item for Meeting {
    const COLLECTION: Collection = Collection::Meeting;
    fn key(&self) -> Key {
        Key::Text("meeting".to_owned())
    }
    fn id(&self) -> Option<Id> {
        Some(self.id)
    }
    fn kind(&self) -> &'static str {
        RecordType::Meeting.key()
    }
    fn name(&self, _: [&Document; 2]) -> String {
        self.title.clone()
    }
    fn stamp(&self) -> Option<Stamp> {
        Some(self.modified)
    }
    fn set_stamp(&mut self, stamp: Stamp) {
        self.modified = stamp;
    }
}

impl Item for Vocabularies {
    const COLLECTION: Collection = Collection::Vocabularies;
    fn key(&self) -> Key {
        Key::Text("vocabularies".to_owned())
    }
    fn id(&self) -> Option<Id> {
        None
    }
    fn kind(&self) -> &'static str {
        "vocabularies"
    }
    fn name(&self, _: [&Document; 2]) -> String {
        tr!("merge-vocabularies")
    }
}

/// A single value (the meeting, the vocabularies) as a one-record list.
pub(super) fn one<T: Clone>(value: &T) -> Vec<Arc<T>> {
    vec![Arc::new(value.clone())]
}

/// Rates as a list of shared records, like the other collections.
pub(super) fn shared<T: Clone>(values: &[T]) -> Vec<Arc<T>> {
    values.iter().cloned().map(Arc::new).collect()
}
