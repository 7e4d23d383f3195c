//! Organisations of every stakeholder type and the people who work for them.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::phrases::{NEEDS, OFFERS};
use super::rng::{Rng, stamp};
use super::words::{
    CAUSES, CITIES, COMPANY_KINDS, FAMILY, FAMILY_ABROAD, GIVEN, GIVEN_ABROAD, HUBS, MINISTRIES, ROLES, STEMS,
};
use crate::model::invitations::Invitation;
use crate::model::{Confidentiality, Organisation, Person, Vocabularies};

const DEPARTMENTS: [(&str, &str); 5] = [
    ("ICT Directorate", "مديرية تكنولوجيا المعلومات"),
    ("Statistics Department", "دائرة الإحصاء"),
    ("E-services Unit", "وحدة الخدمات الإلكترونية"),
    ("Planning Department", "دائرة التخطيط"),
    ("Training Centre", "مركز التدريب"),
];

/// `count` organisations, cycling through every stakeholder type.
pub fn organisations(rng: &mut Rng, count: usize, vocabularies: &Vocabularies) -> Vec<Organisation> {
    let types: Vec<&str> = vocabularies
        .stakeholder_types
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    let areas: Vec<&str> = vocabularies.thrust_areas.iter().map(|t| t.key.as_str()).collect();
    let mut seen = HashSet::new();
    (0..count)
        .map(|n| {
            let kind = types.get(n % types.len().max(1)).copied().unwrap_or_default();
            let abroad = kind == "international" || kind == "financing";
            let place = if abroad && rng.chance(50) {
                rng.pick(&HUBS)
            } else {
                rng.pick(&CITIES)
            };
            let (name, name_ar) = name_of(rng, kind, place);
            let (name, name_ar) = unique(&mut seen, name, name_ar, place, n);
            let slug: String = name
                .split_whitespace()
                .take(2)
                .flat_map(str::chars)
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase();
            let acronym: String = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_uppercase)
                .collect();
            let focus = rng.between(1, 3);
            let offers = rng.between(0, 3);
            let needs = rng.between(0, 3);
            Organisation {
                id: rng.id(),
                modified: stamp(n),
                acronym: if acronym.len() > 1 && rng.chance(60) {
                    acronym
                } else {
                    String::new()
                },
                name_ar: if rng.chance(if abroad { 50 } else { 90 }) {
                    name_ar
                } else {
                    String::new()
                },
                name,
                aliases: Vec::new(),
                stakeholder_type: kind.to_owned(),
                country: place.2.to_owned(),
                focus_areas: strings(&rng.sample(&areas, focus)),
                offers: strings(&rng.sample(&OFFERS, offers)),
                needs: strings(&rng.sample(&NEEDS, needs)),
                website: format!("https://www.{slug}.org"),
                contact: format!("info@{slug}.org"),
                contact_confidentiality: organisers_only(rng, 10),
                invitation: Invitation::default(),
            }
        })
        .collect()
}

/// An English and an Arabic name that say the same thing.
fn name_of(rng: &mut Rng, kind: &str, (city, city_ar, _): (&str, &str, &str)) -> (String, String) {
    let (stem, stem_ar) = rng.pick(&STEMS);
    let (cause, cause_ar) = rng.pick(&CAUSES);
    match (kind, rng.below(2)) {
        ("government", 0) => {
            let (ministry, ministry_ar) = rng.pick(&MINISTRIES);
            let (dept, dept_ar) = rng.pick(&DEPARTMENTS);
            (
                format!("Ministry of {ministry}, {dept}"),
                format!("{dept_ar} - وزارة {ministry_ar}"),
            )
        }
        ("government", _) => (format!("Municipality of {city}"), format!("بلدية {city_ar}")),
        ("private", _) => {
            let (what, what_ar) = rng.pick(&COMPANY_KINDS);
            (format!("{stem} {what}"), format!("{stem_ar} {what_ar}"))
        }
        ("academia", 0) => (format!("University of {city}"), format!("جامعة {city_ar}")),
        ("academia", _) => (
            format!("Centre for {cause} Research"),
            format!("مركز أبحاث {cause_ar}"),
        ),
        ("ngo", _) => (format!("Association for {cause}"), format!("جمعية {cause_ar}")),
        ("international", _) => (
            format!("Regional Network for {cause}"),
            format!("الشبكة الإقليمية: {cause_ar}"),
        ),
        ("incubator", 0) => (
            format!("{city} Technology Park"),
            format!("حديقة {city_ar} التكنولوجية"),
        ),
        ("incubator", _) => (format!("{stem} Incubator"), format!("حاضنة {stem_ar}")),
        ("financing", 0) => (
            format!("{city} Development Bank"),
            format!("بنك {city_ar} للتنمية"),
        ),
        _ => (format!("{stem} Ventures"), format!("{stem_ar} للاستثمار")),
    }
}

