//! Room mode: participants answer on their phones over the local network. The panel that opens
//! the room, its commands, the join QR code, and what Capture and the projector show of it.

pub mod qr_matrix;
mod room_commands;
pub mod room_panel;
pub(in crate::ui) mod room_view;
