use crate::tr;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use super::{Document, FinancingLead, Id, Rate, Record, RecordKind};

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
        Self::of(&Change::between(old, new))
    }

    /// Counts a list of changes by what happened to each record.
    pub fn of(changes: &[Change]) -> Self {
        let mut counts = Self::default();
        for change in changes {
            match change.what {
                ChangeKind::Added => counts.added += 1,
                ChangeKind::Removed => counts.removed += 1,
                ChangeKind::Changed => counts.changed += 1,
            }
        }
        counts
    }
}

/// What happened to a record between two versions of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// The kind of record that changed, as the user knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordType {
    Meeting,
    AgendaItem,
    Organisation,
    Person,
    Partnership,
    FundingSource,
    FinancingLead,
    Rate,
    Note,
    Decision,
    ActionItem,
}

impl RecordType {
    /// The kind's key, which the messages about changes select on.
    pub fn key(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::AgendaItem => "agenda-item",
            Self::Organisation => "organisation",
            Self::Person => "person",
            Self::Partnership => "partnership",
            Self::FundingSource => "funding-source",
            Self::FinancingLead => "financing-lead",
            Self::Rate => "rate",
            Self::Note => "note",
            Self::Decision => "decision",
            Self::ActionItem => "action-item",
        }
    }

    pub(super) fn of_record(record: &Record) -> Self {
        match record.kind {
            RecordKind::Note => Self::Note,
            RecordKind::Decision { .. } => Self::Decision,
            RecordKind::Action { .. } => Self::ActionItem,
        }
    }
}

/// One record that differs between two versions of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub what: ChangeKind,
    /// The kind of the record as it is now (as it was, for a removed record).
    pub kind: RecordType,
    /// Its name or title; the start of the text for a captured record.
    pub name: String,
    /// The name it had before, for a changed record whose name changed.
    pub old_name: Option<String>,
}

/// How many characters of a captured record's text name it.
const TEXT_START_CHARS: usize = 60;

impl Change {
    /// Every record that differs between `old` and `new`, compared by id
    /// (currency rates by their currency code): the meeting details first,
    /// then collection by collection in the order of the document (added and
    /// changed records as they are in `new`, then removed ones as they were
    /// in `old`).
    pub fn between(old: &Document, new: &Document) -> Vec<Self> {
        let mut changes = Vec::new();
        if old.meeting != new.meeting {
            changes.push(Self {
                what: ChangeKind::Changed,
                kind: RecordType::Meeting,
                name: new.meeting.title.clone(),
                old_name: renamed(&old.meeting.title, &new.meeting.title),
            });
        }
        let agenda = |r: &super::AgendaItem| (RecordType::AgendaItem, r.title.clone());
        compare(&mut changes, &old.agenda, &new.agenda, |r| r.id, agenda);
        let organisation = |r: &super::Organisation| {
            let name = if r.name.trim().is_empty() {
                &r.name_ar
            } else {
                &r.name
            };
            (RecordType::Organisation, name.clone())
        };
        compare(
            &mut changes,
            &old.organisations,
            &new.organisations,
            |r| r.id,
            organisation,
        );
        let person = |r: &super::Person| (RecordType::Person, r.name.clone());
        compare(&mut changes, &old.people, &new.people, |r| r.id, person);
        let partnership = |r: &super::Partnership| (RecordType::Partnership, r.title.clone());
        compare(
            &mut changes,
            &old.partnerships,
            &new.partnerships,
            |r| r.id,
            partnership,
        );
        let funding = |r: &super::FundingSource| (RecordType::FundingSource, r.name.clone());
        compare(
            &mut changes,
            &old.funding_sources,
            &new.funding_sources,
            |r| r.id,
            funding,
        );
        let lead = |r: &FinancingLead| (RecordType::FinancingLead, lead_name(r, new, old));
        compare(&mut changes, &old.leads, &new.leads, |r| r.id, lead);
        let rate = |r: &Rate| (RecordType::Rate, r.currency.trim().to_owned());
        compare_by(
            &mut changes,
            &old.rates.iter().collect::<Vec<_>>(),
            &new.rates.iter().collect::<Vec<_>>(),
            |r| r.currency.trim().to_uppercase(),
            rate,
        );
        let record = |r: &Record| (RecordType::of_record(r), text_start(&r.text));
        compare(&mut changes, &old.records, &new.records, |r| r.id, record);
        changes
    }

