//! Where the time comes from: the system clock in the app, a hand-set clock in tests.

use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;

/// Wall-clock time in the meeting room.
pub trait Clock {
    fn now(&self) -> NaiveDateTime;
}

/// The computer's local time, to the second.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        let now = chrono::Local::now().naive_local();
        now.with_nanosecond_zeroed()
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

impl Clock for ManualClock {
    fn now(&self) -> NaiveDateTime {
        self.0.lock().map(|now| *now).unwrap_or_default()
    }
}
