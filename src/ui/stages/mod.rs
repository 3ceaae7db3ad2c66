//! One file per workshop stage.

pub mod agree;
pub mod capture;
pub mod close;
pub mod diagnose;
pub mod framing;
pub mod reveal;
mod reveal_gate;
pub mod setup;
