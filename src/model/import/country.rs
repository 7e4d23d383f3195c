//! Countries as lists write them: ISO codes, English, French or Arabic names,
//! and the usual short forms, read as ISO 3166-1 alpha-2 codes.

use std::collections::HashMap;

use super::columns::words;

/// Code, alpha-3 code, then names in English, French and Arabic and other
/// names in use. The Arab countries and the usual partners of the region.
const COUNTRIES: &[(&str, &str, &[&str])] = &[
    ("DZ", "DZA", &["Algeria", "Algérie", "الجزائر"]),
    ("BH", "BHR", &["Bahrain", "Bahreïn", "البحرين"]),
    ("KM", "COM", &["Comoros", "Comores", "جزر القمر"]),
    ("DJ", "DJI", &["Djibouti", "جيبوتي"]),
    ("EG", "EGY", &["Egypt", "Égypte", "مصر"]),
    ("IQ", "IRQ", &["Iraq", "Irak", "العراق"]),
    ("JO", "JOR", &["Jordan", "Jordanie", "الأردن"]),
    ("KW", "KWT", &["Kuwait", "Koweït", "الكويت"]),
    ("LB", "LBN", &["Lebanon", "Liban", "لبنان"]),
    ("LY", "LBY", &["Libya", "Libye", "ليبيا"]),
    ("MR", "MRT", &["Mauritania", "Mauritanie", "موريتانيا"]),
    ("MA", "MAR", &["Morocco", "Maroc", "المغرب"]),
    ("OM", "OMN", &["Oman", "سلطنة عمان", "عمان"]),
    ("PS", "PSE", &["Palestine", "State of Palestine", "فلسطين"]),
    ("QA", "QAT", &["Qatar", "قطر"]),
    (
        "SA",
        "SAU",
        &[
            "Saudi Arabia",
            "Arabie saoudite",
            "السعودية",
            "المملكة العربية السعودية",
            "KSA",
            "Saudi",
        ],
    ),
    ("SO", "SOM", &["Somalia", "Somalie", "الصومال"]),
    ("SD", "SDN", &["Sudan", "Soudan", "السودان"]),
    (
        "SY",
        "SYR",
        &[
            "Syria",
            "Syrian Arab Republic",
            "Syrie",
            "République arabe syrienne",
            "سوريا",
            "سورية",
            "الجمهورية العربية السورية",
        ],
    ),
    ("TN", "TUN", &["Tunisia", "Tunisie", "تونس"]),
    (
        "AE",
        "ARE",
        &[
            "United Arab Emirates",
            "Émirats arabes unis",
            "الإمارات",
            "الإمارات العربية المتحدة",
            "UAE",
            "Emirates",
            "EAU",
        ],
    ),
    ("YE", "YEM", &["Yemen", "Yémen", "اليمن"]),
    (
        "US",
        "USA",
        &[
            "United States",
            "United States of America",
            "États-Unis",
            "Etats-Unis d'Amérique",
            "الولايات المتحدة",
            "الولايات المتحدة الأمريكية",
            "USA",
            "US",
            "America",
        ],
    ),
    (
        "GB",
        "GBR",
        &[
            "United Kingdom",
            "Royaume-Uni",
            "المملكة المتحدة",
            "بريطانيا",
            "UK",
            "Great Britain",
            "Britain",
            "England",
        ],
    ),
    ("FR", "FRA", &["France", "فرنسا"]),
    ("DE", "DEU", &["Germany", "Allemagne", "ألمانيا"]),
    ("IT", "ITA", &["Italy", "Italie", "إيطاليا"]),
    ("ES", "ESP", &["Spain", "Espagne", "إسبانيا"]),
    ("BE", "BEL", &["Belgium", "Belgique", "بلجيكا"]),
    ("NL", "NLD", &["Netherlands", "Pays-Bas", "هولندا", "Holland"]),
    ("CH", "CHE", &["Switzerland", "Suisse", "سويسرا"]),
    ("AT", "AUT", &["Austria", "Autriche", "النمسا"]),
    ("SE", "SWE", &["Sweden", "Suède", "السويد"]),
    ("NO", "NOR", &["Norway", "Norvège", "النرويج"]),
    ("DK", "DNK", &["Denmark", "Danemark", "الدنمارك"]),
    ("FI", "FIN", &["Finland", "Finlande", "فنلندا"]),
    ("IE", "IRL", &["Ireland", "Irlande", "أيرلندا"]),
    ("PT", "PRT", &["Portugal", "البرتغال"]),
    ("GR", "GRC", &["Greece", "Grèce", "اليونان"]),
    ("CY", "CYP", &["Cyprus", "Chypre", "قبرص"]),
    ("MT", "MLT", &["Malta", "Malte", "مالطا"]),
    ("TR", "TUR", &["Turkey", "Türkiye", "Turquie", "تركيا"]),
    ("IR", "IRN", &["Iran", "إيران"]),
    ("PK", "PAK", &["Pakistan", "باكستان"]),
    ("IN", "IND", &["India", "Inde", "الهند"]),
    ("CN", "CHN", &["China", "Chine", "الصين"]),
    ("JP", "JPN", &["Japan", "Japon", "اليابان"]),
    (
        "KR",
        "KOR",
        &["South Korea", "Korea", "Corée du Sud", "كوريا الجنوبية"],
    ),
    ("MY", "MYS", &["Malaysia", "Malaisie", "ماليزيا"]),
    ("ID", "IDN", &["Indonesia", "Indonésie", "إندونيسيا"]),
    ("RU", "RUS", &["Russia", "Russian Federation", "Russie", "روسيا"]),
    ("CA", "CAN", &["Canada", "كندا"]),
    ("BR", "BRA", &["Brazil", "Brésil", "البرازيل"]),
    ("AU", "AUS", &["Australia", "Australie", "أستراليا"]),
    ("ZA", "ZAF", &["South Africa", "Afrique du Sud", "جنوب أفريقيا"]),
    ("NG", "NGA", &["Nigeria", "نيجيريا"]),
    ("KE", "KEN", &["Kenya", "كينيا"]),
    ("SN", "SEN", &["Senegal", "Sénégal", "السنغال"]),
];

