//! What the facilitator says about columns Tandem cannot place: `--map "Header=key"` and
//! `--ignore "Header"` on the command line, the mapping step in the app. Headers match as
//! questions do (ignoring case, spacing, punctuation and typographic quotes).

use serde::{Deserialize, Serialize};

use super::columns::Column;
use super::error::{ImportError, Message};
use super::words::fold;
use crate::domain::Questionnaire;

/// What one column is, on the facilitator's word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapTo {
    /// A key as Tandem's own CSV writes it: a statement key, `friction_comment`, …
    Key(String),
    Ignore,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// Headers as the file wrote them, each with what it is.
    pub columns: Vec<(String, MapTo)>,
}

impl ColumnMapping {
    /// Reads `--map` and `--ignore` arguments. `--map` is `Header=key`; the header may hold
    /// `=` itself, the key never does.
    pub fn from_arguments(maps: &[String], ignores: &[String]) -> Result<Self, Message> {
        let mut mapping = Self::default();
        for map in maps {
            let Some((header, key)) = map.rsplit_once('=') else {
                return Err(Message::new("import-error-bad-map").with("map", map.as_str()));
            };
            mapping
                .columns
                .push((header.trim().to_owned(), MapTo::Key(key.trim().to_owned())));
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
