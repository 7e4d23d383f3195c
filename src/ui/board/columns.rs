//! What the board shows, worked out once per change of the document (the text
//! of every card) and once per change of the filters (which cards go in which
//! swimlane and column), instead of once per frame.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::board::{self, Arrangement, BoardCard, BoardFilter, Lanes};
use crate::model::leads;
use crate::model::quality::{Gap, Judge};
use crate::model::{Document, FinancingLead, Id, Organisation, Partnership, Person, Rate, Stamp, Term};
use crate::tr;

/// The cards of the board and what they were made from.
///
/// Records are shared and an edit replaces the record it changes, so comparing
/// pointers tells whether anything changed without reading a single field.
/// Holding the pointers also keeps those records alive, so an address cannot
/// be reused by a different record while it is cached.
#[derive(Clone, Default)]
pub struct Columns {
    partnerships: Vec<Arc<Partnership>>,
    organisations: Vec<Arc<Organisation>>,
    /// The people too: whether a card's reporter is a person depends on them.
    people: Vec<Arc<Person>>,
    /// The leads and rates too: they say how much of a need is covered.
    leads: Vec<Arc<FinancingLead>>,
    rates: Vec<Rate>,
    vocabularies: Vec<Vec<Term>>,
    agenda: Vec<Id>,
    as_of: Option<Stamp>,
    filter: BoardFilter,
    lanes: Lanes,
    /// Set once the cards were built a first time.
    built: bool,
    /// Every card, in document order.
    pub cards: Vec<BoardCard>,
    /// What each card shows, beside [`Columns::cards`].
    pub views: Vec<CardView>,
    /// The kept cards by swimlane and column.
    pub arrangement: Arrangement,
}

/// One partnership as its card shows it.
#[derive(Clone)]
pub struct CardView {
    /// The title in display order (see [`crate::bidi::visual`]); the
    /// partnership holds it in logical order.
    pub title: String,
    pub lead: String,
    /// The partners, by short name and stakeholder-type key.
    pub chips: Vec<Chip>,
    /// "Needs USD 250,000", or empty.
    pub need: String,
    /// What the commitment still lacks, as short badges, and the questions to
    /// ask the room about them (see [`crate::model::quality`]).
    pub gaps: Vec<(String, String)>,
}

/// A partner on a card: its acronym or name, coloured by its stakeholder type.
#[derive(Clone)]
pub struct Chip {
    pub name: String,
    pub kind: String,
}

impl Columns {
    /// Rebuilds what changed: the cards when the document or the moment shown
    /// changed, the arrangement when they or the filters changed.
    pub fn refresh(&mut self, doc: &Document, as_of: Option<Stamp>, filter: &BoardFilter, lanes: Lanes) {
        let rebuilt = self.rebuild_cards(doc, as_of);
        if rebuilt || self.filter != *filter || self.lanes != lanes {
            self.arrangement = board::arrange(doc, &self.cards, filter, lanes);
            self.filter.clone_from(filter);
            self.lanes = lanes;
        }
    }

    fn rebuild_cards(&mut self, doc: &Document, as_of: Option<Stamp>) -> bool {
        let v = &doc.vocabularies;
        let vocabularies = [&v.stages, &v.thrust_areas, &v.programmes, &v.stakeholder_types];
        let agenda_same = self.agenda.len() == doc.agenda.len()
            && self.agenda.iter().zip(&doc.agenda).all(|(a, b)| *a == b.id);
        let rest_same = same(&self.organisations, &doc.organisations)
            && same(&self.people, &doc.people)
            && same(&self.leads, &doc.leads)
            && self.rates == doc.rates
            && self.vocabularies.iter().eq(vocabularies)
            && agenda_same
            && self.as_of == as_of
            && self.built;
        if rest_same && same(&self.partnerships, &doc.partnerships) {
            return false;
        }
        let gaps = GapTexts::new();
        if rest_same && as_of.is_none() && self.same_partnerships_in_order(doc) {
            self.rebuild_edited(doc, &gaps);
        } else {
            self.cards = board::cards(doc, as_of);
            let organisations: HashMap<Id, &Organisation> =
                doc.organisations.iter().map(|o| (o.id, &**o)).collect();
            let judge = Judge::new(doc);
            let mut leads: HashMap<Id, Vec<&FinancingLead>> = HashMap::new();
            for lead in &doc.leads {
                leads.entry(lead.partnership).or_default().push(lead);
            }
            self.views = self
                .cards
                .iter()
                .map(|card| {
                    let its = leads.get(&card.partnership.id).map_or(&[][..], Vec::as_slice);
                    let need = need_text(card, its.iter().copied(), &doc.rates);
                    view(&organisations, &judge, &gaps, card, need)
                })
                .collect();
        }
        self.partnerships.clone_from(&doc.partnerships);
        self.organisations.clone_from(&doc.organisations);
        self.people.clone_from(&doc.people);
        self.leads.clone_from(&doc.leads);
        self.rates.clone_from(&doc.rates);
        self.vocabularies = vocabularies.into_iter().cloned().collect();
        self.agenda = doc.agenda.iter().map(|a| a.id).collect();
        self.as_of = as_of;
        self.built = true;
        true
    }

