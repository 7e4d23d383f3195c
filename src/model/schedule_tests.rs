use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::*;
use crate::model::{AgendaItem, Document, ItemStatus};

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 9, 5).unwrap()
}

fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
    day().and_hms_opt(h, m, s).unwrap()
}

fn item(minutes: u32, parallel: bool) -> AgendaItem {
    AgendaItem {
        day: day(),
        duration_minutes: minutes,
        parallel,
        ..AgendaItem::default()
    }
}

#[test]
fn starts_follow_durations_and_parallel_items_share_a_slot() {
    let items = [item(30, false), item(60, false), item(45, true), item(20, false)];
    let refs: Vec<&AgendaItem> = items.iter().collect();
    assert_eq!(
        planned_starts(t(9, 0), &refs),
        vec![t(9, 0), t(9, 30), t(9, 30), t(10, 30)]
    );
    assert_eq!(planned_minutes(&refs), 110);
}

#[test]
fn zero_length_items_and_empty_days() {
    let items = [item(0, false), item(0, false), item(15, false)];
    let refs: Vec<&AgendaItem> = items.iter().collect();
    assert_eq!(planned_starts(t(9, 0), &refs), vec![t(9, 0), t(9, 0), t(9, 0)]);
    assert!(planned_starts(t(9, 0), &[]).is_empty());
    assert_eq!(planned_minutes(&[]), 0);
}

#[test]
fn items_past_midnight_wrap_around() {
    let items = [item(120, false), item(60, false)];
    let refs: Vec<&AgendaItem> = items.iter().collect();
    assert_eq!(planned_starts(t(23, 0), &refs), vec![t(23, 0), t(1, 0)]);
    assert_eq!(available_minutes(t(17, 0), t(9, 0)), 0);
}

#[test]
fn day_overrun_is_visible_in_totals() {
    let items = [item(300, false), item(300, false)];
    let refs: Vec<&AgendaItem> = items.iter().collect();
    assert!(planned_minutes(&refs) > available_minutes(t(9, 0), t(17, 30)));
}

#[test]
fn clock_turns_amber_then_red_then_overruns() {
    let mut running = item(20, false);
    running.running_since = Some(at(9, 0, 0));
    running.status = ItemStatus::Running;
    let phase = |h, m, s| ItemClock::of(&running, at(h, m, s)).phase;
    assert_eq!(phase(9, 0, 0), ClockPhase::Normal);
    assert_eq!(phase(9, 15, 59), ClockPhase::Normal);
    assert_eq!(phase(9, 16, 0), ClockPhase::Amber);
    assert_eq!(phase(9, 19, 0), ClockPhase::Red);
    assert_eq!(phase(9, 20, 0), ClockPhase::Red);
    assert_eq!(phase(9, 20, 1), ClockPhase::Overrun);
    assert_eq!(ItemClock::of(&running, at(9, 25, 0)).remaining, -300);
}

#[test]
fn pauses_do_not_count() {
    let mut paused = item(10, false);
    paused.elapsed_seconds = 120;
    assert_eq!(ItemClock::of(&paused, at(12, 0, 0)).elapsed, 120);
    paused.running_since = Some(at(12, 0, 0));
    assert_eq!(ItemClock::of(&paused, at(12, 1, 0)).elapsed, 180);
}

#[test]
fn a_zero_length_item_overruns_as_soon_as_it_runs() {
    let mut zero = item(0, false);
    assert_eq!(ItemClock::of(&zero, at(9, 0, 0)).phase, ClockPhase::Red);
    zero.running_since = Some(at(9, 0, 0));
    assert_eq!(ItemClock::of(&zero, at(9, 0, 1)).phase, ClockPhase::Overrun);
}

fn doc_with(items: Vec<AgendaItem>) -> Document {
    let mut doc = Document::new_meeting();
    doc.agenda = items.into_iter().map(Arc::new).collect();
    recompute_day(&mut doc, day());
    doc
}

#[test]
fn late_start_and_overrun_put_the_day_behind() {
    let mut first = item(30, false);
    first.actual_start = Some(at(9, 10, 0));
    first.running_since = first.actual_start;
    first.status = ItemStatus::Running;
    let doc = doc_with(vec![first, item(60, false)]);
    let progress = day_progress(&doc, day(), at(9, 50, 0)).unwrap();
    // 10 minutes late, and 10 minutes past its 30.
    assert_eq!(progress.behind_seconds, 1200);
    assert_eq!(progress.planned_end, at(10, 30, 0));
    assert_eq!(progress.projected_end, at(10, 50, 0));
}

#[test]
fn an_item_that_ended_early_puts_the_day_ahead() {
    let mut first = item(30, false);
    first.actual_start = Some(at(9, 0, 0));
    first.elapsed_seconds = 20 * 60;
    first.status = ItemStatus::Done;
    let doc = doc_with(vec![first, item(60, false)]);
    let progress = day_progress(&doc, day(), at(9, 25, 0)).unwrap();
    assert_eq!(progress.behind_seconds, -600);
    assert!(day_progress(&doc_with(vec![item(10, false)]), day(), at(9, 0, 0)).is_none());
}

