//! `majlis shortlist`: the prospects of a meeting ranked by what each would
//! bring to partnerships, printed as a Markdown table with the reasons under
//! it, or as CSV for a spreadsheet.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::Invocation;
use crate::model::countries::country_name;
use crate::model::invitations::shortlist::{Candidate, Part, Why, shortlist as rank};
use crate::model::{Document, Vocabularies};
use crate::render::escape_markdown;
use crate::tr;

/// Prospects printed unless `--top` says otherwise.
const TOP: usize = 20;

/// How the shortlist is printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListFormat {
    #[default]
    Markdown,
    Csv,
}

/// A shortlist asked for on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub meeting: PathBuf,
    /// How many prospects, the best first.
    pub top: usize,
    pub format: ListFormat,
}

/// Reads `shortlist FILE.ron [--top N] [--format md|csv]` (the arguments after `shortlist`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut top = TOP;
    let mut format = ListFormat::Markdown;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .ok_or_else(|| tr!("shortlist-cli-needs-value", option = arg))
        };
        match arg.as_str() {
            "--top" | "-n" => {
                let text = value()?;
                top = text
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| tr!("shortlist-cli-bad-top", value = text))?;
            }
            "--format" => {
                let text = value()?;
                format = match text.to_ascii_lowercase().as_str() {
                    "md" | "markdown" => ListFormat::Markdown,
                    "csv" => ListFormat::Csv,
                    _ => return Err(tr!("shortlist-cli-unknown-format", format = text)),
                };
            }
            _ if arg.starts_with('-') => return Err(tr!("shortlist-cli-unknown-option", option = arg)),
            _ if meeting.is_none() => meeting = Some(PathBuf::from(arg)),
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        }
    }
    let Some(meeting) = meeting else {
        return Err(tr!("shortlist-cli-needs-file"));
    };
    Ok(Invocation::Shortlist(Request { meeting, top, format }))
}

