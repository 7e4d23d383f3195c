//! What the partnership board shows: the cards now or at a past moment, which
//! of them the filters keep, and how they fall into swimlanes and columns.
//!
//! [`cards`] reads the document once per change of it; [`arrange`] runs once
//! per change of the filters and only compares prepared keys, so typing in the
//! board's search stays cheap with a thousand cards.

use std::collections::HashMap;
use std::sync::Arc;

use super::fold::{fold, fold_into};
use super::{Document, Id, Organisation, Partnership, Shared, Stamp, as_of, time};

/// The stage kept aside: dropped partnerships are never deleted, only set apart.
pub const DROPPED: &str = "dropped";

/// The board's filters; each one set narrows the cards, and they combine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardFilter {
    /// The agenda item (round table) the partnership was born at.
    pub round_table: Option<Id>,
    /// A thrust-area key.
    pub thrust_area: Option<String>,
    /// A programme key of the Regional Plan of Action.
    pub programme: Option<String>,
    /// An ISO country code: the partnership's countries or a partner's.
    pub country: Option<String>,
    /// A stakeholder-type key: the lead's or a partner's.
    pub stakeholder_type: Option<String>,
    /// An organisation that leads or is a partner.
    pub organisation: Option<Id>,
    /// Words searched in the title, description, lead and partners, compared
    /// with [`fold`] so case, accents and Arabic letter variants do not matter.
    pub text: String,
}

impl BoardFilter {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && *self
                == Self {
                    text: self.text.clone(),
                    ..Self::default()
                }
    }
}

/// How the board is cut into swimlanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lanes {
    #[default]
    None,
    /// By the agenda item the partnership was born at.
    RoundTable,
    /// By thrust area.
    ThrustArea,
}

/// Which swimlane a card is in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Lane {
    /// The whole board, when there are no swimlanes.
    All,
    /// Born at this agenda item, or at none.
    RoundTable(Option<Id>),
    /// In this thrust area, or in none.
    ThrustArea(Option<String>),
}

/// One partnership as the board shows it, now or at a past moment, with what
/// the filters compare already worked out.
#[derive(Clone, Debug)]
pub struct BoardCard {
    /// The partnership as it is now.
    pub partnership: Shared<Partnership>,
    /// Key of its stage then.
    pub stage: String,
    /// Its partners then, in the order they joined.
    pub partners: Vec<Id>,
    /// Stakeholder types of the lead and the partners.
    types: Vec<String>,
    /// The partnership's countries and those of the lead and the partners.
    countries: Vec<String>,
    /// Title, Arabic title, description and the names of the lead and the
    /// partners, folded.
    text: String,
}

/// The cards of the board now (`at` is `None`), or as it stood at `at`,
/// in document order, which is the order of the cards in each column.
pub fn cards(doc: &Document, at: Option<Stamp>) -> Vec<BoardCard> {
    let organisations: HashMap<Id, &Organisation> = doc.organisations.iter().map(|o| (o.id, &**o)).collect();
    let card = |partnership: &Shared<Partnership>, stage: String, partners: Vec<Id>| {
        BoardCard::new(&organisations, Arc::clone(partnership), stage, partners)
    };
    match at {
        None => doc
            .partnerships
            .iter()
            .map(|p| {
                let partners = partner_ids(p);
                card(p, p.stage.clone(), partners)
            })
            .collect(),
        Some(at) => as_of::board_as_of(doc, at)
            .into_iter()
            .map(|c| card(&c.partnership, c.stage, c.partners))
            .collect(),
    }
}

/// The card of `partnership` as it is now, built without indexing the
/// whole registry.
pub fn card_now(doc: &Document, partnership: &Shared<Partnership>) -> BoardCard {
    let organisations = involved(doc, partnership);
    let partners = partner_ids(partnership);
    BoardCard::new(
        &organisations,
        Arc::clone(partnership),
        partnership.stage.clone(),
        partners,
    )
}

