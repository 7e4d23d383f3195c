use chrono::{DateTime, Utc};

use super::*;
use crate::model::{AgendaItem, PartnerRole, StageChange};

fn day(n: u32) -> Stamp {
    DateTime::parse_from_rfc3339(&format!("2007-09-{n:02}T12:00:00Z"))
        .unwrap()
        .with_timezone(&Utc)
}

fn org(name: &str, kind: &str, country: &str) -> Organisation {
    Organisation {
        name: name.to_owned(),
        stakeholder_type: kind.to_owned(),
        country: country.to_owned(),
        ..Organisation::default()
    }
}

struct Fixture {
    doc: Document,
    ministry: Id,
    incubator: Id,
    round_table: Id,
}

/// Three partnerships: a Lebanese incubator project born at a round table,
/// an Arabic-titled one led by a ministry, and a dropped one.
fn fixture() -> Fixture {
    let mut doc = Document::new_meeting();
    let ministry = org("Ministry of Telecommunications", "government", "LB");
    let incubator = org("Berytech", "incubator", "LB");
    let university = org("جامعة القاهرة", "academia", "EG");
    let item = AgendaItem {
        title: "Round table A".to_owned(),
        ..AgendaItem::default()
    };
    let round_table = item.id;
    doc.agenda.push(Arc::new(item));
    let role = |o: &Organisation| PartnerRole {
        organisation: o.id,
        role: "Hosts".to_owned(),
        ..PartnerRole::default()
    };
    doc.partnerships = vec![
        Arc::new(Partnership {
            title: "Incubator network".to_owned(),
            stage: "idea".to_owned(),
            thrust_area: "capacity".to_owned(),
            born_at: Some(round_table),
            partners: vec![role(&incubator)],
            ..Partnership::default()
        }),
        Arc::new(Partnership {
            title: "المحتوى الرقمي العربي".to_owned(),
            stage: "agreed".to_owned(),
            programme: "arabic-content".to_owned(),
            lead: Some(ministry.id),
            partners: vec![role(&university)],
            ..Partnership::default()
        }),
        Arc::new(Partnership {
            title: "Old plan".to_owned(),
            stage: DROPPED.to_owned(),
            born_at: Some(Id::new()),
            ..Partnership::default()
        }),
    ];
    let (ministry, incubator) = (ministry.id, incubator.id);
    doc.organisations = [
        org("Ministry of Telecommunications", "government", "LB"),
        org("Berytech", "incubator", "LB"),
    ]
    .into_iter()
    .zip([ministry, incubator])
    .map(|(o, id)| Arc::new(Organisation { id, ..o }))
    .chain([Arc::new(university)])
    .collect();
    Fixture {
        doc,
        ministry,
        incubator,
        round_table,
    }
}

fn titles(doc: &Document, cards: &[BoardCard], filter: &BoardFilter) -> Vec<String> {
    let arrangement = arrange(doc, cards, filter, Lanes::None);
    let mut titles = Vec::new();
    for (_, columns) in &arrangement.lanes {
        for index in columns.iter().flatten() {
            titles.push(cards[*index].partnership.title.clone());
        }
    }
    titles
}

#[test]
fn without_filters_every_card_is_in_the_column_of_its_stage() {
    let f = fixture();
    let cards = cards(&f.doc, None);
    let arrangement = arrange(&f.doc, &cards, &BoardFilter::default(), Lanes::None);
    assert_eq!(arrangement.lanes.len(), 1);
    assert_eq!(arrangement.counts, [1, 0, 1, 0, 0, 1]);
    assert_eq!(arrangement.kept, 3);
    assert!(BoardFilter::default().is_empty());
}

#[test]
fn filters_combine_and_counts_follow_them() {
    let f = fixture();
    let cards = cards(&f.doc, None);
    let lebanon = BoardFilter {
        country: Some("LB".to_owned()),
        ..BoardFilter::default()
    };
    // The ministry leads the Arabic content project: its country counts.
    assert_eq!(titles(&f.doc, &cards, &lebanon).len(), 2);
    let lebanese_incubators = BoardFilter {
        stakeholder_type: Some("incubator".to_owned()),
        ..lebanon.clone()
    };
    assert_eq!(
        titles(&f.doc, &cards, &lebanese_incubators),
        ["Incubator network"]
    );
    let arrangement = arrange(&f.doc, &cards, &lebanese_incubators, Lanes::None);
    assert_eq!(arrangement.counts, [1, 0, 0, 0, 0, 0]);
    assert!(!lebanese_incubators.is_empty());

    let by_org = |org| BoardFilter {
        organisation: Some(org),
        ..BoardFilter::default()
    };
    assert_eq!(
        titles(&f.doc, &cards, &by_org(f.ministry)),
        ["المحتوى الرقمي العربي"]
    );
    assert_eq!(
        titles(&f.doc, &cards, &by_org(f.incubator)),
        ["Incubator network"]
    );
    let round_table = BoardFilter {
        round_table: Some(f.round_table),
        thrust_area: Some("capacity".to_owned()),
        ..BoardFilter::default()
    };
    assert_eq!(titles(&f.doc, &cards, &round_table), ["Incubator network"]);
    let programme = BoardFilter {
        programme: Some("arabic-content".to_owned()),
        ..BoardFilter::default()
    };
    assert_eq!(titles(&f.doc, &cards, &programme).len(), 1);
}

