//! A copy of the meeting handed to a rapporteur: only what they may see (see
//! [`for_audience`]), remembering the version it came from (its
//! [`Document::origin`]) so that merging it back knows what each side changed,
//! and, for a round table, the item it opens on.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::audience::for_audience;
use super::fold::fold;
use super::{Audience, Document, Id};
use crate::tr;

/// What a copy for a rapporteur remembers of how it was handed out (format 4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Handout {
    /// The agenda item the copy opens on, such as the rapporteur's round table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round_table: Option<Id>,
}

impl Handout {
    /// Whether there is nothing to remember (the meeting's own file).
    pub fn is_empty(&self) -> bool {
        self.round_table.is_none()
    }
}

/// How the organiser asked for the copy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CopyOptions {
    /// The agenda item the copy opens on.
    pub round_table: Option<Id>,
    /// Keep contact details and what is for the organisers only.
    pub with_contacts: bool,
}

impl CopyOptions {
    /// Who the copy is for: the meeting's team (what the public may see, and
    /// every participant) unless the organiser asked for everything.
    pub fn audience(self) -> Audience {
        if self.with_contacts {
            Audience::Organisers
        } else {
            Audience::Team
        }
    }
}

/// Why no copy could be made, or no item found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyError {
    /// No agenda item has this title or id; `choices` are the titles there are.
    UnknownItem { wanted: String, choices: Vec<String> },
    /// Several titles begin with what was typed.
    AmbiguousItem { wanted: String, choices: Vec<String> },
    /// The item is for the organisers only and the copy leaves it out.
    ItemLeftOut { title: String },
}

