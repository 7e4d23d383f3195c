//! Reading a list file: its encoding, its separator, its rows.

use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

use super::columns::guess_mapping;
use super::{Row, Table};
use crate::tr;

/// Why a file cannot be read as a list.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing but blank lines.
    Empty,
    /// Bytes that are not text (a picture, a spreadsheet saved in its own format...).
    NotText,
    /// A Majlis meeting given where a list was expected.
    Meeting,
    /// The CSV reader stopped at `line`.
    Syntax { line: u64, message: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Empty => tr!("import-error-empty"),
            Self::NotText => tr!("import-error-not-text"),
            Self::Meeting => tr!("import-error-meeting"),
            Self::Syntax { line, message } => {
                tr!("import-error-syntax", line = line.to_string(), message = message)
            }
        };
        f.write_str(&text)
    }
}

/// Reads a registration list: finds its encoding and separator, reads the
/// rows and guesses what each column holds.
pub fn read_list(bytes: &[u8]) -> Result<Table, ImportError> {
    let (text, encoding) = decode(bytes)?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if looks_like_a_meeting(text) {
        return Err(ImportError::Meeting);
    }
    let separator = sniff_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Syntax {
            line: e.position().map_or(0, csv::Position::line),
            message: e.to_string(),
        })?;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let line = lines.line_at(record.position().map_or(0, csv::Position::byte));
        if headers.is_none() {
            headers = Some(cells);
        } else {
            rows.push(Row { line, cells });
        }
    }
    let mut headers = headers.ok_or(ImportError::Empty)?;
    // Spreadsheets often export empty columns after the last header.
    let used = headers.iter().rposition(|h| !h.is_empty()).map_or(0, |i| i + 1);
    headers.truncate(used);
    let mapping = guess_mapping(&headers);
    Ok(Table {
        encoding: encoding.name().to_owned(),
        separator: char::from(separator),
        headers,
        rows,
        mapping,
    })
}

/// Lines of a text, counted as the reader moves on. The reader's own line
/// numbers include the blank lines and line ends it skips before a record.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after byte `offset` that is not a line end.
    fn line_at(&mut self, offset: u64) -> u64 {
        let mut start = usize::try_from(offset).unwrap_or(usize::MAX).min(self.text.len());
        while let Some(b'\r' | b'\n') = self.text.as_bytes().get(start) {
            start += 1;
        }
        if start >= self.offset {
            let passed = self.text.get(self.offset..start).unwrap_or_default();
            self.line += passed.matches('\n').count() as u64;
            self.offset = start;
        }
        self.line
    }
}

/// The text of `bytes`: by its byte-order mark, as UTF-8 when it is valid
/// UTF-8, else in the encoding it most likely is (Windows-1256 for Arabic
/// lists saved by older spreadsheets).
fn decode(bytes: &[u8]) -> Result<(String, &'static Encoding), ImportError> {
    let encoding = if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        encoding
    } else if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        if bytes.contains(&0) {
            return Err(ImportError::NotText);
        }
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, Utf8Detection::Allow)
    };
    let (text, _, _) = encoding.decode(bytes);
    if is_binary(&text) {
        return Err(ImportError::NotText);
    }
    Ok((text.into_owned(), encoding))
}

/// Whether decoded text holds control characters no list has.
fn is_binary(text: &str) -> bool {
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}'))
        .count();
    text.contains('\0') || controls * 100 > text.chars().count().max(1)
}

/// Whether `text` is a Majlis session file rather than a list.
fn looks_like_a_meeting(text: &str) -> bool {
    let start = text.trim_start();
    start.starts_with('(')
        && start
            .get(..start.len().min(4096))
            .is_some_and(|s| s.contains("format_version"))
        || start.starts_with("#![enable")
}

/// The separator of the header line: comma, semicolon or tab, whichever is
/// most frequent outside quotes (a comma when there is none).
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let header = text.trim_start_matches(['\r', '\n']);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [comma, semicolon, tab] = counts;
    if tab > comma && tab >= semicolon {
        b'\t'
    } else if semicolon > comma {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_found_on_the_header_line() {
        assert_eq!(sniff_separator("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(sniff_separator("a;b;c\n"), b';');
        assert_eq!(sniff_separator("a\tb\tc, d\n"), b'\t');
        assert_eq!(sniff_separator("\"a;b\",c\n"), b',');
        assert_eq!(sniff_separator("name\n"), b',');
    }

    #[test]
    fn files_that_are_not_lists() {
        assert_eq!(read_list(b""), Err(ImportError::Empty));
        assert_eq!(read_list(b"\n\n ,, \n"), Err(ImportError::Empty));
        assert_eq!(
            read_list(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
            Err(ImportError::NotText)
        );
        assert_eq!(
            read_list(b"(\n  format_version: 2,\n  meeting: (),\n)"),
            Err(ImportError::Meeting)
        );
        let binary: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
        assert_eq!(read_list(&binary), Err(ImportError::NotText));
    }

    #[test]
    fn rows_keep_the_line_they_start_on() {
        let table =
            read_list(b"\xef\xbb\xbfName,Email\n\nAna,a@x.org\n\"Bo\nBa\",b@x.org\nCy,c@x.org\n").unwrap();
        let crlf = read_list(b"\r\nName,Email\r\nAna,a@x.org\r\n\r\n\r\nBo,b@x.org\r\n").unwrap();
        let lines: Vec<u64> = crlf.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 6]);
        assert_eq!(table.encoding, "UTF-8");
        assert_eq!(table.headers, ["Name", "Email"]);
        let lines: Vec<u64> = table.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 4, 6]);
        assert_eq!(table.rows[1].cells[0], "Bo\nBa");
    }
}
