use std::collections::HashSet;

use super::*;
use crate::bidi::has_rtl;
use crate::model::{FundingKind, Id, RecordKind};

#[test]
fn scale_one_has_the_size_of_a_large_meeting() {
    let doc = meeting(1, 42);
    assert_eq!(doc.organisations.len(), 200);
    assert_eq!(doc.people.len(), 2_000);
    assert_eq!(doc.partnerships.len(), 100);
    assert_eq!(doc.funding_sources.len(), 30);
    assert_eq!(doc.agenda.len(), 15);
    assert_eq!(doc.records.len(), 500);
    assert_eq!(doc.meeting.days.len(), 2);
}

#[test]
fn scale_ten_is_ten_times_bigger_over_twenty_days() {
    let doc = meeting(10, 1);
    assert_eq!(doc.organisations.len(), 2_000);
    assert_eq!(doc.people.len(), 20_000);
    assert_eq!(doc.agenda.len(), 150);
    assert_eq!(doc.records.len(), 5_000);
    let days: HashSet<_> = doc.agenda.iter().map(|a| a.day).collect();
    assert_eq!(days.len(), 20);
    for day in &doc.meeting.days {
        let mut items: Vec<_> = doc.agenda.iter().filter(|a| a.day == day.date).collect();
        items.sort_by_key(|a| a.planned_start);
        let last = items.last().map(|a| a.planned_start);
        assert!(last.is_some_and(|t| t < day.ends), "{day:?}");
    }
}

#[test]
fn the_same_seed_gives_the_same_meeting() {
    assert_eq!(meeting(1, 9), meeting(1, 9));
    assert_ne!(meeting(1, 9), meeting(1, 10));
}

#[test]
fn every_reference_points_to_a_record_that_exists() {
    let doc = meeting(2, 5);
    let orgs: HashSet<Id> = doc.organisations.iter().map(|o| o.id).collect();
    let people: HashSet<Id> = doc.people.iter().map(|p| p.id).collect();
    let items: HashSet<Id> = doc.agenda.iter().map(|a| a.id).collect();
    let all = orgs.len()
        + people.len()
        + items.len()
        + doc.partnerships.len()
        + doc.funding_sources.len()
        + doc.records.len();
    let mut ids: HashSet<Id> = orgs.iter().chain(&people).chain(&items).copied().collect();
    ids.extend(doc.partnerships.iter().map(|p| p.id));
    ids.extend(doc.funding_sources.iter().map(|f| f.id));
    ids.extend(doc.records.iter().map(|r| r.id));
    assert_eq!(ids.len(), all, "ids are unique");

    let v = &doc.vocabularies;
    let known = |terms: &[crate::model::Term], key: &str| terms.iter().any(|t| t.key == key);
    for org in &doc.organisations {
        assert!(known(&v.stakeholder_types, &org.stakeholder_type));
        assert!(org.focus_areas.iter().all(|a| known(&v.thrust_areas, a)));
        assert_eq!(org.country.len(), 2);
    }
    for person in &doc.people {
        assert!(person.organisation.is_none_or(|o| orgs.contains(&o)));
    }
    for item in &doc.agenda {
        assert!(item.facilitator.is_none_or(|p| people.contains(&p)));
        assert!(item.rapporteur.is_none_or(|p| people.contains(&p)));
    }
    for p in &doc.partnerships {
        assert!(p.partners.len() >= 2);
        assert!(p.partners.iter().all(|r| orgs.contains(&r.organisation)));
        assert!(p.lead.is_some_and(|o| orgs.contains(&o)));
        assert!(p.born_at.is_none_or(|a| items.contains(&a)));
        assert!(known(&v.stages, &p.stage));
        assert!(known(&v.thrust_areas, &p.thrust_area));
        assert!(known(&v.programmes, &p.programme));
        assert_eq!(
            p.stage_history.last().map(|c| c.stage.as_str()),
            Some(p.stage.as_str())
        );
        assert!(p.stage_history.iter().all(|c| known(&v.stages, &c.stage)));
    }
    for f in &doc.funding_sources {
        assert!(f.organisation.is_none_or(|o| orgs.contains(&o)));
        assert!(f.eligible_stages.iter().all(|s| known(&v.stages, s)));
        assert!(f.ticket_min <= f.ticket_max);
    }
    for r in &doc.records {
        assert!(r.agenda_item.is_none_or(|a| items.contains(&a)));
        if let RecordKind::Action { owner, .. } = &r.kind {
            assert!(owner.is_none_or(|p| people.contains(&p)));
        }
    }
}

