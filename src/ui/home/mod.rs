//! The home screen: the workshops in the folder, sorted and filtered, and the ones chosen to
//! compare.

pub mod library;
mod natural_order;
pub mod sort_key;
pub(super) mod view;