#[test]
fn recompute_rewrites_starts_in_agenda_order() {
    let doc = doc_with(vec![item(30, false), item(45, false), item(10, true)]);
    let starts: Vec<NaiveTime> = doc.agenda.iter().map(|a| a.planned_start).collect();
    assert_eq!(starts, vec![t(9, 0), t(9, 30), t(9, 30)]);
}

#[test]
fn seconds_are_formatted_like_a_clock() {
    assert_eq!(format_seconds(0), "0:00");
    assert_eq!(format_seconds(75), "1:15");
    assert_eq!(format_seconds(-75), "-1:15");
    assert_eq!(format_seconds(3725), "1:02:05");
}

#[test]
fn a_day_run_on_another_date_is_compared_by_time_of_day() {
    let mut first = item(30, false);
    let other_date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    first.actual_start = Some(other_date.and_hms_opt(9, 5, 0).unwrap());
    first.running_since = first.actual_start;
    first.status = ItemStatus::Running;
    let doc = doc_with(vec![first, item(60, false)]);
    let progress = day_progress(&doc, day(), other_date.and_hms_opt(9, 10, 0).unwrap()).unwrap();
    assert_eq!(progress.behind_seconds, 300);
    assert_eq!(progress.projected_end, other_date.and_hms_opt(10, 35, 0).unwrap());
}

#[test]
fn absurd_values_from_a_file_do_not_overflow() {
    let mut huge = item(u32::MAX, false);
    huge.elapsed_seconds = i64::MAX;
    huge.actual_start = Some(at(9, 0, 0));
    huge.running_since = Some(at(9, 0, 0));
    huge.status = ItemStatus::Running;
    let mut doc = doc_with(vec![huge, item(u32::MAX, false), item(u32::MAX, true)]);
    for _ in 0..2000 {
        doc.agenda.push(Arc::new(item(u32::MAX, false)));
    }
    recompute_day(&mut doc, day());
    let progress = day_progress(&doc, day(), at(10, 0, 0)).unwrap();
    assert!(progress.projected_end >= progress.planned_end);
    let clock = ItemClock::of(&doc.agenda[0], at(10, 0, 0));
    assert_eq!(clock.phase, ClockPhase::Overrun);
    assert!(planned_minutes(&doc.agenda.iter().map(AsRef::as_ref).collect::<Vec<_>>()) > 0);
}

#[test]
fn items_passed_over_leave_the_plan_instead_of_putting_the_day_ahead() {
    // Three items of 30, 60 and 45 minutes; the third starts at 09:05 while
    // the first two never ran.
    let mut third = item(45, false);
    third.actual_start = Some(at(9, 5, 0));
    third.running_since = third.actual_start;
    third.status = ItemStatus::Running;
    let mut skipped = item(60, false);
    skipped.status = ItemStatus::Skipped;
    let doc = doc_with(vec![item(30, false), skipped, third, item(20, false)]);
    let progress = day_progress(&doc, day(), at(9, 10, 0)).unwrap();
    assert_eq!(progress.behind_seconds, 300, "five minutes late, not 85 ahead");
    assert_eq!(
        progress.skipped, 2,
        "marked skipped, or never run while a later item ran"
    );
    assert_eq!(progress.skipped_minutes, 90);
    assert_eq!(progress.planned_end, at(11, 35, 0));
    assert_eq!(progress.projected_end, at(10, 10, 0));
}

#[test]
fn parallel_items_in_the_slot_of_the_running_one_are_not_passed_over() {
    // Round tables 2A and 2B share a slot; this laptop runs 2B only.
    let mut second = item(60, true);
    second.actual_start = Some(at(9, 0, 0));
    second.running_since = second.actual_start;
    second.status = ItemStatus::Running;
    let doc = doc_with(vec![item(60, false), second]);
    let progress = day_progress(&doc, day(), at(9, 10, 0)).unwrap();
    assert_eq!(progress.skipped, 0);
    assert_eq!(progress.behind_seconds, 0);
}

#[test]
fn a_slot_where_one_parallel_item_ran_keeps_its_time_in_the_plan() {
    // Opening 30, round tables A and B side by side (60), closing 30; this
    // laptop ran B, not A, and starts the closing on plan at 10:30.
    let mut opening = item(30, false);
    opening.actual_start = Some(at(9, 0, 0));
    opening.elapsed_seconds = 30 * 60;
    opening.status = ItemStatus::Done;
    let mut a = item(60, false);
    a.status = ItemStatus::Skipped;
    let mut b = item(60, true);
    b.actual_start = Some(at(9, 30, 0));
    b.elapsed_seconds = 60 * 60;
    b.status = ItemStatus::Done;
    let mut closing = item(30, false);
    closing.actual_start = Some(at(10, 30, 0));
    closing.running_since = closing.actual_start;
    closing.status = ItemStatus::Running;
    let doc = doc_with(vec![opening, a, b, closing]);
    let progress = day_progress(&doc, day(), at(10, 35, 0)).unwrap();
    assert_eq!(progress.behind_seconds, 0, "on plan");
    assert_eq!(progress.skipped, 0, "the slot of A ran, with B");
    assert_eq!(progress.skipped_minutes, 0);
    assert_eq!(progress.projected_end, at(11, 0, 0));
}