    /// The change as one line for the user, e.g.
    /// `Added: action item “Circulate the draft terms”`.
    pub fn line(&self) -> String {
        let kind = self.kind.key();
        let name = quoted(&self.name);
        match (self.what, self.kind, &self.old_name) {
            (ChangeKind::Changed, RecordType::Meeting, _) => tr!("change-meeting"),
            (ChangeKind::Changed, _, Some(old)) => {
                tr!("change-renamed", kind = kind, old = quoted(old), name = name)
            }
            (ChangeKind::Changed, _, None) => tr!("change-changed", kind = kind, name = name),
            (ChangeKind::Added, ..) => tr!("change-added", kind = kind, name = name),
            (ChangeKind::Removed, ..) => tr!("change-removed", kind = kind, name = name),
        }
    }
}

/// Appends the changes in one collection of records with ids; `describe`
/// gives a record's kind and name.
fn compare<T: PartialEq>(
    changes: &mut Vec<Change>,
    old: &[Arc<T>],
    new: &[Arc<T>],
    id: impl Fn(&T) -> Id,
    describe: impl Fn(&T) -> (RecordType, String),
) {
    let old: Vec<&T> = old.iter().map(AsRef::as_ref).collect();
    let new: Vec<&T> = new.iter().map(AsRef::as_ref).collect();
    compare_by(changes, &old, &new, id, describe);
}

/// Appends the changes in one collection whose elements are matched by `key`
/// (an id, or what stands for one); `describe` gives an element's kind and name.
fn compare_by<T: PartialEq, K: Eq + Hash>(
    changes: &mut Vec<Change>,
    old: &[&T],
    new: &[&T],
    key: impl Fn(&T) -> K,
    describe: impl Fn(&T) -> (RecordType, String),
) {
    let old_by_key: HashMap<K, &T> = old.iter().map(|r| (key(r), *r)).collect();
    let new_keys: HashSet<K> = new.iter().map(|r| key(r)).collect();
    for &record in new {
        let before = old_by_key.get(&key(record)).copied();
        if before.is_some_and(|before| before == record) {
            continue;
        }
        // Only what differs is described: naming a record can take lookups.
        let (kind, name) = describe(record);
        changes.push(Change {
            what: if before.is_some() {
                ChangeKind::Changed
            } else {
                ChangeKind::Added
            },
            kind,
            old_name: before.and_then(|before| renamed(&describe(before).1, &name)),
            name,
        });
    }
    for &record in old.iter().filter(|r| !new_keys.contains(&key(r))) {
        let (kind, name) = describe(record);
        changes.push(Change {
            what: ChangeKind::Removed,
            kind,
            name,
            old_name: None,
        });
    }
}

/// A lead as the user knows it: the source approached and the partnership,
/// or the amount asked when no source is named, or the partnership alone.
/// The partnership and source are looked up in `doc`, then in `other` (a
/// removed lead may name a removed partnership).
pub(super) fn lead_name(lead: &FinancingLead, doc: &Document, other: &Document) -> String {
    let partnership = [doc, other]
        .iter()
        .find_map(|d| d.partnerships.iter().find(|p| p.id == lead.partnership))
        .map_or_else(|| tr!("change-unknown-partnership"), |p| p.title.clone());
    let source = lead.source.map(|id| {
        [doc, other]
            .iter()
            .find_map(|d| d.funding_sources.iter().find(|s| s.id == id))
            .map_or_else(|| tr!("change-unknown-source"), |s| s.name.clone())
    });
    match (source, &lead.amount) {
        (Some(source), _) => tr!("change-lead-name", source = source, partnership = partnership),
        (None, Some(money)) => tr!(
            "change-lead-name-amount",
            currency = money.currency.as_str(),
            amount = money.amount,
            partnership = partnership
        ),
        (None, None) => partnership,
    }
}

fn renamed(old: &str, new: &str) -> Option<String> {
    (old != new).then(|| old.to_owned())
}

/// The first words of a text on one line, with `…` where it was cut.
pub(super) fn text_start(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(TEXT_START_CHARS) {
        Some((cut, _)) => format!("{}…", one_line.get(..cut).unwrap_or_default().trim_end()),
        None => one_line,
    }
}

