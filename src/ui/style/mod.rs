//! How the screens look: both themes' colours and the type sizes, shared widgets (a
//! calendar among them), the language the screens speak, and long pages that build only the
//! rows in view.

pub(super) mod culled_rows;
pub(super) mod date_picker;
pub(super) mod kept;
pub mod language_ui;
pub mod theme;
pub(super) mod widgets;
