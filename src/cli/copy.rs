//! `majlis copy`: a copy of a meeting for a rapporteur (see [`crate::model::copy`]).

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::model::copy::{CopyOptions, find_item, for_rapporteur, same_file, written};
use crate::tr;

/// Reads `copy FILE.ron -o COPY.ron [--round-table ITEM] [--with-contacts]`
/// (the arguments after `copy`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut output = None;
    let mut round_table = None;
    let mut with_contacts = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--output" | "-o" | "--round-table" => {
                let Some(value) = rest.next() else {
                    return Err(tr!("copy-cli-needs-value", option = arg));
                };
                if arg == "--round-table" {
                    round_table = Some(value.clone());
                } else {
                    output = Some(PathBuf::from(value));
                }
            }
            "--with-contacts" => with_contacts = true,
            _ if arg.starts_with('-') => return Err(tr!("copy-cli-unknown-option", option = arg)),
            _ if meeting.is_none() => meeting = Some(PathBuf::from(arg)),
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        }
    }
    match (meeting, output) {
        (Some(meeting), Some(output)) => Ok(Invocation::Copy {
            meeting,
            output,
            round_table,
            with_contacts,
        }),
        _ => Err(tr!("copy-cli-needs-files")),
    }
}

/// Writes the copy atomically and says what it holds.
pub fn copy(
    meeting: &Path,
    output: &Path,
    round_table: Option<&str>,
    with_contacts: bool,
) -> Result<String, String> {
    let file_error = |path: &Path, reason: String| {
        tr!(
            "cli-file-error",
            path = path.display().to_string(),
            reason = reason
        )
    };
    if same_file(meeting, output) {
        return Err(tr!("copy-not-over-meeting", path = output.display().to_string()));
    }
    let loaded = crate::persistence::load(meeting).map_err(|e| file_error(meeting, e.to_string()))?;
    let doc = loaded.doc;
    let round_table = round_table
        .map(|wanted| find_item(&doc, wanted))
        .transpose()
        .map_err(|e| e.to_string())?;
    let options = CopyOptions {
        round_table,
        with_contacts,
    };
    let copy = for_rapporteur(&doc, options).map_err(|e| e.to_string())?;
    crate::persistence::save(output, &copy).map_err(|e| file_error(output, e.to_string()))?;
    Ok(written(&copy, output))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_copy() {
        assert_eq!(
            parse(&args(&["m.ron", "-o", "c.ron"])),
            Ok(Invocation::Copy {
                meeting: "m.ron".into(),
                output: "c.ron".into(),
                round_table: None,
                with_contacts: false,
            })
        );
        assert_eq!(
            parse(&args(&[
                "--round-table",
                "Round table 1",
                "m.ron",
                "--with-contacts",
                "--output",
                "c.ron"
            ])),
            Ok(Invocation::Copy {
                meeting: "m.ron".into(),
                output: "c.ron".into(),
                round_table: Some("Round table 1".to_owned()),
                with_contacts: true,
            })
        );
        assert!(parse(&args(&["m.ron"])).is_err());
        assert!(parse(&args(&["m.ron", "-o"])).is_err());
        assert!(parse(&args(&["m.ron", "-o", "c.ron", "--round-table"])).is_err());
        assert!(parse(&args(&["m.ron", "-o", "c.ron", "--public"])).is_err());
        assert!(parse(&args(&["m.ron", "n.ron", "-o", "c.ron"])).is_err());
    }
}
