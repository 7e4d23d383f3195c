//! Erasing a person on request: their registry entry goes, and whatever
//! referred to them (speaking turns, action items, agenda roles, partnerships
//! whose progress they report) keeps the reference but reads "(erased)".
//!
//! The id stays in those references and in [`Document::erased`]: a random id
//! says nothing about the person once the registry entry is gone, and keeping
//! it lets the same erasure be applied again to older copies of the file (its
//! backup, recovery copies, copies kept before an import).
//!
//! Free text (notes, descriptions) is not rewritten: a name typed into a note
//! cannot be told from the same word used otherwise. The notes a merge made
//! are not free text: those about the person go, and the values they keep
//! lose the name given for the person's speaking turns.

use std::sync::Arc;

use serde_json::Value;

use super::merge::MergeNote;
use super::{Document, Id, now};

/// What erasing a person removes, for the confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// Speaking turns, counted per turn.
    pub turns: usize,
    /// Action items they own.
    pub actions: usize,
    /// Agenda items they facilitate or report.
    pub agenda_roles: usize,
    /// Partnerships whose progress they report.
    pub reports: usize,
}

/// How many references to `person` erasing them would turn into "(erased)".
pub fn reach(doc: &Document, person: Id) -> Reach {
    let mut reach = Reach::default();
    for item in &doc.agenda {
        reach.turns += item.speakers.iter().filter(|t| t.person == person).count();
        reach.agenda_roles += [item.facilitator, item.rapporteur]
            .into_iter()
            .filter(|id| *id == Some(person))
            .count();
    }
    reach.actions = doc
        .records
        .iter()
        .filter(|r| r.action().is_some_and(|(owner, _, _)| owner == Some(person)))
        .count();
    reach.reports = doc
        .partnerships
        .iter()
        .filter(|p| p.reporter == Some(person))
        .count();
    reach
}

/// Erases `person` from `doc`: removes their registry entry, forgets the name
/// a speaking turn was given for them, and notes the id as erased so that
/// references to them read "(erased)"; the merge notes about them go.
/// Erasing twice changes nothing more.
pub fn erase(doc: &mut Document, person: Id) {
    let guests: Vec<String> = doc
        .agenda
        .iter()
        .flat_map(|item| &item.speakers)
        .filter(|t| t.person == person && !t.guest.is_empty())
        .map(|t| t.guest.clone())
        .collect();
    forget_in_notes(&mut doc.merge_notes, person, &guests);
    doc.people.retain(|p| p.id != person);
    for item in &mut doc.agenda {
        let named = |t: &super::SpeakerTurn| t.person == person && !t.guest.is_empty();
        if item.speakers.iter().any(named) {
            let item = Arc::make_mut(item);
            for turn in item.speakers.iter_mut().filter(|t| t.person == person) {
                turn.guest.clear();
            }
            item.modified = now();
        }
    }
    doc.not_listed.retain(|id| *id != person);
    if !doc.erased.contains(&person) {
        doc.erased.push(person);
    }
}

/// Applies every erasure noted in `erased` to `doc`, an older copy of the same
/// meeting; returns whether anything changed.
pub fn erase_all(doc: &mut Document, erased: &[Id]) -> bool {
    let mut changed = false;
    for &id in erased {
        if holds(doc, id) {
            erase(doc, id);
            changed = true;
        }
    }
    changed
}

/// Whether `doc` still holds something of `person` that erasing removes.
fn holds(doc: &Document, person: Id) -> bool {
    doc.people.iter().any(|p| p.id == person)
        || doc.agenda.iter().any(|a| {
            a.speakers
                .iter()
                .any(|t| t.person == person && !t.guest.is_empty())
        })
        || doc.merge_notes.iter().any(|note| {
            note_is_about(note, person)
                || [&note.kept, &note.set_aside]
                    .into_iter()
                    .any(|v| serde_json::from_str::<Value>(v).is_ok_and(|mut v| blank_guests(&mut v, person)))
        })
}

/// Drops the merge notes about `person` (their record, or a speaking turn
/// known by one of `guests`, the names given for their turns) and blanks
/// those names in the values the other notes keep.
fn forget_in_notes(notes: &mut Vec<MergeNote>, person: Id, guests: &[String]) {
    notes.retain(|note| {
        !note_is_about(note, person) && !guests.iter().any(|g| note.field.contains(g.as_str()))
    });
    for note in notes {
        for text in [&mut note.kept, &mut note.set_aside] {
            if let Ok(mut value) = serde_json::from_str::<Value>(text)
                && blank_guests(&mut value, person)
            {
                *text = value.to_string();
            }
        }
    }
}

/// Whether a merge note is about `person`'s own record, or keeps it whole.
fn note_is_about(note: &MergeNote, person: Id) -> bool {
    let id = person.to_string();
    note.record == person
        || [&note.kept, &note.set_aside].into_iter().any(|text| {
            serde_json::from_str::<Value>(text)
                .is_ok_and(|v| v.get("id").and_then(Value::as_str) == Some(id.as_str()))
        })
}

