//! Comparing workshops over time: the comparison screen, the lines it keeps, and its tables.

pub mod lines;
mod steps;
mod tables;
pub(super) mod view;
