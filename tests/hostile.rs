//! Hostile input: random documents round-trip, corrupted files (of the current
//! format and of format 1, which is brought up to date as it is read) never
//! panic and every rejection names its place, and every released format keeps
//! loading.

use std::sync::Arc;

use majlis::model::{Document, Organisation, Person, Record, RecordKind};
use majlis::persistence::{self, LoadError};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../sample-data/beirut-2007.ron");

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\PC\"\\\\\n\r\t'ءاب-ي😀 ]{0,40}",
        Just("جامعة بيرزيت \"quoted\" \\ ) ] }".to_owned()),
        Just("x".repeat(20_000)),
        Just("raw \"#quotes\"## r#\"x\"# \u{0}\r\n\t\u{64b}\u{200f}".to_owned()),
    ]
}

prop_compose! {
    fn document()(
        title in text(),
        names in prop::collection::vec((text(), text()), 0..8),
        notes in prop::collection::vec((text(), text()), 0..8),
    ) -> Document {
        let mut doc = Document::new_meeting();
        doc.meeting.title = title;
        for (name, name_ar) in names {
            let org = Organisation { name: name.clone(), name_ar, ..Organisation::default() };
            doc.people.push(Arc::new(Person { name, organisation: Some(org.id), ..Person::default() }));
            doc.organisations.push(Arc::new(org));
        }
        for (note, outcome) in notes {
            doc.records.push(Arc::new(Record { text: note, kind: RecordKind::Decision { outcome }, ..Record::default() }));
        }
        doc
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_documents_round_trip(doc in document()) {
        let text = persistence::to_ron(&doc).unwrap();
        let loaded = persistence::parse(text.as_bytes()).unwrap();
        prop_assert_eq!(loaded.doc, doc);
    }
}

/// Corrupts `bytes` in one of several ways, chosen by `seed`.
fn corrupt(bytes: &[u8], seed: u64) -> Vec<u8> {
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        usize::try_from(rng % (n.max(1) as u64)).unwrap_or(0)
    };
    let mut out = bytes.to_vec();
    match seed % 5 {
        0 => {
            for _ in 0..=next(8) {
                let at = next(out.len());
                out[at] ^= 1 << next(8);
            }
        }
        1 => out.truncate(next(out.len())),
        2 => {
            let at = next(out.len());
            let junk: &[u8] = [
                b"(".as_slice(),
                b"]",
                b"\"",
                b"Some(",
                b"\xd8",
                b",,",
                b"9999999999999999999999",
            ][next(7)];
            out.splice(at..at, junk.iter().copied());
        }
        3 => {
            let at = next(out.len());
            let depth = 10 + next(5000);
            let brackets = "[".repeat(depth);
            out.splice(at..at, brackets.bytes());
        }
        _ => {
            let from = next(out.len());
            let to = (from + next(400)).min(out.len());
            out.drain(from..to);
        }
    }
    out
}

#[test]
fn thousands_of_corrupted_samples_never_panic_and_name_the_place() {
    let mut rejected = 0;
    let mut accepted = 0;
    for seed in 0..3000 {
        let bytes = corrupt(SAMPLE.as_bytes(), seed);
        match persistence::parse(&bytes) {
            Ok(_) => accepted += 1,
            Err(e) => {
                rejected += 1;
                let placed = e.position().is_some()
                    || matches!(
                        e,
                        LoadError::Empty | LoadError::NotASession | LoadError::TooNew { .. }
                    );
                assert!(placed, "seed {seed}: the error does not say where: {e}");
            }
        }
    }
    println!("corrupted files: {rejected} rejected with a place, {accepted} still valid");
    assert!(rejected > 2000);
}

/// The place an error names, if any, is inside `bytes`.
fn placed_inside(bytes: &[u8], err: &LoadError) -> bool {
    let Some((line, column)) = err.position() else {
        return matches!(
            err,
            LoadError::Empty | LoadError::NotASession | LoadError::TooNew { .. }
        );
    };
    let text = String::from_utf8_lossy(bytes);
    let width = line
        .checked_sub(1)
        .and_then(|i| text.split('\n').nth(i))
        .map(|l| l.chars().count());
    width.is_some_and(|width| (1..=width + 1).contains(&column))
}

#[test]
fn corrupted_files_of_format_1_never_panic_and_name_a_place_in_them() {
    let old = include_str!("fixtures/format-1.ron");
    let mut rejected = 0;
    for seed in 0..1000 {
        let bytes = corrupt(old.as_bytes(), seed);
        if let Err(e) = persistence::parse(&bytes) {
            rejected += 1;
            assert!(placed_inside(&bytes, &e), "seed {seed}: {e}");
        }
    }
    assert!(rejected > 600, "{rejected}");
}

#[test]
fn every_released_format_keeps_loading() {
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "ron") {
            continue; // the lists the import tests read
        }
        let loaded = persistence::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!loaded.newer_format, "{}", path.display());
        assert!(loaded.doc.organisations.len() >= 30, "{}", path.display());
    }
}
