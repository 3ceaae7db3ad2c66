use std::path::PathBuf;

use super::file_purpose::FilePurpose;
use crate::room::Submission;
use crate::storage::scan_task::ScanEvent;

/// What work off the UI thread reports back. Every report travels through the app's one
/// inbox ([`super::background::Background`]), which wakes the UI when it arrives; the state
/// drains it in [`super::AppState::tick`].
#[derive(Debug)]
pub enum Event {
    /// A native file dialog closed: the file chosen, or `None` when cancelled.
    DialogClosed(FilePurpose, Option<PathBuf>),
    /// An export finished: the file written, `None` when its save dialog was cancelled.
    ExportFinished(Result<Option<PathBuf>, String>),
    /// What a library scan found; `generation` tells a rescan's events from a stale scan's.
    Scan { generation: u64, event: ScanEvent },
    /// A phone's finished answer, waiting to be saved before the phone is thanked.
    RoomAnswer(Submission),
}
