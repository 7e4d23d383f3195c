//! What happens to each row of a list, in words a user reads.

use super::{Field, ListKind};
use crate::tr;

/// What importing does with one row, and what the user should know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowOutcome {
    /// The line of the file the row starts on.
    pub line: u64,
    pub outcome: Outcome,
    /// Values of the row that were not taken, and why.
    pub notes: Vec<Note>,
}

impl RowOutcome {
    /// Whether the row needs the user's attention: rejected, or with values left out.
    pub fn is_problem(&self) -> bool {
        matches!(self.outcome, Outcome::Rejected(_)) || !self.notes.is_empty()
    }
}

/// The fate of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new person named `name`.
    Added {
        name: String,
    },
    /// The row is a person already known, named `existing`: in the meeting,
    /// or added by the row of the list at `line`.
    Merged {
        name: String,
        existing: String,
        line: Option<u64>,
    },
    Rejected(Rejection),
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    NoName,
    InvalidEmail(String),
    /// Fewer cells than the header has columns: the row was most likely cut.
    TooFewColumns {
        found: usize,
        expected: usize,
    },
    /// More filled cells than the header has columns: most likely a separator
    /// inside a cell that was not quoted, which shifts every value after it.
    TooManyColumns {
        found: usize,
        expected: usize,
    },
}

/// A value of a row that was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The record already has another value for `field`: it was kept.
    Kept {
        field: Field,
        kept: String,
        given: String,
    },
    UnknownCountry(String),
    UnknownStakeholderType(String),
    /// A value of `field` that is not one Majlis knows (a consent that is
    /// neither yes nor no, a day that is not a date...): left out.
    NotRead {
        field: Field,
        value: String,
    },
}

impl Outcome {
    /// One sentence saying what happened to the row.
    pub fn describe(&self) -> String {
        match self {
            Self::Added { name } => tr!("import-added", name = name),
            Self::Merged {
                name,
                existing,
                line: None,
            } => tr!("import-merged", name = name, existing = existing),
            Self::Merged {
                name,
                existing,
                line: Some(line),
            } => tr!(
                "import-merged-row",
                name = name,
                existing = existing,
                other = line.to_string()
            ),
            Self::Rejected(Rejection::NoName) => tr!("import-rejected-no-name"),
            Self::Rejected(Rejection::InvalidEmail(email)) => tr!("import-rejected-email", email = email),
            Self::Rejected(Rejection::TooFewColumns { found, expected }) => {
                tr!("import-rejected-too-few", found = *found, expected = *expected)
            }
            Self::Rejected(Rejection::TooManyColumns { found, expected }) => {
                tr!("import-rejected-too-many", found = *found, expected = *expected)
            }
        }
    }
}

impl Note {
    /// One sentence saying which value was left out.
    pub fn describe(&self) -> String {
        match self {
            Self::Kept { field, kept, given } => tr!(
                "import-note-kept",
                field = field_key(*field),
                kept = kept,
                given = given
            ),
            Self::UnknownCountry(value) => tr!("import-note-unknown-country", value = value),
            Self::UnknownStakeholderType(value) => tr!("import-note-unknown-type", value = value),
            Self::NotRead { field, value } => {
                tr!("import-note-not-read", field = field_key(*field), value = value)
            }
        }
    }
}

/// The selector of a field in messages.
fn field_key(field: Field) -> &'static str {
    match field {
        Field::FullName | Field::FirstName | Field::LastName => "name",
        Field::NameArabic => "name-ar",
        Field::Title => "title",
        Field::TitleArabic => "title-ar",
        Field::Email => "email",
        Field::Phone => "phone",
        Field::Organisation => "organisation",
        Field::OrganisationArabic => "organisation-ar",
        Field::Acronym => "acronym",
        Field::Role => "role",
        Field::Country => "country",
        Field::StakeholderType => "type",
        Field::Consent => "consent",
        Field::ContactConfidentiality => "confidentiality",
        Field::Attendance => "attendance",
        Field::OtherNames => "other-names",
        Field::FocusAreas => "focus-areas",
        Field::Offers => "offers",
        Field::Needs => "needs",
        Field::Website => "website",
        Field::Contact => "contact",
    }
}

/// How many rows went where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// What the rows are: people, or organisations (then `added` and
    /// `merged` count organisations).
    pub kind: ListKind,
    /// Rows read, blank lines left out.
    pub rows: usize,
    pub added: usize,
    pub merged: usize,
    pub rejected: usize,
    pub organisations_added: usize,
    /// Rows taken with some value left out.
    pub with_notes: usize,
}

impl Counts {
    /// The counts in one sentence.
    pub fn describe(&self) -> String {
        if self.kind == ListKind::Organisations {
            return tr!(
                "import-summary-organisations",
                rows = self.rows,
                added = self.added,
                merged = self.merged,
                rejected = self.rejected
            );
        }
        tr!(
            "import-summary",
            rows = self.rows,
            added = self.added,
            merged = self.merged,
            rejected = self.rejected,
            organisations = self.organisations_added
        )
    }
}
