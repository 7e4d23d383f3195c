//! Which rows of the registry match the search and the filters, in the order
//! asked for, kept up to date without re-reading every record on every frame
//! or key stroke: each record's folded text and sort keys are cached and
//! recomputed only when the record changes.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use memchr::memmem::Finder;

use crate::model::checkin::{self, PresentCounts, country_code};
use crate::model::fold::fold;
use crate::model::invitations::{Standing, person_standing};
use crate::model::{Document, Id, Organisation, Person, Vocabularies};

/// A column the tables can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    ArabicName,
    Acronym,
    Type,
    Country,
    Organisation,
    Role,
    Email,
    Days,
    Invitation,
}

/// The sort of a table: a column, ascending unless `descending`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// Filters that combine with the search. A person is filtered by their
/// organisation's type, country and focus areas; an organisation is "present
/// today" when one of its people is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub stakeholder_type: Option<String>,
    /// A country code in capitals.
    pub country: Option<String>,
    pub focus_area: Option<String>,
    pub present_today: bool,
    /// Where the invitation stands; an organisation stands where the
    /// furthest of its own invitation and its people's does.
    pub standing: Option<Standing>,
}

/// What a table shows: which list, filtered and sorted how, on which meeting day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub people: bool,
    pub filters: Filters,
    /// `None` keeps the order of the document.
    pub sort: Option<Sort>,
    pub day: NaiveDate,
}

/// The cached keys of an organisation.
struct OrgKeys {
    name: String,
    name_ar: String,
    acronym: String,
    country: String,
}

fn org_keys(o: &Organisation) -> OrgKeys {
    OrgKeys {
        name: fold(&o.name),
        name_ar: fold(&o.name_ar),
        acronym: fold(&o.acronym),
        country: country_code(&o.country),
    }
}

/// The cached keys of a person.
struct PersonKeys {
    name: String,
    role: String,
    email: String,
}

fn person_keys(p: &Person) -> PersonKeys {
    PersonKeys {
        name: fold(&p.name),
        role: fold(&p.role),
        email: fold(&p.email),
    }
}

/// The searchable text of every record, one after the other in one buffer:
/// a search reads it straight through instead of jumping between thousands
/// of separate strings, which costs more than the comparisons.
#[derive(Default)]
struct Texts {
    buffer: String,
    spans: Vec<(usize, usize)>,
    /// Bytes of the buffer in use.
    used: usize,
}

impl Texts {
    fn get(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|(start, end)| self.buffer.get(*start..*end))
            .unwrap_or_default()
    }

    /// Sets the text at `i`, the next one when `i` is the count. A replaced
    /// text is left behind in the buffer until there is more of those than
    /// of texts in use.
    fn set(&mut self, i: usize, text: &str) {
        let span = (self.buffer.len(), self.buffer.len() + text.len());
        self.buffer.push_str(text);
        self.used += text.len();
        match self.spans.get_mut(i) {
            Some(slot) => {
                self.used -= slot.1 - slot.0;
                *slot = span;
            }
            None => self.spans.push(span),
        }
        if self.buffer.len() > 2 * self.used + 4096 {
            self.compact();
        }
    }

    fn truncate(&mut self, len: usize) {
        for (start, end) in self.spans.drain(len.min(self.spans.len())..) {
            self.used -= end - start;
        }
    }

    fn compact(&mut self) {
        let mut buffer = String::with_capacity(self.buffer.len() / 2);
        for span in &mut self.spans {
            let start = buffer.len();
            buffer.push_str(self.buffer.get(span.0..span.1).unwrap_or_default());
            *span = (start, buffer.len());
        }
        self.buffer = buffer;
    }
}

/// Records next to the keys made from them. Records are shared and an edit
/// replaces the one it changes, so a pointer comparison finds what changed;
/// holding the pointers keeps those records alive, so no other record can
/// take their address meanwhile.
struct Haystacks<T, K> {
    records: Vec<Arc<T>>,
    keys: Vec<K>,
    texts: Texts,
}

