//! What importing a list would do to a meeting, row by row, without doing it.

use std::collections::HashMap;

use super::columns::words;
use super::country::Countries;
use super::outcome::{Counts, Note, Outcome, Rejection, RowOutcome};
use super::stakeholder::StakeholderTypes;
use super::{Field, ListKind, Row, Table, values};
use crate::action::Action;
use crate::model::{Confidentiality, Document, Id, Organisation, Person, Vocabularies, now};
use crate::tr;

/// What importing a list does: the fate of every row, and the edits that
/// carry it out. Applying the actions twice changes nothing more: they
/// replace records by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub rows: Vec<RowOutcome>,
    /// Organisations first, then people; only records that change.
    pub actions: Vec<Action>,
    pub counts: Counts,
}

impl Plan {
    /// The one action that makes the plan happen (one undo step), or `None`
    /// when the list changes nothing.
    pub fn action(&self) -> Option<Action> {
        let mut organisations = Vec::new();
        let mut people = Vec::new();
        for action in &self.actions {
            match action {
                Action::UpsertOrganisation(o) => organisations.push(o.clone()),
                Action::UpsertPerson(p) => people.push(p.clone()),
                _ => {}
            }
        }
        (!organisations.is_empty() || !people.is_empty()).then_some(Action::Import {
            organisations,
            people,
        })
    }

    /// Applies the plan to `doc`: the same document as applying its actions
    /// one by one with [`crate::action::apply`].
    pub fn apply_to(&self, doc: &mut Document) {
        if let Some(action) = self.action() {
            crate::action::apply(doc, action);
        }
    }
}

/// Replaces the record at the place `index` gives for `id`, or appends it there.
fn upsert<T>(list: &mut Vec<T>, index: &mut HashMap<Id, usize>, id: Id, record: T) {
    if let Some(slot) = index.get(&id).and_then(|&i| list.get_mut(i)) {
        *slot = record;
    } else {
        index.insert(id, list.len());
        list.push(record);
    }
}

/// Classifies every row of `table`, read through `mapping` (one entry per
/// column), against the people and organisations of `doc`.
pub fn plan(doc: &Document, table: &Table, mapping: &[Option<Field>]) -> Plan {
    let mut work = Work::new(doc);
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let mut notes = Vec::new();
        let outcome = match Values::of(row, mapping, table.headers.len()) {
            Ok(values) => work.take(&values, row.line, &mut notes),
            Err(why) => Outcome::Rejected(why),
        };
        rows.push(RowOutcome {
            line: row.line,
            outcome,
            notes,
        });
    }
    finish(rows, work, ListKind::People)
}

/// The plan of `rows` classified by `work`: counts, then the edits, stamped now.
pub(super) fn finish(rows: Vec<RowOutcome>, work: Work<'_>, kind: ListKind) -> Plan {
    let mut counts = Counts {
        kind,
        rows: rows.len(),
        organisations_added: work.organisations_added,
        ..Counts::default()
    };
    for row in &rows {
        match row.outcome {
            Outcome::Added { .. } => counts.added += 1,
            Outcome::Merged { .. } => counts.merged += 1,
            Outcome::Rejected(_) => counts.rejected += 1,
        }
        if !row.notes.is_empty() {
            counts.with_notes += 1;
        }
    }
    let stamp = now();
    let organisations = work.orgs.into_iter().map(|mut o| {
        o.modified = stamp;
        Action::UpsertOrganisation(o)
    });
    let people = work.people.into_iter().map(|mut p| {
        p.modified = stamp;
        Action::UpsertPerson(p)
    });
    Plan {
        rows,
        actions: organisations.chain(people).collect(),
        counts,
    }
}

/// The first non-empty cell of the columns mapped to `field`, without the
/// apostrophe the export puts before a cell that would run as a formula.
pub(super) fn cell(row: &Row, mapping: &[Option<Field>], field: Field) -> String {
    mapping
        .iter()
        .zip(&row.cells)
        .filter(|(f, _)| **f == Some(field))
        .map(|(_, c)| c.as_str())
        .find(|c| !c.is_empty())
        .map(values::undefused)
        .unwrap_or_default()
        .to_owned()
}

