//! A small seeded random source: the same seed gives the same meeting on every
//! machine and every build, which a general-purpose generator does not promise.

use chrono::{NaiveDate, TimeDelta};

use crate::model::{Id, Stamp};

/// xorshift64* seeded through splitmix64, so nearby seeds give unrelated streams.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // xorshift never leaves zero, so zero is not a valid state.
        Self(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        if n64 == 0 {
            return 0;
        }
        // The slight bias of a plain modulo does not matter for test data.
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// True `percent` times out of a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`, or the default for an empty slice.
    pub fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        items.get(self.below(items.len())).copied().unwrap_or_default()
    }

    /// Up to `count` distinct elements of `items`, in a random order.
    pub fn sample<T: Copy>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut pool: Vec<T> = items.to_vec();
        let mut out = Vec::with_capacity(count.min(pool.len()));
        while out.len() < count && !pool.is_empty() {
            out.push(pool.swap_remove(self.below(pool.len())));
        }
        out
    }

    /// A version 4 id made from this stream instead of the system's randomness.
    pub fn id(&mut self) -> Id {
        let mut bytes = [0_u8; 16];
        let (high, low) = bytes.split_at_mut(8);
        high.copy_from_slice(&self.next_u64().to_le_bytes());
        low.copy_from_slice(&self.next_u64().to_le_bytes());
        Id(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }
}

/// The first day of every generated meeting.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2007, 9, 5).unwrap_or_default()
}

/// A timestamp `minutes` after 08:00 UTC two days before the meeting, when the
/// registry was prepared: fixed so that a seed always gives the same file.
pub fn stamp(minutes: usize) -> Stamp {
    let start = first_day()
        .pred_opt()
        .and_then(|d| d.pred_opt())
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .unwrap_or_default()
        .and_utc();
    let minutes = i64::try_from(minutes).unwrap_or(i64::MAX);
    start + TimeDelta::try_minutes(minutes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_ranges_hold() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(7).next_u64(), Rng::new(8).next_u64());
        let mut r = Rng::new(1);
        for _ in 0..1000 {
            assert!(r.below(5) < 5);
            assert!((3..=6).contains(&r.between(3, 6)));
        }
        assert_eq!(r.below(0), 0);
        assert_eq!(r.sample(&[1, 2, 3], 5).len(), 3);
    }

    #[test]
    fn ids_are_version_4_and_repeatable() {
        let id = Rng::new(3).id();
        assert_eq!(id.0.get_version_num(), 4);
        assert_eq!(id, Rng::new(3).id());
    }
}