impl<T, K> Default for Haystacks<T, K> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            keys: Vec::new(),
            texts: Texts::default(),
        }
    }
}

/// How a record is cached: its id, sort keys and searchable text.
struct Make<T, K> {
    id: fn(&T) -> Id,
    keys: fn(&T) -> K,
    text: fn(&T) -> String,
}

/// What [`Haystacks::sync`] found.
#[derive(Default)]
struct Changes {
    content: bool,
    /// Records were added, removed or moved, so positions are stale.
    order: bool,
    /// Positions of the records replaced in place.
    changed: Vec<usize>,
}

impl<T, K> Haystacks<T, K> {
    fn sync(&mut self, current: &[Arc<T>], make: &Make<T, K>) -> Changes {
        let mut changes = Changes::default();
        if self.records.len() != current.len() {
            changes.content = true;
            changes.order = true;
            self.records.truncate(current.len());
            self.keys.truncate(current.len());
            self.texts.truncate(current.len());
        }
        for (i, record) in current.iter().enumerate() {
            match (self.records.get_mut(i), self.keys.get_mut(i)) {
                (Some(old), Some(_)) if Arc::ptr_eq(old, record) => {}
                (Some(old), Some(old_keys)) => {
                    changes.content = true;
                    changes.order |= (make.id)(old) != (make.id)(record);
                    changes.changed.push(i);
                    *old = Arc::clone(record);
                    *old_keys = (make.keys)(record);
                    self.texts.set(i, &(make.text)(record));
                }
                _ => {
                    changes.content = true;
                    changes.order = true;
                    self.records.push(Arc::clone(record));
                    self.keys.push((make.keys)(record));
                    self.texts.set(i, &(make.text)(record));
                }
            }
        }
        changes
    }
}

/// Beyond this many records changed at once, sorting again is as quick as
/// moving each one.
const PATCH_LIMIT: usize = 64;

/// The registry's search index and the rows that match the current view and query.
#[derive(Default)]
pub struct Index {
    organisations: Haystacks<Organisation, OrgKeys>,
    people: Haystacks<Person, PersonKeys>,
    org_positions: HashMap<Id, usize>,
    person_positions: HashMap<Id, usize>,
    /// The position of each person's organisation.
    org_of: Vec<Option<usize>>,
    /// Whether each person is present on the view's day.
    present: Vec<bool>,
    /// Whether each organisation has someone present on the view's day.
    org_present: Vec<bool>,
    counts: PresentCounts,
    /// Where each person's invitation stands, and each organisation's.
    person_standings: Vec<Standing>,
    org_standings: Vec<Standing>,
    /// How many people, and how many organisations, stand at each of [`Standing::ALL`].
    standing_counts: [[usize; 5]; 2],
    view: Option<View>,
    /// Every position of the shown list, sorted.
    order: Vec<usize>,
    /// Organisations whose text holds the query, for people found by their organisation.
    org_hits: Option<(String, Vec<bool>)>,
    /// Matches of successive queries, each extending the one below: typing a
    /// letter filters only the previous matches, and backspace pops. The
    /// first holds the rows that pass the filters.
    matches: Vec<(String, Vec<usize>)>,
}

