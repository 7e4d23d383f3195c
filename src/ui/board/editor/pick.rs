//! Type-ahead pickers: a text field whose words are looked for in the
//! registry, showing the first few matches to click. The registry can hold
//! thousands of organisations and tens of thousands of people, so the search
//! runs only when the words or the registry's records change, and stops at
//! the first matches.

use std::sync::Arc;

use egui::Ui;

use crate::model::fold::fold_into;
use crate::model::{Document, Id, Organisation, Person};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// The most matches shown under a field.
const MAX_MATCHES: usize = 8;

/// What a picker of `T` records remembers between frames.
struct State<T> {
    query: String,
    /// The words and the records the matches were found for. A record
    /// renamed, replaced or removed is another `Arc`, so comparing the
    /// pointers tells a stale search without reading the records.
    searched: Option<(String, Arc<[Arc<T>]>)>,
    matches: Vec<Match>,
}

impl<T> Clone for State<T> {
    fn clone(&self) -> Self {
        Self {
            query: self.query.clone(),
            searched: self.searched.clone(),
            matches: self.matches.clone(),
        }
    }
}

impl<T> Default for State<T> {
    fn default() -> Self {
        Self {
            query: String::new(),
            searched: None,
            matches: Vec::new(),
        }
    }
}

/// A match as shown: its id, its text, and the name it is known by.
#[derive(Clone)]
struct Match {
    id: Id,
    shown: String,
    name: String,
}

/// A type-ahead field: what was clicked and what is typed.
pub struct Picked {
    pub picked: Option<Id>,
    pub query: String,
}

/// The texts a candidate is found by, and the name it is known by.
pub struct Candidate<'a> {
    pub id: Id,
    pub texts: [&'a str; 3],
    pub name: &'a str,
}

/// Whether `searched` are the very records of `records`, in order.
fn same_records<T>(searched: &[Arc<T>], records: &[Arc<T>]) -> bool {
    searched.len() == records.len() && searched.iter().zip(records).all(|(a, b)| Arc::ptr_eq(a, b))
}

/// A labelled field over `records`, searched (by the texts `candidate` gives
/// each) when the words change or any record does. A match shows the text
/// `show` gives it (asked of the matches alone) and is named for screen
/// readers by `name_of` its name. The field empties on a pick.
pub fn type_ahead<T: Send + Sync + 'static>(
    ui: &mut Ui,
    key: egui::Id,
    label: &str,
    records: &[Arc<T>],
    candidate: impl Fn(&T) -> Candidate<'_>,
    show: impl Fn(Id) -> String,
    name_of: impl Fn(&str) -> String,
) -> Picked {
    let mut state: State<T> = ui.data(|d| d.get_temp(key)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(label).into_owned()),
        );
        TextField::singleline(&mut state.query)
            .id(key.with("field"))
            .desired_width(f32::INFINITY)
            .show(ui)
            .labelled_by(label.id);
    });
    let words = state.query.trim().to_owned();
    let fresh = state
        .searched
        .as_ref()
        .is_some_and(|(w, searched)| *w == words && same_records(searched, records));
    if words.is_empty() {
        state.matches.clear();
        state.searched = None;
    } else if !fresh {
        state.matches = search(&words, records.iter().map(|r| candidate(r)))
            .into_iter()
            .map(|(id, name)| Match {
                id,
                shown: show(id),
                name,
            })
            .collect();
        state.searched = Some((words, Arc::from(records)));
    }
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        for found in &state.matches {
            if widgets::named_button(ui, &found.shown, &name_of(&found.name)).clicked() {
                picked = Some(found.id);
            }
        }
    });
    let query = state.query.clone();
    if picked.is_some() {
        state = State::default();
    }
    ui.data_mut(|d| d.insert_temp(key, state));
    Picked { picked, query }
}

/// Empties the field of the picker `key`.
pub fn clear<T: Send + Sync + 'static>(ui: &Ui, key: egui::Id) {
    ui.data_mut(|d| d.remove::<State<T>>(key));
}

