//! What is wrong with a survey file, and where: the row (as the file counts it), the column
//! (its header as the file wrote it), the value, and what would have been accepted.

/// Rows count from 1, the header being row 1.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct ImportError {
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
    /// The columns Tandem cannot place, when that is the problem: the app asks the
    /// facilitator what each one is, the command line names `--map` and `--ignore`.
    pub unknown_columns: Vec<String>,
}

impl ImportError {
    pub(crate) fn new(row: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            row,
            column: None,
            value: None,
            message: message.into(),
            unknown_columns: Vec::new(),
        }
    }

    pub(crate) fn at(row: usize, column: &str, value: &str, message: impl Into<String>) -> Self {
        Self {
            row: Some(row),
            column: Some(column.to_owned()),
            value: Some(value.to_owned()),
            message: message.into(),
            unknown_columns: Vec::new(),
        }
    }

    /// A problem with a column as a whole (row 1, no value).
    pub(crate) fn in_header(column: &str, message: impl Into<String>) -> Self {
        Self {
            row: Some(1),
            column: Some(column.to_owned()),
            value: None,
            message: message.into(),
            unknown_columns: Vec::new(),
        }
    }

    pub(crate) fn unknown(columns: Vec<String>) -> Self {
        let named = columns
            .iter()
            .map(|column| format!("`{column}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let (one, it) = if columns.len() == 1 {
            ("is not a question", "say what it is")
        } else {
            ("are not questions", "say what each is")
        };
        Self {
            row: Some(1),
            column: columns.first().cloned(),
            value: None,
            message: format!(
                "{named} {one} of the questionnaire; {it} with --map \"Header=key\" or --ignore \"Header\" (in the app: choose in the mapping step)"
            ),
            unknown_columns: columns,
        }
    }

    fn describe(&self) -> String {
        if !self.unknown_columns.is_empty() {
            return format!("row 1: {}", self.message);
        }
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
