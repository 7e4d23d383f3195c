//! Running the meeting: start, pause and finish items, and the speakers' queue.
//! Each operation is a pure function of the document and the time, giving the
//! actions to apply.

use crate::tr;
use chrono::NaiveDateTime;

use crate::action::Action;
use crate::model::{AgendaItem, Document, Id, ItemStatus, SpeakerTurn, schedule};

fn run(item: AgendaItem, label: String) -> Action {
    Action::Run { item, label }
}

/// The item that is running or paused, if any.
pub fn current(doc: &Document) -> Option<&AgendaItem> {
    doc.agenda
        .iter()
        .map(AsRef::as_ref)
        .find(|a| a.status == ItemStatus::Running)
        .or_else(|| {
            doc.agenda
                .iter()
                .map(AsRef::as_ref)
                .find(|a| a.status == ItemStatus::Paused)
        })
}

fn stopped(item: &AgendaItem, now: NaiveDateTime) -> AgendaItem {
    let mut item = item.clone();
    item.elapsed_seconds = item.elapsed_seconds_at(now);
    item.running_since = None;
    item
}

fn end_speaker(item: &mut AgendaItem, now: NaiveDateTime) {
    for turn in item.speakers.iter_mut().filter(|t| t.is_speaking()) {
        resume_turn(turn, now);
        turn.ended = Some(now);
    }
}

/// Ends a pause of `turn`: the paused time is not speaking time.
fn resume_turn(turn: &mut SpeakerTurn, now: NaiveDateTime) {
    if let Some(paused_at) = turn.paused_at.take() {
        let paused = (now - paused_at).num_seconds().max(0);
        turn.paused_seconds = turn.paused_seconds.saturating_add(paused);
    }
}

/// Items of the same day as `item`, in earlier slots of which nothing ran:
/// starting `item` skips them. Items sharing a slot with one that ran
/// (parallel round tables, one per laptop) are not skipped.
fn passed_over<'a>(doc: &'a Document, item: &AgendaItem) -> Vec<&'a AgendaItem> {
    let items = schedule::items_of_day(doc, item.day);
    let slots = schedule::slots(&items);
    let Some(slot) = items
        .iter()
        .zip(&slots)
        .find(|(a, _)| a.id == item.id)
        .map(|(_, s)| *s)
    else {
        return Vec::new();
    };
    // A slot in which one item ran (a round table beside another) was not passed over.
    let ran: std::collections::HashSet<usize> = items
        .iter()
        .zip(&slots)
        .filter(|(a, _)| a.actual_start.is_some())
        .map(|(_, s)| *s)
        .collect();
    items
        .into_iter()
        .zip(slots)
        .filter(|(a, s)| *s < slot && !ran.contains(s) && a.status == ItemStatus::Planned)
        .map(|(a, _)| a)
        .collect()
}

/// Starts or resumes `id`; whatever else is running is finished first.
pub fn start(doc: &Document, id: Id, now: NaiveDateTime) -> Vec<Action> {
    let mut actions: Vec<Action> = doc
        .agenda
        .iter()
        .filter(|a| a.id != id && matches!(a.status, ItemStatus::Running | ItemStatus::Paused))
        .map(|a| run(finished(a, now), tr!("undo-finish-item")))
        .collect();
    if let Some(item) = doc.agenda_item(id) {
        for skipped in passed_over(doc, item) {
            let mut skipped = skipped.clone();
            skipped.status = ItemStatus::Skipped;
            actions.push(run(skipped, tr!("undo-skip-item")));
        }
        let mut item = stopped(item, now);
        item.status = ItemStatus::Running;
        item.actual_start.get_or_insert(now);
        item.actual_end = None;
        item.running_since = Some(now);
        // Resuming the item resumes the speaker it was paused on.
        for turn in item.speakers.iter_mut().filter(|t| t.is_speaking()) {
            resume_turn(turn, now);
        }
        actions.push(run(item, tr!("undo-start-item")));
    }
    actions
}

/// Pauses the running item.
pub fn pause(doc: &Document, now: NaiveDateTime) -> Vec<Action> {
    let Some(item) = current(doc).filter(|a| a.status == ItemStatus::Running) else {
        return Vec::new();
    };
    let mut item = stopped(item, now);
    // A pause is not speaking time: the current turn waits for the item to resume.
    for turn in item.speakers.iter_mut().filter(|t| t.is_speaking()) {
        turn.paused_at.get_or_insert(now);
    }
    item.status = ItemStatus::Paused;
    vec![run(item, tr!("undo-pause-item"))]
}

fn finished(item: &AgendaItem, now: NaiveDateTime) -> AgendaItem {
    let mut item = stopped(item, now);
    end_speaker(&mut item, now);
    item.status = ItemStatus::Done;
    item.actual_end = Some(now);
    item
}

