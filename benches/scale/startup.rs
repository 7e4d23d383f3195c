//! The real program started in a real window: how long until its first frame
//! is on the screen, and how much memory the window holds with a big meeting
//! open. Runs on an X server of its own (Xvfb), with Mesa's software OpenGL
//! where there is no GPU.
//!
//! eframe keeps its window hidden until the first frame is painted, then maps
//! it: the time from starting the process to the X server's notice that the
//! window is mapped is the time a user waits for the first frame. The notice
//! is read from the server directly (`SubstructureNotify` on the root), so no
//! polling adds to it.
//!
//! A warm start finds the program and its libraries in memory, as the second
//! start of the day does. A cold start first drops them and the file from the
//! page cache, as after the laptop is switched on. Both the benchmark's own
//! build and the package's (the `dist` profile) are timed cold, and their
//! sizes are given.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use x11rb::connection::Connection as _;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask};

use crate::table::{Figure, Row};
use crate::xserver::{COMMAND_TIMEOUT, XServer, run_for};
use crate::{Error, Subject, row};

/// Every start has a limit: software rendering on a busy machine is slow.
const START_TIMEOUT: Duration = Duration::from_mins(1);
/// How long the window is left to settle before its memory is read.
const SETTLE: Duration = Duration::from_secs(2);

/// The programs timed: the benchmark's own build of Majlis, and the build
/// the package ships (`cargo build --profile dist`) where there is one.
fn programs() -> [Option<PathBuf>; 2] {
    let this = PathBuf::from(env!("CARGO_BIN_EXE_majlis"));
    // The target folder holds one folder per profile, beside this build's.
    let dist = this
        .parent()
        .and_then(Path::parent)
        .map(|target| target.join("dist").join("majlis"))
        .filter(|dist| dist.is_file());
    match &dist {
        Some(dist) => eprintln!("The package's build: {} ({})", dist.display(), age(dist)),
        None => eprintln!(
            "The package's build is not measured: there is no target/dist/majlis \
             (`cargo build --profile dist --locked` makes it)."
        ),
    }
    [Some(this), dist]
}

/// What the rows of one program are called after.
const BUILDS: [&str; 2] = ["", ", the package's build (dist profile)"];

/// The times of one program's starts.
#[derive(Default)]
struct Starts {
    sample: Vec<Duration>,
    files: [Vec<Duration>; 2],
    cold: Vec<Duration>,
}

/// How long ago `path` was written, so that a stale build shows.
fn age(path: &Path) -> String {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|written| written.elapsed().ok())
        .map_or_else(
            || "of unknown age".to_owned(),
            |age| format!("built {} minutes ago", age.as_secs() / 60),
        )
}

/// The rows: for this build and the package's, warm start-up of the sample
/// and of each subject's file and cold start-up of the sample; the memory of
/// the window with each file open; the programs' sizes. Without an X server
/// the rows that need a window say so and are not measured.
pub fn rows(subjects: &[Subject; 2], runs: usize) -> Result<Vec<Row>, Error> {
    let sample = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/beirut-2007.ron"
    ));
    let programs = programs();
    let mut starts: [Starts; 2] = Default::default();
    let mut memory = [Figure::Skipped, Figure::Skipped];
    match XServer::start() {
        Ok(x) => measure(&x, &programs, sample, subjects, runs, &mut starts, &mut memory)?,
        Err(why) => eprintln!("Start-up and window memory not measured: {why}"),
    }
    let figure = |program: &Option<PathBuf>, times: &[Duration]| {
        if program.is_some() {
            Figure::of(times)
        } else {
            Figure::Skipped
        }
    };
    let mut rows = Vec::new();
    for ((program, starts), build) in programs.iter().zip(&starts).zip(BUILDS) {
        let [small, large] = &starts.files;
        rows.push(row(
            &format!("Start-up to the first frame: the sample meeting{build}"),
            figure(program, &starts.sample),
            Figure::Blank,
        ));
        rows.push(row(
            &format!("Start-up to the first frame: the generated meeting{build}"),
            figure(program, small),
            figure(program, large),
        ));
        rows.push(row(
            &format!("Start-up, cold: the sample meeting{build}"),
            figure(program, &starts.cold),
            Figure::Blank,
        ));
    }
    let [small_memory, large_memory] = memory;
    rows.push(row(
        "Memory: resident set of the window, the generated meeting open",
        small_memory,
        large_memory,
    ));
    for (program, build) in programs.iter().zip(BUILDS) {
        #[expect(clippy::cast_precision_loss, reason = "a file size shown in megabytes")]
        let size = match program {
            Some(path) => Figure::Megabytes(std::fs::metadata(path)?.len() as f64 / 1e6),
            None => Figure::Skipped,
        };
        let name = if build.is_empty() {
            "this build"
        } else {
            build.trim_start_matches(", ")
        };
        rows.push(row(&format!("Program size: {name}"), size, Figure::Blank));
    }
    Ok(rows)
}