/// Country names, codes and short forms, folded, to ISO codes.
pub(super) struct Countries {
    by_name: HashMap<String, &'static str>,
}

impl Countries {
    pub(super) fn new() -> Self {
        let mut by_name = HashMap::new();
        for (code, alpha3, names) in COUNTRIES {
            for name in names.iter().chain([code, alpha3]) {
                by_name.entry(key(name)).or_insert(*code);
            }
        }
        Self { by_name }
    }

    /// The ISO code of `text`, or `None` when it names no country known here.
    /// Any other two letters are taken as an ISO code already.
    pub(super) fn code(&self, text: &str) -> Option<String> {
        let text = text.trim();
        if let Some(code) = self.by_name.get(&key(text)) {
            return Some((*code).to_owned());
        }
        (text.len() == 2 && text.chars().all(|c| c.is_ascii_alphabetic())).then(|| text.to_ascii_uppercase())
    }
}

/// A name folded for lookup: "Etats-Unis", "États Unis" and "ETATS UNIS" are
/// one, and so are "U.K." and "UK".
fn key(name: &str) -> String {
    words(name).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_short_forms() {
        let c = Countries::new();
        for (text, code) in [
            ("LB", "LB"),
            ("lb", "LB"),
            ("Lebanon", "LB"),
            ("Liban", "LB"),
            ("لبنان", "LB"),
            ("UK", "GB"),
            ("U.K.", "GB"),
            ("USA", "US"),
            ("états-unis", "US"),
            ("UAE", "AE"),
            ("KSA", "SA"),
            ("المملكة العربية السعودية", "SA"),
            ("Arabie Saoudite", "SA"),
            ("الأردن", "JO"),
            ("Syrian Arab Republic", "SY"),
            ("XK", "XK"),
        ] {
            assert_eq!(c.code(text).as_deref(), Some(code), "{text}");
        }
        assert_eq!(c.code("Atlantis"), None);
        assert_eq!(c.code(""), None);
    }
}
