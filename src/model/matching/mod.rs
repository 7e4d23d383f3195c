//! Which funding sources fit which partnership, and why.
//!
//! A source is either blocked, for reasons that exclude it whatever else is
//! true (a country it does not fund, an amount outside its tickets, ...), or a
//! match ranked by a score that is the sum of named parts, each with the words
//! that explain it. One [`Matcher`] answers both ways: the sources for one
//! partnership ([`Matcher::rank`]) and the partnerships for one source
//! ([`Matcher::reverse`]), and a blended plan proposes how several compatible
//! sources could cover one need together ([`Matcher::plan`]).
//!
//! Deadlines are judged against the date of reading (`today`), not the
//! meeting's day: the same file read months later shows the deadlines passed
//! by then.
//!
//! The rules, in full:
//! - **Countries.** The countries that count are the partnership's own (where
//!   the project happens). A partnership that names none is judged by the
//!   countries of its partners and lead, and one with no known country at all
//!   is not blocked on country: a partner based abroad does not make a project
//!   eligible for a fund of its country.
//! - **Amount.** The need is converted to the source's currency with the
//!   document's rates (as [`leads::convert`] does). It blocks only when it is
//!   below the source's smallest ticket: the source cannot give so little. A
//!   need above the largest ticket does not block, since several sources can
//!   cover it together (see [`Matcher::plan`]): it is an amount part of the
//!   score, worth fewer points the less of the need the largest ticket covers
//!   ([`points::amount`]). A partnership with no need is not judged on amount;
//!   a currency with no rate blocks (and the amount is then not judged).
//! - **Stage.** A source with eligible stages blocks a partnership at a stage
//!   before all of them in the pipeline as "too early", and one at any other
//!   stage it does not list (later, or between two it lists) as "not funded".
//!   A partnership with no stage, or one the vocabulary lacks that the source
//!   does not list, is judged only by the keys.
//!   An empty stage is not blocked.
//! - **Applicants.** A source with applicant types blocks a partnership none
//!   of whose partners (lead included) is of one of those types; a partnership
//!   whose partners have no known type is not blocked.
//! - **Deadline.** Blocks when it is before `today`; the day itself is in time.
//! - **Fit.** Every match has a focus-area part, always, and an instrument part;
//!   a co-financing part when the source asks for co-financing, and a link part
//!   when a partner runs the source or the partnership has a lead with it.
//!   Early stages are the first two of the pipeline (idea and exploring by
//!   default): grants, technical assistance, in-kind support and seed money
//!   suit them; equity, loans and guarantees suit the later ones.
//!
//! Parts and blockers hold data, not text: [`Ranking::reason`] and
//! [`Blocker::describe`] write the sentence when asked, so that matching a
//! whole meeting allocates no text.
//!
//! [`leads::convert`]: super::leads::convert

use std::sync::Arc;

use chrono::NaiveDate;

use super::leads::LeadStatus;
use super::{Document, Id, Money, Partnership};

mod columns;
mod facts;
mod judge;
mod keys;
mod matcher;
mod words;

pub use keys::Instruments;
pub use matcher::Matcher;
pub use words::Blocker;
use words::{Words, blocker, reason};

/// Points of each named part of a score.
pub mod points {
    /// The source lists the partnership's thrust area.
    pub const FOCUS_LISTED: i32 = 30;
    /// The source funds any thrust area.
    pub const FOCUS_ANY: i32 = 10;
    /// The source lists other thrust areas only.
    pub const FOCUS_OTHER: i32 = -10;
    /// One of the source's instruments suits the partnership's stage.
    pub const INSTRUMENT_SUITS: i32 = 20;
    /// None of the source's instruments suits the partnership's stage.
    pub const INSTRUMENT_UNSUITED: i32 = -20;
    /// Co-financing is asked for and a partner can bring it.
    pub const CO_FINANCING: i32 = 10;
    /// Co-financing is asked for and nobody can bring it.
    pub const NO_CO_FINANCING: i32 = -20;
    /// A partner runs the source, or the partnership has a live lead with it.
    pub const LINKED: i32 = 15;
    /// The source declined the partnership before.
    pub const DECLINED: i32 = -10;
    /// The largest ticket covers half of the need or more, not all of it.
    pub const COVERS_HALF: i32 = -5;
    /// The largest ticket covers a quarter of the need or more, less than half.
    pub const COVERS_QUARTER: i32 = -10;
    /// The largest ticket covers less than a quarter of the need.
    pub const COVERS_LESS: i32 = -15;

