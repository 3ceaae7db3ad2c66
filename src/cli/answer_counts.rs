//! How many answers a workshop holds, as the command line says it to the facilitator: every
//! answer in the file, held ones too, and how many of those wait since the reveal, in the
//! words the app's Capture stage uses.

use crate::domain::{Function, Workshop};
use crate::i18n::Language;

/// " (2 held back until 3 are in)" after a function's count, or nothing when none wait.
pub fn held_note(workshop: &Workshop, function: Function, language: Language) -> String {
    let held = workshop.held_back(function);
    if held == 0 {
        return String::new();
    }
    let floor = workshop.settings.anonymity_floor.value() as usize;
    let until = language.text_with(
        "capture-held-until",
        &[("count", held.into()), ("floor", floor.into())],
    );
    format!(" ({until})")
}
