//! An import waiting on the facilitator (the same rows again?), and the last import kept
//! so it can be taken back: what [`super::open_workshop::OpenWorkshop`] holds of imports.

use std::path::PathBuf;

use crate::domain::{ImportRecord, Responses};
use crate::import::Imported;

/// A survey file whose rows the workshop already took, until the facilitator says whether
/// to import them again.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub path: PathBuf,
    pub imported: Imported,
}

/// The last import, while it is the last change: what the answers were before it.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoImport {
    pub path: PathBuf,
    pub count: usize,
    pub(super) before: AnswersBefore,
}

/// A workshop's answers and imports at one moment, to go back to.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct AnswersBefore {
    pub(super) responses: Responses,
    pub(super) held: Responses,
    pub(super) imports: Vec<ImportRecord>,
}
