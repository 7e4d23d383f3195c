//! What the organisers set for choosing whom to invite: the weights of the
//! shortlist's parts, the targets of the balance of the room, the member
//! countries and groups of countries, and the letter templates. Kept in the
//! document (format 7), written only when they differ from the defaults.

use serde::{Deserialize, Serialize};

use crate::model::Term;

/// How much each part of a prospect's score counts: points per reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Per confirmed organisation that needs what the prospect offers, or
    /// offers what it needs.
    pub complementarity: u32,
    /// Per kind of resource the prospect can commit (financing, space, a programme).
    pub resources: u32,
    /// Per gap of the meeting the prospect fills (a stakeholder type, a
    /// member country, a thrust area no confirmed organisation brings).
    pub gaps: u32,
    /// Per step along the pipeline of each partnership the prospect is in:
    /// an idea counts once, the stage after it twice, and so on.
    pub track_record: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            complementarity: 10,
            resources: 20,
            gaps: 15,
            track_record: 5,
        }
    }
}

/// Where a target of the balance of the room applies.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// The whole room.
    #[default]
    Meeting,
    /// Each member country, one by one.
    EachMemberCountry,
    /// One country, by its ISO code.
    Country(String),
    /// A group of countries, by the key of one of [`Settings::country_groups`].
    Group(String),
}

/// At least `at_least` confirmed participants of a stakeholder type (any
/// type when empty) in a scope, such as one incubator per member country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Target {
    /// Key of a stakeholder type; empty for any.
    pub stakeholder_type: String,
    pub scope: Scope,
    pub at_least: u32,
}

impl Default for Target {
    fn default() -> Self {
        Self {
            stakeholder_type: String::new(),
            scope: Scope::Meeting,
            at_least: 1,
        }
    }
}

/// A named group of countries, such as the Gulf.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CountryGroup {
    pub key: String,
    /// The group's name inside a sentence, such as "the Gulf"; empty for
    /// the catalogue's name of a group Majlis knows (see [`Settings::group_label`]).
    pub label: String,
    /// ISO codes.
    pub countries: Vec<String>,
}

/// The organisers' settings for invitations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub weights: Weights,
    pub targets: Vec<Target>,
    /// The member countries of the organising body, as ISO codes.
    pub member_countries: Vec<String>,
    pub country_groups: Vec<CountryGroup>,
    /// The letter in English, with placeholders such as `{name}`; empty for
    /// the catalogue's letter.
    pub letter_english: String,
    /// The letter in Arabic; empty for the catalogue's letter.
    pub letter_arabic: String,
}

/// ESCWA's member states in 2007.
const MEMBERS: [&str; 13] = [
    "BH", "EG", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "AE", "YE",
];

impl Default for Settings {
    fn default() -> Self {
        let codes = |codes: &[&str]| codes.iter().map(|c| (*c).to_owned()).collect();
        Self {
            weights: Weights::default(),
            targets: vec![
                Target {
                    scope: Scope::EachMemberCountry,
                    ..Target::default()
                },
                Target {
                    stakeholder_type: "incubator".to_owned(),
                    scope: Scope::EachMemberCountry,
                    at_least: 1,
                },
                Target {
                    stakeholder_type: "private".to_owned(),
                    scope: Scope::Group("gulf".to_owned()),
                    at_least: 1,
                },
                Target {
                    stakeholder_type: "financing".to_owned(),
                    scope: Scope::Meeting,
                    at_least: 2,
                },
            ],
            member_countries: codes(&MEMBERS),
            country_groups: vec![
                CountryGroup {
                    key: "gulf".to_owned(),
                    label: String::new(),
                    countries: codes(&["BH", "KW", "OM", "QA", "SA", "AE"]),
                },
                CountryGroup {
                    key: "mashreq".to_owned(),
                    label: String::new(),
                    countries: codes(&["EG", "IQ", "JO", "LB", "PS", "SY"]),
                },
            ],
            letter_english: String::new(),
            letter_arabic: String::new(),
        }
    }
}

impl Settings {
    /// Whether these are the defaults: the file then leaves them out.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The group of countries keyed `key`.
    pub fn group(&self, key: &str) -> Option<&CountryGroup> {
        self.country_groups.iter().find(|g| g.key == key)
    }

    /// The name of the group `key` inside a sentence, in the language of
    /// the catalogue for the groups Majlis knows, else as the organisers
    /// wrote it, else the key.
    pub fn group_label(&self, key: &str) -> String {
        let own = self.group(key).map(|g| g.label.trim()).unwrap_or_default();
        match key {
            _ if !own.is_empty() => own.to_owned(),
            "gulf" => crate::tr!("invitation-group-gulf"),
            "mashreq" => crate::tr!("invitation-group-mashreq"),
            _ => key.to_owned(),
        }
    }

    /// Whether `code` is one of the member countries.
    pub fn is_member(&self, code: &str) -> bool {
        self.member_countries
            .iter()
            .any(|c| c.eq_ignore_ascii_case(code.trim()))
    }
}

/// The label of a term inside a sentence: "private sector" for "Private
/// sector", an acronym ("ICT incubator") or a name ("Arab") kept as it is.
pub fn type_in_sentence(terms: &[Term], key: &str) -> String {
    crate::model::suggest::in_sentence(crate::model::Vocabularies::label(terms, key))
}
