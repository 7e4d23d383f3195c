//! Countries by name: the registry keeps ISO codes, sentences and documents
//! name the country in the language being written.

use crate::tr;

/// The name of the country whose ISO code is `code` (`LB`: "Lebanon"), in
/// the catalogue's language; a code the catalogue lacks is given as it is,
/// and no code reads "Not stated".
pub fn country_name(code: &str) -> String {
    let code = code.trim();
    if code.is_empty() {
        tr!("report-official-unstated")
    } else {
        tr!("report-official-country", code = code.to_ascii_uppercase())
    }
}
