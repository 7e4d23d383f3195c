//! Kills the real program with SIGKILL while it takes edits and checks what the
//! kill leaves behind: the program was running until the kill and died of it,
//! the session file loads by itself (never from its `.bak`), and every edit sent
//! more than a second before the kill is in the file or in a recovery copy.
//!
//! Every run sends edits for well over a second, so every run can catch a loss.
//! One run in three ends with a save and is killed within 8 ms of it, often
//! while the file is being written; the others are killed at a random moment,
//! with saves at random intervals before.
//!
//! The same check is run against stand-in programs that must fail it: one that
//! exits at once, one that keeps nothing, one that writes no recovery copy, one
//! that leaves a file that does not load.
//!
//! `MAJLIS_KILL_RUNS` sets the number of kills (default 144). Each run's plan
//! comes from its seed, named when it fails: `MAJLIS_KILL_SEED=S
//! MAJLIS_KILL_RUNS=1` replays the plan of seed S (the timing of the machine
//! comes with it, not from the seed).

use std::collections::HashSet;
use std::io::Write as _;
use std::os::unix::process::ExitStatusExt as _;
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use majlis::model::Document;
use majlis::persistence::{self, backup_path, read_recovery};

/// Programs run side by side: the runs mostly wait, so more lanes than cores.
const LANES: usize = 6;
const DEFAULT_RUNS: usize = 144;
const DEFAULT_SEED: u64 = 1;
/// The README's promise: a change is in a recovery copy within a second.
const MAX_LOSS: Duration = Duration::from_secs(1);
/// The signal `Child::kill` sends on Unix.
const SIGKILL: i32 = 9;
const EDIT_EVERY: Duration = Duration::from_millis(4);
const SAMPLE: &str = "sample-data/beirut-2007.ron";

/// How to start the program under test on a session file, with its data folder.
type Launch<'a> = &'a (dyn Fn(&Path, &Path) -> Command + Sync);

/// A small deterministic generator, so a run's plan can be replayed from its seed.
struct Lcg(u64);

impl Lcg {
    /// Seeds that differ by one give unrelated plans (splitmix64's mixing).
    fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Self(z ^ (z >> 31))
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// What one run does.
#[derive(Debug)]
struct Plan {
    seed: u64,
    /// How long edits are sent, from the start of the program.
    editing: Duration,
    /// How long after the start, or after the last save, the next save is sent.
    save_every: Duration,
    /// `Some(delay)`: after editing a save is sent, and the kill follows `delay` later.
    /// `None`: the kill comes at the end of editing, wherever the saves fell.
    kill_after_save: Option<Duration>,
}

impl Plan {
    fn new(seed: u64) -> Self {
        let mut rng = Lcg::new(seed);
        Self {
            seed,
            editing: Duration::from_millis(1500 + rng.below(1500)),
            save_every: Duration::from_millis(300 + rng.below(2700)),
            kill_after_save: (rng.below(3) == 0).then(|| Duration::from_micros(rng.below(8000))),
        }
    }

