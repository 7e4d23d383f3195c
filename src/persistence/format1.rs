//! Format 1, read to bring its files to format 2.
//!
//! Format 2 gave ids to partners, milestones, deliverables and speakers' turns
//! (two laptops editing the same list must agree on which element is which),
//! made each deliverable an element of its own instead of a line of text, and
//! added the partner history. It also added fields with defaults (time zone,
//! confidentiality, Arabic titles), which the current types fill by themselves.
//!
//! So a partnership is read here as format 1 wrote it, field for field, and the
//! rest of the document with the current types, which read format 1 as it is.
//! The new ids are derived from the parent's id and the element's place
//! ([`Id::derived`]): two laptops that open the same old file give the same ids.
//! The step writes the current model; a format 3 that changes a type this step
//! writes keeps a copy of today's type here, so the step still writes format 2.

use chrono::NaiveDate;
use serde::Deserialize;

use super::{LoadError, errors};
use crate::model::{
    self, AgendaItem, Deliverable, FundingSource, Id, Meeting, Money, Organisation, PartnerChange,
    PartnerEvent, Person, Record, Shared, StageChange, Stamp, Vocabularies,
};

/// Converts the text of a format-1 file to format 2.
pub(super) fn to_format_2(text: &str) -> Result<String, LoadError> {
    let old: Document = super::migrate::options()
        .from_str(text)
        .map_err(|e| errors::from_ron(e, text))?;
    super::to_ron(&old.upgrade()).map_err(|e| LoadError::Upgrade {
        from: 1,
        detail: e.to_string(),
    })
}

/// A format-1 document.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Document {
    meeting: Meeting,
    /// The current type reads a format-1 item; its speakers' turns get new ids.
    agenda: Vec<AgendaItem>,
    organisations: Vec<Shared<Organisation>>,
    people: Vec<Shared<Person>>,
    partnerships: Vec<Partnership>,
    funding_sources: Vec<Shared<FundingSource>>,
    records: Vec<Shared<Record>>,
    vocabularies: Vocabularies,
}

/// A format-1 partnership: deliverables were lines of text, partners and
/// milestones had no ids, and there was no partner history.
#[derive(Deserialize)]
#[serde(default)]
struct Partnership {
    id: Id,
    modified: Stamp,
    title: String,
    description: String,
    partners: Vec<PartnerRole>,
    lead: Option<Id>,
    stage: String,
    thrust_area: String,
    programme: String,
    countries: Vec<String>,
    deliverables: Vec<String>,
    resources_committed: Vec<String>,
    milestones: Vec<Milestone>,
    next_step: String,
    financing_need: Option<Money>,
    born_at: Option<Id>,
    stage_history: Vec<StageChange>,
}

