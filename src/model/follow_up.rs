//! What is left to do after the meeting: open action items, partnership
//! milestones not reached, and the next steps of financing leads, each with
//! who owns it, when it is due and how urgent it is. The report's follow-up
//! list and the follow-up view both read it.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::fold::fold;
use super::names::Names;
use super::{ActionStatus, Document, Id, LeadStatus, Partnership, RecordKind};

/// How many days ahead a due date counts as soon.
pub const SOON_DAYS: u64 = 7;

/// Where an entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// An action item captured in the meeting.
    Action { record: Id },
    /// A milestone of a partnership.
    Milestone { partnership: Id, milestone: Id },
    /// The next step of a financing lead.
    Lead { lead: Id, partnership: Id },
}

/// How soon something is due, as of a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// Due before today.
    Overdue,
    /// Due today or within [`SOON_DAYS`] days.
    DueSoon,
    /// Due later than that.
    Later,
    /// No due date.
    NoDate,
}

impl Urgency {
    /// The urgency of something due on `due`, as of `today`.
    pub fn of(due: Option<NaiveDate>, today: NaiveDate) -> Self {
        let Some(due) = due else {
            return Self::NoDate;
        };
        let soon = today
            .checked_add_days(Days::new(SOON_DAYS))
            .unwrap_or(NaiveDate::MAX);
        if due < today {
            Self::Overdue
        } else if due <= soon {
            Self::DueSoon
        } else {
            Self::Later
        }
    }
}

/// One thing to follow up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub source: Source,
    /// What is to be done, as the meeting wrote it.
    pub what: String,
    /// The person or organisation who owns it; empty when no one does.
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub urgency: Urgency,
}

/// Everything left to do in `doc`, sorted by owner (no owner last), then
/// due date (no date last), then text, so that the same document always
/// gives the same list.
pub fn entries(doc: &Document, today: NaiveDate) -> Vec<Entry> {
    let names = Names::new(doc);
    let mut list = Vec::new();
    for record in &doc.records {
        if let RecordKind::Action { owner, due, status } = &record.kind
            && matches!(status, ActionStatus::Open | ActionStatus::InProgress)
        {
            list.push(entry(
                Source::Action { record: record.id },
                &record.text,
                &names.person_name(*owner),
                *due,
                today,
            ));
        }
    }
    for partnership in &doc.partnerships {
        for milestone in partnership.milestones.iter().filter(|m| !m.done) {
            let source = Source::Milestone {
                partnership: partnership.id,
                milestone: milestone.id,
            };
            let owner = names.organisation_name(partnership.lead);
            list.push(entry(source, &milestone.title, &owner, milestone.due, today));
        }
    }
    let partnerships: HashMap<Id, &Partnership> = doc.partnerships.iter().map(|p| (p.id, &**p)).collect();
    for lead in &doc.leads {
        if lead.next_step.trim().is_empty() || lead.status == LeadStatus::Declined {
            continue;
        }
        let owner = match lead.contact {
            Some(_) => names.person_name(lead.contact),
            None => partnerships
                .get(&lead.partnership)
                .map(|p| names.organisation_name(p.lead))
                .unwrap_or_default(),
        };
        let source = Source::Lead {
            lead: lead.id,
            partnership: lead.partnership,
        };
        list.push(entry(source, &lead.next_step, &owner, lead.next_date, today));
    }
    list.sort_by_cached_key(|e| {
        (
            e.owner.trim().is_empty(),
            fold(&e.owner),
            e.due.is_none(),
            e.due,
            fold(&e.what),
            source_key(e.source),
        )
    });
    list
}

fn entry(source: Source, what: &str, owner: &str, due: Option<NaiveDate>, today: NaiveDate) -> Entry {
    Entry {
        source,
        what: what.trim().to_owned(),
        owner: owner.trim().to_owned(),
        due,
        urgency: Urgency::of(due, today),
    }
}

/// Ties broken by where the entry comes from, so the order never depends on chance.
fn source_key(source: Source) -> (u8, Id, Id) {
    match source {
        Source::Action { record } => (0, record, record),
        Source::Milestone {
            partnership,
            milestone,
        } => (1, partnership, milestone),
        Source::Lead { lead, partnership } => (2, lead, partnership),
    }
}

