//! Every change to the document, as plain data, applied by one pure function.

use crate::tr;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::{
    AgendaItem, Document, FundingSource, Id, Meeting, Organisation, Partnership, Person, Record, schedule,
};

/// One edit of the document. Upserts replace the record with the same id or append it.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetMeeting(Meeting),
    /// The meeting's recommendations, in order: each change its own undo step.
    SetRecommendations(Vec<Id>),
    UpsertAgendaItem(AgendaItem),
    UpsertOrganisation(Organisation),
    UpsertPerson(Person),
    UpsertPartnership(Partnership),
    UpsertFundingSource(FundingSource),
    UpsertRecord(Record),
    /// A change made while running the meeting (start, pause, next speaker, ...):
    /// always its own undo step.
    Run {
        item: AgendaItem,
        label: String,
    },
    /// Moves an agenda item before another one, or to the end of `day`.
    MoveAgendaItem {
        id: Id,
        before: Option<Id>,
        day: NaiveDate,
    },
    /// Removes whatever record has this id.
    Remove(Id),
    /// Erases a person on request (see [`crate::model::erase`]).
    Erase(Id),
    /// Many organisations and people at once, as an imported list brings
    /// them: one undo step, found by id through an index, so that a list of
    /// 20,000 people is not 20,000 searches of the registry.
    Import {
        organisations: Vec<Organisation>,
        people: Vec<Person>,
    },
}

impl Action {
    /// Words for the Edit menu: "Undo {label}".
    pub fn label(&self) -> String {
        match self {
            Self::SetMeeting(_) => tr!("undo-edit-meeting-details"),
            Self::SetRecommendations(_) => tr!("undo-change-the-recommendations"),
            Self::UpsertAgendaItem(_) => tr!("undo-edit-agenda-item"),
            Self::UpsertOrganisation(_) => tr!("undo-edit-organisation"),
            Self::UpsertPerson(_) => tr!("undo-edit-person"),
            Self::UpsertPartnership(_) => tr!("undo-edit-partnership"),
            Self::UpsertFundingSource(_) => tr!("undo-edit-funding-source"),
            Self::UpsertRecord(_) => tr!("undo-edit-captured-record"),
            Self::Run { label, .. } => label.clone(),
            Self::MoveAgendaItem { .. } => tr!("undo-move-agenda-item"),
            Self::Remove(_) => tr!("undo-delete"),
            Self::Erase(_) => tr!("personal-undo-erase"),
            Self::Import { .. } => tr!("undo-import"),
        }
    }

    /// Edits that share a key and follow each other quickly form one undo step,
    /// so typing a name is undone as a whole, not letter by letter.
    pub fn group_key(&self) -> Option<Id> {
        match self {
            Self::SetMeeting(m) => Some(m.id),
            Self::UpsertAgendaItem(r) => Some(r.id),
            Self::UpsertOrganisation(r) => Some(r.id),
            Self::UpsertPerson(r) => Some(r.id),
            Self::UpsertPartnership(r) => Some(r.id),
            Self::UpsertFundingSource(r) => Some(r.id),
            Self::UpsertRecord(r) => Some(r.id),
            Self::Run { .. }
            | Self::MoveAgendaItem { .. }
            | Self::Remove(_)
            | Self::Erase(_)
            | Self::Import { .. }
            | Self::SetRecommendations(_) => None,
        }
    }
}

