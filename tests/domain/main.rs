//! The domain without a window: metrics, rules, leave-one-out, storage, exports, comparison, translations, and the house rules of the source itself.
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

mod architecture;
mod chance;
mod compare;
mod compare_report;
mod crash_safety;
mod evidence;
mod examples;
mod exports;
mod file_truth;
mod held_back;
mod import_mapping;
mod import_wild;
mod leave_one_out;
mod metrics;
mod pdf_report;
mod rules_files;
mod rules_properties;
mod scenarios;
mod statement_floor;
mod storage;
mod translated_exports;
mod translations;
mod unsafe_code;