/// Finishes the current item and starts the next one in the agenda that has not run.
pub fn next(doc: &Document, now: NaiveDateTime) -> Vec<Action> {
    let in_order: Vec<&AgendaItem> = schedule::days(doc)
        .into_iter()
        .flat_map(|day| schedule::items_of_day(doc, day))
        .collect();
    let current_id = current(doc).map(|a| a.id);
    let position = current_id.and_then(|id| in_order.iter().position(|a| a.id == id));
    let upcoming = in_order
        .iter()
        .enumerate()
        .find(|(i, a)| position.is_none_or(|p| *i > p) && a.status == ItemStatus::Planned)
        .map(|(_, a)| *a);
    match upcoming {
        Some(item) => start(doc, item.id, now),
        None => finish(doc, now),
    }
}

/// Finishes the current item without starting another.
pub fn finish(doc: &Document, now: NaiveDateTime) -> Vec<Action> {
    current(doc)
        .map(|a| vec![run(finished(a, now), tr!("undo-finish-item"))])
        .unwrap_or_default()
}

/// Adds `person` to the end of the queue of `item`.
pub fn queue_speaker(item: &AgendaItem, person: Id, limit_seconds: Option<i64>) -> Action {
    let mut item = item.clone();
    item.speakers.push(SpeakerTurn {
        person,
        limit_seconds,
        ..SpeakerTurn::default()
    });
    run(item, tr!("undo-add-speaker"))
}

/// Adds a speaker from the floor who is not in the registry, by the name given.
pub fn queue_guest(item: &AgendaItem, name: &str, limit_seconds: Option<i64>) -> Action {
    let mut item = item.clone();
    item.speakers.push(SpeakerTurn {
        person: Id::new(),
        guest: name.trim().to_owned(),
        limit_seconds,
        ..SpeakerTurn::default()
    });
    run(item, tr!("undo-add-speaker"))
}

/// Adds a speaker from the floor to the registry, under the id their turns already use.
pub fn register_guest(doc: &Document, turn: &SpeakerTurn) -> Option<Action> {
    if doc.person(turn.person).is_some() || turn.guest.trim().is_empty() {
        return None;
    }
    Some(Action::UpsertPerson(crate::model::Person {
        id: turn.person,
        name: turn.guest.trim().to_owned(),
        ..crate::model::Person::default()
    }))
}

/// Moves waiting turn `index` one place earlier (`up`) or later.
pub fn move_speaker(item: &AgendaItem, index: usize, up: bool) -> Option<Action> {
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    let waiting = |i: usize| item.speakers.get(i).is_some_and(SpeakerTurn::is_waiting);
    if !waiting(index) || !waiting(other) {
        return None;
    }
    let mut item = item.clone();
    item.speakers.swap(index, other);
    Some(run(item, tr!("undo-reorder-speakers")))
}

/// Removes a waiting turn from the queue.
pub fn remove_speaker(item: &AgendaItem, index: usize) -> Option<Action> {
    item.speakers.get(index).filter(|t| t.is_waiting())?;
    let mut item = item.clone();
    item.speakers.remove(index);
    Some(run(item, tr!("undo-remove-speaker")))
}

/// Ends the current speaker and gives the floor to the first one waiting.
pub fn next_speaker(item: &AgendaItem, now: NaiveDateTime) -> Action {
    let mut item = item.clone();
    end_speaker(&mut item, now);
    let paused = item.status == ItemStatus::Paused;
    if let Some(turn) = item.speakers.iter_mut().find(|t| t.is_waiting()) {
        turn.started = Some(now);
        // While the item is paused, the next speaker's time starts when it resumes.
        turn.paused_at = paused.then_some(now);
    }
    run(item, tr!("undo-next-speaker"))
}

/// Ends the current speaker.
pub fn stop_speaker(item: &AgendaItem, now: NaiveDateTime) -> Action {
    let mut item = item.clone();
    end_speaker(&mut item, now);
    run(item, tr!("undo-stop-speaker"))
}

/// Whether anything is running that the clock must keep showing.
pub fn is_live(doc: &Document) -> bool {
    doc.agenda
        .iter()
        .any(|a| a.status == ItemStatus::Running || a.current_speaker().is_some_and(|t| !t.is_paused()))
}

/// The day to show as live: the current item's day, else today's if the meeting has it.
pub fn live_day(doc: &Document) -> Option<chrono::NaiveDate> {
    current(doc)
        .map(|a| a.day)
        .or_else(|| schedule::days(doc).first().copied())
}

#[cfg(test)]
#[path = "live_tests.rs"]
mod tests;
