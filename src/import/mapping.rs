//! What the facilitator says about columns Tandem cannot place: `--map "Header=key"` and
//! `--ignore "Header"` on the command line, the mapping step in the app. Headers match as
//! questions do (ignoring case, spacing, punctuation and typographic quotes).

use serde::{Deserialize, Serialize};

use super::columns::Column;
use super::error::{ImportError, Message};
use super::words::fold;
use crate::domain::Questionnaire;

/// What one column is, on the facilitator's word. Stored in `import-mappings.json` as
/// `{"Key": "trust"}` or `"Ignore"`; every kind of column fits in a key, so files written by
/// earlier versions still load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapTo {
    /// A key as Tandem's own CSV writes it: `function` (or `team`), `relationship`, a
    /// statement key, `sources`, a source key (its checkbox column), `friction_comment`,
    /// `works_well_comment`.
    Key(String),
    Ignore,
}

/// What the mapping step offers an unknown column besides ignoring it, in the
/// questionnaire's order: the team, the relationship, each statement, the sources (every
/// source in one cell), each comment — those that no column of `taken` answers yet. One
/// source's checkbox column is not offered: tools write the option's words in its cells,
/// which match no source when its header did not (`--map` still takes a source key).
pub fn offered_columns(questionnaire: &Questionnaire, taken: &[Column]) -> Vec<Column> {
    let mut columns = vec![Column::Function, Column::Relationship];
    columns.extend(
        questionnaire
            .statements
            .iter()
            .map(|statement| Column::Statement(statement.key.clone())),
    );
    columns.extend([
        Column::Sources,
        Column::FrictionComment,
        Column::WorksWellComment,
    ]);
    columns.retain(|column| !taken.iter().any(|other| column.answers_as(other)));
    columns
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// Headers as the file wrote them, each with what it is.
    pub columns: Vec<(String, MapTo)>,
}

impl ColumnMapping {
    /// Reads `--map` and `--ignore` arguments. `--map` is `Header=key`; the header may hold
    /// `=` itself, the key never does. Keys are lowercase, so `Team` is read as `team`.
    pub fn from_arguments(maps: &[String], ignores: &[String]) -> Result<Self, Message> {
        let mut mapping = Self::default();
        for map in maps {
            let Some((header, key)) = map.rsplit_once('=') else {
                return Err(Message::new("import-error-bad-map").with("map", map.as_str()));
            };
            mapping.columns.push((
                header.trim().to_owned(),
                MapTo::Key(key.trim().to_lowercase()),
            ));
        }
        for header in ignores {
            mapping
                .columns
                .push((header.trim().to_owned(), MapTo::Ignore));
        }
        Ok(mapping)
    }

    pub fn for_header(&self, header: &str) -> Option<&MapTo> {
        let folded = fold(header);
        self.columns
            .iter()
            .find(|(mapped, _)| fold(mapped) == folded)
            .map(|(_, to)| to)
    }

    /// The column a mapped header is, or why the key does not fit.
    pub(crate) fn column(
        &self,
        header: &str,
        questionnaire: &Questionnaire,
    ) -> Option<Result<Column, ImportError>> {
        Some(match self.for_header(header)? {
            MapTo::Ignore => Ok(Column::Ignored),
            MapTo::Key(key) => Column::from_key(key, questionnaire)
                .ok_or_else(|| ImportError::at(1, header, key, keys_accepted(questionnaire))),
        })
    }

    /// A mapped header the file does not have (a typo in `--map` would otherwise go unseen).
    pub(crate) fn missing_from(&self, header: &[String]) -> Option<&str> {
        self.columns
            .iter()
            .map(|(mapped, _)| mapped.as_str())
            .find(|mapped| !header.iter().any(|h| fold(h) == fold(mapped)))
    }
}

fn keys_accepted(questionnaire: &Questionnaire) -> Message {
    let statements: Vec<&str> = questionnaire
        .statements
        .iter()
        .map(|s| s.key.as_str())
        .collect();
    let sources: Vec<&str> = questionnaire
        .sources
        .iter()
        .map(|s| s.key.as_str())
        .collect();
    Message::new("import-error-unknown-key")
        .with("statements", statements.join(", "))
        .with("sources", sources.join(", "))
}
