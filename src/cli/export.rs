//! `majlis export`: one table of a meeting as a CSV file, every table as CSV
//! files in a folder, or the network of organisations as a GEXF file.

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::model::Audience;
use crate::model::export::{Table, What, all_csv, check_target, csv};
use crate::tr;

/// Reads `export FILE.ron --people OUT.csv|--organisations OUT.csv [--internal]`
/// or `export FILE.ron --format csv|gexf [--internal] -o OUT` (the arguments
/// after `export`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut target = None;
    let mut format = None;
    let mut output = None;
    let mut audience = Audience::Public;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let chosen = match arg.as_str() {
            "--people" => Some(What::Table(Table::People)),
            "--organisations" | "--organizations" => Some(What::Table(Table::Organisations)),
            "--internal" => {
                audience = Audience::Organisers;
                None
            }
            "--format" => {
                let Some(value) = rest.next() else {
                    return Err(tr!("exports-cli-needs-format"));
                };
                format = Some(match value.as_str() {
                    "csv" => What::AllTables,
                    "gexf" => What::Network,
                    _ => return Err(tr!("exports-cli-unknown-format", format = value)),
                });
                None
            }
            "-o" | "--output" => {
                let Some(value) = rest.next() else {
                    return Err(tr!("personal-cli-export-needs-value", option = arg));
                };
                output = Some(PathBuf::from(value));
                None
            }
            _ if arg.starts_with('-') => return Err(tr!("personal-cli-export-unknown-option", option = arg)),
            _ if meeting.is_none() => {
                meeting = Some(PathBuf::from(arg));
                None
            }
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        };
        if let Some(chosen) = chosen {
            let Some(output) = rest.next() else {
                return Err(tr!("personal-cli-export-needs-value", option = arg));
            };
            if target.is_some() {
                return Err(tr!("personal-cli-export-one-table"));
            }
            target = Some((chosen, PathBuf::from(output)));
        }
    }
    let target = match (target, format, output) {
        (Some(_), Some(_), _) | (Some(_), None, Some(_)) => return Err(tr!("exports-cli-one-form")),
        (Some(target), None, None) => Some(target),
        (None, Some(format), Some(output)) => Some((format, output)),
        (None, Some(_), None) => return Err(tr!("exports-cli-needs-output")),
        (None, None, Some(_)) => return Err(tr!("exports-cli-needs-format")),
        (None, None, None) => None,
    };
    match (meeting, target) {
        (Some(meeting), Some((what, output))) => Ok(Invocation::Export {
            meeting,
            what,
            output,
            audience,
        }),
        _ => Err(tr!("personal-cli-export-needs-files")),
    }
}

/// Writes the export and says what it holds.
pub fn export(meeting: &Path, what: What, output: &Path, audience: Audience) -> Result<String, String> {
    check_target(output, Some(meeting)).map_err(|e| match what {
        What::Table(_) => e,
        What::AllTables | What::Network => {
            tr!("exports-not-over-meeting", path = output.display().to_string())
        }
    })?;
    let loaded = crate::persistence::load(meeting).map_err(|e| file_error(meeting, &e.to_string()))?;
    let doc = &loaded.doc;
    let path = output.display().to_string();
    match what {
        What::AllTables => folder(doc, output, audience),
        What::Network => {
            let bytes = crate::model::gexf::gexf(doc, audience)?;
            write(output, &bytes)?;
            let (organisations, links) = crate::model::gexf::size(doc, audience);
            Ok(tr!(
                "exports-exported-network",
                path = path,
                organisations = organisations,
                links = links
            ))
        }
        What::Table(table) => {
            let (bytes, count) = csv(doc, table, audience)?;
            write(output, &bytes)?;
            Ok(match table {
                Table::People => tr!("personal-exported-people", count = count, path = path),
                Table::Organisations => tr!("personal-exported-organisations", count = count, path = path),
                Table::Partnerships | Table::ActionItems | Table::Leads => {
                    tr!("exports-exported-table", count = count, path = path)
                }
            })
        }
    }
}

/// Every table as a CSV file in the folder `output`, made if missing. All
/// files are made before the first is written, and each is written whole.
fn folder(doc: &crate::model::Document, output: &Path, audience: Audience) -> Result<String, String> {
    let files = all_csv(doc, audience)?;
    if output.exists() && !output.is_dir() {
        return Err(file_error(output, &tr!("exports-not-a-folder")));
    }
    let mut said = Vec::with_capacity(files.len());
    let mut written = Vec::with_capacity(files.len());
    for (table, bytes, count) in files {
        let path = output.join(table.file_name());
        said.push(tr!(
            "exports-exported-table",
            count = count,
            path = path.display().to_string()
        ));
        written.push((path, bytes));
    }
    crate::persistence::write_files(output, &written).map_err(|e| file_error(output, &e.to_string()))?;
    Ok(said.join("\n"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::persistence::stage(path, bytes)
        .and_then(crate::persistence::Staged::commit_without_backup)
        .map(|_| ())
        .map_err(|e| file_error(path, &e.to_string()))
}

fn file_error(path: &Path, reason: &str) -> String {
    tr!(
        "cli-file-error",
        path = path.display().to_string(),
        reason = reason
    )
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
                what: What::Table(Table::People),
                output: "p.csv".into(),
                audience: Audience::Public,
            })
        );
        assert_eq!(
            parse(&args(&["--internal", "--organisations", "o.csv", "m.ron"])),
            Ok(Invocation::Export {
                meeting: "m.ron".into(),
                what: What::Table(Table::Organisations),
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

    #[test]
    fn parses_formats() {
        assert_eq!(
            parse(&args(&["m.ron", "--format", "csv", "-o", "out"])),
            Ok(Invocation::Export {
                meeting: "m.ron".into(),
                what: What::AllTables,
                output: "out".into(),
                audience: Audience::Public,
            })
        );
        assert_eq!(
            parse(&args(&[
                "--output",
                "n.gexf",
                "--internal",
                "m.ron",
                "--format",
                "gexf"
            ])),
            Ok(Invocation::Export {
                meeting: "m.ron".into(),
                what: What::Network,
                output: "n.gexf".into(),
                audience: Audience::Organisers,
            })
        );
        let unknown = parse(&args(&["m.ron", "--format", "pdf", "-o", "x"])).unwrap_err();
        assert!(unknown.contains("pdf"), "{unknown}");
        assert!(parse(&args(&["m.ron", "--format", "csv"])).is_err());
        assert!(parse(&args(&["m.ron", "-o", "x"])).is_err());
        assert!(parse(&args(&["m.ron", "--format"])).is_err());
        assert!(parse(&args(&["m.ron", "--format", "csv", "-o"])).is_err());
        assert!(
            parse(&args(&[
                "m.ron", "--people", "p.csv", "--format", "csv", "-o", "x"
            ]))
            .is_err()
        );
        assert!(parse(&args(&["--format", "gexf", "-o", "x"])).is_err());
    }
}
