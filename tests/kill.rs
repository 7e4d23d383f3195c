//! Kills the real program with SIGKILL at random moments while it takes edits,
//! and checks that the files left behind load and that no edit older than two
//! seconds is lost. `MAJLIS_KILL_RUNS` sets the number of kills (default 208).

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

use std::collections::HashSet;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use majlis::model::Document;
use majlis::persistence::{self, backup_path, read_recovery};

const LANES: usize = 6;
const MAX_LOSS: Duration = Duration::from_secs(2);

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[derive(Default)]
struct Figures {
    kills: usize,
    files_checked: usize,
    backups_used: usize,
    max_loss: Duration,
}

fn notes(doc: &Document) -> impl Iterator<Item = String> + '_ {
    doc.records.iter().map(|r| r.text.clone())
}

/// One program run, killed after a random time. Returns the figures of the run.
fn run_once(dir: &Path, run: usize, rng: &mut Lcg) -> Figures {
    let file = dir.join("meeting.ron");
    let data = dir.join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(["script", file.to_str().unwrap()])
        .env("MAJLIS_DATA_DIR", &data)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let lifetime = Duration::from_millis(50 + rng.below(2950));
    let save_every = 100 + rng.below(500);
    let started = Instant::now();
    let mut sent: Vec<(String, Instant)> = Vec::new();
    while started.elapsed() < lifetime {
        let text = format!("run{run}-edit{}", sent.len());
        if writeln!(stdin, "note {text}").is_err() {
            break;
        }
        sent.push((text, Instant::now()));
        if (sent.len() as u64).is_multiple_of(save_every) {
            let _ = writeln!(stdin, "save");
        }
        std::thread::sleep(Duration::from_millis(4));
    }
    child.kill().unwrap();
    let killed_at = Instant::now();
    child.wait().unwrap();

    let mut figures = Figures {
        kills: 1,
        ..Figures::default()
    };
    let saved = persistence::load(&file).or_else(|e| {
        figures.backups_used += 1;
        persistence::load(&backup_path(&file)).map_err(|b| format!("{e}; backup: {b}"))
    });
    let saved = saved.unwrap_or_else(|e| panic!("run {run}: neither the file nor its backup loads: {e}"));
    figures.files_checked += 1;
    let mut kept: HashSet<String> = notes(&saved.doc).collect();
    for entry in std::fs::read_dir(data.join("recovery"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ron") {
            let recovered = read_recovery(&path)
                .unwrap_or_else(|e| panic!("run {run}: recovery file {} does not load: {e}", path.display()));
            figures.files_checked += 1;
            kept.extend(notes(&recovered.document));
        }
        std::fs::remove_file(&path).unwrap();
    }
    if let Some((_, sent_at)) = sent.iter().find(|(text, _)| !kept.contains(text)) {
        figures.max_loss = killed_at.duration_since(*sent_at);
    }
    assert!(
        figures.max_loss <= MAX_LOSS,
        "run {run}: edits from {:?} before the kill were lost",
        figures.max_loss
    );
    figures
}

#[test]
fn killed_at_random_moments_loses_at_most_two_seconds() {
    let runs: usize = std::env::var("MAJLIS_KILL_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(208);
    let per_lane = runs.div_ceil(LANES);
    let lanes: Vec<_> = (0..LANES)
        .map(|lane| {
            std::thread::spawn(move || {
                let dir = tempfile::tempdir().unwrap();
                std::fs::copy("sample-data/beirut-2007.ron", dir.path().join("meeting.ron")).unwrap();
                let mut rng = Lcg(lane as u64 + 1);
                let mut total = Figures::default();
                for run in 0..per_lane {
                    let f = run_once(dir.path(), lane * 1000 + run, &mut rng);
                    total.kills += f.kills;
                    total.files_checked += f.files_checked;
                    total.backups_used += f.backups_used;
                    total.max_loss = total.max_loss.max(f.max_loss);
                }
                total
            })
        })
        .collect();
    let mut total = Figures::default();
    for lane in lanes {
        let f = lane.join().expect("a lane failed");
        total.kills += f.kills;
        total.files_checked += f.files_checked;
        total.backups_used += f.backups_used;
        total.max_loss = total.max_loss.max(f.max_loss);
    }
    println!(
        "kills: {}, files checked: {}, loaded from .bak: {}, max loss: {:?}",
        total.kills, total.files_checked, total.backups_used, total.max_loss
    );
    assert!(total.kills >= runs);
}