/// `entries` grouped by owner, in the order given (owners as [`entries`]
/// sorts them); the owner is empty for entries no one owns.
pub fn by_owner(entries: Vec<Entry>) -> Vec<(String, Vec<Entry>)> {
    // Entries of one owner are together when sorted as `entries` sorts them;
    // an owner seen again later (a list sorted otherwise) joins its group.
    let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut last: Option<(String, usize)> = None;
    for entry in entries {
        let key = fold(&entry.owner);
        let group = match &last {
            Some((owner, group)) if *owner == key => *group,
            _ => *index.entry(key.clone()).or_insert_with(|| {
                groups.push((entry.owner.clone(), Vec::new()));
                groups.len() - 1
            }),
        };
        if let Some((_, list)) = groups.get_mut(group) {
            list.push(entry);
        }
        last = Some((key, group));
    }
    groups
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::{FinancingLead, Milestone, Organisation, Partnership, Person, Record};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2007, 9, d).unwrap()
    }

    fn action(text: &str, owner: Option<Id>, due: Option<NaiveDate>, status: ActionStatus) -> Arc<Record> {
        Arc::new(Record {
            text: text.to_owned(),
            kind: RecordKind::Action { owner, due, status },
            ..Record::default()
        })
    }

    fn sample() -> Document {
        let mut doc = Document::default();
        let rania = Person {
            name: "Rania Haddad".to_owned(),
            ..Person::default()
        };
        let ali = Person {
            name: "Ali Saleh".to_owned(),
            ..Person::default()
        };
        let bank = Organisation {
            name: "Islamic Development Bank".to_owned(),
            ..Organisation::default()
        };
        doc.records = vec![
            action(
                "Send the minutes",
                Some(rania.id),
                Some(day(20)),
                ActionStatus::Open,
            ),
            action(
                "Book the hall",
                Some(rania.id),
                Some(day(3)),
                ActionStatus::InProgress,
            ),
            action("Already sent", Some(rania.id), Some(day(1)), ActionStatus::Done),
            action(
                "Dropped idea",
                Some(ali.id),
                Some(day(1)),
                ActionStatus::Cancelled,
            ),
            action("Call the bank", Some(ali.id), None, ActionStatus::Open),
            action("Someone should", None, Some(day(9)), ActionStatus::Open),
            Arc::new(Record {
                text: "A note".to_owned(),
                ..Record::default()
            }),
        ];
        let partnership = Partnership {
            title: "Telecentres".to_owned(),
            lead: Some(bank.id),
            milestones: vec![
                Milestone {
                    title: "Pilot in two villages".to_owned(),
                    due: Some(day(12)),
                    ..Milestone::default()
                },
                Milestone {
                    title: "Signed".to_owned(),
                    due: Some(day(2)),
                    done: true,
                    ..Milestone::default()
                },
            ],
            ..Partnership::default()
        };
        doc.leads.push(Arc::new(FinancingLead {
            partnership: partnership.id,
            contact: Some(ali.id),
            next_step: "Send the proposal".to_owned(),
            next_date: Some(day(30)),
            ..FinancingLead::default()
        }));
        doc.leads.push(Arc::new(FinancingLead {
            partnership: partnership.id,
            next_step: "Ask again".to_owned(),
            status: LeadStatus::Declined,
            ..FinancingLead::default()
        }));
        doc.partnerships.push(Arc::new(partnership));
        doc.organisations.push(Arc::new(bank));
        doc.people = vec![Arc::new(rania), Arc::new(ali)];
        doc
    }

    #[test]
    fn urgency_is_relative_to_today() {
        let today = day(10);
        assert_eq!(Urgency::of(Some(day(9)), today), Urgency::Overdue);
        assert_eq!(Urgency::of(Some(day(10)), today), Urgency::DueSoon);
        assert_eq!(Urgency::of(Some(day(17)), today), Urgency::DueSoon);
        assert_eq!(Urgency::of(Some(day(18)), today), Urgency::Later);
        assert_eq!(Urgency::of(None, today), Urgency::NoDate);
    }

    #[test]
    fn lists_open_work_sorted_by_owner_then_due_date() {
        let list = entries(&sample(), day(5));
        let seen: Vec<(&str, &str, Urgency)> = list
            .iter()
            .map(|e| (e.owner.as_str(), e.what.as_str(), e.urgency))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("Ali Saleh", "Send the proposal", Urgency::Later),
                ("Ali Saleh", "Call the bank", Urgency::NoDate),
                (
                    "Islamic Development Bank",
                    "Pilot in two villages",
                    Urgency::DueSoon
                ),
                ("Rania Haddad", "Book the hall", Urgency::Overdue),
                ("Rania Haddad", "Send the minutes", Urgency::Later),
                ("", "Someone should", Urgency::DueSoon),
            ]
        );
    }

    #[test]
    fn done_cancelled_and_declined_are_left_out() {
        let list = entries(&sample(), day(5));
        for gone in ["Already sent", "Dropped idea", "Signed", "Ask again", "A note"] {
            assert!(list.iter().all(|e| e.what != gone), "{gone}");
        }
    }

    #[test]
    fn the_order_does_not_depend_on_the_order_of_the_file() {
        let doc = sample();
        let mut reversed = doc.clone();
        reversed.records.reverse();
        reversed.people.reverse();
        assert_eq!(entries(&doc, day(5)), entries(&reversed, day(5)));
    }

    #[test]
    fn groups_by_owner_in_order() {
        let groups = by_owner(entries(&sample(), day(5)));
        let owners: Vec<(&str, usize)> = groups.iter().map(|(o, l)| (o.as_str(), l.len())).collect();
        assert_eq!(
            owners,
            vec![
                ("Ali Saleh", 2),
                ("Islamic Development Bank", 1),
                ("Rania Haddad", 2),
                ("", 1),
            ]
        );
    }
}
