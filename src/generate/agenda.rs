//! The agenda spread over the meeting days, and what rapporteurs captured.

use chrono::{NaiveDate, NaiveTime, TimeDelta};

use super::phrases::{ACTIONS, DECISIONS, NOTES, TOPICS};
use super::rng::{Rng, stamp};
use super::words::{CAUSES, CITIES};
use crate::model::{
    ActionStatus, AgendaItem, AgendaKind, Confidentiality, Id, ItemStatus, Person, Record, RecordKind,
};

/// `count` items, shared out over `days` in order, each day starting at 09:00.
/// Days before the middle of the meeting are done, so the file looks like a
/// meeting in progress.
pub fn items(rng: &mut Rng, count: usize, days: &[NaiveDate], people: &[Person]) -> Vec<AgendaItem> {
    let day_count = days.len().max(1);
    let mut items = Vec::with_capacity(count);
    let mut clock = NaiveTime::default();
    let mut current_day = None;
    let mut slot = 0;
    for n in 0..count {
        let day_index = n * day_count / count.max(1);
        let Some(&day) = days.get(day_index) else { break };
        if current_day != Some(day) {
            current_day = Some(day);
            clock = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
            slot = 0;
        }
        let kind = match slot {
            _ if n == 0 => AgendaKind::Opening,
            _ if n + 1 == count => AgendaKind::Closing,
            2 | 5 => AgendaKind::Break,
            _ => [
                AgendaKind::Plenary,
                AgendaKind::RoundTable,
                AgendaKind::Presentation,
            ]
            .get(rng.below(3))
            .copied()
            .unwrap_or(AgendaKind::Plenary),
        };
        let duration = match kind {
            AgendaKind::Break if slot == 5 => 60,
            AgendaKind::Break => 20,
            AgendaKind::Opening | AgendaKind::Closing => 30,
            _ => 15 * rng.between(3, 6),
        };
        let duration_minutes = u32::try_from(duration).unwrap_or(30);
        let start = clock;
        clock += TimeDelta::try_minutes(i64::from(duration_minutes)).unwrap_or_default();
        let (status, actual_start, actual_end) = if day_index < day_count / 2 {
            let began = day.and_time(start)
                + TimeDelta::try_minutes(i64::try_from(rng.below(10)).unwrap_or(0)).unwrap_or_default();
            let lasted = TimeDelta::try_minutes(
                i64::from(duration_minutes) + i64::try_from(rng.below(15)).unwrap_or(0),
            )
            .unwrap_or_default();
            (ItemStatus::Done, Some(began), Some(began + lasted))
        } else {
            (ItemStatus::Planned, None, None)
        };
        let staffed = kind != AgendaKind::Break;
        let facilitator = staffed.then(|| person(rng, people)).flatten();
        let rapporteur = staffed.then(|| person(rng, people)).flatten();
        items.push(AgendaItem {
            id: rng.id(),
            modified: stamp(n * 7),
            title: title(rng, kind, day_index, slot),
            title_ar: title_ar(kind, slot).to_owned(),
            kind,
            day,
            planned_start: start,
            duration_minutes,
            facilitator,
            rapporteur,
            description: if staffed {
                format!(
                    "Presentations and discussion on {}.",
                    rng.pick(&TOPICS).to_lowercase()
                )
            } else {
                String::new()
            },
            status,
            actual_start,
            actual_end,
            ..AgendaItem::default()
        });
        slot += 1;
    }
    items
}

fn person(rng: &mut Rng, people: &[Person]) -> Option<Id> {
    people.get(rng.below(people.len())).map(|p| p.id)
}

fn title(rng: &mut Rng, kind: AgendaKind, day: usize, slot: usize) -> String {
    let topic = rng.pick(&TOPICS);
    match kind {
        AgendaKind::Opening => "Opening session".to_owned(),
        AgendaKind::Closing => "Closing session and next steps".to_owned(),
        AgendaKind::Break if slot == 5 => "Lunch".to_owned(),
        AgendaKind::Break => "Coffee break".to_owned(),
        AgendaKind::RoundTable if rng.chance(20) => {
            format!("طاولة مستديرة {}: {}", day + 1, rng.pick(&CAUSES).1)
        }
        AgendaKind::RoundTable => format!("Round table {}{}: {topic}", day + 1, letter(slot)),
        AgendaKind::Presentation => format!("Case study: {topic} in {}", rng.pick(&CITIES).0),
        AgendaKind::Plenary => topic.to_owned(),
    }
}

/// The Arabic title of the items whose English title is fixed; empty for the others.
fn title_ar(kind: AgendaKind, slot: usize) -> &'static str {
    match kind {
        AgendaKind::Opening => "الجلسة الافتتاحية",
        AgendaKind::Closing => "الجلسة الختامية والخطوات التالية",
        AgendaKind::Break if slot == 5 => "استراحة الغداء",
        AgendaKind::Break => "استراحة القهوة",
        _ => "",
    }
}

fn letter(slot: usize) -> char {
    char::from(b'A' + u8::try_from(slot % 26).unwrap_or(0))
}

/// `count` notes, decisions and action items, each captured during an item.
pub fn records(rng: &mut Rng, count: usize, agenda: &[AgendaItem], people: &[Person]) -> Vec<Record> {
    let sessions: Vec<&AgendaItem> = agenda.iter().filter(|a| a.kind != AgendaKind::Break).collect();
    (0..count)
        .map(|n| {
            let item = sessions
                .get(rng.below(sessions.len()))
                .copied()
                .filter(|_| rng.chance(95));
            let captured_at = item.map(|a| {
                let into = rng.below(usize::try_from(a.duration_minutes).unwrap_or(1).max(1));
                a.day.and_time(a.planned_start)
                    + TimeDelta::try_minutes(i64::try_from(into).unwrap_or(0)).unwrap_or_default()
            });
            let roll = rng.below(10);
            let (text, kind) = if roll < 5 {
                (rng.pick(&NOTES), RecordKind::Note)
            } else if roll < 7 {
                let outcome = [
                    "Agreed by consensus.",
                    "Agreed; two delegations reserved their position.",
                    "Postponed to the next meeting.",
                ];
                (
                    rng.pick(&DECISIONS),
                    RecordKind::Decision {
                        outcome: rng.pick(&outcome).to_owned(),
                    },
                )
            } else {
                let owner = person(rng, people).filter(|_| rng.chance(90));
                let due = item.and_then(|a| {
                    a.day.checked_add_signed(TimeDelta::try_days(
                        i64::try_from(rng.between(7, 60)).unwrap_or(7),
                    )?)
                });
                let statuses = [
                    ActionStatus::Open,
                    ActionStatus::InProgress,
                    ActionStatus::Done,
                    ActionStatus::Cancelled,
                ];
                let status = statuses
                    .get(n % statuses.len())
                    .copied()
                    .unwrap_or(ActionStatus::Open);
                (rng.pick(&ACTIONS), RecordKind::Action { owner, due, status })
            };
            Record {
                id: rng.id(),
                modified: stamp(n),
                agenda_item: item.map(|a| a.id),
                captured_at,
                text: text.to_owned(),
                kind,
                added_later: false,
                // Some notes are for the organisers alone, such as a funder's position.
                confidentiality: if rng.chance(10) {
                    Confidentiality::Organisers
                } else {
                    Confidentiality::Public
                },
            }
        })
        .collect()
}
