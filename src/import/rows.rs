//! One row of a survey file read into a [`Response`], by its words (see [`super::words`]).

use super::columns::Column;
use super::error::{ImportError, Message};
use super::plan::Plan;
use super::table::Row;
use super::words;
use crate::domain::{Function, Questionnaire, Relationship, Response};
use crate::export::spreadsheet_safe::unguard;

impl Plan {
    pub fn response(
        &self,
        row: &Row,
        questionnaire: &Questionnaire,
    ) -> Result<Response, ImportError> {
        if row.cells.len() != self.columns.len() {
            return Err(ImportError::new(
                Some(row.number),
                Message::new("import-error-field-count")
                    .with("fields", row.cells.len())
                    .with("header", self.columns.len()),
            ));
        }
        let mut function = None;
        let mut relationship = None;
        let mut response = Response::new(Function::Sales, Relationship::MostlyAligned);
        for ((header, column), raw) in self.columns.iter().zip(&row.cells) {
            let at = |message: Message| ImportError::at(row.number, header, raw, message);
            let value = raw.trim();
            match column {
                Column::Function => {
                    function = Some(
                        words::function(value)
                            .ok_or_else(|| at(Message::new("import-error-not-function")))?,
                    );
                }
                Column::Relationship => {
                    relationship = Some(
                        words::relationship(value, questionnaire)
                            .ok_or_else(|| at(words::relationship_accepted(questionnaire)))?,
                    );
                }
                Column::Statement(key) => {
                    let rating = words::agreement(value).map_err(|words::NotAnAnswer| {
                        at(if value.chars().all(|c| c.is_ascii_digit() || c == '.') {
                            words::rating_accepted()
                        } else {
                            words::agreement_accepted()
                        })
                    })?;
                    if let Some(rating) = rating {
                        response.ratings.insert(key.clone(), rating);
                    }
                }
                Column::Sources => {
                    let keys = words::sources(value, questionnaire).map_err(|part| {
                        ImportError::at(row.number, header, &part, sources_accepted(questionnaire))
                    })?;
                    response.sources.extend(keys.into_iter().map(str::to_owned));
                }
                Column::Source(key) => {
                    if checked(value, key, questionnaire).map_err(|()| {
                        at(Message::new("import-error-not-checkbox")
                            .with("label", label_of(key, questionnaire)))
                    })? {
                        response.sources.insert(key.clone());
                    }
                }
                // Exports guard comments that look like formulas; the guard goes again here.
                Column::FrictionComment => {
                    response.friction_comment = Some(unguard(raw).to_owned());
                }
                Column::WorksWellComment => {
                    response.works_well_comment = Some(unguard(raw).to_owned());
                }
                Column::Dropped(_) | Column::Ignored => {}
            }
        }
        let (Some(function), Some(relationship)) = (function, relationship) else {
            return Err(ImportError::new(
                Some(row.number),
                Message::new("import-error-needs-answers"),
            ));
        };
        response.function = function;
        response.relationship = relationship;
        Ok(response.normalized())
    }
}

fn sources_accepted(questionnaire: &Questionnaire) -> Message {
    let labels: Vec<String> = questionnaire
        .sources
        .iter()
        .map(|source| format!("\"{}\" ({})", source.label, source.key))
        .collect();
    Message::new("import-error-not-source").with("sources", labels.join(", "))
}

fn label_of<'q>(key: &str, questionnaire: &'q Questionnaire) -> &'q str {
    questionnaire
        .source(key)
        .map_or("", |source| source.label.as_str())
}

/// One checkbox column: empty is not ticked; its label, its key, yes, true, x or 1 is.
fn checked(value: &str, key: &str, questionnaire: &Questionnaire) -> Result<bool, ()> {
    let folded = words::fold(value);
    if matches!(folded.as_str(), "" | "0" | "no" | "false") {
        return Ok(false);
    }
    if matches!(folded.as_str(), "1" | "yes" | "true" | "x")
        || words::source(value, questionnaire) == Some(key)
    {
        return Ok(true);
    }
    Err(())
}
