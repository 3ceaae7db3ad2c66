//! The facilitator app driven as a facilitator and participants click through it (`egui_kittest`): every stage, the kiosk, the library, imports from the app, and the screens in every language.
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

mod about;
mod agree_compare;
mod app;
mod audience;
mod compare_dates;
mod compare_export;
mod console_details;
mod evidence;
mod file_truth;
mod import_mapping;
mod imports;
mod kiosk;
mod library;
mod presentation;
mod raw_export;
mod room_console;
mod room_firewall;
mod room_unseen;
mod said_aloud;
mod translated_errors;
mod translated_flow;
mod translated_kiosk;
mod translated_stages;
mod words;
mod words_statement_floor;
mod words_translated;
