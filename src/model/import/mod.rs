//! Importing registration lists (CSV from spreadsheets and web forms) into a
//! meeting: [`read_list`] reads the file and guesses what each column holds,
//! [`plan`] (people) or [`plan_organisations`] says what would happen to
//! every row, and the plan's actions make it happen. Nothing here touches the disk, so a dialog can show the table,
//! let the user change the mapping and preview the plan before applying it.

mod columns;
mod country;
mod organisations;
mod outcome;
mod plan;
mod read;
mod stakeholder;
mod values;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_lists;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_titles;

pub use columns::{Field, ListKind, guess_mapping, guess_mapping_for, list_kind};
pub(crate) use organisations::merge as merge_organisation;
pub use organisations::plan_organisations;
pub use outcome::{Counts, Note, Outcome, Rejection, RowOutcome};
pub use plan::{Plan, org_key, plan};
pub(crate) use plan::{emails_agree, merge_person, name_key};
pub use read::{ImportError, read_list};

/// A list as read from its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The name of the encoding the file was read in, such as `UTF-8` or `windows-1256`.
    pub encoding: String,
    /// The separator of the columns: `,`, `;` or a tab.
    pub separator: char,
    /// The cells of the header line.
    pub headers: Vec<String>,
    /// The rows after the header, blank lines left out.
    pub rows: Vec<Row>,
    /// What each column most likely holds, guessed from the headers: the
    /// starting point of a mapping the user can change.
    pub mapping: Vec<Option<Field>>,
}

/// What importing `table` read through `mapping` would do to `doc`: a list of
/// people or of organisations, as [`list_kind`] tells from the mapping.
pub fn plan_list(doc: &crate::model::Document, table: &Table, mapping: &[Option<Field>]) -> Plan {
    match list_kind(mapping) {
        ListKind::People => plan(doc, table, mapping),
        ListKind::Organisations => plan_organisations(doc, table, mapping),
    }
}

impl Table {
    /// The separator as messages select on it: `comma`, `semicolon` or `tab`.
    pub fn separator_key(&self) -> &'static str {
        match self.separator {
            ';' => "semicolon",
            '\t' => "tab",
            _ => "comma",
        }
    }
}

/// One row of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line of the file the row starts on, counting from 1; a quoted cell
    /// may continue on the lines after it.
    pub line: u64,
    /// The cells, trimmed.
    pub cells: Vec<String>,
}
