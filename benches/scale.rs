//! How Majlis copes with a meeting ten times the size of a large real one.
//!
//! `cargo bench --bench scale` prints one table; docs/performance.md explains
//! it. No time is asserted: the figures depend on the machine. What is
//! measured is checked, so that a failure cannot pass for speed: every load and
//! save must succeed, a loaded file must hold what was generated, an import
//! must add or merge each row as it should, suggestions must be found, a
//! scroll must move the content and typing must change the text (and, at
//! check-in, list people matching it). The first failure stops
//! the benchmark with a message naming its row. Run without `--bench` (as
//! `cargo test --all-targets` does) it only makes sure every measurement still
//! runs, on small meetings and few repetitions.
//!
//! The two scales are measured in turn, one run or frame of each at a time,
//! so that anything else the machine does slows both alike.

#[path = "scale/drive.rs"]
mod drive;
#[path = "scale/import.rs"]
mod import;
#[path = "scale/matching.rs"]
mod matching;
#[path = "scale/memory.rs"]
mod memory;
#[path = "scale/merge.rs"]
mod merge;
#[path = "scale/network.rs"]
mod network;
#[path = "scale/panels.rs"]
mod panels;
#[path = "scale/report.rs"]
mod report;
#[path = "scale/shortlist.rs"]
mod shortlist;
#[path = "scale/suggest.rs"]
mod suggest;
#[path = "scale/table.rs"]
mod table;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use majlis::history::History;
use majlis::model::Document;
use majlis::persistence;
use table::{Figure, Row};

/// How many times each thing is measured.
struct Plan {
    large_scale: u32,
    frames: usize,
    file_runs: usize,
    undo_runs: usize,
    import_runs: usize,
    suggestion_runs: usize,
}

type Error = Box<dyn std::error::Error>;

/// One generated meeting and its file.
pub struct Subject {
    pub scale: u32,
    pub doc: Document,
    path: PathBuf,
    copy: PathBuf,
    /// The room clock in the middle of the meeting, when the first half is done.
    pub now: chrono::NaiveDateTime,
}

