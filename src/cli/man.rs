//! The manual page (`man majlis`), made from the command line's help so that
//! the two never disagree: `majlis --man` prints it in roff, and the package
//! installs what it printed.

/// The help's text as a manual page in roff (section 1).
pub fn page(help: &str, version: &str) -> String {
    let mut lines = help.lines();
    let summary = lines.next().unwrap_or_default();
    let what = summary.split_once(": ").map_or(summary, |(_, what)| what);
    let mut out = format!(
        ".TH MAJLIS 1 \"\" \"majlis {}\" \"User Commands\"\n.SH NAME\nmajlis \\- {}\n.SH SYNOPSIS\n.B majlis\n[\\fIFILE\\fR]\n.br\n.B majlis\n\\fICOMMAND\\fR ...\n.SH DESCRIPTION\n{}\n.SH COMMANDS\n",
        roff(version),
        roff(what),
        roff(&crate::tr!("cli-man-description")),
    );
    for line in lines {
        let text = line.trim();
        if text.is_empty() || text == "Usage:" {
            continue;
        }
        // A command starts two spaces in; its description and the rest of a
        // long command line are indented further.
        let command = line.starts_with("  majlis ");
        let continued = !command
            && line.starts_with("                ")
            && !line.starts_with("                           ");
        if command {
            // A short command has its description on the same line, after
            // a run of spaces.
            let (command, description) = match text.split_once("  ") {
                Some((command, description)) => (command, Some(description.trim())),
                None => (text, None),
            };
            out.push_str(".TP\n.B ");
            out.push_str(&roff(command));
            out.push('\n');
            if let Some(description) = description {
                out.push_str(&roff(description));
                out.push('\n');
            }
        } else if continued {
            out.push_str(".B ");
            out.push_str(&roff(text));
            out.push('\n');
        } else {
            out.push_str(&roff(text));
            out.push('\n');
        }
    }
    out.push_str(".SH FILES\n");
    out.push_str(&roff(&crate::tr!("cli-man-files")));
    out.push('\n');
    out
}

/// `text` safe in roff: backslashes and hyphens escaped, and no line starting
/// with a dot or an apostrophe (which roff would read as a request).
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_of_the_help_is_an_entry_of_the_page() {
        let help = crate::cli::help();
        let page = page(&help, "0.1.0");
        assert!(page.starts_with(".TH MAJLIS 1 "));
        assert!(page.contains("majlis \\- run a partnership\\-building meeting offline"));
        let commands = help.lines().filter(|l| l.starts_with("  majlis ")).count();
        assert!(commands >= 10, "{commands} commands in the help");
        assert_eq!(page.matches(".TP\n.B majlis").count(), commands);
        // A command and its description on one line of the help are apart.
        assert!(
            page.contains(".TP\n.B majlis [FILE.ron]\nOpen the window"),
            "{page}"
        );
        // Every word of the help is in the page.
        for word in help
            .split_whitespace()
            .filter(|w| w.chars().all(char::is_alphabetic))
        {
            assert!(page.contains(word), "{word} is missing");
        }
        assert!(
            page.lines().all(|l| !l.starts_with('\'')),
            "no line may start a request by accident"
        );
    }

    #[test]
    fn roff_requests_and_escapes_are_not_taken_from_the_text() {
        assert_eq!(roff(".ron files"), "\\&.ron files");
        assert_eq!(roff("a-b \\ c"), "a\\-b \\e c");
    }
}
