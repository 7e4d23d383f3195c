use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Confidentiality, Id, Instrument, Stamp, now};

/// A partnership or the project it carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partnership {
    pub id: Id,
    pub modified: Stamp,
    pub title: String,
    /// The title in Arabic, empty when there is none.
    pub title_ar: String,
    pub description: String,
    /// The partners now; [`Partnership::partner_history`] says since when.
    pub partners: Vec<PartnerRole>,
    pub lead: Option<Id>,
    /// Key of a stage in the document's vocabularies.
    pub stage: String,
    pub thrust_area: String,
    pub programme: String,
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    pub deliverables: Vec<Deliverable>,
    pub resources_committed: Vec<String>,
    pub milestones: Vec<Milestone>,
    pub next_step: String,
    /// The person who reports the partnership's progress.
    pub reporter: Option<Id>,
    pub financing_need: Option<Money>,
    /// The kinds of money the project seeks (an equity investment, a grant,
    /// ...); empty when it has not said. A source offering none of them cannot
    /// fund it.
    pub instruments_sought: Vec<Instrument>,
    /// The agenda item or round table where the partnership was born.
    pub born_at: Option<Id>,
    pub stage_history: Vec<StageChange>,
    /// When each organisation joined or left, oldest first.
    pub partner_history: Vec<PartnerChange>,
    pub confidentiality: Confidentiality,
}

impl Default for Partnership {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: now(),
            title: String::new(),
            title_ar: String::new(),
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
            reporter: None,
            financing_need: None,
            instruments_sought: Vec::new(),
            born_at: None,
            stage_history: Vec::new(),
            partner_history: Vec::new(),
            confidentiality: Confidentiality::Public,
        }
    }
}

/// An organisation in a partnership and what it brings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PartnerRole {
    #[serde(default)]
    pub id: Id,
    pub organisation: Id,
    pub role: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    #[serde(default)]
    pub id: Id,
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

/// Something measurable the partnership will deliver.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Deliverable {
    #[serde(default)]
    pub id: Id,
    pub text: String,
}

/// An organisation joined or left a partnership at `at`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerChange {
    pub organisation: Id,
    pub event: PartnerEvent,
    pub at: Stamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartnerEvent {
    Joined,
    Left,
}

/// A partnership entered `stage` at `at`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    pub stage: String,
    pub at: Stamp,
}

impl Partnership {
    /// Adds `role`'s organisation as a partner at `at`, noting when it joined.
    /// An organisation already a partner gets one more role, and no new entry.
    pub fn add_partner(&mut self, role: PartnerRole, at: Stamp) {
        let organisation = role.organisation;
        let already = self.partners.iter().any(|p| p.organisation == organisation);
        self.partners.push(role);
        if !already {
            self.partner_history.push(PartnerChange {
                organisation,
                event: PartnerEvent::Joined,
                at,
            });
        }
    }

    /// Removes `organisation` from the partners at `at`, noting when it left.
    pub fn remove_partner(&mut self, organisation: Id, at: Stamp) {
        let before = self.partners.len();
        self.partners.retain(|p| p.organisation != organisation);
        if self.partners.len() < before {
            self.partner_history.push(PartnerChange {
                organisation,
                event: PartnerEvent::Left,
                at,
            });
        }
    }
}

impl Partnership {
    /// Removes the role `role` at `at`. Its organisation is noted as having
    /// left only when it holds no other role. Returns whether a role was removed.
    pub fn remove_role(&mut self, role: Id, at: Stamp) -> bool {
        let Some(index) = self.partners.iter().position(|p| p.id == role) else {
            return false;
        };
        let organisation = self.partners.remove(index).organisation;
        if !self.partners.iter().any(|p| p.organisation == organisation) {
            self.partner_history.push(PartnerChange {
                organisation,
                event: PartnerEvent::Left,
                at,
            });
        }
        true
    }
}

