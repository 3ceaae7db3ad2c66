//! Importing responses from a CSV file (a survey run before the workshop). All or nothing:
//! the first bad row stops the import with its row, column and value, and nothing is added.

use std::collections::BTreeSet;

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
    let separator = detect_separator(text);
    let rows = split_rows(text, separator)?;
    let Some((header, records)) = rows.split_first() else {
        return Err(CsvError::new(None, "the file is empty"));
    };
    let columns = Columns::from_header(&header.1, questionnaire)?;
    if records
        .iter()
        .all(|(_, fields)| fields.iter().all(|f| f.trim().is_empty()))
    {
        return Err(CsvError::new(
            Some(2),
            "the file has a header but no responses",
        ));
    }
    let mut responses = Vec::with_capacity(records.len());
    for (row, fields) in records {
        // A blank line (often the last one) is not a response.
        if fields.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if fields.len() != header.1.len() {
            return Err(CsvError::new(
                Some(*row),
                format!(
                    "has {} fields but the header has {}",
                    fields.len(),
                    header.1.len()
                ),
            ));
        }
        responses.push(columns.response(*row, fields, questionnaire)?);
    }
    Ok(responses)
}

/// Comma or semicolon: whichever appears more often in the header, outside quotes.
fn detect_separator(text: &str) -> char {
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
    if semicolons > commas { ';' } else { ',' }
}

/// Splits CSV text into rows of fields, with the row number each starts on.
fn split_rows(text: &str, separator: char) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut row_start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => in_quotes = true,
            c if c == separator => fields.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                rows.push((row_start, std::mem::take(&mut fields)));
                line += 1;
                row_start = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError::new(
            Some(row_start),
            "a quoted field is never closed (a \" is missing)",
        ));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push((row_start, fields));
    }
    Ok(rows)
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
    fn from_header(header: &[String], questionnaire: &Questionnaire) -> Result<Self, CsvError> {
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
        fields: &[String],
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
                Column::FrictionComment => response.friction_comment = Some(raw.clone()),
                Column::WorksWellComment => response.works_well_comment = Some(raw.clone()),
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
