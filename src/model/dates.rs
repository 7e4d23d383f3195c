//! Due dates as people type them: ISO, day first (the meeting is in Beirut),
//! English month names, words relative to the meeting day, and Arabic digits.

use chrono::{Datelike, Days, NaiveDate};

use crate::tr;

/// Text that does not read as a date. The message is one sentence for the status bar.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DateError {
    /// The text as typed, without surrounding white space.
    pub text: String,
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!("date-not-a-date", text = shortened(&self.text)))
    }
}

/// Reads a due date as people type it, relative to `today` (the meeting day).
///
/// - nothing, or only white space: no date;
/// - `2007-10-15` (year first), or day first: `15/10/2007`, `15.10.2007`, `15-10-2007`,
///   `15/10/07` (a two-digit year is in the century of `today`), `15/10`;
/// - English month names, full or three letters, in any case: `15 Oct`, `15 October 2007`,
///   `Oct 15`, `October 15, 2007`, `15-Oct-2007`;
/// - `today`, `tomorrow`, `yesterday`, a weekday (`friday`, `fri`: the next one after
///   today), `next week`, `in 3 days`, `in 2 weeks`, and in Arabic `اليوم`, `غدا`.
///
/// Digits may be Arabic-Indic (`١٥/١٠`) or Eastern Arabic-Indic (`۱۵/۱۰`). A date without
/// a year is the next such date on or after `today`. Impossible dates such as 31/02 are
/// errors, never moved to a nearby day.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    tokens(text)
        .and_then(|tokens| date_of(&tokens, today))
        .map(Some)
        .ok_or_else(|| DateError {
            text: text.to_owned(),
        })
}

/// Long pasted text would drown the message; the field still shows all of it.
fn shortened(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() > MAX_CHARS {
        let mut short: String = text.chars().take(MAX_CHARS).collect();
        short.push('…');
        short
    } else {
        text.to_owned()
    }
}

/// A run of digits, with its length: `07` is a two-digit year, `2007` a full one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Number {
    value: u32,
    digits: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Number(Number),
    Word(String),
}

/// Splits lower-cased text into numbers and words at white space and `/ . - ,`;
/// `None` for any other character or a number too long to be part of a date.
fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut digits = String::new();
    let mut word = String::new();
    for c in text.to_lowercase().chars() {
        if is_arabic_mark(c) {
            // Vowel marks such as the tanwin of غداً do not change the word (and Unicode
            // counts them as alphabetic, so they are checked first).
        } else if let Some(digit) = ascii_digit(c) {
            push_word(&mut word, &mut tokens);
            digits.push(digit);
        } else if c.is_alphabetic() {
            let after_number = !digits.is_empty();
            push_number(&mut digits, &mut tokens)?;
            if after_number {
                // Marks a word typed straight after a number, so `15th` can drop its suffix.
                word.push('#');
            }
            word.push(c);
        } else if c.is_whitespace() || matches!(c, '/' | '.' | '-' | ',' | '\u{060c}') {
            push_number(&mut digits, &mut tokens)?;
            push_word(&mut word, &mut tokens);
        } else {
            return None;
        }
    }
    push_number(&mut digits, &mut tokens)?;
    push_word(&mut word, &mut tokens);
    Some(tokens)
}

fn push_number(digits: &mut String, tokens: &mut Vec<Token>) -> Option<()> {
    if !digits.is_empty() {
        // Nine digits always fit a u32; no part of a date needs more.
        let value = if digits.len() <= 9 {
            digits.parse().ok()?
        } else {
            return None;
        };
        tokens.push(Token::Number(Number {
            value,
            digits: digits.len(),
        }));
        digits.clear();
    }
    Some(())
}

fn push_word(word: &mut String, tokens: &mut Vec<Token>) {
    if word.is_empty() {
        return;
    }
    match word.strip_prefix('#') {
        Some("st" | "nd" | "rd" | "th") => {}
        Some(rest) => tokens.push(Token::Word(rest.to_owned())),
        None => tokens.push(Token::Word(word.clone())),
    }
    word.clear();
}

/// ASCII, Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits as ASCII.
fn ascii_digit(c: char) -> Option<char> {
    let zero = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06f0}'..='\u{06f9}' => 0x06f0,
        _ => return None,
    };
    char::from_digit(u32::from(c) - zero, 10)
}

/// Arabic vowel marks (harakat, tanwin, shadda, sukun).
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064b}'..='\u{0652}')
}

