//! The audience view: what the room sees on the projector, apart from the facilitator's
//! console. It follows the workshop's stage, speaks the workshop's language (the
//! participants'), and holds no control, text box, hover effect, notice, note or held-back
//! detail; while participant mode runs it shows Capture's counts, never the kiosk.
//! Shown in a window of its own (`audience_window.rs`), or in the main window in
//! presentation mode when there is one screen.

pub mod audience_state;
pub mod audience_view;
pub mod audience_window;
mod bars;
pub mod look;
mod stage_views;