/// The organisations that were partners of `partnership` at `at`, in the order
/// they joined, replaying its partner history. A partner with no entry in the
/// history at all counts as a partner from the start.
pub fn partners_as_of(partnership: &Partnership, at: Stamp) -> Vec<Id> {
    let recorded: HashSet<Id> = partnership
        .partner_history
        .iter()
        .map(|c| c.organisation)
        .collect();
    let mut partners: Vec<Id> = Vec::new();
    for role in &partnership.partners {
        if !recorded.contains(&role.organisation) {
            join(&mut partners, role.organisation);
        }
    }
    let mut changes: Vec<&PartnerChange> = partnership
        .partner_history
        .iter()
        .filter(|c| c.at <= at)
        .collect();
    changes.sort_by_key(|c| c.at);
    for change in changes {
        match change.event {
            PartnerEvent::Joined => join(&mut partners, change.organisation),
            PartnerEvent::Left => partners.retain(|o| *o != change.organisation),
        }
    }
    partners
}

fn join(partners: &mut Vec<Id>, organisation: Id) {
    if !partners.contains(&organisation) {
        partners.push(organisation);
    }
}

/// Text that does not read as an amount of money.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct AmountError {
    /// The text as typed, without surrounding white space.
    pub text: String,
}

impl std::fmt::Display for AmountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "board-editor-amount-invalid",
            text = self.text.as_str()
        ))
    }
}

/// Reads an amount in whole units as people type it: digits (Western or
/// Arabic-Indic), grouped or not by commas, spaces, apostrophes or
/// underscores. Nothing, or only white space, is no amount.
pub fn parse_amount(text: &str) -> Result<Option<u64>, AmountError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let error = || AmountError {
        text: trimmed.to_owned(),
    };
    let folded = super::fold::fold(trimmed);
    let mut amount: u64 = 0;
    let mut digits = 0;
    for c in folded.chars() {
        match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => {
                amount = amount
                    .checked_mul(10)
                    .and_then(|a| a.checked_add(u64::from(d)))
                    .ok_or_else(error)?;
                digits += 1;
            }
            _ if matches!(c, ',' | ' ' | '\'' | '_' | '\u{066C}' | '\u{00A0}' | '\u{202F}') => {}
            _ => return Err(error()),
        }
    }
    if digits == 0 {
        return Err(error());
    }
    Ok(Some(amount))
}

