//! The matcher: built once for a document and a day, then asked about
//! partnerships and sources.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::columns::Columns;
use super::facts::SourceFacts;
use super::keys::Interner;
use super::words::{SourceWords, Words};
use super::{Blocked, Blockers, Match, Plan, Ranking, Share};
use crate::model::leads::{self, FinancingLead};
use crate::model::{Document, FundingSource, Id, Money, Organisation, Partnership};

/// Judges partnerships against the catalogue of one document on one day.
/// Built once (it indexes the organisations, leads and rates it needs), then
/// asked about each partnership or source: matching every partnership against
/// every source of a large meeting must stay well under a frame's budget
/// for the whole meeting (10 ms for 1,000 partnerships and 300 sources).
pub struct Matcher<'a> {
    pub(super) doc: &'a Document,
    pub(super) today: NaiveDate,
    pub(super) organisations: HashMap<Id, &'a Organisation>,
    pub(super) leads: HashMap<Id, Vec<&'a FinancingLead>>,
    pub(super) stage_positions: HashMap<&'a str, usize>,
    pub(super) countries: Interner,
    pub(super) areas: Interner,
    pub(super) stages: Interner,
    pub(super) types: Interner,
    pub(super) currencies: Interner,
    pub(super) sources: Vec<SourceFacts<'a>>,
    /// Index in `sources` by source id.
    pub(super) by_id: HashMap<Id, usize>,
    /// The words of `sources`, in the same order, shared by the rankings.
    pub(super) source_words: Arc<[Arc<SourceWords>]>,
    /// The worth of a unit of each of the sources' currencies in dollars, by id.
    pub(super) currency_usd: Vec<Option<f64>>,
    /// The blockers of `sources` by column.
    pub(super) columns: Columns,
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
