//! Importing responses from a CSV file (a survey run before the workshop). All or nothing:
//! the first bad row stops the import with its row, column and value, and nothing is added.

use std::collections::BTreeSet;

use csv::StringRecord;

use super::spreadsheet_safe::unguard;

use crate::domain::{Function, Questionnaire, Rating, Relationship, Response};

/// What is wrong with a CSV file, and where. Rows count from 1, the header being row 1.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct CsvError {
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

impl CsvError {
    fn new(row: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            row,
            column: None,
            value: None,
            message: message.into(),
        }
    }

    fn at(row: usize, column: &str, value: &str, message: impl Into<String>) -> Self {
        Self {
            row: Some(row),
            column: Some(column.to_owned()),
            value: Some(value.to_owned()),
            message: message.into(),
        }
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(row) = self.row {
            parts.push(format!("row {row}"));
        }
        if let Some(column) = &self.column {
            parts.push(format!("column `{column}`"));
        }
        let place = if parts.is_empty() {
            String::new()
        } else {
            format!("{}: ", parts.join(", "))
        };
        match &self.value {
            Some(value) => format!("{place}\"{value}\" {}", self.message),
            None => format!("{place}{}", self.message),
        }
    }
}

/// Appended to the text before parsing: it reads back as a last record of its own only if
/// every quoted field was closed, since the `csv` crate ends an unclosed one at the end of the
/// file without a word.
const END_MARK: &str = "\n\u{1}";

/// Reads every response of a CSV file, checked against `questionnaire`.
pub fn parse_responses_csv(
    bytes: &[u8],
    questionnaire: &Questionnaire,
) -> Result<Vec<Response>, CsvError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let row = bytes[..error.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        CsvError::new(
            Some(row),
            "the file is not UTF-8 text; save it as \"CSV UTF-8\"",
        )
    })?;
    if text.trim().is_empty() {
        return Err(CsvError::new(
            None,
            "the file is empty; it needs a header row and one row per response",
        ));
    }
    let rows = read_rows(text)?;
    let Some((header, records)) = rows.split_first() else {
        return Err(CsvError::new(None, "the file is empty"));
    };
    let header = &header.1;
    let columns = Columns::from_header(header, questionnaire)?;
    if records.iter().all(|(_, fields)| is_blank(fields)) {
        return Err(CsvError::new(
            Some(2),
            "the file has a header but no responses",
        ));
    }
    let mut responses = Vec::with_capacity(records.len());
    for (row, fields) in records {
        // A row of empty fields (`,,,`) is not a response.
        if is_blank(fields) {
            continue;
        }
        if fields.len() != header.len() {
            return Err(CsvError::new(
                Some(*row),
                format!(
                    "has {} fields but the header has {}",
                    fields.len(),
                    header.len()
                ),
            ));
        }
        responses.push(columns.response(*row, fields, questionnaire)?);
    }
    Ok(responses)
}

fn is_blank(fields: &StringRecord) -> bool {
    fields.iter().all(|field| field.trim().is_empty())
}

