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

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::leads::{self, FinancingLead, LeadStatus};
use super::{Document, FundingSource, Id, Instrument, Money, Organisation, Partnership, Vocabularies};
use crate::tr;

mod columns;

use columns::Columns;

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

/// Why a source cannot fund a partnership. Each holds what its sentence
/// needs; [`Blocker::describe`] writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// None of the partnership's countries is among those the source funds.
    Country {
        /// The source's eligible countries (ISO codes).
        funds: Arc<[String]>,
        /// The countries that count for the partnership.
        project: Arc<[String]>,
        /// Whether those are its partners' countries, as it names none itself.
        from_partners: bool,
    },
    /// The need, converted to the source's currency, is below its smallest
    /// ticket. (A need above the largest ticket does not block: see
    /// [`Factor::Amount`].)
    Amount {
        /// The need as the partnership states it.
        asked: u64,
        asked_currency: Arc<str>,
        /// The need in the source's currency.
        need: u64,
        /// The smallest ticket.
        min: u64,
        /// The source's currency.
        currency: Arc<str>,
    },
    /// The project seeks kinds of money the source does not offer (an
    /// equity investment from a donor that only gives grants).
    Instruments {
        offered: Instruments,
        sought: Instruments,
    },
    /// The partnership is at a stage before every stage the source funds.
    StageTooEarly {
        /// The label of the partnership's stage.
        stage: Arc<str>,
        /// The label of the earliest stage the source funds.
        earliest: Arc<str>,
    },
    /// The partnership is at a stage the source does not fund, past the earliest it does.
    StageNotFunded {
        stage: Arc<str>,
        /// The labels of the stages the source funds.
        funded: Arc<[String]>,
    },
    /// No partner is of a type that may apply.
    ApplicantType {
        /// Labels of the stakeholder types that may apply.
        allowed: Arc<[String]>,
        /// Labels of the partners' types.
        partners: Arc<[String]>,
    },
    /// The deadline was before the date of reading.
    DeadlinePassed(NaiveDate),
    /// The need or the source is in a currency with no rate.
    NoRate(Arc<str>),
}

