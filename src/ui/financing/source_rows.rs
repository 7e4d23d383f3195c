//! The rows of the catalogue of funding sources, without drawing: what the
//! table shows of each source, and the search, filters and sort that choose
//! and order the rows.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::fold::fold;
use crate::model::{Document, FundingKind, FundingSource, Id, Instrument, Organisation, Shared};
use crate::tr;

/// A column of the table, which a click on its header sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Kind,
    Instruments,
    Ticket,
    Countries,
    Deadline,
}

/// The order of the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// What the table is narrowed to. A source open to any country (or any focus
/// area) is shown whichever country (or area) is chosen: it is eligible.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<FundingKind>,
    pub instrument: Option<Instrument>,
    pub country: Option<String>,
    pub focus_area: Option<String>,
}

/// What the table shows of one source, worked out once per change of it.
pub struct Entry {
    pub source: Shared<FundingSource>,
    /// The name of the organisation behind it; empty when there is none.
    pub organisation: String,
    pub(super) kind: String,
    pub(super) instruments: String,
    pub(super) ticket: String,
    /// Eligible country codes, separated by commas; empty means any.
    pub(super) countries: String,
    /// Name, organisation, notes and contact, folded for search.
    search: String,
    /// The name, folded for sorting.
    sort_name: String,
}

/// The sources as the table shows them, and the rows that pass the search
/// and filters in the order asked for.
#[derive(Default)]
pub struct Index {
    /// The records the entries were made from, compared by pointer.
    sources: Vec<Shared<FundingSource>>,
    organisations: Vec<Shared<Organisation>>,
    pub(super) entries: Vec<Entry>,
    by_id: HashMap<Id, usize>,
    /// Every eligible country named by a source, sorted.
    pub(super) countries: Vec<String>,
    /// What the rows were made for.
    asked: Option<(String, Filters, Option<Sort>)>,
    /// Positions in `entries` of the rows shown, in order.
    pub(super) rows: Vec<usize>,
}

impl Index {
    /// Brings the index up to date with `doc` and what is asked; does nothing
    /// when neither changed.
    pub fn refresh(&mut self, doc: &Document, query: &str, filters: &Filters, sort: Option<Sort>) {
        let rebuilt =
            if same(&self.sources, &doc.funding_sources) && same(&self.organisations, &doc.organisations) {
                false
            } else {
                self.rebuild(doc);
                true
            };
        let asked = self
            .asked
            .as_ref()
            .is_some_and(|(q, f, s)| q == query && f == filters && *s == sort);
        if rebuilt || !asked {
            self.rows = rows(&self.entries, &fold(query), filters, sort);
            self.asked = Some((query.to_owned(), filters.clone(), sort));
        }
    }

    fn rebuild(&mut self, doc: &Document) {
        self.sources.clone_from(&doc.funding_sources);
        self.organisations.clone_from(&doc.organisations);
        let names: HashMap<Id, &str> = doc
            .organisations
            .iter()
            .map(|o| (o.id, o.name.as_str()))
            .collect();
        self.entries = doc
            .funding_sources
            .iter()
            .map(|source| entry(source, &names))
            .collect();
        self.by_id = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.source.id, i))
            .collect();
        let mut countries: Vec<String> = doc
            .funding_sources
            .iter()
            .flat_map(|s| s.eligible_countries.iter().cloned())
            .collect();
        countries.sort();
        countries.dedup();
        self.countries = countries;
    }

    /// The entry of the source `id`, as of the last refresh.
    pub(super) fn entry(&self, id: Id) -> Option<&Entry> {
        self.entries.get(*self.by_id.get(&id)?)
    }

    /// Positions in the document of the rows shown, in order.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }
}

fn same<T>(cached: &[Arc<T>], current: &[Arc<T>]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| Arc::ptr_eq(a, b))
}

fn entry(source: &Shared<FundingSource>, names: &HashMap<Id, &str>) -> Entry {
    let organisation = source
        .organisation
        .and_then(|id| names.get(&id).copied())
        .unwrap_or_default()
        .to_owned();
    let instruments = source
        .instruments
        .iter()
        .map(|i| i.label())
        .collect::<Vec<_>>()
        .join(", ");
    let search = fold(
        &[
            source.name.as_str(),
            &organisation,
            &source.notes,
            &source.contact,
        ]
        .join("\n"),
    );
    Entry {
        kind: source.kind.label(),
        instruments,
        ticket: ticket_text(source),
        countries: source.eligible_countries.join(", "),
        search,
        sort_name: fold(&source.name),
        organisation,
        source: Arc::clone(source),
    }
}

/// "USD 25,000–250,000", or "USD 25,000" for a single amount.
pub fn ticket_text(source: &FundingSource) -> String {
    let currency = source.currency.as_str();
    if source.ticket_min == 0 && source.ticket_max == 0 {
        tr!("financing-sources-ticket-none")
    } else if source.ticket_min == source.ticket_max {
        tr!(
            "financing-sources-ticket-one",
            currency = currency,
            amount = source.ticket_min
        )
    } else {
        tr!(
            "financing-sources-ticket",
            currency = currency,
            min = source.ticket_min,
            max = source.ticket_max
        )
    }
}