#[test]
fn the_text_search_folds_case_and_arabic_letters_and_reads_partner_names() {
    let f = fixture();
    let cards = cards(&f.doc, None);
    let text = |t: &str| BoardFilter {
        text: t.to_owned(),
        ..BoardFilter::default()
    };
    assert_eq!(titles(&f.doc, &cards, &text("BERYTECH")), ["Incubator network"]);
    // Alef with hamza below typed as a bare alef still finds the title.
    assert_eq!(titles(&f.doc, &cards, &text("الرقمي العربي")).len(), 1);
    assert_eq!(titles(&f.doc, &cards, &text("القاهرة")).len(), 1);
    assert_eq!(titles(&f.doc, &cards, &text("network  incubator")).len(), 1);
    assert!(titles(&f.doc, &cards, &text("nothing like this")).is_empty());
    assert!(text("   ").is_empty());
}

#[test]
fn a_card_at_a_stage_not_in_the_vocabulary_is_shown_in_the_first_column() {
    let mut f = fixture();
    f.doc.partnerships.push(Arc::new(Partnership {
        title: "Hand-edited".to_owned(),
        stage: "someday".to_owned(),
        ..Partnership::default()
    }));
    let cards = cards(&f.doc, None);
    let arrangement = arrange(&f.doc, &cards, &BoardFilter::default(), Lanes::None);
    assert_eq!(arrangement.counts, [2, 0, 1, 0, 0, 1]);
    assert_eq!(arrangement.kept, cards.len());
    f.doc.vocabularies.stages.clear();
    let arrangement = arrange(&f.doc, &cards, &BoardFilter::default(), Lanes::None);
    assert_eq!(arrangement.kept, 0, "no column at all: nowhere to show them");
}

#[test]
fn swimlanes_follow_the_agenda_and_keep_cards_of_unknown_round_tables() {
    let f = fixture();
    let cards = cards(&f.doc, None);
    let arrangement = arrange(&f.doc, &cards, &BoardFilter::default(), Lanes::RoundTable);
    let lanes: Vec<&Lane> = arrangement.lanes.iter().map(|(l, _)| l).collect();
    assert_eq!(
        lanes,
        [&Lane::RoundTable(Some(f.round_table)), &Lane::RoundTable(None)]
    );
    // Born at an item since deleted: shown with those born at none.
    let unplaced = &arrangement.lanes[1].1;
    assert_eq!(unplaced.iter().map(Vec::len).sum::<usize>(), 2);
    assert_eq!(arrangement.kept, 3);

    let by_area = arrange(&f.doc, &cards, &BoardFilter::default(), Lanes::ThrustArea);
    let areas: Vec<&Lane> = by_area.lanes.iter().map(|(l, _)| l).collect();
    assert_eq!(
        areas,
        [
            &Lane::ThrustArea(Some("capacity".to_owned())),
            &Lane::ThrustArea(None)
        ]
    );
}

#[test]
fn the_board_as_of_a_moment_leaves_out_later_cards_and_uses_the_stage_then() {
    let mut f = fixture();
    let moved = Partnership {
        title: "Moved later".to_owned(),
        stage: "formalised".to_owned(),
        stage_history: vec![
            StageChange {
                stage: "idea".to_owned(),
                at: day(5),
            },
            StageChange {
                stage: "formalised".to_owned(),
                at: day(7),
            },
        ],
        ..Partnership::default()
    };
    let later = Partnership {
        title: "Born on day 9".to_owned(),
        stage: "idea".to_owned(),
        stage_history: vec![StageChange {
            stage: "idea".to_owned(),
            at: day(9),
        }],
        ..Partnership::default()
    };
    f.doc.partnerships.push(Arc::new(moved));
    f.doc.partnerships.push(Arc::new(later));
    let then = cards(&f.doc, Some(day(6)));
    let titled = |t: &str| then.iter().find(|c| c.partnership.title == t);
    assert_eq!(titled("Moved later").map(|c| c.stage.as_str()), Some("idea"));
    assert!(titled("Born on day 9").is_none());
    // Cards from files without any history are taken as always there.
    assert!(titled("Incubator network").is_some());
    assert_eq!(cards(&f.doc, None).len(), 5);
}

#[test]
fn the_moments_to_look_back_at_end_each_day_in_the_meeting_room() {
    let mut doc = Document::new_meeting();
    doc.meeting.time_zone = "Asia/Beirut".to_owned();
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2007, 9, d).unwrap();
    let time = |h: u32| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    doc.meeting.days = vec![
        crate::model::MeetingDay {
            date: date(5),
            starts: time(9),
            ends: time(17),
        },
        crate::model::MeetingDay {
            date: date(6),
            starts: time(9),
            ends: time(13),
        },
    ];
    let moments = moments(&doc);
    let utc = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc);
    assert_eq!(
        moments,
        [
            (Moment::EndOfDay(1), utc("2007-09-05T14:00:00Z")),
            (Moment::EndOfMeeting, utc("2007-09-06T10:00:00Z")),
            // Lebanon's summer time had ended by December.
            (Moment::ThreeMonthsLater, utc("2007-12-06T11:00:00Z")),
        ]
    );
    doc.meeting.days.clear();
    assert!(super::moments(&doc).is_empty());
}
