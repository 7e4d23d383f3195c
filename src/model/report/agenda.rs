//! The agenda as planned and as run: for each day, each item's planned and
//! actual times, how far it ran over or under, and the day's total.

use chrono::{Duration, NaiveDateTime, NaiveTime};

use super::facts::{date, title_in_language};
use super::{Block, Context, Line, Section, SectionKind, Table};
use crate::model::{AgendaItem, ItemStatus, schedule};
use crate::tr;

/// Minutes an item ran, rounded to the nearest minute, up to `now` if it is
/// running; `None` for an item that was not run.
pub(super) fn actual_minutes(item: &AgendaItem, now: NaiveDateTime) -> Option<i64> {
    if item.status == ItemStatus::Skipped {
        return None;
    }
    let mut seconds = item.elapsed_seconds_at(now);
    if seconds == 0
        && let (Some(start), Some(end)) = (item.actual_start, item.actual_end)
    {
        // Files that kept only the start and end of an item.
        seconds = (end - start).num_seconds().max(0);
    }
    if seconds == 0 && item.actual_start.is_none() {
        return None;
    }
    Some(seconds.saturating_add(30) / 60)
}

/// How many minutes an item ran past its plan (negative when it ran short).
pub(super) fn difference(planned: i64, actual: i64) -> i64 {
    actual.saturating_sub(planned)
}

/// A day's planned and actual minutes, counting only the slots in which an
/// item ran (parallel items share a slot, which lasts as long as its longest
/// item): items not run say nothing about timing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct DayTotal {
    pub planned: i64,
    pub actual: i64,
    pub run: usize,
}

pub(super) fn day_total(items: &[&AgendaItem], now: NaiveDateTime) -> DayTotal {
    let slots = schedule::slots(items);
    let mut per_slot: Vec<(i64, Option<i64>)> = Vec::new();
    let mut total = DayTotal::default();
    for (item, slot) in items.iter().zip(slots) {
        if per_slot.len() <= slot {
            per_slot.push((0, None));
        }
        let Some((planned, actual)) = per_slot.get_mut(slot) else {
            continue;
        };
        *planned = (*planned).max(i64::from(item.duration_minutes));
        if let Some(minutes) = actual_minutes(item, now) {
            total.run += 1;
            *actual = Some(actual.unwrap_or(0).max(minutes));
        }
    }
    for (planned, actual) in per_slot {
        if let Some(actual) = actual {
            total.planned = total.planned.saturating_add(planned);
            total.actual = total.actual.saturating_add(actual);
        }
    }
    total
}

fn difference_text(minutes: i64) -> String {
    let count = minutes.unsigned_abs();
    match minutes.signum() {
        1 => tr!("report-agenda-over", count = count),
        -1 => tr!("report-agenda-under", count = count),
        _ => tr!("report-agenda-on-time"),
    }
}

