//! The meeting's tables as CSV for a spreadsheet: one writer, UTF-8 with a
//! byte-order mark (so a spreadsheet reads Arabic right), labels rather than
//! vocabulary keys. What goes in is decided by [`for_audience`] alone.

use crate::tr;

use super::audience::{Audience, for_audience};
use super::{Document, Organisation, Person, Term, Vocabularies};

mod invitees;
mod tables;

pub use invitees::invitees_csv;

/// The byte-order mark that tells a spreadsheet the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One table of the meeting, written as one CSV file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    People,
    Organisations,
    Partnerships,
    ActionItems,
    Leads,
}

impl Table {
    /// The tables written as CSV files, in the order a folder export writes them.
    pub const ALL: [Self; 5] = [
        Self::Organisations,
        Self::People,
        Self::Partnerships,
        Self::ActionItems,
        Self::Leads,
    ];

    /// The name of the table's file in a folder export.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::People => "people.csv",
            Self::Organisations => "organisations.csv",
            Self::Partnerships => "partnerships.csv",
            Self::ActionItems => "action-items.csv",
            Self::Leads => "leads.csv",
        }
    }
}

/// What to export: one table as a CSV file, every table as CSV files in one
/// folder, or the network of organisations as a GEXF file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Table(Table),
    /// Every table of [`Table::ALL`], each a CSV file named by
    /// [`Table::file_name`] in one folder.
    AllTables,
    /// The organisations and the partnerships they share, for Gephi (see
    /// [`crate::model::gexf`]).
    Network,
}

/// Refuses to write an export over a meeting: a `.ron` or `.bak` file, or the
/// meeting the export is made from (`meeting`), whatever its name.
pub fn check_target(output: &std::path::Path, meeting: Option<&std::path::Path>) -> Result<(), String> {
    let shown = output.display().to_string();
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let same = |a: &std::path::Path, b: &std::path::Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if extension == "ron" || extension == "bak" || meeting.is_some_and(|m| same(m, output)) {
        return Err(tr!("personal-export-not-over-meeting", path = shown));
    }
    Ok(())
}

/// The CSV file of `table` for `audience`, and how many rows it holds.
pub fn csv(doc: &Document, table: Table, audience: Audience) -> Result<(Vec<u8>, usize), String> {
    table_csv(&for_audience(doc, audience), table)
}

/// Every table of [`Table::ALL`] for `audience`: the table, its CSV file and
/// how many rows it holds.
pub fn all_csv(doc: &Document, audience: Audience) -> Result<Vec<(Table, Vec<u8>, usize)>, String> {
    let copy = for_audience(doc, audience);
    Table::ALL
        .into_iter()
        .map(|table| table_csv(&copy, table).map(|(bytes, count)| (table, bytes, count)))
        .collect()
}

/// The CSV file of `table` from a document already filtered for its audience.
fn table_csv(copy: &Document, table: Table) -> Result<(Vec<u8>, usize), String> {
    let (header, rows) = match table {
        Table::People => (
            people_header(),
            copy.people
                .iter()
                .map(|p| person_row(copy, p))
                .collect::<Vec<_>>(),
        ),
        Table::Organisations => (
            organisations_header(),
            copy.organisations
                .iter()
                .map(|o| organisation_row(copy, o))
                .collect(),
        ),
        Table::Partnerships => (tables::partnerships_header(), tables::partnership_rows(copy)),
        Table::ActionItems => (tables::action_items_header(), tables::action_item_rows(copy)),
        Table::Leads => (tables::leads_header(), tables::lead_rows(copy)),
    };
    let count = rows.len();
    write(&header, &rows).map(|bytes| (bytes, count))
}

/// The one CSV writer: a BOM, a header line, then the rows.
pub(crate) fn write(header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    let failed = |e: csv::Error| tr!("personal-export-failed", reason = e.to_string());
    writer.write_record(header).map_err(failed)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| defused(cell)))
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| tr!("personal-export-failed", reason = e.to_string()))
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe.
/// A phone number such as `+961 1 000 000` is left as it is.
fn defused(cell: &str) -> String {
    let looks_like_number = |rest: &str| rest.chars().all(|c| c.is_ascii_digit() || " ()-./".contains(c));
    match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => format!("'{cell}"),
        Some('+' | '-') if !looks_like_number(cell.get(1..).unwrap_or_default()) => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn people_header() -> Vec<String> {
    vec![
        tr!("personal-column-name"),
        tr!("personal-column-arabic-name"),
        tr!("personal-column-organisation"),
        tr!("personal-column-role"),
        tr!("personal-column-email"),
        tr!("personal-column-phone"),
        tr!("personal-column-country"),
        tr!("personal-column-stakeholder-type"),
        tr!("personal-column-consent"),
        tr!("personal-column-contact-confidentiality"),
        tr!("personal-column-attendance"),
        // Last, so that a spreadsheet reading the earlier columns by place
        // still finds them.
        tr!("personal-column-title"),
        tr!("personal-column-arabic-title"),
    ]
}

/// A person's row. Country and stakeholder type are their organisation's.
fn person_row(doc: &Document, person: &Person) -> Vec<String> {
    let organisation = person.organisation.and_then(|id| doc.organisation(id));
    let attendance: Vec<String> = person
        .attendance
        .iter()
        .map(|day| day.format("%Y-%m-%d").to_string())
        .collect();
    vec![
        person.name.clone(),
        person.name_ar.clone(),
        doc.organisation_name(person.organisation),
        person.role.clone(),
        person.email.clone(),
        person.phone.clone(),
        organisation.map(|o| o.country.clone()).unwrap_or_default(),
        organisation
            .map(|o| label(&doc.vocabularies.stakeholder_types, &o.stakeholder_type))
            .unwrap_or_default(),
        if person.consent {
            tr!("personal-yes")
        } else {
            tr!("personal-no")
        },
        person.contact_confidentiality.label(),
        attendance.join("; "),
        person.title.clone(),
        person.title_ar.clone(),
    ]
}

fn organisations_header() -> Vec<String> {
    vec![
        tr!("personal-column-name"),
        tr!("personal-column-arabic-name"),
        tr!("personal-column-acronym"),
        tr!("personal-column-other-names"),
        tr!("personal-column-stakeholder-type"),
        tr!("personal-column-country"),
        tr!("personal-column-focus-areas"),
        tr!("personal-column-offers"),
        tr!("personal-column-needs"),
        tr!("personal-column-website"),
        tr!("personal-column-contact"),
        tr!("personal-column-contact-confidentiality"),
    ]
}

fn organisation_row(doc: &Document, org: &Organisation) -> Vec<String> {
    let focus: Vec<String> = org
        .focus_areas
        .iter()
        .map(|key| label(&doc.vocabularies.thrust_areas, key))
        .collect();
    vec![
        org.name.clone(),
        org.name_ar.clone(),
        org.acronym.clone(),
        org.aliases.join("; "),
        label(&doc.vocabularies.stakeholder_types, &org.stakeholder_type),
        org.country.clone(),
        focus.join("; "),
        org.offers.join("; "),
        org.needs.join("; "),
        org.website.clone(),
        org.contact.clone(),
        org.contact_confidentiality.label(),
    ]
}

fn label(terms: &[Term], key: &str) -> String {
    Vocabularies::label(terms, key).to_owned()
}

#[cfg(test)]
mod tests;