impl Blocker {
    /// The blocker in words, such as "Funds only EG, JO; the project is in LB, SY".
    pub fn describe(&self) -> String {
        match self {
            Self::Instruments { offered, sought } => tr!(
                "matching-blocked-instruments",
                offered = offered.labels(),
                sought = sought.labels()
            ),
            Self::Country {
                funds,
                project,
                from_partners,
            } => {
                let (funds, project) = (funds.join(", "), project.join(", "));
                if *from_partners {
                    tr!(
                        "matching-blocked-country-partners",
                        funds = funds,
                        countries = project
                    )
                } else {
                    tr!("matching-blocked-country", funds = funds, countries = project)
                }
            }
            Self::Amount {
                asked,
                asked_currency,
                min,
                currency,
                ..
            } => tr!(
                "matching-blocked-amount-below",
                need_currency = asked_currency.to_string(),
                need = *asked,
                currency = currency.to_string(),
                min = *min
            ),
            Self::StageTooEarly { stage, earliest } => tr!(
                "matching-blocked-stage-too-early",
                earliest = earliest.to_string(),
                stage = stage.to_string()
            ),
            Self::StageNotFunded { stage, funded } => tr!(
                "matching-blocked-stage-not-funded",
                funded = funded.join(", "),
                stage = stage.to_string()
            ),
            Self::ApplicantType { allowed, partners } => tr!(
                "matching-blocked-applicant",
                allowed = allowed.join(", "),
                partners = partners.join(", ")
            ),
            Self::DeadlinePassed(date) => {
                tr!(
                    "matching-blocked-deadline",
                    date = date.format("%Y-%m-%d").to_string()
                )
            }
            Self::NoRate(currency) => tr!("matching-blocked-no-rate", currency = currency.to_string()),
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

    const EARLY: Self = Self(
        (1 << 0) // grant
            | (1 << 4) // technical assistance
            | (1 << 5) // in kind
            | (1 << 6), // seed money
    );
    const LATER: Self = Self((1 << 1) | (1 << 2) | (1 << 3)); // loan, guarantee, equity

    fn and(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// One bit per instrument, in the order of [`Instrument`]'s declaration.
    fn bits(self) -> u8 {
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
    fn labels(self) -> String {
        self.iter().map(Instrument::label).collect::<Vec<_>>().join(", ")
    }
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

/// The words that the parts and blockers of a ranking show: its sources'
/// and its partnerships', held once for all its matches.
#[derive(Debug)]
struct Words {
    /// The words of the sources, by place.
    sources: Arc<[Arc<SourceWords>]>,
    /// The words of the partnerships, by place.
    projects: Vec<Arc<ProjectWords>>,
}

/// The sentence that explains `part`, with the words of `s` (the source)
/// and `p` (the partnership).
fn reason(part: Part, s: Option<&SourceWords>, p: &ProjectWords) -> String {
    let source_currency = s.map_or("", |s| &*s.currency);
    match part.finding {
        Finding::FocusListed => tr!("matching-focus-listed", area = p.area_label.to_string()),
        Finding::FocusAny => tr!("matching-focus-any"),
        Finding::FocusOther => tr!(
            "matching-focus-other",
            funded = s.map_or_else(String::new, |s| s.focus_labels.join(", ")),
            area = p.area_label.to_string()
        ),
        Finding::NoThrustArea => tr!("matching-focus-none"),
        Finding::InstrumentsSuit(instruments) => tr!(
            "matching-instruments-suit",
            instruments = instruments.labels(),
            count = instruments.len(),
            stage = p.stage_label.to_string()
        ),
        Finding::InstrumentsForLater(instruments) => tr!(
            "matching-instruments-later",
            instruments = instruments.labels(),
            count = instruments.len(),
            stage = p.stage_label.to_string()
        ),
        Finding::InstrumentsForEarlier(instruments) => tr!(
            "matching-instruments-earlier",
            instruments = instruments.labels(),
            count = instruments.len(),
            stage = p.stage_label.to_string()
        ),
        Finding::NoInstruments => tr!("matching-instruments-none"),
        Finding::StageUnknown => tr!("matching-stage-unknown"),
        Finding::CoFinancingBy => tr!(
            "matching-co-financing-partner",
            partner = p.co_financier.as_deref().unwrap_or_default().to_string()
        ),
        Finding::CoFinancingPledged => tr!("matching-co-financing-pledged"),
        Finding::NoCoFinancing => tr!("matching-co-financing-missing"),
        Finding::RunsSource => tr!(
            "matching-linked-organisation",
            partner = s
                .and_then(|s| s.runner.as_deref())
                .unwrap_or_default()
                .to_string()
        ),
        Finding::HasLead(LeadStatus::Declined) => tr!("matching-linked-declined"),
        Finding::HasLead(status) => tr!("matching-linked-lead", status = status.label()),
        Finding::PartOfNeed { percent } => tr!(
            "matching-amount-part",
            currency = source_currency.to_string(),
            max = s.map_or(0, |s| s.ticket_max),
            percent = percent.to_string()
        ),
    }
}

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

/// The blocker `flag` of source words `s` for project words `p`.
fn blocker(flag: u16, s: &SourceWords, p: &ProjectWords) -> Option<Blocker> {
    Some(match flag {
        COUNTRY => Blocker::Country {
            funds: Arc::clone(&s.country_codes),
            project: Arc::clone(&p.country_codes),
            from_partners: p.from_partners,
        },
        AMOUNT => {
            let need = p.need.as_ref()?;
            let converted = if need.currency_id == Some(s.currency_id) {
                need.amount
            } else {
                leads::through_dollar(need.amount, need.usd_per_unit?, s.usd_per_unit?)
            };
            Blocker::Amount {
                asked: need.amount,
                asked_currency: Arc::clone(&need.currency),
                need: converted,
                min: s.ticket_min,
                currency: Arc::clone(&s.currency),
            }
        }
        INSTRUMENT => Blocker::Instruments {
            offered: s.instruments,
            sought: p.sought,
        },
        NEED_NO_RATE => Blocker::NoRate(Arc::clone(&p.need.as_ref()?.currency)),
        SOURCE_NO_RATE => Blocker::NoRate(Arc::clone(&s.currency)),
        STAGE_TOO_EARLY => Blocker::StageTooEarly {
            stage: Arc::clone(&p.stage_label),
            earliest: Arc::clone(&s.earliest),
        },
        STAGE_NOT_FUNDED => Blocker::StageNotFunded {
            stage: Arc::clone(&p.stage_label),
            funded: Arc::clone(&s.stage_labels),
        },
        APPLICANT => Blocker::ApplicantType {
            allowed: Arc::clone(&s.type_labels),
            partners: Arc::clone(&p.type_labels),
        },
        _ => Blocker::DeadlinePassed(s.deadline?),
    })
}

/// The words of one source that its blockers show.
#[derive(Debug)]
struct SourceWords {
    country_codes: Arc<[String]>,
    /// The labels of its focus areas.
    focus_labels: Arc<[String]>,
    /// The name of the organisation behind it.
    runner: Option<Arc<str>>,
    stage_labels: Arc<[String]>,
    /// The label of the earliest stage it funds.
    earliest: Arc<str>,
    type_labels: Arc<[String]>,
    currency: Arc<str>,
    currency_id: u32,
    usd_per_unit: Option<f64>,
    ticket_min: u64,
    ticket_max: u64,
    deadline: Option<NaiveDate>,
    instruments: Instruments,
}

/// The words of one partnership that blockers show.
#[derive(Debug)]
struct ProjectWords {
    country_codes: Arc<[String]>,
    from_partners: bool,
    stage_label: Arc<str>,
    /// The label of its thrust area.
    area_label: Arc<str>,
    /// The name of the partner who can bring co-financing.
    co_financier: Option<Arc<str>>,
    type_labels: Arc<[String]>,
    need: Option<NeedWords>,
    /// The kinds of money it seeks; none when it has not said.
    sought: Instruments,
}

/// A partnership's need, as blockers show it and as the amount is judged.
#[derive(Debug)]
struct NeedWords {
    amount: u64,
    currency: Arc<str>,
    /// The currency's id among the sources' ones.
    currency_id: Option<u32>,
    usd_per_unit: Option<f64>,
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

/// What the matcher knows of one source, worked out once.
struct SourceFacts<'a> {
    source: &'a FundingSource,
    /// What judging needs of the source itself, held in place.
    brief: Brief,
    /// Position of the source in name order (ties by id), for ordering matches.
    order: u32,
    countries: Set,
    focus: Set,
    stages: Set,
    /// The position of the earliest eligible stage in the pipeline.
    earliest: Option<usize>,
    types: Set,
    usd_per_unit: Option<f64>,
    /// The currency's id: needs in the same currency need no rate.
    currency: u32,
    deadline_passed: bool,
    instruments: Instruments,
    words: Arc<SourceWords>,
}

/// The fields of a source that judging reads, copied beside its facts.
#[derive(Clone, Copy)]
#[expect(clippy::struct_excessive_bools, reason = "independent facts of a source")]
struct Brief {
    id: Id,
    organisation: Option<Id>,
    ticket_min: u64,
    ticket_max: u64,
    co_financing_required: bool,
    /// Whether it names eligible countries, applicant types, focus areas.
    has_countries: bool,
    has_types: bool,
    has_focus: bool,
}

/// What the matcher knows of one partnership, worked out once per question.
#[expect(clippy::struct_excessive_bools, reason = "independent facts of a partnership")]
struct ProjectFacts<'a> {
    countries: Set,
    /// Whether any country, any partner's type counts for it.
    has_countries: bool,
    has_types: bool,
    /// The thrust area's key id (`None` when no source lists it) and label.
    area: Option<u32>,
    has_area: bool,
    stage: Option<u32>,
    stage_position: Option<usize>,
    has_stage: bool,
    types: Set,
    /// The kinds of money it seeks; none when it has not said.
    sought: Instruments,
    /// Need: amount, its currency's id among the sources', and the worth of
    /// a unit of its currency in dollars.
    need: Option<(u64, Option<u32>, Option<f64>)>,
    /// The need in each currency of the catalogue, by id, or the flags of
    /// the rates missing to convert it.
    need_in: Vec<Result<u64, u16>>,
    organisations: Vec<Id>,
    co_financing: Option<Finding>,
    leads: &'a [&'a FinancingLead],
    words: Arc<ProjectWords>,
}

/// Strings turned into small numbers, so that sets compare without text.
/// Keys are compared trimmed and without regard to case; each is also kept
/// as written, so that looking up a key written as before allocates nothing.
#[derive(Clone, Default)]
struct Interner {
    ids: HashMap<String, u32>,
    next: u32,
}

impl Interner {
    fn intern(&mut self, key: &str) -> u32 {
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

    fn set(&mut self, keys: &[String]) -> Set {
        let mut set = Set::default();
        for key in keys.iter().filter(|k| !k.trim().is_empty()) {
            set.insert(self.intern(key));
        }
        set
    }

    fn get(&self, key: &str) -> Option<u32> {
        match self.ids.get(key) {
            Some(id) => Some(*id),
            None => self.ids.get(&normal(key)).copied(),
        }
    }

    /// The ids of the keys already known (unknown ones cannot be in any set).
    fn known(&self, keys: impl Iterator<Item = impl AsRef<str>>) -> Set {
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
struct Set {
    bits: u64,
    rest: Vec<u32>,
}

impl Set {
    fn insert(&mut self, id: u32) {
        if id < 64 {
            self.bits |= 1 << id;
        } else if let Err(at) = self.rest.binary_search(&id) {
            self.rest.insert(at, id);
        }
    }

    fn contains(&self, id: u32) -> bool {
        if id < 64 {
            self.bits & (1 << id) != 0
        } else {
            self.rest.binary_search(&id).is_ok()
        }
    }

    fn is_empty(&self) -> bool {
        self.bits == 0 && self.rest.is_empty()
    }

    /// The ids, smallest first.
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        let bits = self.bits;
        (0..64u32)
            .filter(move |id| bits & (1 << id) != 0)
            .chain(self.rest.iter().copied())
    }

    /// Whether the two sets share an id.
    fn meets(&self, other: &Self) -> bool {
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

/// Judges partnerships against the catalogue of one document on one day.
/// Built once (it indexes the organisations, leads and rates it needs), then
/// asked about each partnership or source: matching every partnership against
/// every source of a large meeting must stay well under a frame's budget
/// for the whole meeting (10 ms for 1,000 partnerships and 300 sources).
pub struct Matcher<'a> {
    doc: &'a Document,
    today: NaiveDate,
    organisations: HashMap<Id, &'a Organisation>,
    leads: HashMap<Id, Vec<&'a FinancingLead>>,
    stage_positions: HashMap<&'a str, usize>,
    countries: Interner,
    areas: Interner,
    stages: Interner,
    types: Interner,
    currencies: Interner,
    sources: Vec<SourceFacts<'a>>,
    /// Index in `sources` by source id.
    by_id: HashMap<Id, usize>,
    /// The words of `sources`, in the same order, shared by the rankings.
    source_words: Arc<[Arc<SourceWords>]>,
    /// The worth of a unit of each of the sources' currencies in dollars, by id.
    currency_usd: Vec<Option<f64>>,
    /// The blockers of `sources` by column.
    columns: Columns,
}

impl<'a> Matcher<'a> {
    pub fn new(doc: &'a Document, today: NaiveDate) -> Self {
        let mut leads: HashMap<Id, Vec<&FinancingLead>> = HashMap::new();
        for lead in &doc.leads {
            leads.entry(lead.partnership).or_default().push(lead);
        }
        let mut matcher = Self {
            doc,
            today,
            organisations: doc.organisations.iter().map(|o| (o.id, &**o)).collect(),
            leads,
            stage_positions: doc
                .vocabularies
                .stages
                .iter()
                .enumerate()
                .map(|(i, t)| (t.key.as_str(), i))
                .rev()
                .collect(),
            countries: Interner::default(),
            areas: Interner::default(),
            stages: Interner::default(),
            types: Interner::default(),
            currencies: Interner::default(),
            sources: Vec::with_capacity(doc.funding_sources.len()),
            by_id: HashMap::with_capacity(doc.funding_sources.len()),
            source_words: Arc::from([]),
            currency_usd: Vec::new(),
            columns: Columns::default(),
        };
        let mut order: Vec<&FundingSource> = doc.funding_sources.iter().map(AsRef::as_ref).collect();
        order.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        let positions: HashMap<Id, u32> = order
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        for (index, source) in doc.funding_sources.iter().enumerate() {
            let order = positions.get(&source.id).copied().unwrap_or(u32::MAX);
            let facts = matcher.source_facts(source, order);
            matcher.sources.push(facts);
            matcher.by_id.entry(source.id).or_insert(index);
        }
        matcher.source_words = matcher.sources.iter().map(|s| Arc::clone(&s.words)).collect();
        for facts in &matcher.sources {
            let id = facts.currency as usize;
            if matcher.currency_usd.len() <= id {
                matcher.currency_usd.resize(id + 1, None);
            }
            if let Some(usd) = matcher.currency_usd.get_mut(id) {
                *usd = facts.usd_per_unit;
            }
        }
        matcher.columns = Columns::new(&matcher.sources, doc.vocabularies.stages.len());
        matcher
    }

    fn source_facts(&mut self, source: &'a FundingSource, order: u32) -> SourceFacts<'a> {
        let countries = self.countries.set(&source.eligible_countries);
        let focus = self.areas.set(&source.focus_areas);
        let stages = self.stages.set(&source.eligible_stages);
        let types = self.types.set(&source.applicant_types);
        let currency = self.currencies.intern(&source.currency);
        self.facts_with(source, order, [countries, focus, stages, types], currency)
    }

    /// The facts of `source`, given its interned sets.
    fn facts_with<'s>(
        &self,
        source: &'s FundingSource,
        order: u32,
        [countries, focus, stages, types]: [Set; 4],
        currency: u32,
    ) -> SourceFacts<'s> {
        let vocab = &self.doc.vocabularies;
        let labels = |terms: &[super::Term], keys: &[String]| -> Arc<[String]> {
            keys.iter()
                .map(|k| Vocabularies::label(terms, k).to_owned())
                .collect()
        };
        let earliest = source
            .eligible_stages
            .iter()
            .filter_map(|s| self.stage_positions.get(s.as_str()).copied())
            .min();
        let earliest_label = earliest
            .and_then(|i| vocab.stages.get(i))
            .map_or("", |t| t.label.as_str());
        SourceFacts {
            source,
            brief: Brief {
                id: source.id,
                organisation: source.organisation,
                ticket_min: source.ticket_min,
                ticket_max: source.ticket_max,
                co_financing_required: source.co_financing_required,
                has_countries: !countries.is_empty(),
                has_types: !types.is_empty(),
                has_focus: !source.focus_areas.is_empty(),
            },
            order,
            countries,
            focus,
            stages,
            earliest,
            types,
            usd_per_unit: leads::usd_per_unit(&self.doc.rates, &source.currency),
            currency,
            deadline_passed: source.deadline.is_some_and(|d| d < self.today),
            instruments: Instruments::of(&source.instruments),
            words: Arc::new(SourceWords {
                country_codes: source
                    .eligible_countries
                    .iter()
                    .map(|c| c.trim().to_uppercase())
                    .collect(),
                focus_labels: labels(&vocab.thrust_areas, &source.focus_areas),
                runner: source
                    .organisation
                    .and_then(|o| self.organisations.get(&o))
                    .map(|o| Arc::from(o.name.as_str())),
                stage_labels: labels(&vocab.stages, &source.eligible_stages),
                earliest: Arc::from(earliest_label),
                type_labels: labels(&vocab.stakeholder_types, &source.applicant_types),
                instruments: Instruments::of(&source.instruments),
                currency: Arc::from(source.currency.trim()),
                currency_id: currency,
                usd_per_unit: leads::usd_per_unit(&self.doc.rates, &source.currency),
                ticket_min: source.ticket_min,
                ticket_max: source.ticket_max,
                deadline: source.deadline,
            }),
        }
    }

    fn project_facts<'p>(&'p self, partnership: &'p Partnership) -> ProjectFacts<'p> {
        let vocab = &self.doc.vocabularies;
        let mut organisations: Vec<Id> = Vec::with_capacity(partnership.partners.len() + 1);
        for id in partnership
            .lead
            .iter()
            .chain(partnership.partners.iter().map(|p| &p.organisation))
        {
            if !organisations.contains(id) {
                organisations.push(*id);
            }
        }
        let members: Vec<&Organisation> = organisations
            .iter()
            .filter_map(|id| self.organisations.get(id).copied())
            .collect();
        let from_partners = !partnership.countries.iter().any(|c| !c.trim().is_empty());
        let raw: Vec<&str> = if from_partners {
            members.iter().map(|o| o.country.as_str()).collect()
        } else {
            partnership.countries.iter().map(String::as_str).collect()
        };
        let mut codes: Vec<String> = raw
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .map(|c| {
                if c.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
                    c.to_owned()
                } else {
                    c.to_uppercase()
                }
            })
            .collect();
        dedup_in_order(&mut codes);
        let mut type_keys: Vec<&str> = members
            .iter()
            .map(|o| o.stakeholder_type.as_str())
            .filter(|t| !t.trim().is_empty())
            .collect();
        type_keys.dedup();
        let mut type_labels: Vec<String> = type_keys
            .iter()
            .map(|k| Vocabularies::label(&vocab.stakeholder_types, k).to_owned())
            .collect();
        dedup_in_order(&mut type_labels);
        let leads: &[&FinancingLead] = self.leads.get(&partnership.id).map_or(&[], Vec::as_slice);
        let co_financier = members
            .iter()
            .find(|o| matches!(o.stakeholder_type.trim(), "financing" | "private"))
            .map(|o| Arc::<str>::from(o.name.as_str()));
        let co_financing = co_financier.as_ref().map(|_| Finding::CoFinancingBy).or_else(|| {
            leads
                .iter()
                .any(|l| l.status.covers())
                .then_some(Finding::CoFinancingPledged)
        });
        let area = partnership.thrust_area.trim();
        let stage = partnership.stage.trim();
        let need = partnership.financing_need.as_ref().map(|m| NeedWords {
            amount: m.amount,
            currency: Arc::from(m.currency.trim()),
            currency_id: self.currencies.get(&m.currency),
            usd_per_unit: leads::usd_per_unit(&self.doc.rates, &m.currency),
        });
        ProjectFacts {
            countries: self.countries.known(codes.iter()),
            has_countries: !codes.is_empty(),
            has_types: !type_labels.is_empty(),
            area: self.areas.get(area),
            has_area: !area.is_empty(),
            stage: self.stages.get(stage).filter(|_| !stage.is_empty()),
            stage_position: self.stage_positions.get(stage).copied(),
            has_stage: !stage.is_empty(),
            types: self.types.known(type_keys.iter()),
            need_in: need.as_ref().map_or_else(Vec::new, |n| {
                self.currency_usd
                    .iter()
                    .enumerate()
                    .map(|(id, usd)| {
                        let id = u32::try_from(id).unwrap_or(u32::MAX);
                        need_in((n.amount, n.currency_id, n.usd_per_unit), id, *usd)
                    })
                    .collect()
            }),
            need: need.as_ref().map(|n| (n.amount, n.currency_id, n.usd_per_unit)),
            sought: Instruments::of(&partnership.instruments_sought),
            organisations,
            co_financing,
            leads,
            words: Arc::new(ProjectWords {
                country_codes: codes.into(),
                from_partners,
                stage_label: Arc::from(Vocabularies::label(&vocab.stages, stage)),
                area_label: Arc::from(Vocabularies::label(&vocab.thrust_areas, area)),
                co_financier,
                type_labels: type_labels.into(),
                need,
                sought: Instruments::of(&partnership.instruments_sought),
            }),
        }
    }

    /// The blockers of `source` for `project` (as flags), or the parts of
    /// its score.
    fn judge(source: &SourceFacts, project: &ProjectFacts) -> Result<Parts, u16> {
        let s = &source.brief;
        let mut flags = 0;
        if s.has_countries && project.has_countries && !source.countries.meets(&project.countries) {
            flags |= COUNTRY;
        }
        flags |= Self::stage_blocked(source, project);
        if s.has_types && project.has_types && !source.types.meets(&project.types) {
            flags |= APPLICANT;
        }
        let offered = source.instruments;
        if !project.sought.is_empty() && !offered.is_empty() && offered.and(project.sought).is_empty() {
            flags |= INSTRUMENT;
        }
        let need = match project.need {
            Some(need) => match need_in(need, source.currency, source.usd_per_unit) {
                Ok(converted) => {
                    if converted < s.ticket_min {
                        flags |= AMOUNT;
                    }
                    Some(converted)
                }
                Err(missing) => {
                    flags |= missing;
                    None
                }
            },
            None => None,
        };
        if source.deadline_passed {
            flags |= DEADLINE;
        }
        if flags == 0 {
            Ok(Self::parts(source, project, need))
        } else {
            Err(flags)
        }
    }

    /// What [`Self::judge`] says of the source at `index`, with the
    /// blockers that do not depend on amounts read from `open`.
    fn judge_at(
        &self,
        index: usize,
        source: &SourceFacts,
        project: &ProjectFacts,
        open: &columns::Open,
    ) -> Result<Parts, u16> {
        let mut flags = if open.all.contains(index) {
            0
        } else {
            self.columns.flags(index, open)
        };
        let need = match project.need_in.get(source.currency as usize) {
            Some(Ok(converted)) => {
                if *converted < source.brief.ticket_min {
                    flags |= AMOUNT;
                }
                Some(*converted)
            }
            Some(Err(missing)) => {
                flags |= missing;
                None
            }
            None => None,
        };
        if flags == 0 {
            Ok(Self::parts(source, project, need))
        } else {
            Err(flags)
        }
    }

    /// The stage flag of `source` for `project`, or none.
    fn stage_blocked(source: &SourceFacts, project: &ProjectFacts) -> u16 {
        if source.stages.is_empty() || !project.has_stage {
            return 0;
        }
        if project.stage.is_some_and(|stage| source.stages.contains(stage)) {
            return 0;
        }
        match (project.stage_position, source.earliest) {
            (Some(position), Some(earliest)) if position < earliest => STAGE_TOO_EARLY,
            _ => STAGE_NOT_FUNDED,
        }
    }

    /// The parts of the score of `source` for `project`, whose need is
    /// `need` in the source's currency.
    fn parts(source: &SourceFacts, project: &ProjectFacts, need: Option<u64>) -> Parts {
        let s = &source.brief;
        let mut parts = Parts::default();
        let (points, finding) = if !project.has_area {
            (0, Finding::NoThrustArea)
        } else if !s.has_focus {
            (points::FOCUS_ANY, Finding::FocusAny)
        } else if project.area.is_some_and(|a| source.focus.contains(a)) {
            (points::FOCUS_LISTED, Finding::FocusListed)
        } else {
            (points::FOCUS_OTHER, Finding::FocusOther)
        };
        parts.push(Part {
            factor: Factor::FocusArea,
            points,
            finding,
        });
        let (points, finding) = match project.stage_position {
            _ if source.instruments.is_empty() => (0, Finding::NoInstruments),
            None => (0, Finding::StageUnknown),
            Some(position) => {
                let early = position < EARLY_STAGES;
                let (suited, wanted) = if early {
                    (Instruments::EARLY, Instruments::LATER)
                } else {
                    (Instruments::LATER, Instruments::EARLY)
                };
                let fit = source.instruments.and(suited);
                if fit.is_empty() {
                    let instruments = source.instruments.and(wanted);
                    let finding = if early {
                        Finding::InstrumentsForLater(instruments)
                    } else {
                        Finding::InstrumentsForEarlier(instruments)
                    };
                    (points::INSTRUMENT_UNSUITED, finding)
                } else {
                    (points::INSTRUMENT_SUITS, Finding::InstrumentsSuit(fit))
                }
            }
        };
        parts.push(Part {
            factor: Factor::InstrumentForStage,
            points,
            finding,
        });
        if s.co_financing_required {
            let (points, finding) = match project.co_financing {
                Some(finding) => (points::CO_FINANCING, finding),
                None => (points::NO_CO_FINANCING, Finding::NoCoFinancing),
            };
            parts.push(Part {
                factor: Factor::CoFinancing,
                points,
                finding,
            });
        }
        let lead = project
            .leads
            .iter()
            .filter(|l| l.source == Some(s.id))
            .map(|l| l.status)
            .min_by_key(|status| (*status == LeadStatus::Declined, std::cmp::Reverse(*status)));
        let link = match lead {
            Some(status) => Some(Finding::HasLead(status)),
            None => s
                .organisation
                .filter(|o| project.organisations.contains(o) && source.words.runner.is_some())
                .map(|_| Finding::RunsSource),
        };
        if let Some(finding) = link {
            let points = if finding == Finding::HasLead(LeadStatus::Declined) {
                points::DECLINED
            } else {
                points::LINKED
            };
            parts.push(Part {
                factor: Factor::PartnerLinked,
                points,
                finding,
            });
        }
        if let Some(part) = amount_part(source, need) {
            parts.push(part);
        }
        parts
    }

    /// The sources for `partnership`.
    pub fn rank(&self, partnership: &Partnership) -> Ranking {
        let project = self.project_facts(partnership);
        let words = Arc::new(Words {
            sources: Arc::clone(&self.source_words),
            projects: vec![Arc::clone(&project.words)],
        });
        // The matches in the order of the sources, and a key for each: its
        // score (best first) and its source's name order.
        let mut found: Vec<Match> = Vec::with_capacity(self.sources.len());
        let mut keys: Vec<(u64, u32)> = Vec::with_capacity(self.sources.len());
        let mut blocked = Vec::with_capacity(self.sources.len());
        let open = self.columns.open(&project);
        for (index, source) in self.sources.iter().enumerate() {
            let place = u32::try_from(index).unwrap_or(u32::MAX);
            match self.judge_at(index, source, &project, &open) {
                Ok(parts) => {
                    let score: i32 = parts.iter().map(|p| p.points).sum();
                    let worse = u32::try_from(i64::from(i32::MAX) - i64::from(score)).unwrap_or(u32::MAX);
                    let at = u32::try_from(found.len()).unwrap_or(u32::MAX);
                    keys.push(((u64::from(worse) << 32) | u64::from(source.order), at));
                    found.push(Match {
                        source: source.brief.id,
                        partnership: partnership.id,
                        score,
                        parts,
                        place,
                        project: 0,
                    });
                }
                Err(flags) => blocked.push(Blocked {
                    source: source.brief.id,
                    blockers: Blockers { flags, source: place },
                }),
            }
        }
        keys.sort_unstable();
        let mut matches = Vec::with_capacity(keys.len());
        for (_, at) in &keys {
            if let Some(m) = found.get(*at as usize) {
                matches.push(*m);
            }
        }
        Ranking {
            matches,
            blocked,
            words: Some(words),
        }
    }

    /// The sources for every partnership of the document, in the document's
    /// order. The partnerships are shared among the machine's cores, each
    /// ranked as [`Self::rank`] does.
    pub fn rank_all(&self) -> Vec<Ranking> {
        let partnerships = &self.doc.partnerships;
        // A thread is worth starting for a few dozen partnerships at least.
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .min(partnerships.len() / 32)
            .max(1);
        let rank =
            |part: &[Arc<Partnership>]| -> Vec<Ranking> { part.iter().map(|p| self.rank(p)).collect() };
        if threads == 1 {
            return rank(partnerships);
        }
        let chunk = partnerships.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = partnerships
                .chunks(chunk)
                .map(|part| scope.spawn(move || rank(part)))
                .collect();
            let mut all = Vec::with_capacity(partnerships.len());
            for handle in handles {
                match handle.join() {
                    Ok(rankings) => all.extend(rankings),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            all
        })
    }

    /// The partnerships `source` could fund, best first (ties by title, then
    /// id), with the same reasons, as the matches of a ranking (with no
    /// blocked sources).
    pub fn reverse(&self, source: &FundingSource) -> Ranking {
        // The source as given (it may be an edited copy), with the catalogue's interned keys.
        let mut facts = match self.by_id.get(&source.id).and_then(|i| self.sources.get(*i)) {
            Some(known) if *known.source == *source => Self::clone_facts(known),
            _ => self.fresh_facts(source),
        };
        facts.order = 0;
        let mut projects = Vec::new();
        let mut found: Vec<(&Partnership, Match)> = Vec::new();
        for p in &self.doc.partnerships {
            let project = self.project_facts(p);
            let Ok(parts) = Self::judge(&facts, &project) else {
                continue;
            };
            found.push((
                &**p,
                Match {
                    source: source.id,
                    partnership: p.id,
                    score: parts.iter().map(|p| p.points).sum(),
                    parts,
                    place: 0,
                    project: u32::try_from(projects.len()).unwrap_or(u32::MAX),
                },
            ));
            projects.push(project.words);
        }
        found.sort_by(|(a, x), (b, y)| {
            y.score
                .cmp(&x.score)
                .then_with(|| a.title.cmp(&b.title))
                .then(a.id.cmp(&b.id))
        });
        Ranking {
            matches: found.into_iter().map(|(_, m)| m).collect(),
            blocked: Vec::new(),
            words: Some(Arc::new(Words {
                sources: Arc::from([Arc::clone(&facts.words)]),
                projects,
            })),
        }
    }

    fn clone_facts(known: &SourceFacts<'a>) -> SourceFacts<'a> {
        SourceFacts {
            source: known.source,
            brief: known.brief,
            order: known.order,
            countries: known.countries.clone(),
            focus: known.focus.clone(),
            stages: known.stages.clone(),
            earliest: known.earliest,
            types: known.types.clone(),
            usd_per_unit: known.usd_per_unit,
            currency: known.currency,
            deadline_passed: known.deadline_passed,
            instruments: known.instruments,
            words: Arc::clone(&known.words),
        }
    }

    /// Facts of a source that is not (or not as given) in the catalogue. Keys
    /// the catalogue never used get ids of their own, beyond every known one.
    fn fresh_facts<'s>(&self, source: &'s FundingSource) -> SourceFacts<'s> {
        let set = |interner: &Interner, keys: &[String]| -> Set { interner.clone().set(keys) };
        let sets = [
            set(&self.countries, &source.eligible_countries),
            set(&self.areas, &source.focus_areas),
            set(&self.stages, &source.eligible_stages),
            set(&self.types, &source.applicant_types),
        ];
        let currency = self.currencies.clone().intern(&source.currency);
        self.facts_with(source, 0, sets, currency)
    }

    /// A blended plan for `partnership`'s need from the matches of
    /// `ranking` (never from a blocked source), in their order, best first.
    /// Pledged and committed leads count first (as [`leads::coverage`]
    /// counts them), and their sources are not asked again. Each source then
    /// takes as much of what remains as its tickets allow; a source whose
    /// smallest ticket is above what remains is skipped; the shares never
    /// sum past the need, and what they leave is the gap.
    pub fn plan(&self, partnership: &Partnership, ranking: &Ranking) -> Plan {
        let Some(need) = &partnership.financing_need else {
            return Plan::default();
        };
        let leads: &[&FinancingLead] = self.leads.get(&partnership.id).map_or(&[], Vec::as_slice);
        let covered = leads::coverage(need, leads.iter().copied(), &self.doc.rates)
            .covered
            .min(need.amount);
        let mut remaining = need.amount - covered;
        let mut shares = Vec::new();
        for m in &ranking.matches {
            if remaining == 0 {
                break;
            }
            if leads
                .iter()
                .any(|l| l.source == Some(m.source) && l.status.covers())
            {
                continue;
            }
            let Some(facts) = self.by_id.get(&m.source).and_then(|i| self.sources.get(*i)) else {
                continue;
            };
            let s = facts.source;
            let Some(left) = leads::convert(&self.doc.rates, remaining, &need.currency, &s.currency) else {
                continue;
            };
            if s.ticket_min > left || s.ticket_max < s.ticket_min {
                continue;
            }
            let take = left.min(s.ticket_max);
            if take == 0 {
                continue;
            }
            let in_need_currency = if take == left {
                remaining
            } else {
                leads::convert(&self.doc.rates, take, &s.currency, &need.currency)
                    .unwrap_or(0)
                    .min(remaining)
            };
            remaining -= in_need_currency;
            shares.push(Share {
                source: s.id,
                amount: Money {
                    amount: take,
                    currency: s.currency.clone(),
                },
                in_need_currency,
            });
        }
        Plan {
            covered,
            shares,
            gap: remaining,
        }
    }
}

/// The amount part of `source` for a need of `need` in its currency: only
/// when the need is above its largest ticket.
fn amount_part(source: &SourceFacts, need: Option<u64>) -> Option<Part> {
    let s = &source.brief;
    let need = need.filter(|n| *n > s.ticket_max)?;
    // Rounded, but never to the whole need, which it does not cover.
    let percent = (u128::from(s.ticket_max) * 100 + u128::from(need) / 2) / u128::from(need);
    Some(Part {
        factor: Factor::Amount,
        points: points::amount(s.ticket_max, need),
        finding: Finding::PartOfNeed {
            percent: u8::try_from(percent.min(99)).unwrap_or(99),
        },
    })
}

/// A need of `amount` in the currency of id `currency` (worth `usd` dollars a
/// unit) in the currency of id `to` (worth `to_usd`), or the flags of the
/// rates missing to convert it.
fn need_in(
    (amount, currency, usd): (u64, Option<u32>, Option<f64>),
    to: u32,
    to_usd: Option<f64>,
) -> Result<u64, u16> {
    if currency == Some(to) {
        return Ok(amount);
    }
    match (usd, to_usd) {
        (Some(from), Some(to)) => Ok(leads::through_dollar(amount, from, to)),
        (from, to) => {
            Err(if from.is_none() { NEED_NO_RATE } else { 0 } | if to.is_none() { SOURCE_NO_RATE } else { 0 })
        }
    }
}

/// How many of the pipeline's first stages count as early.
const EARLY_STAGES: usize = 2;

fn dedup_in_order(items: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::with_capacity(items.len());
    items.retain(|item| {
        if seen.contains(item) {
            false
        } else {
            seen.push(item.clone());
            true
        }
    });
}

/// The sources of `doc` for `partnership`, judged on `today`.
pub fn matches_for(doc: &Document, partnership: &Partnership, today: NaiveDate) -> Ranking {
    Matcher::new(doc, today).rank(partnership)
}

#[cfg(test)]
mod tests;
