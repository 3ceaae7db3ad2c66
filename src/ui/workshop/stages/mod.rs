//! The workshop's stages as the facilitator walks them (Setup, Framing, Capture, Reveal, Diagnose,
//! Agree, Close), one file each, with the helpers only the stages use.

pub mod agree;
pub mod capture;
pub mod close;
pub mod diagnose;
pub mod framing;
pub mod reveal;
mod reveal_gate;
pub mod setup;
mod title_row;
