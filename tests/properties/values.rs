//! Ids, dates, times and numbers at their extremes, as far as the file format
//! can hold them: the first and last dates chrono knows, a leap second, the
//! largest durations and amounts, seconds from `i64::MIN` to `i64::MAX`.

use std::time::{Duration, SystemTime};

use chrono::{DateTime, Datelike as _, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use majlis::model::Id;
use proptest::prelude::*;

pub fn id() -> impl Strategy<Value = Id> {
    any::<u128>().prop_map(|n| Id(uuid::Uuid::from_u128(n)))
}

pub fn date() -> impl Strategy<Value = NaiveDate> {
    let any_day = NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce();
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (2000..2040, 1_u32..=366).prop_filter_map("no such day", |(y, d)| NaiveDate::from_yo_opt(y, d)),
        any_day.prop_filter_map("no such day", NaiveDate::from_num_days_from_ce_opt),
    ]
}

/// Times of day, with the last nanosecond and a leap second among them.
pub fn time() -> impl Strategy<Value = NaiveTime> {
    let last = NaiveTime::from_hms_nano_opt(23, 59, 59, 999_999_999).unwrap();
    let leap = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap();
    prop_oneof![
        Just(NaiveTime::MIN),
        Just(last),
        Just(leap),
        (0_u32..86_400, prop_oneof![Just(0), 0_u32..1_000_000_000])
            .prop_filter_map("no such time", |(s, n)| {
                NaiveTime::from_num_seconds_from_midnight_opt(s, n)
            }),
    ]
}

pub fn datetime() -> impl Strategy<Value = NaiveDateTime> {
    (date(), time()).prop_map(|(d, t)| d.and_time(t))
}

pub fn stamp() -> impl Strategy<Value = DateTime<Utc>> {
    datetime().prop_map(|t| t.and_utc())
}

pub fn seconds() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(i64::MIN),
        Just(i64::MAX),
        Just(0),
        -100_000_i64..100_000,
        any::<i64>()
    ]
}

pub fn minutes() -> impl Strategy<Value = u32> {
    prop_oneof![Just(u32::MAX), Just(0), 0_u32..600, any::<u32>()]
}

pub fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![Just(u64::MAX), Just(0), any::<u64>()]
}

/// A file time from the epoch to the last second the platform can hold.
pub fn file_time() -> impl Strategy<Value = SystemTime> {
    let last = u64::try_from(i64::MAX).unwrap();
    prop_oneof![Just(0), 0..4_102_444_800_u64, Just(last)].prop_flat_map(|secs| {
        (0_u32..1_000_000_000).prop_filter_map("beyond the platform's clock", move |nanos| {
            SystemTime::UNIX_EPOCH.checked_add(Duration::new(secs, nanos))
        })
    })
}
