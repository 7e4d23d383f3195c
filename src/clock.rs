//! Where the time comes from: the system clock in the app, a hand-set clock in tests.

use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;

/// Wall-clock time in the meeting room.
pub trait Clock {
    /// The time the room's clocks show, for a meeting in the IANA time zone
    /// `time_zone` (empty: where the laptop is).
    fn now(&self, time_zone: &str) -> NaiveDateTime;
}

/// The computer's clock, read in the meeting's time zone, to the second: a
/// visitor's laptop that keeps its home zone still shows Beirut's time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self, time_zone: &str) -> NaiveDateTime {
        crate::model::time::room_clock(time_zone, chrono::Utc::now()).with_nanosecond_zeroed()
    }
}

trait ZeroNanos {
    fn with_nanosecond_zeroed(self) -> Self;
}

impl ZeroNanos for NaiveDateTime {
    fn with_nanosecond_zeroed(self) -> Self {
        chrono::Timelike::with_nanosecond(&self, 0).unwrap_or(self)
    }
}

/// A clock that moves only when told to; clones share the same time.
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<NaiveDateTime>>);

impl ManualClock {
    pub fn new(start: NaiveDateTime) -> Self {
        Self(Arc::new(Mutex::new(start)))
    }

    pub fn set(&self, time: NaiveDateTime) {
        if let Ok(mut now) = self.0.lock() {
            *now = time;
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        if let Ok(mut now) = self.0.lock() {
            *now = now.checked_add_signed(by).unwrap_or(*now);
        }
    }
}

/// A hand-set clock already shows the room's time, whatever the zone.
impl Clock for ManualClock {
    fn now(&self, _time_zone: &str) -> NaiveDateTime {
        self.0.lock().map(|now| *now).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_shows_the_meeting_rooms_time_whatever_the_laptops_zone() {
        let utc = SystemClock.now("Etc/UTC");
        let beirut = SystemClock.now("Asia/Beirut");
        let minutes = (beirut - utc).num_minutes();
        assert!(
            (119..=181).contains(&minutes),
            "Beirut is 2 or 3 hours ahead of UTC, not {minutes} minutes"
        );
        let tokyo = SystemClock.now("Asia/Tokyo");
        assert!(((tokyo - utc).num_minutes() - 9 * 60).abs() <= 1);
    }
}
