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
#[path = "scale/startup.rs"]
mod startup;
#[path = "scale/suggest.rs"]
mod suggest;
#[path = "scale/table.rs"]
mod table;
#[path = "scale/targets.rs"]
mod targets;
#[path = "../tests/support/xserver.rs"]
mod xserver;

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
    startup_runs: usize,
    /// Whether to write the results into docs/performance.md.
    write_docs: bool,
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
            startup_runs: 10,
            write_docs: args.iter().any(|a| a == "--write-docs"),
        }
    } else {
        Plan {
            large_scale: 2,
            frames: 3,
            file_runs: 2,
            undo_runs: 5,
            import_runs: 1,
            suggestion_runs: 3,
            startup_runs: 1,
            write_docs: false,
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
    let load_before = load_average();
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
    rows.extend(load_rows(plan.file_runs, &subjects)?);
    rows.extend(save_rows(plan.file_runs, &subjects)?);
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
    eprintln!("Start-up");
    rows.extend(startup::rows(&subjects, plan.startup_runs)?);
    let results = format!(
        "{}\n{}\n{}\n",
        table::render(&rows, plan.large_scale),
        machine(started.elapsed(), &load_before, &load_average()),
        targets::render(&rows, plan.large_scale),
    );
    println!("\n{results}");
    if plan.write_docs {
        write_docs(&results)?;
    }
    Ok(())
}

/// The machine, how long the run took and how busy the machine was.
fn machine(took: Duration, before: &str, after: &str) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .map(|name| name.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "an unknown processor".to_owned());
    format!(
        "{} logical cores ({cpu}); measured in {:.0} s. Load average (1, 5, 15 minutes) at the start: {before}; at the end: {after}.\n",
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get),
        took.as_secs_f64()
    )
}

/// The machine's load averages, as `/proc/loadavg` gives them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |text| text.split_whitespace().take(3).collect::<Vec<_>>().join(", "),
    )
}

const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/performance.md");
const RESULTS_BEGIN: &str = "<!-- results: written by `cargo bench --bench scale -- --write-docs` -->";
const RESULTS_END: &str = "<!-- end of results -->";

/// Puts `results` between the markers of docs/performance.md.
fn write_docs(results: &str) -> Result<(), Error> {
    let text = std::fs::read_to_string(DOCS)?;
    let (Some(begin), Some(end)) = (text.find(RESULTS_BEGIN), text.find(RESULTS_END)) else {
        return Err(format!("{DOCS} has no results markers").into());
    };
    let before = text.get(..begin + RESULTS_BEGIN.len()).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    std::fs::write(DOCS, format!("{before}\n\n{results}\n{after}"))?;
    eprintln!("Wrote the results into {DOCS}");
    Ok(())
}

/// Reading the files: `persistence::load`, and, for reference, ron's own
/// typed parse of the same text already in memory, in the same runs.
fn load_rows(runs: usize, subjects: &[Subject; 2]) -> Result<Vec<Row>, Error> {
    let texts = [
        std::fs::read_to_string(&subjects[0].path)?,
        std::fs::read_to_string(&subjects[1].path)?,
    ];
    let mut load: [Vec<Duration>; 2] = Default::default();
    let mut parse: [Vec<Duration>; 2] = Default::default();
    for _ in 0..runs {
        for (k, s) in subjects.iter().enumerate() {
            let start = Instant::now();
            let loaded = persistence::load(&s.path);
            load[k].push(start.elapsed());
            same_counts(
                &s.doc,
                &loaded
                    .map_err(|e| format!("{} at scale {}: {e}", targets::LOAD, s.scale))?
                    .doc,
            )?;
            let start = Instant::now();
            let parsed: Result<Document, _> = ron::Options::default().from_str(&texts[k]);
            parse[k].push(start.elapsed());
            same_counts(
                &s.doc,
                &parsed.map_err(|e| format!("{} at scale {}: {e}", targets::PARSE, s.scale))?,
            )?;
        }
    }
    let [load_small, load_large] = load;
    let [parse_small, parse_large] = parse;
    Ok(vec![
        row(targets::LOAD, Figure::of(&load_small), Figure::of(&load_large)),
        row(targets::PARSE, Figure::of(&parse_small), Figure::of(&parse_large)),
    ])
}

/// Saving: each run writes the text, then writes it atomically, as
/// `persistence::save` does, timing each step; the row of both is the sum of
/// the two steps of each run, so that it agrees with them.
fn save_rows(runs: usize, subjects: &[Subject; 2]) -> Result<Vec<Row>, Error> {
    let mut steps: [[Vec<Duration>; 3]; 2] = Default::default();
    for _ in 0..runs {
        for (s, steps) in subjects.iter().zip(&mut steps) {
            let failed = |e: persistence::SaveError| format!("{} at scale {}: {e}", targets::SAVE, s.scale);
            let start = Instant::now();
            let text = persistence::to_ron(&s.doc).map_err(failed)?;
            let written = Instant::now();
            persistence::stage(&s.copy, text.as_bytes())
                .and_then(persistence::Staged::commit)
                .map_err(failed)?;
            let [text_times, write_times, both] = steps;
            text_times.push(written - start);
            write_times.push(written.elapsed());
            both.push(start.elapsed());
            if std::fs::read(&s.copy)? != text.as_bytes() {
                return Err(format!(
                    "{} at scale {}: the file holds other text than was saved",
                    targets::SAVE,
                    s.scale
                )
                .into());
            }
        }
    }
    let [
        [small_text, small_write, small_both],
        [large_text, large_write, large_both],
    ] = steps;
    Ok(vec![
        row(
            "Save: write the RON text",
            Figure::of(&small_text),
            Figure::of(&large_text),
        ),
        row(
            "Save: atomic write, backup, sync",
            Figure::of(&small_write),
            Figure::of(&large_write),
        ),
        row(targets::SAVE, Figure::of(&small_both), Figure::of(&large_both)),
    ])
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
