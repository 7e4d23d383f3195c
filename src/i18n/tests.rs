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