/// Names in a real registry differ: a repeated one gets its city, then a number.
fn unique(
    seen: &mut HashSet<String>,
    name: String,
    name_ar: String,
    (city, city_ar, _): (&str, &str, &str),
    n: usize,
) -> (String, String) {
    let candidates = [
        (name.clone(), name_ar.clone()),
        (format!("{name} {city}"), format!("{name_ar} {city_ar}")),
        (format!("{name} {city} {n}"), format!("{name_ar} {city_ar} {n}")),
    ];
    for (en, ar) in candidates {
        if seen.insert(en.clone()) {
            return (en, ar);
        }
    }
    (name, name_ar)
}

/// `count` people, most working for one of `organisations`.
pub fn people(
    rng: &mut Rng,
    count: usize,
    organisations: &[Organisation],
    days: &[NaiveDate],
) -> Vec<Person> {
    (0..count)
        .map(|n| {
            let org = organisations.get(rng.below(organisations.len()));
            let abroad = org.is_some_and(|o| HUBS.iter().any(|h| h.2 == o.country));
            let (given, family) = if abroad {
                (rng.pick(&GIVEN_ABROAD), rng.pick(&FAMILY_ABROAD))
            } else {
                (rng.pick(&GIVEN).0, rng.pick(&FAMILY).0)
            };
            let in_arabic = format!("{} {}", arabic(&GIVEN, given), arabic(&FAMILY, family));
            let (name, name_ar) = if abroad {
                (format!("{given} {family}"), String::new())
            } else if rng.chance(25) {
                // Registered in Arabic: the name is already the Arabic one.
                (in_arabic, String::new())
            } else {
                (format!("{given} {family}"), in_arabic)
            };
            let domain = org.map_or("example.org", |o| {
                o.contact.split('@').nth(1).unwrap_or("example.org")
            });
            let country = org.map_or("LB", |o| o.country.as_str());
            let first_day = rng.below(days.len());
            let attended = if rng.chance(10) { 0 } else { rng.between(1, 3) };
            Person {
                id: rng.id(),
                modified: stamp(n / 4),
                name,
                name_ar,
                organisation: org.filter(|_| rng.chance(95)).map(|o| o.id),
                role: rng.pick(&ROLES).to_owned(),
                email: format!("{}.{}{n}@{domain}", given.to_lowercase(), family.to_lowercase()),
                phone: format!(
                    "+{} {} {:03} {:03}",
                    dialling_code(country),
                    rng.between(1, 9),
                    rng.below(1000),
                    rng.below(1000)
                ),
                contact_confidentiality: organisers_only(rng, 30),
                // One in seven did not agree to be named (without a draw, so the
                // rest of a generated meeting stays as it was).
                consent: n % 7 != 0,
                attendance: days.iter().skip(first_day).take(attended).copied().collect(),
                title: String::new(),
                title_ar: String::new(),
                invitation: Invitation::default(),
            }
        })
        .collect()
}

/// For the organisers alone `percent` times out of a hundred.
fn organisers_only(rng: &mut Rng, percent: usize) -> Confidentiality {
    if rng.chance(percent) {
        Confidentiality::Organisers
    } else {
        Confidentiality::Public
    }
}

fn arabic(pairs: &[(&'static str, &'static str)], latin: &str) -> &'static str {
    pairs.iter().find(|(l, _)| *l == latin).map_or("", |(_, a)| a)
}

fn dialling_code(country: &str) -> u32 {
    match country {
        "LB" => 961,
        "JO" => 962,
        "EG" => 20,
        "SY" => 963,
        "PS" => 970,
        "IQ" => 964,
        "SA" => 966,
        "AE" => 971,
        "QA" => 974,
        "KW" => 965,
        "BH" => 973,
        "OM" => 968,
        "YE" => 967,
        "TN" => 216,
        "MA" => 212,
        "DZ" => 213,
        "SD" => 249,
        "CH" => 41,
        "FR" => 33,
        "GB" => 44,
        "BE" => 32,
        "JP" => 81,
        _ => 1,
    }
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use crate::bidi::has_rtl;

    #[test]
    fn about_half_the_people_have_a_name_in_arabic_beside_a_latin_one() {
        let doc = crate::generate::meeting(1, 42);
        let named: Vec<_> = doc.people.iter().filter(|p| !p.name_ar.is_empty()).collect();
        let share = named.len() * 100 / doc.people.len();
        assert!((30..=70).contains(&share), "{share}%");
        assert!(
            named
                .iter()
                .all(|p| has_rtl(&p.name_ar) && !has_rtl(&p.name) && !p.name_ar.contains("  "))
        );
        assert!(
            doc.people
                .iter()
                .any(|p| has_rtl(&p.name) && p.name_ar.is_empty())
        );
    }
}