    /// Whether the document holds the same partnerships in the same order as
    /// the cards, some of them perhaps edited since.
    fn same_partnerships_in_order(&self, doc: &Document) -> bool {
        self.cards.len() == doc.partnerships.len()
            && self
                .cards
                .iter()
                .zip(&doc.partnerships)
                .all(|(c, p)| c.partnership.id == p.id)
    }

    /// Rebuilds only the cards of the partnerships an edit replaced, as typing
    /// in the editor does at every key: the rest of the board is unchanged.
    fn rebuild_edited(&mut self, doc: &Document, gaps: &GapTexts) {
        let edited = doc.partnerships.iter().enumerate().filter(|(i, p)| {
            self.partnerships
                .get(*i)
                .is_none_or(|cached| !Arc::ptr_eq(cached, p))
        });
        for (i, partnership) in edited {
            let organisations = board::involved(doc, partnership);
            let judge = Judge::of_one(doc, partnership);
            let card = board::card_now(doc, partnership);
            let its = doc
                .leads
                .iter()
                .filter(|l| l.partnership == partnership.id)
                .map(|l| &**l);
            let need = need_text(&card, its, &doc.rates);
            let shown = view(&organisations, &judge, gaps, &card, need);
            if let (Some(slot), Some(shown_slot)) = (self.cards.get_mut(i), self.views.get_mut(i)) {
                *slot = card;
                *shown_slot = shown;
            }
        }
    }

    /// The card of `partnership`, if it is on the board.
    pub fn index_of(&self, partnership: Id) -> Option<usize> {
        self.cards.iter().position(|c| c.partnership.id == partnership)
    }
}

/// The badge and question of every gap, worked out once per rebuild rather
/// than once per card.
struct GapTexts(Vec<(Gap, (String, String))>);

impl GapTexts {
    fn new() -> Self {
        Self(
            Gap::ALL
                .into_iter()
                .map(|gap| (gap, (gap.label(), gap.describe())))
                .collect(),
        )
    }

    fn of(&self, gap: Gap) -> (String, String) {
        self.0
            .iter()
            .find(|(g, _)| *g == gap)
            .map_or_else(|| (gap.label(), gap.describe()), |(_, texts)| texts.clone())
    }
}

/// "Needs USD 250,000", with how much of it pledged and committed leads cover
/// once there are any; empty without a need.
fn need_text<'a>(card: &BoardCard, leads: impl Iterator<Item = &'a FinancingLead>, rates: &[Rate]) -> String {
    let Some(need) = card.partnership.financing_need.as_ref() else {
        return String::new();
    };
    let coverage = leads::coverage(need, leads, rates);
    if coverage.covered == 0 {
        tr!(
            "board-card-need",
            currency = need.currency.as_str(),
            amount = need.amount
        )
    } else {
        tr!(
            "board-card-need-covered",
            currency = need.currency.as_str(),
            amount = need.amount,
            covered = coverage.covered
        )
    }
}

fn view(
    organisations: &HashMap<Id, &Organisation>,
    judge: &Judge,
    gaps: &GapTexts,
    card: &BoardCard,
    need: String,
) -> CardView {
    let partnership = &card.partnership;
    let lead = match partnership.lead {
        None => String::new(),
        Some(id) => organisations
            .get(&id)
            .map_or_else(crate::model::unknown_organisation, |o| o.name.clone()),
    };
    let chips = card
        .partners
        .iter()
        .map(|id| match organisations.get(id) {
            Some(org) => Chip {
                name: short_name(org),
                kind: org.stakeholder_type.clone(),
            },
            None => Chip {
                name: crate::model::unknown_organisation(),
                kind: String::new(),
            },
        })
        .collect();
    CardView {
        title: crate::bidi::visual(&partnership.title).into_owned(),
        lead,
        chips,
        need,
        gaps: judge
            .gaps(partnership)
            .into_iter()
            .map(|gap| gaps.of(gap))
            .collect(),
    }
}

