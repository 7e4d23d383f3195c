//! An X server of a test's own (Xvfb), for the checks that run the real
//! window: the crash test and the benchmark's start-up rows.

use std::io::Read as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Display numbers tried for the X server, the first free one is taken.
const DISPLAYS: std::ops::Range<u32> = 140..200;
/// How long a helper command may take.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

/// Runs a command to its end, or kills it after `timeout`; returns its output.
pub fn run_for(command: &mut Command, timeout: Duration) -> Result<String, String> {
    let what = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{what} does not start: {e}"))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{what} took more than {timeout:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut out = String::new();
    let mut err = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        let _ = stdout.read_to_string(&mut out);
    }
    if let Some(mut stderr) = child.stderr.take() {
        let _ = stderr.read_to_string(&mut err);
    }
    if status.success() {
        Ok(out)
    } else {
        Err(format!("{what} failed ({status}): {}", err.trim()))
    }
}

/// An X server of the test's own, stopped when dropped, even on a panic.
pub struct XServer {
    child: Child,
    pub display: String,
}

impl Drop for XServer {
    fn drop(&mut self) {
        // Asked to stop, Xvfb removes its lock and socket; killed, it leaves them.
        let asked = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        let started = Instant::now();
        while asked && started.elapsed() < Duration::from_secs(3) {
            if self.child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The process that holds an X display number, as its lock file says.
fn display_owner(number: u32) -> Option<u32> {
    std::fs::read_to_string(format!("/tmp/.X{number}-lock"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

impl XServer {
    /// Starts Xvfb on the first free display number. `Err` says why none can run.
    pub fn start() -> Result<Self, String> {
        match Command::new("xdotool").arg("version").output() {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err("xdotool is not installed".to_owned());
            }
            Err(e) => return Err(format!("xdotool does not run: {e}")),
            Ok(_) => {}
        }
        for number in DISPLAYS {
            // A lock left by a server that is gone does not stop Xvfb.
            if display_owner(number).is_some_and(|pid| Path::new(&format!("/proc/{pid}")).exists()) {
                continue;
            }
            let display = format!(":{number}");
            let child = match Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-nolisten",
                    "tcp",
                    // Without it the server resets when its last client leaves,
                    // and refuses the next program while it does.
                    "-noreset",
                    "-screen",
                    "0",
                    "1600x1000x24",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
            {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err("Xvfb is not installed".to_owned());
                }
                Err(e) => return Err(format!("Xvfb does not start: {e}")),
                Ok(child) => child,
            };
            let mut server = Self { child, display };
            let started = Instant::now();
            while started.elapsed() < COMMAND_TIMEOUT {
                if server.child.try_wait().ok().flatten().is_some() {
                    // Another server took this number meanwhile: try the next one.
                    break;
                }
                // The server that answers must be this one, not one started meanwhile.
                if display_owner(number) == Some(server.child.id())
                    && server.xdotool(&["getdisplaygeometry"]).is_ok()
                {
                    return Ok(server);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Err(format!(
            "no Xvfb answered on any display from :{} to :{}",
            DISPLAYS.start,
            DISPLAYS.end - 1
        ))
    }

    pub fn xdotool(&self, args: &[&str]) -> Result<String, String> {
        run_for(
            Command::new("xdotool").args(args).env("DISPLAY", &self.display),
            COMMAND_TIMEOUT,
        )
    }
}
