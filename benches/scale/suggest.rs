//! Partners suggested for one organisation, as its profile in the registry
//! asks for them: every other organisation of the meeting is scored against it.

use std::time::{Duration, Instant};

use majlis::model::suggest::suggestions;
use majlis::model::{Document, Id};

use crate::table::{Figure, Row};
use crate::{Error, Subject, row};

/// Suggestions asked for, as the profile shows them.
const LIMIT: usize = 5;
/// Organisations asked about in turn, spread over the registry.
const ORGANISATIONS: usize = 20;

/// `runs` calls of `suggestions` on each subject in turn, each for the next of
/// a few organisations; every call must suggest someone.
pub fn measure(subjects: &[Subject; 2], runs: usize) -> Result<Row, Error> {
    let name = "Suggestions for one organisation";
    let [small, large] = subjects;
    let asked = [spread(&small.doc), spread(&large.doc)];
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for run in 0..runs {
        for ((subject, asked), samples) in subjects.iter().zip(&asked).zip(&mut samples) {
            let Some(&org) = asked.get(run % asked.len().max(1)) else {
                return Err(format!(
                    "{name} at scale {}: the meeting has no organisations",
                    subject.scale
                )
                .into());
            };
            let start = Instant::now();
            let found = suggestions(&subject.doc, org, LIMIT);
            samples.push(start.elapsed());
            let wrong = if found.is_empty() {
                Some("none".to_owned())
            } else if found.len() > LIMIT || found.iter().any(|s| s.organisation == org || s.score == 0) {
                Some(format!("{found:?}"))
            } else {
                None
            };
            if let Some(wrong) = wrong {
                let who = subject.doc.organisation_name(Some(org));
                return Err(format!(
                    "{name} at scale {}: for {who}, it suggested {wrong}",
                    subject.scale
                )
                .into());
            }
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}

/// The ids of [`ORGANISATIONS`] organisations spread evenly over `doc`'s registry.
fn spread(doc: &Document) -> Vec<Id> {
    let step = (doc.organisations.len() / ORGANISATIONS).max(1);
    doc.organisations
        .iter()
        .step_by(step)
        .take(ORGANISATIONS)
        .map(|o| o.id)
        .collect()
}
