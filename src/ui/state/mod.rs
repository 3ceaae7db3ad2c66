//! What the app keeps and how it changes: the screen on show, the notice, the commands every
//! click becomes, the file dialogs and typed paths, and the background work that reports back.

mod app_commands;
pub mod app_state;
pub mod background;
pub mod command;
mod dialog_commands;
pub mod effects;
pub mod event;
pub mod file_name;
pub mod file_purpose;
pub mod notice;
pub mod path_entry;
pub mod screen;
