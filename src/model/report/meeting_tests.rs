//! The meeting's sections of the working report, built from the sample meeting.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::i18n::Language;
use crate::model::audience::for_audience;
use crate::model::report::{Block, Line, Options, Report, Section, Table, build};
use crate::model::{
    ActionStatus, Audience, Document, ItemStatus, LeadStatus, RecordKind, SpeakerTurn, schedule,
};

fn sample() -> Document {
    crate::persistence::load(Path::new("sample-data/beirut-2007.ron"))
        .unwrap()
        .doc
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2007, 9, 10)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn options(audience: Audience, language: Language) -> Options {
    let mut options = Options::new(now());
    options.audience = audience;
    options.language = language;
    options
}

fn section<'r>(report: &'r Report, anchor: &str) -> Option<&'r Section> {
    report.sections.iter().find(|s| s.anchor == anchor)
}

fn tables(section: &Section) -> Vec<&Table> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn paragraphs(section: &Section) -> Vec<String> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(line) => Some(line.plain()),
            _ => None,
        })
        .collect()
}

/// The first two people present on the first day speak during the first
/// item: one for five minutes, one still speaking at `now`.
fn with_turns(doc: &mut Document) -> (crate::model::Id, crate::model::Id) {
    let first_day = schedule::days(doc)[0];
    let present: Vec<_> = doc
        .people
        .iter()
        .filter(|p| p.consent && p.attendance.contains(&first_day))
        .map(|p| p.id)
        .collect();
    let (a, b) = (present[0], present[1]);
    let start = now() - Duration::minutes(30);
    let item = Arc::make_mut(&mut doc.agenda[0]);
    item.speakers = vec![
        SpeakerTurn {
            person: a,
            started: Some(start),
            ended: Some(start + Duration::minutes(5)),
            ..SpeakerTurn::default()
        },
        SpeakerTurn {
            person: b,
            started: Some(now() - Duration::minutes(2)),
            ..SpeakerTurn::default()
        },
    ];
    (a, b)
}

#[test]
fn the_working_report_has_the_meetings_sections_with_the_right_counts() {
    let doc = sample();
    let report = build(&doc, &options(Audience::Organisers, Language::English));
    for anchor in ["facts", "agenda", "items", "participation", "follow-up"] {
        assert!(section(&report, anchor).is_some(), "{anchor}");
    }
    let seen = for_audience(&doc, Audience::Organisers);

    // One section per day with items, one row per item.
    let days: Vec<NaiveDate> = schedule::days(&seen)
        .into_iter()
        .filter(|d| seen.agenda.iter().any(|a| a.day == *d))
        .collect();
    let day_sections: Vec<&Section> = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("agenda-day-"))
        .collect();
    assert_eq!(day_sections.len(), days.len());
    for (day, section) in days.iter().zip(&day_sections) {
        let items = seen.agenda.iter().filter(|a| a.day == *day).count();
        assert_eq!(tables(section)[0].rows.len(), items);
        assert!(
            section
                .heading
                .plain()
                .contains(&day.format("%Y-%m-%d").to_string())
        );
    }

    // One section per agenda item that has records, holding each of them.
    let with_records: Vec<_> = seen
        .agenda
        .iter()
        .filter(|a| seen.records.iter().any(|r| r.agenda_item == Some(a.id)))
        .collect();
    let item_sections: Vec<&Section> = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("item-"))
        .collect();
    assert_eq!(item_sections.len(), with_records.len());
    for (item, section) in with_records.iter().zip(&item_sections) {
        assert_eq!(section.heading.plain(), item.title);
        let actions = seen
            .records
            .iter()
            .filter(|r| r.agenda_item == Some(item.id) && matches!(r.kind, RecordKind::Action { .. }))
            .count();
        let rows: usize = tables(section).iter().map(|t| t.rows.len()).sum();
        assert_eq!(rows, actions, "{}", item.title);
    }

    // Attendance: everyone present on a day of the meeting, once.
    let meeting_days = schedule::days(&seen);
    let present = seen
        .people
        .iter()
        .filter(|p| p.attendance.iter().any(|d| meeting_days.contains(d)))
        .count();
    assert!(present > 0);
    let attendance = section(&report, "participation-attendance").unwrap();
    assert!(
        paragraphs(attendance)[0].starts_with(&format!("{present} people")),
        "{:?}",
        paragraphs(attendance)
    );
    for table in tables(attendance) {
        let counted: usize = table
            .rows
            .iter()
            .map(|r| r[1].plain().parse::<usize>().unwrap())
            .sum();
        assert_eq!(counted, present);
    }

    // Follow-up: open action items, milestones not done, leads' next steps.
    let open_actions = seen
        .records
        .iter()
        .filter(|r| {
            matches!(r.kind, RecordKind::Action { status, .. }
                if status == ActionStatus::Open || status == ActionStatus::InProgress)
        })
        .count();
    let milestones: usize = seen
        .partnerships
        .iter()
        .map(|p| p.milestones.iter().filter(|m| !m.done).count())
        .sum();
    let leads = seen
        .leads
        .iter()
        .filter(|l| !l.next_step.trim().is_empty() && l.status != LeadStatus::Declined)
        .count();
    let rows: usize = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("follow-up-"))
        .flat_map(tables)
        .map(|t| t.rows.len())
        .sum();
    assert_eq!(rows, open_actions + milestones + leads);
    assert!(rows > 0);
}

