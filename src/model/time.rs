//! One notion of "today". A meeting happens in one place: what the clocks in
//! the room show and which meeting day it is follow the meeting's time zone,
//! whatever zone the laptop is set to (a visitor's laptop often keeps its home
//! zone). A deadline read months later is read where the reader is.
//!
//! Time zones are IANA names (`Asia/Beirut`) looked up in the time-zone
//! database built into the program, so they work offline and give the rules
//! of the time (Lebanon kept summer time in September 2007).

use chrono::{Local, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::Stamp;

/// The time zone named `name` (an IANA name such as `Asia/Beirut`), or `None`
/// when the name is empty or unknown.
pub fn time_zone(name: &str) -> Option<Tz> {
    name.trim().parse().ok()
}

/// The room clock: the time the clocks in the meeting room show at `instant`,
/// in the meeting's time zone `zone`. A meeting without a known zone is taken
/// to be where the laptop is.
pub fn room_clock(zone: &str, instant: Stamp) -> NaiveDateTime {
    match time_zone(zone) {
        Some(tz) => local_time(&tz, instant),
        None => local_time(&Local, instant),
    }
}

/// The meeting day: the date in the meeting room at `instant`, which check-in
/// and capture use. See [`room_clock`] for a meeting without a known zone.
pub fn meeting_day(zone: &str, instant: Stamp) -> NaiveDate {
    room_clock(zone, instant).date()
}

/// The date of reading: the reader's own date at `instant`, in the laptop's
/// zone, which deadlines use once the meeting is over ("overdue" is about the
/// reader's today, not the meeting room's).
pub fn date_of_reading(instant: Stamp) -> NaiveDate {
    local_time(&Local, instant).date()
}

/// The instant at which the clocks in the meeting room (zone `zone`) show
/// `clock`: the inverse of [`room_clock`]. A time that happens twice (when
/// summer time ends) is the first; one that never happens (when it begins)
/// is taken an hour later.
pub fn instant_of(zone: &str, clock: NaiveDateTime) -> Stamp {
    match time_zone(zone) {
        Some(tz) => instant_in(&tz, clock),
        None => instant_in(&Local, clock),
    }
}

fn instant_in<Z: TimeZone>(zone: &Z, clock: NaiveDateTime) -> Stamp {
    zone.from_local_datetime(&clock)
        .earliest()
        .or_else(|| {
            let later = clock.checked_add_signed(chrono::Duration::hours(1))?;
            zone.from_local_datetime(&later).earliest()
        })
        .map_or_else(|| clock.and_utc(), |t| t.with_timezone(&chrono::Utc))
}

fn local_time<Z: TimeZone>(zone: &Z, instant: Stamp) -> NaiveDateTime {
    instant.with_timezone(zone).naive_local()
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveTime, Utc};

    use super::*;

    fn utc(text: &str) -> Stamp {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .unwrap()
            .and_time(NaiveTime::parse_from_str(time, "%H:%M:%S").unwrap())
    }

    #[test]
    fn the_room_clock_turns_back_into_the_instant() {
        let instant = utc("2007-09-05T15:30:00Z");
        let clock = room_clock("Asia/Beirut", instant);
        assert_eq!(clock, at("2007-09-05", "18:30:00"));
        assert_eq!(instant_of("Asia/Beirut", clock), instant);
    }

    #[test]
    fn names_are_iana_names() {
        assert!(time_zone("Asia/Beirut").is_some());
        assert!(time_zone(" Africa/Cairo ").is_some());
        assert!(time_zone("").is_none());
        assert!(time_zone("Beirut").is_none());
        assert!(time_zone("بيروت").is_none());
    }

    #[test]
    fn the_room_clock_follows_the_meeting_zone_and_its_summer_time() {
        // Beirut was three hours ahead of UTC in September 2007, two in January.
        assert_eq!(
            room_clock("Asia/Beirut", utc("2007-09-05T06:00:00Z")),
            at("2007-09-05", "09:00:00")
        );
        assert_eq!(
            room_clock("Asia/Beirut", utc("2008-01-15T07:00:00Z")),
            at("2008-01-15", "09:00:00")
        );
        assert_eq!(
            room_clock("Asia/Kolkata", utc("2007-09-05T06:00:00Z")),
            at("2007-09-05", "11:30:00")
        );
    }

    #[test]
    fn the_meeting_day_turns_at_midnight_in_the_room() {
        let evening = utc("2007-09-05T20:59:59Z");
        let midnight = utc("2007-09-05T21:00:00Z");
        assert_eq!(meeting_day("Asia/Beirut", evening).to_string(), "2007-09-05");
        assert_eq!(meeting_day("Asia/Beirut", midnight).to_string(), "2007-09-06");
        // The same instant is still the 5th in New York.
        assert_eq!(
            meeting_day("America/New_York", midnight).to_string(),
            "2007-09-05"
        );
    }

    #[test]
    fn a_meeting_without_a_known_zone_is_where_the_laptop_is() {
        let instant = utc("2007-09-05T21:30:00Z");
        let laptop = instant.with_timezone(&Local).naive_local();
        assert_eq!(room_clock("", instant), laptop);
        assert_eq!(room_clock("Mars/Olympus_Mons", instant), laptop);
        assert_eq!(meeting_day("", instant), laptop.date());
    }

    #[test]
    fn the_date_of_reading_is_the_laptop_date() {
        let instant = utc("2008-03-01T23:30:00Z");
        assert_eq!(
            date_of_reading(instant),
            instant.with_timezone(&Local).date_naive()
        );
    }
}
