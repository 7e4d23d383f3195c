//! `majlis export`: people or organisations of a meeting as a CSV file.

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::model::Audience;
use crate::model::export::{Table, csv};
use crate::tr;

/// Reads `export FILE.ron --people OUT.csv|--organisations OUT.csv [--internal]`
/// (the arguments after `export`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut target = None;
    let mut audience = Audience::Public;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let table = match arg.as_str() {
            "--people" => Some(Table::People),
            "--organisations" | "--organizations" => Some(Table::Organisations),
            "--internal" => {
                audience = Audience::Organisers;
                None
            }
            _ if arg.starts_with('-') => return Err(tr!("personal-cli-export-unknown-option", option = arg)),
            _ if meeting.is_none() => {
                meeting = Some(PathBuf::from(arg));
                None
            }
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        };
        if let Some(table) = table {
            let Some(output) = rest.next() else {
                return Err(tr!("personal-cli-export-needs-value", option = arg));
            };
            if target.is_some() {
                return Err(tr!("personal-cli-export-one-table"));
            }
            target = Some((table, PathBuf::from(output)));
        }
    }
    match (meeting, target) {
        (Some(meeting), Some((table, output))) => Ok(Invocation::Export {
            meeting,
            table,
            output,
            audience,
        }),
        _ => Err(tr!("personal-cli-export-needs-files")),
    }
}

/// Writes the CSV file and says how many rows it holds.
pub fn export(meeting: &Path, table: Table, output: &Path, audience: Audience) -> Result<String, String> {
    let file_error = |path: &Path, reason: String| {
        tr!(
            "cli-file-error",
            path = path.display().to_string(),
            reason = reason
        )
    };
    crate::model::export::check_target(output, Some(meeting))?;
    let loaded = crate::persistence::load(meeting).map_err(|e| file_error(meeting, e.to_string()))?;
    let (bytes, count) = csv(&loaded.doc, table, audience)?;
    crate::persistence::stage(output, &bytes)
        .and_then(crate::persistence::Staged::commit_without_backup)
        .map_err(|e| file_error(output, e.to_string()))?;
    let path = output.display().to_string();
    Ok(match table {
        Table::People => tr!("personal-exported-people", count = count, path = path),
        Table::Organisations => tr!("personal-exported-organisations", count = count, path = path),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_export() {
        assert_eq!(
            parse(&args(&["m.ron", "--people", "p.csv"])),
            Ok(Invocation::Export {
                meeting: "m.ron".into(),
                table: Table::People,
                output: "p.csv".into(),
                audience: Audience::Public,
            })
        );
        assert_eq!(
            parse(&args(&["--internal", "--organisations", "o.csv", "m.ron"])),
            Ok(Invocation::Export {
                meeting: "m.ron".into(),
                table: Table::Organisations,
                output: "o.csv".into(),
                audience: Audience::Organisers,
            })
        );
        assert!(parse(&args(&["m.ron"])).is_err());
        assert!(parse(&args(&["m.ron", "--people"])).is_err());
        assert!(parse(&args(&["m.ron", "--people", "a", "--organisations", "b"])).is_err());
        assert!(parse(&args(&["m.ron", "--people", "a", "--public"])).is_err());
        assert!(parse(&args(&["m.ron", "n.ron", "--people", "a"])).is_err());
    }
}