/// Country codes as people type them: separated by commas, spaces or
/// semicolons, in upper case, each once.
pub fn parse_countries(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in text.split([',', ';', ' ', '\n', '،']) {
        let code = code.trim().to_uppercase();
        if !code.is_empty() && !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;

    fn day(n: u32) -> Stamp {
        DateTime::parse_from_rfc3339(&format!("2007-09-{n:02}T12:00:00Z"))
            .unwrap()
            .with_timezone(&Utc)
    }

    fn role(organisation: Id) -> PartnerRole {
        PartnerRole {
            organisation,
            role: "Hosts the pilot".to_owned(),
            ..PartnerRole::default()
        }
    }

    #[test]
    fn partners_join_and_leave_over_time() {
        let (a, b, c) = (Id::new(), Id::new(), Id::new());
        let mut p = Partnership::default();
        p.add_partner(role(a), day(1));
        p.add_partner(role(b), day(3));
        p.remove_partner(a, day(5));
        p.add_partner(role(c), day(5));
        p.add_partner(role(a), day(8));
        assert_eq!(partners_as_of(&p, day(1) - chrono::Duration::seconds(1)), []);
        assert_eq!(partners_as_of(&p, day(1)), [a]);
        assert_eq!(partners_as_of(&p, day(4)), [a, b]);
        assert_eq!(partners_as_of(&p, day(6)), [b, c]);
        assert_eq!(partners_as_of(&p, day(9)), [b, c, a]);
        let now: Vec<Id> = p.partners.iter().map(|r| r.organisation).collect();
        assert_eq!(now, [b, c, a]);
    }

    #[test]
    fn the_history_is_replayed_in_time_order() {
        let (a, b) = (Id::new(), Id::new());
        let p = Partnership {
            partners: vec![role(b)],
            partner_history: vec![
                PartnerChange {
                    organisation: a,
                    event: PartnerEvent::Left,
                    at: day(6),
                },
                PartnerChange {
                    organisation: b,
                    event: PartnerEvent::Joined,
                    at: day(4),
                },
                PartnerChange {
                    organisation: a,
                    event: PartnerEvent::Joined,
                    at: day(2),
                },
            ],
            ..Partnership::default()
        };
        assert_eq!(partners_as_of(&p, day(5)), [a, b]);
        assert_eq!(partners_as_of(&p, day(7)), [b]);
    }

    #[test]
    fn a_partner_missing_from_the_history_counts_from_the_start() {
        let (a, b) = (Id::new(), Id::new());
        let mut p = Partnership {
            partners: vec![role(a), role(a)],
            ..Partnership::default()
        };
        p.add_partner(role(b), day(3));
        assert_eq!(partners_as_of(&p, day(1)), [a]);
        assert_eq!(partners_as_of(&p, day(3)), [a, b]);
    }

    #[test]
    fn a_second_role_is_no_second_joining_and_a_stranger_cannot_leave() {
        let a = Id::new();
        let mut p = Partnership::default();
        p.add_partner(role(a), day(1));
        p.add_partner(role(a), day(2));
        p.remove_partner(Id::new(), day(3));
        assert_eq!(p.partners.len(), 2);
        assert_eq!(p.partner_history.len(), 1);
        p.remove_partner(a, day(4));
        assert!(p.partners.is_empty());
        assert_eq!(p.partner_history.len(), 2);
    }

    #[test]
    fn removing_one_role_leaves_the_others_and_the_last_one_records_leaving() {
        let (a, b) = (Id::new(), Id::new());
        let mut p = Partnership::default();
        p.add_partner(role(a), day(1));
        p.add_partner(role(a), day(2));
        p.add_partner(role(b), day(2));
        let (first, second) = (p.partners[0].id, p.partners[1].id);
        assert_ne!(first, second);
        assert!(p.remove_role(first, day(3)));
        let left: Vec<Id> = p.partners.iter().map(|r| r.id).collect();
        assert_eq!(left, [second, p.partners[1].id]);
        assert_eq!(p.partners[0].organisation, a);
        assert_eq!(p.partner_history.len(), 2, "a still holds a role: no leaving");
        assert_eq!(partners_as_of(&p, day(4)), [a, b]);
        assert!(p.remove_role(second, day(5)));
        let last = p.partner_history.last().unwrap();
        assert_eq!(
            (last.organisation, last.event, last.at),
            (a, PartnerEvent::Left, day(5))
        );
        assert_eq!(partners_as_of(&p, day(6)), [b]);
    }

    #[test]
    fn removing_a_role_that_is_not_there_changes_nothing() {
        let mut p = Partnership::default();
        p.add_partner(role(Id::new()), day(1));
        let before = p.clone();
        assert!(!p.remove_role(Id::new(), day(2)));
        assert_eq!(p, before);
    }

    #[test]
    fn amounts_are_read_as_typed() {
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("  "), Ok(None));
        assert_eq!(parse_amount("250000"), Ok(Some(250_000)));
        assert_eq!(parse_amount(" 1,500,000 "), Ok(Some(1_500_000)));
        assert_eq!(parse_amount("2 000"), Ok(Some(2000)));
        assert_eq!(parse_amount("١٥٠٠"), Ok(Some(1500)));
        for bad in ["12k", "1.5", "-3", ",", "99999999999999999999999"] {
            let error = parse_amount(bad).unwrap_err();
            assert_eq!(error.text, bad);
            assert!(error.to_string().contains(bad), "{error}");
        }
    }

    #[test]
    fn countries_are_codes_in_upper_case_once_each() {
        assert_eq!(parse_countries("lb, JO;eg  lb"), ["LB", "JO", "EG"]);
        assert!(parse_countries(" , ").is_empty());
    }
}
