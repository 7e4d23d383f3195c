//! `majlis merge`: the rapporteurs' copies merged into the organiser's file
//! without a window (see [`crate::model::merge`]). Where both sides changed
//! the same value, the organiser's file (or the copy merged before) wins and
//! the other value is kept in a note attached to the record.

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::model::Document;
use crate::model::copy::same_file;
use crate::model::merge::{Conflict, Duplicate, MergeCounts, add_notes, merge_files};
use crate::persistence::{self, Fingerprint};
use crate::tr;

/// Reads `merge BASE.ron OTHER.ron [MORE.ron ...] -o OUT.ron` (the arguments
/// after `merge`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut files = Vec::new();
    let mut output = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--output" | "-o" => {
                let Some(value) = rest.next() else {
                    return Err(tr!("merge-cli-needs-value", option = arg));
                };
                output = Some(PathBuf::from(value));
            }
            _ if arg.starts_with('-') => return Err(tr!("merge-cli-unknown-option", option = arg)),
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let Some(output) = output else {
        return Err(tr!("merge-cli-needs-output"));
    };
    let mut files = files.into_iter();
    match files.next() {
        Some(base) if files.len() > 0 => Ok(Invocation::Merge {
            base,
            others: files.collect(),
            output,
        }),
        _ => Err(tr!("merge-cli-needs-files")),
    }
}

fn file_error(path: &Path, reason: String) -> String {
    tr!(
        "cli-file-error",
        path = path.display().to_string(),
        reason = reason
    )
}

/// Reads a session file, refusing one written by a newer Majlis: what it
/// holds that this version does not know would be lost.
fn read(path: &Path) -> Result<(Document, Option<Fingerprint>), String> {
    let loaded = persistence::load(path).map_err(|e| file_error(path, e.to_string()))?;
    if loaded.newer_format {
        // Format numbers are versions, not counts.
        return Err(tr!(
            "merge-cli-newer-format",
            path = path.display().to_string(),
            found = loaded.source_version.to_string(),
            known = crate::model::FORMAT_VERSION.to_string()
        ));
    }
    Ok((loaded.doc, loaded.fingerprint))
}

/// The name a note gives the file a value came from.
fn name_of(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `majlis merge`: merges each of `others` into `base` in turn, writes the
/// result to `output` atomically (after a dated copy of what `output` held),
/// and says what came from each file, every conflict with both of its values,
/// and the records that may be duplicates.
pub fn merge(base: &Path, others: &[PathBuf], output: &Path) -> Result<String, String> {
    if let Some(other) = others.iter().find(|o| same_file(o, output)) {
        return Err(tr!("merge-cli-not-over-copy", path = other.display().to_string()));
    }
    if persistence::is_backup(output) {
        return Err(tr!(
            "merge-cli-not-over-backup",
            path = output.display().to_string()
        ));
    }
    let (mut doc, base_fingerprint) = read(base)?;
    let mut lines = Vec::new();
    let mut total = MergeCounts::default();
    for path in others {
        let (other, _) = read(path)?;
        let name = name_of(path);
        let before = doc.merge_notes.len();
        let mut merged =
            merge_files(&doc, &[(name.clone(), other)]).map_err(|e| file_error(path, e.to_string()))?;
        let notes = &mut merged.doc.merge_notes;
        let new = notes.split_off(before.min(notes.len()));
        add_notes(notes, new);
        // Merged before: its conflicts are in notes already.
        if merged.doc == doc {
            lines.push(tr!("merge-cli-nothing-new", file = name.as_str()));
            continue;
        }
        let counts = merged.counts;
        lines.push(tr!(
            "merge-cli-counts",
            file = name.as_str(),
            taken = counts.taken,
            combined = counts.combined,
            conflicted = counts.conflicted
        ));
        for conflict in &merged.conflicts {
            conflict_lines(conflict, &mut lines);
        }
        for duplicate in &merged.duplicates {
            lines.push(duplicate_line(duplicate));
        }
        total.taken += counts.taken;
        total.combined += counts.combined;
        total.conflicted += counts.conflicted;
        doc = merged.doc;
    }
    if others.len() > 1 {
        lines.push(tr!(
            "merge-cli-total",
            files = others.len(),
            taken = total.taken,
            combined = total.combined,
            conflicted = total.conflicted
        ));
    }
    let kept = if output.exists() {
        let copy = persistence::keep_before_merge(output, chrono::Local::now().date_naive())
            .map_err(|e| file_error(output, e.to_string()))?;
        Some(copy)
    } else {
        None
    };
    // Written over the organiser's file: refused if it changed since it was read.
    let expected = if same_file(base, output) {
        base_fingerprint
    } else {
        None
    };
    persistence::save_unless_changed(output, &doc, expected)
        .map_err(|e| file_error(output, e.to_string()))?;
    let path = output.display().to_string();
    lines.push(match kept {
        Some(copy) => tr!(
            "merge-cli-saved-over",
            path = path,
            copy = copy.display().to_string()
        ),
        None => tr!("merge-cli-saved", path = path),
    });
    Ok(lines.join("\n"))
}

/// A conflict and both of its values.
fn conflict_lines(conflict: &Conflict, lines: &mut Vec<String>) {
    lines.push(tr!("merge-cli-conflict", conflict = conflict.line()));
    lines.push(match &conflict.ours {
        Some(value) => tr!("merge-cli-kept", value = value.as_str()),
        None => tr!("merge-cli-kept-absent"),
    });
    lines.push(match &conflict.theirs {
        Some(value) => tr!("merge-cli-set-aside", value = value.as_str()),
        None => tr!("merge-cli-set-aside-absent"),
    });
}

fn duplicate_line(duplicate: &Duplicate) -> String {
    tr!(
        "merge-cli-duplicate",
        kind = duplicate.kind,
        ours = duplicate.ours_name.as_str(),
        theirs = duplicate.theirs_name.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_merge() {
        assert_eq!(
            super::super::parse(&args(&["merge", "m.ron", "a.ron", "-o", "out.ron"])),
            Ok(Invocation::Merge {
                base: "m.ron".into(),
                others: vec!["a.ron".into()],
                output: "out.ron".into(),
            })
        );
        assert_eq!(
            parse(&args(&["--output", "out.ron", "m.ron", "a.ron", "b.ron"])),
            Ok(Invocation::Merge {
                base: "m.ron".into(),
                others: vec!["a.ron".into(), "b.ron".into()],
                output: "out.ron".into(),
            })
        );
        assert!(parse(&args(&["m.ron", "a.ron"])).is_err(), "no -o");
        assert!(
            parse(&args(&["m.ron", "-o", "out.ron"])).is_err(),
            "nothing to merge"
        );
        assert!(parse(&args(&["m.ron", "a.ron", "-o"])).is_err());
        assert!(parse(&args(&["m.ron", "a.ron", "-o", "x.ron", "--force"])).is_err());
    }
}
