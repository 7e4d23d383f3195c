//! The message catalogue and the code agree: every message the code names is
//! in the catalogue with the arguments it reads, and every message of the
//! catalogue is named by some code.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A message of the catalogue: where it is and the variables it reads.
struct Message {
    file: PathBuf,
    variables: BTreeSet<String>,
}

/// A use of a message in the code: where, and the arguments it passes.
struct Use {
    place: String,
    arguments: BTreeSet<String>,
}

#[test]
fn code_and_catalogue_name_the_same_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (arabic, _) = catalogue(&root.join("assets/locales/ar"));
    let (catalogue, duplicates) = catalogue(&root.join("assets/locales/en-US"));
    let uses = uses(&root.join("src"));
    assert!(!catalogue.is_empty() && !uses.is_empty(), "found no messages");
    assert!(
        duplicates.is_empty(),
        "defined twice in the catalogue: {duplicates:?}"
    );

    let missing: Vec<String> = uses
        .iter()
        .filter(|(id, _)| !catalogue.contains_key(*id))
        .map(|(id, places)| format!("{id} (used at {})", places[0].place))
        .collect();
    assert!(
        missing.is_empty(),
        "messages missing from the catalogue:\n{}",
        missing.join("\n")
    );

    let unused: Vec<String> = catalogue
        .iter()
        .filter(|(id, _)| !uses.contains_key(*id))
        .map(|(id, message)| format!("{id} (in {})", message.file.display()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses:\n{}", unused.join("\n"));

    let mut unfed = Vec::new();
    for (id, places) in &uses {
        let message = &catalogue[id];
        let arabic_variables = arabic.get(id).map(|m| &m.variables).into_iter().flatten();
        let variables: BTreeSet<&String> = message.variables.iter().chain(arabic_variables).collect();
        for used in places {
            for variable in &variables {
                let argument = variable.strip_suffix("_plural").unwrap_or(variable);
                if !used.arguments.contains(argument) {
                    unfed.push(format!("{id} reads ${variable}, not passed at {}", used.place));
                }
            }
        }
    }
    assert!(
        unfed.is_empty(),
        "messages read arguments the code does not pass:\n{}",
        unfed.join("\n")
    );
}

/// Arabic has six plural forms, and a count of 100 or 103 takes a form of
/// its own: every Arabic message that selects on a count names them all.
#[test]
fn arabic_counts_have_every_plural_form() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales/ar");
    let mut lacking = Vec::new();
    for entry in fs::read_dir(&root).expect("the Arabic catalogue") {
        let path = entry.expect("a catalogue file").path();
        let text = fs::read_to_string(&path).expect("a readable catalogue file");
        for (line_number, forms) in plural_selectors(&text) {
            let missing: Vec<&str> = ["zero", "one", "two", "few", "many", "other"]
                .into_iter()
                .filter(|form| !forms.contains(*form))
                .collect();
            if !missing.is_empty() {
                lacking.push(format!("{}:{line_number} lacks {missing:?}", path.display()));
            }
        }
    }
    assert!(
        lacking.is_empty(),
        "Arabic plural selectors:\n{}",
        lacking.join("\n")
    );
}

#[test]
fn the_selector_reader_finds_each_selectors_own_forms() {
    let found = plural_selectors(
        "a = { $n_plural ->\n    [one] x { $k ->\n        [few] y\n       *[other] z\n    }\n   *[other] w\n}\n",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, BTreeSet::from(["one".to_owned(), "other".to_owned()]));
}

/// How many more braces `text` opens than it closes.
fn brace_balance(text: &str) -> i64 {
    text.chars()
        .map(|c| match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        })
        .sum()
}

/// Each `{ $x_plural ->` selector of `text`: its line and the forms it names
/// at its own level (not those of a selector inside one of its variants).
fn plural_selectors(text: &str) -> Vec<(usize, BTreeSet<String>)> {
    let mut found = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (start, line) in lines.iter().enumerate() {
        let Some(at) = line.find("_plural ->") else {
            continue;
        };
        let mut forms = BTreeSet::new();
        let mut depth = brace_balance(&line[at..]);
        for variant in &lines[start + 1..] {
            if depth < 0 {
                break;
            }
            let key = variant.trim_start().trim_start_matches('*');
            if depth == 0
                && let Some(form) = key.strip_prefix('[').and_then(|k| k.split_once(']'))
            {
                forms.insert(form.0.to_owned());
            }
            depth += brace_balance(variant);
        }
        found.push((start + 1, forms));
    }
    found
}

#[test]
fn the_scanner_reads_calls_over_several_lines() {
    let found = calls(
        "let a = tr!(\"one\");\nlet b = tr!(\n    \"two-x\",\n    name = f(a, (b, c)),\n    count = \"x,y\".len(),\n);",
    );
    let found: Vec<_> = found
        .into_iter()
        .map(|(id, args, _)| (id, args.into_iter().collect::<Vec<_>>()))
        .collect();
    assert_eq!(
        found,
        [
            ("one".to_owned(), vec![]),
            ("two-x".to_owned(), vec!["count".to_owned(), "name".to_owned()])
        ]
    );
}

