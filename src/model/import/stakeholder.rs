//! Stakeholder types written as free text ("Ministry of Telecommunications",
//! "Université", "جامعة") read as keys of the document's vocabulary.

use super::columns::{has_phrase, phrases, words};
use crate::model::Term;

/// Words that point to each default stakeholder type, checked in this order:
/// "non-governmental" is an NGO before it is government, a "private
/// university" academia before private sector. A word ending in `*` matches
/// any ending.
const KEYWORDS: &[(&str, &[&str])] = &[
    (
        "ngo",
        &[
            "ngo*",
            "ong",
            "non governmental",
            "non gouvernemental*",
            "nonprofit",
            "non profit",
            "not for profit",
            "civil society",
            "societe civile",
            "association",
            "foundation",
            "fondation",
            "charity",
            "غير حكومي*",
            "مجتمع مدني",
            "جمعيه",
            "اهلي*",
        ],
    ),
    (
        "academia",
        &[
            "univ*",
            "academ*",
            "research",
            "recherche",
            "college",
            "school",
            "ecole",
            "جامع*",
            "اكاديم*",
            "بحث*",
            "بحوث",
            "كليه",
            "معهد",
        ],
    ),
    (
        "incubator",
        &[
            "incubat*",
            "technology park",
            "techno park",
            "technopark",
            "science park",
            "parc technologique",
            "technopole",
            "pepiniere",
            "accelerat*",
            "حاضن*",
            "مسرع*",
        ],
    ),
    (
        "financing",
        &[
            "bank*",
            "banque*",
            "fund*",
            "fonds",
            "donor*",
            "bailleur*",
            "financ*",
            "invest*",
            "venture",
            "capital",
            "بنك",
            "مصرف*",
            "صندوق",
            "تمويل*",
            "ممول*",
            "مانح*",
            "استثمار*",
        ],
    ),
    (
        "international",
        &[
            "international",
            "internationale",
            "intergovernmental",
            "intergouvernemental*",
            "regional organ*",
            "organisation regionale",
            "united nations",
            "nations unies",
            "un",
            "onu",
            "multilateral*",
            "دولي*",
            "اقليمي*",
            "امم متحده",
        ],
    ),
    (
        "government",
        &[
            "gov*",
            "gouv*",
            "ministr*",
            "ministere",
            "public",
            "state",
            "authority",
            "autorite",
            "administration",
            "municipal*",
            "وزاره",
            "حكوم*",
            "عام",
            "رسمي*",
            "هيئه حكوميه",
            "بلديه",
        ],
    ),
    (
        "private",
        &[
            "private",
            "prive*",
            "company",
            "compan*",
            "firm",
            "business",
            "entreprise*",
            "corporat*",
            "industr*",
            "sme",
            "startup*",
            "start up",
            "societe",
            "خاص",
            "شركه",
            "شركات",
        ],
    ),
];

/// Reads free text as a stakeholder type of one vocabulary.
pub(super) struct StakeholderTypes {
    /// Folded keys and labels of the vocabulary, to their key.
    exact: Vec<(String, String)>,
    /// Keyword phrases for the default keys the vocabulary has.
    keywords: Vec<(String, Vec<Vec<String>>)>,
}

impl StakeholderTypes {
    pub(super) fn new(terms: &[Term]) -> Self {
        let exact = terms
            .iter()
            .flat_map(|t| {
                [
                    (words(&t.key).concat(), t.key.clone()),
                    (words(&t.label).concat(), t.key.clone()),
                ]
            })
            .filter(|(folded, _)| !folded.is_empty())
            .collect();
        let keywords = KEYWORDS
            .iter()
            .filter(|(key, _)| terms.iter().any(|t| t.key == *key))
            .map(|(key, words)| ((*key).to_owned(), phrases(words)))
            .collect();
        Self { exact, keywords }
    }

    /// The key `text` stands for, or `None` when no word of it is recognised.
    pub(super) fn key(&self, text: &str) -> Option<String> {
        let w = words(text);
        let joined = w.concat();
        if joined.is_empty() {
            return None;
        }
        if let Some((_, key)) = self.exact.iter().find(|(folded, _)| *folded == joined) {
            return Some(key.clone());
        }
        self.keywords
            .iter()
            .find(|(_, phrases)| phrases.iter().any(|p| has_phrase(&w, p)))
            .map(|(key, _)| key.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocabularies;

    #[test]
    fn free_text_in_three_languages() {
        let types = StakeholderTypes::new(&Vocabularies::default().stakeholder_types);
        for (text, key) in [
            ("Ministry", "government"),
            ("Ministry of Telecommunications", "government"),
            ("Gouvernement", "government"),
            ("وزارة الاتصالات", "government"),
            ("قطاع حكومي", "government"),
            ("University", "academia"),
            ("Université", "academia"),
            ("جامعة", "academia"),
            ("Research centre", "academia"),
            ("NGO", "ngo"),
            ("Non-governmental organisation", "ngo"),
            ("منظمة غير حكومية", "ngo"),
            ("Société civile", "ngo"),
            ("Private sector", "private"),
            ("Entreprise privée", "private"),
            ("شركة خاصة", "private"),
            ("Incubator", "incubator"),
            ("Technology park", "incubator"),
            ("حاضنة أعمال", "incubator"),
            ("Development bank", "financing"),
            ("Venture capital fund", "financing"),
            ("UN agency", "international"),
            ("Organisation internationale", "international"),
            ("academia", "academia"),
            ("Academia and research", "academia"),
        ] {
            assert_eq!(types.key(text).as_deref(), Some(key), "{text}");
        }
        assert_eq!(types.key("Other"), None);
        assert_eq!(types.key("  "), None);
    }

    #[test]
    fn only_keys_of_the_vocabulary() {
        let terms = vec![Term {
            key: "donor".to_owned(),
            label: "Donor".to_owned(),
        }];
        let types = StakeholderTypes::new(&terms);
        assert_eq!(types.key("DONOR").as_deref(), Some("donor"));
        assert_eq!(types.key("Ministry"), None, "government is not a key here");
    }
}
