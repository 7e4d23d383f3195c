use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::invitations::Invitation;
use super::{Confidentiality, Id, Stamp, now};

/// An organisation taking part in, or followed by, the meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    pub id: Id,
    pub modified: Stamp,
    pub name: String,
    /// The name in Arabic, empty when unknown.
    pub name_ar: String,
    pub acronym: String,
    /// Other names the organisation is known by, used to recognise it in imported lists.
    pub aliases: Vec<String>,
    /// Key of a stakeholder type in the document's vocabularies.
    pub stakeholder_type: String,
    /// ISO 3166-1 alpha-2 country code, such as `LB`.
    pub country: String,
    /// Keys of `RPoA` thrust areas.
    pub focus_areas: Vec<String>,
    pub offers: Vec<String>,
    pub needs: Vec<String>,
    pub website: String,
    pub contact: String,
    /// Who may see `contact`; the name and website are always public.
    pub contact_confidentiality: Confidentiality,
    /// Whether it is invited, and how that went (format 7).
    #[serde(skip_serializing_if = "Invitation::is_empty")]
    pub invitation: Invitation,
}

impl Default for Organisation {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            name: String::new(),
            name_ar: String::new(),
            acronym: String::new(),
            aliases: Vec::new(),
            stakeholder_type: String::new(),
            country: String::new(),
            focus_areas: Vec::new(),
            offers: Vec::new(),
            needs: Vec::new(),
            website: String::new(),
            contact: String::new(),
            contact_confidentiality: Confidentiality::Public,
            invitation: Invitation::default(),
        }
    }
}

/// A participant or contact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub id: Id,
    pub modified: Stamp,
    pub name: String,
    /// The name in Arabic, empty when there is none (or the name is already
    /// written in Arabic); name cards print both.
    pub name_ar: String,
    pub organisation: Option<Id>,
    pub role: String,
    pub email: String,
    pub phone: String,
    /// Who may see `email` and `phone`; a person's name is public.
    pub contact_confidentiality: Confidentiality,
    /// Whether the person agreed to be named in reports and shared lists.
    /// Unknown counts as no.
    pub consent: bool,
    /// The meeting days this person attended.
    pub attendance: Vec<NaiveDate>,
    /// How a letter addresses them, such as "Dr." or "H.E." (format 7).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The title in Arabic, such as "الدكتور" (format 7).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title_ar: String,
    /// Whether they are invited, and how that went (format 7). Whether they
    /// came is `attendance`, which check-in writes.
    #[serde(skip_serializing_if = "Invitation::is_empty")]
    pub invitation: Invitation,
}

impl Default for Person {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            name: String::new(),
            name_ar: String::new(),
            organisation: None,
            role: String::new(),
            email: String::new(),
            phone: String::new(),
            contact_confidentiality: Confidentiality::Organisers,
            consent: false,
            attendance: Vec::new(),
            title: String::new(),
            title_ar: String::new(),
            invitation: Invitation::default(),
        }
    }
}
