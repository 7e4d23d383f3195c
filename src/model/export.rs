//! People and organisations as CSV for a spreadsheet: one writer, UTF-8 with
//! a byte-order mark (so a spreadsheet reads Arabic right), labels rather than
//! vocabulary keys. What goes in is decided by [`for_audience`] alone.

use crate::tr;

use super::audience::{Audience, for_audience};
use super::{Document, Organisation, Person, Term, Vocabularies};

/// The byte-order mark that tells a spreadsheet the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    People,
    Organisations,
}

/// The CSV file of `table` for `audience`, and how many rows it holds.
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

pub fn csv(doc: &Document, table: Table, audience: Audience) -> Result<(Vec<u8>, usize), String> {
    let copy = for_audience(doc, audience);
    let (header, rows) = match table {
        Table::People => (
            people_header(),
            copy.people
                .iter()
                .map(|p| person_row(&copy, p))
                .collect::<Vec<_>>(),
        ),
        Table::Organisations => (
            organisations_header(),
            copy.organisations
                .iter()
                .map(|o| organisation_row(&copy, o))
                .collect(),
        ),
    };
    let count = rows.len();
    write(&header, &rows).map(|bytes| (bytes, count))
}

/// The one CSV writer: a BOM, a header line, then the rows.
fn write(header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
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
        tr!("personal-column-organisation"),
        tr!("personal-column-role"),
        tr!("personal-column-email"),
        tr!("personal-column-phone"),
        tr!("personal-column-country"),
        tr!("personal-column-stakeholder-type"),
        tr!("personal-column-consent"),
        tr!("personal-column-contact-confidentiality"),
        tr!("personal-column-attendance"),
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
mod tests {
    use super::*;
    use crate::model::Confidentiality;
    use chrono::NaiveDate;
    use std::sync::Arc;

    fn document() -> Document {
        let mut doc = Document::new_meeting();
        let org = Organisation {
            name: "Berytech".to_owned(),
            name_ar: "بيريتك".to_owned(),
            stakeholder_type: "incubator".to_owned(),
            country: "LB".to_owned(),
            focus_areas: vec!["capacity".to_owned()],
            aliases: vec!["Berytech SAL".to_owned(), "BT".to_owned()],
            contact: "info@berytech.example".to_owned(),
            contact_confidentiality: Confidentiality::Organisers,
            ..Organisation::default()
        };
        doc.people = vec![
            Arc::new(Person {
                name: "رانيا حداد".to_owned(),
                organisation: Some(org.id),
                email: "rania@example.org".to_owned(),
                phone: "+961 1 000 000".to_owned(),
                consent: true,
                attendance: vec![
                    NaiveDate::from_ymd_opt(2007, 9, 5).unwrap(),
                    NaiveDate::from_ymd_opt(2007, 9, 6).unwrap(),
                ],
                ..Person::default()
            }),
            Arc::new(Person {
                name: "Karim".to_owned(),
                email: "karim@example.org".to_owned(),
                contact_confidentiality: Confidentiality::Public,
                consent: true,
                ..Person::default()
            }),
            Arc::new(Person {
                name: "Nadia".to_owned(),
                email: "nadia@example.org".to_owned(),
                contact_confidentiality: Confidentiality::Public,
                ..Person::default()
            }),
        ];
        doc.organisations = vec![Arc::new(org)];
        doc
    }

    fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes.strip_prefix(BOM).expect("a BOM")).unwrap();
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn people_for_the_organisers_carry_everything() {
        let (bytes, count) = csv(&document(), Table::People, Audience::Organisers).unwrap();
        assert_eq!(count, 3);
        let rows = rows(&bytes);
        assert_eq!(rows[0][0], "Name");
        assert_eq!(rows[0].len(), 10);
        assert_eq!(
            rows[1],
            [
                "رانيا حداد",
                "Berytech",
                "",
                "rania@example.org",
                "+961 1 000 000",
                "LB",
                "ICT incubator / technology park",
                "Yes",
                "Organisers only",
                "2007-09-05; 2007-09-06"
            ]
        );
        assert_eq!(rows[3][0], "Nadia");
    }

    #[test]
    fn people_for_the_public_leave_out_what_is_not_theirs() {
        let (bytes, count) = csv(&document(), Table::People, Audience::Public).unwrap();
        assert_eq!(count, 2);
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text.contains("rania@example.org") && !text.contains("+961"),
            "{text}"
        );
        assert!(!text.contains("Nadia"), "no consent: {text}");
        assert!(text.contains("رانيا حداد") && text.contains("karim@example.org"));
    }

    #[test]
    fn organisations_use_labels_and_keep_arabic() {
        let doc = document();
        let (bytes, _) = csv(&doc, Table::Organisations, Audience::Organisers).unwrap();
        let rows = rows(&bytes);
        assert_eq!(rows[0].len(), 12);
        assert_eq!(rows[1][1], "بيريتك");
        assert_eq!(rows[1][3], "Berytech SAL; BT");
        assert_eq!(rows[1][6], "Capacity building");
        assert_eq!(rows[1][10], "info@berytech.example");
        assert_eq!(rows[1][11], "Organisers only");
        let (public, _) = csv(&doc, Table::Organisations, Audience::Public).unwrap();
        assert!(!String::from_utf8(public).unwrap().contains("info@berytech"));
    }

    #[test]
    fn formulas_are_defused_and_phone_numbers_kept() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("+SUM(A1)"), "'+SUM(A1)");
        assert_eq!(defused("@cmd"), "'@cmd");
        assert_eq!(defused("+961 1 000 000"), "+961 1 000 000");
        assert_eq!(defused("-"), "-");
        assert_eq!(defused("Rania"), "Rania");
    }
}
