use super::disk_copy::{DiskCopy, NotWritten, Written};
use crate::domain::{Response, ResponseProblem, Workshop};

/// Why answers did not enter the workshop; the workshop is as it was.
#[derive(Debug, thiserror::Error)]
pub enum NotAdded {
    /// They do not fit the workshop's questionnaire.
    #[error("{0}")]
    Invalid(#[from] ResponseProblem),
    /// The workshop file could not be written (or was changed elsewhere in a way that needs
    /// the facilitator), so they are not counted.
    #[error("{0}")]
    NotSaved(#[from] NotWritten),
}

/// The one way answers reach a workshop file, whoever gave them (kiosk, phones, a survey
/// file in the app or on the command line): submitted (checked, and held back after the
/// reveal), then saved through the file's [`DiskCopy`] before anyone is told they count.
/// If the save fails they are taken back out.
pub fn submit_and_save(
    disk: &mut DiskCopy,
    workshop: &mut Workshop,
    responses: impl IntoIterator<Item = Response>,
) -> Result<Written, NotAdded> {
    let before = (workshop.responses.clone(), workshop.held.clone());
    workshop.submit(responses)?;
    disk.save(workshop).map_err(|error| {
        (workshop.responses, workshop.held) = before;
        NotAdded::from(error)
    })
}