/// The lead and partners of `partnership` found in one pass over the
/// registry, for rebuilding one card without indexing every organisation.
pub fn involved<'a>(doc: &'a Document, partnership: &Partnership) -> HashMap<Id, &'a Organisation> {
    let mut wanted: Vec<Id> = partner_ids(partnership);
    wanted.extend(partnership.lead);
    doc.organisations
        .iter()
        .filter(|o| wanted.contains(&o.id))
        .map(|o| (o.id, &**o))
        .collect()
}

/// The organisations of `p`'s partner roles, each once, in order.
fn partner_ids(p: &Partnership) -> Vec<Id> {
    let mut ids: Vec<Id> = Vec::with_capacity(p.partners.len());
    for role in &p.partners {
        if !ids.contains(&role.organisation) {
            ids.push(role.organisation);
        }
    }
    ids
}

impl BoardCard {
    fn new(
        organisations: &HashMap<Id, &Organisation>,
        partnership: Shared<Partnership>,
        stage: String,
        partners: Vec<Id>,
    ) -> Self {
        let mut types = Vec::new();
        let mut countries: Vec<String> = partnership.countries.clone();
        let mut text = String::new();
        for field in [
            &partnership.title,
            &partnership.title_ar,
            &partnership.description,
        ] {
            fold_into(field, &mut text);
            text.push('\n');
        }
        let involved = partnership.lead.into_iter().chain(partners.iter().copied());
        for org in involved.filter_map(|id| organisations.get(&id)) {
            types.push(org.stakeholder_type.clone());
            if !org.country.is_empty() {
                countries.push(org.country.clone());
            }
            for name in [&org.name, &org.name_ar, &org.acronym] {
                fold_into(name, &mut text);
                text.push('\n');
            }
        }
        Self {
            partnership,
            stage,
            partners,
            types,
            countries,
            text,
        }
    }

    /// Whether `filter` keeps this card; `query` is the filter's text, folded.
    fn kept_by(&self, filter: &BoardFilter, query: &str) -> bool {
        let p = &self.partnership;
        let is = |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|w| w == value);
        let has =
            |wanted: &Option<String>, values: &[String]| wanted.as_ref().is_none_or(|w| values.contains(w));
        filter.round_table.is_none_or(|item| p.born_at == Some(item))
            && is(&filter.thrust_area, &p.thrust_area)
            && is(&filter.programme, &p.programme)
            && has(&filter.country, &self.countries)
            && has(&filter.stakeholder_type, &self.types)
            && filter
                .organisation
                .is_none_or(|org| p.lead == Some(org) || self.partners.contains(&org))
            && query.split_whitespace().all(|word| self.text.contains(word))
    }

    /// The swimlane of this card.
    fn lane(&self, lanes: Lanes) -> Lane {
        let p = &self.partnership;
        match lanes {
            Lanes::None => Lane::All,
            Lanes::RoundTable => Lane::RoundTable(p.born_at),
            Lanes::ThrustArea => Lane::ThrustArea(Some(p.thrust_area.clone()).filter(|k| !k.is_empty())),
        }
    }
}

/// The cards the filters keep, by swimlane and column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arrangement {
    /// Swimlanes in order, each with one list of card indices per stage of
    /// the vocabulary. Without swimlanes there is one, [`Lane::All`].
    pub lanes: Vec<(Lane, Vec<Vec<usize>>)>,
    /// How many kept cards each column holds over all swimlanes.
    pub counts: Vec<usize>,
    /// How many cards the filters keep in all.
    pub kept: usize,
}

