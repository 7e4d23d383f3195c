//! What each column of a list holds, guessed from its header in English,
//! French or Arabic.

use crate::model::fold::fold;
use crate::tr;

/// What a column of a registration list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    FullName,
    /// A person's name in Arabic.
    NameArabic,
    FirstName,
    LastName,
    /// How a letter addresses a person, such as "Dr." or "H.E.".
    Title,
    /// A person's title in Arabic, such as "الدكتورة".
    TitleArabic,
    Email,
    Phone,
    Organisation,
    /// The organisation's name in Arabic.
    OrganisationArabic,
    Acronym,
    /// A person's role or job title.
    Role,
    Country,
    StakeholderType,
    /// Whether a person agreed to be named: yes or no.
    Consent,
    /// Who may see the contact details: the labels the export writes.
    ContactConfidentiality,
    /// The days a person attended, `YYYY-MM-DD` separated by `;`.
    Attendance,
    /// Other names of an organisation, separated by `;`.
    OtherNames,
    /// Thrust areas of an organisation, labels or keys separated by `;`.
    FocusAreas,
    Offers,
    Needs,
    Website,
    /// An organisation's contact.
    Contact,
}

/// What a list holds, one record a row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ListKind {
    #[default]
    People,
    Organisations,
}

impl Field {
    /// Every field, in the order a mapping dialog lists them.
    pub const ALL: [Self; 23] = [
        Self::FullName,
        Self::NameArabic,
        Self::FirstName,
        Self::LastName,
        Self::Title,
        Self::TitleArabic,
        Self::Email,
        Self::Phone,
        Self::Organisation,
        Self::OrganisationArabic,
        Self::Acronym,
        Self::Role,
        Self::Country,
        Self::StakeholderType,
        Self::Consent,
        Self::ContactConfidentiality,
        Self::Attendance,
        Self::OtherNames,
        Self::FocusAreas,
        Self::Offers,
        Self::Needs,
        Self::Website,
        Self::Contact,
    ];

    /// Whether only a person has this field: a list with it is a list of people.
    pub fn is_personal(self) -> bool {
        matches!(
            self,
            Self::FirstName
                | Self::LastName
                | Self::Email
                | Self::Phone
                | Self::Role
                | Self::Consent
                | Self::Attendance
        )
    }

    /// Whether only an organisation has this field.
    fn is_organisational(self) -> bool {
        matches!(
            self,
            Self::OtherNames | Self::FocusAreas | Self::Offers | Self::Needs | Self::Website | Self::Contact
        )
    }

