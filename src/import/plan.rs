//! Every column of a file placed: a question, a dropped identity or time column, or ignored
//! on the facilitator's word. Anything else stops the import, naming every unknown column.

use super::columns::Column;
use super::error::{ImportError, Message};
use super::identity::DropReason;
use super::mapping::ColumnMapping;
use super::table::Table;
use super::words::fold;
use crate::domain::Questionnaire;

/// A column dropped because it would say who answered or when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub header: String,
    pub reason: DropReason,
}

pub struct Plan {
    /// Each column's header as written, with what it holds.
    pub columns: Vec<(String, Column)>,
}

impl Plan {
    pub fn new(
        table: &Table,
        questionnaire: &Questionnaire,
        mapping: &ColumnMapping,
    ) -> Result<Self, ImportError> {
        // A column without a header is named by its place, in errors and in the mapping.
        let shown: Vec<String> = table
            .header
            .iter()
            .enumerate()
            .map(|(index, header)| {
                if header.trim().is_empty() {
                    format!("column {} (no header)", index + 1)
                } else {
                    header.clone()
                }
            })
            .collect();
        if let Some(missing) = mapping.missing_from(&shown) {
            return Err(ImportError::in_header(
                missing,
                Message::new("import-error-mapped-missing"),
            ));
        }
        let mut columns = Vec::with_capacity(table.header.len());
        let mut unknown = Vec::new();
        for (index, (header, shown)) in table.header.iter().zip(&shown).enumerate() {
            let column = match mapping.column(shown, questionnaire) {
                Some(mapped) => Some(mapped?),
                None if header.trim().is_empty() && column_is_empty(table, index) => {
                    Some(Column::Ignored)
                }
                None => Column::recognise(header, questionnaire),
            };
            match column {
                Some(column) => columns.push((shown.clone(), column)),
                None => unknown.push(shown.clone()),
            }
        }
        if !unknown.is_empty() {
            return Err(ImportError::unknown(unknown));
        }
        let plan = Self { columns };
        plan.check_each_question_once()?;
        plan.check_required(questionnaire)?;
        Ok(plan)
    }

    pub fn dropped(&self) -> Vec<Dropped> {
        self.columns
            .iter()
            .filter_map(|(header, column)| match column {
                Column::Dropped(reason) => Some(Dropped {
                    header: header.clone(),
                    reason: *reason,
                }),
                _ => None,
            })
            .collect()
    }

    fn check_each_question_once(&self) -> Result<(), ImportError> {
        for (index, (header, column)) in self.columns.iter().enumerate() {
            let Some(question) = column.question() else {
                continue;
            };
            let earlier = self.columns[..index]
                .iter()
                .find(|(_, other)| other.question().as_ref() == Some(&question));
            if let Some((first, _)) = earlier {
                return Err(ImportError::in_header(
                    header,
                    if fold(first) == fold(header) {
                        Message::new("import-error-twice")
                    } else {
                        Message::new("import-error-answered-twice")
                            .with("question", question)
                            .with("first", first.as_str())
                    },
                ));
            }
        }
        Ok(())
    }

    fn check_required(&self, questionnaire: &Questionnaire) -> Result<(), ImportError> {
        let has = |wanted: &Column| self.columns.iter().any(|(_, column)| column == wanted);
        if !has(&Column::Function) {
            return Err(ImportError::new(
                Some(1),
                Message::new("import-error-no-function-column"),
            ));
        }
        if !has(&Column::Relationship) {
            return Err(ImportError::new(
                Some(1),
                Message::new("import-error-no-relationship-column")
                    .with("prompt", questionnaire.relationship.prompt.as_str()),
            ));
        }
        Ok(())
    }
}

fn column_is_empty(table: &Table, index: usize) -> bool {
    table.rows.iter().all(|row| {
        row.cells
            .get(index)
            .is_none_or(|cell| cell.trim().is_empty())
    })
}