    /// About how long before the kill the last save is sent.
    fn unsaved_tail(&self) -> Duration {
        if self.kill_after_save.is_some() {
            return Duration::ZERO;
        }
        let ms = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(ms(self.editing) % ms(self.save_every))
    }
}

/// What the checks covered.
#[derive(Debug, Default)]
struct Figures {
    kills: usize,
    /// Session files and recovery copies read after a kill.
    files_checked: usize,
    /// Edits sent more than [`MAX_LOSS`] before a kill, each found again.
    edits_checked: usize,
    /// The age at the kill of the oldest edit lost in any run.
    worst_loss: Duration,
    /// Runs killed within a few milliseconds of sending a save.
    killed_after_save: usize,
    /// Of those, kills that came before the save reached the file.
    saves_cut_short: usize,
}

impl Figures {
    fn add(&mut self, other: &Self) {
        self.kills += other.kills;
        self.files_checked += other.files_checked;
        self.edits_checked += other.edits_checked;
        self.worst_loss = self.worst_loss.max(other.worst_loss);
        self.killed_after_save += other.killed_after_save;
        self.saves_cut_short += other.saves_cut_short;
    }
}

/// An edit sent to the program, and when the write returned.
struct Sent {
    text: String,
    at: Instant,
}

/// Runs the program `runs` times with the seeds from `first_seed` on, kills each
/// run and checks what it left. Stops at the first failing run.
fn check(launch: Launch, runs: usize, first_seed: u64) -> Result<Figures, String> {
    let failed = &AtomicBool::new(false);
    std::thread::scope(|scope| {
        let lanes: Vec<_> = (0..LANES.min(runs))
            .map(|lane| {
                scope.spawn(move || {
                    let mut total = Figures::default();
                    for run in (lane..runs).step_by(LANES) {
                        if failed.load(Ordering::Relaxed) {
                            break;
                        }
                        let plan = Plan::new(first_seed.wrapping_add(run as u64));
                        match run_once(launch, &plan) {
                            Ok(figures) => total.add(&figures),
                            Err(why) => {
                                failed.store(true, Ordering::Relaxed);
                                return Err(format!("run {run} (seed {}, {plan:?}): {why}", plan.seed));
                            }
                        }
                    }
                    Ok(total)
                })
            })
            .collect();
        let mut total = Figures::default();
        let mut failures = Vec::new();
        for lane in lanes {
            match lane.join() {
                Ok(Ok(figures)) => total.add(&figures),
                Ok(Err(why)) => failures.push(why),
                Err(_) => failures.push("a lane panicked".to_owned()),
            }
        }
        if failures.is_empty() {
            Ok(total)
        } else {
            Err(failures.join("\n"))
        }
    })
}

/// One run of the program in a folder of its own, killed as `plan` says.
fn run_once(launch: Launch, plan: &Plan) -> Result<Figures, String> {
    let dir = tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))?;
    let file = dir.path().join("meeting.ron");
    let data = dir.path().join("data");
    std::fs::copy(SAMPLE, &file).map_err(|e| format!("could not copy {SAMPLE}: {e}"))?;
    let mut child = launch(&file, &data)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("the program does not start: {e}"))?;
    let killed = kill_while_editing(&mut child, plan);
    // On every path the child is gone before its files are read.
    let _ = child.kill();
    let status = child
        .wait()
        .map_err(|e| format!("could not wait for the program: {e}"))?;
    let (sent, killed_at) = killed?;
    if status.signal() != Some(SIGKILL) {
        return Err(format!("the program did not die of the kill: {status}"));
    }

    let saved = persistence::load(&file).map_err(|e| {
        let backup = match persistence::load(&backup_path(&file)) {
            Ok(_) => "only its .bak does",
            Err(_) => "nor does its .bak",
        };
        format!("the session file does not load ({e}); {backup}")
    })?;
    let mut figures = Figures {
        kills: 1,
        files_checked: 1,
        ..Figures::default()
    };
    if plan.kill_after_save.is_some() {
        figures.killed_after_save = 1;
        let in_file: HashSet<&str> = notes(&saved.doc).collect();
        let last = sent.last().map(|s| s.text.as_str());
        figures.saves_cut_short = usize::from(last.is_some_and(|t| !in_file.contains(t)));
    }
    let mut kept: HashSet<String> = notes(&saved.doc).map(str::to_owned).collect();
    for copy in recovery_copies(&data)? {
        figures.files_checked += 1;
        kept.extend(notes(&copy).map(str::to_owned));
    }

    let due: Vec<&Sent> = sent
        .iter()
        .filter(|s| killed_at.duration_since(s.at) > MAX_LOSS)
        .collect();
    if due.is_empty() {
        return Err(format!(
            "no edit was sent more than {MAX_LOSS:?} before the kill: the run cannot catch a loss"
        ));
    }
    figures.edits_checked = due.len();
    if let Some(oldest) = sent.iter().find(|s| !kept.contains(&s.text)) {
        figures.worst_loss = killed_at.duration_since(oldest.at);
    }
    if figures.worst_loss > MAX_LOSS {
        let missing = due.iter().filter(|s| !kept.contains(&s.text)).count();
        return Err(format!(
            "edits sent up to {:?} before the kill were lost ({missing} of the {} edits older than \
             {MAX_LOSS:?} are neither in the file nor in a recovery copy)",
            figures.worst_loss,
            due.len()
        ));
    }
    Ok(figures)
}

/// Sends edits and saves as `plan` says, then kills the child, which must still
/// be running. Returns what was sent and when the kill was sent.
fn kill_while_editing(child: &mut Child, plan: &Plan) -> Result<(Vec<Sent>, Instant), String> {
    let mut stdin = child.stdin.take().ok_or("the program has no standard input")?;
    let sent = send_edits(&mut stdin, plan)?;
    if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
        return Err(format!("the program ended before the kill: {status}"));
    }
    child
        .kill()
        .map_err(|e| format!("could not kill the program: {e}"))?;
    Ok((sent, Instant::now()))
}