#[test]
fn an_item_run_twelve_minutes_long_shows_planned_against_actual() {
    let mut doc = sample();
    let index = doc.agenda.iter().position(|a| a.duration_minutes == 60).unwrap();
    let item = Arc::make_mut(&mut doc.agenda[index]);
    let start = item.day.and_time(item.planned_start);
    item.status = ItemStatus::Done;
    item.actual_start = Some(start);
    item.actual_end = Some(start + Duration::minutes(72));
    item.elapsed_seconds = 72 * 60;
    let title = item.title.clone();
    let report = build(&doc, &options(Audience::Public, Language::English));
    let row = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("agenda-day-"))
        .flat_map(tables)
        .flat_map(|t| t.rows.iter())
        .find(|r| r[0].plain() == title)
        .unwrap();
    let cells: Vec<String> = row.iter().map(Line::plain).collect();
    assert_eq!(cells[3], "60");
    assert_eq!(cells[4], "72");
    assert_eq!(cells[5], "12 min over");
    assert_eq!(
        cells[2],
        format!(
            "{}–{}",
            start.format("%H:%M"),
            (start + Duration::minutes(72)).format("%H:%M")
        )
    );
    // An item that did not run says so.
    let other = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("agenda-day-"))
        .flat_map(tables)
        .flat_map(|t| t.rows.iter())
        .find(|r| r[0].plain() != title)
        .unwrap();
    assert_eq!(other[2].plain(), "not run");
}

#[test]
fn only_the_organisers_report_says_who_did_not_speak() {
    let mut doc = sample();
    let (a, b) = with_turns(&mut doc);
    let public = build(&doc, &options(Audience::Public, Language::English));
    let organisers = build(&doc, &options(Audience::Organisers, Language::English));
    for anchor in ["participation-not-spoken", "participation-per-person"] {
        assert!(section(&public, anchor).is_none(), "{anchor}");
        assert!(section(&organisers, anchor).is_some(), "{anchor}");
    }
    assert!(section(&public, "participation-speaking").is_some());

    let meeting_days = schedule::days(&doc);
    let quiet: Vec<String> = doc
        .people
        .iter()
        .filter(|p| p.id != a && p.id != b && p.attendance.iter().any(|d| meeting_days.contains(d)))
        .map(|p| p.name.clone())
        .collect();
    let not_spoken = section(&organisers, "participation-not-spoken").unwrap();
    let names: Vec<String> = tables(not_spoken)[0].rows.iter().map(|r| r[0].plain()).collect();
    assert_eq!(names, quiet);

    // Five minutes done and two running at the time of the report.
    let per_person = section(&organisers, "participation-per-person").unwrap();
    let times: Vec<String> = tables(per_person)[0].rows.iter().map(|r| r[3].plain()).collect();
    assert_eq!(times, vec!["5:00", "2:00"]);
    let speaking = section(&public, "participation-speaking").unwrap();
    let turns: usize = tables(speaking)[0]
        .rows
        .iter()
        .map(|r| r[1].plain().parse::<usize>().unwrap())
        .sum();
    assert_eq!(turns, 2);
}

