//! What points to a record, so deleting it can say what else is affected.

use crate::model::{Document, Id, RecordKind};
use crate::tr;

/// Plain sentences naming the records that refer to `id`; empty when none do.
pub fn to_record(doc: &Document, id: Id) -> Vec<String> {
    let mut lines = Vec::new();
    let mut count = |what: fn(usize) -> String, n: usize| {
        if n > 0 {
            lines.push(what(n));
        }
    };
    count(
        |count| tr!("dialog-referring-people", count = count),
        doc.people.iter().filter(|p| p.organisation == Some(id)).count(),
    );
    count(
        |count| tr!("dialog-referring-partnerships", count = count),
        doc.partnerships
            .iter()
            .filter(|p| {
                p.lead == Some(id)
                    || p.partners.iter().any(|r| r.organisation == id)
                    || p.partner_history.iter().any(|c| c.organisation == id)
                    || p.born_at == Some(id)
            })
            .count(),
    );
    count(
        |count| tr!("dialog-referring-funding-sources", count = count),
        doc.funding_sources
            .iter()
            .filter(|f| f.organisation == Some(id))
            .count(),
    );
    count(
        |count| tr!("dialog-referring-agenda-items", count = count),
        doc.agenda
            .iter()
            .filter(|a| a.facilitator == Some(id) || a.rapporteur == Some(id))
            .count(),
    );
    count(
        |count| tr!("dialog-referring-records", count = count),
        doc.records
            .iter()
            .filter(|r| {
                r.agenda_item == Some(id)
                    || matches!(r.kind, RecordKind::Action { owner: Some(o), .. } if o == id)
            })
            .count(),
    );
    lines
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::{PartnerRole, Partnership, Person};

    #[test]
    fn names_people_and_partnerships_of_an_organisation() {
        let mut doc = Document::new_meeting();
        let org = Id::new();
        doc.people.push(Arc::new(Person {
            organisation: Some(org),
            ..Person::default()
        }));
        doc.people.push(Arc::new(Person {
            organisation: Some(org),
            ..Person::default()
        }));
        doc.partnerships.push(Arc::new(Partnership {
            partners: vec![PartnerRole {
                organisation: org,
                role: "lead".to_owned(),
                ..PartnerRole::default()
            }],
            ..Partnership::default()
        }));
        assert_eq!(
            to_record(&doc, org),
            vec![
                "2 persons refer to it".to_owned(),
                "1 partnership refers to it".to_owned()
            ]
        );
        assert!(to_record(&doc, Id::new()).is_empty());
    }
}
