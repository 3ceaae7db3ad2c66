//! Reading a CSV file (quotes, fields across lines; its encoding and separator detected, a
//! BOM dropped, bare CR line ends read as line ends) into a [`Table`], every record with the
//! line it starts on.

use csv::StringRecord;

use super::encoding::{self, NotText};
use super::error::{ImportError, Message};
use super::separator;
use super::table::{Row, Table};

/// Reads the text of a CSV file; the header is its first record, NUL bytes in its cells
/// ignored (`SurveyMonkey` writes some).
pub fn read_csv(bytes: &[u8]) -> Result<Table, ImportError> {
    let decoded = encoding::decode(bytes).map_err(not_text)?;
    let text = line_ends_as_lf(decoded.text);
    if text.trim().is_empty() {
        return Err(ImportError::new(None, Message::new("import-error-empty")));
    }
    let mut rows = read_rows(&text)?.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(ImportError::new(None, Message::new("import-error-empty")));
    };
    Ok(Table {
        header: header.iter().map(|cell| cell.replace('\0', "")).collect(),
        rows: rows
            .map(|(number, record)| Row {
                number,
                cells: record.iter().map(str::to_owned).collect(),
            })
            .collect(),
        encoding: Some(decoded.encoding),
    })
}

/// A file whose lines end in a bare CR (old Macs, older `SurveyMonkey` downloads) with
/// each bare CR turned into LF, so its rows are counted as everywhere else. A bare CR among
/// more LFs is left to the `csv` crate. Byte positions stay the same.
fn line_ends_as_lf(text: String) -> String {
    let bytes = text.as_bytes();
    let bare_cr = |at: usize| bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n');
    let bare_crs = (0..bytes.len()).filter(|at| bare_cr(*at)).count();
    if bare_crs <= bytes.iter().filter(|b| **b == b'\n').count() {
        return text;
    }
    let mut chars = text.chars().peekable();
    let mut lf = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        lf.push(if c == '\r' && chars.peek() != Some(&'\n') {
            '\n'
        } else {
            c
        });
    }
    lf
}

/// Where bytes that are no text Tandem reads start: the row, and the column (its header)
/// when the problem is below the header.
fn not_text(not_text: NotText) -> ImportError {
    let text = line_ends_as_lf(not_text.text);
    let (row, column) = place_of(&text, not_text.at);
    let mut error = ImportError::new(Some(row), not_text.message);
    error.column = column;
    error
}

/// The row and column of byte `at` of `text`: the last record of the text before it, with
/// a character in place of the problem so that its field exists even at a line's start.
fn place_of(text: &str, at: usize) -> (usize, Option<String>) {
    let before = format!("{}x", text.get(..at).unwrap_or_default());
    let mut lines = Lines::new(&before);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator::detect(text))
        .from_reader(before.as_bytes());
    let mut header = StringRecord::new();
    let mut place = (1, 0);
    for record in reader.records().map_while(Result::ok) {
        let row = record.position().map_or(1, |at| lines.start_of(at));
        if header.is_empty() {
            header = record.clone();
        }
        place = (row, record.len().saturating_sub(1));
    }
    let column = header
        .get(place.1)
        .map(|name| name.replace('\0', ""))
        .filter(|name| place.0 > 1 && !name.trim().is_empty());
    (place.0, column)
}

/// Appended to the text before parsing: it reads back as a last record of its own only if
/// every quoted field was closed, since the `csv` crate ends an unclosed one at the end of the
/// file without a word.
const END_MARK: &str = "\n\u{1}";

/// Every record with the line it starts on (a field may span lines). Blank lines are skipped.
fn read_rows(text: &str) -> Result<Vec<(usize, StringRecord)>, ImportError> {
    let marked = format!("{text}{END_MARK}");
    let mut lines = Lines::new(&marked);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        // Rows of the wrong length are reported here, in words, with their row.
        .flexible(true)
        .delimiter(separator::detect(text))
        .from_reader(marked.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let row = error.position().map(|at| lines.start_of(at));
            ImportError::new(
                row,
                Message::new("import-error-unreadable").with("error", error.to_string()),
            )
        })?;
        let row = record.position().map_or(1, |at| lines.start_of(at));
        rows.push((row, record));
    }
    match rows.pop() {
        Some((_, last)) if last.len() == 1 && last.get(0) == Some(&END_MARK[1..]) => Ok(rows),
        unclosed => Err(ImportError::new(
            unclosed.map(|(row, _)| row),
            Message::new("import-error-unclosed-quote"),
        )),
    }
}

/// Line numbers of records, counted once through the text as the records come in order.
struct Lines<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            counted_to: 0,
            line: 1,
        }
    }

    /// The line a record starts on. `csv` places a record where reading resumed, before the
    /// line break that ended the previous record and any blank lines, so those are skipped.
    fn start_of(&mut self, position: &csv::Position) -> usize {
        let from = usize::try_from(position.byte())
            .unwrap_or(usize::MAX)
            .clamp(self.counted_to, self.bytes.len());
        let start = self.bytes[from..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(self.bytes.len(), |skipped| from + skipped);
        self.line += self.bytes[self.counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.counted_to = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ImportError, parse_responses_csv};
    use crate::domain::{Questionnaire, Response};

    fn parse(text: &str) -> Result<Vec<Response>, ImportError> {
        parse_responses_csv(text.as_bytes(), &Questionnaire::default_questionnaire())
    }

    #[test]
    fn rows_count_lines_of_the_file_including_line_breaks_in_quotes_and_blank_lines() {
        let text = "function,relationship,friction_comment\n\
                    sales,0,\"one\ntwo\nthree\"\n\
                    \n\
                    product,9,\n";
        // Excel writes CRLF, which moves where `csv` says a record begins.
        for text in [text.to_owned(), text.replace('\n', "\r\n")] {
            let error = parse(&text).unwrap_err();
            assert_eq!(
                (error.row, error.column.as_deref()),
                (Some(6), Some("relationship"))
            );
            assert_eq!(error.value.as_deref(), Some("9"));
        }
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_its_row_starts_even_in_the_header() {
        let error = parse("function,relationship\nsales,0\nproduct,\"1\n\nsales,2\n").unwrap_err();
        assert_eq!(error.row, Some(3));
        assert!(error.to_string().contains("never closed"));
        assert_eq!(
            parse("\"function,relationship\nsales,0\n").unwrap_err().row,
            Some(1)
        );
    }

    #[test]
    fn a_last_row_without_line_end_and_a_mark_like_field_are_read() {
        let responses = parse("function,relationship,friction_comment\nsales,0,\u{1}").unwrap();
        assert_eq!(responses.len(), 1, "the row is read");
        // ...and its control character cleaned away, as every participant's text is.
        assert_eq!(responses[0].friction_comment, None);
    }
}
