//! Realistic meetings of any size, to try the app on a big meeting and to
//! measure it: `majlis generate --scale N -o FILE.ron`.
//!
//! Scale 1 is a large real meeting (about 200 organisations and 2,000 people
//! over two days); scale N has N times as much of everything and N times as
//! many days. The same scale and seed always give the same document.

mod agenda;
mod leads;
mod phrases;
mod prospects;
mod registry;
mod rng;
mod words;
mod work;

use std::sync::Arc;

use chrono::{NaiveTime, TimeDelta};

use crate::model::{Document, FORMAT_VERSION, Meeting, MeetingDay};
pub use prospects::prospects;
use rng::Rng;

/// How much of each kind of record one unit of scale holds.
pub mod per_scale {
    pub const ORGANISATIONS: usize = 200;
    pub const PEOPLE: usize = 2_000;
    pub const PARTNERSHIPS: usize = 100;
    pub const FUNDING_SOURCES: usize = 30;
    pub const AGENDA_ITEMS: usize = 15;
    pub const RECORDS: usize = 500;
    pub const DAYS: usize = 2;
}

/// A meeting `scale` times the size of a large real one (0 counts as 1).
/// It depends on `scale` and `seed` alone: ids come from the seed and
/// timestamps from a fixed date, never from the system.
pub fn meeting(scale: u32, seed: u64) -> Document {
    let scale = usize::try_from(scale.max(1)).unwrap_or(1);
    let mut rng = Rng::new(seed);
    let vocabularies = crate::model::Vocabularies::default();
    let mut meeting = details(&mut rng, scale * per_scale::DAYS);
    let days: Vec<_> = meeting.days.iter().map(|d| d.date).collect();

    let organisations = registry::organisations(&mut rng, scale * per_scale::ORGANISATIONS, &vocabularies);
    let people = registry::people(&mut rng, scale * per_scale::PEOPLE, &organisations, &days);
    let agenda = agenda::items(&mut rng, scale * per_scale::AGENDA_ITEMS, &days, &people);
    let partnerships = work::partnerships(
        &mut rng,
        scale * per_scale::PARTNERSHIPS,
        &organisations,
        &agenda,
        &vocabularies,
    );
    let funding_sources = work::funding_sources(
        &mut rng,
        scale * per_scale::FUNDING_SOURCES,
        &organisations,
        &vocabularies,
    );
    let records = agenda::records(&mut rng, scale * per_scale::RECORDS, &agenda, &people);
    let leads = leads::leads(&mut rng, &partnerships, &funding_sources);
    // One decision in ten becomes a recommendation of the meeting.
    meeting.recommendations = records
        .iter()
        .filter(|r| matches!(r.kind, crate::model::RecordKind::Decision { .. }))
        .step_by(10)
        .map(|r| r.id)
        .collect();

    Document {
        format_version: FORMAT_VERSION,
        meeting,
        agenda: shared(agenda),
        organisations: shared(organisations),
        people: shared(people),
        partnerships: shared(partnerships),
        funding_sources: shared(funding_sources),
        leads: shared(leads),
        rates: vec![crate::model::Rate {
            currency: "EUR".to_owned(),
            usd_per_unit: 1.37,
        }],
        records: shared(records),
        vocabularies,
        erased: Vec::new(),
        not_listed: Vec::new(),
        origin: None,
        handout: crate::model::copy::Handout::default(),
        merge_notes: Vec::new(),
        network_layout: Vec::new(),
        invitations: crate::model::invitations::Settings::default(),
    }
}

fn shared<T>(records: Vec<T>) -> Vec<Arc<T>> {
    records.into_iter().map(Arc::new).collect()
}

fn details(rng: &mut Rng, day_count: usize) -> Meeting {
    let starts = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
    let ends = NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default();
    let days = (0..day_count)
        .map(|n| MeetingDay {
            date: rng::first_day() + TimeDelta::try_days(i64::try_from(n).unwrap_or(0)).unwrap_or_default(),
            starts,
            ends,
        })
        .collect();
    Meeting {
        id: rng.id(),
        modified: rng::stamp(0),
        title: "Regional forum on partnerships for the information society".to_owned(),
        title_ar: "المنتدى الإقليمي للشراكات من أجل مجتمع المعلومات".to_owned(),
        time_zone: "Asia/Beirut".to_owned(),
        organiser: "ESCWA ICT Division".to_owned(),
        venue: "UN House, Beirut, Lebanon".to_owned(),
        days,
        recommendations: Vec::new(),
        objectives: vec![
            "Build networks of institutions with complementary goals across the region.".to_owned(),
            "Turn ideas from the round tables into partnerships with named partners.".to_owned(),
            "Match projects with sources of financing.".to_owned(),
        ],
        expected_outcomes: vec![
            "Partnerships with partners, roles and next steps.".to_owned(),
            "Financing leads for the most advanced projects.".to_owned(),
        ],
        working_languages: vec!["Arabic".to_owned(), "English".to_owned(), "French".to_owned()],
        ..Meeting::default()
    }
}

#[cfg(test)]
mod tests;
