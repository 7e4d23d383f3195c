//! Cells that hold more than text: yes or no, who may see the contact
//! details, days, lists separated by `;`, and the apostrophe a spreadsheet
//! export puts before a cell that would run as a formula.

use chrono::NaiveDate;

use super::columns::words;
use crate::model::Confidentiality;
use crate::tr;

/// `yes` or `no` in English, French or Arabic, `true` or `false`, or the
/// words the export writes; `None` when `text` is none of them.
pub(super) fn consent(text: &str) -> Option<bool> {
    let key = words(text).concat();
    let is = |options: &[&str]| options.iter().any(|o| words(o).concat() == key);
    // The interface's own words are looked up last: a list repeats the same
    // few values thousands of times.
    if key.is_empty() {
        None
    } else if is(&["yes", "y", "oui", "o", "نعم", "true", "1"]) {
        Some(true)
    } else if is(&["no", "n", "non", "لا", "false", "0"]) {
        Some(false)
    } else if key == words(&tr!("personal-yes")).concat() {
        Some(true)
    } else if key == words(&tr!("personal-no")).concat() {
        Some(false)
    } else {
        None
    }
}

/// Who may see a record's contact details, from the labels the export writes
/// (`Public`, `Organisers only`) or the plain words; `None` when not recognised.
pub(super) fn confidentiality(text: &str) -> Option<Confidentiality> {
    let key = words(text).concat();
    if key.is_empty() {
        return None;
    }
    let plain = Confidentiality::ALL.into_iter().find(|level| {
        let words_for: &[&str] = match level {
            Confidentiality::Public => &["public", "publique", "عام", "علني"],
            Confidentiality::Organisers => &[
                "organisers",
                "organizers",
                "organisers only",
                "organizers only",
                "private",
                "organisateurs",
                "organisateurs seulement",
                "prive",
                "المنظمون فقط",
                "المنظمون",
                "خاص",
            ],
        };
        words_for.iter().any(|w| words(w).concat() == key)
    });
    plain.or_else(|| {
        Confidentiality::ALL
            .into_iter()
            .find(|level| words(&level.label()).concat() == key)
    })
}

/// The days of an attendance cell, `YYYY-MM-DD` separated by `;`, sorted
/// without repeats, and the pieces that are not such days.
pub(super) fn days(text: &str) -> (Vec<NaiveDate>, Vec<String>) {
    let mut days = Vec::new();
    let mut unread = Vec::new();
    for piece in list(text) {
        match NaiveDate::parse_from_str(&piece, "%Y-%m-%d") {
            Ok(day) => days.push(day),
            Err(_) => unread.push(piece),
        }
    }
    days.sort_unstable();
    days.dedup();
    (days, unread)
}

/// The items of a cell separated by `;`, trimmed, empty ones left out.
pub(super) fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A cell as it was before the export defused it: a leading apostrophe
/// before `=`, `+`, `-` or `@` is the export's, not the value's.
pub(super) fn undefused(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_in_three_languages() {
        for yes in ["Yes", "yes", "YES", "oui", "Oui", "نعم", "true", "TRUE", "1", "y"] {
            assert_eq!(consent(yes), Some(true), "{yes}");
        }
        for no in ["No", "no", "non", "Non", "لا", "false", "0", "N"] {
            assert_eq!(consent(no), Some(false), "{no}");
        }
        assert_eq!(consent(""), None);
        assert_eq!(consent("maybe"), None);
        assert_eq!(consent("not asked"), None);
    }

    #[test]
    fn confidentiality_from_the_export_labels() {
        assert_eq!(confidentiality("Public"), Some(Confidentiality::Public));
        assert_eq!(
            confidentiality("Organisers only"),
            Some(Confidentiality::Organisers)
        );
        assert_eq!(confidentiality("organizers"), Some(Confidentiality::Organisers));
        assert_eq!(
            confidentiality("Organisateurs seulement"),
            Some(Confidentiality::Organisers)
        );
        assert_eq!(confidentiality("عام"), Some(Confidentiality::Public));
        assert_eq!(confidentiality(""), None);
        assert_eq!(confidentiality("Secret"), None);
    }

    #[test]
    fn attendance_days() {
        let day = |d| NaiveDate::from_ymd_opt(2007, 9, d).unwrap();
        assert_eq!(days("2007-09-05; 2007-09-06"), (vec![day(5), day(6)], vec![]));
        assert_eq!(
            days("2007-09-06;2007-09-05;2007-09-06"),
            (vec![day(5), day(6)], vec![])
        );
        assert_eq!(days(""), (vec![], vec![]));
        assert_eq!(
            days("2007-09-05; 5 Sept; 2007-02-30"),
            (vec![day(5)], vec!["5 Sept".to_owned(), "2007-02-30".to_owned()])
        );
    }

    #[test]
    fn lists_and_defused_cells() {
        assert_eq!(list(" a; b ;;c;"), ["a", "b", "c"]);
        assert!(list(" ; ").is_empty());
        assert_eq!(undefused("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(undefused("'+SUM(A1)"), "+SUM(A1)");
        assert_eq!(undefused("'@cmd"), "@cmd");
        assert_eq!(undefused("'quoted'"), "'quoted'");
        assert_eq!(undefused("O'Brien"), "O'Brien");
    }
}
