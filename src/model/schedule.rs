//! Schedule arithmetic: planned starts from durations, day totals, the running
//! item's clock, and how far the day is ahead or behind.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::{AgendaItem, Document, ItemStatus, MeetingDay};

/// The items of `day` in agenda order.
pub fn items_of_day(doc: &Document, day: NaiveDate) -> Vec<&AgendaItem> {
    doc.agenda
        .iter()
        .map(AsRef::as_ref)
        .filter(|a| a.day == day)
        .collect()
}

/// The days of the meeting: its declared days and any day an item is on, in order.
pub fn days(doc: &Document) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = doc.meeting.days.iter().map(|d| d.date).collect();
    days.extend(doc.agenda.iter().map(|a| a.day));
    days.sort_unstable();
    days.dedup();
    days
}

/// When `day` starts and ends; 09:00 to 17:30 when the meeting does not say.
pub fn day_hours(doc: &Document, day: NaiveDate) -> (NaiveTime, NaiveTime) {
    doc.meeting
        .days
        .iter()
        .find(|d| d.date == day)
        .map_or_else(|| (hm(9, 0), hm(17, 30)), |d: &MeetingDay| (d.starts, d.ends))
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// Planned start of each item, in order: an item starts when the slot before it
/// ends; a parallel item shares the slot of the item before it, and the slot
/// lasts as long as its longest item. Times past midnight wrap, as clocks do.
pub fn planned_starts(day_start: NaiveTime, items: &[&AgendaItem]) -> Vec<NaiveTime> {
    let mut starts = Vec::with_capacity(items.len());
    let mut slot_start = day_start;
    let mut slot_minutes: i64 = 0;
    for (i, item) in items.iter().enumerate() {
        if i > 0 && !item.parallel {
            // Wraps past midnight like a clock; never overflows.
            slot_start = slot_start
                .overflowing_add_signed(Duration::minutes(slot_minutes))
                .0;
            slot_minutes = 0;
        }
        slot_minutes = slot_minutes.max(i64::from(item.duration_minutes));
        starts.push(slot_start);
    }
    starts
}

/// The slot of each item, in order: an item opens a new slot unless it runs in
/// parallel with the item before it.
pub fn slots(items: &[&AgendaItem]) -> Vec<usize> {
    let mut slot = 0;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            if i > 0 && !item.parallel {
                slot += 1;
            }
            slot
        })
        .collect()
}

/// Total planned minutes of a day's items, counting parallel items once per slot.
pub fn planned_minutes(items: &[&AgendaItem]) -> i64 {
    let mut total: i64 = 0;
    let mut slot = 0;
    for (i, item) in items.iter().enumerate() {
        if i > 0 && !item.parallel {
            total = total.saturating_add(slot);
            slot = 0;
        }
        slot = slot.max(i64::from(item.duration_minutes));
    }
    total.saturating_add(slot)
}

/// Minutes available between the start and end of a day (never negative).
pub fn available_minutes(starts: NaiveTime, ends: NaiveTime) -> i64 {
    (ends - starts).num_minutes().max(0)
}

/// Rewrites the planned starts of every item of `day` from the durations.
pub fn recompute_day(doc: &mut Document, day: NaiveDate) {
    let (day_start, _) = day_hours(doc, day);
    let items = items_of_day(doc, day);
    let starts = planned_starts(day_start, &items);
    let ids: Vec<_> = items.iter().map(|a| a.id).collect();
    for (id, start) in ids.into_iter().zip(starts) {
        if let Some(slot) = doc.agenda.iter_mut().find(|a| a.id == id)
            && slot.planned_start != start
        {
            std::sync::Arc::make_mut(slot).planned_start = start;
        }
    }
}

/// How the running item's clock should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockPhase {
    /// More than 20% of the time left.
    Normal,
    /// 20% or less left.
    Amber,
    /// 5% or less left.
    Red,
    /// Past the planned duration.
    Overrun,
}

/// The clock of one agenda item at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemClock {
    pub elapsed: i64,
    /// Negative once the item overruns.
    pub remaining: i64,
    pub phase: ClockPhase,
}

impl ItemClock {
    pub fn of(item: &AgendaItem, now: NaiveDateTime) -> Self {
        let planned = item.planned_seconds();
        let elapsed = item.elapsed_seconds_at(now);
        let remaining = planned.saturating_sub(elapsed);
        let phase = if remaining < 0 || (planned == 0 && elapsed > 0) {
            ClockPhase::Overrun
        } else if remaining.saturating_mul(20) <= planned {
            ClockPhase::Red
        } else if remaining.saturating_mul(5) <= planned {
            ClockPhase::Amber
        } else {
            ClockPhase::Normal
        };
        Self {
            elapsed,
            remaining,
            phase,
        }
    }
}

