//! What importing a list of organisations would do, row by row: each row is
//! an organisation, found among those of the meeting by its name, acronym,
//! Arabic name or another name, or added. Empty fields are filled; a value
//! that differs from one already there is kept, and said.

use super::columns::words;
use super::outcome::{Note, Outcome, Rejection, RowOutcome};
use super::plan::{Work, cell, check_width, fill, finish, kept, org_key, read};
use super::{Field, ListKind, Plan, Row, Table, values};
use crate::model::{Organisation, Term, Vocabularies};

/// Classifies every row of `table`, read through `mapping` as a list of
/// organisations, against the organisations of `doc`. The organisation's
/// name is in the column of organisations, or else in the column of names.
pub fn plan_organisations(doc: &crate::model::Document, table: &Table, mapping: &[Option<Field>]) -> Plan {
    let mut work = Work::new(doc);
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let mut notes = Vec::new();
        let outcome = match OrgValues::of(row, mapping, table.headers.len()) {
            Ok(values) => take(&mut work, &values, row.line, &mut notes),
            Err(why) => Outcome::Rejected(why),
        };
        rows.push(RowOutcome {
            line: row.line,
            outcome,
            notes,
        });
    }
    finish(rows, work, ListKind::Organisations)
}

/// The values of one row of a list of organisations.
struct OrgValues {
    name: String,
    name_ar: String,
    acronym: String,
    aliases: Vec<String>,
    stakeholder_type: String,
    country: String,
    focus_areas: Vec<String>,
    offers: Vec<String>,
    needs: Vec<String>,
    website: String,
    contact: String,
    confidentiality: String,
}

impl OrgValues {
    fn of(row: &Row, mapping: &[Option<Field>], expected: usize) -> Result<Self, Rejection> {
        check_width(row, expected)?;
        let cell = |field: Field| cell(row, mapping, field);
        let mut name = cell(Field::Organisation);
        if name.is_empty() {
            name = cell(Field::FullName);
        }
        if org_key(&name).is_empty() {
            return Err(Rejection::NoName);
        }
        Ok(Self {
            name,
            name_ar: cell(Field::OrganisationArabic),
            acronym: cell(Field::Acronym),
            aliases: values::list(&cell(Field::OtherNames)),
            stakeholder_type: cell(Field::StakeholderType),
            country: cell(Field::Country),
            focus_areas: values::list(&cell(Field::FocusAreas)),
            offers: values::list(&cell(Field::Offers)),
            needs: values::list(&cell(Field::Needs)),
            website: cell(Field::Website),
            contact: cell(Field::Contact),
            confidentiality: cell(Field::ContactConfidentiality),
        })
    }
}

/// Takes a valid row: finds its organisation or adds it, and fills it.
fn take(work: &mut Work<'_>, values: &OrgValues, line: u64, notes: &mut Vec<Note>) -> Outcome {
    let doc = work.doc;
    let country = work.read_country(&values.country, notes);
    let stakeholder_type = work.read_type(&values.stakeholder_type, notes);
    let focus_areas = focus_keys(&doc.vocabularies.thrust_areas, &values.focus_areas, notes);
    let level = read(
        &values.confidentiality,
        Field::ContactConfidentiality,
        notes,
        values::confidentiality,
    );
    let given = Organisation {
        name: values.name.clone(),
        name_ar: values.name_ar.clone(),
        acronym: values.acronym.clone(),
        aliases: values.aliases.clone(),
        stakeholder_type,
        country,
        focus_areas,
        offers: values.offers.clone(),
        needs: values.needs.clone(),
        website: values.website.clone(),
        contact: values.contact.clone(),
        contact_confidentiality: level.unwrap_or_default(),
        ..Organisation::default()
    };
    let found = work
        .find_organisation(&given.name, &[&given.acronym, &given.name_ar], &given.country)
        .and_then(|id| work.organisation(id))
        .cloned();
    let Some(existing) = found else {
        work.organisations_added += 1;
        work.added_at.insert(given.id, line);
        work.index_organisation(&given);
        work.store_organisation(given);
        return Outcome::Added {
            name: values.name.clone(),
        };
    };
    let mut org = existing.clone();
    merge(&mut org, &given, level.is_some(), &doc.vocabularies, notes);
    let outcome = Outcome::Merged {
        name: values.name.clone(),
        existing: existing.name.clone(),
        line: work.added_at.get(&existing.id).copied(),
    };
    if org != existing {
        work.index_organisation(&org);
        work.store_organisation(org);
    }
    outcome
}

