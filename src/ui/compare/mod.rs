//! Comparing workshops over time: the comparison screen and its tables.

mod tables;
pub(super) mod view;