/// How far the day runs from its plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayProgress {
    /// Seconds behind the plan, leaving out skipped items; negative when ahead.
    pub behind_seconds: i64,
    /// Items passed over: marked skipped, or never started while a later item ran.
    pub skipped: usize,
    /// Their planned minutes, which the day no longer needs.
    pub skipped_minutes: i64,
    pub planned_end: NaiveDateTime,
    pub projected_end: NaiveDateTime,
}

/// Compares what happened on the items of `day` with their plan, at `now`.
///
/// Items that were skipped (or never started while a later item ran) are
/// taken out of the plan first: jumping ahead is not running ahead of time.
/// The drift is then taken at the latest item that has started: how late it
/// started, plus how far it has overrun (or, once done, how much longer or
/// shorter it ran). Items not yet started are assumed to keep their durations.
pub fn day_progress(doc: &Document, day: NaiveDate, now: NaiveDateTime) -> Option<DayProgress> {
    let (day_start, _) = day_hours(doc, day);
    let items = items_of_day(doc, day);
    let latest = items
        .iter()
        .filter(|item| item.actual_start.is_some() && item.status != ItemStatus::Skipped)
        .max_by_key(|item| item.actual_start)?;
    let slots = slots(&items);
    let latest_slot = items
        .iter()
        .zip(&slots)
        .find(|(a, _)| a.id == latest.id)
        .map_or(0, |(_, s)| *s);
    // Per slot: its planned length (its longest item), whether one of its
    // items ran, whether all of them are marked skipped, and how many it holds.
    let mut plan: Vec<SlotPlan> = Vec::new();
    for (item, slot) in items.iter().zip(&slots) {
        if plan.len() <= *slot {
            plan.push(SlotPlan::default());
        }
        let Some(entry) = plan.get_mut(*slot) else {
            continue;
        };
        entry.minutes = entry.minutes.max(i64::from(item.duration_minutes));
        entry.ran |= item.actual_start.is_some() && item.status != ItemStatus::Skipped;
        entry.marked_skipped &= item.status == ItemStatus::Skipped;
        entry.items += 1;
    }
    // A slot is passed over when none of its items ran and they were all
    // skipped, or a later slot has started.
    let dropped = |index: usize, slot: &SlotPlan| !slot.ran && (slot.marked_skipped || index < latest_slot);
    let minutes_before = plan
        .iter()
        .enumerate()
        .take(latest_slot)
        .filter(|(i, slot)| !dropped(*i, slot))
        .map(|(_, slot)| slot.minutes)
        .fold(0_i64, i64::saturating_add);
    let planned_start = day_start
        .overflowing_add_signed(Duration::minutes(minutes_before))
        .0;
    let kept_minutes = plan
        .iter()
        .enumerate()
        .filter(|(i, slot)| !dropped(*i, slot))
        .map(|(_, slot)| slot.minutes)
        .fold(0_i64, i64::saturating_add);
    let (skipped, skipped_minutes) = plan
        .iter()
        .enumerate()
        .filter(|(i, slot)| dropped(*i, slot))
        .fold((0, 0_i64), |(n, m), (_, slot)| {
            (n + slot.items, m.saturating_add(slot.minutes))
        });
    let actual_start = latest.actual_start?;
    // A meeting run on another date than planned (rescheduled, or rehearsed) is
    // compared by time of day.
    let run_date = actual_start.date();
    let planned_end = later(
        run_date.and_time(day_start),
        planned_minutes(&items).saturating_mul(60),
    );
    let kept_end = later(run_date.and_time(day_start), kept_minutes.saturating_mul(60));
    let late = (actual_start - run_date.and_time(planned_start)).num_seconds();
    let over = if latest.status == ItemStatus::Done {
        latest.elapsed_seconds.saturating_sub(latest.planned_seconds())
    } else {
        latest
            .elapsed_seconds_at(now)
            .saturating_sub(latest.planned_seconds())
            .max(0)
    };
    let behind_seconds = late.saturating_add(over);
    Some(DayProgress {
        behind_seconds,
        skipped,
        skipped_minutes,
        planned_end,
        projected_end: later(kept_end, behind_seconds),
    })
}

/// What the day's plan holds in one slot.
struct SlotPlan {
    minutes: i64,
    ran: bool,
    marked_skipped: bool,
    items: usize,
}

impl Default for SlotPlan {
    fn default() -> Self {
        Self {
            minutes: 0,
            ran: false,
            marked_skipped: true,
            items: 0,
        }
    }
}

/// `time` moved by `seconds`, stopping at the calendar's limits instead of
/// overflowing: durations come from files, which may hold anything.
fn later(time: NaiveDateTime, seconds: i64) -> NaiveDateTime {
    Duration::try_seconds(seconds)
        .and_then(|d| time.checked_add_signed(d))
        .unwrap_or(if seconds < 0 {
            NaiveDateTime::MIN
        } else {
            NaiveDateTime::MAX
        })
}

/// `m:ss` or `h:mm:ss`, with a minus sign for negative durations.
pub fn format_seconds(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
