//! What is wrong with a survey file, and where: the row (as the file counts it), the column
//! (its header as the file wrote it), the value, and what would have been accepted, kept as a
//! message id with its arguments so the app and the command line say it in their language.

use crate::i18n::{Arg, Language};

/// A message's argument: a text, a count (which also picks plural forms), or a message of
/// its own said in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Count(usize),
    Message(Message),
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<usize> for MessageArg {
    fn from(count: usize) -> Self {
        Self::Count(count)
    }
}

impl From<Message> for MessageArg {
    fn from(message: Message) -> Self {
        Self::Message(message)
    }
}

/// A message of assets/translations (`import-error-…`) with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    /// A boxed slice keeps [`ImportError`] small.
    pub args: Box<[(&'static str, MessageArg)]>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Box::default(),
        }
    }

    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        let mut args = self.args.into_vec();
        args.push((name, value.into()));
        self.args = args.into_boxed_slice();
        self
    }

    /// The message in `language`, with `extra` arguments besides its own.
    pub fn describe(&self, language: Language, extra: &[(&str, Arg<'_>)]) -> String {
        let mut args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => Arg::from(text.as_str()),
                    MessageArg::Count(count) => Arg::from(*count),
                    MessageArg::Message(inner) => Arg::from(inner.describe(language, &[])),
                };
                (*name, value)
            })
            .collect();
        args.extend(extra.iter().cloned());
        language.text_with(self.id, &args)
    }
}

/// Rows count from 1, the header being row 1. `Display` is English (logs, the tests);
/// [`ImportError::describe`] says it in a language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub struct ImportError {
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: Message,
    /// The columns Tandem cannot place, when that is the problem: the app asks the
    /// facilitator what each one is, the command line names `--map` and `--ignore`.
    pub unknown_columns: Vec<String>,
}

impl ImportError {
    pub(crate) fn new(row: Option<usize>, message: Message) -> Self {
        Self {
            row,
            column: None,
            value: None,
            message,
            unknown_columns: Vec::new(),
        }
    }

    pub(crate) fn at(row: usize, column: &str, value: &str, message: Message) -> Self {
        Self {
            row: Some(row),
            column: Some(column.to_owned()),
            value: Some(value.to_owned()),
            message,
            unknown_columns: Vec::new(),
        }
    }

    /// A problem with a column as a whole (row 1, no value).
    pub(crate) fn in_header(column: &str, message: Message) -> Self {
        Self {
            row: Some(1),
            column: Some(column.to_owned()),
            value: None,
            message,
            unknown_columns: Vec::new(),
        }
    }

    pub(crate) fn unknown(columns: Vec<String>) -> Self {
        let named = columns
            .iter()
            .map(|column| format!("`{column}`"))
            .collect::<Vec<_>>()
            .join(", ");
        Self {
            row: Some(1),
            column: columns.first().cloned(),
            value: None,
            message: Message::new("import-error-unknown-columns")
                .with("columns", named)
                .with("count", columns.len()),
            unknown_columns: columns,
        }
    }

    /// The whole message in `language`: where (row, column), then what, with the value.
    pub fn describe(&self, language: Language) -> String {
        let value = self.value.as_deref().unwrap_or_default();
        let message = self.message.describe(language, &[("value", value.into())]);
        let row = self.row.map(|row| row.to_string());
        let column = self
            .column
            .as_deref()
            .filter(|_| self.unknown_columns.is_empty());
        match (row, column) {
            (Some(row), Some(column)) => language.text_with(
                "import-error-row-column",
                &[
                    ("row", row.into()),
                    ("column", column.into()),
                    ("message", message.into()),
                ],
            ),
            (Some(row), None) => language.text_with(
                "import-error-row",
                &[("row", row.into()), ("message", message.into())],
            ),
            (None, Some(column)) => language.text_with(
                "import-error-column",
                &[("column", column.into()), ("message", message.into())],
            ),
            (None, None) => message,
        }
    }
}
