//! Importing the answers of a survey run before the workshop: Tandem's own CSV, and the
//! exports of Google Forms, Microsoft Forms (`.xlsx`), Typeform and `SurveyMonkey` as they
//! come. All or nothing: the first problem stops the import with its row, column (the
//! header as the file wrote it) and value, and nothing is added. Identity and time columns
//! are dropped as the file is read; they never reach a response.

pub mod columns;
pub mod csv_table;
pub mod encoding;
pub mod error;
pub mod form;
pub mod header_words;
pub mod identity;
pub mod mapping;
pub mod plan;
pub mod remembered;
mod rows;
pub mod separator;
pub mod survey_monkey;
pub mod table;
pub mod title;
pub mod words;
pub mod xlsx;

use std::path::Path;

pub use columns::Column;
pub use encoding::TextEncoding;
pub use error::{ImportError, Message, MessageArg};
pub use identity::DropReason;
pub use mapping::{ColumnMapping, MapTo, offered_columns};
pub use plan::Dropped;
pub use table::Table;

use crate::domain::{Questionnaire, Response};
use crate::i18n::Language;

/// What a file gave: every response, and the columns dropped for anonymity.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub responses: Vec<Response>,
    pub dropped: Vec<Dropped>,
    /// How a text file was read, which the import says; `None` for a workbook.
    pub read_as: Option<TextEncoding>,
    /// The file's rows as a hash, which the workshop keeps to notice the same rows again.
    pub fingerprint: crate::domain::RowsFingerprint,
}

impl Imported {
    /// Whether `workshop` already took these rows in an earlier import.
    pub fn imported_before(&self, workshop: &crate::domain::Workshop) -> bool {
        workshop
            .imports
            .iter()
            .any(|record| record.fingerprint == self.fingerprint)
    }

    /// What the workshop keeps of this import once its answers are in.
    pub fn record(&self) -> crate::domain::ImportRecord {
        crate::domain::ImportRecord {
            fingerprint: self.fingerprint.clone(),
            answers: self.responses.len(),
        }
    }
}

/// The columns of `headers` that Tandem recognises as answering a question: the mapping
/// step offers an unknown column only what is still free ([`mapping::offered_columns`]).
pub fn answered_columns(headers: &[String], questionnaire: &Questionnaire) -> Vec<columns::Column> {
    headers
        .iter()
        .filter_map(|header| columns::Column::recognise(header, questionnaire))
        .filter(|column| column.question().is_some())
        .collect()
}

/// The first bytes of an Excel 97–2003 workbook (`.xls`, an OLE2 compound file).
const OLD_WORKBOOK: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a survey file into a table: a workbook when it is one (by its name or its first
/// bytes), else CSV. `SurveyMonkey`'s two header rows are combined into one.
pub fn read_table(bytes: &[u8], path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    let named_xlsx = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx") || ext.eq_ignore_ascii_case("xlsm"));
    let mut table = if named_xlsx || bytes.starts_with(b"PK\x03\x04") {
        xlsx::read_xlsx(bytes, sheet)?
    } else if bytes.starts_with(&OLD_WORKBOOK) {
        return Err(ImportError::new(
            None,
            Message::new("import-error-old-workbook"),
        ));
    } else if let Some(sheet) = sheet {
        return Err(ImportError::new(
            None,
            Message::new("import-error-sheet-on-csv").with("sheet", sheet),
        ));
    } else {
        csv_table::read_csv(bytes)?
    };
    survey_monkey::combine_header_rows(&mut table);
    Ok(table)
}

/// Every response of a table, checked against `questionnaire`, with what was dropped.
pub fn import_table(
    table: &Table,
    questionnaire: &Questionnaire,
    mapping: &ColumnMapping,
) -> Result<Imported, ImportError> {
    let plan = plan::Plan::new(table, questionnaire, mapping)?;
    if table.rows.iter().all(table::Row::is_blank) {
        return Err(ImportError::new(
            Some(table.rows.first().map_or(2, |row| row.number)),
            Message::new("import-error-no-responses"),
        ));
    }
    let responses = table
        .rows
        .iter()
        // A row of empty fields (`,,,`) is not a response.
        .filter(|row| !row.is_blank())
        .map(|row| plan.response(row, questionnaire))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Imported {
        fingerprint: crate::domain::RowsFingerprint::of_answers(&responses),
        responses,
        dropped: plan.dropped(),
        read_as: table.encoding,
    })
}

/// Reads and imports a survey file in one go.
pub fn import_file(
    bytes: &[u8],
    path: &Path,
    sheet: Option<&str>,
    questionnaire: &Questionnaire,
    mapping: &ColumnMapping,
) -> Result<Imported, ImportError> {
    import_table(&read_table(bytes, path, sheet)?, questionnaire, mapping)
}

/// Tandem's own CSV (and any CSV the import recognises without mapping).
pub fn parse_responses_csv(
    bytes: &[u8],
    questionnaire: &Questionnaire,
) -> Result<Vec<Response>, ImportError> {
    import_file(
        bytes,
        Path::new("responses.csv"),
        None,
        questionnaire,
        &ColumnMapping::default(),
    )
    .map(|imported| imported.responses)
}

/// What the import says besides its count: the columns dropped, then the encoding a text
/// file was read in ("Read as UTF-16 LE text."), each a sentence in `language`.
pub fn notes(imported: &Imported, language: Language) -> Vec<String> {
    dropped_note(&imported.dropped, language)
        .into_iter()
        .chain(
            imported
                .read_as
                .map(|encoding| encoding.note().describe(language, &[])),
        )
        .collect()
}

/// "Dropped 2 columns: `Timestamp` (says when someone answered), …" in `language`, or
/// nothing to say.
pub fn dropped_note(dropped: &[Dropped], language: Language) -> Option<String> {
    if dropped.is_empty() {
        return None;
    }
    let named: Vec<String> = dropped
        .iter()
        .map(|column| {
            language.text_with(
                column.reason.message_id(),
                &[("header", column.header.as_str().into())],
            )
        })
        .collect();
    Some(language.text_with(
        "import-error-dropped",
        &[
            ("count", dropped.len().into()),
            ("columns", named.join(", ").into()),
        ],
    ))
}
