use std::sync::Arc;

use super::*;
use crate::model::{Confidentiality, Organisation, PartnerRole, Partnership};

fn org(name: &str, country: &str) -> Organisation {
    Organisation {
        name: name.to_owned(),
        country: country.to_owned(),
        stakeholder_type: "incubator".to_owned(),
        ..Organisation::default()
    }
}

fn partnership(partners: &[&Organisation], confidentiality: Confidentiality) -> Partnership {
    Partnership {
        partners: partners
            .iter()
            .map(|o| PartnerRole {
                organisation: o.id,
                ..PartnerRole::default()
            })
            .collect(),
        confidentiality,
        ..Partnership::default()
    }
}

#[test]
fn names_are_escaped_and_arabic_kept() {
    let (a, b) = (org("R&D <Lab> \"One\"", "LB"), org("جمعية النهضة", "JO"));
    let mut doc = Document::new_meeting();
    doc.partnerships = vec![
        Arc::new(partnership(&[&a, &b], Confidentiality::Public)),
        Arc::new(partnership(&[&b, &a], Confidentiality::Organisers)),
    ];
    doc.organisations = vec![Arc::new(a.clone()), Arc::new(b.clone())];
    let organisers = String::from_utf8(gexf(&doc, Audience::Organisers).unwrap()).unwrap();
    assert!(
        organisers.contains("label=\"R&amp;D &lt;Lab&gt; &quot;One&quot;\""),
        "{organisers}"
    );
    assert!(organisers.contains("label=\"جمعية النهضة\""), "{organisers}");
    assert!(
        organisers.contains(&format!(
            "<edge id=\"0\" source=\"{}\" target=\"{}\" weight=\"2\"/>",
            a.id, b.id
        )),
        "{organisers}"
    );
    let public = String::from_utf8(gexf(&doc, Audience::Public).unwrap()).unwrap();
    assert!(
        public.contains("weight=\"1\"/>") && !public.contains("weight=\"2\""),
        "{public}"
    );
}
