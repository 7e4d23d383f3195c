//! Resident memory, read from Linux's `/proc`.

use std::path::Path;
use std::process::{Command, ExitCode};

use majlis::persistence;

use crate::Error;
use crate::table::Figure;

/// The growth of resident memory when the file is loaded, measured in a fresh
/// process so that memory freed by earlier measurements cannot be reused. Not
/// measured where `/proc` cannot tell; an error when the file does not load.
pub fn growth_on_load(path: &Path) -> Result<Figure, Error> {
    let output = Command::new(std::env::current_exe()?)
        .arg("--rss-of")
        .arg(path)
        .output()?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr);
        return Err(format!("the measuring process failed: {}", reason.trim()).into());
    }
    let kilobytes = String::from_utf8(output.stdout)
        .ok()
        .and_then(|text| text.trim().parse::<u32>().ok());
    Ok(kilobytes.map_or(Figure::Skipped, |kb| Figure::Megabytes(f64::from(kb) / 1000.0)))
}

/// The child's side: prints the growth in kilobytes, or nothing when `/proc`
/// cannot tell; fails when the file does not load.
pub fn child(path: &Path) -> ExitCode {
    let before = resident_kilobytes();
    let loaded = match persistence::load(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let after = resident_kilobytes();
    if let (Some(before), Some(after)) = (before, after) {
        println!("{}", after.saturating_sub(before));
    }
    drop(loaded);
    ExitCode::SUCCESS
}

/// `VmRSS` of this process, from Linux's `/proc/self/status`.
fn resident_kilobytes() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