/// Rejects a row cut short, or with more filled cells than the header has columns.
pub(super) fn check_width(row: &Row, expected: usize) -> Result<(), Rejection> {
    let found = row.cells.len();
    if found < expected {
        return Err(Rejection::TooFewColumns { found, expected });
    }
    let filled = row.cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
    if filled > expected {
        return Err(Rejection::TooManyColumns {
            found: filled,
            expected,
        });
    }
    Ok(())
}

/// The values of one row, by field.
#[derive(Default)]
struct Values {
    name: String,
    name_ar: String,
    title: String,
    title_ar: String,
    email: String,
    phone: String,
    organisation: String,
    organisation_ar: String,
    acronym: String,
    role: String,
    country: String,
    stakeholder_type: String,
    consent: String,
    confidentiality: String,
    attendance: String,
}

impl Values {
    fn of(row: &Row, mapping: &[Option<Field>], expected: usize) -> Result<Self, Rejection> {
        check_width(row, expected)?;
        let cell = |field: Field| cell(row, mapping, field);
        let mut name = cell(Field::FullName);
        if name.is_empty() {
            name = [cell(Field::FirstName), cell(Field::LastName)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        let tidy = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut name = tidy(&name);
        let mut name_ar = tidy(&cell(Field::NameArabic));
        // A list that names people in Arabic only: that is their name.
        if name.is_empty() {
            name = std::mem::take(&mut name_ar);
        }
        if name.is_empty() {
            return Err(Rejection::NoName);
        }
        let email = cell(Field::Email);
        if !email.is_empty() && !is_email(&email) {
            return Err(Rejection::InvalidEmail(email));
        }
        Ok(Self {
            name,
            name_ar,
            title: cell(Field::Title),
            title_ar: cell(Field::TitleArabic),
            email,
            phone: cell(Field::Phone),
            organisation: cell(Field::Organisation),
            organisation_ar: cell(Field::OrganisationArabic),
            acronym: cell(Field::Acronym),
            role: cell(Field::Role),
            country: cell(Field::Country),
            stakeholder_type: cell(Field::StakeholderType),
            consent: cell(Field::Consent),
            confidentiality: cell(Field::ContactConfidentiality),
            attendance: cell(Field::Attendance),
        })
    }
}

/// Whether `text` looks like one email address: something, one `@`, and a
/// domain with a dot, without spaces or list separators.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@')
        && !text
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>'))
}

/// A person's name as rows are matched on: "RANIA  Khoury" is "rania khoury".
pub(crate) fn name_key(name: &str) -> String {
    words(name).join(" ")
}

/// An organisation's name, acronym or alias for matching: "U.N.D.P." is "UNDP".
/// The one way organisations are recognised by name, in imports and at check-in.
pub fn org_key(name: &str) -> String {
    words(name).concat()
}

fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// The registry as the list changes it, indexed by the keys rows are matched on.
pub(super) struct Work<'a> {
    pub(super) doc: &'a Document,
    countries: Countries,
    types: StakeholderTypes,
    /// What each country and stakeholder type written in the list was read
    /// as: lists repeat a few values thousands of times.
    read_countries: HashMap<String, Option<String>>,
    read_types: HashMap<String, Option<String>>,
    doc_people: HashMap<Id, &'a Person>,
    doc_orgs: HashMap<Id, &'a Organisation>,
    /// Records changed or added, in the order they were first touched.
    people: Vec<Person>,
    orgs: Vec<Organisation>,
    person_slot: HashMap<Id, usize>,
    org_slot: HashMap<Id, usize>,
    by_email: HashMap<String, Id>,
    by_name: HashMap<(String, Option<Id>), Id>,
    org_keys: HashMap<String, Id>,
    /// People (or organisations, in a list of organisations) added by this
    /// list, with the line of the row that added them.
    pub(super) added_at: HashMap<Id, u64>,
    pub(super) organisations_added: usize,
}

