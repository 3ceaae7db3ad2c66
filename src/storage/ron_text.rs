//! Reading Tandem's RON files: size, encoding and syntax checks that every file kind shares.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::error::FileError;
use crate::domain::Position;

/// No Tandem file comes near this; a workshop of 10,000 responses is about 5 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1_000_000;

/// Reads a file as text, refusing what cannot be a Tandem file before parsing it.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    text_from_bytes(path, read_bytes(path)?)
}

/// Reads a file's bytes, refusing one too large to be a Tandem file.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, FileError> {
    let read_error = |source| FileError::Read {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    fs::read(path).map_err(read_error)
}

pub fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, FileError> {
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // The valid prefix is UTF-8 by definition; lossy conversion only guards the impossible.
        let position = Position::of_offset(&String::from_utf8_lossy(valid), valid.len());
        FileError::NotText {
            path: path.to_path_buf(),
            line: position.line,
            column: position.column,
        }
    })?;
    if text.trim().is_empty() {
        return Err(FileError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

/// Parses RON text into `T`, turning the parser's error into one with file, line and column.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, FileError> {
    ron::Options::default()
        .from_str(text)
        .map_err(|error| syntax_error(path, text, &error))
}

pub fn syntax_error(path: &Path, text: &str, error: &ron::error::SpannedError) -> FileError {
    use ron::Error;
    let mut message = in_words(&error.code);
    // A parser that stops at the end of the text was cut off, whatever it expected; an error
    // with text after it (a one-line file that is no RON at all) was not.
    let end = Position::of_offset(text, text.trim_end().len());
    let reached_the_end = (error.span.end.line, error.span.end.col) >= (end.line, end.column)
        || matches!(
            error.code,
            Error::ExpectedStringEnd | Error::UnclosedBlockComment
        );
    if reached_the_end && !matches!(error.code, Error::Eof) {
        message = format!("the file ends too early: it looks cut off (truncated). {message}");
    }
    FileError::Syntax {
        path: path.to_path_buf(),
        line: error.span.start.line,
        column: error.span.start.col,
        message,
    }
}

/// Whether the parser stopped before the text's first group of fields: the text does not
/// start with `(`, so it is no Tandem file at all (a note, a web page, a number).
pub fn starts_without_fields(error: &ron::error::SpannedError) -> bool {
    use ron::Error;
    matches!(
        error.code,
        Error::ExpectedDifferentStructName { .. }
            | Error::ExpectedNamedStructLike(_)
            | Error::ExpectedStructLike
            | Error::ExpectedStructName(_)
            | Error::ExpectedAttribute
    )
}

/// The parser's error in a facilitator's words: the file's own field names and values, never
/// the names of the program's types (ron's own messages name them: "Expected struct
/// `VersionProbe`").
fn in_words(code: &ron::Error) -> String {
    use ron::Error;
    let listed = |names: &[&str]| {
        names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match code {
        Error::Eof => String::from(
            "the file ends too early: it looks cut off (truncated); a closing bracket or value is missing",
        ),
        Error::ExceededRecursionLimit => String::from(
            "the data is nested too deeply (over 128 levels); no Tandem file looks like this",
        ),
        Error::Message(message) => message.clone(),
        Error::ExpectedString => String::from("expected text in double quotes here"),
        Error::ExpectedInteger => String::from("expected a whole number here"),
        Error::ExpectedBoolean => String::from("expected `true` or `false` here"),
        Error::ExpectedOption => {
            String::from("expected `Some(...)` or `None` here (this value is optional)")
        }
        Error::ExpectedDifferentStructName { found, .. } => {
            format!("expected `(` to open a group of fields here, but found `{found}`")
        }
        Error::ExpectedNamedStructLike(_)
        | Error::ExpectedStructLike
        | Error::ExpectedStructName(_) => {
            String::from("expected `(` to open a group of fields here")
        }
        Error::ExpectedAttribute => String::from(
            "unexpected `#` here: a Tandem file holds data in brackets, not headings or notes",
        ),
        Error::UnexpectedChar(found) => format!("unexpected character `{found}` here"),
        Error::TrailingCharacters => {
            String::from("unexpected text after the end of the data (its last closing bracket)")
        }
        Error::NoSuchStructField {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not a field here; the fields here are {}",
                listed(expected)
            )
        }
        Error::MissingStructField { field, .. } => format!("the field `{field}` is missing here"),
        Error::DuplicateStructField { field, .. } => {
            format!("the field `{field}` is given twice here")
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not one of the choices here: {}",
                listed(expected)
            )
        }
        // serde names the expected type ("struct Workshop"): say what it looks like instead.
        Error::InvalidValueForType { expected, found } if expected.starts_with("struct ") => {
            format!("expected a group of fields in `(...)` here, but found {found}")
        }
        other => other.to_string(),
    }
}

/// Whether the text is RON at all, whatever its shape.
pub fn is_valid_ron(text: &str) -> bool {
    ron::Options::default().from_str::<ron::Value>(text).is_ok()
}
