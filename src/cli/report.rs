//! `majlis report`: the meeting report, or a follow-up pack per
//! organisation, written as HTML or Markdown without opening the window.

use std::path::{Path, PathBuf};

use super::Invocation;
use crate::i18n::Language;
use crate::model::report::printables::Printable;
use crate::model::report::{self, Form, Options, SectionKind};
use crate::model::{Audience, Document};
use crate::render::{self, Format};
use crate::tr;

/// What `majlis report` writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    /// One report, with these sections (the working report's only).
    Report { form: Form, sections: Vec<SectionKind> },
    /// One follow-up pack per organisation, in a folder.
    PerOrganisation,
    /// A document printed for the day: the programme, the list of
    /// participants, the signature sheets or the name cards.
    Printable(Printable),
}

/// A report asked for on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub meeting: PathBuf,
    /// The file written, or the folder of the follow-up packs.
    pub output: PathBuf,
    pub what: What,
    pub format: Format,
    pub audience: Audience,
    pub language: Language,
}

/// Reads `report FILE.ron --format html|md [--internal] [--official]
/// [--language en|ar] [--sections LIST] [--per-organisation]
/// [--printable NAME] -o OUT` (the arguments after `report`).
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut meeting = None;
    let mut output = None;
    let mut format = None;
    let mut audience = Audience::Public;
    let mut language = Language::English;
    let mut form = Form::Working;
    let mut sections = None;
    let mut per_organisation = false;
    let mut printable = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .ok_or_else(|| tr!("report-cli-needs-value", option = arg))
        };
        match arg.as_str() {
            "--output" | "-o" => output = Some(PathBuf::from(value()?)),
            "--format" => format = Some(parse_format(value()?)?),
            "--language" => language = parse_language(value()?)?,
            "--sections" => sections = Some(SectionKind::parse_list(value()?)?),
            "--internal" => audience = Audience::Organisers,
            "--official" => form = Form::Official,
            "--per-organisation" | "--per-organization" => per_organisation = true,
            "--printable" => printable = Some(parse_printable(value()?)?),
            _ if arg.starts_with('-') => return Err(tr!("report-cli-unknown-option", option = arg)),
            _ if meeting.is_none() => meeting = Some(PathBuf::from(arg)),
            _ => return Err(tr!("cli-unexpected-arguments", arguments = arg)),
        }
    }
    let (Some(meeting), Some(output)) = (meeting, output) else {
        return Err(tr!("report-cli-needs-files"));
    };
    let what = match (printable, per_organisation, form, sections) {
        (Some(printable), false, Form::Working, None) if audience == Audience::Public => {
            What::Printable(printable)
        }
        (Some(_), ..) => return Err(tr!("report-cli-printable-alone")),
        (None, true, Form::Working, None) => What::PerOrganisation,
        (None, true, ..) => return Err(tr!("report-cli-packs-alone")),
        (None, false, Form::Official, Some(_)) => return Err(tr!("report-cli-official-sections")),
        (None, false, form, sections) => What::Report {
            form,
            sections: sections.unwrap_or_else(|| SectionKind::ALL.to_vec()),
        },
    };
    let format = match format {
        Some(format) => format,
        None => format_of(&output, &what)?,
    };
    Ok(Invocation::Report(Box::new(Request {
        meeting,
        output,
        what,
        format,
        audience,
        language,
    })))
}

fn parse_format(value: &str) -> Result<Format, String> {
    match value.to_ascii_lowercase().as_str() {
        "html" | "htm" => Ok(Format::Html),
        "md" | "markdown" => Ok(Format::Markdown),
        _ => Err(tr!("report-cli-unknown-format", format = value)),
    }
}

fn parse_printable(value: &str) -> Result<Printable, String> {
    Printable::ALL
        .into_iter()
        .find(|p| p.key().eq_ignore_ascii_case(value))
        .ok_or_else(|| {
            let known: Vec<&str> = Printable::ALL.iter().map(|p| p.key()).collect();
            tr!(
                "report-cli-unknown-printable",
                name = value,
                known = known.join(", ")
            )
        })
}

fn parse_language(value: &str) -> Result<Language, String> {
    match value.to_ascii_lowercase().as_str() {
        "en" | "english" => Ok(Language::English),
        "ar" | "arabic" => Ok(Language::Arabic),
        _ => Err(tr!("report-cli-unknown-language", language = value)),
    }
}

/// The format an output's extension names, when `--format` is not given.
fn format_of(output: &Path, what: &What) -> Result<Format, String> {
    let extension = output.extension().map(|e| e.to_string_lossy().to_string());
    match (what, extension) {
        (What::Report { .. } | What::Printable(_), Some(extension)) => {
            parse_format(&extension).map_err(|_| tr!("report-cli-needs-format"))
        }
        _ => Err(tr!("report-cli-needs-format")),
    }
}