/// Blanks, anywhere in `value` (a record or a list as a merge sees it), the
/// name given for a speaking turn of `person`; returns whether it did.
pub(crate) fn blank_guests(value: &mut Value, person: Id) -> bool {
    match value {
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, item| blank_guests(item, person) | changed),
        Value::Object(map) => {
            let mut changed = false;
            let id = person.to_string();
            if map.get("person").and_then(Value::as_str) == Some(id.as_str())
                && let Some(Value::String(guest)) = map.get_mut("guest")
                && !guest.is_empty()
            {
                guest.clear();
                changed = true;
            }
            map.values_mut()
                .fold(changed, |changed, item| blank_guests(item, person) | changed)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionStatus, AgendaItem, Partnership, Person, Record, RecordKind, SpeakerTurn};

    fn document() -> (Document, Id) {
        let mut doc = Document::new_meeting();
        let rania = Person {
            name: "Rania Haddad".to_owned(),
            email: "rania@example.org".to_owned(),
            phone: "+961 1 000 000".to_owned(),
            ..Person::default()
        };
        let id = rania.id;
        doc.people = vec![Arc::new(rania), Arc::new(Person::default())];
        doc.agenda = vec![Arc::new(AgendaItem {
            facilitator: Some(id),
            speakers: vec![SpeakerTurn {
                person: id,
                guest: "Rania Haddad".to_owned(),
                ..SpeakerTurn::default()
            }],
            ..AgendaItem::default()
        })];
        doc.records = vec![Arc::new(Record {
            kind: RecordKind::Action {
                owner: Some(id),
                due: None,
                status: ActionStatus::Open,
            },
            ..Record::default()
        })];
        doc.partnerships = vec![
            Arc::new(Partnership {
                reporter: Some(id),
                ..Partnership::default()
            }),
            Arc::new(Partnership {
                reporter: Some(Id::new()),
                ..Partnership::default()
            }),
        ];
        (doc, id)
    }

    #[test]
    fn the_person_is_gone_and_references_read_erased() {
        let (mut doc, id) = document();
        assert_eq!(
            reach(&doc, id),
            Reach {
                turns: 1,
                actions: 1,
                agenda_roles: 1,
                reports: 1
            }
        );
        erase(&mut doc, id);
        assert_eq!(doc.people.len(), 1);
        assert!(doc.person(id).is_none());
        let text = crate::persistence::to_ron(&doc).unwrap();
        for word in ["Rania", "rania@example.org", "+961 1 000 000"] {
            assert!(!text.contains(word), "{word} is still in {text}");
        }
        assert_eq!(doc.person_name(Some(id)), "(erased)");
        assert_eq!(doc.speaker_name(&doc.agenda[0].speakers[0]), "(erased)");
        assert_eq!(doc.person_name(doc.records[0].action().unwrap().0), "(erased)");
        assert_eq!(doc.person_name(doc.agenda[0].facilitator), "(erased)");
        assert_eq!(doc.partnerships[0].reporter, Some(id), "the reference stays");
        assert_eq!(doc.person_name(doc.partnerships[0].reporter), "(erased)");
        assert_eq!(reach(&doc, id).reports, 1);
        assert_eq!(doc.person_name(Some(Id::new())), "(unknown person)");
    }

    #[test]
    fn an_older_copy_is_erased_the_same_way_once() {
        let (mut doc, id) = document();
        let mut older = doc.clone();
        erase(&mut doc, id);
        assert!(erase_all(&mut older, &doc.erased));
        assert_eq!(older.people, doc.people);
        assert_eq!(older.erased, [id]);
        assert!(!erase_all(&mut older, &doc.erased), "nothing more to erase");
    }

    #[test]
    fn merge_notes_about_the_person_go_and_others_lose_their_turns_name() {
        let (mut doc, id) = document();
        let rania = serde_json::to_string(doc.person(id).unwrap()).unwrap();
        let item = serde_json::to_string(doc.agenda[0].as_ref()).unwrap();
        let other = crate::model::merge::MergeNote {
            field: "title".to_owned(),
            set_aside: "Opening".to_owned(),
            ..crate::model::merge::MergeNote::default()
        };
        doc.merge_notes = vec![
            crate::model::merge::MergeNote {
                record: id,
                field: "phone".to_owned(),
                set_aside: "+961 1 000 000".to_owned(),
                ..crate::model::merge::MergeNote::default()
            },
            crate::model::merge::MergeNote {
                set_aside: rania,
                ..crate::model::merge::MergeNote::default()
            },
            crate::model::merge::MergeNote {
                record: doc.agenda[0].id,
                field: "speakers › Rania Haddad › guest".to_owned(),
                ..crate::model::merge::MergeNote::default()
            },
            crate::model::merge::MergeNote {
                record: doc.agenda[0].id,
                set_aside: item,
                ..crate::model::merge::MergeNote::default()
            },
            other.clone(),
        ];
        let mut older = doc.clone();
        erase(&mut doc, id);
        assert_eq!(doc.merge_notes.len(), 2);
        assert_eq!(doc.merge_notes[1], other);
        let text = crate::persistence::to_ron(&doc).unwrap();
        for word in ["Rania", "rania@example.org", "+961 1 000 000"] {
            assert!(!text.contains(word), "{word} is still in {text}");
        }
        // An older copy whose people were erased already still had the notes.
        older.people.retain(|p| p.id != id);
        assert!(erase_all(&mut older, &[id]));
        assert!(
            !crate::persistence::to_ron(&older)
                .unwrap()
                .contains("rania@example.org")
        );
    }
}