fn quoted(name: &str) -> String {
    if name.trim().is_empty() {
        tr!("change-blank-name")
    } else {
        tr!("change-quoted-name", name = name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItem, FundingSource, Money, Organisation, Partnership, Person};

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

    fn lines(old: &Document, new: &Document) -> Vec<String> {
        Change::between(old, new).iter().map(Change::line).collect()
    }

    #[test]
    fn names_each_changed_record_by_kind() {
        let mut old = Document::new_meeting();
        let org = Organisation {
            name: "Berytech".to_owned(),
            ..Organisation::default()
        };
        let person = Person {
            name: "Omar Haddad".to_owned(),
            ..Person::default()
        };
        let item = AgendaItem {
            title: "Opening session".to_owned(),
            ..AgendaItem::default()
        };
        old.organisations.push(Arc::new(org.clone()));
        old.people.push(Arc::new(person));
        old.agenda.push(Arc::new(item.clone()));
        let mut new = old.clone();
        new.organisations[0] = Arc::new(Organisation {
            website: "https://berytech.org".to_owned(),
            ..org
        });
        new.people.clear();
        new.records.push(Arc::new(Record {
            text: "Circulate the draft terms".to_owned(),
            kind: RecordKind::Action {
                owner: None,
                due: None,
                status: crate::model::ActionStatus::Open,
            },
            ..Record::default()
        }));
        "Expert group meeting".clone_into(&mut new.meeting.title);
        new.agenda[0] = Arc::new(AgendaItem {
            title: "Opening".to_owned(),
            ..item
        });

        assert_eq!(
            lines(&old, &new),
            [
                "Changed: the meeting details",
                "Changed: agenda item \u{201c}Opening session\u{201d}, now \u{201c}Opening\u{201d}",
                "Changed: organisation \u{201c}Berytech\u{201d}",
                "Removed: person \u{201c}Omar Haddad\u{201d}",
                "Added: action item \u{201c}Circulate the draft terms\u{201d}",
            ]
        );
        assert!(Change::between(&old, &old).is_empty());
    }

    #[test]
    fn captured_records_are_named_by_the_start_of_their_text() {
        let old = Document::new_meeting();
        let mut new = old.clone();
        let long = "word ".repeat(40);
        for text in ["A short\nnote", long.as_str(), "   "] {
            new.records.push(Arc::new(Record {
                text: text.to_owned(),
                ..Record::default()
            }));
        }
        let changes = Change::between(&old, &new);
        assert_eq!(changes[0].name, "A short note");
        assert!(changes[1].name.ends_with('…'));
        assert!(changes[1].name.chars().count() <= TEXT_START_CHARS + 1);
        assert_eq!(changes[2].line(), "Added: note (blank)");
    }

    #[test]
    fn cuts_arabic_text_on_character_boundaries() {
        let text = "ناقش المجلس مسودة الشروط المرجعية للشراكة ".repeat(4);
        let start = text_start(&text);
        assert!(start.ends_with('…'));
        assert!(text.starts_with(start.trim_end_matches('…')));
    }

    #[test]
    fn a_record_whose_kind_changed_is_listed_under_its_new_kind() {
        let mut old = Document::new_meeting();
        let note = Record {
            text: "Adopt the terms".to_owned(),
            ..Record::default()
        };
        old.records.push(Arc::new(note.clone()));
        let mut new = old.clone();
        new.records[0] = Arc::new(Record {
            kind: RecordKind::Decision {
                outcome: String::new(),
            },
            ..note
        });
        assert_eq!(
            lines(&old, &new),
            ["Changed: decision \u{201c}Adopt the terms\u{201d}"]
        );
        assert_eq!(
            lines(&new, &old),
            ["Changed: note \u{201c}Adopt the terms\u{201d}"]
        );
    }

    /// A meeting with one partnership, one source and a lead between them.
    fn with_a_lead() -> Document {
        let mut doc = Document::new_meeting();
        let partnership = Partnership {
            title: "Arabic e-content incubator".to_owned(),
            ..Partnership::default()
        };
        let source = FundingSource {
            name: "Islamic Development Bank".to_owned(),
            ..FundingSource::default()
        };
        doc.leads.push(Arc::new(FinancingLead {
            partnership: partnership.id,
            source: Some(source.id),
            amount: Some(Money {
                amount: 250_000,
                currency: "USD".to_owned(),
            }),
            ..FinancingLead::default()
        }));
        doc.partnerships.push(Arc::new(partnership));
        doc.funding_sources.push(Arc::new(source));
        doc
    }

    const LEAD_NAME: &str = "Islamic Development Bank for Arabic e-content incubator";

    #[test]
    fn a_lead_whose_amount_changed_is_listed_once() {
        let old = with_a_lead();
        let mut new = old.clone();
        let lead = FinancingLead {
            amount: Some(Money {
                amount: 400_000,
                currency: "USD".to_owned(),
            }),
            ..(*old.leads[0]).clone()
        };
        new.leads[0] = Arc::new(lead);
        let changes = Change::between(&old, &new);
        assert_eq!(
            changes,
            [Change {
                what: ChangeKind::Changed,
                kind: RecordType::FinancingLead,
                name: LEAD_NAME.to_owned(),
                old_name: None,
            }]
        );
        assert_eq!(
            changes[0].line(),
            format!("Changed: financing lead \u{201c}{LEAD_NAME}\u{201d}")
        );
    }

    #[test]
    fn a_removed_lead_is_named_even_with_its_partnership_gone() {
        let old = with_a_lead();
        let mut new = old.clone();
        new.leads.clear();
        new.partnerships.clear();
        let changes = Change::between(&old, &new);
        let leads: Vec<_> = changes
            .iter()
            .filter(|c| c.kind == RecordType::FinancingLead)
            .collect();
        assert_eq!(leads.len(), 1);
        assert_eq!(leads[0].what, ChangeKind::Removed);
        assert_eq!(leads[0].name, LEAD_NAME);
        assert_eq!(
            leads[0].line(),
            format!("Removed: financing lead \u{201c}{LEAD_NAME}\u{201d}")
        );
        assert_eq!(changes.len(), 2, "the lead and its partnership");
    }

    #[test]
    fn a_lead_with_no_source_is_named_by_its_amount() {
        let mut doc = with_a_lead();
        let lead = (*doc.leads[0]).clone();
        doc.leads.push(Arc::new(FinancingLead {
            id: Id::new(),
            source: None,
            ..lead.clone()
        }));
        doc.leads.push(Arc::new(FinancingLead {
            id: Id::new(),
            source: None,
            amount: None,
            ..lead
        }));
        let names: Vec<String> = Change::between(&Document::new_meeting(), &doc)
            .into_iter()
            .filter(|c| c.kind == RecordType::FinancingLead)
            .map(|c| c.name)
            .collect();
        assert_eq!(
            names,
            [
                LEAD_NAME,
                "USD 250,000 for Arabic e-content incubator",
                "Arabic e-content incubator"
            ]
        );
    }

    #[test]
    fn rates_are_matched_by_currency() {
        let rate = |currency: &str, usd_per_unit| Rate {
            currency: currency.to_owned(),
            usd_per_unit,
        };
        let mut old = Document::new_meeting();
        old.rates = vec![rate("EUR", 1.4), rate("KWD", 3.5)];
        let mut new = old.clone();
        new.rates.insert(0, rate("LBP", 0.000_66));
        let changes = Change::between(&old, &new);
        assert_eq!(
            changes,
            [Change {
                what: ChangeKind::Added,
                kind: RecordType::Rate,
                name: "LBP".to_owned(),
                old_name: None,
            }]
        );
        assert_eq!(changes[0].line(), "Added: currency rate \u{201c}LBP\u{201d}");

        new.rates = vec![rate("KWD", 3.5), rate(" eur ", 1.5)];
        assert_eq!(
            lines(&old, &new),
            ["Changed: currency rate \u{201c}EUR\u{201d}, now \u{201c}eur\u{201d}"]
        );
    }

    #[test]
    fn an_unchanged_document_lists_nothing() {
        let mut doc = with_a_lead();
        doc.rates.push(Rate {
            currency: "EUR".to_owned(),
            usd_per_unit: 1.4,
        });
        assert!(Change::between(&doc, &doc.clone()).is_empty());
    }
}
