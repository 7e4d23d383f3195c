//! The partnership board as it stood at a past moment, rebuilt from the stage
//! and partner histories. The board's "as of" control and the network view
//! both read the past through [`board_as_of`], so they always agree.

use std::sync::Arc;

use super::{Document, Id, Partnership, Shared, Stamp, partners_as_of};

/// One partnership as the board showed it at a past moment.
#[derive(Clone, Debug, PartialEq)]
pub struct CardAsOf {
    /// The partnership as it is now, for its title, lead and other fields the
    /// histories do not record.
    pub partnership: Shared<Partnership>,
    /// Key of the stage it was at.
    pub stage: String,
    /// The organisations that were its partners, in the order they joined.
    pub partners: Vec<Id>,
}

/// Every partnership that existed at `at`, with its stage and partners then,
/// in the order of `doc.partnerships`, which is the order of the cards in each
/// column of the board.
///
/// A partnership exists from its earliest recorded change, in its stage
/// history or its partner history. One with no history at all, as files from
/// before histories were kept may hold, cannot be placed in time: it is taken
/// as having always existed, with its current stage and partners.
///
/// Its stage is the one entered by the latest stage change at or before `at`.
/// When its partners are recorded earlier than its first stage change (a file
/// edited by hand), it is taken to have been at its first recorded stage until
/// then; with partner history but no stage history at all, at its current stage.
///
/// The work grows with the total length of the histories, so a board of a
/// thousand partnerships is rebuilt in well under a frame.
pub fn board_as_of(doc: &Document, at: Stamp) -> Vec<CardAsOf> {
    doc.partnerships
        .iter()
        .filter_map(|partnership| card_as_of(partnership, at))
        .collect()
}

/// One partnership at `at`, or `None` when it did not exist yet.
fn card_as_of(partnership: &Shared<Partnership>, at: Stamp) -> Option<CardAsOf> {
    let first = first_change(partnership);
    if first.is_some_and(|first| first > at) {
        return None;
    }
    Some(CardAsOf {
        partnership: Arc::clone(partnership),
        stage: stage_as_of(partnership, at).to_owned(),
        partners: partners_as_of(partnership, at),
    })
}

/// The time of the earliest change either history records, if any.
fn first_change(partnership: &Partnership) -> Option<Stamp> {
    let stages = partnership.stage_history.iter().map(|c| c.at);
    let partners = partnership.partner_history.iter().map(|c| c.at);
    stages.chain(partners).min()
}

