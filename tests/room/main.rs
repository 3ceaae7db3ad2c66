//! Room mode: phones answering over HTTP on loopback, hostile and slow clients, the phone pages in every language.
//!
//! One test binary per concern: each links the whole app once, and one failing test does
//! not stop the others in it from running.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test's unwrap is its failure message"
)]
#![allow(
    clippy::disallowed_methods,
    reason = "network timeouts and a server's speed are real time, not the app's clock"
)]

#[path = "../common/mod.rs"]
mod common;

mod participant_text;
mod room;
mod room_hostile;
mod room_languages;
mod room_load;
