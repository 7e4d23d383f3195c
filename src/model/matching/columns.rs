//! The catalogue's blockers by column: for each key (a country, a stage, an
//! applicant type, an instrument), the set of sources that let it through,
//! as bits. Judging one partnership against the whole catalogue is then a
//! few operations on words of 64 sources for each of its keys, instead of
//! one test per source and key; only the sources that are blocked are looked
//! at one by one, to say why.

use super::facts::{ProjectFacts, SourceFacts};
use super::keys::{Instruments, Set};
use super::{APPLICANT, COUNTRY, DEADLINE, INSTRUMENT, STAGE_NOT_FUNDED, STAGE_TOO_EARLY};

/// A set of sources by place in the catalogue: bit `i % 64` of word `i / 64`
/// stands for the source at place `i`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Bits(Vec<u64>);

impl Bits {
    /// No source of a catalogue of `len` sources.
    fn none(len: usize) -> Self {
        Self(vec![0; len.div_ceil(64)])
    }

    /// Every source of a catalogue of `len` sources.
    fn all(len: usize) -> Self {
        let mut bits = Self(vec![u64::MAX; len.div_ceil(64)]);
        if let (Some(last), rest @ 1..) = (bits.0.last_mut(), len % 64) {
            *last = (1 << rest) - 1;
        }
        bits
    }

    fn insert(&mut self, place: usize) {
        if let Some(word) = self.0.get_mut(place / 64) {
            *word |= 1 << (place % 64);
        }
    }

    pub(super) fn contains(&self, place: usize) -> bool {
        self.0
            .get(place / 64)
            .is_some_and(|word| word & (1 << (place % 64)) != 0)
    }

    fn union(&mut self, other: &Self) {
        for (word, other) in self.0.iter_mut().zip(&other.0) {
            *word |= other;
        }
    }

    fn intersect(&mut self, other: &Self) {
        for (word, other) in self.0.iter_mut().zip(&other.0) {
            *word &= other;
        }
    }

    fn remove_all(&mut self, other: &Self) {
        for (word, other) in self.0.iter_mut().zip(&other.0) {
            *word &= !other;
        }
    }
}

/// One kind of key: the sources open to any key (they list none), and for
/// each key id, the sources that list it.
#[derive(Debug, Default)]
struct Column {
    any: Bits,
    by_key: Vec<Bits>,
}

impl Column {
    fn new(len: usize, sets: impl Iterator<Item = Set>) -> Self {
        let mut column = Self {
            any: Bits::none(len),
            by_key: Vec::new(),
        };
        for (place, set) in sets.enumerate() {
            if set.is_empty() {
                column.any.insert(place);
            }
            for id in set.ids() {
                let id = id as usize;
                if column.by_key.len() <= id {
                    column.by_key.resize_with(id + 1, || Bits::none(len));
                }
                if let Some(bits) = column.by_key.get_mut(id) {
                    bits.insert(place);
                }
            }
        }
        column
    }

    /// The sources that let through one of `keys`.
    fn open_to(&self, keys: impl Iterator<Item = u32>) -> Bits {
        let mut open = self.any.clone();
        for key in keys {
            if let Some(bits) = self.by_key.get(key as usize) {
                open.union(bits);
            }
        }
        open
    }
}

/// The catalogue's blockers that do not depend on amounts, by column.
#[derive(Debug, Default)]
pub(super) struct Columns {
    len: usize,
    countries: Column,
    types: Column,
    stages: Column,
    /// By stage position in the pipeline: the sources whose earliest stage comes after it.
    later_than: Vec<Bits>,
    /// By instrument, in the order of [`Instruments`]' bits.
    instruments: Column,
    deadline_passed: Bits,
}

/// Which sources one partnership's keys let through, kind by kind, and all
/// of them together.
pub(super) struct Open {
    countries: Bits,
    types: Bits,
    stages: Bits,
    too_early: Option<Bits>,
    instruments: Bits,
    /// Through every kind, and before their deadline.
    pub(super) all: Bits,
}