/// Fills the empty fields of `org` from `given`, the organisation a row
/// describes; a value already there is kept, and a different one noted.
/// `level_given` says whether the row said who may see the contact.
pub(crate) fn merge(
    org: &mut Organisation,
    given: &Organisation,
    level_given: bool,
    terms: &Vocabularies,
    notes: &mut Vec<Note>,
) {
    // A row naming the organisation by one of its other names names it.
    let name = org_key(&given.name);
    let known = [&org.name, &org.acronym, &org.name_ar]
        .into_iter()
        .chain(&org.aliases)
        .any(|n| org_key(n) == name);
    if !known {
        notes.push(kept(Field::FullName, &org.name, &given.name));
    }
    let same_name = |a: &str, b: &str| org_key(a) == org_key(b);
    fill(
        &mut org.name_ar,
        &given.name_ar,
        Field::OrganisationArabic,
        notes,
        same_name,
    );
    fill(&mut org.acronym, &given.acronym, Field::Acronym, notes, same_name);
    fill(&mut org.country, &given.country, Field::Country, notes, |a, b| {
        a == b
    });
    fill(&mut org.website, &given.website, Field::Website, notes, |a, b| {
        a.trim_end_matches('/')
            .eq_ignore_ascii_case(b.trim_end_matches('/'))
    });
    fill(&mut org.contact, &given.contact, Field::Contact, notes, |a, b| {
        words(a) == words(b)
    });
    let types = &terms.stakeholder_types;
    fill_key(
        &mut org.stakeholder_type,
        &given.stakeholder_type,
        Field::StakeholderType,
        types,
        notes,
    );
    let as_written = <[String]>::to_vec;
    fill_list(
        &mut org.aliases,
        &given.aliases,
        Field::OtherNames,
        notes,
        as_written,
    );
    let areas = &terms.thrust_areas;
    fill_list(
        &mut org.focus_areas,
        &given.focus_areas,
        Field::FocusAreas,
        notes,
        |list| {
            list.iter()
                .map(|key| Vocabularies::label(areas, key).to_owned())
                .collect()
        },
    );
    fill_list(&mut org.offers, &given.offers, Field::Offers, notes, as_written);
    fill_list(&mut org.needs, &given.needs, Field::Needs, notes, as_written);
    if level_given && given.contact_confidentiality != org.contact_confidentiality {
        notes.push(kept(
            Field::ContactConfidentiality,
            &org.contact_confidentiality.label(),
            &given.contact_confidentiality.label(),
        ));
    }
}

/// The keys of the thrust areas a list names by label or key; the others are noted.
fn focus_keys(terms: &[Term], written: &[String], notes: &mut Vec<Note>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for text in written {
        let folded = words(text);
        let term = terms
            .iter()
            .find(|t| words(&t.label) == folded || words(&t.key) == folded);
        match term {
            Some(term) if !keys.contains(&term.key) => keys.push(term.key.clone()),
            Some(_) => {}
            None => notes.push(Note::NotRead {
                field: Field::FocusAreas,
                value: text.clone(),
            }),
        }
    }
    keys
}

/// Fills an empty vocabulary key; another key already there is kept, and said.
fn fill_key(slot: &mut String, key: &str, field: Field, terms: &[Term], notes: &mut Vec<Note>) {
    if slot.is_empty() {
        key.clone_into(slot);
    } else if !key.is_empty() && slot != key {
        notes.push(kept(
            field,
            Vocabularies::label(terms, slot),
            Vocabularies::label(terms, key),
        ));
    }
}

/// Fills an empty list; another list already there (other items, in any
/// order) is kept, and said in the words `shown` gives.
fn fill_list(
    slot: &mut Vec<String>,
    given: &[String],
    field: Field,
    notes: &mut Vec<Note>,
    shown: impl Fn(&[String]) -> Vec<String>,
) {
    if given.is_empty() {
        return;
    }
    if slot.is_empty() {
        given.clone_into(slot);
        return;
    }
    let set = |list: &[String]| {
        let mut folded: Vec<Vec<String>> = list.iter().map(|s| words(s)).collect();
        folded.sort();
        folded.dedup();
        folded
    };
    if set(slot) != set(given) {
        notes.push(kept(field, &shown(slot).join("; "), &shown(given).join("; ")));
    }
}
