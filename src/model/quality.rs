//! How strong a partnership record is, in words the room can answer.
//!
//! A strong commitment (the criteria of the UN Partnerships for SDGs registry)
//! names partners and their roles, measurable deliverables, the resources
//! committed, a timeline and who reports progress: [`Judge::gaps`] says which
//! of those are missing. [`Judge::mix`] says what the stakeholder mix lacks.
//!
//! A board judges every card whenever the document changes, so a [`Judge`]
//! indexes the registry once and is then asked about each partnership in turn.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::fold::fold_into;
use super::{Document, Id, Organisation, Partnership, Vocabularies};
use crate::tr;

/// Keys of the stakeholder types the mix is judged by, as in the default
/// vocabulary.
const ACADEMIA: &str = "academia";
const FINANCING: &str = "financing";
const PRIVATE: &str = "private";
const INCUBATOR: &str = "incubator";
const GOVERNMENT: &str = "government";
const INTERNATIONAL: &str = "international";

/// Folded stems that say a project is about incubation: incubation, incubator,
/// incubate; حاضنة (incubator), احتضان (incubation).
const INCUBATION: [&str; 3] = ["incubat", "حاضن", "احتضان"];

/// Something a strong partnership record states and this one does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// Fewer than two partners have a role.
    Roles,
    /// No measurable deliverable.
    Deliverables,
    /// No resources committed.
    Resources,
    /// No milestone has a due date.
    Timeline,
    /// No one in the registry is named to report progress.
    Reporter,
}

impl Gap {
    /// Every gap, in the order of the checklist.
    pub const ALL: [Self; 5] = [
        Self::Roles,
        Self::Deliverables,
        Self::Resources,
        Self::Timeline,
        Self::Reporter,
    ];

    /// The sentence that asks the room to fill the gap.
    pub fn describe(self) -> String {
        match self {
            Self::Roles => tr!("board-gap-roles"),
            Self::Deliverables => tr!("board-gap-deliverables"),
            Self::Resources => tr!("board-gap-resources"),
            Self::Timeline => tr!("board-gap-timeline"),
            Self::Reporter => tr!("board-gap-reporter"),
        }
    }

    /// A short text for a badge on a card.
    pub fn label(self) -> String {
        match self {
            Self::Roles => tr!("board-gap-roles-label"),
            Self::Deliverables => tr!("board-gap-deliverables-label"),
            Self::Resources => tr!("board-gap-resources-label"),
            Self::Timeline => tr!("board-gap-timeline-label"),
            Self::Reporter => tr!("board-gap-reporter-label"),
        }
    }
}

/// What the mix of partners lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MixWarning {
    /// No partner from academia or research.
    NoAcademia,
    /// No financing institution among the partners.
    NoFinancier,
    /// The partners and the countries listed are all one country.
    OneCountry,
    /// Every partner is a government or an international organisation.
    PublicOnly,
    /// An incubator project with no private-sector partner.
    IncubatorWithoutPrivate,
}

impl MixWarning {
    /// Every warning, in the order they are given.
    pub const ALL: [Self; 5] = [
        Self::NoAcademia,
        Self::NoFinancier,
        Self::OneCountry,
        Self::PublicOnly,
        Self::IncubatorWithoutPrivate,
    ];

    /// The warning as a sentence.
    pub fn describe(self) -> String {
        match self {
            Self::NoAcademia => tr!("board-mix-no-academia"),
            Self::NoFinancier => tr!("board-mix-no-financier"),
            Self::OneCountry => tr!("board-mix-one-country"),
            Self::PublicOnly => tr!("board-mix-public-only"),
            Self::IncubatorWithoutPrivate => tr!("board-mix-incubator-without-private"),
        }
    }
}

/// Judges partnerships of one document: build it once when the document
/// changes, then ask about each card.
pub struct Judge<'a> {
    organisations: HashMap<Id, &'a Organisation>,
    people: HashSet<Id>,
    vocabularies: &'a Vocabularies,
    /// Folded text of the partnership being judged, reused from card to card.
    scratch: RefCell<String>,
}

impl<'a> Judge<'a> {
    /// Indexes the organisations and people of `doc`.
    pub fn new(doc: &'a Document) -> Self {
        Self {
            organisations: doc.organisations.iter().map(|o| (o.id, o.as_ref())).collect(),
            people: doc.people.iter().map(|p| p.id).collect(),
            vocabularies: &doc.vocabularies,
            scratch: RefCell::new(String::new()),
        }
    }

    /// Indexes only what judging `p` needs: its organisations and its
    /// reporter. An editor showing one partnership asks this every frame, and
    /// it costs a pass over the records, not building an index of them all.
    pub fn of_one(doc: &'a Document, p: &Partnership) -> Self {
        let involved: HashSet<Id> = p.partners.iter().map(|r| r.organisation).chain(p.lead).collect();
        Self {
            organisations: doc
                .organisations
                .iter()
                .filter(|o| involved.contains(&o.id))
                .map(|o| (o.id, o.as_ref()))
                .collect(),
            people: doc
                .people
                .iter()
                .filter(|x| Some(x.id) == p.reporter)
                .map(|x| x.id)
                .collect(),
            vocabularies: &doc.vocabularies,
            scratch: RefCell::new(String::new()),
        }
    }

