//! Text folded for searching, so that what a person types finds what was
//! written however it was spelled: case, Latin accents, Arabic diacritics and
//! tatweel are ignored, and the Arabic letters commonly written for one
//! another are taken as one. Every search of the app compares folded text.

use unicode_normalization::UnicodeNormalization;

/// `text` folded for searching: lower case, without Latin accents or Arabic
/// diacritics (tashkeel) and tatweel, with the alef forms (أ إ آ ٱ) read as
/// ا, ta marbuta (ة) as ه, alef maqsura (ى) as ي, and Arabic-Indic digits as
/// 0-9.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.nfd() {
        if is_dropped(c) {
            continue;
        }
        match letter(c) {
            Some(one) => out.push(one),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// Whether `haystack` contains `needle` once both are folded; `needle` is
/// folded already (fold it once, not for every record).
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    folded_needle.is_empty() || fold(haystack).contains(folded_needle)
}

/// Marks that change how a letter is pronounced, not which letter it is.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' // Latin combining accents, after decomposition
        | '\u{0610}'..='\u{061A}' // Arabic honorific and Quranic marks
        | '\u{064B}'..='\u{065F}' // tashkeel, and hamza above or below once decomposed
        | '\u{0670}' // superscript alef
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
        | '\u{0640}' // tatweel
    )
}

/// The one letter that stands for `c` in search.
fn letter(c: char) -> Option<char> {
    Some(match c {
        // Alef forms. أ إ آ decompose to ا and a dropped mark; ٱ does not.
        '\u{0671}' | '\u{0672}' | '\u{0673}' => 'ا',
        'ة' => 'ه',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        '٠'..='٩' => char::from_digit(u32::from(c) - u32::from('٠'), 10)?,
        '۰'..='۹' => char::from_digit(u32::from(c) - u32::from('۰'), 10)?,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{contains_folded, fold};

    #[test]
    fn case_and_latin_accents_are_ignored() {
        assert_eq!(fold("Université Saint-Joseph"), "universite saint-joseph");
        assert_eq!(fold("ÇÉÈÊËÀÂÎÏÔÛÙÜŸÑ"), "ceeeeaaiiouuuyn");
        assert_eq!(fold("Ḥaddād"), "haddad");
    }

    #[test]
    fn arabic_diacritics_and_tatweel_are_ignored() {
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("بيـــروت"), "بيروت");
        assert_eq!(fold("ٱلْكِتَابُ"), "الكتاب");
    }

    #[test]
    fn arabic_letter_variants_are_one() {
        assert_eq!(fold("أحمد"), fold("احمد"));
        assert_eq!(fold("إسلام"), fold("اسلام"));
        assert_eq!(fold("آمال"), fold("امال"));
        assert_eq!(fold("مدرسة"), fold("مدرسه"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        assert_eq!(fold("البنك الإسلامي للتنمية"), "البنك الاسلامي للتنميه");
    }

    #[test]
    fn arabic_indic_digits_are_digits() {
        assert_eq!(fold("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(fold("۱۲۳"), "123");
    }

    #[test]
    fn latin_words_and_digits_inside_arabic_stay() {
        assert_eq!(fold("مؤتمر ICT 2007"), "موتمر ict 2007");
    }

    #[test]
    fn a_search_finds_text_written_otherwise() {
        let needle = fold("الاسلامي");
        assert!(contains_folded("البنك الإسلامي للتنمية", &needle));
        assert!(contains_folded("anything", ""));
        assert!(!contains_folded("Berytech", &fold("beyrouth")));
        assert!(contains_folded(
            "Ecole Supérieure des Affaires",
            &fold("supérieure")
        ));
        assert!(contains_folded(
            "Ecole Superieure des Affaires",
            &fold("SUPÉRIEURE")
        ));
    }
}
