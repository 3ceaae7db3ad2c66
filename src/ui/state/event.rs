use std::path::PathBuf;

use super::file_purpose::{DialogAnswer, FilePurpose};
use crate::room::Submission;
use crate::storage::scan_task::ScanEvent;

/// What work off the UI thread reports back. Every report travels through the app's one
/// inbox ([`super::background::Background`]), which wakes the UI when it arrives; the state
/// drains it in [`super::app_state::AppState::tick`].
#[derive(Debug)]
pub enum Event {
    /// A file dialog closed: the file chosen, cancelled, or no dialog could be shown.
    DialogClosed(FilePurpose, DialogAnswer),
    /// An export finished: the file written, or why it could not be.
    ExportFinished(Result<PathBuf, String>),
    /// What a library scan found; `generation` tells a rescan's events from a stale scan's.
    Scan { generation: u64, event: ScanEvent },
    /// A phone's finished answer, waiting to be saved before the phone is thanked.
    RoomAnswer(Submission),
}