/// The stage of `partnership` at `at`, for a partnership that existed then.
/// Of changes at the same moment, the one recorded last wins.
fn stage_as_of(partnership: &Partnership, at: Stamp) -> &str {
    let history = &partnership.stage_history;
    let latest = history
        .iter()
        .filter(|c| c.at <= at)
        .max_by_key(|c| c.at)
        .or_else(|| history.iter().min_by_key(|c| c.at));
    latest.map_or(partnership.stage.as_str(), |c| c.stage.as_str())
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, Utc};

    use super::*;
    use crate::model::{PartnerChange, PartnerEvent, PartnerRole, StageChange};

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

    fn change(stage: &str, at: Stamp) -> StageChange {
        StageChange {
            stage: stage.to_owned(),
            at,
        }
    }

    /// A partnership created at `stages`' first change, moved through the others.
    fn partnership(title: &str, stages: &[(&str, u32)]) -> Partnership {
        Partnership {
            title: title.to_owned(),
            stage: stages.last().map(|(s, _)| (*s).to_owned()).unwrap_or_default(),
            stage_history: stages.iter().map(|(s, d)| change(s, day(*d))).collect(),
            ..Partnership::default()
        }
    }

    fn doc(partnerships: Vec<Partnership>) -> Document {
        Document {
            partnerships: partnerships.into_iter().map(Arc::new).collect(),
            ..Document::default()
        }
    }

    fn shown(cards: &[CardAsOf]) -> Vec<(&str, &str)> {
        cards
            .iter()
            .map(|c| (c.partnership.title.as_str(), c.stage.as_str()))
            .collect()
    }

    #[test]
    fn partnerships_created_later_are_not_shown() {
        let doc = doc(vec![
            partnership("Early", &[("idea", 1)]),
            partnership("Late", &[("idea", 5)]),
        ]);
        assert!(board_as_of(&doc, day(1) - Duration::seconds(1)).is_empty());
        assert_eq!(shown(&board_as_of(&doc, day(1))), [("Early", "idea")]);
        assert_eq!(shown(&board_as_of(&doc, day(4))), [("Early", "idea")]);
        assert_eq!(
            shown(&board_as_of(&doc, day(5))),
            [("Early", "idea"), ("Late", "idea")]
        );
    }

    #[test]
    fn the_stage_is_the_last_one_entered_by_then() {
        let doc = doc(vec![partnership(
            "Solar pilot",
            &[("idea", 1), ("in-discussion", 3), ("agreed", 6)],
        )]);
        let stage_on = |n: u32| board_as_of(&doc, day(n)).first().map(|c| c.stage.clone());
        assert_eq!(stage_on(2).as_deref(), Some("idea"));
        assert_eq!(stage_on(3).as_deref(), Some("in-discussion"));
        assert_eq!(stage_on(5).as_deref(), Some("in-discussion"));
        assert_eq!(stage_on(6).as_deref(), Some("agreed"));
        assert_eq!(stage_on(20).as_deref(), Some("agreed"));
    }

    #[test]
    fn the_stage_history_is_read_in_time_order_and_the_last_of_a_tie_wins() {
        let mut p = partnership("Unordered", &[("agreed", 6), ("idea", 1), ("in-discussion", 3)]);
        p.stage_history.push(change("dropped", day(3)));
        let doc = doc(vec![p]);
        let stage_on = |n: u32| board_as_of(&doc, day(n)).first().map(|c| c.stage.clone());
        assert_eq!(stage_on(2).as_deref(), Some("idea"));
        assert_eq!(stage_on(4).as_deref(), Some("dropped"));
        assert_eq!(stage_on(7).as_deref(), Some("agreed"));
    }

    #[test]
    fn partners_join_and_leave_as_the_history_says() {
        let (a, b) = (Id::new(), Id::new());
        let mut p = partnership("Water", &[("idea", 1), ("agreed", 5)]);
        p.add_partner(role(a), day(1));
        p.add_partner(role(b), day(3));
        p.remove_partner(a, day(5));
        let doc = doc(vec![p]);
        let partners_on = |n: u32| board_as_of(&doc, day(n)).first().map(|c| c.partners.clone());
        assert_eq!(partners_on(2), Some(vec![a]));
        assert_eq!(partners_on(4), Some(vec![a, b]));
        assert_eq!(partners_on(5), Some(vec![b]));
    }

    #[test]
    fn the_earliest_change_of_either_history_is_when_it_began() {
        let a = Id::new();
        let mut p = partnership("Joined first", &[("agreed", 4)]);
        p.add_partner(role(a), day(2));
        let doc = doc(vec![p]);
        assert!(board_as_of(&doc, day(1)).is_empty());
        let cards = board_as_of(&doc, day(2));
        assert_eq!(shown(&cards), [("Joined first", "agreed")]);
        assert_eq!(cards.first().map(|c| c.partners.clone()), Some(vec![a]));
    }

    #[test]
    fn partnerships_without_any_history_have_always_been_as_they_are() {
        let (a, b) = (Id::new(), Id::new());
        let old = Partnership {
            title: "From an old file".to_owned(),
            stage: "agreed".to_owned(),
            partners: vec![role(a), role(b), role(a)],
            ..Partnership::default()
        };
        let doc = doc(vec![old, partnership("New", &[("idea", 5)])]);
        let cards = board_as_of(&doc, day(1));
        assert_eq!(shown(&cards), [("From an old file", "agreed")]);
        assert_eq!(cards.first().map(|c| c.partners.clone()), Some(vec![a, b]));
    }

    #[test]
    fn partner_history_without_stage_history_keeps_the_current_stage() {
        let a = Id::new();
        let mut p = Partnership {
            title: "Migrated".to_owned(),
            stage: "in-discussion".to_owned(),
            ..Partnership::default()
        };
        p.partner_history.push(PartnerChange {
            organisation: a,
            event: PartnerEvent::Joined,
            at: day(3),
        });
        p.partners.push(role(a));
        let doc = doc(vec![p]);
        assert!(board_as_of(&doc, day(2)).is_empty());
        let cards = board_as_of(&doc, day(3));
        assert_eq!(shown(&cards), [("Migrated", "in-discussion")]);
        assert_eq!(cards.first().map(|c| c.partners.clone()), Some(vec![a]));
    }

    #[test]
    fn cards_keep_the_order_of_the_document() {
        let doc = doc(vec![
            partnership("C", &[("idea", 3)]),
            partnership("A", &[("idea", 1), ("agreed", 2)]),
            partnership("B", &[("idea", 2)]),
        ]);
        let cards = board_as_of(&doc, day(9));
        assert_eq!(shown(&cards), [("C", "idea"), ("A", "agreed"), ("B", "idea")]);
        assert!(
            cards
                .iter()
                .zip(&doc.partnerships)
                .all(|(c, p)| Arc::ptr_eq(&c.partnership, p))
        );
    }

    #[test]
    fn a_thousand_partnerships_with_long_histories() {
        let stages = ["idea", "in-discussion", "agreed", "dropped"];
        let partnerships = (0..1000u32)
            .map(|i| {
                let mut p = Partnership {
                    title: format!("P{i}"),
                    ..Partnership::default()
                };
                for step in 0..8u32 {
                    let at = day(1) + Duration::hours(i64::from(i % 24 + step * 24));
                    let stage = stages.get((step % 4) as usize).copied().unwrap_or_default();
                    p.stage_history.push(change(stage, at));
                    p.add_partner(role(Id::new()), at);
                }
                p.stage = p
                    .stage_history
                    .last()
                    .map(|c| c.stage.clone())
                    .unwrap_or_default();
                p
            })
            .collect();
        let doc = doc(partnerships);
        let at = day(1) + Duration::hours(24);
        let cards = board_as_of(&doc, at);
        assert_eq!(cards.len(), 1000);
        let first = cards.first().map(|c| (c.stage.as_str(), c.partners.len()));
        assert_eq!(first, Some(("in-discussion", 2)));
        let last = cards.last().map(|c| (c.stage.as_str(), c.partners.len()));
        assert_eq!(last, Some(("idea", 1)));
        assert_eq!(board_as_of(&doc, day(20)).len(), 1000);
    }
}