impl fmt::Display for CopyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::UnknownItem { wanted, choices } if choices.is_empty() => {
                tr!("copy-no-items", item = wanted.as_str())
            }
            Self::UnknownItem { wanted, choices } => tr!(
                "copy-unknown-item",
                item = wanted.as_str(),
                choices = list(choices)
            ),
            Self::AmbiguousItem { wanted, choices } => tr!(
                "copy-ambiguous-item",
                item = wanted.as_str(),
                choices = list(choices)
            ),
            Self::ItemLeftOut { title } => tr!("copy-item-left-out", item = title.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CopyError {}

/// One title a line, indented, for a message that lists the choices.
fn list(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| format!("  {t}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The agenda item `wanted` names: its id, its title, or the beginning of
/// its title (in English or Arabic), compared folded. A title that is exactly
/// what was typed wins over the longer titles it begins.
pub fn find_item(doc: &Document, wanted: &str) -> Result<Id, CopyError> {
    let typed = wanted.trim();
    if let Some(item) = doc
        .agenda
        .iter()
        .find(|a| a.id.to_string() == typed.to_lowercase())
    {
        return Ok(item.id);
    }
    let folded = fold(typed);
    let titles = |a: &super::AgendaItem| [fold(a.title.trim()), fold(a.title_ar.trim())];
    let exact: Vec<_> = doc
        .agenda
        .iter()
        .filter(|a| !folded.is_empty() && titles(a).contains(&folded))
        .collect();
    let found: Vec<_> = if exact.is_empty() {
        doc.agenda
            .iter()
            .filter(|a| !folded.is_empty() && titles(a).iter().any(|t| t.starts_with(&folded)))
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [item] => Ok(item.id),
        [] => Err(CopyError::UnknownItem {
            wanted: typed.to_owned(),
            choices: doc.agenda.iter().map(|a| a.title.trim().to_owned()).collect(),
        }),
        many => Err(CopyError::AmbiguousItem {
            wanted: typed.to_owned(),
            choices: many.iter().map(|a| a.title.trim().to_owned()).collect(),
        }),
    }
}

/// The copy of `doc` to hand to a rapporteur: what the audience may see, with
/// the item it opens on, and as its origin the copy itself as handed out
/// (which has no origin of its own). Values a merge set aside stay with the
/// organisers' file: they may hold what the copy leaves out.
pub fn for_rapporteur(doc: &Document, options: CopyOptions) -> Result<Document, CopyError> {
    let mut copy = for_audience(doc, options.audience());
    copy.origin = None;
    copy.merge_notes.clear();
    if let Some(id) = options.round_table
        && copy.agenda_item(id).is_none()
    {
        return Err(match doc.agenda_item(id) {
            Some(item) => CopyError::ItemLeftOut {
                title: item.title.trim().to_owned(),
            },
            None => CopyError::UnknownItem {
                wanted: id.to_string(),
                choices: doc.agenda.iter().map(|a| a.title.trim().to_owned()).collect(),
            },
        });
    }
    copy.handout = Handout {
        round_table: options.round_table,
    };
    copy.origin = Some(Arc::new(copy.clone()));
    Ok(copy)
}

/// Whether two paths name the same file, once both are resolved (the second
/// may not exist yet): a copy must never be written over the meeting's own file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    crate::persistence::resolve(a) == crate::persistence::resolve(b)
}

/// What a copy holds and where it went, said once it is written.
pub fn written(copy: &Document, output: &Path) -> String {
    let path = output.display().to_string();
    let records = copy.records.len();
    let item = copy
        .handout
        .round_table
        .and_then(|id| copy.agenda_item(id))
        .map(|item| item.title.trim().to_owned());
    match item {
        Some(item) => tr!(
            "copy-written-round-table",
            records = records,
            path = path,
            item = item
        ),
        None => tr!("copy-written", records = records, path = path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItem, AgendaKind, Confidentiality, Person, Record};

    fn item(title: &str) -> Arc<AgendaItem> {
        Arc::new(AgendaItem {
            title: title.to_owned(),
            kind: AgendaKind::RoundTable,
            ..AgendaItem::default()
        })
    }

    fn document() -> Document {
        let mut doc = Document::new_meeting();
        doc.agenda = vec![
            item("Opening session"),
            item("Round table 1: Implementing the projects"),
            item("Round table 2A: Sources of financing"),
            item("Round table 2B: Fostering partnerships"),
            Arc::new(AgendaItem {
                title: "Closed session".to_owned(),
                confidentiality: Confidentiality::Organisers,
                ..AgendaItem::default()
            }),
        ];
        doc.people = vec![Arc::new(Person {
            name: "Rania".to_owned(),
            email: "rania@example.org".to_owned(),
            contact_confidentiality: Confidentiality::Organisers,
            consent: true,
            ..Person::default()
        })];
        doc.records = vec![
            Arc::new(Record {
                text: "open note".to_owned(),
                ..Record::default()
            }),
            Arc::new(Record {
                text: "funder's position".to_owned(),
                confidentiality: Confidentiality::Organisers,
                ..Record::default()
            }),
        ];
        doc
    }

    fn text(doc: &Document) -> String {
        crate::persistence::to_ron(doc).unwrap_or_default()
    }

    #[test]
    fn the_copy_remembers_itself_as_handed_out() {
        let copy = for_rapporteur(&document(), CopyOptions::default()).unwrap();
        let origin = copy.origin.clone().unwrap();
        assert_eq!(origin.origin, None, "an origin has no origin of its own");
        let without_origin = Document {
            origin: None,
            ..copy.clone()
        };
        assert_eq!(*origin, without_origin);
    }

    #[test]
    fn a_copy_of_a_copy_remembers_the_new_copy_only() {
        let first = for_rapporteur(&document(), CopyOptions::default()).unwrap();
        let mut edited = first.clone();
        Arc::make_mut(&mut edited.records[0]).text = "edited".to_owned();
        let second = for_rapporteur(&edited, CopyOptions::default()).unwrap();
        let origin = second.origin.unwrap();
        assert_eq!(origin.records[0].text, "edited");
        assert!(origin.origin.is_none());
    }

    #[test]
    fn what_is_filtered_out_is_in_neither_the_copy_nor_its_origin() {
        let copy = for_rapporteur(&document(), CopyOptions::default()).unwrap();
        let saved = text(&copy);
        assert!(saved.contains("open note") && saved.contains("origin"), "{saved}");
        for hidden in ["funder's position", "rania@example.org", "Closed session"] {
            assert!(!saved.contains(hidden), "{hidden} in {saved}");
        }
        let origin = copy.origin.unwrap();
        assert_eq!(origin.records.len(), 1);
        assert!(origin.people[0].email.is_empty());
    }

    #[test]
    fn contacts_and_organisers_records_go_in_when_asked() {
        let options = CopyOptions {
            with_contacts: true,
            ..CopyOptions::default()
        };
        let copy = for_rapporteur(&document(), options).unwrap();
        assert_eq!(copy.records.len(), 2);
        assert_eq!(copy.people[0].email, "rania@example.org");
        assert_eq!(copy.origin.unwrap().people[0].email, "rania@example.org");
    }

    #[test]
    fn merge_notes_stay_with_the_organisers() {
        let mut doc = document();
        doc.merge_notes.push(crate::model::MergeNote {
            id: Id::new(),
            record: doc.records[1].id,
            kind: "record".to_owned(),
            field: "text".to_owned(),
            kept: "funder's position".to_owned(),
            set_aside: "the other position".to_owned(),
            from: "laptop.ron".to_owned(),
            ..crate::model::MergeNote::default()
        });
        let copy = for_rapporteur(&doc, CopyOptions::default()).unwrap();
        assert!(copy.merge_notes.is_empty());
        assert!(!text(&copy).contains("the other position"));
    }

    #[test]
    fn round_tables_are_found_by_title_prefix_and_id() {
        let doc = document();
        let rt1 = doc.agenda[1].id;
        assert_eq!(find_item(&doc, "round TABLE 1"), Ok(rt1));
        assert_eq!(find_item(&doc, "  Round table 2b"), Ok(doc.agenda[3].id));
        assert_eq!(find_item(&doc, &rt1.to_string()), Ok(rt1));
        assert_eq!(find_item(&doc, &rt1.to_string().to_uppercase()), Ok(rt1));
        let copy = for_rapporteur(
            &doc,
            CopyOptions {
                round_table: Some(rt1),
                with_contacts: false,
            },
        )
        .unwrap();
        assert_eq!(copy.handout.round_table, Some(rt1));
        assert_eq!(copy.origin.unwrap().handout.round_table, Some(rt1));
    }

    #[test]
    fn an_exact_title_wins_over_longer_ones() {
        let mut doc = document();
        doc.agenda.push(item("Round table"));
        assert_eq!(find_item(&doc, "round table"), Ok(doc.agenda[5].id));
    }

    #[test]
    fn ambiguous_and_unknown_items_list_the_choices() {
        let doc = document();
        let Err(CopyError::AmbiguousItem { choices, .. }) = find_item(&doc, "Round table 2") else {
            panic!("two round tables begin so");
        };
        assert_eq!(
            choices,
            [
                "Round table 2A: Sources of financing",
                "Round table 2B: Fostering partnerships"
            ]
        );
        let err = find_item(&doc, "Round table 9").unwrap_err();
        assert!(matches!(err, CopyError::UnknownItem { .. }));
        let said = err.to_string();
        assert!(
            said.contains("Round table 9") && said.contains("Opening session"),
            "{said}"
        );
        assert!(matches!(find_item(&doc, ""), Err(CopyError::UnknownItem { .. })));
        assert!(
            find_item(&Document::default(), "x")
                .unwrap_err()
                .to_string()
                .contains('x')
        );
    }

    #[test]
    fn an_item_the_copy_leaves_out_cannot_be_opened_on() {
        let doc = document();
        let closed = find_item(&doc, "closed").unwrap();
        let asked = CopyOptions {
            round_table: Some(closed),
            with_contacts: false,
        };
        assert_eq!(
            for_rapporteur(&doc, asked),
            Err(CopyError::ItemLeftOut {
                title: "Closed session".to_owned()
            })
        );
        let with_contacts = CopyOptions {
            with_contacts: true,
            ..asked
        };
        assert!(for_rapporteur(&doc, with_contacts).is_ok());
        let unknown = CopyOptions {
            round_table: Some(Id::new()),
            ..asked
        };
        assert!(matches!(
            for_rapporteur(&doc, unknown),
            Err(CopyError::UnknownItem { .. })
        ));
    }

    #[test]
    fn the_same_file_is_seen_through_another_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        std::fs::write(&file, "x").unwrap();
        assert!(same_file(&file, &dir.path().join(".").join("m.ron")));
        assert!(!same_file(&file, &dir.path().join("c.ron")));
        assert!(same_file(&dir.path().join("c.ron"), &dir.path().join("./c.ron")));
    }

    #[test]
    fn the_document_itself_is_unchanged() {
        let doc = document();
        let before = doc.clone();
        let _ = for_rapporteur(&doc, CopyOptions::default());
        assert_eq!(doc, before);
    }
}