impl<'a> Work<'a> {
    pub(super) fn new(doc: &'a Document) -> Self {
        let mut work = Self {
            doc,
            countries: Countries::new(),
            types: StakeholderTypes::new(&doc.vocabularies.stakeholder_types),
            read_countries: HashMap::new(),
            read_types: HashMap::new(),
            doc_people: doc.people.iter().map(|p| (p.id, p.as_ref())).collect(),
            doc_orgs: doc.organisations.iter().map(|o| (o.id, o.as_ref())).collect(),
            people: Vec::new(),
            orgs: Vec::new(),
            person_slot: HashMap::new(),
            org_slot: HashMap::new(),
            by_email: HashMap::new(),
            by_name: HashMap::new(),
            org_keys: HashMap::new(),
            added_at: HashMap::new(),
            organisations_added: 0,
        };
        for org in &doc.organisations {
            work.index_organisation(org);
        }
        for person in &doc.people {
            work.index_person(person);
        }
        work
    }

    pub(super) fn index_organisation(&mut self, org: &Organisation) {
        let names = [&org.name, &org.acronym, &org.name_ar]
            .into_iter()
            .chain(&org.aliases);
        for name in names {
            let key = org_key(name);
            if !key.is_empty() {
                self.org_keys.entry(key).or_insert(org.id);
            }
        }
    }

    fn index_person(&mut self, person: &Person) {
        let email = person.email.trim().to_lowercase();
        if !email.is_empty() {
            self.by_email.entry(email).or_insert(person.id);
        }
        self.by_name
            .entry((name_key(&person.name), person.organisation))
            .or_insert(person.id);
        // A list written in Arabic finds a person by their Arabic name.
        let arabic = name_key(&person.name_ar);
        if !arabic.is_empty() {
            self.by_name
                .entry((arabic, person.organisation))
                .or_insert(person.id);
        }
    }

    fn person(&self, id: Id) -> Option<&Person> {
        match self.person_slot.get(&id) {
            Some(&slot) => self.people.get(slot),
            None => self.doc_people.get(&id).copied(),
        }
    }

    pub(super) fn organisation(&self, id: Id) -> Option<&Organisation> {
        match self.org_slot.get(&id) {
            Some(&slot) => self.orgs.get(slot),
            None => self.doc_orgs.get(&id).copied(),
        }
    }

    fn store_person(&mut self, person: Person) {
        upsert(&mut self.people, &mut self.person_slot, person.id, person);
    }

    pub(super) fn store_organisation(&mut self, org: Organisation) {
        upsert(&mut self.orgs, &mut self.org_slot, org.id, org);
    }

    /// Takes a valid row: finds or adds its organisation, then its person.
    fn take(&mut self, values: &Values, line: u64, notes: &mut Vec<Note>) -> Outcome {
        let organisation = self.organisation_of(values, notes);
        let consent = read(&values.consent, Field::Consent, notes, values::consent);
        let level = read(
            &values.confidentiality,
            Field::ContactConfidentiality,
            notes,
            values::confidentiality,
        );
        let (days, unread) = values::days(&values.attendance);
        notes.extend(unread.into_iter().map(|value| Note::NotRead {
            field: Field::Attendance,
            value,
        }));
        let found = self
            .by_email
            .get(&values.email.to_lowercase())
            .filter(|_| !values.email.is_empty())
            .or_else(|| self.by_name.get(&(name_key(&values.name), organisation)))
            .copied()
            // Namesakes in one organisation with two different emails are two people.
            .filter(|id| {
                self.person(*id)
                    .is_none_or(|p| emails_agree(&p.email, &values.email))
            });
        let Some(existing) = found.and_then(|id| self.person(id)).cloned() else {
            let person = Person {
                name: values.name.clone(),
                name_ar: values.name_ar.clone(),
                title: values.title.clone(),
                title_ar: values.title_ar.clone(),
                organisation,
                role: values.role.clone(),
                email: values.email.clone(),
                phone: values.phone.clone(),
                contact_confidentiality: level.unwrap_or(Confidentiality::Organisers),
                consent: consent.unwrap_or(false),
                attendance: days,
                ..Person::default()
            };
            self.index_person(&person);
            self.added_at.insert(person.id, line);
            self.store_person(person);
            return Outcome::Added {
                name: values.name.clone(),
            };
        };
        let mut person = existing.clone();
        let given = Person {
            name: values.name.clone(),
            name_ar: values.name_ar.clone(),
            title: values.title.clone(),
            title_ar: values.title_ar.clone(),
            organisation,
            role: values.role.clone(),
            email: values.email.clone(),
            phone: values.phone.clone(),
            attendance: days,
            ..Person::default()
        };
        merge_person(
            &mut person,
            &given,
            consent,
            level,
            |id| self.doc_organisation_name(id),
            notes,
        );
        let outcome = Outcome::Merged {
            name: values.name.clone(),
            existing: existing.name.clone(),
            line: self.added_at.get(&existing.id).copied(),
        };
        if person != existing {
            self.index_person(&person);
            self.store_person(person);
        }
        outcome
    }