/// The first candidates whose texts hold every word of `query`, folded.
fn search<'d>(query: &str, candidates: impl Iterator<Item = Candidate<'d>>) -> Vec<(Id, String)> {
    let mut folded = String::new();
    fold_into(query, &mut folded);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut text = String::new();
    let mut found = Vec::new();
    for candidate in candidates {
        text.clear();
        for part in candidate.texts {
            fold_into(part, &mut text);
            text.push('\n');
        }
        if words.iter().all(|w| text.contains(w)) {
            found.push((candidate.id, candidate.name.to_owned()));
            if found.len() == MAX_MATCHES {
                break;
            }
        }
    }
    found
}

/// An organisation of the registry, found by name, acronym and Arabic name.
pub fn organisation(o: &Organisation) -> Candidate<'_> {
    Candidate {
        id: o.id,
        texts: [&o.name, &o.acronym, &o.name_ar],
        name: &o.name,
    }
}

/// An organisation as a match shows it: its name, and its acronym if any.
pub fn show_organisation(doc: &Document, id: Id) -> String {
    match doc.organisation(id) {
        Some(o) if !o.acronym.trim().is_empty() => tr!(
            "board-editor-named-acronym",
            name = o.name.as_str(),
            acronym = o.acronym.as_str()
        ),
        Some(o) => o.name.clone(),
        None => doc.organisation_name(Some(id)),
    }
}

/// A person of the registry, found by name and email.
pub fn person(p: &Person) -> Candidate<'_> {
    Candidate {
        id: p.id,
        texts: [&p.name, &p.email, ""],
        name: &p.name,
    }
}

/// A person as a match shows them: their name, and their organisation if any.
pub fn show_person(doc: &Document, id: Id) -> String {
    let person = doc.person(id);
    let name = doc.person_name(Some(id));
    match person
        .and_then(|p| p.organisation)
        .and_then(|o| doc.organisation(o))
    {
        Some(o) => tr!(
            "board-editor-person-of",
            name = name,
            organisation = o.name.as_str()
        ),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(name: &'static str, acronym: &'static str, arabic: &'static str) -> Candidate<'static> {
        Candidate {
            id: Id::new(),
            texts: [name, acronym, arabic],
            name,
        }
    }

    #[test]
    fn every_word_is_found_in_any_name_folded() {
        let list = || {
            vec![
                candidate(
                    "American University of Beirut",
                    "AUB",
                    "الجامعة الأميركية في بيروت",
                ),
                candidate("Berytech", "", "بيريتك"),
                candidate("Université Saint-Joseph", "USJ", ""),
            ]
            .into_iter()
        };
        let shown =
            |q: &str| -> Vec<String> { search(q, list()).into_iter().map(|(_, name)| name).collect() };
        assert_eq!(shown("aub"), ["American University of Beirut"]);
        assert_eq!(shown("univ beirut"), ["American University of Beirut"]);
        assert_eq!(shown("universite"), ["Université Saint-Joseph"]);
        assert_eq!(shown("الاميركيه"), ["American University of Beirut"]);
        assert_eq!(shown("b"), ["American University of Beirut", "Berytech"]);
        assert!(shown("cairo").is_empty());
    }

    #[test]
    fn a_renamed_replaced_or_moved_record_makes_the_search_stale() {
        let a = Arc::new(Organisation {
            name: "Berytech".to_owned(),
            ..Organisation::default()
        });
        let b = Arc::new(Organisation::default());
        let searched: Arc<[Arc<Organisation>]> = Arc::from(vec![Arc::clone(&a), Arc::clone(&b)]);
        assert!(same_records(&searched, &[Arc::clone(&a), Arc::clone(&b)]));
        let renamed = Arc::new(Organisation {
            name: "Beirut Tech".to_owned(),
            ..(*a).clone()
        });
        assert!(!same_records(&searched, &[renamed, Arc::clone(&b)]));
        assert!(!same_records(&searched, &[Arc::clone(&b), Arc::clone(&a)]));
        assert!(!same_records(&searched, &[a]));
    }

    #[test]
    fn at_most_a_few_matches_are_shown() {
        let many = (0..100).map(|_| candidate("Ministry", "", ""));
        assert_eq!(search("min", many).len(), MAX_MATCHES);
    }
}