    /// The organisation with `id`, from the index (a board can use it for names too).
    pub fn organisation(&self, id: Id) -> Option<&'a Organisation> {
        self.organisations.get(&id).copied()
    }

    /// What `p` lacks to be a strong commitment, in the order of the checklist.
    pub fn gaps(&self, p: &Partnership) -> Vec<Gap> {
        let mut gaps = Vec::new();
        if !two_partners_with_roles(p) {
            gaps.push(Gap::Roles);
        }
        if !p.deliverables.iter().any(|d| !d.text.trim().is_empty()) {
            gaps.push(Gap::Deliverables);
        }
        if !p.resources_committed.iter().any(|r| !r.trim().is_empty()) {
            gaps.push(Gap::Resources);
        }
        if !p.milestones.iter().any(|m| m.due.is_some()) {
            gaps.push(Gap::Timeline);
        }
        if !p.reporter.is_some_and(|id| self.people.contains(&id)) {
            gaps.push(Gap::Reporter);
        }
        gaps
    }

    /// Whether `p` has no gap at all.
    pub fn is_strong(&self, p: &Partnership) -> bool {
        self.gaps(p).is_empty()
    }

    /// What the mix of `p`'s partners (and lead) lacks; nothing for a
    /// partnership with no partners yet, which has a gap instead.
    pub fn mix(&self, p: &Partnership) -> Vec<MixWarning> {
        let mut warnings = Vec::new();
        if p.partners.is_empty() {
            return warnings;
        }
        let mut seen = Seen::default();
        let members = p.partners.iter().map(|r| r.organisation).chain(p.lead);
        for id in members {
            match self.organisations.get(&id) {
                Some(org) => seen.organisation(org),
                // Of an organisation not in the registry nothing is known.
                None => seen.all_public = false,
            }
        }
        for country in &p.countries {
            seen.country(country);
        }
        if !seen.academia {
            warnings.push(MixWarning::NoAcademia);
        }
        if !seen.financier {
            warnings.push(MixWarning::NoFinancier);
        }
        if seen.one_country() {
            warnings.push(MixWarning::OneCountry);
        }
        if seen.all_public {
            warnings.push(MixWarning::PublicOnly);
        }
        if !seen.private && (seen.incubator || self.mentions_incubation(p)) {
            warnings.push(MixWarning::IncubatorWithoutPrivate);
        }
        warnings
    }

    /// Whether the title, thrust area or description of `p` speaks of incubation.
    fn mentions_incubation(&self, p: &Partnership) -> bool {
        let area = Vocabularies::label(&self.vocabularies.thrust_areas, &p.thrust_area);
        let mut text = self.scratch.borrow_mut();
        text.clear();
        for part in [
            p.title.as_str(),
            p.title_ar.as_str(),
            p.thrust_area.as_str(),
            area,
            p.description.as_str(),
        ] {
            fold_into(part, &mut text);
            text.push('\n');
        }
        INCUBATION.iter().any(|stem| text.contains(stem))
    }
}

/// What `p` lacks to be a strong commitment; builds the index for one
/// partnership: for many, use one [`Judge`].
pub fn gaps(p: &Partnership, doc: &Document) -> Vec<Gap> {
    Judge::new(doc).gaps(p)
}

/// What the mix of `p`'s partners lacks; builds the index for one
/// partnership: for many, use one [`Judge`].
pub fn mix(p: &Partnership, doc: &Document) -> Vec<MixWarning> {
    Judge::new(doc).mix(p)
}

/// Whether two different organisations among the partners have a role.
fn two_partners_with_roles(p: &Partnership) -> bool {
    let mut first: Option<Id> = None;
    for role in p.partners.iter().filter(|r| !r.role.trim().is_empty()) {
        match first {
            None => first = Some(role.organisation),
            Some(id) if id != role.organisation => return true,
            Some(_) => {}
        }
    }
    false
}

/// What the partners of one partnership are, gathered without allocating.
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per judgement, read once each"
)]
struct Seen<'a> {
    academia: bool,
    financier: bool,
    private: bool,
    incubator: bool,
    all_public: bool,
    first_country: Option<&'a str>,
    several_countries: bool,
}

impl Default for Seen<'_> {
    fn default() -> Self {
        Self {
            academia: false,
            financier: false,
            private: false,
            incubator: false,
            all_public: true,
            first_country: None,
            several_countries: false,
        }
    }
}

impl<'a> Seen<'a> {
    fn organisation(&mut self, org: &'a Organisation) {
        match org.stakeholder_type.trim() {
            ACADEMIA => self.academia = true,
            FINANCING => self.financier = true,
            PRIVATE => self.private = true,
            INCUBATOR => self.incubator = true,
            _ => {}
        }
        if !matches!(org.stakeholder_type.trim(), GOVERNMENT | INTERNATIONAL) {
            self.all_public = false;
        }
        self.country(&org.country);
    }

    fn country(&mut self, code: &'a str) {
        let code = code.trim();
        if code.is_empty() {
            return;
        }
        match self.first_country {
            None => self.first_country = Some(code),
            Some(first) if !first.eq_ignore_ascii_case(code) => self.several_countries = true,
            Some(_) => {}
        }
    }

    /// Exactly one country is known: none known says nothing.
    fn one_country(&self) -> bool {
        self.first_country.is_some() && !self.several_countries
    }
}

#[cfg(test)]
#[path = "quality_tests.rs"]
mod tests;