fn date_of(tokens: &[Token], today: NaiveDate) -> Option<NaiveDate> {
    use Token::{Number as N, Word as W};
    match tokens {
        [W(word)] => word_date(word, today),
        [W(next), W(week)] if next == "next" && week == "week" => today.checked_add_days(Days::new(7)),
        [W(within), N(count), W(unit)] if within == "in" => in_days(today, *count, unit),
        [N(year), N(month), N(day)] if year.digits == 4 => {
            NaiveDate::from_ymd_opt(full_year(*year, today)?, small(*month)?, small(*day)?)
        }
        [N(day), N(month), N(year)] => {
            NaiveDate::from_ymd_opt(full_year(*year, today)?, small(*month)?, small(*day)?)
        }
        [N(day), N(month)] => next_on_or_after(today, small(*month)?, small(*day)?),
        [N(day), W(month)] | [W(month), N(day)] => {
            next_on_or_after(today, month_number(month)?, small(*day)?)
        }
        [N(day), W(month), N(year)] | [W(month), N(day), N(year)] => {
            NaiveDate::from_ymd_opt(full_year(*year, today)?, month_number(month)?, small(*day)?)
        }
        _ => None,
    }
}

fn word_date(word: &str, today: NaiveDate) -> Option<NaiveDate> {
    match word {
        "today" | "اليوم" => Some(today),
        "tomorrow" | "غدا" => today.succ_opt(),
        "yesterday" => today.pred_opt(),
        _ => {
            let weekday = weekday_number(word)?;
            let ahead = (weekday + 7 - today.weekday().num_days_from_monday()) % 7;
            let ahead = if ahead == 0 { 7 } else { ahead };
            today.checked_add_days(Days::new(u64::from(ahead)))
        }
    }
}

fn in_days(today: NaiveDate, count: Number, unit: &str) -> Option<NaiveDate> {
    let per_unit = match unit {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    today.checked_add_days(Days::new(u64::from(count.value).checked_mul(per_unit)?))
}

/// A day or month: one or two digits.
fn small(number: Number) -> Option<u32> {
    (number.digits <= 2).then_some(number.value)
}

/// Four digits as written; two digits in the century of `today`.
fn full_year(number: Number, today: NaiveDate) -> Option<i32> {
    let value = i32::try_from(number.value).ok()?;
    match number.digits {
        4 => Some(value),
        2 => Some(today.year().div_euclid(100) * 100 + value),
        _ => None,
    }
}

/// The first `day`/`month` on or after `today`; 29 February may be a few years ahead.
fn next_on_or_after(today: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (today.year()..=today.year().saturating_add(8))
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date >= today)
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word == "sept" {
        return Some(9);
    }
    name_index(&MONTHS, word).map(|i| i + 1)
}

/// Monday is 0, as in `Weekday::num_days_from_monday`.
fn weekday_number(word: &str) -> Option<u32> {
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    match word {
        "tues" => Some(1),
        "thur" | "thurs" => Some(3),
        _ => name_index(&WEEKDAYS, word),
    }
}

