//! The review of a merge (File > Merge another session file…): what the
//! merge took from each side, every conflict with the values of both sides
//! and a choice, and the records each side added that look like the same
//! one. Nothing changes until Apply; the drawing is in [`view`].

mod view;

use std::collections::{HashMap, HashSet};

use crate::model::fold::fold;
use crate::model::merge::{
    Choice, Conflict, Duplicate, MergeCounts, MergeError, add_notes, merge_files, resolve, set_aside,
};
use crate::model::merge_duplicates::merge_duplicate;
use crate::model::{Document, Id};
use crate::tr;

/// A session file read to be merged, with the name the review shows.
#[derive(Clone)]
pub struct MergeFile {
    pub name: String,
    pub doc: Document,
}

/// What the user decided in the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Apply,
    Cancel,
    /// Ask for more files to merge in the same step.
    AddFiles,
}

/// Something the merge of one file met, with the file it came from.
struct Found<T> {
    file: usize,
    item: T,
}

/// The merge of some files into the open meeting, and the user's choices.
pub struct MergeReview {
    /// The open meeting's file name, as the heading shows it.
    ours_name: String,
    /// The open meeting as it was when the review began.
    ours: Document,
    files: Vec<MergeFile>,
    /// Every conflict resolved with this side, with the values set aside as
    /// notes.
    merged: Document,
    counts: MergeCounts,
    conflicts: Vec<Found<Conflict>>,
    /// One per conflict; this side until chosen otherwise.
    pub choices: Vec<Choice>,
    /// Each conflict's words and values, folded for the filter.
    searchable: Vec<String>,
    duplicates: Vec<Found<Duplicate>>,
    /// One per duplicate: whether the user confirmed that the two are one.
    pub confirmed: Vec<bool>,
    /// The notes the documents had before: any other note was made by this merge.
    notes_before: HashSet<Id>,
    /// What the filter shows: conflicts whose words or values contain it.
    filter: String,
    shown: Vec<usize>,
    /// What went wrong adding a file, shown in the review.
    pub error: Option<String>,
}

/// The merged document the choices give.
pub struct Outcome {
    pub doc: Document,
    /// Choices that could not be applied (the record went with another
    /// choice): this side was kept and the other value noted.
    pub skipped: usize,
}