    /// The points of a source whose largest ticket is `max` for a need of
    /// `need` (both in the source's currency): 0 when it covers the whole
    /// need, then [`COVERS_HALF`], [`COVERS_QUARTER`] or [`COVERS_LESS`].
    pub fn amount(max: u64, need: u64) -> i32 {
        if max >= need {
            return 0;
        }
        // Whole quarters of the need the largest ticket covers: 0 to 3.
        match u128::from(max) * 4 / u128::from(need) {
            0 => COVERS_LESS,
            1 => COVERS_QUARTER,
            _ => COVERS_HALF,
        }
    }
}

/// A named part of a match's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Factor {
    /// The source funds the partnership's thrust area.
    FocusArea,
    /// The source's instruments suit the partnership's stage.
    InstrumentForStage,
    /// The source asks for co-financing, and a partner can bring it.
    CoFinancing,
    /// A partner is the organisation behind the source, or already has a lead with it.
    PartnerLinked,
    /// The need is above the source's largest ticket: it can fund a share only.
    Amount,
}

/// What a part of a score found: the data of its sentence, without its
/// words (the ranking holds those once for all its matches: see [`Ranking::reason`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The source lists the partnership's thrust area.
    FocusListed,
    /// The source funds any thrust area.
    FocusAny,
    /// The source lists other thrust areas than the partnership's.
    FocusOther,
    /// The partnership names no thrust area.
    NoThrustArea,
    /// Some of the source's instruments suit the partnership's stage.
    InstrumentsSuit(Instruments),
    /// The source's instruments suit later stages than the partnership's.
    InstrumentsForLater(Instruments),
    /// The source's instruments suit earlier stages than the partnership's.
    InstrumentsForEarlier(Instruments),
    /// The source names no instruments.
    NoInstruments,
    /// The partnership's stage is not in the pipeline.
    StageUnknown,
    /// Co-financing is asked for, and a partner can bring it.
    CoFinancingBy,
    /// Co-financing is asked for, and pledged or committed money can count as such.
    CoFinancingPledged,
    /// Co-financing is asked for, and nobody can bring it.
    NoCoFinancing,
    /// A partner is the organisation behind the source.
    RunsSource,
    /// The partnership already has a lead with the source, at this status.
    HasLead(LeadStatus),
    /// The need is above the source's largest ticket, which covers this
    /// share of it (in whole percents, 0 to 99).
    PartOfNeed { percent: u8 },
}

/// One part of a score: the factor, its points (negative against), and what
/// was found, which [`Ranking::reason`] puts in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub factor: Factor,
    pub points: i32,
    pub finding: Finding,
}

/// The parts of a match's score, held in place: there are at most five.
#[derive(Clone, Copy, Debug)]
pub struct Parts {
    len: u8,
    items: [Part; 5],
}

impl Default for Parts {
    fn default() -> Self {
        Self {
            len: 0,
            items: [Part {
                factor: Factor::FocusArea,
                points: 0,
                finding: Finding::FocusAny,
            }; 5],
        }
    }
}

impl Parts {
    fn push(&mut self, part: Part) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = part;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Parts {
    type Target = [Part];

    fn deref(&self) -> &[Part] {
        self.items.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

impl<'p> IntoIterator for &'p Parts {
    type Item = &'p Part;
    type IntoIter = std::slice::Iter<'p, Part>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq for Parts {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Parts {}

/// A source that can fund a partnership, with its score and reasons.
#[derive(Clone, Copy, Debug)]
pub struct Match {
    pub source: Id,
    pub partnership: Id,
    /// The sum of the parts' points.
    pub score: i32,
    /// Never empty: the focus-area part is always there.
    pub parts: Parts,
    /// The places of the source and the partnership among the ranking's words.
    place: u32,
    project: u32,
}

/// Matches are equal when they are of the same source and partnership, with
/// the same parts (wherever their words are held).
impl PartialEq for Match {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
            && self.partnership == other.partnership
            && self.score == other.score
            && self.parts == other.parts
    }
}

impl Eq for Match {}

/// A source that cannot fund a partnership. Its blockers are kept as flags,
/// so that judging a whole meeting allocates nothing per blocked pair:
/// [`Ranking::blockers`] gives each as a [`Blocker`], with its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocked {
    pub source: Id,
    /// Never empty.
    pub blockers: Blockers,
}

/// The blockers of one source for one partnership, as flags, with the
/// source's place in the matcher's catalogue (where its words are).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blockers {
    flags: u16,
    source: u32,
}

const COUNTRY: u16 = 1;
const AMOUNT: u16 = 1 << 1;
const NEED_NO_RATE: u16 = 1 << 2;
const SOURCE_NO_RATE: u16 = 1 << 3;
const STAGE_TOO_EARLY: u16 = 1 << 4;
const STAGE_NOT_FUNDED: u16 = 1 << 5;
const APPLICANT: u16 = 1 << 6;
const DEADLINE: u16 = 1 << 7;
const INSTRUMENT: u16 = 1 << 8;

/// The flags in the order blockers are given: country, amount, instruments,
/// rates, stage, applicant types, deadline.
const FLAGS: [u16; 9] = [
    COUNTRY,
    AMOUNT,
    INSTRUMENT,
    NEED_NO_RATE,
    SOURCE_NO_RATE,
    STAGE_TOO_EARLY,
    STAGE_NOT_FUNDED,
    APPLICANT,
    DEADLINE,
];

impl Blockers {
    /// How many blockers there are; never none.
    pub fn len(self) -> usize {
        self.flags.count_ones() as usize
    }

