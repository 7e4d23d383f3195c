use serde::{Deserialize, Serialize};

/// One entry of an editable vocabulary: a stable key stored in records and a label shown to people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub key: String,
    pub label: String,
}

impl Term {
    fn new(key: &str, label: &str) -> Self {
        Self {
            key: key.to_owned(),
            label: label.to_owned(),
        }
    }
}

/// The vocabularies of a meeting. They live in the document so users can edit them;
/// the defaults follow the ESCWA Regional Plan of Action and common practice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Vocabularies {
    pub stakeholder_types: Vec<Term>,
    pub thrust_areas: Vec<Term>,
    pub programmes: Vec<Term>,
    /// The partnership pipeline, in order.
    pub stages: Vec<Term>,
    /// Groups of words or phrases that mean the same when matching what one
    /// organisation offers to what another needs, such as funding and grant.
    /// Files written before the field existed get the default groups.
    pub synonyms: Vec<Vec<String>>,
}

impl Vocabularies {
    /// The key of the first stage, where new partnership ideas start; empty
    /// when the vocabulary has no stages.
    pub fn first_stage(&self) -> String {
        self.stages.first().map(|t| t.key.clone()).unwrap_or_default()
    }

    /// The label of `key` in `terms`, or the key itself when the vocabulary lacks it.
    pub fn label<'a>(terms: &'a [Term], key: &'a str) -> &'a str {
        terms
            .iter()
            .find(|t| t.key == key)
            .map_or(key, |t| t.label.as_str())
    }
}

/// Words that mean the same when offers are matched to needs; the first of a
/// group names it. Plurals need no entry of their own (matching strips them).
const SYNONYMS: &[&[&str]] = &[
    &[
        "funding",
        "financing",
        "finance",
        "fund",
        "grant",
        "loan",
        "investment",
        "investor",
        "invest",
        "equity",
        "capital",
        "seed",
        "sponsor",
        "money",
        "bankable",
        "venture capital",
    ],
    &[
        "training",
        "trainer",
        "trained",
        "train",
        "capacity building",
        "course",
        "curriculum",
        "curricula",
        "instructor",
        "teacher",
        "teaching",
        "skill",
        "education",
        "learning",
    ],
    &["mentoring", "mentor", "coaching", "coach"],
    &[
        "incubation",
        "incubator",
        "incubate",
        "technology park",
        "start-up",
        "startup",
        "tenant",
        "deal flow",
    ],
    &[
        "research",
        "researcher",
        "academic",
        "university",
        "scientific",
        "faculty",
        "study",
    ],
    &[
        "localisation",
        "localization",
        "arabisation",
        "arabization",
        "translation",
        "arabic",
    ],
    &[
        "connectivity",
        "broadband",
        "internet",
        "telecom",
        "telecommunication",
        "bandwidth",
    ],
    &["equipment", "hardware", "computer", "tool", "software"],
    &[
        "policy",
        "regulation",
        "regulatory",
        "regulator",
        "strategy",
        "advisory",
        "advice",
        "endorsement",
    ],
    &["market", "export", "client", "customer", "sale"],
    &["pilot", "pilot site"],
    &["venue", "host", "hosting", "site", "premises"],
    &[
        "talent",
        "staff",
        "personnel",
        "graduate",
        "student",
        "volunteer",
        "workforce",
        "manager",
    ],
    &["security", "secure", "cybersecurity", "trust"],
    &[
        "data",
        "statistics",
        "indicator",
        "measurement",
        "benchmark",
        "benchmarking",
        "survey",
    ],
    &["e-government", "e-services", "public sector", "civil servant"],
    &["women", "woman", "gender", "female"],
    &["interoperability", "standard"],
];

fn terms(pairs: &[(&str, &str)]) -> Vec<Term> {
    pairs.iter().map(|(k, l)| Term::new(k, l)).collect()
}

impl Default for Vocabularies {
    fn default() -> Self {
        Self {
            stakeholder_types: terms(&[
                ("government", "Government / public sector"),
                ("private", "Private sector"),
                ("academia", "Academia and research"),
                ("ngo", "NGO / civil society"),
                ("international", "International or regional organisation"),
                ("incubator", "ICT incubator / technology park"),
                ("financing", "Financing institution"),
            ]),
            thrust_areas: terms(&[
                ("policies", "Policies and strategies"),
                ("infrastructure", "ICT infrastructure"),
                ("access", "Access to information and knowledge"),
                ("capacity", "Capacity building"),
                ("security", "Confidence, trust and security"),
                ("enabling", "Enabling environment"),
                ("applications", "ICT applications"),
                ("content", "Cultural and linguistic diversity and local content"),
                ("media", "Media"),
                ("cooperation", "International and regional cooperation"),
            ]),
            programmes: terms(&[
                ("economic", "ICT for economic development"),
                ("egov", "E-government services"),
                ("ngos", "Empowering Arab NGOs in the information society"),
                ("telecom", "Telecommunications infrastructure"),
                ("sector", "Developing the ICT sector"),
                ("women", "Women's empowerment in the information society"),
                ("measurement", "Information society measurement"),
                ("arabic-content", "Digital Arabic content"),
                ("education", "ICT in education and scientific research"),
                ("community", "Community access"),
            ]),
            stages: terms(&[
                ("idea", "Idea"),
                ("exploring", "Exploring"),
                ("agreed", "Agreed in principle"),
                ("formalised", "Formalised"),
                ("implementing", "Implementing"),
                ("dropped", "Dropped"),
            ]),
            synonyms: SYNONYMS
                .iter()
                .map(|group| group.iter().map(|word| (*word).to_owned()).collect())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_cover_the_domain() {
        let v = Vocabularies::default();
        assert_eq!(v.stakeholder_types.len(), 7);
        assert_eq!(v.thrust_areas.len(), 10);
        assert_eq!(v.programmes.len(), 10);
        assert_eq!(v.stages.first().map(|t| t.key.as_str()), Some("idea"));
    }

    #[test]
    fn files_without_synonyms_get_the_default_groups() {
        let old: Vocabularies = ron::from_str("(stages: [(key: \"idea\", label: \"Idea\")])").unwrap();
        assert_eq!(old.stages.len(), 1);
        assert_eq!(old.synonyms, Vocabularies::default().synonyms);
        assert!(old.synonyms.iter().any(|g| g.iter().any(|w| w == "grant")));
    }

    #[test]
    fn unknown_keys_show_as_themselves() {
        let v = Vocabularies::default();
        assert_eq!(Vocabularies::label(&v.stages, "agreed"), "Agreed in principle");
        assert_eq!(Vocabularies::label(&v.stages, "mystery"), "mystery");
    }
}
