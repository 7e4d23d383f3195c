//! What each column of a list holds, guessed from its header in English,
//! French or Arabic.

use crate::model::fold::fold;
use crate::tr;

/// What a column of a registration list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    FullName,
    FirstName,
    LastName,
    Email,
    Phone,
    Organisation,
    /// The organisation's name in Arabic.
    OrganisationArabic,
    Acronym,
    /// A person's role or title.
    Role,
    Country,
    StakeholderType,
}

impl Field {
    /// Every field, in the order a mapping dialog lists them.
    pub const ALL: [Self; 11] = [
        Self::FullName,
        Self::FirstName,
        Self::LastName,
        Self::Email,
        Self::Phone,
        Self::Organisation,
        Self::OrganisationArabic,
        Self::Acronym,
        Self::Role,
        Self::Country,
        Self::StakeholderType,
    ];

    /// The name of the field, as a mapping dialog shows it.
    pub fn label(self) -> String {
        match self {
            Self::FullName => tr!("import-field-full-name"),
            Self::FirstName => tr!("import-field-first-name"),
            Self::LastName => tr!("import-field-last-name"),
            Self::Email => tr!("import-field-email"),
            Self::Phone => tr!("import-field-phone"),
            Self::Organisation => tr!("import-field-organisation"),
            Self::OrganisationArabic => tr!("import-field-organisation-ar"),
            Self::Acronym => tr!("import-field-acronym"),
            Self::Role => tr!("import-field-role"),
            Self::Country => tr!("import-field-country"),
            Self::StakeholderType => tr!("import-field-stakeholder-type"),
        }
    }
}

/// Words of `text` for comparing: folded, split on anything that is not a
/// letter or digit, with the Arabic article (ال) taken off, so that "الاسم"
/// and "اسم" are one word.
pub(super) fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= 2 => rest.to_owned(),
            _ => w.to_owned(),
        })
        .collect()
}

/// Whether `phrase` (words, the last one ending in `*` to match any ending)
/// occurs in `text` as consecutive words.
pub(super) fn has_phrase(text: &[String], phrase: &[String]) -> bool {
    if phrase.is_empty() || phrase.len() > text.len() {
        return false;
    }
    text.windows(phrase.len()).any(|window| {
        window
            .iter()
            .zip(phrase)
            .all(|(word, key)| match key.strip_suffix('*') {
                Some(prefix) => word.starts_with(prefix),
                None => word == key,
            })
    })
}

/// Keywords as word lists, prepared once.
pub(super) fn phrases(keywords: &[&str]) -> Vec<Vec<String>> {
    keywords
        .iter()
        .map(|k| {
            let star = k.ends_with('*');
            let mut w = words(k.trim_end_matches('*'));
            if star && let Some(last) = w.last_mut() {
                last.push('*');
            }
            w
        })
        .collect()
}

/// Headers that name each field, most specific fields first: "Last name" is
/// a last name before it is a name, "Organisation type" a stakeholder type.
const KEYWORDS: &[(Field, &[&str])] = &[
    (
        Field::Email,
        &[
            "email",
            "e mail",
            "mail",
            "courriel",
            "adresse electronique",
            "بريد",
            "ايميل",
        ],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "cell",
            "portable",
            "gsm",
            "هاتف",
            "جوال",
            "موبايل",
            "تلفون",
            "رقم",
        ],
    ),
    (
        Field::FirstName,
        &[
            "first name",
            "firstname",
            "given name",
            "forename",
            "prenom",
            "اسم اول",
            "اسم شخصي",
        ],
    ),
    (
        Field::LastName,
        &[
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom de famille",
            "nom famille",
            "اسم عائله",
            "كنيه",
            "لقب",
            "عائله",
        ],
    ),
    (
        Field::Acronym,
        &[
            "acronym",
            "abbreviation",
            "short name",
            "sigle",
            "acronyme",
            "abreviation",
            "اختصار",
            "اسم مختصر",
        ],
    ),
    (
        Field::StakeholderType,
        &[
            "stakeholder",
            "type",
            "sector",
            "category",
            "kind",
            "secteur",
            "categorie",
            "قطاع",
            "نوع",
            "فئه",
            "تصنيف",
        ],
    ),
    (
        Field::Country,
        &[
            "country",
            "pays",
            "nationality",
            "nationalite",
            "بلد",
            "دوله",
            "جنسيه",
            "قطر",
        ],
    ),
    (
        Field::Role,
        &[
            "role",
            "title",
            "position",
            "job",
            "function",
            "fonction",
            "poste",
            "titre",
            "designation",
            "منصب",
            "وظيفه",
            "صفه",
            "مسمى",
        ],
    ),
    (
        Field::Organisation,
        &[
            "organisation",
            "organization",
            "org",
            "institution",
            "company",
            "employer",
            "affiliation",
            "entity",
            "agency",
            "organisme",
            "societe",
            "entreprise",
            "etablissement",
            "موسسه",
            "جهه",
            "منظمه",
            "شركه",
            "هيئه",
        ],
    ),
    (
        Field::FullName,
        &[
            "name",
            "full name",
            "nom",
            "nom complet",
            "nom et prenom",
            "participant",
            "attendee",
            "اسم",
            "اسم كامل",
            "اسم ثلاثي",
        ],
    ),
];

