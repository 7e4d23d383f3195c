//! Names of the people and organisations a document refers to, found by id
//! through one index instead of a walk through the registry each time: what
//! reads a whole meeting (a report, the follow-up list) names thousands.

use std::collections::HashMap;

use super::{Document, Id, Organisation, Person, SpeakerTurn, unknown_organisation};

/// The registry of `doc`, indexed by id.
pub struct Names<'a> {
    doc: &'a Document,
    people: HashMap<Id, &'a Person>,
    organisations: HashMap<Id, &'a Organisation>,
}

impl<'a> Names<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Self {
            doc,
            people: doc.people.iter().map(|p| (p.id, &**p)).collect(),
            organisations: doc.organisations.iter().map(|o| (o.id, &**o)).collect(),
        }
    }

    pub fn person(&self, id: Id) -> Option<&'a Person> {
        self.people.get(&id).copied()
    }

    pub fn organisation(&self, id: Id) -> Option<&'a Organisation> {
        self.organisations.get(&id).copied()
    }

    /// As [`Document::person_name`].
    pub fn person_name(&self, id: Option<Id>) -> String {
        match id {
            Some(id) => match self.person(id) {
                Some(person) => person.name.clone(),
                None => self.doc.missing_person_name(id),
            },
            None => String::new(),
        }
    }

    /// As [`Document::organisation_name`].
    pub fn organisation_name(&self, id: Option<Id>) -> String {
        match id.map(|id| self.organisation(id)) {
            Some(Some(org)) => org.name.clone(),
            Some(None) => unknown_organisation(),
            None => String::new(),
        }
    }

    /// As [`Document::speaker_name`].
    pub fn speaker_name(&self, turn: &SpeakerTurn) -> String {
        match self.person(turn.person) {
            Some(person) => person.name.clone(),
            None if !turn.guest.trim().is_empty() => turn.guest.clone(),
            None => self.doc.missing_person_name(turn.person),
        }
    }

    /// The organisation of the person `id`, when both are known.
    pub fn organisation_of(&self, id: Id) -> Option<&'a Organisation> {
        self.person(id)
            .and_then(|p| p.organisation)
            .and_then(|o| self.organisation(o))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn names_agree_with_the_document() {
        let mut doc = Document::default();
        let org = Organisation {
            name: "ESCWA".into(),
            ..Organisation::default()
        };
        let person = Person {
            name: "Rania Khoury".into(),
            organisation: Some(org.id),
            ..Person::default()
        };
        let erased = Id::new();
        doc.erased.push(erased);
        doc.organisations.push(Arc::new(org.clone()));
        doc.people.push(Arc::new(person.clone()));
        let names = Names::new(&doc);
        for id in [Some(person.id), Some(erased), Some(Id::new()), None] {
            assert_eq!(names.person_name(id), doc.person_name(id));
        }
        for id in [Some(org.id), Some(Id::new()), None] {
            assert_eq!(names.organisation_name(id), doc.organisation_name(id));
        }
        assert_eq!(names.organisation_of(person.id).map(|o| o.id), Some(org.id));
        let guest = SpeakerTurn {
            guest: "From the floor".into(),
            ..SpeakerTurn::default()
        };
        assert_eq!(names.speaker_name(&guest), doc.speaker_name(&guest));
    }
}
