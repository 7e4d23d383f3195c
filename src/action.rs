//! Every change to the document, as plain data, applied by one pure function.

use crate::tr;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::invitations::{Invitation, Settings as InvitationSettings};
use crate::model::network::Placement;
use crate::model::{
    AgendaItem, Document, FinancingLead, FundingSource, Id, Meeting, Organisation, Partnership, Person, Rate,
    Record, StageChange, schedule,
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
    UpsertLead(FinancingLead),
    UpsertRecord(Record),
    /// The currency rates, all at once: each change its own undo step.
    SetRates(Vec<Rate>),
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
    /// Moves a partnership's card to `stage`, before the card of `before`, or
    /// to the end of that stage's cards. The order of the cards in a column is
    /// their order in the document, so it is kept in the file.
    MovePartnership {
        id: Id,
        stage: String,
        before: Option<Id>,
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
    /// The meeting as merged with other session files, conflicts resolved as
    /// chosen: replaces the whole document, one undo step.
    Merge(Box<Document>),
    /// Where the organisations are drawn in the network view, all at once:
    /// an organisation pinned or let go by hand, or the layout settled.
    SetLayout(Vec<Placement>),
    /// The invitation of the person or organisation `id`: each change of
    /// status its own undo step.
    SetInvitation {
        id: Id,
        invitation: Invitation,
    },
    /// The organisers' settings for invitations (weights, targets, letters).
    SetInvitationSettings(InvitationSettings),
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
            Self::UpsertLead(_) => tr!("undo-edit-lead"),
            Self::SetRates(_) => tr!("undo-edit-rates"),
            Self::UpsertRecord(_) => tr!("undo-edit-captured-record"),
            Self::Run { label, .. } => label.clone(),
            Self::MoveAgendaItem { .. } => tr!("undo-move-agenda-item"),
            Self::MovePartnership { .. } => tr!("undo-move-partnership"),
            Self::Remove(_) => tr!("undo-delete"),
            Self::Erase(_) => tr!("personal-undo-erase"),
            Self::Import { .. } => tr!("undo-import"),
            Self::Merge(_) => tr!("merge-window-undo"),
            Self::SetLayout(_) => tr!("undo-arrange-the-network"),
            Self::SetInvitation { .. } => tr!("undo-change-invitation"),
            Self::SetInvitationSettings(_) => tr!("undo-change-invitation-settings"),
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
            Self::UpsertLead(r) => Some(r.id),
            Self::UpsertRecord(r) => Some(r.id),
            // Typing a weight is one step, as typing a name is.
            Self::SetInvitationSettings(_) => Some(Id(uuid::Uuid::nil())),
            Self::Run { .. }
            | Self::MoveAgendaItem { .. }
            | Self::MovePartnership { .. }
            | Self::Remove(_)
            | Self::Erase(_)
            | Self::Import { .. }
            | Self::Merge(_)
            | Self::SetLayout(_)
            | Self::SetInvitation { .. }
            | Self::SetRates(_)
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
        Action::MovePartnership { id, stage, before } => move_partnership(doc, id, &stage, before),
        Action::UpsertOrganisation(r) => upsert(&mut doc.organisations, r, |x| x.id),
        Action::UpsertPerson(r) => upsert(&mut doc.people, r, |x| x.id),
        Action::UpsertPartnership(r) => upsert(&mut doc.partnerships, r, |x| x.id),
        Action::UpsertFundingSource(r) => upsert(&mut doc.funding_sources, r, |x| x.id),
        Action::UpsertLead(r) => upsert(&mut doc.leads, r, |x| x.id),
        Action::SetRates(rates) => doc.rates = rates,
        Action::UpsertRecord(r) => upsert(&mut doc.records, r, |x| x.id),
        Action::Remove(id) => {
            let day = doc.agenda_item(id).map(|a| a.day);
            doc.agenda.retain(|x| x.id != id);
            recompute(doc, [day, None]);
            doc.organisations.retain(|x| x.id != id);
            doc.people.retain(|x| x.id != id);
            doc.partnerships.retain(|x| x.id != id);
            doc.funding_sources.retain(|x| x.id != id);
            // A partnership's leads go with it (and come back with an undo).
            doc.leads.retain(|x| x.id != id && x.partnership != id);
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
        Action::Merge(merged) => *doc = *merged,
        Action::SetLayout(placements) => doc.network_layout = placements,
        Action::SetInvitation { id, invitation } => set_invitation(doc, id, invitation),
        Action::SetInvitationSettings(settings) => doc.invitations = settings,
    }
}

/// Sets the invitation of the person or organisation `id`, stamping it modified.
fn set_invitation(doc: &mut Document, id: Id, invitation: Invitation) {
    let at = crate::model::now();
    if let Some(org) = doc.organisations.iter_mut().find(|o| o.id == id) {
        let org = std::sync::Arc::make_mut(org);
        org.invitation = invitation;
        org.modified = at;
    } else if let Some(person) = doc.people.iter_mut().find(|p| p.id == id) {
        let person = std::sync::Arc::make_mut(person);
        person.invitation = invitation;
        person.modified = at;
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

/// See [`Action::MovePartnership`]. A move that would leave the card where it
/// is changes nothing, and so does a move of, or before, a partnership that is
/// not in the document.
fn move_partnership(doc: &mut Document, id: Id, stage: &str, before: Option<Id>) {
    let list = &mut doc.partnerships;
    if before == Some(id) || before.is_some_and(|b| !list.iter().any(|p| p.id == b)) {
        return;
    }
    let Some(from) = list.iter().position(|p| p.id == id) else {
        return;
    };
    let same_stage = list.get(from).is_some_and(|p| p.stage == stage);
    let next_in_column = || {
        list.iter()
            .skip(from + 1)
            .find(|p| p.stage == stage)
            .map(|p| p.id)
    };
    if same_stage && next_in_column() == before {
        return;
    }
    let mut partnership = list.remove(from);
    if !same_stage {
        let moved = Arc::make_mut(&mut partnership);
        let at = crate::model::now();
        moved.stage_history.push(StageChange {
            stage: stage.to_owned(),
            at,
        });
        stage.clone_into(&mut moved.stage);
        moved.modified = at;
    }
    // Into a column with no other card, the card keeps its place in the file.
    let to = match before {
        Some(before) => list.iter().position(|p| p.id == before),
        None => list.iter().rposition(|p| p.stage == stage).map(|i| i + 1),
    };
    let to = to.unwrap_or(from).min(list.len());
    list.insert(to, partnership);
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

    /// A document with one partnership per `(title, stage)`, in that order.
    fn board(cards: &[(&str, &str)]) -> (Document, Vec<Id>) {
        let mut doc = Document::new_meeting();
        for (title, stage) in cards {
            let partnership = Partnership {
                title: (*title).to_owned(),
                stage: (*stage).to_owned(),
                ..Partnership::default()
            };
            apply(&mut doc, Action::UpsertPartnership(partnership));
        }
        let ids = doc.partnerships.iter().map(|p| p.id).collect();
        (doc, ids)
    }

    fn titles(doc: &Document) -> Vec<(&str, &str)> {
        doc.partnerships
            .iter()
            .map(|p| (p.title.as_str(), p.stage.as_str()))
            .collect()
    }

    fn move_to(id: Id, stage: &str, before: Option<Id>) -> Action {
        Action::MovePartnership {
            id,
            stage: stage.to_owned(),
            before,
        }
    }

    #[test]
    fn moving_to_another_column_records_the_stage_change() {
        let (mut doc, ids) = board(&[("A", "idea"), ("B", "agreed"), ("C", "agreed")]);
        let a = ids[0];
        let old = Arc::clone(&doc.partnerships[0]);
        apply(&mut doc, move_to(a, "agreed", Some(ids[2])));
        assert_eq!(titles(&doc), [("B", "agreed"), ("A", "agreed"), ("C", "agreed")]);
        let moved = &doc.partnerships[1];
        assert_eq!(moved.stage_history.len(), 1);
        assert_eq!(moved.stage_history[0].stage, "agreed");
        assert_eq!(moved.stage_history[0].at, moved.modified);
        assert!(moved.modified >= old.modified);
        assert_eq!(old.stage, "idea", "the undo snapshot's record is left as it was");
    }

    #[test]
    fn moving_to_the_end_of_a_column() {
        let (mut doc, ids) = board(&[
            ("A", "agreed"),
            ("B", "idea"),
            ("C", "agreed"),
            ("D", "idea"),
            ("E", "dropped"),
        ]);
        apply(&mut doc, move_to(ids[4], "idea", None));
        assert_eq!(
            titles(&doc),
            [
                ("A", "agreed"),
                ("B", "idea"),
                ("C", "agreed"),
                ("D", "idea"),
                ("E", "idea")
            ]
        );
        apply(&mut doc, move_to(ids[0], "idea", None));
        assert_eq!(
            titles(&doc),
            [
                ("B", "idea"),
                ("C", "agreed"),
                ("D", "idea"),
                ("E", "idea"),
                ("A", "idea")
            ]
        );
        // The only card of a column keeps its place in the file.
        apply(&mut doc, move_to(ids[2], "in-discussion", None));
        assert_eq!(doc.partnerships[1].title, "C");
        assert_eq!(doc.partnerships[1].stage, "in-discussion");
    }

    #[test]
    fn moving_within_a_column_changes_only_the_order() {
        let (mut doc, ids) = board(&[("A", "idea"), ("X", "agreed"), ("B", "idea"), ("C", "idea")]);
        apply(&mut doc, move_to(ids[3], "idea", Some(ids[0])));
        assert_eq!(
            titles(&doc),
            [("C", "idea"), ("A", "idea"), ("X", "agreed"), ("B", "idea")]
        );
        apply(&mut doc, move_to(ids[3], "idea", None));
        assert_eq!(
            titles(&doc),
            [("A", "idea"), ("X", "agreed"), ("B", "idea"), ("C", "idea")]
        );
        assert!(doc.partnerships.iter().all(|p| p.stage_history.is_empty()));
    }

    #[test]
    fn moving_to_where_it_already_is_changes_nothing() {
        let (mut doc, ids) = board(&[("A", "idea"), ("X", "agreed"), ("B", "idea"), ("C", "idea")]);
        let unchanged = doc.clone();
        let moves = [
            move_to(ids[0], "idea", Some(ids[0])),
            move_to(ids[0], "agreed", Some(ids[0])),
            move_to(ids[0], "idea", Some(ids[2])),
            move_to(ids[3], "idea", None),
            move_to(ids[1], "agreed", None),
        ];
        for action in moves {
            apply(&mut doc, action.clone());
            assert_eq!(doc, unchanged, "{action:?}");
        }
        assert!(
            doc.partnerships
                .iter()
                .zip(&unchanged.partnerships)
                .all(|(a, b)| Arc::ptr_eq(a, b))
        );
    }

    #[test]
    fn moves_naming_unknown_partnerships_change_nothing() {
        let (mut doc, ids) = board(&[("A", "idea"), ("B", "agreed")]);
        let unchanged = doc.clone();
        apply(&mut doc, move_to(Id::new(), "agreed", None));
        apply(&mut doc, move_to(Id::new(), "agreed", Some(ids[1])));
        apply(&mut doc, move_to(ids[0], "agreed", Some(Id::new())));
        assert_eq!(doc, unchanged);
        let mut empty = Document::new_meeting();
        apply(&mut empty, move_to(Id::new(), "idea", None));
        assert!(empty.partnerships.is_empty());
    }

    #[test]
    fn undoing_a_move_removes_its_stage_change() {
        use crate::history::History;
        let (mut doc, ids) = board(&[("A", "idea"), ("B", "agreed")]);
        let mut history = History::default();
        let action = move_to(ids[0], "agreed", None);
        assert_eq!(action.label(), "move partnership");
        history.before_edit(
            &doc,
            &action.label(),
            action.group_key(),
            std::time::Instant::now(),
        );
        apply(&mut doc, action);
        assert_eq!(titles(&doc), [("B", "agreed"), ("A", "agreed")]);
        assert_eq!(history.undo_label(), Some("move partnership"));
        history.undo(&mut doc);
        assert_eq!(titles(&doc), [("A", "idea"), ("B", "agreed")]);
        assert!(doc.partnerships[0].stage_history.is_empty());
        history.redo(&mut doc);
        assert_eq!(doc.partnerships[1].stage_history.len(), 1);
    }
}