impl Index {
    /// Brings the index up to date with `doc` and filters by `view` and `query`.
    pub fn refresh(&mut self, doc: &Document, view: &View, query: &str) {
        let orgs = self.organisations.sync(
            &doc.organisations,
            &Make {
                id: |o| o.id,
                keys: org_keys,
                text: checkin::organisation_text,
            },
        );
        let people = self.people.sync(
            &doc.people,
            &Make {
                id: |p| p.id,
                keys: person_keys,
                text: checkin::person_text,
            },
        );
        if orgs.order {
            self.org_positions = positions(&doc.organisations, |o| o.id);
        }
        if people.order {
            self.person_positions = positions(&doc.people, |p| p.id);
        }
        self.sync_organisations_of_people(orgs.order || people.order, &people.changed);
        let day_changed = self.view.as_ref().is_none_or(|v| v.day != view.day);
        if orgs.content || people.content || day_changed {
            self.count_present(view.day);
            self.org_hits = None;
        }
        let (shown, other) = if view.people {
            (&people, &orgs)
        } else {
            (&orgs, &people)
        };
        let list_changed = self
            .view
            .as_ref()
            .is_none_or(|v| v.people != view.people || v.sort != view.sort);
        let sorted_by_organisation = view.sort.is_some_and(|s| s.column == Column::Organisation);
        // An organisation stands where its people do: a change to one of
        // them moves it without changing its own record.
        let sorted_by_standing = view.sort.is_some_and(|s| s.column == Column::Invitation);
        if list_changed
            || shown.order
            || (view.people && sorted_by_organisation && orgs.content)
            || (!view.people && sorted_by_standing && people.content)
            || shown.changed.len() > PATCH_LIMIT
        {
            self.order = (0..self.len(view.people)).collect();
            if view.sort.is_some() {
                let mut order = std::mem::take(&mut self.order);
                order.sort_unstable_by(|a, b| self.compare(doc, view, *a, *b));
                self.order = order;
            }
        } else if view.sort.is_some() && !shown.changed.is_empty() {
            self.patch_order(doc, view, &shown.changed);
        }
        if shown.content || other.content || day_changed || self.view.as_ref() != Some(view) {
            self.matches.clear();
            self.view = Some(view.clone());
        }
        self.filter(&fold(query));
    }

    fn len(&self, people: bool) -> usize {
        if people {
            self.people.records.len()
        } else {
            self.organisations.records.len()
        }
    }

    fn sync_organisations_of_people(&mut self, all: bool, changed: &[usize]) {
        let org_at = |person: &Person| {
            person
                .organisation
                .and_then(|id| self.org_positions.get(&id).copied())
        };
        if all || self.org_of.len() != self.people.records.len() {
            self.org_of = self.people.records.iter().map(|p| org_at(p)).collect();
            return;
        }
        for i in changed {
            let found = self.people.records.get(*i).and_then(|p| org_at(p));
            if let Some(slot) = self.org_of.get_mut(*i) {
                *slot = found;
            }
        }
    }

    fn count_present(&mut self, day: NaiveDate) {
        self.present = self
            .people
            .records
            .iter()
            .map(|p| checkin::is_present(p, day))
            .collect();
        self.org_present = vec![false; self.organisations.records.len()];
        let mut counts = PresentCounts::default();
        for (i, _) in self.present.iter().enumerate().filter(|(_, here)| **here) {
            let org = self.org_of.get(i).copied().flatten();
            let kind = org
                .and_then(|o| self.organisations.records.get(o))
                .map_or("", |o| o.stakeholder_type.as_str());
            let country = org
                .and_then(|o| self.organisations.keys.get(o))
                .map_or("", |k| k.country.as_str());
            counts.add(kind, country);
            if let Some(here) = org.and_then(|o| self.org_present.get_mut(o)) {
                *here = true;
            }
        }
        self.counts = counts;
        self.person_standings = self.people.records.iter().map(|p| person_standing(p)).collect();
        self.org_standings = self
            .organisations
            .records
            .iter()
            .map(|o| o.invitation.status.into())
            .collect();
        for (i, standing) in self.person_standings.iter().enumerate() {
            let org = self.org_of.get(i).copied().flatten();
            if let Some(slot) = org.and_then(|o| self.org_standings.get_mut(o)) {
                *slot = (*slot).max(*standing);
            }
        }
        let count = |standings: &[Standing]| {
            let mut counts = [0; 5];
            for standing in standings {
                if let Some(at) = Standing::ALL.iter().position(|s| s == standing)
                    && let Some(count) = counts.get_mut(at)
                {
                    *count += 1;
                }
            }
            counts
        };
        self.standing_counts = [count(&self.org_standings), count(&self.person_standings)];
    }

