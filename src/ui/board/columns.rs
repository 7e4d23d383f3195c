//! What the board shows, worked out once per change of the document instead of
//! once per frame: which partnership goes in which column, and the text of
//! each card.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::quality::Judge;
use crate::model::{Document, Id, Organisation, Partnership, Person, Term};

/// The cards of every column and what they were made from.
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
    stages: Vec<Term>,
    /// One list per stage of the vocabulary, in pipeline order.
    pub cards: Vec<Vec<Card>>,
    /// The stage drop-down's `(key, label)` pairs.
    pub options: Vec<(String, String)>,
}

/// One partnership as its card shows it.
#[derive(Clone)]
pub struct Card {
    pub partnership: Arc<Partnership>,
    /// The title in display order (see [`crate::bidi::visual`]); the
    /// partnership holds it in logical order.
    pub title: String,
    pub lead: String,
    /// What the commitment still lacks, as short badges, and the questions to
    /// ask the room about them (see [`crate::model::quality`]).
    pub gaps: Vec<(String, String)>,
}

impl Columns {
    /// Rebuilds the columns when the partnerships, organisations or stages changed.
    pub fn refresh(&mut self, doc: &Document) {
        if same(&self.partnerships, &doc.partnerships)
            && same(&self.organisations, &doc.organisations)
            && same(&self.people, &doc.people)
            && self.stages == doc.vocabularies.stages
        {
            return;
        }
        let names: HashMap<Id, &str> = doc
            .organisations
            .iter()
            .map(|o| (o.id, o.name.as_str()))
            .collect();
        let lead_name = |lead: Option<Id>| match lead {
            None => String::new(),
            Some(id) => names
                .get(&id)
                .map_or_else(crate::model::unknown_organisation, |n| (*n).to_owned()),
        };
        let mut column_of: HashMap<&str, usize> = HashMap::new();
        for (i, stage) in doc.vocabularies.stages.iter().enumerate() {
            column_of.entry(stage.key.as_str()).or_insert(i);
        }
        let judge = Judge::new(doc);
        let mut cards: Vec<Vec<Card>> = vec![Vec::new(); doc.vocabularies.stages.len()];
        for partnership in &doc.partnerships {
            let Some(column) = column_of
                .get(partnership.stage.as_str())
                .and_then(|i| cards.get_mut(*i))
            else {
                continue;
            };
            column.push(Card {
                title: crate::bidi::visual(&partnership.title).into_owned(),
                lead: lead_name(partnership.lead),
                gaps: judge
                    .gaps(partnership)
                    .into_iter()
                    .map(|gap| (gap.label(), gap.describe()))
                    .collect(),
                partnership: Arc::clone(partnership),
            });
        }
        self.cards = cards;
        self.options = doc
            .vocabularies
            .stages
            .iter()
            .map(|t| (t.key.clone(), t.label.clone()))
            .collect();
        self.partnerships.clone_from(&doc.partnerships);
        self.organisations.clone_from(&doc.organisations);
        self.people.clone_from(&doc.people);
        self.stages.clone_from(&doc.vocabularies.stages);
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
        columns.refresh(&doc);
        let count = |c: &Columns, i: usize| c.cards.get(i).map_or(0, Vec::len);
        assert_eq!(columns.cards.len(), doc.vocabularies.stages.len());
        assert_eq!((count(&columns, 0), count(&columns, 2)), (1, 1));
        let lead = |c: &Columns, i: usize| c.cards.get(i).and_then(|v| v.first()).map(|c| c.lead.clone());
        assert_eq!(lead(&columns, 0).as_deref(), Some("Berytech"));
        assert_eq!(lead(&columns, 2).as_deref(), Some("(unknown organisation)"));

        apply(
            &mut doc,
            Action::UpsertPartnership(Partnership {
                stage: "agreed".to_owned(),
                ..moved
            }),
        );
        columns.refresh(&doc);
        assert_eq!((count(&columns, 0), count(&columns, 2)), (0, 2));
    }
}
