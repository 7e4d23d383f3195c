//! Which rows of the registry match the search, kept up to date without
//! re-reading every record on every frame or key stroke.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::fold::fold;
use crate::model::{Document, Id, Organisation, Person};

/// The lowercased searchable text of each record, next to the record it was
/// made from. Records are shared and an edit replaces the one it changes, so a
/// pointer comparison finds what changed; holding the pointers keeps those
/// records alive, so no other record can take their address meanwhile.
struct Haystacks<T> {
    records: Vec<Arc<T>>,
    text: Vec<String>,
}

impl<T> Default for Haystacks<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            text: Vec::new(),
        }
    }
}

/// What [`Haystacks::sync`] found.
#[derive(Default)]
struct Changes {
    content: bool,
    /// Records were added, removed or moved, so positions by id are stale.
    order: bool,
}

impl<T> Haystacks<T> {
    fn sync(&mut self, current: &[Arc<T>], id: fn(&T) -> Id, text: fn(&T) -> String) -> Changes {
        let mut changes = Changes::default();
        if self.records.len() != current.len() {
            changes = Changes {
                content: true,
                order: true,
            };
            self.records.truncate(current.len());
            self.text.truncate(current.len());
        }
        for (i, record) in current.iter().enumerate() {
            match (self.records.get_mut(i), self.text.get_mut(i)) {
                (Some(old), Some(_)) if Arc::ptr_eq(old, record) => {}
                (Some(old), Some(old_text)) => {
                    changes.content = true;
                    changes.order |= id(old) != id(record);
                    *old = Arc::clone(record);
                    *old_text = text(record);
                }
                _ => {
                    changes.content = true;
                    changes.order = true;
                    self.records.push(Arc::clone(record));
                    self.text.push(text(record));
                }
            }
        }
        changes
    }
}

/// The registry's search index and the rows that match the current query.
#[derive(Default)]
pub struct Index {
    organisations: Haystacks<Organisation>,
    people: Haystacks<Person>,
    org_positions: HashMap<Id, usize>,
    person_positions: HashMap<Id, usize>,
    showing_people: bool,
    /// Matches of successive queries, each extending the one below: typing a
    /// letter filters only the previous matches, and backspace pops.
    matches: Vec<(String, Vec<usize>)>,
}

impl Index {
    /// Brings the index up to date with `doc` and filters by `query`.
    pub fn refresh(&mut self, doc: &Document, showing_people: bool, query: &str) {
        let orgs = self
            .organisations
            .sync(&doc.organisations, |o| o.id, organisation_text);
        let people = self.people.sync(&doc.people, |p| p.id, person_text);
        if orgs.order {
            self.org_positions = positions(&doc.organisations, |o| o.id);
        }
        if people.order {
            self.person_positions = positions(&doc.people, |p| p.id);
        }
        let shown_changed = if showing_people {
            people.content
        } else {
            orgs.content
        };
        if shown_changed || showing_people != self.showing_people {
            self.matches.clear();
            self.showing_people = showing_people;
        }
        self.filter(&fold(query));
    }

    fn filter(&mut self, query: &str) {
        while self
            .matches
            .last()
            .is_some_and(|(q, _)| !query.starts_with(q.as_str()))
        {
            self.matches.pop();
        }
        if self.matches.last().is_some_and(|(q, _)| q == query) {
            return;
        }
        let text = if self.showing_people {
            &self.people.text
        } else {
            &self.organisations.text
        };
        let hit = |i: &usize| text.get(*i).is_some_and(|t| t.contains(query));
        let rows = match self.matches.last() {
            Some((_, previous)) => previous.iter().copied().filter(hit).collect(),
            None => (0..text.len()).filter(hit).collect(),
        };
        self.matches.push((query.to_owned(), rows));
    }

    /// Positions in the shown list (organisations or people) of the matching records.
    pub fn rows(&self) -> &[usize] {
        self.matches.last().map_or(&[], |(_, rows)| rows.as_slice())
    }

    /// The organisation with `id`, found by position instead of a search.
    pub fn organisation<'d>(&self, doc: &'d Document, id: Id) -> Option<&'d Organisation> {
        let at = self.org_positions.get(&id)?;
        doc.organisations
            .get(*at)
            .map(AsRef::as_ref)
            .filter(|o| o.id == id)
    }

    /// The person with `id`, found by position instead of a search.
    pub fn person<'d>(&self, doc: &'d Document, id: Id) -> Option<&'d Person> {
        let at = self.person_positions.get(&id)?;
        doc.people.get(*at).map(AsRef::as_ref).filter(|p| p.id == id)
    }

    /// Like [`Document::organisation_name`], without a search through the list.
    pub fn organisation_name(&self, doc: &Document, id: Option<Id>) -> String {
        match id.map(|id| self.organisation(doc, id)) {
            None => String::new(),
            Some(Some(org)) => org.name.clone(),
            Some(None) => crate::model::unknown_organisation(),
        }
    }
}

fn positions<T>(records: &[Arc<T>], id: fn(&T) -> Id) -> HashMap<Id, usize> {
    records.iter().enumerate().map(|(i, r)| (id(r), i)).collect()
}

/// A separator no one types, so that a query never matches across two fields.
const SEPARATOR: &str = "\u{0}";

fn organisation_text(o: &Organisation) -> String {
    [&o.name, &o.name_ar, &o.acronym, &o.country]
        .map(|field| fold(field))
        .join(SEPARATOR)
}

fn person_text(p: &Person) -> String {
    [&p.name, &p.role].map(|field| fold(field)).join(SEPARATOR)
}

#[cfg(test)]
mod tests;
