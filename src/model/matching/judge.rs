//! Judging one source for one partnership: its blockers, or the parts of
//! its score.

use super::columns;
use super::facts::{ProjectFacts, SourceFacts};
use super::keys::Instruments;
use super::matcher::Matcher;
use super::{
    AMOUNT, APPLICANT, COUNTRY, DEADLINE, Factor, Finding, INSTRUMENT, NEED_NO_RATE, Part, Parts,
    SOURCE_NO_RATE, STAGE_NOT_FUNDED, STAGE_TOO_EARLY, points,
};
use crate::model::leads::{self, LeadStatus};

impl Matcher<'_> {
    /// The blockers of `source` for `project` (as flags), or the parts of
    /// its score.
    pub(super) fn judge(source: &SourceFacts, project: &ProjectFacts) -> Result<Parts, u16> {
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
    pub(super) fn judge_at(
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
pub(super) fn need_in(
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
