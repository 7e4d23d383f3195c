//! The command line: open a file in the window, or work on files without one.

use std::path::PathBuf;

use crate::tr;

mod copy;
mod export;
mod import;
pub mod man;
mod merge;
mod report;
mod shortlist;
pub use copy::copy;
pub use export::export;
pub use import::import;
pub use merge::merge;
pub use report::{Request as ReportRequest, What as ReportWhat, report};
pub use shortlist::{ListFormat, Request as ShortlistRequest, shortlist};

/// The usage of every command, for `--help` and after a mistake.
pub fn help() -> String {
    tr!("cli-help")
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    Window {
        open: Option<PathBuf>,
    },
    Check {
        path: PathBuf,
    },
    /// Writes a generated meeting of the given scale, with `prospects`
    /// organisations not invited yet added to it.
    Generate {
        scale: u32,
        seed: u64,
        prospects: usize,
        output: PathBuf,
    },
    /// Adds the organisations of one list and the people of another (one or
    /// both) to a meeting, organisations first.
    Import {
        meeting: PathBuf,
        organisations: Option<PathBuf>,
        people: Option<PathBuf>,
        dry_run: bool,
    },
    /// Hidden: edits from standard input, for crash tests.
    Script {
        path: PathBuf,
    },
    /// Writes one table of a meeting as a CSV file, every table into a
    /// folder, or the network of organisations as a GEXF file.
    Export {
        meeting: PathBuf,
        what: crate::model::export::What,
        output: PathBuf,
        audience: crate::model::Audience,
    },
    /// Writes a copy of a meeting for a rapporteur.
    Copy {
        meeting: PathBuf,
        output: PathBuf,
        /// The agenda item it opens on, by title, beginning of title or id.
        round_table: Option<String>,
        with_contacts: bool,
    },
    /// Merges rapporteurs' copies into the organiser's file.
    Merge {
        /// The organiser's file.
        base: PathBuf,
        /// The copies, merged in this order.
        others: Vec<PathBuf>,
        output: PathBuf,
    },
    /// Writes the meeting report, follow-up packs or a printable.
    Report(Box<ReportRequest>),
    /// Prints the prospects ranked for invitation.
    Shortlist(ShortlistRequest),
    Help,
    Version,
    /// Hidden: prints the manual page, for the package.
    Manual,
}

/// Reads the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    match args {
        [] => Ok(Invocation::Window { open: None }),
        [flag] if flag == "--help" || flag == "-h" || flag == "help" => Ok(Invocation::Help),
        [flag] if flag == "--version" || flag == "-V" => Ok(Invocation::Version),
        [flag] if flag == "--man" => Ok(Invocation::Manual),
        [cmd, path] if cmd == "check" => Ok(Invocation::Check { path: path.into() }),
        [cmd, path] if cmd == "script" => Ok(Invocation::Script { path: path.into() }),
        [cmd, rest @ ..] if cmd == "generate" => parse_generate(rest),
        [cmd, rest @ ..] if cmd == "export" => export::parse(rest),
        [cmd, rest @ ..] if cmd == "import" => import::parse(rest),
        [cmd, rest @ ..] if cmd == "copy" => copy::parse(rest),
        [cmd, rest @ ..] if cmd == "merge" => merge::parse(rest),
        [cmd, rest @ ..] if cmd == "report" => report::parse(rest),
        [cmd, rest @ ..] if cmd == "shortlist" => shortlist::parse(rest),
        [cmd] if cmd == "check" => Err(tr!("cli-check-needs-file")),
        [arg] if arg.starts_with('-') => Err(tr!("cli-unknown-option", option = arg)),
        [path] => Ok(Invocation::Window {
            open: Some(path.into()),
        }),
        _ => Err(tr!("cli-unexpected-arguments", arguments = args.join(" "))),
    }
}

fn parse_generate(args: &[String]) -> Result<Invocation, String> {
    let mut scale = None;
    let mut seed = 1;
    let mut prospects = 0;
    let mut output = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let Some(value) = rest.next() else {
            return Err(tr!("cli-generate-needs-value", option = flag));
        };
        match flag.as_str() {
            "--scale" | "-s" => {
                let n: u32 = value
                    .parse()
                    .map_err(|_| tr!("cli-scale-not-a-number", value = value))?;
                if n == 0 {
                    return Err(tr!("cli-scale-too-small"));
                }
                scale = Some(n);
            }
            "--seed" => {
                seed = value
                    .parse()
                    .map_err(|_| tr!("cli-seed-not-a-number", value = value))?;
            }
            "--prospects" => {
                prospects = value
                    .parse()
                    .map_err(|_| tr!("shortlist-cli-prospects-not-a-number", value = value))?;
            }
            "--output" | "-o" => output = Some(PathBuf::from(value)),
            _ => return Err(tr!("cli-generate-unknown-option", option = flag)),
        }
    }
    let Some(output) = output else {
        return Err(tr!("cli-generate-needs-file"));
    };
    Ok(Invocation::Generate {
        scale: scale.unwrap_or(1),
        seed,
        prospects,
        output,
    })
}

/// `majlis generate`: writes the meeting and says what it holds.
pub fn generate(scale: u32, seed: u64, prospects: usize, output: &std::path::Path) -> Result<String, String> {
    let mut doc = crate::generate::meeting(scale, seed);
    crate::generate::prospects(&mut doc, prospects, seed);
    crate::persistence::save(output, &doc).map_err(|e| {
        tr!(
            "cli-file-error",
            path = output.display().to_string(),
            reason = e.to_string()
        )
    })?;
    Ok(tr!(
        "cli-generated",
        path = output.display().to_string(),
        summary = doc.summary().to_string()
    ))
}

/// `majlis check`: the summary on success, the reason on failure, and where a
/// readable backup is, how to open it.
pub fn check(path: &std::path::Path) -> Result<String, String> {
    let loaded = crate::persistence::load(path).map_err(|e| {
        let reason = tr!(
            "cli-file-error",
            path = path.display().to_string(),
            reason = e.to_string()
        );
        match crate::persistence::readable_backup(path) {
            Some(backup) => tr!(
                "cli-check-backup",
                reason = reason,
                backup = backup.display().to_string()
            ),
            None => reason,
        }
    })?;
    let summary = loaded.doc.summary().to_string();
    Ok(match loaded.warning() {
        Some(warning) => tr!("cli-check-warning", summary = summary, warning = warning),
        None => summary,
    })
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
        assert_eq!(parse(&args(&["--man"])), Ok(Invocation::Manual));
        assert!(parse(&args(&["check"])).is_err());
        assert_eq!(
            parse(&args(&["generate", "--scale", "10", "-o", "big.ron"])),
            Ok(Invocation::Generate {
                scale: 10,
                seed: 1,
                prospects: 0,
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
