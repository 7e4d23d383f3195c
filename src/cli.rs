//! The command line: open a file in the window, or work on files without one.

use std::path::PathBuf;

pub const HELP: &str = "\
Majlis: run a partnership-building meeting offline

Usage:
  majlis [FILE.ron]        Open the window, with FILE.ron if given
  majlis check FILE.ron    Read FILE.ron without a window and print a summary;
                           exits with 1 and the reason if it cannot be read
  majlis --help            Show this help
  majlis --version         Show the version
";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    Window {
        open: Option<PathBuf>,
    },
    Check {
        path: PathBuf,
    },
    /// Hidden: edits from standard input, for crash tests.
    Script {
        path: PathBuf,
    },
    Help,
    Version,
}

/// Reads the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    match args {
        [] => Ok(Invocation::Window { open: None }),
        [flag] if flag == "--help" || flag == "-h" || flag == "help" => Ok(Invocation::Help),
        [flag] if flag == "--version" || flag == "-V" => Ok(Invocation::Version),
        [cmd, path] if cmd == "check" => Ok(Invocation::Check { path: path.into() }),
        [cmd, path] if cmd == "script" => Ok(Invocation::Script { path: path.into() }),
        [cmd] if cmd == "check" => Err("check needs a file: majlis check FILE.ron".to_owned()),
        [arg] if arg.starts_with('-') => Err(format!("Unknown option {arg}")),
        [path] => Ok(Invocation::Window {
            open: Some(path.into()),
        }),
        _ => Err(format!("Unexpected arguments: {}", args.join(" "))),
    }
}

/// `majlis check`: the summary on success, the reason on failure.
pub fn check(path: &std::path::Path) -> Result<String, String> {
    let loaded = crate::persistence::load(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = loaded.doc.summary().to_string();
    if let Some(warning) = loaded.warning() {
        out.push_str("\nWarning: ");
        out.push_str(&warning);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_commands() {
        assert_eq!(parse(&args(&[])), Ok(Invocation::Window { open: None }));
        assert_eq!(
            parse(&args(&["m.ron"])),
            Ok(Invocation::Window {
                open: Some("m.ron".into())
            })
        );
        assert_eq!(
            parse(&args(&["check", "m.ron"])),
            Ok(Invocation::Check { path: "m.ron".into() })
        );
        assert_eq!(parse(&args(&["--help"])), Ok(Invocation::Help));
        assert!(parse(&args(&["check"])).is_err());
        assert!(parse(&args(&["--frobnicate"])).is_err());
        assert!(parse(&args(&["a", "b", "c"])).is_err());
    }
}