/// Position of a name given in full or by its first three letters.
fn name_index(names: &[&str], word: &str) -> Option<u32> {
    let position = names
        .iter()
        .position(|name| *name == word || (word.chars().count() == 3 && name.starts_with(word)))?;
    u32::try_from(position).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A Monday in the week of the meeting.
    fn meeting_day() -> NaiveDate {
        ymd(2007, 10, 15)
    }

    fn parsed(text: &str) -> NaiveDate {
        parse_date(text, meeting_day())
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .unwrap_or_else(|| panic!("{text}: no date"))
    }

    #[test]
    fn empty_text_is_no_date() {
        assert_eq!(parse_date("", meeting_day()), Ok(None));
        assert_eq!(parse_date(" \t\n ", meeting_day()), Ok(None));
    }

    #[test]
    fn numeric_dates_are_day_first_except_iso() {
        let date = ymd(2007, 10, 20);
        for text in [
            "2007-10-20",
            "20/10/2007",
            "20.10.2007",
            "20-10-2007",
            "20/10/07",
            " 20/10/2007 ",
            "2007/10/20",
        ] {
            assert_eq!(parsed(text), date, "{text}");
        }
        assert_eq!(parsed("3/4/2008"), ymd(2008, 4, 3));
        assert_eq!(parsed("03/04/08"), ymd(2008, 4, 3));
    }

    #[test]
    fn two_digit_years_are_in_the_century_of_today() {
        assert_eq!(parsed("1/2/99"), ymd(2099, 2, 1));
        assert_eq!(parse_date("1/2/99", ymd(1995, 1, 1)), Ok(Some(ymd(1999, 2, 1))));
    }

    #[test]
    fn dates_without_a_year_are_the_next_on_or_after_today() {
        assert_eq!(parsed("20/10"), ymd(2007, 10, 20));
        assert_eq!(parsed("15/10"), ymd(2007, 10, 15));
        assert_eq!(parsed("14/10"), ymd(2008, 10, 14));
        let december = ymd(2007, 12, 20);
        assert_eq!(parse_date("5 Jan", december), Ok(Some(ymd(2008, 1, 5))));
        assert_eq!(parse_date("5/1", december), Ok(Some(ymd(2008, 1, 5))));
        assert_eq!(parse_date("29 feb", ymd(2008, 3, 1)), Ok(Some(ymd(2012, 2, 29))));
    }

    #[test]
    fn month_names_in_any_order_and_case() {
        let date = ymd(2007, 10, 20);
        for text in [
            "20 Oct",
            "20 oct",
            "20 OCTOBER",
            "20 October 2007",
            "Oct 20",
            "October 20, 2007",
            "october 20 2007",
            "20-Oct-2007",
            "20 Oct 07",
            "20th October",
            "Oct. 20th, 2007",
        ] {
            assert_eq!(parsed(text), date, "{text}");
        }
        assert_eq!(parsed("1 sept 2008"), ymd(2008, 9, 1));
        assert_eq!(parsed("1 Sep 2008"), ymd(2008, 9, 1));
        assert_eq!(parsed("May 2nd"), ymd(2008, 5, 2));
    }

    #[test]
    fn words_relative_to_the_meeting_day() {
        assert_eq!(parsed("today"), ymd(2007, 10, 15));
        assert_eq!(parsed("Tomorrow"), ymd(2007, 10, 16));
        assert_eq!(parsed("yesterday"), ymd(2007, 10, 14));
        assert_eq!(parsed("next week"), ymd(2007, 10, 22));
        assert_eq!(parsed("in 3 days"), ymd(2007, 10, 18));
        assert_eq!(parsed("in 1 day"), ymd(2007, 10, 16));
        assert_eq!(parsed("in 2 weeks"), ymd(2007, 10, 29));
    }

    #[test]
    fn weekdays_are_the_next_one_after_today() {
        assert_eq!(parsed("friday"), ymd(2007, 10, 19));
        assert_eq!(parsed("Fri"), ymd(2007, 10, 19));
        assert_eq!(parsed("monday"), ymd(2007, 10, 22));
        assert_eq!(parsed("tue"), ymd(2007, 10, 16));
        assert_eq!(parsed("thurs"), ymd(2007, 10, 18));
        assert_eq!(parsed("sun"), ymd(2007, 10, 21));
    }

    #[test]
    fn arabic_digits_and_words() {
        assert_eq!(parsed("٢٠/١٠/٢٠٠٧"), ymd(2007, 10, 20));
        assert_eq!(parsed("۲۰/۱۰/۲۰۰۷"), ymd(2007, 10, 20));
        assert_eq!(parsed("٢٠٠٧-١٠-٢٠"), ymd(2007, 10, 20));
        assert_eq!(parsed("٢٠ Oct"), ymd(2007, 10, 20));
        assert_eq!(parsed("اليوم"), ymd(2007, 10, 15));
        assert_eq!(parsed("غدا"), ymd(2007, 10, 16));
        assert_eq!(parsed("غداً"), ymd(2007, 10, 16));
    }

    #[test]
    fn anything_else_is_an_error_that_names_the_text() {
        for text in [
            "31/02/2007",
            "2007-02-29",
            "29/02/07",
            "32 Oct",
            "0/10",
            "15/13",
            "Oct 2007",
            "15/10/7",
            "15/10/200",
            "150/10",
            "15 Octo",
            "soon",
            "next month",
            "in three days",
            "in 3 months",
            "2007-10-15T10:00",
            "15/10/2007 extra",
            "/",
            "in 99999999 weeks",
            "12345678901234567890",
        ] {
            let error = parse_date(text, meeting_day()).unwrap_err();
            assert_eq!(error.text, text.trim());
            assert!(error.to_string().contains(text), "{error}");
        }
        assert_eq!(
            parse_date(" 31/02/2007 ", meeting_day()).unwrap_err().to_string(),
            "\u{201c}31/02/2007\u{201d} is not a date: type it like 2007-10-15, 15/10/2007, 15 Oct or tomorrow"
        );
    }

    #[test]
    fn long_text_is_shortened_in_the_message() {
        let text = "x".repeat(500);
        let message = parse_date(&text, meeting_day()).unwrap_err().to_string();
        assert!(message.len() < 200, "{message}");
        assert!(message.contains('…'));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // Years 1 to 9999: `%Y` writes them with four digits.
        (0..3_652_059_i64).prop_map(|offset| ymd(1, 1, 1) + chrono::Duration::days(offset))
    }

    proptest! {
        #[test]
        fn any_text_never_panics(text in "\\PC{0,40}", today in any_date()) {
            let _ = parse_date(&text, today);
        }

        #[test]
        fn date_like_text_never_panics(text in "[0-9٠-٩۰-۹/. ,-]{0,20}[a-z]{0,9}[0-9]{0,12}", today in any_date()) {
            let _ = parse_date(&text, today);
        }

        #[test]
        fn formatted_dates_parse_back(date in any_date(), today in any_date()) {
            for format in ["%Y-%m-%d", "%d/%m/%Y", "%d %b %Y"] {
                let text = date.format(format).to_string();
                prop_assert_eq!(parse_date(&text, today), Ok(Some(date)), "{}", text);
            }
        }
    }
}
