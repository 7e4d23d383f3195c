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

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use x11rb::connection::Connection as _;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask};

use crate::table::{Figure, Row};
use crate::xserver::XServer;
use crate::{Error, Subject, row};

/// Every start has a limit: software rendering on a busy machine is slow.
const START_TIMEOUT: Duration = Duration::from_mins(1);
/// How long the window is left to settle before its memory is read.
const SETTLE: Duration = Duration::from_secs(2);

/// The rows: start-up of the sample and of each subject's file, and the
/// memory of the window with the larger file open. Without an X server the
/// rows say so and are not measured.
pub fn rows(subjects: &[Subject; 2], runs: usize) -> Result<Vec<Row>, Error> {
    let sample = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/beirut-2007.ron"
    ));
    let names = [
        "Start-up to the first frame: the sample meeting",
        "Start-up to the first frame: the generated meeting",
        "Memory: resident set of the window, the generated meeting open",
    ];
    let x = match XServer::start() {
        Ok(x) => x,
        Err(why) => {
            eprintln!("Start-up and window memory not measured: {why}");
            return Ok(names
                .iter()
                .map(|name| row(name, Figure::Skipped, Figure::Skipped))
                .collect());
        }
    };
    let folder = tempfile::tempdir()?;
    let mut sample_times = Vec::new();
    let mut times: [Vec<Duration>; 2] = Default::default();
    let mut memory = [Figure::Skipped, Figure::Skipped];
    // One unmeasured start first, so that every measured one finds the
    // program and its libraries read from the disk alike.
    first_frame(&x, sample, folder.path(), false)?;
    for _ in 0..runs {
        sample_times.push(first_frame(&x, sample, folder.path(), false)?.0);
        for (subject, times) in subjects.iter().zip(&mut times) {
            times.push(first_frame(&x, subject.path(), folder.path(), false)?.0);
        }
    }
    for (subject, memory) in subjects.iter().zip(&mut memory) {
        if let (_, Some(megabytes)) = first_frame(&x, subject.path(), folder.path(), true)? {
            *memory = Figure::Megabytes(megabytes);
        }
    }
    let sample = Figure::of(&sample_times);
    let [small, large] = times;
    let [small_memory, large_memory] = memory;
    Ok(vec![
        row(names[0], sample, Figure::Blank),
        row(names[1], Figure::of(&small), Figure::of(&large)),
        row(names[2], small_memory, large_memory),
    ])
}

/// Starts Majlis on `file` and waits for its window to be mapped; returns the
/// time that took and, when `memory` is asked, the resident set in megabytes
/// once the window has settled. The program is stopped afterwards.
fn first_frame(
    x: &XServer,
    file: &Path,
    folder: &Path,
    memory: bool,
) -> Result<(Duration, Option<f64>), Error> {
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
    let child = Command::new(env!("CARGO_BIN_EXE_majlis"))
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
    let mapped = loop {
        if let Some(event) = connection.poll_for_event()? {
            if let Event::MapNotify(mapped) = event
                && is_majlis(&connection, mapped.window)?
            {
                break started.elapsed();
            }
            continue;
        }
        if let Some(status) = child.0.try_wait()? {
            return Err(format!(
                "Majlis on {} stopped before showing a window ({status})",
                file.display()
            )
            .into());
        }
        if started.elapsed() > START_TIMEOUT {
            return Err(format!(
                "Majlis on {} showed no window in {START_TIMEOUT:?}",
                file.display()
            )
            .into());
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let megabytes = if memory {
        std::thread::sleep(SETTLE);
        resident_megabytes(child.0.id())
    } else {
        None
    };
    Ok((mapped, megabytes))
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