    /// Moves the records at `changed` to their place in the sorted order.
    fn patch_order(&mut self, doc: &Document, view: &View, changed: &[usize]) {
        let mut order = std::mem::take(&mut self.order);
        order.retain(|i| !changed.contains(i));
        for i in changed {
            let at = order.partition_point(|j| self.compare(doc, view, *j, *i) == Ordering::Less);
            order.insert(at, *i);
        }
        self.order = order;
    }

    /// The order of the records at `a` and `b` in the shown list; ties keep
    /// the order of the document, so the order is total.
    fn compare(&self, doc: &Document, view: &View, a: usize, b: usize) -> Ordering {
        let Some(sort) = view.sort else {
            return a.cmp(&b);
        };
        let by_key = if view.people {
            self.compare_people(sort.column, a, b)
        } else {
            self.compare_organisations(doc, sort.column, a, b)
        };
        let by_key = if sort.descending { by_key.reverse() } else { by_key };
        by_key.then(a.cmp(&b))
    }

    fn compare_organisations(&self, doc: &Document, column: Column, a: usize, b: usize) -> Ordering {
        let keys = &self.organisations.keys;
        let (Some(x), Some(y)) = (keys.get(a), keys.get(b)) else {
            return Ordering::Equal;
        };
        match column {
            Column::ArabicName => x.name_ar.cmp(&y.name_ar),
            Column::Acronym => x.acronym.cmp(&y.acronym),
            Column::Country => x.country.cmp(&y.country),
            Column::Invitation => self.standing(false, a).cmp(&self.standing(false, b)),
            Column::Type => {
                let types = &doc.vocabularies.stakeholder_types;
                let label = |i: usize| {
                    self.organisations
                        .records
                        .get(i)
                        .map_or("", |o| Vocabularies::label(types, &o.stakeholder_type))
                };
                label(a).cmp(label(b))
            }
            _ => x.name.cmp(&y.name),
        }
    }

    fn compare_people(&self, column: Column, a: usize, b: usize) -> Ordering {
        let keys = &self.people.keys;
        let (Some(x), Some(y)) = (keys.get(a), keys.get(b)) else {
            return Ordering::Equal;
        };
        match column {
            Column::Organisation => {
                let name = |i: usize| {
                    self.org_of
                        .get(i)
                        .copied()
                        .flatten()
                        .and_then(|o| self.organisations.keys.get(o))
                        .map_or("", |k| k.name.as_str())
                };
                name(a).cmp(name(b))
            }
            Column::Role => x.role.cmp(&y.role),
            Column::Invitation => self.standing(true, a).cmp(&self.standing(true, b)),
            Column::Email => x.email.cmp(&y.email),
            Column::Days => {
                let days = |i: usize| self.people.records.get(i).map_or(0, |p| p.attendance.len());
                days(a).cmp(&days(b))
            }
            _ => x.name.cmp(&y.name),
        }
    }

    fn filter(&mut self, query: &str) {
        let Some(view) = self.view.clone() else { return };
        if self.matches.is_empty() {
            let rows = self
                .order
                .iter()
                .copied()
                .filter(|i| self.passes(&view, *i))
                .collect();
            self.matches.push((String::new(), rows));
        }
        while self.matches.len() > 1
            && self
                .matches
                .last()
                .is_some_and(|(q, _)| !query.starts_with(q.as_str()))
        {
            self.matches.pop();
        }
        if self.matches.last().is_some_and(|(q, _)| q == query) {
            return;
        }
        // One searcher for every record: building one per record costs more than the search.
        let finder = memchr::memmem::Finder::new(query.as_bytes());
        if view.people {
            self.find_organisations(query, &finder);
        }
        let hit = |i: &usize| self.hit(view.people, *i, &finder);
        let rows = self
            .matches
            .last()
            .map(|(_, previous)| previous.iter().copied().filter(hit).collect());
        self.matches.push((query.to_owned(), rows.unwrap_or_default()));
    }

    fn find_organisations(&mut self, query: &str, finder: &Finder<'_>) {
        if self.org_hits.as_ref().is_some_and(|(q, _)| q == query) {
            return;
        }
        let texts = &self.organisations.texts;
        let hits = (0..texts.spans.len())
            .map(|i| finder.find(texts.get(i).as_bytes()).is_some())
            .collect();
        self.org_hits = Some((query.to_owned(), hits));
    }

