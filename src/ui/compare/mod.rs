//! Comparing workshops over time: the comparison screen, the lines it keeps, and its tables.

mod date_axis;
pub mod lines;
mod steps;
mod tables;
pub(super) mod view;