/// Sorts `cards` into swimlanes and columns, keeping those `filter` keeps.
/// Swimlanes come in agenda order or vocabulary order, the lane of cards
/// with no round table or thrust area last, and empty lanes are left out.
/// Cards whose stage is not in the vocabulary (a file edited by hand, a stage
/// since removed) are in the first column, so they can be seen and moved.
pub fn arrange(doc: &Document, cards: &[BoardCard], filter: &BoardFilter, lanes: Lanes) -> Arrangement {
    let stages = &doc.vocabularies.stages;
    let mut column_of: HashMap<&str, usize> = HashMap::new();
    for (i, stage) in stages.iter().enumerate() {
        column_of.entry(stage.key.as_str()).or_insert(i);
    }
    let order = lane_order(doc, lanes);
    let mut slots: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); stages.len()]; order.len()];
    let mut counts = vec![0; stages.len()];
    let mut kept = 0;
    let query = fold(filter.text.trim());
    for (index, card) in cards.iter().enumerate() {
        let Some(column) = column_of
            .get(card.stage.as_str())
            .copied()
            .or((!stages.is_empty()).then_some(0))
        else {
            continue;
        };
        if !card.kept_by(filter, &query) {
            continue;
        }
        // A round table since deleted, or a thrust area no longer in the
        // vocabulary, counts as none: the card is never lost from view.
        let lane = card.lane(lanes);
        let position = order
            .iter()
            .position(|l| *l == lane)
            .or(order.len().checked_sub(1));
        let Some(slot) = position.and_then(|i| slots.get_mut(i)) else {
            continue;
        };
        if let (Some(list), Some(count)) = (slot.get_mut(column), counts.get_mut(column)) {
            list.push(index);
            *count += 1;
            kept += 1;
        }
    }
    let lanes = order
        .into_iter()
        .zip(slots)
        .filter(|(lane, columns)| *lane == Lane::All || columns.iter().any(|c| !c.is_empty()))
        .collect();
    Arrangement { lanes, counts, kept }
}

/// Every swimlane `lanes` can give, in the order they are shown.
fn lane_order(doc: &Document, lanes: Lanes) -> Vec<Lane> {
    match lanes {
        Lanes::None => vec![Lane::All],
        Lanes::RoundTable => doc
            .agenda
            .iter()
            .map(|a| Lane::RoundTable(Some(a.id)))
            .chain([Lane::RoundTable(None)])
            .collect(),
        Lanes::ThrustArea => doc
            .vocabularies
            .thrust_areas
            .iter()
            .map(|t| Lane::ThrustArea(Some(t.key.clone())))
            .chain([Lane::ThrustArea(None)])
            .collect(),
    }
}

/// A moment the board can be looked at, as the "as of" control offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The end of the meeting's day with this number, from 1.
    EndOfDay(usize),
    EndOfMeeting,
    /// Three months after the end of the meeting, when follow-up is judged.
    ThreeMonthsLater,
}

impl Moment {
    /// The moment in words, such as "End of day 1".
    pub fn label(self) -> String {
        match self {
            Self::EndOfDay(day) => crate::tr!("board-as-of-end-of-day", day = day),
            Self::EndOfMeeting => crate::tr!("board-as-of-end-of-meeting"),
            Self::ThreeMonthsLater => crate::tr!("board-as-of-three-months-later"),
        }
    }
}

/// The moments worth looking back at, with their instants: the end of each
/// meeting day but the last (the time it ends, in the meeting room), the end
/// of the meeting, and three months later. A meeting without days has none.
pub fn moments(doc: &Document) -> Vec<(Moment, Stamp)> {
    let zone = doc.meeting.time_zone.as_str();
    let last = doc.meeting.days.iter().max_by_key(|d| (d.date, d.ends));
    let mut moments: Vec<(Moment, Stamp)> = doc
        .meeting
        .days
        .iter()
        .filter(|day| Some(*day) != last)
        .enumerate()
        .map(|(i, day)| {
            (
                Moment::EndOfDay(i + 1),
                time::instant_of(zone, day.date.and_time(day.ends)),
            )
        })
        .collect();
    if let Some(last) = last {
        let end = last.date.and_time(last.ends);
        moments.push((Moment::EndOfMeeting, time::instant_of(zone, end)));
        if let Some(later) = end.checked_add_months(chrono::Months::new(3)) {
            moments.push((Moment::ThreeMonthsLater, time::instant_of(zone, later)));
        }
    }
    moments
}

#[cfg(test)]
#[path = "board_tests.rs"]
mod tests;