#[test]
fn an_arabic_report_has_arabic_headings_and_keeps_arabic_text_as_written() {
    let doc = sample();
    let english = build(&doc, &options(Audience::Public, Language::English));
    let arabic = build(&doc, &options(Audience::Public, Language::Arabic));
    let is_arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    for anchor in [
        "facts",
        "agenda",
        "agenda-day-1",
        "items",
        "participation",
        "follow-up",
    ] {
        let (en, ar) = (
            section(&english, anchor).unwrap(),
            section(&arabic, anchor).unwrap(),
        );
        assert!(!is_arabic(&en.heading.plain()), "{anchor}");
        assert!(is_arabic(&ar.heading.plain()), "{anchor}: {}", ar.heading.plain());
        assert!(ar.heading.0.iter().any(|s| !s.user), "{anchor}");
    }
    let columns = &tables(section(&arabic, "agenda-day-1").unwrap())[0].columns;
    assert!(columns.iter().all(|c| is_arabic(c)), "{columns:?}");

    // The meeting's Arabic title and each item's Arabic title, byte for byte, as user text.
    let facts = section(&arabic, "facts").unwrap();
    let Block::Facts(facts) = &facts.blocks[0] else {
        panic!("facts first");
    };
    assert!(
        facts
            .iter()
            .any(|f| f.value.0.iter().any(|s| s.user && s.text == doc.meeting.title_ar))
    );
    let day_one = tables(section(&arabic, "agenda-day-1").unwrap())[0];
    let first_day = schedule::days(&doc)[0];
    let titles: Vec<&str> = doc
        .agenda
        .iter()
        .filter(|a| a.day == first_day)
        .map(|a| {
            if a.title_ar.is_empty() {
                a.title.as_str()
            } else {
                a.title_ar.as_str()
            }
        })
        .collect();
    let shown: Vec<&str> = day_one
        .rows
        .iter()
        .map(|r| {
            assert!(r[0].0.iter().all(|s| s.user));
            r[0].0[0].text.as_str()
        })
        .collect();
    assert_eq!(shown, titles);
    assert!(titles.iter().any(|t| is_arabic(t)));
}

#[test]
fn an_item_left_out_of_the_public_report_does_not_move_the_others() {
    let mut doc = sample();
    let first = schedule::items_of_day(&doc, schedule::days(&doc)[0])[0].id;
    let index = doc.agenda.iter().position(|a| a.id == first).unwrap();
    Arc::make_mut(&mut doc.agenda[index]).confidentiality = crate::model::Confidentiality::Organisers;
    let report = build(&doc, &options(Audience::Public, Language::English));
    let rows: Vec<&Vec<Line>> = report
        .sections
        .iter()
        .filter(|s| s.anchor.starts_with("agenda-day-"))
        .flat_map(tables)
        .flat_map(|t| t.rows.iter())
        .collect();
    let shown: Vec<_> = schedule::days(&doc)
        .into_iter()
        .flat_map(|day| schedule::items_of_day(&doc, day))
        .filter(|item| item.id != first)
        .collect();
    assert_eq!(rows.len(), shown.len());
    for (row, item) in rows.iter().zip(shown) {
        assert_eq!(row[0].plain(), item.title);
        let planned = row[1].plain();
        assert!(
            planned.starts_with(&item.planned_start.format("%H:%M").to_string()),
            "{}: {planned}",
            item.title
        );
    }
}

#[test]
fn the_public_attendance_and_speaking_shares_count_the_people_it_does_not_name() {
    let mut doc = sample();
    let (speaker, _) = with_turns(&mut doc);
    let position = doc.people.iter().position(|p| p.id == speaker).unwrap();
    Arc::make_mut(&mut doc.people[position]).consent = false;
    let public = build(&doc, &options(Audience::Public, Language::English));
    let organisers = build(&doc, &options(Audience::Organisers, Language::English));
    for anchor in ["participation-attendance", "participation-speaking"] {
        assert!(section(&organisers, anchor).is_some(), "{anchor}");
        assert_eq!(section(&public, anchor), section(&organisers, anchor), "{anchor}");
    }
}
