//! The command line, run as a user runs it.
//!
//! One test binary per concern: each links the whole app once, and one failing test does
//! not stop the others in it from running.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test's unwrap is its failure message"
)]

#[path = "../common/mod.rs"]
mod common;

mod commands;
mod evidence;
mod held_counts;
mod import_mapping;
mod import_wild;
mod raw_escapes;
mod raw_responses;
mod version;