/// The acronym, or the name when there is none.
fn short_name(org: &Organisation) -> String {
    if org.acronym.trim().is_empty() {
        org.name.trim().to_owned()
    } else {
        org.acronym.trim().to_owned()
    }
}

fn same<T>(cached: &[Arc<T>], current: &[Arc<T>]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| Arc::ptr_eq(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, apply};

    fn partnership(stage: &str, lead: Option<Id>) -> Partnership {
        Partnership {
            title: format!("At {stage}"),
            stage: stage.to_owned(),
            lead,
            ..Partnership::default()
        }
    }

    #[test]
    fn groups_by_stage_and_follows_edits() {
        let mut doc = Document::new_meeting();
        let org = Organisation {
            name: "Berytech".to_owned(),
            ..Organisation::default()
        };
        let moved = partnership("idea", Some(org.id));
        apply(&mut doc, Action::UpsertOrganisation(org));
        apply(&mut doc, Action::UpsertPartnership(moved.clone()));
        apply(
            &mut doc,
            Action::UpsertPartnership(partnership("agreed", Some(Id::new()))),
        );
        apply(&mut doc, Action::UpsertPartnership(partnership("nowhere", None)));

        let mut columns = Columns::default();
        let filter = BoardFilter::default();
        columns.refresh(&doc, None, &filter, Lanes::None);
        assert_eq!(columns.arrangement.counts.len(), doc.vocabularies.stages.len());
        // The card at a stage not in the vocabulary is in the first column.
        assert_eq!(columns.arrangement.counts[..3], [2, 0, 1]);
        let lead = |c: &Columns, column: usize| {
            let index = c.arrangement.lanes[0].1[column][0];
            c.views[index].lead.clone()
        };
        assert_eq!(lead(&columns, 0), "Berytech");
        assert_eq!(lead(&columns, 2), "(unknown organisation)");

        apply(
            &mut doc,
            Action::UpsertPartnership(Partnership {
                stage: "agreed".to_owned(),
                ..moved
            }),
        );
        columns.refresh(&doc, None, &filter, Lanes::None);
        assert_eq!(columns.arrangement.counts[..3], [1, 0, 2]);
        let lead_of_moved = columns.index_of(moved.id).map(|i| columns.views[i].lead.clone());
        assert_eq!(lead_of_moved.as_deref(), Some("Berytech"));
    }

    #[test]
    fn an_edit_rebuilds_only_the_card_it_changed() {
        let mut doc = Document::new_meeting();
        let (a, b) = (partnership("idea", None), partnership("idea", None));
        apply(&mut doc, Action::UpsertPartnership(a.clone()));
        apply(&mut doc, Action::UpsertPartnership(b.clone()));
        let mut columns = Columns::default();
        let filter = BoardFilter::default();
        columns.refresh(&doc, None, &filter, Lanes::None);
        let untouched = Arc::clone(&columns.cards[1].partnership);
        let renamed = Partnership {
            title: "Renamed".to_owned(),
            deliverables: vec![crate::model::Deliverable {
                text: "A measurable thing".to_owned(),
                ..crate::model::Deliverable::default()
            }],
            ..a
        };
        apply(&mut doc, Action::UpsertPartnership(renamed));
        columns.refresh(&doc, None, &filter, Lanes::None);
        assert_eq!(columns.views[0].title, "Renamed");
        assert!(
            !columns.views[0]
                .gaps
                .iter()
                .any(|(label, _)| label == "Deliverables")
        );
        assert!(
            columns.views[1]
                .gaps
                .iter()
                .any(|(label, _)| label == "Deliverables")
        );
        assert!(Arc::ptr_eq(&columns.cards[1].partnership, &untouched));
        // A removal changes the order of the rest: everything is rebuilt.
        apply(&mut doc, Action::Remove(b.id));
        columns.refresh(&doc, None, &filter, Lanes::None);
        assert_eq!(columns.cards.len(), 1);
        assert_eq!(columns.arrangement.kept, 1);
    }
}
