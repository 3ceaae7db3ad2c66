//! An import waiting on the facilitator (the same rows again?), and the last import kept
//! so it can be taken back: what [`super::open_workshop::OpenWorkshop`] holds of imports.

use std::path::PathBuf;

use crate::domain::Workshop;
use crate::import::Imported;

/// A survey file whose rows the workshop already took, until the facilitator says whether
/// to import them again.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub path: PathBuf,
    pub imported: Imported,
}

/// The last import, while it is the last change: the workshop just before and just after
/// it, so undoing takes out exactly what it added and keeps whatever came from elsewhere
/// since (a three-way merge, as for the file).
#[derive(Clone, Debug, PartialEq)]
pub struct UndoImport {
    pub path: PathBuf,
    pub count: usize,
    pub(super) before: Workshop,
    pub(super) after: Workshop,
}
