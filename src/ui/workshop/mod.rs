//! An open workshop: what it holds and what changes it (edits, survey imports), the stepper
//! across its stages, the export buttons; the room for phones and one file per stage below.

pub mod access;
mod edit;
pub(crate) mod export_buttons;
pub mod file_status;
pub mod file_sync;
pub mod findings_view;
pub mod import_commands;
pub(super) mod import_mapping;
pub mod open_workshop;
pub mod pending_import;
pub mod room;
pub(super) mod stages;
pub mod stepper;
pub mod workshop_commands;
pub mod workshop_view;
