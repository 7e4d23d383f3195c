//! The network view at scale: the layout settling from nothing, the measures
//! the side panel reads, and the window's frames while the layout settles and
//! while someone pans and zooms the picture.

use std::time::{Duration, Instant};

use egui::{Event, Pos2};
use majlis::model::network::{Graph, Layout, Summary};
use majlis::ui::Tab;

use super::table::Figure;
use super::{Error, Subject, row};
use crate::drive::{Driver, wheel};
use crate::table::Row;

/// Over the picture, left of the side panel.
const PICTURE: Pos2 = Pos2::new(450.0, 450.0);
/// The seed of every layout measured.
const SEED: u64 = 2007;

pub fn rows(subjects: &[Subject; 2], runs: usize, frames: usize) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    let graphs = subjects
        .each_ref()
        .map(|s| Graph::new(&s.doc, s.doc.partnerships.iter().map(AsRef::as_ref)));
    let mut samples: [Vec<Duration>; 2] = Default::default();
    let name = "Network: layout from nothing until settled";
    for _ in 0..runs {
        for ((graph, samples), subject) in graphs.iter().zip(&mut samples).zip(subjects) {
            let start = Instant::now();
            let mut layout = Layout::new(graph, &[], SEED);
            layout.settle(graph);
            samples.push(start.elapsed());
            if !layout.is_settled() || layout.positions().len() != graph.len() {
                return Err(format!("{name} at scale {}: not settled", subject.scale).into());
            }
        }
    }
    let [small, large] = samples;
    rows.push(row(name, Figure::of(&small), Figure::of(&large)));

    let mut samples: [Vec<Duration>; 2] = Default::default();
    let name = "Network: measures (betweenness, groups, gaps)";
    for _ in 0..runs {
        for ((graph, samples), subject) in graphs.iter().zip(&mut samples).zip(subjects) {
            let start = Instant::now();
            let summary = Summary::of(&subject.doc, graph);
            samples.push(start.elapsed());
            if summary.most_connected.is_empty() {
                return Err(format!("{name} at scale {}: nobody connected", subject.scale).into());
            }
        }
    }
    let [small, large] = samples;
    rows.push(row(name, Figure::of(&small), Figure::of(&large)));

    let mut drivers = subjects.each_ref().map(|s| Driver::open(&s.path, s.now));
    rows.push(settling(&mut drivers, subjects)?);
    rows.push(panning(&mut drivers, subjects, frames)?);
    Ok(rows)
}

/// Every frame of the window from opening the tab until the layout settles
/// (the generated files keep no layout): the window stays responsive.
fn settling(drivers: &mut [Driver; 2], subjects: &[Subject; 2]) -> Result<Row, Error> {
    let name = "Frame: network while the layout settles";
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for ((driver, samples), subject) in drivers.iter_mut().zip(&mut samples).zip(subjects) {
        driver.app.tab = Tab::Network;
        let started = Instant::now();
        // The first frame builds the network and its measures, once.
        driver.frame(Vec::new());
        while !driver.app.network.is_settled() {
            samples.push(driver.frame(Vec::new()));
            if samples.len() > 5_000 {
                return Err(format!("{name} at scale {}: never settled", subject.scale).into());
            }
        }
        eprintln!(
            "  the layout settled at scale {} in {} frames, {:.2} s",
            subject.scale,
            samples.len(),
            started.elapsed().as_secs_f64()
        );
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}

/// The settled picture panned with the wheel and zoomed in and out, a frame
/// each: the picture must move.
fn panning(drivers: &mut [Driver; 2], subjects: &[Subject; 2], frames: usize) -> Result<Row, Error> {
    let name = "Frame: network, panning and zooming";
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for ((driver, samples), subject) in drivers.iter_mut().zip(&mut samples).zip(subjects) {
        driver.settle();
        let first = subject
            .doc
            .organisations
            .first()
            .map(|o| o.id)
            .ok_or("no organisation")?;
        let before = driver.app.network.on_screen(first);
        for i in 0..frames + 10 {
            let events = match i % 4 {
                0 => wheel(PICTURE, 40.0),
                1 => vec![Event::PointerMoved(PICTURE), Event::Zoom(1.1)],
                2 => wheel(PICTURE, -40.0),
                _ => vec![Event::PointerMoved(PICTURE), Event::Zoom(1.0 / 1.05)],
            };
            let took = driver.frame(events);
            if i >= 10 {
                samples.push(took);
            }
        }
        if driver.app.network.on_screen(first) == before {
            return Err(format!("{name} at scale {}: the picture did not move", subject.scale).into());
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}