/// Writes what `request` asks for and says what was written.
pub fn report(request: &Request) -> Result<String, String> {
    let meeting = &request.meeting;
    let loaded = crate::persistence::load(meeting).map_err(|e| file_error(meeting, &e.to_string()))?;
    let doc = &loaded.doc;
    let options = options(doc, request);
    match &request.what {
        What::Report { .. } => {
            not_over_meeting(&request.output, meeting)?;
            let text = render::render(&report::build(doc, &options), request.format)?;
            write(&request.output, &text)?;
            Ok(tr!(
                "report-cli-written",
                path = request.output.display().to_string()
            ))
        }
        What::PerOrganisation => packs(doc, &options, request),
        What::Printable(printable) => {
            not_over_meeting(&request.output, meeting)?;
            let printed = report::printables::build(doc, *printable, request.language);
            write(&request.output, &render::render(&printed, request.format)?)?;
            Ok(tr!(
                "report-cli-written",
                path = request.output.display().to_string()
            ))
        }
    }
}

/// The options of the report, made at the time the meeting room's clock shows now.
fn options(doc: &Document, request: &Request) -> Options {
    let mut options = Options::new(doc.meeting.room_clock(crate::model::now()));
    options.audience = request.audience;
    options.language = request.language;
    if let What::Report { form, sections } = &request.what {
        options.form = *form;
        options.sections.clone_from(sections);
    }
    options
}

/// One follow-up pack per organisation, all rendered before the first is written.
fn packs(doc: &Document, options: &Options, request: &Request) -> Result<String, String> {
    let folder = &request.output;
    if folder.extension().is_some_and(|e| e == "ron") || folder.is_file() {
        return Err(tr!(
            "report-cli-packs-need-folder",
            path = folder.display().to_string()
        ));
    }
    let files = report::packs::all(doc, options)
        .into_iter()
        .map(|(name, pack)| {
            let path = folder.join(format!("{name}.{}", request.format.extension()));
            render::render(&pack, request.format).map(|text| (path, text.into_bytes()))
        })
        .collect::<Result<Vec<(PathBuf, Vec<u8>)>, String>>()?;
    let count = files.len();
    crate::persistence::write_files(folder, &files).map_err(|e| file_error(folder, &e.to_string()))?;
    Ok(tr!(
        "report-cli-packs-written",
        count = count,
        path = folder.display().to_string()
    ))
}

/// Refuses to write a report over a meeting: a `.ron` or `.bak` file, or the
/// meeting the report is made from, whatever its name.
fn not_over_meeting(output: &Path, meeting: &Path) -> Result<(), String> {
    crate::model::export::check_target(output, Some(meeting))
        .map_err(|_| tr!("report-cli-not-over-meeting", path = output.display().to_string()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    crate::persistence::stage(path, text.as_bytes())
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

    fn request(a: &[&str]) -> Result<Request, String> {
        match parse(&args(a))? {
            Invocation::Report(request) => Ok(*request),
            other => Err(format!("{other:?}")),
        }
    }

    #[test]
    fn reads_a_report_request() {
        let asked = request(&[
            "m.ron",
            "--format",
            "md",
            "--internal",
            "--sections",
            "agenda, facts",
            "-o",
            "r.md",
        ])
        .unwrap();
        assert_eq!(asked.format, Format::Markdown);
        assert_eq!(asked.audience, Audience::Organisers);
        assert_eq!(
            asked.what,
            What::Report {
                form: Form::Working,
                sections: vec![SectionKind::Facts, SectionKind::Agenda]
            }
        );
        let official = request(&["m.ron", "--official", "--language", "ar", "-o", "r.html"]).unwrap();
        assert_eq!(official.format, Format::Html);
        assert_eq!(official.language, Language::Arabic);
        assert_eq!(official.audience, Audience::Public);
        let packs = request(&["m.ron", "--per-organisation", "--format", "html", "-o", "packs"]).unwrap();
        assert_eq!(packs.what, What::PerOrganisation);
        let cards = request(&["m.ron", "--printable", "name-cards", "-o", "cards.html"]).unwrap();
        assert_eq!(cards.what, What::Printable(Printable::NameCards));
    }

    #[test]
    fn refuses_what_it_cannot_do() {
        for bad in [
            &["m.ron", "-o", "r.html", "--sections", "facts,minutes"][..],
            &["m.ron", "-o", "r.html", "--sections", ""],
            &["m.ron", "-o", "r.pdf"],
            &["m.ron", "--format", "pdf", "-o", "r.pdf"],
            &["m.ron", "--language", "fr", "-o", "r.html"],
            &["m.ron", "--per-organisation", "-o", "packs"],
            &["m.ron", "--official", "--sections", "facts", "-o", "r.html"],
            &["m.ron", "--format", "html"],
            &["m.ron", "-o"],
            &["m.ron", "--bogus", "-o", "r.html"],
            &["m.ron", "--printable", "badges", "-o", "r.html"],
            &["m.ron", "--printable", "programme", "--official", "-o", "r.html"],
            &["m.ron", "--printable", "programme", "--internal", "-o", "r.html"],
        ] {
            assert!(request(bad).is_err(), "{bad:?} was accepted");
        }
        let unknown = request(&["m.ron", "-o", "r.html", "--sections", "facts,minutes"]).unwrap_err();
        assert!(
            unknown.contains("minutes") && unknown.contains("follow-up"),
            "{unknown}"
        );
    }
}
