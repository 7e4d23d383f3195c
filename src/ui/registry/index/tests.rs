use super::*;
use crate::action::{Action, apply};

fn org(name: &str, name_ar: &str, country: &str) -> Organisation {
    Organisation {
        name: name.to_owned(),
        name_ar: name_ar.to_owned(),
        country: country.to_owned(),
        ..Organisation::default()
    }
}

fn names(index: &Index, doc: &Document) -> Vec<String> {
    index
        .rows()
        .iter()
        .filter_map(|i| doc.organisations.get(*i))
        .map(|o| o.name.clone())
        .collect()
}

fn sample() -> Document {
    let mut doc = Document::new_meeting();
    for o in [
        org("Birzeit University", "جامعة بيرزيت", "PS"),
        org("Berytech", "", "LB"),
        org("Arab ICT Organization", "", "TN"),
    ] {
        apply(&mut doc, Action::UpsertOrganisation(o));
    }
    doc
}

#[test]
fn matches_any_field_ignoring_case() {
    let doc = sample();
    let mut index = Index::default();
    index.refresh(&doc, false, "");
    assert_eq!(index.rows().len(), 3);
    index.refresh(&doc, false, "BIR");
    assert_eq!(names(&index, &doc), ["Birzeit University"]);
    index.refresh(&doc, false, "بيرزيت");
    assert_eq!(names(&index, &doc), ["Birzeit University"]);
    index.refresh(&doc, false, "lb");
    assert_eq!(names(&index, &doc), ["Berytech"]);
    index.refresh(&doc, false, "lbp");
    assert!(index.rows().is_empty(), "no match across two fields");
}

#[test]
fn typing_and_backspace_agree_with_a_fresh_search() {
    let doc = sample();
    let mut index = Index::default();
    for query in ["b", "be", "ber", "be", "b", "", "a", "ar"] {
        index.refresh(&doc, false, query);
        let mut fresh = Index::default();
        fresh.refresh(&doc, false, query);
        assert_eq!(index.rows(), fresh.rows(), "{query}");
    }
}

#[test]
fn follows_edits_removals_and_the_shown_list() {
    let mut doc = sample();
    let mut index = Index::default();
    index.refresh(&doc, false, "bir");
    let Some(birzeit) = doc.organisations.first().map(|o| (**o).clone()) else {
        panic!("the sample has organisations");
    };
    apply(
        &mut doc,
        Action::UpsertOrganisation(Organisation {
            name: "Palestine Polytechnic".to_owned(),
            name_ar: String::new(),
            ..birzeit.clone()
        }),
    );
    index.refresh(&doc, false, "bir");
    assert!(index.rows().is_empty());

    let id = doc.organisations.get(1).map(|o| o.id);
    apply(&mut doc, Action::Remove(birzeit.id));
    index.refresh(&doc, false, "");
    assert_eq!(names(&index, &doc), ["Berytech", "Arab ICT Organization"]);
    assert!(id.is_some_and(|id| index.organisation(&doc, id).is_some_and(|o| o.name == "Berytech")));
    assert_eq!(
        index.organisation_name(&doc, Some(birzeit.id)),
        "(unknown organisation)"
    );

    apply(
        &mut doc,
        Action::UpsertPerson(Person {
            name: "Rania Haddad".to_owned(),
            ..Person::default()
        }),
    );
    index.refresh(&doc, true, "rania");
    assert_eq!(index.rows(), [0]);
}