impl Columns {
    pub(super) fn new(sources: &[SourceFacts], stages_in_pipeline: usize) -> Self {
        let len = sources.len();
        let mut later_than = vec![Bits::none(len); stages_in_pipeline];
        let mut deadline_passed = Bits::none(len);
        for (place, source) in sources.iter().enumerate() {
            if let Some(earliest) = source.earliest {
                for bits in later_than.iter_mut().take(earliest) {
                    bits.insert(place);
                }
            }
            if source.deadline_passed {
                deadline_passed.insert(place);
            }
        }
        Self {
            len,
            countries: Column::new(len, sources.iter().map(|s| s.countries.clone())),
            types: Column::new(len, sources.iter().map(|s| s.types.clone())),
            stages: Column::new(len, sources.iter().map(|s| s.stages.clone())),
            later_than,
            instruments: Column::new(len, sources.iter().map(|s| Set::of_instruments(s.instruments))),
            deadline_passed,
        }
    }

    /// What `project`'s keys let through.
    pub(super) fn open(&self, project: &ProjectFacts) -> Open {
        let all = || Bits::all(self.len);
        let countries = if project.has_countries {
            self.countries.open_to(project.countries.ids())
        } else {
            all()
        };
        let types = if project.has_types {
            self.types.open_to(project.types.ids())
        } else {
            all()
        };
        let stages = if project.has_stage {
            self.stages.open_to(project.stage.into_iter())
        } else {
            all()
        };
        let too_early = project
            .stage_position
            .and_then(|position| self.later_than.get(position))
            .cloned();
        let instruments = if project.sought.is_empty() {
            all()
        } else {
            self.instruments
                .open_to(Set::of_instruments(project.sought).ids())
        };
        let mut through = countries.clone();
        through.intersect(&types);
        through.intersect(&stages);
        through.intersect(&instruments);
        through.remove_all(&self.deadline_passed);
        Open {
            countries,
            types,
            stages,
            too_early,
            instruments,
            all: through,
        }
    }

    /// The flags of the blockers that are not about amounts for the source
    /// at `place`, given what the partnership's keys let through.
    pub(super) fn flags(&self, place: usize, open: &Open) -> u16 {
        let mut flags = 0;
        if !open.countries.contains(place) {
            flags |= COUNTRY;
        }
        if !open.stages.contains(place) {
            flags |= if open.too_early.as_ref().is_some_and(|b| b.contains(place)) {
                STAGE_TOO_EARLY
            } else {
                STAGE_NOT_FUNDED
            };
        }
        if !open.types.contains(place) {
            flags |= APPLICANT;
        }
        if !open.instruments.contains(place) {
            flags |= INSTRUMENT;
        }
        if self.deadline_passed.contains(place) {
            flags |= DEADLINE;
        }
        flags
    }
}

impl Set {
    /// The instruments as a set of ids, one per bit of [`Instruments`].
    fn of_instruments(instruments: Instruments) -> Self {
        Self {
            bits: u64::from(instruments.bits()),
            rest: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn every_source_is_in_all_and_none_in_none() {
        for len in [0, 1, 63, 64, 65, 300] {
            let all = Bits::all(len);
            let none = Bits::none(len);
            assert!((0..len).all(|i| all.contains(i) && !none.contains(i)), "{len}");
            assert!(!all.contains(len), "{len}: nothing past the catalogue");
        }
    }

    #[test]
    fn union_intersection_and_removal_work_word_by_word() {
        let mut a = Bits::none(130);
        let mut b = Bits::none(130);
        a.insert(3);
        a.insert(129);
        b.insert(129);
        b.insert(64);
        let mut union = a.clone();
        union.union(&b);
        assert!([3, 64, 129].iter().all(|i| union.contains(*i)));
        let mut both = a.clone();
        both.intersect(&b);
        assert!(both.contains(129) && !both.contains(3) && !both.contains(64));
        a.remove_all(&b);
        assert!(a.contains(3) && !a.contains(129));
    }
}