#[test]
fn covers_every_type_stage_kind_and_both_scripts() {
    let doc = meeting(1, 3);
    let v = &doc.vocabularies;
    for t in &v.stakeholder_types {
        assert!(
            doc.organisations.iter().any(|o| o.stakeholder_type == t.key),
            "{}",
            t.key
        );
    }
    for s in &v.stages {
        assert!(doc.partnerships.iter().any(|p| p.stage == s.key), "{}", s.key);
    }
    for kind in FundingKind::ALL {
        assert!(doc.funding_sources.iter().any(|f| f.kind == kind), "{kind:?}");
    }
    let arabic_orgs = doc.organisations.iter().filter(|o| has_rtl(&o.name_ar)).count();
    assert!(arabic_orgs > 100, "{arabic_orgs}");
    let arabic_people = doc.people.iter().filter(|p| has_rtl(&p.name)).count();
    assert!((200..1_000).contains(&arabic_people), "{arabic_people}");
    assert!(
        doc.records
            .iter()
            .any(|r| matches!(r.kind, RecordKind::Decision { .. }))
    );
    assert!(
        doc.records
            .iter()
            .any(|r| matches!(r.kind, RecordKind::Action { .. }))
    );
}

#[test]
fn a_generated_meeting_survives_the_file_format() {
    let doc = meeting(1, 11);
    let text = crate::persistence::to_ron(&doc).unwrap();
    assert_eq!(crate::persistence::parse(text.as_bytes()).unwrap().doc, doc);
}

#[test]
fn covers_the_fields_of_format_2() {
    use crate::model::{Confidentiality, PartnerEvent, partners_as_of, time};
    let doc = meeting(1, 4);
    assert!(time::time_zone(&doc.meeting.time_zone).is_some());
    assert!(has_rtl(&doc.meeting.title_ar));
    assert!(doc.agenda.iter().any(|a| has_rtl(&a.title_ar)));
    let arabic_titles = doc.partnerships.iter().filter(|p| has_rtl(&p.title_ar)).count();
    assert!((10..80).contains(&arabic_titles), "{arabic_titles}");
    let secret = |c: Confidentiality| c == Confidentiality::Organisers;
    let secret_records = doc.records.iter().filter(|r| secret(r.confidentiality)).count();
    assert!((20..100).contains(&secret_records), "{secret_records}");
    assert!(doc.partnerships.iter().any(|p| secret(p.confidentiality)));
    assert!(doc.funding_sources.iter().any(|f| secret(f.confidentiality)));
    assert!(doc.people.iter().any(|p| secret(p.contact_confidentiality)));
    assert!(
        doc.organisations
            .iter()
            .any(|o| secret(o.contact_confidentiality))
    );
    let mut left = 0;
    for p in &doc.partnerships {
        let mut now: Vec<Id> = p.partners.iter().map(|r| r.organisation).collect();
        let mut replayed = partners_as_of(p, rng::stamp(1_000_000));
        now.sort_unstable();
        replayed.sort_unstable();
        assert_eq!(replayed, now, "{}", p.title);
        assert!(
            p.partner_history.windows(2).all(|w| w[0].at <= w[1].at),
            "oldest first"
        );
        left += p
            .partner_history
            .iter()
            .filter(|c| c.event == PartnerEvent::Left)
            .count();
        let element_ids: HashSet<Id> = p
            .partners
            .iter()
            .map(|r| r.id)
            .chain(p.milestones.iter().map(|m| m.id))
            .chain(p.deliverables.iter().map(|d| d.id))
            .collect();
        assert_eq!(
            element_ids.len(),
            p.partners.len() + p.milestones.len() + p.deliverables.len()
        );
    }
    assert!(left > 0);
}

#[test]
fn leads_follow_partnerships_that_need_money_at_every_status() {
    use crate::model::LeadStatus;
    let doc = meeting(1, 6);
    let needing: HashSet<Id> = doc
        .partnerships
        .iter()
        .filter(|p| p.financing_need.is_some())
        .map(|p| p.id)
        .collect();
    let sources: HashSet<Id> = doc.funding_sources.iter().map(|f| f.id).collect();
    assert!(
        (needing.len()..=needing.len() * 2).contains(&doc.leads.len()),
        "0 to 3 leads each, 1.5 on average: {} for {}",
        doc.leads.len(),
        needing.len()
    );
    for lead in &doc.leads {
        assert!(needing.contains(&lead.partnership));
        assert!(lead.source.is_some_and(|s| sources.contains(&s)));
    }
    for status in LeadStatus::ALL {
        assert!(doc.leads.iter().any(|l| l.status == status), "{status:?}");
    }
    let in_euros = doc
        .leads
        .iter()
        .filter(|l| l.amount.as_ref().is_some_and(|m| m.currency == "EUR"))
        .count();
    assert!(in_euros > 5, "{in_euros}");
    let totals = crate::model::financing_totals::Totals::of(&doc, "USD");
    assert!(
        totals.unconverted.is_empty(),
        "every generated currency has a rate"
    );
    let overall = totals.overall();
    assert!(overall.committed > 0 && overall.committed < overall.need);
}
