//! "New meeting from this one": the next meeting of a series starts with the
//! people, organisations, funding sources and vocabularies of this one.

use std::sync::Arc;

use super::Document;

/// A new meeting keeping `doc`'s registry (people without their attendance),
/// funding sources and vocabularies, all with their ids, so files of the two
/// meetings speak of the same people. Nothing of the agenda, records,
/// partnerships or attendance is kept. Of the meeting's details, only who
/// organises it, its time zone and working languages carry over.
pub fn next_meeting(doc: &Document) -> Document {
    let mut next = Document::new_meeting();
    next.meeting.organiser.clone_from(&doc.meeting.organiser);
    next.meeting.time_zone.clone_from(&doc.meeting.time_zone);
    next.meeting
        .working_languages
        .clone_from(&doc.meeting.working_languages);
    next.organisations.clone_from(&doc.organisations);
    next.people = doc
        .people
        .iter()
        .map(|person| {
            if person.attendance.is_empty() {
                Arc::clone(person)
            } else {
                let mut person = Arc::clone(person);
                Arc::make_mut(&mut person).attendance.clear();
                person
            }
        })
        .collect();
    next.funding_sources.clone_from(&doc.funding_sources);
    next.vocabularies.clone_from(&doc.vocabularies);
    next.erased.clone_from(&doc.erased);
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_kept_with_its_ids_and_nothing_of_the_meeting() {
        let doc = crate::persistence::parse(crate::sample::BEIRUT_2007.as_bytes())
            .unwrap()
            .doc;
        assert!(!doc.agenda.is_empty() && !doc.records.is_empty() && !doc.partnerships.is_empty());
        let next = next_meeting(&doc);
        assert!(next.agenda.is_empty() && next.records.is_empty() && next.partnerships.is_empty());
        assert!(next.meeting.days.is_empty() && next.meeting.recommendations.is_empty());
        assert_ne!(next.meeting.id, doc.meeting.id);
        let ids = |d: &Document| d.people.iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(ids(&next), ids(&doc));
        assert!(next.people.iter().all(|p| p.attendance.is_empty()));
        assert_eq!(next.organisations, doc.organisations);
        assert_eq!(next.funding_sources, doc.funding_sources);
        assert_eq!(next.vocabularies, doc.vocabularies);
        for (a, b) in next.people.iter().zip(&doc.people) {
            assert_eq!(
                (&a.name, &a.email, a.organisation),
                (&b.name, &b.email, b.organisation)
            );
        }
    }
}
