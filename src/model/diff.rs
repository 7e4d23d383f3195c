use std::collections::HashMap;
use std::sync::Arc;

use super::{Document, Id};

/// How many records differ between two versions of a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl ChangeCounts {
    pub fn total(self) -> usize {
        self.added + self.removed + self.changed
    }

    /// Compares records by id, collection by collection.
    pub fn between(old: &Document, new: &Document) -> Self {
        let mut counts = Self::default();
        counts.add(&old.agenda, &new.agenda, |r| r.id);
        counts.add(&old.organisations, &new.organisations, |r| r.id);
        counts.add(&old.people, &new.people, |r| r.id);
        counts.add(&old.partnerships, &new.partnerships, |r| r.id);
        counts.add(&old.funding_sources, &new.funding_sources, |r| r.id);
        counts.add(&old.records, &new.records, |r| r.id);
        if old.meeting != new.meeting {
            counts.changed += 1;
        }
        counts
    }

    fn add<T: PartialEq>(&mut self, old: &[Arc<T>], new: &[Arc<T>], id: impl Fn(&T) -> Id) {
        let old_by_id: HashMap<Id, &T> = old.iter().map(|r| (id(r), r.as_ref())).collect();
        let new_ids: std::collections::HashSet<Id> = new.iter().map(|r| id(r)).collect();
        for record in new {
            match old_by_id.get(&id(record)) {
                Some(before) if *before != record.as_ref() => self.changed += 1,
                Some(_) => {}
                None => self.added += 1,
            }
        }
        self.removed += old_by_id.keys().filter(|k| !new_ids.contains(k)).count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn counts_added_removed_and_changed() {
        let mut old = Document::new_meeting();
        let kept = Person::default();
        let gone = Person::default();
        old.people = vec![Arc::new(kept.clone()), Arc::new(gone)];
        let mut new = old.clone();
        new.people.remove(1);
        new.people[0] = Arc::new(Person {
            name: "Renamed".to_owned(),
            ..kept
        });
        new.people.push(Arc::new(Person::default()));
        assert_eq!(
            ChangeCounts::between(&old, &new),
            ChangeCounts {
                added: 1,
                removed: 1,
                changed: 1
            }
        );
        assert_eq!(ChangeCounts::between(&old, &old).total(), 0);
    }
}