/// Words that mark a header as the Arabic version of a column.
const ARABIC_MARKS: &[&str] = &["arabic", "arabe", "ar", "عربي", "عربيه", "بالعربيه", "بالعربي"];

/// What each header most likely names; `None` for a header not recognised or
/// naming a field an earlier column already holds.
pub fn guess_mapping(headers: &[String]) -> Vec<Option<Field>> {
    let table: Vec<(Field, Vec<Vec<String>>)> = KEYWORDS
        .iter()
        .map(|(field, keys)| (*field, phrases(keys)))
        .collect();
    let arabic = phrases(ARABIC_MARKS);
    let organisation = table
        .iter()
        .find(|(f, _)| *f == Field::Organisation)
        .map(|(_, p)| p.clone())
        .unwrap_or_default();
    let mut taken = Vec::new();
    let mut mapping: Vec<Option<Field>> = headers
        .iter()
        .map(|header| {
            let w = words(header);
            let is_arabic = arabic.iter().any(|p| has_phrase(&w, p));
            let field = if is_arabic && organisation.iter().any(|p| has_phrase(&w, p)) {
                Some(Field::OrganisationArabic)
            } else {
                table
                    .iter()
                    .find(|(_, keys)| keys.iter().any(|p| has_phrase(&w, p)))
                    .map(|(f, _)| *f)
            };
            let field = field.filter(|f| !taken.contains(f));
            if let Some(f) = field {
                taken.push(f);
            }
            field
        })
        .collect();
    // "Prénom" beside "Nom": the bare name column is the family name.
    if taken.contains(&Field::FirstName) && !taken.contains(&Field::LastName) {
        for slot in &mut mapping {
            if *slot == Some(Field::FullName) {
                *slot = Some(Field::LastName);
            }
        }
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(headers: &[&str]) -> Vec<Option<Field>> {
        guess_mapping(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn english_headers() {
        assert_eq!(
            guess(&[
                "Full name",
                "E-mail address",
                "Organization",
                "Job title",
                "Country",
                "Type",
                "Notes"
            ]),
            [
                Some(Field::FullName),
                Some(Field::Email),
                Some(Field::Organisation),
                Some(Field::Role),
                Some(Field::Country),
                Some(Field::StakeholderType),
                None
            ]
        );
    }

    #[test]
    fn french_headers_with_first_and_family_name() {
        assert_eq!(
            guess(&[
                "Prénom",
                "Nom",
                "Courriel",
                "Organisme",
                "Sigle",
                "Pays",
                "Fonction",
                "Téléphone"
            ]),
            [
                Some(Field::FirstName),
                Some(Field::LastName),
                Some(Field::Email),
                Some(Field::Organisation),
                Some(Field::Acronym),
                Some(Field::Country),
                Some(Field::Role),
                Some(Field::Phone)
            ]
        );
    }

    #[test]
    fn arabic_headers() {
        assert_eq!(
            guess(&[
                "الاسم الكامل",
                "البريد الإلكتروني",
                "المؤسسة",
                "الدولة",
                "المنصب",
                "نوع الجهة",
                "الهاتف"
            ]),
            [
                Some(Field::FullName),
                Some(Field::Email),
                Some(Field::Organisation),
                Some(Field::Country),
                Some(Field::Role),
                Some(Field::StakeholderType),
                Some(Field::Phone)
            ]
        );
    }

    #[test]
    fn arabic_name_of_the_organisation_and_repeated_headers() {
        assert_eq!(
            guess(&[
                "Name",
                "Organisation",
                "Organisation (Arabic)",
                "Name",
                "Organisation type"
            ]),
            [
                Some(Field::FullName),
                Some(Field::Organisation),
                Some(Field::OrganisationArabic),
                None,
                Some(Field::StakeholderType)
            ]
        );
    }
}
