use std::collections::BTreeSet;

use super::*;
use crate::model::suggest::{Reason, complementarity};

fn sample() -> Document {
    crate::persistence::parse(crate::sample::BEIRUT_2007.as_bytes())
        .unwrap()
        .doc
}

/// The needs of `b` that `a`'s offers meet, and the needs of `a` that
/// `b`'s offers meet, as `complementarity` tells them.
fn pairwise(doc: &Document, a: &Organisation, b: &Organisation) -> (BTreeSet<String>, BTreeSet<String>) {
    let found = complementarity(doc, a, b);
    let mut b_needs = BTreeSet::new();
    let mut a_needs = BTreeSet::new();
    for reason in found.reasons {
        match reason {
            Reason::Needs { need, .. } => {
                b_needs.insert(need);
            }
            Reason::Offers { need, .. } => {
                a_needs.insert(need);
            }
            _ => {}
        }
    }
    (b_needs, a_needs)
}

fn reached(phrases: &[String], reach: &[Reach]) -> BTreeSet<String> {
    assert_eq!(phrases.len(), reach.len());
    phrases
        .iter()
        .zip(reach)
        .filter(|(_, r)| r.count > 0)
        .map(|(p, _)| p.clone())
        .collect()
}

#[test]
fn a_group_of_one_agrees_with_complementarity_on_the_sample_meeting() {
    let doc = sample();
    let orgs: Vec<&Organisation> = doc.organisations.iter().map(AsRef::as_ref).collect();
    let mut linked = 0;
    for (i, a) in orgs.iter().enumerate().step_by(3) {
        for b in orgs.iter().skip(i + 1).step_by(2) {
            let (b_needs, a_needs) = pairwise(&doc, a, b);
            let of_b = Complements::new(&doc, &[a]).of(b);
            let of_a = Complements::new(&doc, &[b]).of(a);
            assert_eq!(
                reached(&b.needs, &of_b.needs),
                b_needs,
                "{} and {}",
                a.name,
                b.name
            );
            assert_eq!(
                reached(&a.needs, &of_a.needs),
                a_needs,
                "{} and {}",
                a.name,
                b.name
            );
            assert_eq!(of_b.offered_by, u32::from(!b_needs.is_empty()));
            assert_eq!(of_b.needed_by, u32::from(!a_needs.is_empty()));
            assert_eq!(of_a.offered_by, of_b.needed_by, "seen from either side");
            linked += usize::from(!b_needs.is_empty() || !a_needs.is_empty());
        }
    }
    assert!(linked > 50, "only {linked} pairs linked: the test proves little");
}

#[test]
fn a_whole_group_counts_what_each_member_would() {
    let doc = sample();
    let orgs: Vec<&Organisation> = doc.organisations.iter().map(AsRef::as_ref).collect();
    for (i, org) in orgs.iter().enumerate().step_by(7) {
        let group: Vec<&Organisation> = orgs
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != i)
            .map(|(_, o)| *o)
            .collect();
        let found = Complements::new(&doc, &group).of(org);
        let mut needing = 0;
        let mut offering = 0;
        for member in &group {
            let (org_needs, member_needs) = pairwise(&doc, member, org);
            needing += u32::from(!member_needs.is_empty());
            offering += u32::from(!org_needs.is_empty());
        }
        assert_eq!(found.needed_by, needing, "{}", org.name);
        assert_eq!(found.offered_by, offering, "{}", org.name);
        for (offer, reach) in org.offers.iter().zip(&found.offers) {
            let one = Organisation {
                offers: vec![offer.clone()],
                ..(*org).clone()
            };
            let expected: Vec<usize> = group
                .iter()
                .enumerate()
                .filter(|(_, m)| !pairwise(&doc, m, &one).1.is_empty())
                .map(|(k, _)| k)
                .collect();
            assert_eq!(reach.count, u32::try_from(expected.len()).unwrap(), "{offer}");
            assert_eq!(reach.first, expected.first().copied(), "{offer}");
        }
    }
}

#[test]
fn more_than_64_members_and_an_empty_group() {
    let member = |i: usize| Organisation {
        name: format!("M{i}"),
        needs: vec![if i.is_multiple_of(2) { "Grants" } else { "Mentors" }.to_owned()],
        offers: vec!["Catering".to_owned()],
        ..Organisation::default()
    };
    let members: Vec<Organisation> = (0..150).map(member).collect();
    let group: Vec<&Organisation> = members.iter().collect();
    let doc = Document::default();
    let prospect = Organisation {
        offers: vec![
            "Seed funding".to_owned(),
            "Coaching".to_owned(),
            "Parking".to_owned(),
        ],
        needs: vec!["Catering services".to_owned()],
        ..Organisation::default()
    };
    let found = Complements::new(&doc, &group).of(&prospect);
    let reach = |count, first| Reach { count, first };
    assert_eq!(
        found.offers,
        [reach(75, Some(0)), reach(75, Some(1)), reach(0, None)]
    );
    assert_eq!(found.needs, [reach(150, Some(0))]);
    assert_eq!((found.needed_by, found.offered_by), (150, 150));

    let alone = Complements::new(&doc, &[]).of(&prospect);
    assert_eq!(alone.offers, [Reach::default(); 3]);
    assert_eq!((alone.needed_by, alone.offered_by), (0, 0));
}
