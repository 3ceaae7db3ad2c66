use crate::domain::ResponseProblem;
use crate::storage::SaveError;

/// Why answers did not enter the workshop; the workshop is as it was.
#[derive(Debug, thiserror::Error)]
pub enum NotAdded {
    /// They do not fit the workshop's questionnaire.
    #[error("{0}")]
    Invalid(#[from] ResponseProblem),
    /// The workshop file could not be written, so they are not counted.
    #[error("{0}")]
    NotSaved(#[from] SaveError),
}
