//! The shortlist of prospects: every organisation of the meeting (all of
//! them attended, so confirmed) against as many generated prospects, ranked
//! by complementarity, resources, gaps and track record. The target is 50 ms
//! for 2,000 prospects against 2,000 confirmed organisations.

use std::time::{Duration, Instant};

use majlis::model::invitations::shortlist::shortlist;

use crate::table::{Figure, Row};
use crate::{Error, Subject, row};

/// `runs` shortlists of each subject in turn, with as many prospects added
/// as it has organisations. Every prospect added must be ranked, and some must score.
pub fn measure(subjects: &[Subject; 2], runs: usize) -> Result<Row, Error> {
    let name = "Shortlist: as many prospects as confirmed (2,000 against 2,000 at scale 10; target 50 ms)";
    let docs = subjects.each_ref().map(|s| {
        let mut doc = s.doc.clone();
        let count = doc.organisations.len();
        majlis::generate::prospects(&mut doc, count, 1);
        (count, doc)
    });
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for ((subject, (count, doc)), samples) in subjects.iter().zip(&docs).zip(&mut samples) {
            let start = Instant::now();
            let list = shortlist(doc);
            samples.push(start.elapsed());
            if list.len() < *count || list.iter().all(|c| c.score() == 0) {
                return Err(format!(
                    "{name} at scale {}: {} of {count} prospects ranked, best score {}",
                    subject.scale,
                    list.len(),
                    list.first()
                        .map_or(0, majlis::model::invitations::shortlist::Candidate::score)
                )
                .into());
            }
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}