fn send_edits(stdin: &mut ChildStdin, plan: &Plan) -> Result<Vec<Sent>, String> {
    let mut write = |line: &str| {
        stdin.write_all(line.as_bytes()).map_err(|e| {
            format!(
                "the program ended before the kill: writing `{}` failed: {e}",
                line.trim()
            )
        })
    };
    let mut sent = Vec::new();
    let started = Instant::now();
    let mut last_save = started;
    while started.elapsed() < plan.editing {
        let text = format!("edit {} of seed {}", sent.len(), plan.seed);
        write(&format!("note {text}\n"))?;
        sent.push(Sent {
            text,
            at: Instant::now(),
        });
        if last_save.elapsed() >= plan.save_every {
            write("save\n")?;
            last_save = Instant::now();
        }
        std::thread::sleep(EDIT_EVERY);
    }
    if let Some(delay) = plan.kill_after_save {
        write("save\n")?;
        std::thread::sleep(delay);
    }
    Ok(sent)
}

/// Every recovery copy in `data`, each of which must load.
fn recovery_copies(data: &Path) -> Result<Vec<Document>, String> {
    let Ok(entries) = std::fs::read_dir(data.join("recovery")) else {
        return Ok(Vec::new());
    };
    let mut copies = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "ron") {
            let copy = read_recovery(&path)
                .map_err(|e| format!("the recovery copy {} does not load: {e}", path.display()))?;
            copies.push(copy.document);
        }
    }
    Ok(copies)
}

fn notes(doc: &Document) -> impl Iterator<Item = &str> {
    doc.records.iter().map(|r| r.text.as_str())
}

fn majlis(file: &Path, data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_majlis"));
    command.arg("script").arg(file).env("MAJLIS_DATA_DIR", data);
    command
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn killed_at_any_moment_loses_nothing_older_than_a_second() {
    let runs = env_number("MAJLIS_KILL_RUNS").unwrap_or(DEFAULT_RUNS);
    let seed = env_number("MAJLIS_KILL_SEED").unwrap_or(DEFAULT_SEED);
    let started = Instant::now();
    let figures = check(&majlis, runs, seed).unwrap_or_else(|why| panic!("{why}"));
    println!(
        "kills: {}, files checked: {}, edits older than {MAX_LOSS:?} checked: {}, worst loss: {:?}, \
         killed right after a save: {} ({} before the save reached the file), took {:.0?}",
        figures.kills,
        figures.files_checked,
        figures.edits_checked,
        figures.worst_loss,
        figures.killed_after_save,
        figures.saves_cut_short,
        started.elapsed()
    );
    assert_eq!(figures.kills, runs);
}

fn shell(script: &'static str) -> impl Fn(&Path, &Path) -> Command + Sync {
    move |file, _data| {
        let mut command = Command::new("sh");
        command.args(["-c", script]).arg(file);
        command
    }
}

#[test]
fn a_program_that_exits_at_once_fails_the_check() {
    // Closing its input (writes fail) or leaving it open to a program of its own.
    for script in ["exit 0", "exec 3<&0; cat <&3 >/dev/null & exit 0"] {
        let why = check(&shell(script), 1, DEFAULT_SEED).unwrap_err();
        assert!(why.contains("ended before the kill"), "{script}: {why}");
    }
}

#[test]
fn a_program_that_keeps_nothing_fails_the_check() {
    let why = check(&shell("exec cat >/dev/null"), 1, DEFAULT_SEED).unwrap_err();
    assert!(why.contains("were lost"), "{why}");
}

#[test]
fn majlis_without_recovery_copies_fails_the_check() {
    // A data folder under a file can never be created, whoever runs the test:
    // saves still reach the session file, recovery copies never do.
    let without_recovery = |file: &Path, _data: &Path| majlis(file, Path::new("/dev/null/majlis"));
    // A plan that saves, then edits for well over a second until the kill.
    let seed = (DEFAULT_SEED..=1000)
        .find(|&seed| {
            let plan = Plan::new(seed);
            plan.save_every < plan.editing && plan.unsaved_tail() > Duration::from_millis(1250)
        })
        .unwrap();
    let why = check(&without_recovery, 1, seed).unwrap_err();
    assert!(why.contains("were lost"), "{why}");
}

#[test]
fn a_file_that_loads_only_from_its_backup_fails_the_check() {
    let why = check(
        &shell(r#"cp "$0" "$0.bak" && echo "(" > "$0" && exec cat >/dev/null"#),
        1,
        DEFAULT_SEED,
    )
    .unwrap_err();
    assert!(
        why.contains("does not load") && why.contains("only its .bak does"),
        "{why}"
    );
}
