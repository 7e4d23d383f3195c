use crate::tr;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Confidentiality, Id, Stamp, now};

/// A source of financing that projects can be matched against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FundingSource {
    pub id: Id,
    pub modified: Stamp,
    pub name: String,
    /// The organisation behind the source, when it is in the registry.
    pub organisation: Option<Id>,
    pub kind: FundingKind,
    pub instruments: Vec<Instrument>,
    pub ticket_min: u64,
    pub ticket_max: u64,
    pub currency: String,
    /// ISO codes; empty means any country.
    pub eligible_countries: Vec<String>,
    /// Thrust-area keys; empty means any.
    pub focus_areas: Vec<String>,
    /// Stage keys; empty means any.
    pub eligible_stages: Vec<String>,
    /// Stakeholder-type keys of who may apply; empty means anyone (format 3).
    pub applicant_types: Vec<String>,
    pub co_financing_required: bool,
    pub deadline: Option<NaiveDate>,
    /// Whom to write to: a name, an address (format 3).
    pub contact: String,
    pub notes: String,
    pub confidentiality: Confidentiality,
}

impl Default for FundingSource {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            name: String::new(),
            organisation: None,
            kind: FundingKind::Donor,
            instruments: Vec::new(),
            ticket_min: 0,
            ticket_max: 0,
            currency: "USD".to_owned(),
            eligible_countries: Vec::new(),
            focus_areas: Vec::new(),
            eligible_stages: Vec::new(),
            applicant_types: Vec::new(),
            co_financing_required: false,
            deadline: None,
            contact: String::new(),
            notes: String::new(),
            confidentiality: Confidentiality::Public,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FundingKind {
    VentureCapital,
    DevelopmentFinance,
    Donor,
    GovernmentProgramme,
    PublicPrivatePartnership,
    CorporateProgramme,
    Incubator,
}

impl FundingKind {
    pub const ALL: [Self; 7] = [
        Self::VentureCapital,
        Self::DevelopmentFinance,
        Self::Donor,
        Self::GovernmentProgramme,
        Self::PublicPrivatePartnership,
        Self::CorporateProgramme,
        Self::Incubator,
    ];

    pub fn label(self) -> String {
        match self {
            Self::VentureCapital => tr!("funding-kind-venture-capital"),
            Self::DevelopmentFinance => tr!("funding-kind-development-finance"),
            Self::Donor => tr!("funding-kind-donor"),
            Self::GovernmentProgramme => tr!("funding-kind-government-programme"),
            Self::PublicPrivatePartnership => tr!("funding-kind-public-private-partnership"),
            Self::CorporateProgramme => tr!("funding-kind-corporate-programme"),
            Self::Incubator => tr!("funding-kind-incubator"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Instrument {
    Grant,
    Loan,
    Guarantee,
    Equity,
    TechnicalAssistance,
    InKind,
    SeedMoney,
}

impl Instrument {
    pub const ALL: [Self; 7] = [
        Self::Grant,
        Self::Loan,
        Self::Guarantee,
        Self::Equity,
        Self::TechnicalAssistance,
        Self::InKind,
        Self::SeedMoney,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Grant => tr!("instrument-grant"),
            Self::Loan => tr!("instrument-loan"),
            Self::Guarantee => tr!("instrument-guarantee"),
            Self::Equity => tr!("instrument-equity"),
            Self::TechnicalAssistance => tr!("instrument-technical-assistance"),
            Self::InKind => tr!("instrument-in-kind"),
            Self::SeedMoney => tr!("instrument-seed-money"),
        }
    }
}
