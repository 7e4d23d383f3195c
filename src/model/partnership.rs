use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, Stamp, now};

/// A partnership or the project it carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partnership {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
    pub description: String,
    pub partners: Vec<PartnerRole>,
    pub lead: Option<Id>,
    /// Key of a stage in the document's vocabularies.
    pub stage: String,
    pub thrust_area: String,
    pub programme: String,
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    pub deliverables: Vec<String>,
    pub resources_committed: Vec<String>,
    pub milestones: Vec<Milestone>,
    pub next_step: String,
    pub financing_need: Option<Money>,
    /// The agenda item or round table where the partnership was born.
    pub born_at: Option<Id>,
    pub stage_history: Vec<StageChange>,
}

impl Default for Partnership {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            title: String::new(),
            description: String::new(),
            partners: Vec::new(),
            lead: None,
            stage: String::new(),
            thrust_area: String::new(),
            programme: String::new(),
            countries: Vec::new(),
            deliverables: Vec::new(),
            resources_committed: Vec::new(),
            milestones: Vec::new(),
            next_step: String::new(),
            financing_need: None,
            born_at: None,
            stage_history: Vec::new(),
        }
    }
}

/// An organisation in a partnership and what it brings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerRole {
    pub organisation: Id,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub title: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
}

/// An amount in whole units of a currency (ISO 4217 code such as `USD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: u64,
    pub currency: String,
}

/// A partnership entered `stage` at `at`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    pub stage: String,
    pub at: Stamp,
}
