//! `majlis import`: a list of organisations and a list of people (one or
//! both) added to a meeting, organisations first so that the people find
//! theirs, after a dated copy of the meeting is kept.

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::model::import::{self, Field, ListKind, Table, guess_mapping, guess_mapping_for, list_kind};
use crate::tr;

/// Reads `import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]`
/// (the arguments after `import`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut organisations = None;
    let mut people = None;
    let mut dry_run = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let slot = match arg.as_str() {
            "--people" | "-p" => &mut people,
            "--organisations" | "--organizations" => &mut organisations,
            "--dry-run" | "-n" => {
                dry_run = true;
                continue;
            }
            _ if arg.starts_with('-') => return Err(tr!("cli-import-unknown-option", option = arg)),
            _ if meeting.is_none() => {
                meeting = Some(PathBuf::from(arg));
                continue;
            }
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        };
        let Some(value) = rest.next() else {
            return Err(tr!("cli-import-needs-value", option = arg));
        };
        *slot = Some(PathBuf::from(value));
    }
    match meeting {
        Some(meeting) if organisations.is_some() || people.is_some() => Ok(Invocation::Import {
            meeting,
            organisations,
            people,
            dry_run,
        }),
        _ => Err(tr!("cli-import-needs-files")),
    }
}

/// A list read from its file, with what each column holds.
struct List<'a> {
    path: &'a Path,
    kind: ListKind,
    table: Table,
    mapping: Vec<Option<Field>>,
}

fn file_error(path: &Path, reason: String) -> String {
    tr!(
        "cli-file-error",
        path = path.display().to_string(),
        reason = reason
    )
}

/// Reads the list at `path` as a list of `kind`, refusing one that holds
/// the other kind or has no column of names.
fn read(path: &Path, kind: ListKind) -> Result<List<'_>, String> {
    let bytes = std::fs::read(path).map_err(|e| file_error(path, e.to_string()))?;
    let table = import::read_list(&bytes).map_err(|e| file_error(path, e.to_string()))?;
    let shown = path.display().to_string();
    let headers = table.headers.join(" | ");
    let mapping = guess_mapping_for(&table.headers, kind);
    let holds = |wanted: &[Field]| mapping.iter().flatten().any(|f| wanted.contains(f));
    match kind {
        ListKind::People => {
            if list_kind(&guess_mapping(&table.headers)) == ListKind::Organisations {
                return Err(tr!("cli-import-organisations-list", path = shown));
            }
            if !holds(&[Field::FullName, Field::FirstName, Field::LastName]) {
                return Err(tr!("cli-import-no-name-column", path = shown, headers = headers));
            }
        }
        ListKind::Organisations => {
            if let Some(column) = mapping
                .iter()
                .zip(&table.headers)
                .find(|(f, _)| f.is_some_and(Field::is_personal))
                .map(|(_, header)| header.clone())
            {
                return Err(tr!("cli-import-people-list", path = shown, column = column));
            }
            if !holds(&[Field::Organisation]) {
                return Err(tr!(
                    "cli-import-no-organisation-column",
                    path = shown,
                    headers = headers
                ));
            }
        }
    }
    Ok(List {
        path,
        kind,
        table,
        mapping,
    })
}

/// `majlis import`: adds the organisations, then the people, of the lists
/// to a meeting, after keeping a dated copy of it, and says what happened
/// to every row that needs a look.
pub fn import(
    meeting: &Path,
    organisations: Option<&Path>,
    people: Option<&Path>,
    dry_run: bool,
) -> Result<String, String> {
    let organisations = organisations
        .map(|path| read(path, ListKind::Organisations))
        .transpose()?;
    let people = people.map(|path| read(path, ListKind::People)).transpose()?;
    if crate::persistence::is_backup(meeting) {
        return Err(tr!("cli-import-backup", path = meeting.display().to_string()));
    }
    let loaded = crate::persistence::load(meeting).map_err(|e| file_error(meeting, e.to_string()))?;
    if loaded.newer_format {
        return Err(file_error(meeting, loaded.warning().unwrap_or_default()));
    }
    let mut doc = loaded.doc;
    let mut lines = Vec::new();
    let mut changed = false;
    for list in [organisations, people].into_iter().flatten() {
        let plan = match list.kind {
            ListKind::People => import::plan(&doc, &list.table, &list.mapping),
            ListKind::Organisations => import::plan_organisations(&doc, &list.table, &list.mapping),
        };
        lines.push(tr!(
            "cli-import-read",
            path = list.path.display().to_string(),
            encoding = list.table.encoding.as_str(),
            separator = list.table.separator_key()
        ));
        lines.push(plan.counts.describe());
        for row in plan.rows.iter().filter(|r| r.is_problem()) {
            let line = row.line.to_string();
            let texts =
                std::iter::once(row.outcome.describe()).chain(row.notes.iter().map(import::Note::describe));
            for text in texts {
                lines.push(tr!("cli-import-line", line = line.as_str(), text = text));
            }
        }
        changed |= !plan.actions.is_empty();
        // The people list is planned against the meeting with the organisations in.
        plan.apply_to(&mut doc);
    }
    if dry_run {
        lines.push(tr!("cli-import-dry-run"));
        return Ok(lines.join("\n"));
    }
    if !changed {
        lines.push(tr!("cli-import-nothing-to-do"));
        return Ok(lines.join("\n"));
    }
    let copy = crate::persistence::keep_before_import(meeting, chrono::Local::now().date_naive())
        .map_err(|e| file_error(meeting, e.to_string()))?;
    crate::persistence::save_unless_changed(meeting, &doc, loaded.fingerprint)
        .map_err(|e| file_error(meeting, e.to_string()))?;
    lines.push(tr!(
        "cli-import-saved",
        path = meeting.display().to_string(),
        copy = copy.display().to_string()
    ));
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_import() {
        assert_eq!(
            super::super::parse(&args(&["import", "m.ron", "--people", "list.csv"])),
            Ok(Invocation::Import {
                meeting: "m.ron".into(),
                organisations: None,
                people: Some("list.csv".into()),
                dry_run: false
            })
        );
        assert_eq!(
            parse(&args(&["--dry-run", "--people", "list.csv", "m.ron"])),
            Ok(Invocation::Import {
                meeting: "m.ron".into(),
                organisations: None,
                people: Some("list.csv".into()),
                dry_run: true
            })
        );
        assert_eq!(
            parse(&args(&["m.ron", "--people", "p.csv", "--organisations", "o.csv"])),
            Ok(Invocation::Import {
                meeting: "m.ron".into(),
                organisations: Some("o.csv".into()),
                people: Some("p.csv".into()),
                dry_run: false
            })
        );
        assert_eq!(
            parse(&args(&["m.ron", "--organisations", "o.csv"])),
            Ok(Invocation::Import {
                meeting: "m.ron".into(),
                organisations: Some("o.csv".into()),
                people: None,
                dry_run: false
            })
        );
        assert!(parse(&args(&["m.ron"])).is_err());
        assert!(parse(&args(&["m.ron", "--people"])).is_err());
        assert!(parse(&args(&["m.ron", "--organisations"])).is_err());
        assert!(parse(&args(&["m.ron", "--people", "a.csv", "--force"])).is_err());
        assert!(parse(&args(&["m.ron", "n.ron", "--people", "a.csv"])).is_err());
        assert!(parse(&args(&["--organisations", "o.csv"])).is_err());
    }
}
