//! Who has spoken, for how long, by stakeholder type and by country.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDateTime;

use super::{Document, Id, Vocabularies};
use crate::tr;

/// Speaking time and turns of one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub group: String,
    pub seconds: i64,
    pub turns: usize,
}

/// The participation summary of the meeting so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Participation {
    pub by_type: Vec<Share>,
    pub by_country: Vec<Share>,
    /// People who attend (or, when attendance is not kept, everyone) and have not spoken.
    pub not_spoken: Vec<Id>,
}

/// Sums every turn that has started, up to `now` for the current speaker: of
/// one agenda item when `item` is given, else of the whole meeting.
pub fn participation(doc: &Document, item: Option<Id>, now: NaiveDateTime) -> Participation {
    let org_of: HashMap<Id, Option<Id>> = doc.people.iter().map(|p| (p.id, p.organisation)).collect();
    let orgs: HashMap<Id, (&str, &str)> = doc
        .organisations
        .iter()
        .map(|o| (o.id, (o.stakeholder_type.as_str(), o.country.as_str())))
        .collect();
    let mut by_type: BTreeMap<String, (i64, usize)> = BTreeMap::new();
    let mut by_country: BTreeMap<String, (i64, usize)> = BTreeMap::new();
    let mut spoken: HashSet<Id> = HashSet::new();
    for turn in doc
        .agenda
        .iter()
        .filter(|a| item.is_none_or(|id| a.id == id))
        .flat_map(|a| a.speakers.iter())
        .filter(|t| t.started.is_some())
    {
        spoken.insert(turn.person);
        let registered = org_of.get(&turn.person);
        let org = registered.copied().flatten().and_then(|o| orgs.get(&o));
        let (kind, country) = org.copied().unwrap_or(("", ""));
        let kind = if registered.is_none() {
            tr!("schedule-not-in-registry")
        } else if kind.is_empty() {
            tr!("schedule-unknown-stakeholder-type")
        } else {
            Vocabularies::label(&doc.vocabularies.stakeholder_types, kind).to_owned()
        };
        let country = if country.is_empty() {
            tr!("schedule-unknown-country")
        } else {
            country.to_owned()
        };
        let seconds = turn.spoken_seconds(now);
        for (map, key) in [(&mut by_type, kind), (&mut by_country, country)] {
            let entry = map.entry(key).or_default();
            entry.0 = entry.0.saturating_add(seconds);
            entry.1 += 1;
        }
    }
    let attendance_kept = doc.people.iter().any(|p| !p.attendance.is_empty());
    let not_spoken = doc
        .people
        .iter()
        .filter(|p| !attendance_kept || !p.attendance.is_empty())
        .filter(|p| !spoken.contains(&p.id))
        .map(|p| p.id)
        .collect();
    let shares = |map: BTreeMap<String, (i64, usize)>| {
        let mut v: Vec<Share> = map
            .into_iter()
            .map(|(group, (seconds, turns))| Share {
                group,
                seconds,
                turns,
            })
            .collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.seconds));
        v
    };
    Participation {
        by_type: shares(by_type),
        by_country: shares(by_country),
        not_spoken,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::NaiveDate;

    use super::*;
    use crate::model::{AgendaItem, Organisation, Person, SpeakerTurn};

    #[test]
    fn sums_time_by_type_and_country_and_lists_who_has_not_spoken() {
        let at = |m| {
            NaiveDate::from_ymd_opt(2007, 9, 5)
                .unwrap()
                .and_hms_opt(9, m, 0)
                .unwrap()
        };
        let mut doc = Document::new_meeting();
        let org = Organisation {
            stakeholder_type: "ngo".to_owned(),
            country: "JO".to_owned(),
            ..Organisation::default()
        };
        let speaker = Person {
            organisation: Some(org.id),
            ..Person::default()
        };
        let quiet = Person::default();
        let turns = vec![
            SpeakerTurn {
                person: speaker.id,
                started: Some(at(0)),
                ended: Some(at(3)),
                ..SpeakerTurn::default()
            },
            SpeakerTurn {
                person: speaker.id,
                started: Some(at(10)),
                ..SpeakerTurn::default()
            },
        ];
        doc.agenda.push(Arc::new(AgendaItem {
            speakers: turns,
            ..AgendaItem::default()
        }));
        let speaker_id = speaker.id;
        let quiet_id = quiet.id;
        doc.organisations.push(Arc::new(org));
        doc.people = vec![Arc::new(speaker), Arc::new(quiet)];
        let p = participation(&doc, None, at(12));
        assert_eq!(
            p.by_type,
            vec![Share {
                group: "NGO / civil society".to_owned(),
                seconds: 300,
                turns: 2
            }]
        );
        assert_eq!(p.by_country.first().map(|s| s.group.as_str()), Some("JO"));
        assert_eq!(p.not_spoken, vec![quiet_id]);
        assert!(!p.not_spoken.contains(&speaker_id));
    }
}
