//! Keys turned into small numbers, and sets of them that meet in a few
//! instructions.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::Instrument;

/// A set of instruments, in the order of [`Instrument`]'s declaration.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Instruments(u8);

const ALL_INSTRUMENTS: [Instrument; 7] = [
    Instrument::Grant,
    Instrument::Loan,
    Instrument::Guarantee,
    Instrument::Equity,
    Instrument::TechnicalAssistance,
    Instrument::InKind,
    Instrument::SeedMoney,
];

impl Instruments {
    fn bit(instrument: Instrument) -> u8 {
        let index = ALL_INSTRUMENTS.iter().position(|i| *i == instrument).unwrap_or(0);
        1 << index
    }

    pub fn of(instruments: &[Instrument]) -> Self {
        Self(instruments.iter().fold(0, |set, i| set | Self::bit(*i)))
    }

    pub(super) const EARLY: Self = Self(
        (1 << 0) // grant
            | (1 << 4) // technical assistance
            | (1 << 5) // in kind
            | (1 << 6), // seed money
    );
    pub(super) const LATER: Self = Self((1 << 1) | (1 << 2) | (1 << 3)); // loan, guarantee, equity

    pub(super) fn and(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// One bit per instrument, in the order of [`Instrument`]'s declaration.
    pub(super) fn bits(self) -> u8 {
        self.0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn contains(self, instrument: Instrument) -> bool {
        self.0 & Self::bit(instrument) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Instrument> {
        ALL_INSTRUMENTS.into_iter().filter(move |i| self.contains(*i))
    }

    /// The labels joined with commas.
    pub(super) fn labels(self) -> String {
        self.iter().map(Instrument::label).collect::<Vec<_>>().join(", ")
    }
}

/// Strings turned into small numbers, so that sets compare without text.
/// Keys are compared trimmed and without regard to case; each is also kept
/// as written, so that looking up a key written as before allocates nothing.
#[derive(Clone, Default)]
pub(super) struct Interner {
    ids: HashMap<String, u32>,
    next: u32,
}

impl Interner {
    pub(super) fn intern(&mut self, key: &str) -> u32 {
        if let Some(id) = self.ids.get(key) {
            return *id;
        }
        let id = if let Some(id) = self.ids.get(&normal(key)) {
            *id
        } else {
            let id = self.next;
            self.next = self.next.saturating_add(1);
            self.ids.insert(normal(key), id);
            id
        };
        self.ids.insert(key.to_owned(), id);
        id
    }

    pub(super) fn set(&mut self, keys: &[String]) -> Set {
        let mut set = Set::default();
        for key in keys.iter().filter(|k| !k.trim().is_empty()) {
            set.insert(self.intern(key));
        }
        set
    }

    pub(super) fn get(&self, key: &str) -> Option<u32> {
        match self.ids.get(key) {
            Some(id) => Some(*id),
            None => self.ids.get(&normal(key)).copied(),
        }
    }

    /// The ids of the keys already known (unknown ones cannot be in any set).
    pub(super) fn known(&self, keys: impl Iterator<Item = impl AsRef<str>>) -> Set {
        let mut set = Set::default();
        for id in keys.filter_map(|k| self.get(k.as_ref())) {
            set.insert(id);
        }
        set
    }
}

fn normal(key: &str) -> String {
    key.trim().to_uppercase()
}

/// A set of interned ids: the first 64 as bits, so that most sets meet in
/// one instruction, any others sorted.
#[derive(Clone, Debug, Default)]
pub(super) struct Set {
    pub(super) bits: u64,
    pub(super) rest: Vec<u32>,
}

impl Set {
    pub(super) fn insert(&mut self, id: u32) {
        if id < 64 {
            self.bits |= 1 << id;
        } else if let Err(at) = self.rest.binary_search(&id) {
            self.rest.insert(at, id);
        }
    }

    pub(super) fn contains(&self, id: u32) -> bool {
        if id < 64 {
            self.bits & (1 << id) != 0
        } else {
            self.rest.binary_search(&id).is_ok()
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.bits == 0 && self.rest.is_empty()
    }

    /// The ids, smallest first.
    pub(super) fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        let bits = self.bits;
        (0..64u32)
            .filter(move |id| bits & (1 << id) != 0)
            .chain(self.rest.iter().copied())
    }

    /// Whether the two sets share an id.
    pub(super) fn meets(&self, other: &Self) -> bool {
        self.bits & other.bits != 0
            || (!self.rest.is_empty() && !other.rest.is_empty() && meet(&self.rest, &other.rest))
    }
}

/// Whether two sorted lists share an element.
fn meet(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return true,
        }
    }
    false
}
