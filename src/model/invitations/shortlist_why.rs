//! The parts of a prospect's score and the reasons for it, as data and in words.

use crate::model::countries::country_name;
use crate::model::suggest::in_sentence;
use crate::tr;

/// A part of a prospect's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Complementarity,
    Resources,
    Gaps,
    TrackRecord,
}

impl Part {
    pub const ALL: [Self; 4] = [
        Self::Complementarity,
        Self::Resources,
        Self::Gaps,
        Self::TrackRecord,
    ];

    /// The part's name, such as "Track record".
    pub fn label(self) -> String {
        match self {
            Self::Complementarity => tr!("shortlist-part-complementarity"),
            Self::Resources => tr!("shortlist-part-resources"),
            Self::Gaps => tr!("shortlist-part-gaps"),
            Self::TrackRecord => tr!("shortlist-part-track-record"),
        }
    }
}

/// The weighted points of each part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub complementarity: u32,
    pub resources: u32,
    pub gaps: u32,
    pub track_record: u32,
}

impl Parts {
    pub fn total(&self) -> u32 {
        Part::ALL
            .iter()
            .fold(0, |sum, part| sum.saturating_add(self.get(*part)))
    }

    pub fn get(&self, part: Part) -> u32 {
        match part {
            Part::Complementarity => self.complementarity,
            Part::Resources => self.resources,
            Part::Gaps => self.gaps,
            Part::TrackRecord => self.track_record,
        }
    }
}

/// Why a prospect scores, as data; [`Why::describe`] says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// It offers `offer`, which `count` confirmed organisations need, the
    /// first of them by name `first`.
    Offers {
        offer: String,
        count: u32,
        first: String,
    },
    /// It needs `need`, which `count` confirmed organisations offer.
    Needs { need: String, count: u32, first: String },
    /// It is of the financing stakeholder type.
    FinancingInstitution,
    /// It runs the funding source named `source`.
    RunsFund { source: String },
    /// It offers financing: `offer`.
    OffersFinancing { offer: String },
    /// It offers space: `offer`.
    OffersSpace { offer: String },
    /// A government or international organisation offering a programme.
    RunsProgramme { offer: String },
    /// No confirmed organisation is of its type (the type's label inside a sentence).
    FirstOfType { kind: String },
    /// No confirmed organisation is from its member country (an ISO code).
    FirstFromCountry { country: String },
    /// No confirmed organisation works in this area (its label inside a sentence).
    FirstInArea { area: String },
    /// It would count towards a target of the balance of the room not met
    /// yet, said as the balance says it.
    FillsTarget { gap: String },
    /// It is in the partnership titled `title`, at the stage labelled `stage`.
    InPartnership { title: String, stage: String },
}

impl Why {
    /// The reason in words, such as "offers seed financing, which Berytech needs".
    pub fn describe(&self) -> String {
        match self {
            Self::Offers { offer, count, first } => tr!(
                "shortlist-why-offers",
                offer = in_sentence(offer),
                count = *count,
                organisation = first
            ),
            Self::Needs { need, count, first } => tr!(
                "shortlist-why-needs",
                need = in_sentence(need),
                count = *count,
                organisation = first
            ),
            Self::FinancingInstitution => tr!("shortlist-why-financing-institution"),
            Self::RunsFund { source } => tr!("shortlist-why-financing-fund", source = source),
            Self::OffersFinancing { offer } => {
                tr!("shortlist-why-financing-offer", offer = in_sentence(offer))
            }
            Self::OffersSpace { offer } => tr!("shortlist-why-space", offer = in_sentence(offer)),
            Self::RunsProgramme { offer } => {
                tr!("shortlist-why-programme", offer = in_sentence(offer))
            }
            Self::FirstOfType { kind } => tr!("shortlist-why-first-type", kind = kind),
            Self::FirstFromCountry { country } => {
                tr!("shortlist-why-first-country", country = country_name(country))
            }
            Self::FirstInArea { area } => tr!("shortlist-why-first-area", area = area),
            Self::FillsTarget { gap } => tr!("shortlist-why-target", gap = gap),
            Self::InPartnership { title, stage } => {
                tr!("shortlist-why-partnership", title = title, stage = stage)
            }
        }
    }

    /// The part of the score this reason counts in.
    pub fn part(&self) -> Part {
        match self {
            Self::Offers { .. } | Self::Needs { .. } => Part::Complementarity,
            Self::FinancingInstitution
            | Self::RunsFund { .. }
            | Self::OffersFinancing { .. }
            | Self::OffersSpace { .. }
            | Self::RunsProgramme { .. } => Part::Resources,
            Self::FirstOfType { .. }
            | Self::FirstFromCountry { .. }
            | Self::FirstInArea { .. }
            | Self::FillsTarget { .. } => Part::Gaps,
            Self::InPartnership { .. } => Part::TrackRecord,
        }
    }
}
