//! Resident memory, read from Linux's `/proc`.

use std::path::Path;
use std::process::{Command, ExitCode};

use majlis::persistence;

use crate::table::Figure;

/// The growth of resident memory when the file is loaded, measured in a fresh
/// process so that memory freed by earlier measurements cannot be reused.
pub fn growth_on_load(path: &Path) -> Figure {
    let output = std::env::current_exe().and_then(|exe| Command::new(exe).arg("--rss-of").arg(path).output());
    let kilobytes = output
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| text.trim().parse::<u32>().ok());
    kilobytes.map_or(Figure::Skipped, |kb| Figure::Megabytes(f64::from(kb) / 1000.0))
}

/// The child's side: prints the growth in kilobytes.
pub fn child(path: &Path) -> ExitCode {
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
