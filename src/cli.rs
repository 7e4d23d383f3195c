//! The command line: open a file in the window, or work on files without one.

use std::path::PathBuf;

pub const HELP: &str = "\
Majlis: run a partnership-building meeting offline

Usage:
  majlis [FILE.ron]        Open the window, with FILE.ron if given
  majlis check FILE.ron    Read FILE.ron without a window and print a summary;
                           exits with 1 and the reason if it cannot be read
  majlis generate --scale N [--seed S] -o FILE.ron
                           Write a made-up meeting N times the size of a large
                           real one (N = 1: 200 organisations, 2,000 people),
                           to try or measure Majlis on a big meeting; the same
                           N and S always give the same file
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
    /// Writes a generated meeting of the given scale.
    Generate {
        scale: u32,
        seed: u64,
        output: PathBuf,
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
        [cmd, rest @ ..] if cmd == "generate" => parse_generate(rest),
        [cmd] if cmd == "check" => Err("check needs a file: majlis check FILE.ron".to_owned()),
        [arg] if arg.starts_with('-') => Err(format!("Unknown option {arg}")),
        [path] => Ok(Invocation::Window {
            open: Some(path.into()),
        }),
        _ => Err(format!("Unexpected arguments: {}", args.join(" "))),
    }
}

const GENERATE_USAGE: &str = "majlis generate --scale N [--seed S] -o FILE.ron";

fn parse_generate(args: &[String]) -> Result<Invocation, String> {
    let mut scale = None;
    let mut seed = 1;
    let mut output = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let Some(value) = rest.next() else {
            return Err(format!("{flag} needs a value: {GENERATE_USAGE}"));
        };
        match flag.as_str() {
            "--scale" | "-s" => {
                let n: u32 = value
                    .parse()
                    .map_err(|_| format!("The scale must be a whole number, not {value}"))?;
                if n == 0 {
                    return Err("The scale must be at least 1".to_owned());
                }
                scale = Some(n);
            }
            "--seed" => {
                seed = value
                    .parse()
                    .map_err(|_| format!("The seed must be a whole number, not {value}"))?;
            }
            "--output" | "-o" => output = Some(PathBuf::from(value)),
            _ => return Err(format!("Unknown option {flag}: {GENERATE_USAGE}")),
        }
    }
    let Some(output) = output else {
        return Err(format!("generate needs a file: {GENERATE_USAGE}"));
    };
    Ok(Invocation::Generate {
        scale: scale.unwrap_or(1),
        seed,
        output,
    })
}

/// `majlis generate`: writes the meeting and says what it holds.
pub fn generate(scale: u32, seed: u64, output: &std::path::Path) -> Result<String, String> {
    let doc = crate::generate::meeting(scale, seed);
    crate::persistence::save(output, &doc).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(format!("Wrote {}\n{}", output.display(), doc.summary()))
}

/// `majlis check`: the summary on success, the reason on failure, and where a
/// readable backup is, how to open it.
pub fn check(path: &std::path::Path) -> Result<String, String> {
    let loaded = crate::persistence::load(path).map_err(|e| {
        let reason = format!("{}: {e}", path.display());
        match crate::persistence::readable_backup(path) {
            Some(backup) => format!(
                "{reason}\nThe backup kept by the last save can be read. Open it with: majlis {}\n\
                 It opens read-only; use Save as… to keep it under a new name",
                backup.display()
            ),
            None => reason,
        }
    })?;
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
        assert_eq!(
            parse(&args(&["generate", "--scale", "10", "-o", "big.ron"])),
            Ok(Invocation::Generate {
                scale: 10,
                seed: 1,
                output: "big.ron".into()
            })
        );
        assert!(parse(&args(&["generate", "--scale", "10"])).is_err());
        assert!(parse(&args(&["generate", "--scale", "ten", "-o", "x.ron"])).is_err());
        assert!(parse(&args(&["generate", "-o"])).is_err());
        assert!(parse(&args(&["--frobnicate"])).is_err());
        assert!(parse(&args(&["a", "b", "c"])).is_err());
    }
}
