//! The meeting report: built from the whole meeting for the organisers and
//! written as one HTML file, as `majlis report --internal` does.

use std::time::{Duration, Instant};

use majlis::model::Audience;
use majlis::model::report::{Options, build};
use majlis::render;

use super::table::Figure;
use super::{Error, Subject, row};
use crate::table::Row;

/// `runs` reports of each subject in turn. Each must hold a section per kind
/// of record the meeting has and name the meeting.
pub fn measure(subjects: &[Subject; 2], runs: usize) -> Result<Row, Error> {
    let name = "Report: organisers' working report, built and written as HTML";
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for (subject, samples) in subjects.iter().zip(&mut samples) {
            let mut options = Options::new(subject.now);
            options.audience = Audience::Organisers;
            let start = Instant::now();
            let report = build(&subject.doc, &options);
            let html = render::html(&report);
            let html = html.map_err(|e| format!("{name} at scale {}: {e}", subject.scale))?;
            samples.push(start.elapsed());
            let fail = |what: &str| -> Error { format!("{name} at scale {}: {what}", subject.scale).into() };
            if report.sections.len() < 8 {
                return Err(fail(&format!("only {} sections", report.sections.len())));
            }
            let first = subject
                .doc
                .partnerships
                .first()
                .map(|p| p.title.as_str())
                .unwrap_or_default();
            if !html.starts_with("<!DOCTYPE html>") || !html.contains(first) {
                return Err(fail("the HTML lacks the partnerships"));
            }
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}