type ChoiceKey = (usize, &'static str, Option<Id>, String);

impl MergeReview {
    /// Merges each of `files` into `ours` in turn, each against its origin.
    pub fn new(ours: &Document, ours_name: String, files: Vec<MergeFile>) -> Result<Self, MergeError> {
        let mut merged = ours.clone();
        let mut counts = MergeCounts::default();
        let mut conflicts = Vec::new();
        let mut duplicates = Vec::new();
        for (index, file) in files.iter().enumerate() {
            let merge = merge_files(&merged, &[(file.name.clone(), file.doc.clone())])?;
            counts.taken += merge.counts.taken;
            counts.combined += merge.counts.combined;
            counts.conflicted += merge.counts.conflicted;
            conflicts.extend(
                merge
                    .conflicts
                    .into_iter()
                    .map(|item| Found { file: index, item }),
            );
            duplicates.extend(
                merge
                    .duplicates
                    .into_iter()
                    .map(|item| Found { file: index, item }),
            );
            merged = merge.doc;
        }
        let notes_before = std::iter::once(ours)
            .chain(files.iter().map(|f| &f.doc))
            .flat_map(|doc| doc.merge_notes.iter().map(|note| note.id))
            .collect();
        let searchable = conflicts
            .iter()
            .map(|found| {
                let conflict = &found.item;
                let name = files.get(found.file).map_or("", |f| f.name.as_str());
                let values = [&conflict.base, &conflict.ours, &conflict.theirs];
                let words = [conflict.line(), name.to_owned()]
                    .into_iter()
                    .chain(values.into_iter().flatten().cloned());
                fold(&words.collect::<Vec<_>>().join("\n"))
            })
            .collect();
        Ok(Self {
            ours_name,
            ours: ours.clone(),
            choices: vec![Choice::Ours; conflicts.len()],
            confirmed: vec![false; duplicates.len()],
            shown: (0..conflicts.len()).collect(),
            files,
            merged,
            counts,
            conflicts,
            searchable,
            duplicates,
            notes_before,
            filter: String::new(),
            error: None,
        })
    }

    /// Merges `more` files in the same step, keeping the choices made so far.
    pub fn add(&mut self, ours: &Document, more: Vec<MergeFile>) -> Result<(), MergeError> {
        let choices: HashMap<ChoiceKey, Choice> = self
            .conflicts
            .iter()
            .zip(&self.choices)
            .map(|(found, choice)| (key(found), *choice))
            .collect();
        let confirmed: HashSet<(Id, Id)> = self
            .duplicates
            .iter()
            .zip(&self.confirmed)
            .filter(|(_, yes)| **yes)
            .map(|(found, _)| (found.item.ours, found.item.theirs))
            .collect();
        let mut files = self.files.clone();
        files.extend(more);
        let mut review = Self::new(ours, self.ours_name.clone(), files)?;
        for (found, choice) in review.conflicts.iter().zip(&mut review.choices) {
            if let Some(chosen) = choices.get(&key(found)) {
                *choice = *chosen;
            }
        }
        for (found, yes) in review.duplicates.iter().zip(&mut review.confirmed) {
            *yes = confirmed.contains(&(found.item.ours, found.item.theirs));
        }
        review.filter = std::mem::take(&mut self.filter);
        review.refilter();
        *self = review;
        Ok(())
    }

    /// The files merged, by name, as one list.
    pub fn file_names(&self) -> String {
        self.files
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What the merge took and met, in words.
    pub fn summary(&self) -> String {
        tr!(
            "merge-window-counts",
            taken = self.counts.taken,
            combined = self.counts.combined,
            conflicted = self.counts.conflicted
        )
    }

    /// The conflicts, with the name of the file each came from.
    pub fn conflicts(&self) -> impl Iterator<Item = (&Conflict, &str)> {
        self.conflicts
            .iter()
            .map(|found| (&found.item, self.file_name(found.file)))
    }

    /// The duplicate candidates, with the name of the file theirs came from.
    pub fn duplicates(&self) -> impl Iterator<Item = (&Duplicate, &str)> {
        self.duplicates
            .iter()
            .map(|found| (&found.item, self.file_name(found.file)))
    }

    fn file_name(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.name.as_str())
    }

    /// Sets every conflict to `choice`.
    pub fn choose_all(&mut self, choice: Choice) {
        self.choices.fill(choice);
    }

    fn refilter(&mut self) {
        let needle = fold(self.filter.trim());
        self.shown = (0..self.conflicts.len())
            .filter(|&i| {
                needle.is_empty()
                    || self
                        .searchable
                        .get(i)
                        .is_some_and(|words| words.contains(&needle))
            })
            .collect();
    }

    /// The merged document with the choices applied: conflicts resolved as
    /// chosen, the values of those left to this side kept as merge notes,
    /// and the duplicates confirmed made one. The files are merged again in
    /// turn, each after the choices of the ones before it are applied, so that
    /// a choice about one file never overwrites what another file brought.
    pub fn outcome(&self) -> Outcome {
        let choices: HashMap<ChoiceKey, Choice> = self
            .conflicts
            .iter()
            .zip(&self.choices)
            .map(|(found, choice)| (key(found), *choice))
            .collect();
        let mut doc = self.ours.clone();
        let mut skipped = 0;
        for (index, file) in self.files.iter().enumerate() {
            let Ok(merge) = merge_files(&doc, &[(file.name.clone(), file.doc.clone())]) else {
                // It merged when the review was made: keep every value noted.
                return Outcome {
                    doc: self.merged.clone(),
                    skipped: self.conflicts.len(),
                };
            };
            // The notes the merge made for every conflict give way to those
            // of the conflicts this side keeps.
            let earlier: HashSet<Id> = doc.merge_notes.iter().map(|note| note.id).collect();
            let mut next = merge.doc;
            next.merge_notes
                .retain(|note| earlier.contains(&note.id) || self.notes_before.contains(&note.id));
            let mut kept = Vec::new();
            for conflict in merge.conflicts {
                let found = Found {
                    file: index,
                    item: conflict,
                };
                let choice = choices.get(&key(&found)).copied().unwrap_or(Choice::Ours);
                let takes_other = match choice {
                    Choice::Ours => false,
                    Choice::Theirs => true,
                    Choice::Both => found.item.can_keep_both(),
                };
                let applied = takes_other && {
                    let done = resolve(&mut next, &found.item, choice);
                    if let Err(e) = &done {
                        log::warn!("A merge choice could not be applied: {e}");
                        skipped += 1;
                    }
                    done.is_ok()
                };
                if !applied {
                    kept.push(found.item);
                }
            }
            add_notes(&mut next.merge_notes, set_aside(&kept, &file.name));
            doc = next;
        }
        for (found, _) in self
            .duplicates
            .iter()
            .zip(&self.confirmed)
            .filter(|(_, yes)| **yes)
        {
            let before = doc.merge_notes.len();
            merge_duplicate(&mut doc, &found.item);
            // What theirs held and ours kept otherwise came from its file.
            let from = self.file_name(found.file);
            for note in doc
                .merge_notes
                .iter_mut()
                .skip(before)
                .filter(|n| n.from.is_empty())
            {
                from.clone_into(&mut note.from);
            }
        }
        Outcome { doc, skipped }
    }
}

fn key(found: &Found<Conflict>) -> ChoiceKey {
    let conflict = &found.item;
    (found.file, conflict.kind, conflict.id, conflict.field.clone())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::Partnership;

    /// The organiser and two copies each changed the next step of one
    /// partnership handed out as "X".
    fn three_ways() -> (Document, Vec<MergeFile>) {
        let mut base = Document::default();
        base.partnerships.push(Arc::new(Partnership {
            title: "Telecentres".to_owned(),
            next_step: "X".to_owned(),
            ..Partnership::default()
        }));
        let with = |step: &str| {
            let mut doc = base.clone();
            Arc::make_mut(&mut doc.partnerships[0]).next_step = step.to_owned();
            doc
        };
        let copy = |step: &str, name: &str| {
            let mut doc = with(step);
            doc.origin = Some(Arc::new(base.clone()));
            MergeFile {
                name: name.to_owned(),
                doc,
            }
        };
        (with("O"), vec![copy("A", "a.ron"), copy("B", "b.ron")])
    }

    #[test]
    fn a_choice_about_one_file_never_overwrites_another() {
        let (ours, files) = three_ways();
        let mut review = MergeReview::new(&ours, "o.ron".to_owned(), files).unwrap();
        assert_eq!(review.choices.len(), 2);
        review.choose_all(Choice::Both);
        let doc = review.outcome().doc;
        assert_eq!(doc.partnerships[0].next_step, "O\nA\nB");
        assert!(doc.merge_notes.is_empty());

        // The first copy's value taken, the second's left: the note keeps it
        // against the value now there.
        review.choices = vec![Choice::Theirs, Choice::Ours];
        let doc = review.outcome().doc;
        assert_eq!(doc.partnerships[0].next_step, "A");
        let notes: Vec<_> = doc
            .merge_notes
            .iter()
            .map(|n| (n.kept.as_str(), n.set_aside.as_str(), n.from.as_str()))
            .collect();
        assert_eq!(notes, [("A", "B", "b.ron")]);
    }

    /// Two copies each added the same organisation, spelled and described
    /// differently: made one, ours keeps its website and the other's is
    /// noted, naming the file it came from.
    #[test]
    fn look_alikes_made_one_note_the_file_of_what_they_set_aside() {
        let (ours, mut files) = three_ways();
        for (file, (name, website)) in files
            .iter_mut()
            .zip([("UNDP", "https://a.org"), ("U.N.D.P.", "https://b.org")])
        {
            file.doc.organisations.push(Arc::new(crate::model::Organisation {
                name: name.to_owned(),
                website: website.to_owned(),
                ..crate::model::Organisation::default()
            }));
        }
        let mut review = MergeReview::new(&ours, "o.ron".to_owned(), files).unwrap();
        assert_eq!(review.confirmed.len(), 1);
        review.confirmed[0] = true;
        let doc = review.outcome().doc;
        assert_eq!(doc.organisations.len(), 1);
        assert_eq!(doc.organisations[0].website, "https://a.org");
        let note = doc
            .merge_notes
            .iter()
            .find(|n| n.set_aside == "https://b.org")
            .unwrap();
        assert_eq!(
            (note.record, note.from.as_str()),
            (doc.organisations[0].id, "b.ron")
        );
    }

    #[test]
    fn merging_the_same_copies_again_changes_nothing() {
        let (ours, files) = three_ways();
        let review = MergeReview::new(&ours, "o.ron".to_owned(), files.clone()).unwrap();
        let once = review.outcome().doc;
        assert_eq!(once.merge_notes.len(), 2);
        let again = MergeReview::new(&once, "o.ron".to_owned(), files)
            .unwrap()
            .outcome()
            .doc;
        assert_eq!(again, once);
    }
}