    /// The ISO code of the country written `text`; noted when not recognised.
    pub(super) fn read_country(&mut self, text: &str, notes: &mut Vec<Note>) -> String {
        if text.is_empty() {
            return String::new();
        }
        let countries = &self.countries;
        let code = self
            .read_countries
            .entry(text.to_owned())
            .or_insert_with(|| countries.code(text))
            .clone();
        code.unwrap_or_else(|| {
            notes.push(Note::UnknownCountry(text.to_owned()));
            String::new()
        })
    }

    /// The key of the stakeholder type written `text`; noted when not recognised.
    pub(super) fn read_type(&mut self, text: &str, notes: &mut Vec<Note>) -> String {
        if text.is_empty() {
            return String::new();
        }
        let types = &self.types;
        let key = self
            .read_types
            .entry(text.to_owned())
            .or_insert_with(|| types.key(text))
            .clone();
        key.unwrap_or_else(|| {
            notes.push(Note::UnknownStakeholderType(text.to_owned()));
            String::new()
        })
    }

    /// The organisation a row names: found by its `name`, else by one of its
    /// `others` (acronym, Arabic name) unless the organisation found is in
    /// another country than `country` (two ministries may share an acronym).
    pub(super) fn find_organisation(&self, name: &str, others: &[&str], country: &str) -> Option<Id> {
        let key = org_key(name);
        if let Some(id) = self.org_keys.get(&key).filter(|_| !key.is_empty()) {
            return Some(*id);
        }
        others
            .iter()
            .map(|n| org_key(n))
            .filter(|k| !k.is_empty())
            .filter_map(|k| self.org_keys.get(&k).copied())
            .find(|id| {
                self.organisation(*id)
                    .is_some_and(|o| country.is_empty() || o.country.is_empty() || o.country == country)
            })
    }

    fn doc_organisation_name(&self, id: Id) -> String {
        self.organisation(id)
            .map_or_else(|| self.doc.organisation_name(Some(id)), |o| o.name.clone())
    }

    /// The organisation a row names, found by name, acronym, alias or Arabic
    /// name, or added; its empty fields are filled from the row.
    fn organisation_of(&mut self, values: &Values, notes: &mut Vec<Note>) -> Option<Id> {
        let country = self.read_country(&values.country, notes);
        let kind = self.read_type(&values.stakeholder_type, notes);
        let names = [&values.organisation, &values.acronym, &values.organisation_ar];
        // A name without a letter or a digit ("-", "@") names no organisation.
        let first = names.iter().find(|n| !org_key(n).is_empty())?;
        let found = self
            .find_organisation(first, &[&values.acronym, &values.organisation_ar], &country)
            .and_then(|id| self.organisation(id))
            .cloned();
        let existing = found.unwrap_or_else(|| {
            self.organisations_added += 1;
            Organisation {
                name: (*first).clone(),
                ..Organisation::default()
            }
        });
        let mut org = existing.clone();
        fill(
            &mut org.name_ar,
            &values.organisation_ar,
            Field::OrganisationArabic,
            notes,
            |a, b| org_key(a) == org_key(b),
        );
        fill(
            &mut org.acronym,
            &values.acronym,
            Field::Acronym,
            notes,
            |a, b| org_key(a) == org_key(b),
        );
        fill(&mut org.country, &country, Field::Country, notes, |a, b| a == b);
        let terms = &self.doc.vocabularies.stakeholder_types;
        if org.stakeholder_type.is_empty() {
            org.stakeholder_type = kind;
        } else if !kind.is_empty() && org.stakeholder_type != kind {
            notes.push(kept(
                Field::StakeholderType,
                Vocabularies::label(terms, &org.stakeholder_type),
                Vocabularies::label(terms, &kind),
            ));
        }
        let id = org.id;
        if org != existing || self.organisation(id).is_none() {
            self.index_organisation(&org);
            self.store_organisation(org);
        }
        Some(id)
    }
}