    /// Never true for the blockers of a [`Blocked`].
    pub fn is_empty(self) -> bool {
        self.flags == 0
    }
}

/// The sources for one partnership: matches best first (ties by source name,
/// then id), then the blocked ones in catalogue order. (Or the partnerships
/// for one source: see [`Matcher::reverse`].) It holds the words its matches
/// and blockers show: [`Ranking::reason`] and [`Ranking::blockers`] write them.
#[derive(Clone, Debug, Default)]
pub struct Ranking {
    pub matches: Vec<Match>,
    pub blocked: Vec<Blocked>,
    /// The words of the catalogue's sources, by place, and of the partnership.
    words: Option<Arc<Words>>,
}

impl Ranking {
    /// The blockers of `blocked` (one of [`Ranking::blocked`]), in a fixed
    /// order: country, amount, rates, stage, applicant types, deadline.
    pub fn blockers(&self, blocked: &Blocked) -> impl Iterator<Item = Blocker> + '_ {
        let flags = blocked.blockers.flags;
        let words = self.words.as_deref();
        let source = words.and_then(|w| w.sources.get(blocked.blockers.source as usize));
        let project = words.and_then(|w| w.projects.first());
        FLAGS
            .into_iter()
            .filter(move |flag| flags & flag != 0)
            .filter_map(move |flag| blocker(flag, source?, project?))
    }

    /// The sentence that explains `part`, one of the parts of `m` (one of
    /// [`Ranking::matches`]).
    pub fn reason(&self, m: &Match, part: &Part) -> String {
        let words = self.words.as_deref();
        let source = words.and_then(|w| w.sources.get(m.place as usize)).map(|s| &**s);
        match words.and_then(|w| w.projects.get(m.project as usize)) {
            Some(project) => reason(*part, source, project),
            None => String::new(),
        }
    }

    /// The blockers of `source`, if it is blocked.
    pub fn blockers_of(&self, source: Id) -> Option<Vec<Blocker>> {
        let blocked = self.blocked.iter().find(|b| b.source == source)?;
        Some(self.blockers(blocked).collect())
    }
}

/// Rankings are equal when they hold the same matches and the same blocked
/// sources for the same reasons.
impl PartialEq for Ranking {
    fn eq(&self, other: &Self) -> bool {
        self.matches == other.matches
            && self.blocked.len() == other.blocked.len()
            && self
                .blocked
                .iter()
                .zip(&other.blocked)
                .all(|(a, b)| a.source == b.source && self.blockers(a).eq(other.blockers(b)))
    }
}

impl Eq for Ranking {}

/// One share of a blended plan: how much one source would give, in the
/// source's own currency and in the need's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub source: Id,
    /// Within the source's ticket range, in its currency.
    pub amount: Money,
    pub in_need_currency: u64,
}

/// A proposal covering what remains of a need, once pledged and committed
/// money is counted, from several compatible sources.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Pledged and committed already, in the need's currency (at most the need).
    pub covered: u64,
    pub shares: Vec<Share>,
    /// What neither that money nor any compatible source covers, in the need's currency.
    pub gap: u64,
}

/// The sources of `doc` for `partnership`, judged on `today`.
pub fn matches_for(doc: &Document, partnership: &Partnership, today: NaiveDate) -> Ranking {
    Matcher::new(doc, today).rank(partnership)
}

#[cfg(test)]
mod tests;
