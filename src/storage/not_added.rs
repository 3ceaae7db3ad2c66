use std::path::Path;

use super::error::SaveError;
use super::workshop_file::save_workshop;
use crate::domain::{Response, ResponseProblem, Workshop};

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

/// The one way answers reach a workshop file, whoever gave them (kiosk, CSV in the app,
/// phones): submitted (checked, and held back after the reveal), then saved atomically
/// before anyone is told they count. If the save fails they are taken back out.
pub fn submit_and_save(
    path: &Path,
    workshop: &mut Workshop,
    responses: impl IntoIterator<Item = Response>,
) -> Result<(), NotAdded> {
    let before = (workshop.responses.clone(), workshop.held.clone());
    workshop.submit(responses)?;
    save_workshop(path, workshop).map_err(|error| {
        (workshop.responses, workshop.held) = before;
        NotAdded::from(error)
    })
}