    fn hit(&self, people: bool, i: usize, finder: &Finder<'_>) -> bool {
        if !people {
            return finder.find(self.organisations.texts.get(i).as_bytes()).is_some();
        }
        let own = finder.find(self.people.texts.get(i).as_bytes()).is_some();
        own || self.org_hits.as_ref().is_some_and(|(_, hits)| {
            self.org_of
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|o| hits.get(o).copied().unwrap_or(false))
        })
    }

    /// Whether the record at `i` of the shown list passes the filters.
    fn passes(&self, view: &View, i: usize) -> bool {
        let filters = &view.filters;
        let org = if view.people {
            self.org_of.get(i).copied().flatten()
        } else {
            Some(i)
        };
        let present = if view.people {
            self.present.get(i)
        } else {
            self.org_present.get(i)
        };
        if filters.present_today && !present.copied().unwrap_or(false) {
            return false;
        }
        if filters
            .standing
            .is_some_and(|s| self.standing(view.people, i) != s)
        {
            return false;
        }
        let record = org.and_then(|o| self.organisations.records.get(o));
        let keys = org.and_then(|o| self.organisations.keys.get(o));
        filters
            .stakeholder_type
            .as_ref()
            .is_none_or(|t| record.is_some_and(|o| &o.stakeholder_type == t))
            && filters
                .country
                .as_ref()
                .is_none_or(|c| keys.is_some_and(|k| &k.country == c))
            && filters
                .focus_area
                .as_ref()
                .is_none_or(|f| record.is_some_and(|o| o.focus_areas.contains(f)))
    }

    /// Positions in the shown list (organisations or people) of the matching records.
    pub fn rows(&self) -> &[usize] {
        self.matches.last().map_or(&[], |(_, rows)| rows.as_slice())
    }

    /// How many records the shown list has, matching or not.
    pub fn total(&self) -> usize {
        self.view.as_ref().map_or(0, |v| self.len(v.people))
    }

    /// How many people are present on the view's day, by type and country.
    pub fn present_counts(&self) -> &PresentCounts {
        &self.counts
    }

    /// Where the invitation of the record at `i` of a list stands.
    pub fn standing(&self, people: bool, i: usize) -> Standing {
        let standings = if people {
            &self.person_standings
        } else {
            &self.org_standings
        };
        standings.get(i).copied().unwrap_or(Standing::Prospect)
    }

    /// Where the invitation of the organisation `id` stands.
    pub fn organisation_standing(&self, id: Id) -> Standing {
        self.org_positions
            .get(&id)
            .map_or(Standing::Prospect, |&at| self.standing(false, at))
    }

    /// How many records of the shown list stand at each of [`Standing::ALL`],
    /// whatever the search and filters.
    pub fn standing_counts(&self) -> [usize; 5] {
        let people = self.view.as_ref().is_some_and(|v| v.people);
        self.standing_counts
            .get(usize::from(people))
            .copied()
            .unwrap_or_default()
    }

    /// The country codes of the organisations, each once, in order.
    pub fn countries(&self) -> Vec<String> {
        let mut codes: Vec<String> = self
            .organisations
            .keys
            .iter()
            .map(|k| k.country.clone())
            .filter(|c| !c.is_empty())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
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
    /// The people of the organisation `org`, from the positions the index keeps
    /// (no search through every person's record).
    pub fn people_of<'d>(&self, doc: &'d Document, org: Id) -> Vec<&'d Person> {
        let Some(&at) = self.org_positions.get(&org) else {
            return Vec::new();
        };
        self.org_of
            .iter()
            .enumerate()
            .filter(|(_, of)| **of == Some(at))
            .filter_map(|(i, _)| doc.people.get(i).map(AsRef::as_ref))
            .filter(|p| p.organisation == Some(org))
            .collect()
    }

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

#[cfg(test)]
mod tests;