/// The shortlist of the meeting `request` names, as text to print.
pub fn shortlist(request: &Request) -> Result<String, String> {
    let meeting = &request.meeting;
    let loaded = crate::persistence::load(meeting).map_err(|e| {
        tr!(
            "cli-file-error",
            path = meeting.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let doc = &loaded.doc;
    let mut list = rank(doc);
    list.truncate(request.top);
    match request.format {
        ListFormat::Markdown => Ok(markdown(doc, &list)),
        ListFormat::Csv => csv(doc, &list),
    }
}

/// The columns both formats share, for one candidate: name, type, country.
fn described(doc: &Document, candidate: &Candidate) -> (String, String, String, String) {
    let Some(org) = doc.organisation(candidate.organisation) else {
        return Default::default();
    };
    let kind = Vocabularies::label(&doc.vocabularies.stakeholder_types, &org.stakeholder_type);
    (
        org.name.clone(),
        org.name_ar.clone(),
        kind.to_owned(),
        org.country.clone(),
    )
}

fn markdown(doc: &Document, list: &[Candidate]) -> String {
    let mut out = format!(
        "# {}\n\n",
        escape_markdown(&tr!("shortlist-cli-title", meeting = &doc.meeting.title))
    );
    if list.is_empty() {
        out.push_str(&escape_markdown(&tr!("shortlist-cli-none")));
        return out;
    }
    let mut columns = vec![
        tr!("shortlist-cli-column-rank"),
        tr!("shortlist-cli-column-organisation"),
        tr!("shortlist-cli-column-type"),
        tr!("shortlist-cli-column-country"),
        tr!("shortlist-cli-column-score"),
    ];
    columns.extend(Part::ALL.map(Part::label));
    let numeric = |i: usize| i == 0 || i >= 4;
    let rule: Vec<&str> = (0..columns.len())
        .map(|i| if numeric(i) { "---:" } else { "---" })
        .collect();
    let header: Vec<String> = columns.iter().map(|c| escape_markdown(c)).collect();
    let _ = writeln!(out, "| {} |\n| {} |", header.join(" | "), rule.join(" | "));
    let mut reasons = String::new();
    for (rank, candidate) in (1..).zip(list) {
        let (name, _, kind, country) = described(doc, candidate);
        let mut cells = vec![
            rank.to_string(),
            name.clone(),
            kind,
            if country.trim().is_empty() {
                String::new()
            } else {
                country_name(&country)
            },
            candidate.score().to_string(),
        ];
        cells.extend(Part::ALL.map(|p| candidate.parts.get(p).to_string()));
        let cells: Vec<String> = cells.iter().map(|c| cell(&escape_markdown(c))).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        let _ = write!(reasons, "\n**{rank}. {}**\n\n", escape_markdown(&name));
        for why in &candidate.reasons {
            let _ = writeln!(reasons, "- {}", escape_markdown(&why.describe()));
        }
    }
    out.push_str(&reasons);
    out.trim_end().to_owned()
}

/// A table cell keeps its shape when empty.
fn cell(text: &str) -> String {
    if text.is_empty() {
        " ".to_owned()
    } else {
        text.to_owned()
    }
}

fn csv(doc: &Document, list: &[Candidate]) -> Result<String, String> {
    let mut header = vec![
        tr!("shortlist-cli-column-rank"),
        tr!("shortlist-cli-column-organisation"),
        tr!("shortlist-cli-column-name-ar"),
        tr!("shortlist-cli-column-type"),
        tr!("shortlist-cli-column-country"),
        tr!("shortlist-cli-column-score"),
    ];
    header.extend(Part::ALL.map(Part::label));
    header.push(tr!("shortlist-cli-column-reasons"));
    let rows: Vec<Vec<String>> = (1..)
        .zip(list)
        .map(|(rank, candidate): (usize, &Candidate)| {
            let (name, name_ar, kind, country) = described(doc, candidate);
            let mut row = vec![
                rank.to_string(),
                name,
                name_ar,
                kind,
                country,
                candidate.score().to_string(),
            ];
            row.extend(Part::ALL.map(|p| candidate.parts.get(p).to_string()));
            let reasons: Vec<String> = candidate.reasons.iter().map(Why::describe).collect();
            row.push(reasons.join("; "));
            row
        })
        .collect();
    let bytes = crate::model::export::write(&header, &rows)?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    // The printer ends the output with a line break of its own.
    Ok(text.trim_end_matches(['\r', '\n']).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<Invocation, String> {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        super::super::parse(&args)
    }

    #[test]
    fn parses_the_meeting_the_top_and_the_format() {
        assert_eq!(
            parsed(&["shortlist", "m.ron"]),
            Ok(Invocation::Shortlist(Request {
                meeting: "m.ron".into(),
                top: 20,
                format: ListFormat::Markdown,
            }))
        );
        assert_eq!(
            parsed(&["shortlist", "--format", "CSV", "m.ron", "--top", "5"]),
            Ok(Invocation::Shortlist(Request {
                meeting: "m.ron".into(),
                top: 5,
                format: ListFormat::Csv,
            }))
        );
        for wrong in [
            &["shortlist"][..],
            &["shortlist", "m.ron", "--top", "0"],
            &["shortlist", "m.ron", "--top", "many"],
            &["shortlist", "m.ron", "--top"],
            &["shortlist", "m.ron", "--format", "pdf"],
            &["shortlist", "m.ron", "--frobnicate"],
            &["shortlist", "m.ron", "n.ron"],
        ] {
            assert!(parsed(wrong).is_err(), "{wrong:?}");
        }
    }

    #[test]
    fn generate_takes_prospects() {
        assert_eq!(
            parsed(&["generate", "--prospects", "2000", "-o", "big.ron"]),
            Ok(Invocation::Generate {
                scale: 1,
                seed: 1,
                prospects: 2000,
                output: "big.ron".into()
            })
        );
        assert!(parsed(&["generate", "--prospects", "-1", "-o", "big.ron"]).is_err());
    }
}