/// Starts each program `runs` times on each file, warm, then on the sample,
/// cold; the programs take turns, so that whatever else the machine does
/// slows them alike. Then reads the memory of this build's window.
fn measure(
    x: &XServer,
    programs: &[Option<PathBuf>; 2],
    sample: &Path,
    subjects: &[Subject; 2],
    runs: usize,
    starts: &mut [Starts; 2],
    memory: &mut [Figure; 2],
) -> Result<(), Error> {
    let folder = tempfile::tempdir()?;
    let start = |program: &Path, file: &Path| first_frame(x, program, file, folder.path());
    // One unmeasured start of each first, so that every warm start finds the
    // program and its libraries read from the disk alike. It also names the
    // files the program maps, which a cold start finds out of the page cache.
    let mut libraries = Vec::new();
    for program in programs.iter().flatten() {
        libraries.extend(mapped_files(start(program, sample)?.child.0.id()));
    }
    libraries.push(sample.to_owned());
    libraries.sort();
    libraries.dedup();
    for _ in 0..runs {
        for (program, starts) in present(programs, starts) {
            starts.sample.push(start(program, sample)?.mapped);
            for (subject, times) in subjects.iter().zip(&mut starts.files) {
                times.push(start(program, subject.path())?.mapped);
            }
        }
    }
    'cold: for _ in 0..runs {
        for (program, starts) in present(programs, starts) {
            if let Err(why) = evict(&libraries) {
                eprintln!("Cold start-up not measured: {why}");
                starts.cold.clear();
                break 'cold;
            }
            starts.cold.push(start(program, sample)?.mapped);
        }
    }
    let this = programs[0].as_deref().ok_or("no program to start")?;
    for (subject, memory) in subjects.iter().zip(memory) {
        let started = start(this, subject.path())?;
        std::thread::sleep(SETTLE);
        if let Some(megabytes) = resident_megabytes(started.child.0.id()) {
            *memory = Figure::Megabytes(megabytes);
        }
    }
    Ok(())
}

/// Each program there is, with its starts.
fn present<'a>(
    programs: &'a [Option<PathBuf>; 2],
    starts: &'a mut [Starts; 2],
) -> impl Iterator<Item = (&'a Path, &'a mut Starts)> {
    programs
        .iter()
        .zip(starts)
        .filter_map(|(program, starts)| Some((program.as_deref()?, starts)))
}

/// A started Majlis whose window is on the screen.
struct Started {
    /// From starting the process to its window being mapped.
    mapped: Duration,
    child: Stopped,
}

/// Starts `program` on `file` and waits for its window to be mapped. The
/// program is stopped when the returned value is dropped.
fn first_frame(x: &XServer, program: &Path, file: &Path, folder: &Path) -> Result<Started, Error> {
    let (connection, screen) = x11rb::connect(Some(&x.display))?;
    let root = connection
        .setup()
        .roots
        .get(screen)
        .ok_or("the X server has no screen")?
        .root;
    let listen = ChangeWindowAttributesAux::new().event_mask(EventMask::SUBSTRUCTURE_NOTIFY);
    connection.change_window_attributes(root, &listen)?.check()?;
    let started = Instant::now();
    let child = Command::new(program)
        .arg(file)
        .env("DISPLAY", &x.display)
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_CONFIG_HOME", folder.join("config"))
        .env("MAJLIS_DATA_DIR", folder.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let mut child = Stopped(child);
    loop {
        if let Some(event) = connection.poll_for_event()? {
            if let Event::MapNotify(mapped) = event
                && is_majlis(&connection, mapped.window)?
            {
                return Ok(Started {
                    mapped: started.elapsed(),
                    child,
                });
            }
            continue;
        }
        if let Some(status) = child.0.try_wait()? {
            return Err(format!(
                "{} on {} stopped before showing a window ({status})",
                program.display(),
                file.display()
            )
            .into());
        }
        if started.elapsed() > START_TIMEOUT {
            return Err(format!(
                "{} on {} showed no window in {START_TIMEOUT:?}",
                program.display(),
                file.display()
            )
            .into());
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// The files process `pid` has mapped (its libraries), from `/proc`, each
/// once for every mapping.
fn mapped_files(pid: u32) -> Vec<PathBuf> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    maps.lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .filter(|path| path.starts_with('/'))
        .map(PathBuf::from)
        .filter(|path| path.is_file())
        .collect()
}

/// Drops `files` from the page cache, so that the next start reads them from
/// the disk, as the first start after the laptop is switched on does. GNU
/// dd's `nocache` asks the kernel to drop a file's cached pages; pages that
/// another running program has mapped (the X server's own libraries) stay.
fn evict(files: &[PathBuf]) -> Result<(), String> {
    for file in files {
        let mut dd = Command::new("dd");
        dd.arg(format!("if={}", file.display()))
            .args(["iflag=nocache", "count=0", "status=none"]);
        run_for(&mut dd, COMMAND_TIMEOUT)?;
    }
    Ok(())
}

/// Whether `window` is Majlis's, by its class.
fn is_majlis(connection: &impl x11rb::connection::Connection, window: u32) -> Result<bool, Error> {
    let class = connection
        .get_property(false, window, AtomEnum::WM_CLASS, AtomEnum::STRING, 0, 64)?
        .reply()?;
    Ok(String::from_utf8_lossy(&class.value)
        .to_lowercase()
        .contains("majlis"))
}

/// The resident set of process `pid`, from `/proc`.
fn resident_megabytes(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kilobytes: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kilobytes / 1000.0)
}

/// A started program, stopped when dropped.
struct Stopped(Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