impl Default for Partnership {
    fn default() -> Self {
        Self {
            id: Id::new(),
            modified: model::now(),
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

#[derive(Deserialize)]
struct PartnerRole {
    organisation: Id,
    role: String,
}

#[derive(Deserialize)]
struct Milestone {
    title: String,
    due: Option<NaiveDate>,
    done: bool,
}

impl Document {
    /// The same document in the current model.
    fn upgrade(self) -> model::Document {
        let Self {
            meeting,
            agenda,
            organisations,
            people,
            partnerships,
            funding_sources,
            records,
            vocabularies,
        } = self;
        model::Document {
            format_version: model::FORMAT_VERSION,
            meeting,
            agenda: agenda
                .into_iter()
                .map(|item| Shared::new(with_turn_ids(item)))
                .collect(),
            organisations,
            people,
            partnerships: partnerships
                .into_iter()
                .map(|p| Shared::new(p.upgrade()))
                .collect(),
            funding_sources,
            leads: Vec::new(),
            rates: Vec::new(),
            records,
            vocabularies,
            erased: Vec::new(),
            not_listed: Vec::new(),
            origin: None,
            handout: model::copy::Handout::default(),
            merge_notes: Vec::new(),
            network_layout: Vec::new(),
            invitations: model::invitations::Settings::default(),
        }
    }
}

/// The id of element `i` of the list `kind` of record `parent`: the same on
/// every laptop that migrates the same file, so these names never change.
fn child_id(parent: Id, kind: &str, i: usize) -> Id {
    Id::derived(parent, &format!("{kind}/{i}"))
}

fn with_turn_ids(mut item: AgendaItem) -> AgendaItem {
    for (i, turn) in item.speakers.iter_mut().enumerate() {
        turn.id = child_id(item.id, "speaker", i);
    }
    item
}

impl Partnership {
    fn upgrade(self) -> model::Partnership {
        let Self {
            id,
            modified,
            title,
            description,
            partners,
            lead,
            stage,
            thrust_area,
            programme,
            countries,
            deliverables,
            resources_committed,
            milestones,
            next_step,
            financing_need,
            born_at,
            stage_history,
        } = self;
        // Format 1 did not say when partners joined: the earliest time the
        // partnership is known to have existed is the best guess.
        let since = stage_history.iter().map(|c| c.at).min().unwrap_or(modified);
        let mut partner_history: Vec<PartnerChange> = Vec::new();
        for role in &partners {
            if !partner_history
                .iter()
                .any(|c| c.organisation == role.organisation)
            {
                partner_history.push(PartnerChange {
                    organisation: role.organisation,
                    event: PartnerEvent::Joined,
                    at: since,
                });
            }
        }
        let child = |kind: &str, i: usize| child_id(id, kind, i);
        model::Partnership {
            id,
            modified,
            title,
            title_ar: String::new(),
            description,
            partners: partners
                .into_iter()
                .enumerate()
                .map(|(i, PartnerRole { organisation, role })| model::PartnerRole {
                    id: child("partner", i),
                    organisation,
                    role,
                })
                .collect(),
            lead,
            stage,
            thrust_area,
            programme,
            countries,
            deliverables: deliverables
                .into_iter()
                .enumerate()
                .map(|(i, text)| Deliverable {
                    id: child("deliverable", i),
                    text,
                })
                .collect(),
            resources_committed,
            milestones: milestones
                .into_iter()
                .enumerate()
                .map(|(i, Milestone { title, due, done })| model::Milestone {
                    id: child("milestone", i),
                    title,
                    due,
                    done,
                })
                .collect(),
            next_step,
            reporter: None,
            financing_need,
            instruments_sought: Vec::new(),
            born_at,
            stage_history,
            partner_history,
            confidentiality: model::Confidentiality::Public,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    const PARTNERSHIP: &str = r#"(
  format_version: 1,
  agenda: [(
    id: "10a5d7a1-998e-5f44-93e4-47e2b4215834",
    title: "Round table",
    speakers: [(guest: "Maya"), (guest: "Omar", started: Some("2007-09-05T10:00:00"))],
  )],
  partnerships: [(
    id: "1095a27d-5c4e-56fb-b01a-a9d7a1756017",
    modified: "2007-09-03T10:00:00Z",
    title: "Localisation network",
    description: "Shared glossary",
    partners: [
      (organisation: "54a59d3f-8402-5c67-96ed-108e6f45fe2c", role: "Coordinates"),
      (organisation: "eae3c95f-0bf7-5f2c-8351-95d53e4d53d0", role: "Reviews terms"),
      (organisation: "54a59d3f-8402-5c67-96ed-108e6f45fe2c", role: "Hosts the server"),
    ],
    lead: Some("54a59d3f-8402-5c67-96ed-108e6f45fe2c"),
    stage: "exploring",
    thrust_area: "content",
    programme: "arabic-content",
    countries: ["SY", "LB"],
    deliverables: ["Glossary of 3,000 terms", "مسرد المصطلحات"],
    resources_committed: ["Volunteer time"],
    milestones: [(title: "Scope agreed", due: Some("2007-10-31"), done: true)],
    next_step: "Draft a concept note",
    financing_need: Some((amount: 120000, currency: "USD")),
    born_at: Some("10a5d7a1-998e-5f44-93e4-47e2b4215834"),
    stage_history: [
      (stage: "exploring", at: "2007-08-25T09:30:00Z"),
      (stage: "idea", at: "2007-08-20T09:30:00Z"),
    ],
  )],
)"#;

    fn id(text: &str) -> Id {
        ron::from_str(&format!("\"{text}\"")).unwrap()
    }

    fn stamp(text: &str) -> Stamp {
        text.parse().unwrap()
    }

    #[test]
    fn every_field_of_a_partnership_is_kept() {
        let doc = parse(PARTNERSHIP.as_bytes()).unwrap().doc;
        let p = &doc.partnerships[0];
        let parent = id("1095a27d-5c4e-56fb-b01a-a9d7a1756017");
        let org = id("54a59d3f-8402-5c67-96ed-108e6f45fe2c");
        assert_eq!(p.id, parent);
        assert_eq!(p.modified, stamp("2007-09-03T10:00:00Z"));
        assert_eq!(
            (p.title.as_str(), p.description.as_str()),
            ("Localisation network", "Shared glossary")
        );
        let roles: Vec<&str> = p.partners.iter().map(|r| r.role.as_str()).collect();
        assert_eq!(roles, ["Coordinates", "Reviews terms", "Hosts the server"]);
        assert_eq!(p.partners[0].organisation, org);
        assert_eq!(p.lead, Some(org));
        assert_eq!(
            (p.stage.as_str(), p.thrust_area.as_str()),
            ("exploring", "content")
        );
        assert_eq!(p.programme, "arabic-content");
        assert_eq!(p.countries, ["SY", "LB"]);
        let texts: Vec<&str> = p.deliverables.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Glossary of 3,000 terms", "مسرد المصطلحات"]);
        assert_eq!(p.resources_committed, ["Volunteer time"]);
        let milestone = &p.milestones[0];
        assert_eq!(milestone.title, "Scope agreed");
        assert_eq!(
            milestone.due.map(|d| d.to_string()).as_deref(),
            Some("2007-10-31")
        );
        assert!(milestone.done);
        assert_eq!(p.next_step, "Draft a concept note");
        assert_eq!(p.financing_need.as_ref().map(|m| m.amount), Some(120_000));
        assert_eq!(p.born_at, Some(id("10a5d7a1-998e-5f44-93e4-47e2b4215834")));
        assert_eq!(p.stage_history.len(), 2);
        assert!(p.title_ar.is_empty());
        assert_eq!(p.confidentiality, model::Confidentiality::Public);
    }

    #[test]
    fn new_ids_come_from_the_parent_and_the_place() {
        let doc = parse(PARTNERSHIP.as_bytes()).unwrap().doc;
        let p = &doc.partnerships[0];
        let derived = |name: &str| Id::derived(p.id, name);
        let partners: Vec<Id> = p.partners.iter().map(|r| r.id).collect();
        assert_eq!(
            partners,
            [derived("partner/0"), derived("partner/1"), derived("partner/2")]
        );
        assert_eq!(p.deliverables[1].id, derived("deliverable/1"));
        assert_eq!(p.milestones[0].id, derived("milestone/0"));
        let item = &doc.agenda[0];
        let turns: Vec<Id> = item.speakers.iter().map(|t| t.id).collect();
        assert_eq!(
            turns,
            [
                Id::derived(item.id, "speaker/0"),
                Id::derived(item.id, "speaker/1")
            ]
        );
        assert_eq!(item.speakers[1].guest, "Omar");
        assert!(item.speakers[1].started.is_some());
        let again = parse(PARTNERSHIP.as_bytes()).unwrap().doc;
        assert_eq!(again.partnerships, doc.partnerships, "the same on every load");
        assert_eq!(again.agenda[0].speakers[1].id, turns[1]);
    }

    #[test]
    fn partners_joined_when_the_partnership_first_changed_stage() {
        let doc = parse(PARTNERSHIP.as_bytes()).unwrap().doc;
        let p = &doc.partnerships[0];
        let joined: Vec<(Id, PartnerEvent, Stamp)> = p
            .partner_history
            .iter()
            .map(|c| (c.organisation, c.event, c.at))
            .collect();
        let first = stamp("2007-08-20T09:30:00Z");
        assert_eq!(
            joined,
            [
                (p.partners[0].organisation, PartnerEvent::Joined, first),
                (p.partners[1].organisation, PartnerEvent::Joined, first),
            ],
            "one entry for an organisation with two roles"
        );
        assert_eq!(
            model::partners_as_of(p, first),
            [p.partners[0].organisation, p.partners[1].organisation]
        );
    }

    #[test]
    fn without_a_stage_history_partners_joined_when_the_partnership_was_last_changed() {
        let text = r#"(format_version: 1, partnerships: [(
            modified: "2007-09-01T08:00:00Z",
            partners: [(organisation: "54a59d3f-8402-5c67-96ed-108e6f45fe2c", role: "")],
        )])"#;
        let doc = parse(text.as_bytes()).unwrap().doc;
        let history = &doc.partnerships[0].partner_history;
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].at, stamp("2007-09-01T08:00:00Z"));
    }

    #[test]
    fn the_smallest_format_1_files_load() {
        for text in [
            "(format_version: 1)",
            "(format_version: 1, partnerships: [()], agenda: [()])",
        ] {
            let loaded = parse(text.as_bytes()).unwrap();
            assert_eq!(loaded.source_version, 1, "{text}");
            assert_eq!(loaded.doc.format_version, model::FORMAT_VERSION);
        }
    }

    #[test]
    fn a_mistake_in_a_format_1_file_is_placed_in_that_file() {
        let text = "(format_version: 1,\n  partnerships: [(\n    deliverables: [(id: \"x\")],\n  )],\n)";
        let err = parse(text.as_bytes()).unwrap_err();
        assert_eq!(err.position(), Some((3, 20)), "{err}");
        let cut = parse(PARTNERSHIP.as_bytes().get(..400).unwrap()).unwrap_err();
        assert!(matches!(cut, LoadError::Truncated { .. }), "{cut}");
        let record = "(format_version: 1,\n  records: [(kind: Picnic)],\n)";
        let err = parse(record.as_bytes()).unwrap_err();
        assert_eq!(err.position().map(|(line, _)| line), Some(2), "{err}");
        assert!(err.to_string().contains("Picnic"), "{err}");
    }
}