fn clock(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

fn span(start: NaiveTime, end: Option<NaiveTime>) -> String {
    match end {
        Some(end) => tr!("report-agenda-span", start = clock(start), end = clock(end)),
        None => tr!("report-agenda-since", start = clock(start)),
    }
}

fn person(context: &Context<'_>, id: Option<crate::model::Id>) -> Line {
    Line::user(context.names.person_name(id))
}

fn item_row(context: &Context<'_>, item: &AgendaItem, planned_start: NaiveTime) -> Vec<Line> {
    let planned = i64::from(item.duration_minutes);
    let planned_end = planned_start.overflowing_add_signed(Duration::minutes(planned)).0;
    let actual = actual_minutes(item, context.now);
    let title = Line::user(title_in_language(&item.title, &item.title_ar));
    let planned_span = Line::fixed(span(planned_start, Some(planned_end)));
    let (actual_span, actual_text, difference_cell) = match actual {
        Some(minutes) => (
            Line::fixed(match item.actual_start {
                Some(start) => span(start.time(), item.actual_end.map(|e| e.time())),
                None => String::new(),
            }),
            Line::fixed(minutes.to_string()),
            Line::fixed(difference_text(difference(planned, minutes))),
        ),
        None => (
            Line::fixed(tr!("report-agenda-not-run")),
            Line::default(),
            Line::default(),
        ),
    };
    vec![
        title,
        planned_span,
        actual_span,
        Line::fixed(planned.to_string()),
        actual_text,
        difference_cell,
        person(context, item.facilitator),
        person(context, item.rapporteur),
    ]
}

fn total_line(total: DayTotal) -> Line {
    if total.run == 0 {
        return Line::fixed(tr!("report-agenda-day-not-run"));
    }
    let gap = difference(total.planned, total.actual);
    let count = gap.unsigned_abs();
    Line::fixed(match gap.signum() {
        1 => tr!(
            "report-agenda-day-over",
            planned = total.planned,
            actual = total.actual,
            count = count
        ),
        -1 => tr!(
            "report-agenda-day-under",
            planned = total.planned,
            actual = total.actual,
            count = count
        ),
        _ => tr!(
            "report-agenda-day-on-time",
            planned = total.planned,
            actual = total.actual
        ),
    })
}

pub(super) fn sections(context: &Context<'_>) -> Vec<Section> {
    let doc = context.doc;
    let mut sections = Vec::new();
    let mut number = 0_usize;
    for day in schedule::days(doc) {
        let items = schedule::items_of_day(doc, day);
        if items.is_empty() {
            continue;
        }
        number += 1;
        let mut table = Table::new(vec![
            tr!("report-agenda-column-item"),
            tr!("report-agenda-column-planned"),
            tr!("report-agenda-column-actual"),
            tr!("report-agenda-column-planned-minutes"),
            tr!("report-agenda-column-actual-minutes"),
            tr!("report-agenda-column-difference"),
            tr!("report-agenda-column-facilitator"),
            tr!("report-agenda-column-rapporteur"),
        ])
        .numbers(&[3, 4]);
        // Each item's own planned start, which the agenda keeps: items the
        // audience may not see are left out without moving the others.
        for item in &items {
            table.rows.push(item_row(context, item, item.planned_start));
        }
        let heading = tr!("report-agenda-day", number = number, date = date(day));
        sections.push(
            Section::new(format!("agenda-day-{number}"), heading, 2)
                .with(Block::Table(table))
                .with(Block::Paragraph(total_line(day_total(&items, context.now)))),
        );
    }
    if sections.is_empty() {
        return sections;
    }
    let mut all = vec![Section::new("agenda", SectionKind::Agenda.label(), 1)];
    all.append(&mut sections);
    all
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2007, 9, 5)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn ran(planned: u32, seconds: i64) -> AgendaItem {
        AgendaItem {
            duration_minutes: planned,
            status: ItemStatus::Done,
            actual_start: Some(at(9, 0)),
            actual_end: Some(at(9, 0) + Duration::seconds(seconds)),
            elapsed_seconds: seconds,
            ..AgendaItem::default()
        }
    }

    #[test]
    fn an_item_planned_for_an_hour_that_ran_72_minutes_is_12_over() {
        let item = ran(60, 72 * 60);
        let actual = actual_minutes(&item, at(12, 0)).unwrap();
        assert_eq!(actual, 72);
        assert_eq!(difference(60, actual), 12);
        assert_eq!(difference(30, 25), -5);
    }

    #[test]
    fn items_not_run_have_no_actual_minutes_and_running_ones_count_to_now() {
        assert_eq!(actual_minutes(&AgendaItem::default(), at(12, 0)), None);
        let skipped = AgendaItem {
            status: ItemStatus::Skipped,
            ..ran(30, 60)
        };
        assert_eq!(actual_minutes(&skipped, at(12, 0)), None);
        let running = AgendaItem {
            status: ItemStatus::Running,
            actual_start: Some(at(10, 0)),
            actual_end: None,
            running_since: Some(at(10, 0)),
            elapsed_seconds: 0,
            ..AgendaItem::default()
        };
        assert_eq!(actual_minutes(&running, at(10, 20)), Some(20));
        let old_file = AgendaItem {
            elapsed_seconds: 0,
            ..ran(30, 45 * 60)
        };
        assert_eq!(actual_minutes(&old_file, at(12, 0)), Some(45));
    }

    #[test]
    fn a_day_counts_only_slots_that_ran_and_parallel_items_once() {
        let first = ran(60, 72 * 60);
        let parallel_a = ran(30, 20 * 60);
        let parallel_b = AgendaItem {
            parallel: true,
            ..ran(45, 40 * 60)
        };
        let not_run = AgendaItem {
            duration_minutes: 90,
            ..AgendaItem::default()
        };
        let items = [&first, &parallel_a, &parallel_b, &not_run];
        let total = day_total(&items, at(18, 0));
        assert_eq!(
            total,
            DayTotal {
                planned: 105,
                actual: 112,
                run: 3
            }
        );
    }
}
