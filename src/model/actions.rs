//! The action items of a meeting as rows of a table: the order they are sorted
//! in, which of them a filter keeps, and the edit that changes a status.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::fold::fold;
use super::{ActionStatus, Document, Id, Record, RecordKind, now};

/// One action item as the table shows it, with the keys it is sorted by.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRow {
    pub record: Id,
    pub text: String,
    /// The owner's name; empty when nobody owns it.
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    /// The agenda item it was captured in, if that item still exists.
    pub item: Option<Id>,
    pub item_title: String,
    text_key: String,
    owner_key: String,
    /// The item's day and position in the agenda.
    item_key: Option<(NaiveDate, usize)>,
}

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortColumn {
    Action,
    Owner,
    #[default]
    Due,
    Status,
    /// By when the agenda item comes in the meeting, not by its title.
    Item,
}

/// The column the table is sorted by and in which direction. Rows without an
/// owner, a date or an item come last in either direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

impl Sort {
    /// The sort after a click on the header of `column`: the same column is
    /// reversed, another one is sorted ascending.
    #[must_use]
    pub fn clicked(self, column: SortColumn) -> Self {
        Self {
            column,
            descending: self.column == column && !self.descending,
        }
    }
}

/// Which rows the table shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    /// Part of the owner's name, in any case; empty keeps every row.
    pub owner: String,
    pub show_done: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            owner: String::new(),
            show_done: true,
        }
    }
}

/// Every action item of the meeting, in the order they were captured.
pub fn rows(doc: &Document) -> Vec<ActionRow> {
    let items: HashMap<Id, (NaiveDate, usize, &str)> = doc
        .agenda
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, (a.day, i, a.title.as_str())))
        .collect();
    doc.records
        .iter()
        .filter_map(|record| {
            let (owner, due, status) = record.action()?;
            let owner = doc.person_name(owner);
            let item = record.agenda_item.and_then(|id| items.get(&id).map(|i| (id, i)));
            Some(ActionRow {
                record: record.id,
                text_key: fold(&record.text),
                text: record.text.clone(),
                owner_key: fold(&owner),
                owner,
                due,
                status,
                item: item.map(|(id, _)| id),
                item_title: item
                    .map(|(_, (_, _, title))| (*title).to_owned())
                    .unwrap_or_default(),
                item_key: item.map(|(_, (day, position, _))| (*day, *position)),
            })
        })
        .collect()
}

/// Sorts `rows` by `sort`; rows that compare equal are ordered by due date,
/// then keep their order.
pub fn sort(rows: &mut [ActionRow], sort: Sort) {
    let directed = |ordering: Ordering| {
        if sort.descending {
            ordering.reverse()
        } else {
            ordering
        }
    };
    rows.sort_by(|a, b| {
        let primary = match sort.column {
            SortColumn::Action => directed(a.text_key.cmp(&b.text_key)),
            SortColumn::Owner => missing_last(owner_key(a), owner_key(b), sort.descending),
            SortColumn::Due => missing_last(a.due, b.due, sort.descending),
            SortColumn::Status => directed(rank(a.status).cmp(&rank(b.status))),
            SortColumn::Item => missing_last(a.item_key, b.item_key, sort.descending),
        };
        primary.then_with(|| missing_last(a.due, b.due, false))
    });
}

fn owner_key(row: &ActionRow) -> Option<&str> {
    Some(row.owner_key.as_str()).filter(|key| !key.is_empty())
}

/// Compares two values of which either may be missing: a missing one comes last
/// whatever the direction.
fn missing_last<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(&a),
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Where a status comes in [`ActionStatus::ALL`]: open work first, cancelled last.
fn rank(status: ActionStatus) -> usize {
    ActionStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(usize::MAX)
}

/// The positions in `rows` of the rows `filter` keeps, in order.
pub fn shown(rows: &[ActionRow], filter: &Filter) -> Vec<usize> {
    let needle = fold(filter.owner.trim());
    rows.iter()
        .enumerate()
        .filter(|(_, row)| filter.show_done || row.status != ActionStatus::Done)
        .filter(|(_, row)| needle.is_empty() || row.owner_key.contains(&needle))
        .map(|(i, _)| i)
        .collect()
}

