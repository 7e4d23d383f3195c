//! Fault points, for tests that prove a crash at the worst moment of a save
//! loses nothing. `MAJLIS_FAULT=NAME` makes the process abort at once (no
//! destructors, no flush) when it reaches the point `NAME`;
//! `MAJLIS_FAULT_AFTER=N` lets it pass the point N - 1 times first.
//!
//! Only builds with debug assertions (tests) have them: in a release build
//! [`point`] is empty and the environment is never read.
//!
//! The points: `save:half-temp-write` (half of the new file written),
//! `save:during-backup` (the backup made but not yet named `.bak`),
//! `save:after-temp-write` (everything done but the rename over the file),
//! `recovery:half-written` (half of a recovery copy written).

/// Aborts the process here when `MAJLIS_FAULT` names this point.
#[inline]
pub(crate) fn point(name: &str) {
    #[cfg(debug_assertions)]
    if armed::from_env().is_some_and(|fault| fault.fires(name)) {
        std::process::abort();
    }
    #[cfg(not(debug_assertions))]
    let _ = name;
}

#[cfg(debug_assertions)]
mod armed {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// The point a test armed, and how often it has been reached.
    pub(super) struct Fault {
        name: String,
        after: u64,
        reached: AtomicU64,
    }

    impl Fault {
        pub(super) fn new(name: String, after: Option<&str>) -> Self {
            Self {
                name,
                after: after.and_then(|n| n.parse().ok()).unwrap_or(1),
                reached: AtomicU64::new(0),
            }
        }

        /// Whether reaching `name` now must crash.
        pub(super) fn fires(&self, name: &str) -> bool {
            name == self.name && self.reached.fetch_add(1, Ordering::SeqCst) + 1 == self.after
        }
    }

    /// The fault armed for this process, read once.
    pub(super) fn from_env() -> Option<&'static Fault> {
        static FAULT: OnceLock<Option<Fault>> = OnceLock::new();
        FAULT
            .get_or_init(|| {
                let name = std::env::var("MAJLIS_FAULT").ok()?;
                Some(Fault::new(
                    name,
                    std::env::var("MAJLIS_FAULT_AFTER").ok().as_deref(),
                ))
            })
            .as_ref()
    }
}

#[cfg(all(test, debug_assertions))]
mod tests {
    use super::armed::Fault;

    #[test]
    fn only_the_named_point_fires() {
        let fault = Fault::new("save:after-temp-write".to_owned(), None);
        assert!(!fault.fires("recovery:half-written"));
        assert!(!fault.fires("save:during-backup"));
        assert!(fault.fires("save:after-temp-write"));
    }

    #[test]
    fn fires_on_the_nth_time_only() {
        let fault = Fault::new("recovery:half-written".to_owned(), Some("3"));
        let fired: Vec<bool> = (0..4).map(|_| fault.fires("recovery:half-written")).collect();
        assert_eq!(fired, [false, false, true, false]);
    }

    #[test]
    fn an_unarmed_point_returns() {
        // The tests run without `MAJLIS_FAULT` naming this point: reaching it does nothing.
        super::point("no-such-point");
    }
}