/// Applies one action to the document.
pub fn apply(doc: &mut Document, action: Action) {
    match action {
        Action::SetMeeting(m) => doc.meeting = m,
        Action::SetRecommendations(ids) => {
            doc.meeting.recommendations = ids;
            doc.meeting.modified = crate::model::now();
        }
        Action::UpsertAgendaItem(r) => {
            let days = [doc.agenda_item(r.id).map(|a| a.day), Some(r.day)];
            upsert(&mut doc.agenda, r, |x| x.id);
            recompute(doc, days);
        }
        Action::Run { item, .. } => upsert(&mut doc.agenda, item, |x| x.id),
        Action::MoveAgendaItem { id, before, day } => move_item(doc, id, before, day),
        Action::UpsertOrganisation(r) => upsert(&mut doc.organisations, r, |x| x.id),
        Action::UpsertPerson(r) => upsert(&mut doc.people, r, |x| x.id),
        Action::UpsertPartnership(r) => upsert(&mut doc.partnerships, r, |x| x.id),
        Action::UpsertFundingSource(r) => upsert(&mut doc.funding_sources, r, |x| x.id),
        Action::UpsertRecord(r) => upsert(&mut doc.records, r, |x| x.id),
        Action::Remove(id) => {
            let day = doc.agenda_item(id).map(|a| a.day);
            doc.agenda.retain(|x| x.id != id);
            recompute(doc, [day, None]);
            doc.organisations.retain(|x| x.id != id);
            doc.people.retain(|x| x.id != id);
            doc.partnerships.retain(|x| x.id != id);
            doc.funding_sources.retain(|x| x.id != id);
            doc.records.retain(|x| x.id != id);
        }
        Action::Erase(id) => crate::model::erase::erase(doc, id),
        Action::Import {
            organisations,
            people,
        } => {
            upsert_all(&mut doc.organisations, organisations, |x| x.id);
            upsert_all(&mut doc.people, people, |x| x.id);
        }
    }
}

fn recompute(doc: &mut Document, days: [Option<NaiveDate>; 2]) {
    for day in days.into_iter().flatten() {
        schedule::recompute_day(doc, day);
    }
}

fn move_item(doc: &mut Document, id: Id, before: Option<Id>, day: NaiveDate) {
    if before == Some(id) {
        return;
    }
    let Some(from) = doc.agenda.iter().position(|a| a.id == id) else {
        return;
    };
    let mut item = doc.agenda.remove(from);
    let old_day = item.day;
    if item.day != day {
        let moved = Arc::make_mut(&mut item);
        moved.day = day;
        moved.modified = crate::model::now();
    }
    let to = match before {
        Some(before) => doc.agenda.iter().position(|a| a.id == before),
        None => doc.agenda.iter().rposition(|a| a.day == day).map(|i| i + 1),
    };
    let to = to.unwrap_or(doc.agenda.len()).min(doc.agenda.len());
    doc.agenda.insert(to, item);
    recompute(doc, [Some(old_day), Some(day)]);
}

fn upsert<T>(list: &mut Vec<Arc<T>>, record: T, id: impl Fn(&T) -> Id) {
    let key = id(&record);
    match list.iter_mut().find(|x| id(x) == key) {
        Some(slot) => *slot = Arc::new(record),
        None => list.push(Arc::new(record)),
    }
}

/// [`upsert`] for many records, finding each through an index of `list`.
fn upsert_all<T>(list: &mut Vec<Arc<T>>, records: Vec<T>, id: impl Fn(&T) -> Id) {
    let mut at: std::collections::HashMap<Id, usize> =
        list.iter().enumerate().map(|(i, x)| (id(x), i)).collect();
    for record in records {
        let key = id(&record);
        if let Some(slot) = at.get(&key).and_then(|&i| list.get_mut(i)) {
            *slot = Arc::new(record);
        } else {
            at.insert(key, list.len());
            list.push(Arc::new(record));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upsert_adds_then_replaces() {
        let mut doc = Document::new_meeting();
        let mut org = Organisation {
            name: "Berytech".to_owned(),
            ..Organisation::default()
        };
        apply(&mut doc, Action::UpsertOrganisation(org.clone()));
        org.name = "Berytech SAL".to_owned();
        apply(&mut doc, Action::UpsertOrganisation(org.clone()));
        assert_eq!(doc.organisations.len(), 1);
        assert_eq!(
            doc.organisation(org.id).map(|o| o.name.as_str()),
            Some("Berytech SAL")
        );
    }

    #[test]
    fn remove_takes_any_kind_of_record() {
        let mut doc = Document::new_meeting();
        let person = Person::default();
        let id = person.id;
        apply(&mut doc, Action::UpsertPerson(person));
        apply(&mut doc, Action::Remove(id));
        assert!(doc.people.is_empty());
    }
}
