//! Translations: every text a participant or a reader of the exports sees comes from one
//! Fluent file per language (`assets/translations/*.ftl`, compiled in), and numbers and dates
//! are written as each language writes them.

pub mod language;
pub mod numbers;
pub mod translations;

pub use language::{Language, UnknownLanguage};
pub use translations::Arg;