/// The action item `record` with `status` and a new modified stamp; `None` when
/// `record` is not an action item.
pub fn with_status(record: &Record, status: ActionStatus) -> Option<Record> {
    let (owner, due, _) = record.action()?;
    Some(Record {
        kind: RecordKind::Action { owner, due, status },
        modified: now(),
        ..record.clone()
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::{AgendaItem, Person};

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2007, 9, day).unwrap()
    }

    /// A meeting with two items and people named Zeina, adam (lower case) and Omar.
    fn meeting() -> (Document, [Id; 3], [Id; 2]) {
        let mut doc = Document::default();
        let people = ["Zeina Haddad", "adam Fares", "Omar Said"].map(|name| Person {
            name: name.to_owned(),
            ..Person::default()
        });
        let person_ids = people.clone().map(|p| p.id);
        doc.people = people.into_iter().map(Arc::new).collect();
        let items = [("Closing", date(6)), ("Opening", date(5))].map(|(title, day)| AgendaItem {
            title: title.to_owned(),
            day,
            ..AgendaItem::default()
        });
        let item_ids = items.clone().map(|a| a.id);
        doc.agenda = items.into_iter().map(Arc::new).collect();
        (doc, person_ids, item_ids)
    }

    fn action(
        text: &str,
        owner: Option<Id>,
        due: Option<NaiveDate>,
        status: ActionStatus,
        item: Option<Id>,
    ) -> Arc<Record> {
        Arc::new(Record {
            text: text.to_owned(),
            agenda_item: item,
            kind: RecordKind::Action { owner, due, status },
            ..Record::default()
        })
    }

    /// Five action items and a note, captured in the order B, A, D, C, E.
    fn sample() -> Document {
        let (mut doc, [zeina, adam, omar], [closing, opening]) = meeting();
        doc.records = vec![
            action(
                "b report",
                Some(zeina),
                Some(date(20)),
                ActionStatus::Open,
                Some(closing),
            ),
            action("A call", Some(adam), None, ActionStatus::Done, Some(opening)),
            Arc::new(Record {
                text: "a note".to_owned(),
                ..Record::default()
            }),
            action("d minutes", None, Some(date(10)), ActionStatus::Cancelled, None),
            action(
                "c budget",
                Some(omar),
                Some(date(10)),
                ActionStatus::InProgress,
                Some(opening),
            ),
            action(
                "e visit",
                Some(zeina),
                Some(date(1)),
                ActionStatus::Done,
                Some(Id::new()),
            ),
        ];
        doc
    }

    fn texts(rows: &[ActionRow]) -> Vec<&str> {
        rows.iter().map(|r| r.text.as_str()).collect()
    }

    fn sorted(column: SortColumn, descending: bool) -> Vec<String> {
        let mut rows = rows(&sample());
        sort(&mut rows, Sort { column, descending });
        texts(&rows).into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn rows_are_the_action_items_with_names_and_titles() {
        let rows = rows(&sample());
        assert_eq!(
            texts(&rows),
            ["b report", "A call", "d minutes", "c budget", "e visit"]
        );
        let owners: Vec<&str> = rows.iter().map(|r| r.owner.as_str()).collect();
        assert_eq!(
            owners,
            ["Zeina Haddad", "adam Fares", "", "Omar Said", "Zeina Haddad"]
        );
        let titles: Vec<&str> = rows.iter().map(|r| r.item_title.as_str()).collect();
        assert_eq!(
            titles,
            ["Closing", "Opening", "", "Opening", ""],
            "a deleted item is no item"
        );
        assert_eq!(rows.last().and_then(|r| r.item), None);
    }

    #[test]
    fn default_sort_is_by_due_date_with_undated_last() {
        assert_eq!(Sort::default().column, SortColumn::Due);
        assert!(!Sort::default().descending);
        // d and c share a date and keep their captured order.
        assert_eq!(
            sorted(SortColumn::Due, false),
            ["e visit", "d minutes", "c budget", "b report", "A call"]
        );
        assert_eq!(
            sorted(SortColumn::Due, true),
            ["b report", "d minutes", "c budget", "e visit", "A call"],
            "undated stays last when reversed"
        );
    }

    #[test]
    fn sort_by_each_column() {
        assert_eq!(
            sorted(SortColumn::Action, false),
            ["A call", "b report", "c budget", "d minutes", "e visit"],
            "case does not matter"
        );
        assert_eq!(
            sorted(SortColumn::Action, true),
            ["e visit", "d minutes", "c budget", "b report", "A call"]
        );
        // Zeina's two items by date; nobody's item last.
        assert_eq!(
            sorted(SortColumn::Owner, false),
            ["A call", "c budget", "e visit", "b report", "d minutes"]
        );
        assert_eq!(
            sorted(SortColumn::Owner, true),
            ["e visit", "b report", "c budget", "A call", "d minutes"]
        );
        assert_eq!(
            sorted(SortColumn::Status, false),
            ["b report", "c budget", "e visit", "A call", "d minutes"]
        );
        // Opening (5 Sept) before Closing (6 Sept), though Closing is first in the list.
        assert_eq!(
            sorted(SortColumn::Item, false),
            ["c budget", "A call", "b report", "e visit", "d minutes"]
        );
        assert_eq!(
            sorted(SortColumn::Item, true),
            ["b report", "c budget", "A call", "e visit", "d minutes"]
        );
    }

    #[test]
    fn clicking_a_header_sorts_then_reverses() {
        let by_owner = Sort::default().clicked(SortColumn::Owner);
        assert_eq!(
            by_owner,
            Sort {
                column: SortColumn::Owner,
                descending: false
            }
        );
        assert!(by_owner.clicked(SortColumn::Owner).descending);
        assert!(
            !by_owner
                .clicked(SortColumn::Owner)
                .clicked(SortColumn::Owner)
                .descending
        );
        assert!(
            !by_owner
                .clicked(SortColumn::Owner)
                .clicked(SortColumn::Due)
                .descending
        );
        assert!(Sort::default().clicked(SortColumn::Due).descending);
    }

    #[test]
    fn filter_by_owner_ignores_case_and_space() {
        let rows = rows(&sample());
        let kept = |owner: &str, show_done: bool| -> Vec<&str> {
            let filter = Filter {
                owner: owner.to_owned(),
                show_done,
            };
            shown(&rows, &filter)
                .into_iter()
                .filter_map(|i| rows.get(i))
                .map(|r| r.text.as_str())
                .collect()
        };
        assert_eq!(kept("", true).len(), 5);
        assert_eq!(kept(" ZEIN ", true), ["b report", "e visit"]);
        assert_eq!(
            kept("a", true),
            ["b report", "A call", "c budget", "e visit"],
            "part of a name"
        );
        assert_eq!(kept("nobody", true), Vec::<&str>::new());
        assert_eq!(
            kept("", false),
            ["b report", "d minutes", "c budget"],
            "cancelled stays"
        );
        assert_eq!(kept("zeina", false), ["b report"]);
    }

    #[test]
    fn filter_matches_arabic_names() {
        let mut doc = Document::default();
        let person = Person {
            name: "رانيا خوري".to_owned(),
            ..Person::default()
        };
        doc.records = vec![action("x", Some(person.id), None, ActionStatus::Open, None)];
        doc.people = vec![Arc::new(person)];
        let rows = rows(&doc);
        let filter = Filter {
            owner: "خوري".to_owned(),
            ..Filter::default()
        };
        assert_eq!(shown(&rows, &filter), [0]);
    }

    #[test]
    fn changing_the_status_keeps_owner_and_date() {
        let doc = sample();
        let record = &doc.records[0];
        let done = with_status(record, ActionStatus::Done).unwrap();
        assert_eq!((done.id, &done.text), (record.id, &record.text));
        assert!(done.modified >= record.modified);
        let (owner, due, _) = record.action().unwrap();
        assert_eq!(done.action(), Some((owner, due, ActionStatus::Done)));
        assert_eq!(
            with_status(&doc.records[2], ActionStatus::Done),
            None,
            "a note has no status"
        );
    }
}
