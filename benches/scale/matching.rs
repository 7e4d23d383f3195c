//! Every partnership of the meeting matched against every funding source: the
//! matcher is built (it indexes the organisations, leads, rates and the
//! catalogue's blockers) and ranks every partnership, on the machine's cores.

use std::time::{Duration, Instant};

use majlis::model::matching::Matcher;

use crate::table::{Figure, Row};
use crate::{Error, Subject, row};

/// `runs` full matchings of each subject in turn, judged on the meeting's
/// middle day. Every source must be judged for every partnership, and some
/// must match.
pub fn measure(subjects: &[Subject; 2], runs: usize) -> Result<Row, Error> {
    let name = "Full matching";
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for (subject, samples) in subjects.iter().zip(&mut samples) {
            let doc = &subject.doc;
            let start = Instant::now();
            let matcher = Matcher::new(doc, subject.now.date());
            let rankings = matcher.rank_all();
            samples.push(start.elapsed());
            let judged = rankings
                .iter()
                .all(|r| r.matches.len() + r.blocked.len() == doc.funding_sources.len());
            let found: usize = rankings.iter().map(|r| r.matches.len()).sum();
            if !judged || found == 0 {
                return Err(format!(
                    "{name} at scale {}: {found} matches, every source judged: {judged}",
                    subject.scale
                )
                .into());
            }
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}
