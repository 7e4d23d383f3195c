//! The words that explain the parts of a score and the blockers: held once
//! for a whole ranking, put in sentences only when asked.

use std::sync::Arc;

use chrono::NaiveDate;

use super::keys::Instruments;
use super::{
    AMOUNT, APPLICANT, COUNTRY, Finding, INSTRUMENT, NEED_NO_RATE, Part, SOURCE_NO_RATE, STAGE_NOT_FUNDED,
    STAGE_TOO_EARLY,
};
use crate::model::leads::{self, LeadStatus};
use crate::tr;

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
    ///
    /// [`Factor::Amount`]: super::Factor::Amount
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

/// The words that the parts and blockers of a ranking show: its sources'
/// and its partnerships', held once for all its matches.
#[derive(Debug)]
pub(super) struct Words {
    /// The words of the sources, by place.
    pub(super) sources: Arc<[Arc<SourceWords>]>,
    /// The words of the partnerships, by place.
    pub(super) projects: Vec<Arc<ProjectWords>>,
}

/// The sentence that explains `part`, with the words of `s` (the source)
/// and `p` (the partnership).
pub(super) fn reason(part: Part, s: Option<&SourceWords>, p: &ProjectWords) -> String {
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

/// The blocker `flag` of source words `s` for project words `p`.
pub(super) fn blocker(flag: u16, s: &SourceWords, p: &ProjectWords) -> Option<Blocker> {
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
pub(super) struct SourceWords {
    pub(super) country_codes: Arc<[String]>,
    /// The labels of its focus areas.
    pub(super) focus_labels: Arc<[String]>,
    /// The name of the organisation behind it.
    pub(super) runner: Option<Arc<str>>,
    pub(super) stage_labels: Arc<[String]>,
    /// The label of the earliest stage it funds.
    pub(super) earliest: Arc<str>,
    pub(super) type_labels: Arc<[String]>,
    pub(super) currency: Arc<str>,
    pub(super) currency_id: u32,
    pub(super) usd_per_unit: Option<f64>,
    pub(super) ticket_min: u64,
    pub(super) ticket_max: u64,
    pub(super) deadline: Option<NaiveDate>,
    pub(super) instruments: Instruments,
}

/// The words of one partnership that blockers show.
#[derive(Debug)]
pub(super) struct ProjectWords {
    pub(super) country_codes: Arc<[String]>,
    pub(super) from_partners: bool,
    pub(super) stage_label: Arc<str>,
    /// The label of its thrust area.
    pub(super) area_label: Arc<str>,
    /// The name of the partner who can bring co-financing.
    pub(super) co_financier: Option<Arc<str>>,
    pub(super) type_labels: Arc<[String]>,
    pub(super) need: Option<NeedWords>,
    /// The kinds of money it seeks; none when it has not said.
    pub(super) sought: Instruments,
}

/// A partnership's need, as blockers show it and as the amount is judged.
#[derive(Debug)]
pub(super) struct NeedWords {
    pub(super) amount: u64,
    pub(super) currency: Arc<str>,
    /// The currency's id among the sources' ones.
    pub(super) currency_id: Option<u32>,
    pub(super) usd_per_unit: Option<f64>,
}
