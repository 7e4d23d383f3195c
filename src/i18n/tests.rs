use std::collections::{BTreeMap, BTreeSet};

use super::{Arg, CATALOGUE, Language, PluralRules, arguments, message, plural, rules};

#[test]
fn a_message_takes_its_arguments_without_isolation_marks() {
    let text = crate::tr!("i18n-example", name = "البنك", count = 2000_usize);
    assert_eq!(text, "البنك has 2,000 people");
    let one = crate::tr!("i18n-example", name = "ESCWA", count = 1_usize);
    assert_eq!(one, "ESCWA has 1 person");
}

#[test]
fn a_missing_message_gives_its_id() {
    assert_eq!(message("no-such-message", &[]), "no-such-message");
}

#[test]
fn arabic_plural_categories_hold_past_one_hundred() {
    let arabic: PluralRules = rules("ar").unwrap();
    let categories: Vec<_> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 199, 1000]
        .into_iter()
        .map(|n| plural(&arabic, n))
        .collect();
    assert_eq!(
        categories,
        [
            "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other", "few", "few",
            "many", "many", "other"
        ]
    );
}

#[test]
fn english_has_one_and_other() {
    let english = rules("en").unwrap();
    assert_eq!(plural(&english, 1), "one");
    assert_eq!(plural(&english, 0), "other");
    assert_eq!(plural(&english, 101), "other");
}

#[test]
fn a_language_chosen_for_a_piece_of_work_ends_with_it() {
    use super::{Language, in_language, language};
    assert_eq!(language(), Language::English);
    let inside = in_language(Language::Arabic, language);
    assert_eq!(inside, Language::Arabic);
    assert_eq!(language(), Language::English);
    let arabic = in_language(Language::Arabic, || {
        crate::tr!("i18n-example", name = "x", count = 1_usize)
    });
    assert_eq!(arabic, "لدى x شخص واحد");
    assert_eq!(
        crate::tr!("i18n-example", name = "x", count = 1_usize),
        "x has 1 person"
    );
}

/// The messages of a language's catalogue files and the variables each reads.
fn catalogue_of(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let folder = match language {
        Language::English => "en-US",
        Language::Arabic => "ar",
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/locales")
        .join(folder);
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut current = None;
        for line in text.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let id = line.split('=').next().unwrap().trim().to_owned();
                messages.entry(id.clone()).or_default();
                current = Some(id);
            } else if !line.is_empty() && !line.starts_with([' ', '}']) {
                current = None;
            }
            if let Some(id) = &current {
                let found = line.split('$').skip(1).map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect::<String>()
                });
                messages.entry(id.clone()).or_default().extend(found);
            }
        }
    }
    messages
}

/// Every message of either catalogue is in both, and formats in each
/// language without a Fluent error, for counts of every Arabic plural
/// category (0, 1, 2, 3, 11, 100, 103) and any text.
#[test]
fn every_message_is_in_both_languages_and_formats_without_error() {
    let english = catalogue_of(Language::English);
    let arabic = catalogue_of(Language::Arabic);
    assert!(english.len() > 1000, "the catalogue is read: {}", english.len());
    let mut problems = Vec::new();
    for id in english.keys().chain(arabic.keys()).collect::<BTreeSet<_>>() {
        let variables: BTreeSet<&String> = english
            .get(id)
            .into_iter()
            .chain(arabic.get(id))
            .flatten()
            .collect();
        for count in [0, 1, 2, 3, 11, 100, 103] {
            let names: BTreeSet<&str> = variables
                .iter()
                .map(|name| name.strip_suffix("_plural").unwrap_or(name))
                .collect();
            let args: Vec<(&'static str, Arg<'_>)> = names
                .iter()
                .map(|name| {
                    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
                    let counted = variables.contains(&format!("{name}_plural"));
                    (
                        name,
                        if counted {
                            Arg::Count(count)
                        } else {
                            Arg::from("x")
                        },
                    )
                })
                .collect();
            for language in Language::ALL {
                let values = arguments(language, &args);
                if let Err(e) = CATALOGUE.lookup_single_language(&language.id(), id, Some(&values)) {
                    problems.push(format!("{}: {id} with {count}: {e:?}", language.code()));
                }
            }
        }
    }
    problems.dedup_by(|a, b| a.split(" with ").next() == b.split(" with ").next());
    assert!(
        problems.is_empty(),
        "{} messages fail:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
