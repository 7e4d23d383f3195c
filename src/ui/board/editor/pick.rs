//! Type-ahead pickers: a text field whose words are looked for in the
//! registry, showing the first few matches to click. The registry can hold
//! thousands of organisations and tens of thousands of people, so the search
//! runs only when the words or the registry change, and stops at the first
//! matches.

use egui::Ui;

use crate::model::fold::fold_into;
use crate::model::{Document, Id};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// The most matches shown under a field.
const MAX_MATCHES: usize = 8;

/// What a picker remembers between frames.
#[derive(Clone, Default)]
struct State {
    query: String,
    /// The words and the registry's size the matches were found for.
    searched: Option<(String, usize)>,
    matches: Vec<Match>,
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

/// A labelled field; `candidates` are searched when the words change or
/// `size` (the number of records searched) does. A match shows the text
/// `show` gives it (asked of the matches alone) and is named for screen
/// readers by `name_of` its name. The field empties on a pick.
pub fn type_ahead<'d, I>(
    ui: &mut Ui,
    key: egui::Id,
    label: &str,
    size: usize,
    candidates: impl FnOnce() -> I,
    show: impl Fn(Id) -> String,
    name_of: impl Fn(&str) -> String,
) -> Picked
where
    I: Iterator<Item = Candidate<'d>>,
{
    let mut state: State = ui.data(|d| d.get_temp(key)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.add_sized([theme::FIELD_LABEL_WIDTH, 18.0], egui::Label::new(label));
        TextField::singleline(&mut state.query)
            .id(key.with("field"))
            .desired_width(f32::INFINITY)
            .show(ui)
            .labelled_by(label.id);
    });
    let words = state.query.trim().to_owned();
    if words.is_empty() {
        state.matches.clear();
        state.searched = None;
    } else if state.searched.as_ref() != Some(&(words.clone(), size)) {
        state.matches = search(&words, candidates())
            .into_iter()
            .map(|(id, name)| Match {
                id,
                shown: show(id),
                name,
            })
            .collect();
        state.searched = Some((words, size));
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
pub fn clear(ui: &Ui, key: egui::Id) {
    ui.data_mut(|d| d.remove::<State>(key));
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

/// The organisations of the registry, found by name, acronym and Arabic name.
pub fn organisations(doc: &Document) -> impl Iterator<Item = Candidate<'_>> {
    doc.organisations.iter().map(|o| Candidate {
        id: o.id,
        texts: [&o.name, &o.acronym, &o.name_ar],
        name: &o.name,
    })
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

/// The people of the registry, found by name and email.
pub fn people(doc: &Document) -> impl Iterator<Item = Candidate<'_>> {
    doc.people.iter().map(|p| Candidate {
        id: p.id,
        texts: [&p.name, &p.email, ""],
        name: &p.name,
    })
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
    fn at_most_a_few_matches_are_shown() {
        let many = (0..100).map(|_| candidate("Ministry", "", ""));
        assert_eq!(search("min", many).len(), MAX_MATCHES);
    }
}
