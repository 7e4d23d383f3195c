use super::{PluralRules, message, plural, rules};

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
    // A message the Arabic catalogue lacks is given in English.
    let fallback = in_language(Language::Arabic, || {
        crate::tr!("i18n-example", name = "x", count = 1_usize)
    });
    assert_eq!(fallback, "x has 1 person");
}