fn passes(entry: &Entry, query: &str, filters: &Filters) -> bool {
    let source = &entry.source;
    (query.is_empty() || entry.search.contains(query))
        && filters.kind.is_none_or(|k| source.kind == k)
        && filters.instrument.is_none_or(|i| source.instruments.contains(&i))
        && filters
            .country
            .as_ref()
            .is_none_or(|c| source.eligible_countries.is_empty() || source.eligible_countries.contains(c))
        && filters
            .focus_area
            .as_ref()
            .is_none_or(|a| source.focus_areas.is_empty() || source.focus_areas.contains(a))
}

/// The positions of the entries that pass, in the order asked for (the
/// document's order when none); ties go by name, then by document order.
fn rows(entries: &[Entry], query: &str, filters: &Filters, sort: Option<Sort>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..entries.len())
        .filter(|i| entries.get(*i).is_some_and(|e| passes(e, query, filters)))
        .collect();
    let Some(sort) = sort else { return rows };
    let key = |i: &usize| entries.get(*i);
    rows.sort_by(|a, b| {
        let (Some(x), Some(y)) = (key(a), key(b)) else {
            return std::cmp::Ordering::Equal;
        };
        let order = match sort.column {
            Column::Name => x.sort_name.cmp(&y.sort_name),
            Column::Kind => fold(&x.kind).cmp(&fold(&y.kind)),
            Column::Instruments => fold(&x.instruments).cmp(&fold(&y.instruments)),
            Column::Ticket => {
                (x.source.ticket_min, x.source.ticket_max).cmp(&(y.source.ticket_min, y.source.ticket_max))
            }
            Column::Countries => x.countries.cmp(&y.countries),
            // Sources without a deadline come after those with one.
            Column::Deadline => match (x.source.deadline, y.source.deadline) {
                (Some(p), Some(q)) => p.cmp(&q),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        let order = if sort.descending { order.reverse() } else { order };
        order.then_with(|| x.sort_name.cmp(&y.sort_name)).then(a.cmp(b))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, instruments: &[Instrument], countries: &[&str], min: u64) -> Shared<FundingSource> {
        Arc::new(FundingSource {
            name: name.to_owned(),
            instruments: instruments.to_vec(),
            eligible_countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            ticket_min: min,
            ticket_max: min * 10,
            ..FundingSource::default()
        })
    }

    fn doc() -> Document {
        Document {
            funding_sources: vec![
                source(
                    "Cedar Angels",
                    &[Instrument::Equity, Instrument::SeedMoney],
                    &["LB"],
                    25_000,
                ),
                source("Arab Fund", &[Instrument::Grant], &[], 50_000),
                source("Kuwait Fund", &[Instrument::Loan], &["JO", "EG"], 300_000),
            ],
            ..Document::default()
        }
    }

    fn names(index: &Index, doc: &Document) -> Vec<String> {
        index
            .rows()
            .iter()
            .map(|i| doc.funding_sources[*i].name.clone())
            .collect()
    }

    #[test]
    fn search_filters_and_sort_narrow_and_order_the_rows() {
        let doc = doc();
        let mut index = Index::default();
        index.refresh(&doc, "", &Filters::default(), None);
        assert_eq!(names(&index, &doc), ["Cedar Angels", "Arab Fund", "Kuwait Fund"]);
        index.refresh(&doc, "fund", &Filters::default(), None);
        assert_eq!(names(&index, &doc), ["Arab Fund", "Kuwait Fund"]);
        let by_ticket = Sort {
            column: Column::Ticket,
            descending: true,
        };
        index.refresh(&doc, "", &Filters::default(), Some(by_ticket));
        assert_eq!(names(&index, &doc), ["Kuwait Fund", "Arab Fund", "Cedar Angels"]);
        // A source open to any country is eligible in Jordan.
        let jordan = Filters {
            country: Some("JO".to_owned()),
            ..Filters::default()
        };
        index.refresh(&doc, "", &jordan, None);
        assert_eq!(names(&index, &doc), ["Arab Fund", "Kuwait Fund"]);
        let equity = Filters {
            instrument: Some(Instrument::Equity),
            ..Filters::default()
        };
        index.refresh(&doc, "", &equity, None);
        assert_eq!(names(&index, &doc), ["Cedar Angels"]);
        assert_eq!(index.countries, ["EG", "JO", "LB"]);
    }

    #[test]
    fn the_index_is_rebuilt_only_when_the_sources_change() {
        let mut doc = doc();
        let mut index = Index::default();
        index.refresh(&doc, "", &Filters::default(), None);
        let first = Arc::clone(&index.entries[0].source);
        index.refresh(&doc, "", &Filters::default(), None);
        assert!(Arc::ptr_eq(&first, &index.entries[0].source));
        doc.funding_sources[0] = source("Cedar Angels II", &[], &[], 1);
        index.refresh(&doc, "", &Filters::default(), None);
        assert_eq!(names(&index, &doc)[0], "Cedar Angels II");
    }
}
