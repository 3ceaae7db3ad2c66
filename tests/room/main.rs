//! Room mode: phones answering over HTTP on loopback, hostile and slow clients, the phone pages in every language.
//!
//! One test binary per concern: each links the whole app once, and one failing test does
//! not stop the others in it from running.

#[path = "../common/mod.rs"]
mod common;

mod room;
mod room_hostile;
mod room_languages;