    /// The name of the field, as a mapping dialog shows it.
    pub fn label(self) -> String {
        match self {
            Self::FullName => tr!("import-field-full-name"),
            Self::NameArabic => tr!("import-field-name-ar"),
            Self::FirstName => tr!("import-field-first-name"),
            Self::LastName => tr!("import-field-last-name"),
            Self::Title => tr!("import-field-title"),
            Self::TitleArabic => tr!("import-field-title-ar"),
            Self::Email => tr!("import-field-email"),
            Self::Phone => tr!("import-field-phone"),
            Self::Organisation => tr!("import-field-organisation"),
            Self::OrganisationArabic => tr!("import-field-organisation-ar"),
            Self::Acronym => tr!("import-field-acronym"),
            Self::Role => tr!("import-field-role"),
            Self::Country => tr!("import-field-country"),
            Self::StakeholderType => tr!("import-field-stakeholder-type"),
            Self::Consent => tr!("import-field-consent"),
            Self::ContactConfidentiality => tr!("import-field-contact-confidentiality"),
            Self::Attendance => tr!("import-field-attendance"),
            Self::OtherNames => tr!("import-field-other-names"),
            Self::FocusAreas => tr!("import-field-focus-areas"),
            Self::Offers => tr!("import-field-offers"),
            Self::Needs => tr!("import-field-needs"),
            Self::Website => tr!("import-field-website"),
            Self::Contact => tr!("import-field-contact"),
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
        Field::ContactConfidentiality,
        &[
            "confidential*",
            "privacy",
            "visibility",
            "confidentialite",
            "visibilite",
            "سريه",
            "خصوصيه",
        ],
    ),
    (
        Field::Consent,
        &["consent*", "agreed to be named", "accord", "موافقه"],
    ),
    (
        Field::Attendance,
        &[
            "attendance",
            "attended",
            "days attended",
            "presence",
            "presences",
            "حضور",
        ],
    ),
    (
        Field::OtherNames,
        &[
            "other name*",
            "alias*",
            "also known as",
            "aka",
            "autre nom*",
            "autres noms",
            "اسماء اخري",
            "اسم اخر",
        ],
    ),
    (
        Field::FocusAreas,
        &[
            "focus*",
            "thrust area*",
            "areas",
            "domaine*",
            "axes",
            "مجالات",
            "مجال",
            "محاور",
        ],
    ),
    (
        Field::Offers,
        &["offer*", "offre*", "can offer", "يقدم", "عروض", "ما تقدمه"],
    ),
    (
        Field::Needs,
        &["need*", "besoin*", "احتياجات", "حاجات", "ما تحتاجه"],
    ),
    (
        Field::Website,
        &[
            "website",
            "web site",
            "web",
            "url",
            "homepage",
            "site",
            "site web",
            "site internet",
            "موقع",
        ],
    ),
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
            "عائله",
            // In the Maghreb "اللقب" is the family name; a title is "صيغة المخاطبة".
            "لقب",
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
            "position",
            "job",
            "function",
            "fonction",
            "poste",
            "designation",
            "منصب",
            "وظيفه",
            "صفه",
            "مسمى",
        ],
    ),
    // After the role: "Job title" and "Titre du poste" are roles, a bare
    // "Title" is how a letter addresses the person.
    (
        Field::Title,
        &[
            "title",
            "salutation",
            "honorific",
            "form of address",
            "titre",
            "civilite",
            "صيغه مخاطبه",
            "مخاطبه",
        ],
    ),
    (
        Field::Contact,
        &[
            "contact*",
            "point of contact",
            "interlocuteur",
            "جهه اتصال",
            "اتصال",
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
/// naming a field an earlier column already holds. A list whose columns are
/// an organisation's (website, focus areas...) and none a person's is read as
/// a list of organisations, its name column the organisation's name.
pub fn guess_mapping(headers: &[String]) -> Vec<Option<Field>> {
    let people = guess_mapping_for(headers, ListKind::People);
    let fields = || people.iter().flatten();
    let organisational = fields().any(|f| f.is_organisational())
        && !fields().any(|f| f.is_personal())
        && !fields().any(|f| *f == Field::Organisation);
    if organisational {
        guess_mapping_for(headers, ListKind::Organisations)
    } else {
        people
    }
}

/// What each header most likely names in a list of `kind`: in a list of
/// organisations "Name" is the organisation's and "Arabic name" its name in
/// Arabic, and "Title" names nothing Majlis reads.
pub fn guess_mapping_for(headers: &[String], kind: ListKind) -> Vec<Option<Field>> {
    let table: Vec<(Field, Vec<Vec<String>>)> = KEYWORDS
        .iter()
        .map(|(field, keys)| (*field, phrases(keys)))
        .collect();
    let arabic = phrases(ARABIC_MARKS);
    let keys_of = |field: Field| {
        table
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p.clone())
            .unwrap_or_default()
    };
    let organisation = keys_of(Field::Organisation);
    let name = keys_of(Field::FullName);
    let organisations = kind == ListKind::Organisations;
    let mut taken = Vec::new();
    let mut mapping: Vec<Option<Field>> = headers
        .iter()
        .map(|header| {
            let w = words(header);
            let is_arabic = arabic.iter().any(|p| has_phrase(&w, p));
            let names = |keys: &[Vec<String>]| keys.iter().any(|p| has_phrase(&w, p));
            let field = if is_arabic && (names(&organisation) || organisations && names(&name)) {
                Some(Field::OrganisationArabic)
            } else if is_arabic && names(&name) {
                Some(Field::NameArabic)
            } else {
                table
                    .iter()
                    .find(|(_, keys)| keys.iter().any(|p| has_phrase(&w, p)))
                    .map(|(f, _)| *f)
            };
            let field = match field {
                Some(Field::FullName) if organisations => Some(Field::Organisation),
                // An organisation has no title to address it by: there the
                // header names something else (a heading, the name itself).
                Some(Field::Title) if organisations => None,
                Some(Field::Title) if is_arabic => Some(Field::TitleArabic),
                other => other,
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

/// What a list mapped this way holds: people when a column holds a person's
/// name; organisations when none does and one holds an organisation's name.
pub fn list_kind(mapping: &[Option<Field>]) -> ListKind {
    let has = |wanted: &[Field]| mapping.iter().flatten().any(|f| wanted.contains(f));
    if !has(&[
        Field::FullName,
        Field::NameArabic,
        Field::FirstName,
        Field::LastName,
    ]) && has(&[Field::Organisation, Field::OrganisationArabic])
    {
        ListKind::Organisations
    } else {
        ListKind::People
    }
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

    #[test]
    fn the_export_columns_are_recognised() {
        let people = [
            "Name",
            "Organisation",
            "Role",
            "Email",
            "Phone",
            "Country",
            "Stakeholder type",
            "Consent",
            "Contact confidentiality",
            "Attendance",
        ];
        let mapping = guess(&people);
        assert_eq!(
            mapping,
            [
                Some(Field::FullName),
                Some(Field::Organisation),
                Some(Field::Role),
                Some(Field::Email),
                Some(Field::Phone),
                Some(Field::Country),
                Some(Field::StakeholderType),
                Some(Field::Consent),
                Some(Field::ContactConfidentiality),
                Some(Field::Attendance)
            ]
        );
        assert_eq!(list_kind(&mapping), ListKind::People);
        let organisations = [
            "Name",
            "Arabic name",
            "Acronym",
            "Other names",
            "Stakeholder type",
            "Country",
            "Focus areas",
            "Offers",
            "Needs",
            "Website",
            "Contact",
            "Contact confidentiality",
        ];
        let mapping = guess(&organisations);
        assert_eq!(
            mapping,
            [
                Some(Field::Organisation),
                Some(Field::OrganisationArabic),
                Some(Field::Acronym),
                Some(Field::OtherNames),
                Some(Field::StakeholderType),
                Some(Field::Country),
                Some(Field::FocusAreas),
                Some(Field::Offers),
                Some(Field::Needs),
                Some(Field::Website),
                Some(Field::Contact),
                Some(Field::ContactConfidentiality)
            ]
        );
        assert_eq!(list_kind(&mapping), ListKind::Organisations);
    }

    #[test]
    fn organisation_lists_in_french_and_arabic() {
        let mapping = guess(&["Nom", "Sigle", "Pays", "Site web", "Besoins", "Autres noms"]);
        assert_eq!(
            mapping,
            [
                Some(Field::Organisation),
                Some(Field::Acronym),
                Some(Field::Country),
                Some(Field::Website),
                Some(Field::Needs),
                Some(Field::OtherNames)
            ]
        );
        let mapping = guess(&["الاسم", "الاسم بالعربية", "الموقع الإلكتروني", "مجالات التركيز"]);
        assert_eq!(
            mapping,
            [
                Some(Field::Organisation),
                Some(Field::OrganisationArabic),
                Some(Field::Website),
                Some(Field::FocusAreas)
            ]
        );
        // Names beside an email: people, whatever else the list holds.
        let mapping = guess(&["Name", "Email", "Website"]);
        assert_eq!(mapping.first(), Some(&Some(Field::FullName)));
        assert_eq!(list_kind(&mapping), ListKind::People);
        // Told it is a list of organisations, a bare name column is theirs.
        let names = ["Name".to_owned(), "Country".to_owned()];
        assert_eq!(
            guess_mapping_for(&names, ListKind::Organisations),
            [Some(Field::Organisation), Some(Field::Country)]
        );
    }
}
