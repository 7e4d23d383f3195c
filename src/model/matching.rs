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

use chrono::NaiveDate;

use super::{Document, FundingSource, Id, Money, Partnership};

/// Why a source cannot fund a partnership.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// None of the partnership's countries is among those the source funds.
    Country,
    /// The need, converted to the source's currency, is outside its tickets.
    Amount { need: u64, min: u64, max: u64, currency: String },
    /// The partnership is at a stage the source does not fund yet.
    StageTooEarly { stage: String },
    /// No partner is of a type that may apply.
    ApplicantType,
    /// The deadline was before the date of reading.
    DeadlinePassed(NaiveDate),
    /// The need or the source is in a currency with no rate.
    NoRate(String),
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
}

/// One part of a score: the factor, its points (negative against), and the
/// sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub factor: Factor,
    pub points: i32,
    pub reason: String,
}

/// A source that can fund a partnership, with its score and reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub source: Id,
    pub partnership: Id,
    /// The sum of the parts' points.
    pub score: i32,
    pub parts: Vec<Part>,
}

/// A source that cannot fund a partnership, and every reason why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocked {
    pub source: Id,
    pub partnership: Id,
    pub blockers: Vec<Blocker>,
}

/// The sources for one partnership: matches best first (ties by source name,
/// then id), then the blocked ones in catalogue order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranking {
    pub matches: Vec<Match>,
    pub blocked: Vec<Blocked>,
}

/// One share of a blended plan: how much one source would give, in the
/// source's own currency and in the need's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub source: Id,
    pub amount: Money,
    pub in_need_currency: u64,
}

/// A proposal covering a need from several compatible sources.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub shares: Vec<Share>,
    /// What no compatible source can cover, in the need's currency.
    pub gap: u64,
}

/// Judges partnerships against the catalogue of one document on one day.
/// Built once (it indexes the organisations, leads and rates it needs), then
/// asked about each partnership or source: matching every partnership against
/// every source of a large meeting must stay well under a frame's budget
/// for the whole meeting (10 ms for 1,000 partnerships and 300 sources).
pub struct Matcher<'a> {
    doc: &'a Document,
    today: NaiveDate,
}

impl<'a> Matcher<'a> {
    pub fn new(doc: &'a Document, today: NaiveDate) -> Self {
        Self { doc, today }
    }

    /// The sources for `partnership`.
    pub fn rank(&self, partnership: &Partnership) -> Ranking {
        let _ = (self.doc, self.today, partnership);
        Ranking::default()
    }

    /// The partnerships `source` could fund, best first, with the same reasons.
    pub fn reverse(&self, source: &FundingSource) -> Vec<Match> {
        let _ = source;
        Vec::new()
    }

    /// A blended plan for `partnership`'s need from the matches of `ranking`.
    pub fn plan(&self, partnership: &Partnership, ranking: &Ranking) -> Plan {
        let _ = (partnership, ranking);
        Plan::default()
    }
}

/// The sources of `doc` for `partnership`, judged on `today`.
pub fn matches_for(doc: &Document, partnership: &Partnership, today: NaiveDate) -> Ranking {
    Matcher::new(doc, today).rank(partnership)
}
