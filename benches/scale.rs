//! How Majlis copes with a meeting ten times the size of a large real one.
//!
//! `cargo bench --bench scale` prints one table; docs/performance.md explains
//! it. Nothing is asserted: the figures depend on the machine. Run without
//! `--bench` (as `cargo test --all-targets` does) it only makes sure every
//! measurement still runs, on small meetings and few repetitions.

#[path = "scale/drive.rs"]
mod drive;
#[path = "scale/table.rs"]
mod table;

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use drive::{Driver, keystroke, wheel};
use egui::{Event, Pos2};
use majlis::history::History;
use majlis::persistence;
use majlis::ui::Tab;
use table::{Figure, Row};

/// How many times each thing is measured.
struct Plan {
    large_scale: u32,
    frames: usize,
    file_runs: usize,
    undo_runs: usize,
}

/// Where the pointer rests while scrolling each panel.
const AGENDA_LIST: Pos2 = Pos2::new(300.0, 320.0);
const REGISTRY_TABLE: Pos2 = Pos2::new(300.0, 420.0);
const BOARD_COLUMN: Pos2 = Pos2::new(100.0, 420.0);
const SCROLL_STEP: f32 = 40.0;
const SEARCH: &str = "ahmad";

type Measured = Vec<(String, Figure)>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice()
        && flag == "--rss-of"
    {
        return rss_child(Path::new(path));
    }
    let plan = if args.iter().any(|a| a == "--bench") {
        Plan {
            large_scale: 10,
            frames: 60,
            file_runs: 15,
            undo_runs: 300,
        }
    } else {
        Plan {
            large_scale: 2,
            frames: 3,
            file_runs: 2,
            undo_runs: 5,
        }
    };
    match run(&plan) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("The benchmark stopped: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(plan: &Plan) -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let started = Instant::now();
    let small = measure(1, plan, dir.path())?;
    let large = measure(plan.large_scale, plan, dir.path())?;
    let rows: Vec<Row> = small
        .into_iter()
        .zip(large)
        .map(|((name, small), (_, large))| Row { name, small, large })
        .collect();
    println!();
    table::print(&rows, plan.large_scale);
    println!(
        "\n{} logical cores; measured in {:.0} s",
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn measure(scale: u32, plan: &Plan, dir: &Path) -> Result<Measured, Box<dyn std::error::Error>> {
    eprintln!("Scale {scale}: generating");
    let doc = majlis::generate::meeting(scale, 1);
    let path = dir.join(format!("scale-{scale}.ron"));
    persistence::save(&path, &doc)?;
    let bytes = std::fs::metadata(&path)?.len();
    let copy = dir.join(format!("scale-{scale}-copy.ron"));
    let mut rows: Measured = Vec::new();
    #[expect(clippy::cast_precision_loss, reason = "a file size shown in megabytes")]
    rows.push(("File size".to_owned(), Figure::Megabytes(bytes as f64 / 1e6)));

    eprintln!("Scale {scale}: files and memory");
    let load = repeat(plan.file_runs, || drop(persistence::load(&path)));
    let text = repeat(plan.file_runs, || drop(persistence::to_ron(&doc)));
    let save = repeat(plan.file_runs, || drop(persistence::save(&copy, &doc)));
    rows.push(("Load: read and parse the file".to_owned(), load));
    rows.push(("Save: write the RON text".to_owned(), text));
    rows.push(("Save: text, atomic write, backup, sync".to_owned(), save));
    rows.push(("Memory: RSS growth on load".to_owned(), rss_of(&path)));
    let mut history = History::default();
    let undo = repeat(plan.undo_runs, || {
        history.before_edit(&doc, "edit", None, Instant::now());
    });
    rows.push(("Undo snapshot (History::before_edit)".to_owned(), undo));

    eprintln!("Scale {scale}: frames");
    // The room clock in the middle of the meeting, when the first half is done.
    let now = doc
        .meeting
        .days
        .get(doc.meeting.days.len() / 2)
        .and_then(|d| d.date.and_hms_opt(10, 30, 0))
        .unwrap_or_default();
    rows.extend(frames(&path, now, plan.frames));
    for feature in ["Full matching", "Network layout", "Report generation"] {
        rows.push((feature.to_owned(), Figure::NotBuilt));
    }
    Ok(rows)
}

fn repeat(runs: usize, mut work: impl FnMut()) -> Figure {
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    Figure::of(&samples)
}

/// Frame times of each panel under a realistic interaction.
fn frames(path: &Path, now: chrono::NaiveDateTime, n: usize) -> Measured {
    let mut rows = Measured::new();
    let mut driver = Driver::open(path, now);
    let scroll = |_| wheel(AGENDA_LIST, SCROLL_STEP);
    driver.app.tab = Tab::Agenda;
    rows.push((
        "Frame: agenda, scrolling".to_owned(),
        sample(&mut driver, n, scroll),
    ));

    driver.app.tab = Tab::Registry;
    driver.settle();
    let scroll = |_| wheel(REGISTRY_TABLE, SCROLL_STEP);
    rows.push((
        "Frame: organisations, scrolling".to_owned(),
        sample(&mut driver, n, scroll),
    ));

    let people = people_with_editor(&mut driver);
    let figure = if people {
        sample(&mut driver, n, scroll)
    } else {
        Figure::Skipped
    };
    rows.push(("Frame: people + editor, scrolling".to_owned(), figure));

    let figure = if people && focus_search(&mut driver) {
        let letters: Vec<Option<char>> = SEARCH
            .chars()
            .map(Some)
            .chain(SEARCH.chars().map(|_| None))
            .collect();
        sample(&mut driver, n, |i| {
            keystroke(letters.get(i % letters.len()).copied().flatten())
        })
    } else {
        Figure::Skipped
    };
    rows.push(("Frame: people, typing a search".to_owned(), figure));

    driver.app.tab = Tab::Board;
    driver.settle();
    let scroll = |_| wheel(BOARD_COLUMN, SCROLL_STEP);
    rows.push((
        "Frame: board, scrolling a column".to_owned(),
        sample(&mut driver, n, scroll),
    ));

    let tabs = [Tab::Agenda, Tab::Registry, Tab::Board];
    let switches: Vec<Duration> = (0..n)
        .map(|i| {
            driver.app.tab = tabs.get(i % tabs.len()).copied().unwrap_or_default();
            driver.frame(Vec::new())
        })
        .collect();
    rows.push(("Frame: switching tabs".to_owned(), Figure::of(&switches)));
    rows
}

/// `n` frames after a few unmeasured ones, each with the events `script` gives.
fn sample(driver: &mut Driver, n: usize, mut script: impl FnMut(usize) -> Vec<Event>) -> Figure {
    let warm_up = 2 * SEARCH.len();
    for i in 0..warm_up {
        driver.frame(script(i));
    }
    let samples: Vec<Duration> = (warm_up..warm_up + n).map(|i| driver.frame(script(i))).collect();
    Figure::of(&samples)
}

/// Shows the people table and selects its first person, which opens the editor.
fn people_with_editor(driver: &mut Driver) -> bool {
    let Some(toggle) = driver.locate("People") else {
        return false;
    };
    driver.click(toggle.center());
    let Some(header) = driver.locate("Email") else {
        return false;
    };
    driver.click(header.center() + egui::vec2(0.0, 30.0));
    true
}

/// Puts the keyboard focus in the registry's search box.
fn focus_search(driver: &mut Driver) -> bool {
    let Some(label) = driver.locate("Search") else {
        return false;
    };
    driver.click(Pos2::new(label.right() + 60.0, label.center().y));
    driver.text_focused()
}

/// The growth of resident memory when the file is loaded, measured in a fresh
/// process so that memory freed by earlier measurements cannot be reused.
fn rss_of(path: &Path) -> Figure {
    let output = std::env::current_exe().and_then(|exe| Command::new(exe).arg("--rss-of").arg(path).output());
    let kilobytes = output
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| text.trim().parse::<u32>().ok());
    kilobytes.map_or(Figure::Skipped, |kb| Figure::Megabytes(f64::from(kb) / 1000.0))
}

fn rss_child(path: &Path) -> ExitCode {
    let before = resident_kilobytes();
    let loaded = persistence::load(path);
    let after = resident_kilobytes();
    match (before, after, loaded) {
        (Some(before), Some(after), Ok(loaded)) => {
            println!("{}", after.saturating_sub(before));
            drop(loaded);
            ExitCode::SUCCESS
        }
        _ => ExitCode::FAILURE,
    }
}

/// `VmRSS` of this process, from Linux's `/proc/self/status`.
fn resident_kilobytes() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
