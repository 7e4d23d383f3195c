//! A merge never brings back a person erased on either side: the erasures
//! both files noted are applied to the merged document, and the conflicts
//! about an erased person (their record, their speaking turns) are dropped,
//! so that neither a choice nor a merge note can keep what they held.

use std::collections::HashSet;

use serde_json::Value;

use super::items::Collection;
use super::value::Step;
use super::{Conflict, Merge};
use crate::model::{Document, Id, erase};

/// Applies `merged.doc.erased` to the merged document and to what the merge
/// met on the way; `sides` are the two documents merged.
pub(super) fn forget_erased(merged: &mut Merge, sides: [&Document; 2]) {
    let erased = merged.doc.erased.clone();
    if erased.is_empty() {
        return;
    }
    // Lists inside a record are keyed by the element's id: a speaking turn
    // by its own, which says nothing of the speaker.
    let keys: HashSet<String> = [&merged.doc, sides[0], sides[1]]
        .into_iter()
        .flat_map(|doc| doc.agenda.iter().flat_map(|item| &item.speakers))
        .filter(|turn| erased.contains(&turn.person))
        .map(|turn| turn.id.to_string())
        .chain(erased.iter().map(Id::to_string))
        .collect();
    erase::erase_all(&mut merged.doc, &erased);
    // A record in conflict counts once, however many of its fields are.
    let records = |conflicts: &[Conflict]| {
        let mut seen = Vec::new();
        for target in conflicts.iter().map(|c| &c.target) {
            if !seen.contains(&(target.collection, &target.key)) {
                seen.push((target.collection, &target.key));
            }
        }
        seen.len()
    };
    let before = records(&merged.conflicts);
    merged
        .conflicts
        .retain(|conflict| !is_about(conflict, &erased, &keys));
    merged.counts.conflicted = merged
        .counts
        .conflicted
        .saturating_sub(before - records(&merged.conflicts));
    for conflict in &mut merged.conflicts {
        let target = &mut conflict.target;
        for value in [&mut target.ours, &mut target.theirs].into_iter().flatten() {
            for &person in &erased {
                erase::blank_guests(value, person);
            }
        }
    }
    merged
        .duplicates
        .retain(|duplicate| !erased.contains(&duplicate.ours) && !erased.contains(&duplicate.theirs));
}

/// Whether a conflict is about an erased person's record, or reaches into
/// an element of a list keyed by one of `keys` (an erased person, one of
/// their speaking turns).
fn is_about(conflict: &Conflict, erased: &[Id], keys: &HashSet<String>) -> bool {
    let target = &conflict.target;
    (target.collection == Collection::People && conflict.id.is_some_and(|id| erased.contains(&id)))
        || target
            .path
            .iter()
            .any(|step| matches!(step, Step::Element { key: Value::String(key), .. } if keys.contains(key)))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::merge_files;
    use crate::model::{AgendaItem, Document, Person, SpeakerTurn, erase::erase};

    const PERSONAL: [&str; 3] = ["Rania Haddad", "rania@example.org", "+961 1 000 000"];

    fn holds_rania(doc: &Document) -> bool {
        let text = crate::persistence::to_ron(doc).unwrap();
        PERSONAL.iter().any(|word| text.contains(word))
    }

    /// The organisers' file, and a rapporteur's copy of it in which a
    /// walk-in, Rania, was registered and given the floor.
    fn organiser_and_copy() -> (Document, Document, crate::model::Id) {
        let mut organiser = Document::new_meeting();
        organiser.agenda.push(Arc::new(AgendaItem {
            title: "Opening".to_owned(),
            ..AgendaItem::default()
        }));
        let mut copy = organiser.clone();
        copy.origin = Some(Arc::new(organiser.clone()));
        let rania = Person {
            name: "Rania Haddad".to_owned(),
            email: "rania@example.org".to_owned(),
            phone: "+961 1 000 000".to_owned(),
            ..Person::default()
        };
        let id = rania.id;
        copy.people.push(Arc::new(rania));
        Arc::make_mut(&mut copy.agenda[0]).speakers.push(SpeakerTurn {
            person: id,
            guest: "Rania Haddad".to_owned(),
            ..SpeakerTurn::default()
        });
        (organiser, copy, id)
    }

    #[test]
    fn a_person_erased_by_the_organisers_does_not_come_back_with_the_copy() {
        let (organiser, copy, id) = organiser_and_copy();
        let first = merge_files(&organiser, &[("copy.ron".to_owned(), copy.clone())]).unwrap();
        assert!(first.doc.person(id).is_some(), "the walk-in is merged in");
        let mut organiser = first.doc;
        erase(&mut organiser, id);
        assert!(!holds_rania(&organiser));

        // The same copy again, then one where the rapporteur went on
        // editing Rania: her record and her turn are in conflict with the
        // erasure, which must neither be a choice nor a note.
        let mut edited = copy.clone();
        let mut rania = (*edited.people[0]).clone();
        rania.phone = "+961 1 000 001".to_owned();
        edited.people[0] = Arc::new(rania);
        Arc::make_mut(&mut edited.agenda[0]).speakers[0].guest = "Rania H.".to_owned();
        for again in [copy, edited] {
            let merged = merge_files(&organiser, &[("copy.ron".to_owned(), again)]).unwrap();
            let doc = &merged.doc;
            assert!(doc.person(id).is_none(), "the erased person came back");
            assert_eq!(doc.person_name(Some(id)), "(erased)");
            assert_eq!(doc.speaker_name(&doc.agenda[0].speakers[0]), "(erased)");
            assert!(!holds_rania(doc), "{doc:?}");
            assert!(!format!("{doc:?}").contains("+961 1 000 001"));
            assert!(!format!("{doc:?}").contains("Rania H."));
            assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
            assert!(super::super::set_aside(&merged.conflicts, "copy.ron").is_empty());
            assert_eq!(merged.counts.conflicted, 0);
            assert_eq!(doc.erased, [id]);
        }
    }

    #[test]
    fn a_person_erased_in_the_copy_is_erased_from_the_result() {
        let (organiser, copy, id) = organiser_and_copy();
        let first = merge_files(&organiser, &[("copy.ron".to_owned(), copy.clone())]).unwrap();
        let mut erased_copy = copy;
        erase(&mut erased_copy, id);
        let merged = merge_files(&first.doc, &[("copy.ron".to_owned(), erased_copy)]).unwrap();
        assert!(merged.doc.person(id).is_none());
        assert!(!holds_rania(&merged.doc));
        assert!(merged.duplicates.is_empty());
    }

    #[test]
    fn conflicts_about_others_stay_and_lose_the_erased_speakers_name() {
        let (organiser, copy, id) = organiser_and_copy();
        let mut ours = merge_files(&organiser, &[("copy.ron".to_owned(), copy.clone())])
            .unwrap()
            .doc;
        // Ours deletes the item, the copy edits it: the whole item, with
        // Rania's turn, is set aside.
        ours.agenda.clear();
        ours.erased.push(id);
        let mut theirs = copy;
        "Opening words".clone_into(&mut Arc::make_mut(&mut theirs.agenda[0]).title);
        let merged = merge_files(&ours, &[("copy.ron".to_owned(), theirs)]).unwrap();
        assert_eq!(merged.conflicts.len(), 1, "the item's conflict stays");
        let notes = super::super::set_aside(&merged.conflicts, "copy.ron");
        assert!(notes[0].set_aside.contains("Opening words"));
        assert!(!notes[0].set_aside.contains("Rania"), "{}", notes[0].set_aside);
        assert!(merged.doc.person(id).is_none());
    }
}