/// A cell read by `parse`: `None` when empty, and noted when not understood.
pub(super) fn read<T>(
    text: &str,
    field: Field,
    notes: &mut Vec<Note>,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    if text.is_empty() {
        return None;
    }
    let value = parse(text);
    if value.is_none() {
        notes.push(Note::NotRead {
            field,
            value: text.to_owned(),
        });
    }
    value
}

/// Whether two people's emails allow them to be one person: namesakes in one
/// organisation with two different emails are two people.
pub(crate) fn emails_agree(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || a.eq_ignore_ascii_case(b)
}

/// Fills the empty fields of `person` from `given`, another record of the
/// same person, and adds the days `given` attended; a value already there is
/// kept, and a different one noted. `consent` and `level` are the given ones
/// when known; `organisation_name` names an organisation in a note.
pub(crate) fn merge_person(
    person: &mut Person,
    given: &Person,
    consent: Option<bool>,
    level: Option<Confidentiality>,
    organisation_name: impl Fn(Id) -> String,
    notes: &mut Vec<Note>,
) {
    let given_name = name_key(&given.name);
    if name_key(&person.name) != given_name && name_key(&person.name_ar) != given_name {
        notes.push(kept(Field::FullName, &person.name, &given.name));
    }
    fill(
        &mut person.name_ar,
        &given.name_ar,
        Field::NameArabic,
        notes,
        |a, b| name_key(a) == name_key(b),
    );
    fill(&mut person.email, &given.email, Field::Email, notes, |a, b| {
        a.eq_ignore_ascii_case(b)
    });
    fill(&mut person.phone, &given.phone, Field::Phone, notes, |a, b| {
        digits(a) == digits(b)
    });
    fill(&mut person.role, &given.role, Field::Role, notes, |a, b| {
        name_key(a) == name_key(b)
    });
    // "Dr" and "Dr." address a person the same way.
    fill(&mut person.title, &given.title, Field::Title, notes, |a, b| {
        name_key(a) == name_key(b)
    });
    fill(
        &mut person.title_ar,
        &given.title_ar,
        Field::TitleArabic,
        notes,
        |a, b| name_key(a) == name_key(b),
    );
    match (person.organisation, given.organisation) {
        (None, Some(id)) => person.organisation = Some(id),
        (Some(old), Some(new)) if old != new => notes.push(kept(
            Field::Organisation,
            &organisation_name(old),
            &organisation_name(new),
        )),
        _ => {}
    }
    if let Some(consent) = consent.filter(|c| *c != person.consent) {
        notes.push(kept(Field::Consent, &yes_no(person.consent), &yes_no(consent)));
    }
    if let Some(level) = level.filter(|l| *l != person.contact_confidentiality) {
        notes.push(kept(
            Field::ContactConfidentiality,
            &person.contact_confidentiality.label(),
            &level.label(),
        ));
    }
    for &day in &given.attendance {
        if let Err(at) = person.attendance.binary_search(&day) {
            person.attendance.insert(at, day);
        }
    }
}

fn yes_no(consent: bool) -> String {
    if consent {
        tr!("personal-yes")
    } else {
        tr!("personal-no")
    }
}

pub(super) fn kept(field: Field, kept: &str, given: &str) -> Note {
    Note::Kept {
        field,
        kept: kept.to_owned(),
        given: given.to_owned(),
    }
}

/// Fills `slot` with `value` when it is empty; a different value already
/// there is kept, and said.
pub(super) fn fill(
    slot: &mut String,
    value: &str,
    field: Field,
    notes: &mut Vec<Note>,
    same: impl Fn(&str, &str) -> bool,
) {
    if value.is_empty() {
        return;
    }
    if slot.is_empty() {
        value.clone_into(slot);
    } else if !same(slot, value) {
        notes.push(kept(field, slot, value));
    }
}