/// Every record with the line it starts on (a field may span lines). Blank lines are skipped.
fn read_rows(text: &str) -> Result<Vec<(usize, StringRecord)>, CsvError> {
    let marked = format!("{text}{END_MARK}");
    let mut lines = Lines::new(&marked);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        // Rows of the wrong length are reported here, in words, with their row.
        .flexible(true)
        .delimiter(detect_separator(text))
        .from_reader(marked.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let row = error.position().map(|at| lines.start_of(at));
            CsvError::new(row, format!("cannot be read: {error}"))
        })?;
        let row = record.position().map_or(1, |at| lines.start_of(at));
        rows.push((row, record));
    }
    match rows.pop() {
        Some((_, last)) if last.len() == 1 && last.get(0) == Some(&END_MARK[1..]) => Ok(rows),
        unclosed => Err(CsvError::new(
            unclosed.map(|(row, _)| row),
            "a quoted field is never closed (a \" is missing)",
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

/// Comma or semicolon: whichever appears more often in the header, outside quotes.
fn detect_separator(text: &str) -> u8 {
    let mut in_quotes = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            ',' if !in_quotes => commas += 1,
            ';' if !in_quotes => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

enum Column {
    Function,
    Relationship,
    Statement(String),
    Sources,
    FrictionComment,
    WorksWellComment,
}

struct Columns {
    names: Vec<String>,
    kinds: Vec<Column>,
}

impl Columns {
    fn from_header(header: &StringRecord, questionnaire: &Questionnaire) -> Result<Self, CsvError> {
        let mut seen = BTreeSet::new();
        let mut kinds = Vec::new();
        let mut names = Vec::new();
        for raw in header {
            let name = raw.trim().to_lowercase();
            if !seen.insert(name.clone()) {
                return Err(CsvError {
                    row: Some(1),
                    column: Some(name),
                    value: None,
                    message: String::from("appears twice in the header"),
                });
            }
            let kind = match name.as_str() {
                "function" => Column::Function,
                "relationship" => Column::Relationship,
                "sources" => Column::Sources,
                "friction_comment" => Column::FrictionComment,
                "works_well_comment" => Column::WorksWellComment,
                key if questionnaire.statement(key).is_some() => Column::Statement(key.to_owned()),
                _ => {
                    return Err(CsvError::at(
                        1,
                        &name,
                        raw,
                        "is not a column Tandem knows: use function, relationship, the statement keys, sources, friction_comment, works_well_comment",
                    ));
                }
            };
            kinds.push(kind);
            names.push(name);
        }
        for required in ["function", "relationship"] {
            if !seen.contains(required) {
                return Err(CsvError::new(
                    Some(1),
                    format!("the header has no `{required}` column"),
                ));
            }
        }
        Ok(Self { names, kinds })
    }

    fn response(
        &self,
        row: usize,
        fields: &StringRecord,
        questionnaire: &Questionnaire,
    ) -> Result<Response, CsvError> {
        let mut function = None;
        let mut relationship = None;
        let mut response = Response::new(Function::Sales, Relationship::MostlyAligned);
        for ((kind, name), raw) in self.kinds.iter().zip(&self.names).zip(fields) {
            let value = raw.trim();
            match kind {
                Column::Function => {
                    function = Some(Function::from_key(value).ok_or_else(|| {
                        CsvError::at(row, name, raw, "is not a function: use sales or product")
                    })?);
                }
                Column::Relationship => {
                    let answer = Relationship::from_key(value).or_else(|| {
                        value
                            .parse::<u8>()
                            .ok()
                            .and_then(Relationship::from_friction_level)
                    });
                    relationship = Some(answer.ok_or_else(|| {
                        CsvError::at(row, name, raw, "is not a relationship answer: use completely_aligned, mostly_aligned, lacking_alignment, constant_friction, or 0 to 3")
                    })?);
                }
                Column::Statement(key) => {
                    if value.is_empty() {
                        continue;
                    }
                    let rating =
                        value
                            .parse::<u8>()
                            .ok()
                            .and_then(Rating::new)
                            .ok_or_else(|| {
                                CsvError::at(
                                    row,
                                    name,
                                    raw,
                                    "is not a rating: use 1 to 5, or leave it empty to skip",
                                )
                            })?;
                    response.ratings.insert(key.clone(), rating);
                }
                Column::Sources => {
                    for source in value
                        .split([';', ','])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                    {
                        if questionnaire.source(source).is_none() {
                            return Err(CsvError::at(
                                row,
                                name,
                                source,
                                "is not a friction source of the questionnaire",
                            ));
                        }
                        response.sources.insert(source.to_owned());
                    }
                }
                // Exports guard comments that look like formulas; the guard goes again here.
                Column::FrictionComment => {
                    response.friction_comment = Some(unguard(raw).to_owned());
                }
                Column::WorksWellComment => {
                    response.works_well_comment = Some(unguard(raw).to_owned());
                }
            }
        }
        let (Some(function), Some(relationship)) = (function, relationship) else {
            return Err(CsvError::new(
                Some(row),
                "needs a function and a relationship answer",
            ));
        };
        response.function = function;
        response.relationship = relationship;
        Ok(response.normalized())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Response>, CsvError> {
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
        assert_eq!(responses[0].friction_comment.as_deref(), Some("\u{1}"));
    }
}