#[test]
fn the_reader_finds_messages_and_their_variables() {
    let found = messages(
        "# comment\nfirst = Hello { $name }\nsecond =\n    { $count_plural ->\n        [one] { $count } item\n       *[other] { $count } items\n    }\n-term = x\n",
    );
    let found: Vec<_> = found
        .into_iter()
        .map(|(id, vars)| (id, vars.into_iter().collect::<Vec<_>>()))
        .collect();
    assert_eq!(
        found,
        [
            ("first".to_owned(), vec!["name".to_owned()]),
            (
                "second".to_owned(),
                vec!["count".to_owned(), "count_plural".to_owned()]
            )
        ]
    );
}

/// The messages of every `.ftl` file in `dir`, and the ids defined twice.
fn catalogue(dir: &Path) -> (BTreeMap<String, Message>, Vec<String>) {
    let mut all = BTreeMap::new();
    let mut duplicates = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("the catalogue folder")
        .map(|entry| entry.expect("a catalogue file").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).expect("a readable catalogue file");
        for (id, variables) in messages(&text) {
            let message = Message {
                file: file.clone(),
                variables,
            };
            if all.insert(id.clone(), message).is_some() {
                duplicates.push(id);
            }
        }
    }
    (all, duplicates)
}

/// The messages of one Fluent file: a message starts at the start of a line
/// with its id and `=`; its value goes on over the indented lines after it.
fn messages(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in text.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if starts_message {
            let (id, value) = line.split_once('=').expect("a message line has '='");
            found.push((id.trim().to_owned(), variables(value)));
        } else if line.starts_with(' ')
            && let Some((_, vars)) = found.last_mut()
        {
            vars.extend(variables(line));
        }
    }
    found
}

fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// Every `tr!` call under `dir`, by id.
fn uses(dir: &Path) -> BTreeMap<String, Vec<Use>> {
    let mut all: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    for file in rust_files(dir) {
        let text = fs::read_to_string(&file).expect("a readable source file");
        for (id, arguments, line) in calls(&text) {
            let place = format!("{}:{line}", file.display());
            all.entry(id).or_default().push(Use { place, arguments });
        }
    }
    all
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a source entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// The `tr!("id", name = value, ...)` calls in `text`: id, argument names, line.
fn calls(text: &str) -> Vec<(String, BTreeSet<String>, usize)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("tr!(") {
        let before = &text[..text.len() - rest.len() + at];
        let line = before.lines().count().max(1);
        let whole_word = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let in_comment = before
            .rsplit('\n')
            .next()
            .is_some_and(|line| line.trim_start().starts_with("//"));
        rest = &rest[at + 4..];
        if !whole_word || in_comment {
            continue; // `include_str!(` and the like, or an example in a comment
        }
        let Some(body) = rest.trim_start().strip_prefix('"') else {
            continue; // the macro itself, or a mention in prose
        };
        let Some(end) = body.find('"') else { continue };
        let id = body[..end].to_owned();
        let arguments = arguments(&body[end + 1..]);
        found.push((id, arguments, line));
    }
    found
}

/// The names of `name = value` arguments up to the call's closing parenthesis.
fn arguments(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut segment = String::new();
    for c in text.chars() {
        if in_string {
            escaped = !escaped && c == '\\';
            if c == '"' && !escaped {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            ')' => break,
            ',' if depth == 0 => {
                take_name(&segment, &mut names);
                segment.clear();
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            segment.push(c);
        }
    }
    take_name(&segment, &mut names);
    names
}

fn take_name(segment: &str, names: &mut BTreeSet<String>) {
    if let Some((name, _)) = segment.split_once('=') {
        let name = name.trim();
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            names.insert(name.to_owned());
        }
    }
}

/// Every character of every message, in both languages, has a glyph in the
/// window's fonts (the window's title aside): a missing one shows as an empty box (and stops a test).
#[test]
fn the_window_fonts_draw_every_message() {
    let ctx = egui::Context::default();
    majlis::fonts::install(&ctx);
    // Fonts are loaded at the start of a frame.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales");
    let mut missing = BTreeSet::new();
    for language in ["en-US", "ar"] {
        for entry in fs::read_dir(root.join(language)).expect("a catalogue folder") {
            let path = entry.expect("a catalogue file").path();
            let text = fs::read_to_string(&path).expect("a readable catalogue file");
            let font = egui::FontId::proportional(14.0);
            // The window's title is drawn by the desktop, in its own fonts.
            let drawn = text.lines().filter(|line| !line.starts_with("app-title"));
            for c in drawn.flat_map(str::chars).filter(|c| !c.is_control()) {
                if !ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c)) {
                    missing.insert(format!("{c:?} (U+{:04X}) in {}", u32::from(c), path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "characters the fonts cannot draw: {missing:#?}"
    );
}