impl Subject {
    fn new(scale: u32, dir: &Path) -> Result<Self, Error> {
        eprintln!("Generating scale {scale}");
        let doc = majlis::generate::meeting(scale, 1);
        let path = dir.join(format!("scale-{scale}.ron"));
        persistence::save(&path, &doc).map_err(|e| format!("Saving {}: {e}", path.display()))?;
        let now = doc
            .meeting
            .days
            .get(doc.meeting.days.len() / 2)
            .and_then(|d| d.date.and_hms_opt(10, 30, 0))
            .unwrap_or_default();
        Ok(Self {
            scale,
            copy: dir.join(format!("scale-{scale}-copy.ron")),
            doc,
            path,
            now,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice()
        && flag == "--rss-of"
    {
        return memory::child(Path::new(path));
    }
    let plan = if args.iter().any(|a| a == "--bench") {
        Plan {
            large_scale: 10,
            frames: 120,
            file_runs: 20,
            undo_runs: 400,
            import_runs: 10,
            suggestion_runs: 100,
        }
    } else {
        Plan {
            large_scale: 2,
            frames: 3,
            file_runs: 2,
            undo_runs: 5,
            import_runs: 1,
            suggestion_runs: 3,
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

fn run(plan: &Plan) -> Result<(), Error> {
    let dir = tempfile::tempdir()?;
    let started = Instant::now();
    let subjects = [
        Subject::new(1, dir.path())?,
        Subject::new(plan.large_scale, dir.path())?,
    ];
    let [small, large] = &subjects;
    let mut rows = Vec::new();
    let size = |s: &Subject| -> Result<Figure, Error> {
        #[expect(clippy::cast_precision_loss, reason = "a file size shown in megabytes")]
        Ok(Figure::Megabytes(std::fs::metadata(&s.path)?.len() as f64 / 1e6))
    };
    rows.push(row("File size", size(small)?, size(large)?));

    eprintln!("Files, memory and undo");
    rows.push(in_turn(
        "Load: read and parse the file",
        plan.file_runs,
        &subjects,
        |_, s| {
            let loaded = persistence::load(&s.path)?;
            same_counts(&s.doc, &loaded.doc)
        },
    )?);
    rows.push(in_turn(
        "Save: write the RON text",
        plan.file_runs,
        &subjects,
        |_, s| {
            persistence::to_ron(&s.doc)?;
            Ok(())
        },
    )?);
    let texts = [persistence::to_ron(&small.doc)?, persistence::to_ron(&large.doc)?];
    let text = |k: usize| texts.get(k).map_or(&[][..], String::as_bytes);
    rows.push(in_turn(
        "Save: atomic write, backup, sync",
        plan.file_runs,
        &subjects,
        |k, s| {
            persistence::stage(&s.copy, text(k))?.commit()?;
            Ok(())
        },
    )?);
    let name = "Save: both (persistence::save)";
    rows.push(in_turn(name, plan.file_runs, &subjects, |_, s| {
        persistence::save(&s.copy, &s.doc)?;
        Ok(())
    })?);
    for (k, s) in subjects.iter().enumerate() {
        if std::fs::read(&s.copy)? != text(k) {
            return Err(format!(
                "{name} at scale {}: the file holds other text than was saved",
                s.scale
            )
            .into());
        }
    }
    let memory = |s: &Subject| {
        memory::growth_on_load(&s.path)
            .map_err(|e| format!("Memory: RSS growth on load at scale {}: {e}", s.scale))
    };
    rows.push(row("Memory: RSS growth on load", memory(small)?, memory(large)?));
    let mut histories = [History::default(), History::default()];
    rows.push(in_turn(
        "Undo snapshot (History::before_edit)",
        plan.undo_runs,
        &subjects,
        |k, s| {
            if let Some(history) = histories.get_mut(k) {
                history.before_edit(&s.doc, "edit", None, Instant::now());
            }
            Ok(())
        },
    )?);

    eprintln!("Import, suggestions and matching");
    rows.extend(import::rows(&subjects, plan.import_runs)?);
    rows.push(suggest::measure(&subjects, plan.suggestion_runs)?);
    rows.push(shortlist::measure(&subjects, plan.file_runs)?);
    rows.push(matching::measure(&subjects, plan.suggestion_runs)?);
    rows.push(merge::measure(&subjects, plan.file_runs)?);
    rows.push(report::measure(&subjects, plan.file_runs)?);

    eprintln!("Frames");
    rows.extend(panels::frames(&subjects, plan.frames)?);
    eprintln!("Network");
    rows.extend(network::rows(&subjects, plan.file_runs, plan.frames)?);
    println!();
    table::print(&rows, plan.large_scale);
    println!(
        "\n{} logical cores; measured in {:.0} s",
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn row(name: &str, small: Figure, large: Figure) -> Row {
    Row {
        name: name.to_owned(),
        small,
        large,
    }
}

/// `runs` timings of `work` on each subject (and its position), taken in turn.
/// The first failure stops the row, named in the error.
fn in_turn(
    name: &str,
    runs: usize,
    subjects: &[Subject; 2],
    mut work: impl FnMut(usize, &Subject) -> Result<(), Error>,
) -> Result<Row, Error> {
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for (k, (subject, samples)) in subjects.iter().zip(&mut samples).enumerate() {
            let start = Instant::now();
            let done = work(k, subject);
            samples.push(start.elapsed());
            done.map_err(|e| format!("{name} at scale {}: {e}", subject.scale))?;
        }
    }
    let [small, large] = samples;
    Ok(row(name, Figure::of(&small), Figure::of(&large)))
}

/// Whether `loaded` holds as many records of each kind as `generated`.
pub fn same_counts(generated: &Document, loaded: &Document) -> Result<(), Error> {
    let counts = |doc: &Document| {
        [
            ("days", doc.meeting.days.len()),
            ("agenda items", doc.agenda.len()),
            ("organisations", doc.organisations.len()),
            ("people", doc.people.len()),
            ("partnerships", doc.partnerships.len()),
            ("funding sources", doc.funding_sources.len()),
            ("records", doc.records.len()),
        ]
    };
    for ((kind, want), (_, got)) in counts(generated).into_iter().zip(counts(loaded)) {
        if got != want {
            return Err(format!("the loaded meeting has {got} {kind}, the generated one {want}").into());
        }
    }
    Ok(())
}
