//! Keeping exported text from running as a spreadsheet formula (CSV injection). A comment
//! such as `=HYPERLINK(…)`, `+cmd|…`, `-2+3` or `@SUM(…)` would run when the CSV is opened;
//! OWASP's advice is a leading apostrophe, which spreadsheets show as text and hide.

use std::borrow::Cow;

/// First characters a spreadsheet reads as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` needs a guard apostrophe: it starts a formula, or it already starts with
/// an apostrophe that [`unguard`] would take for a guard.
fn needs_guard(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if FORMULA_STARTS.contains(&first) => true,
        Some('\'') => chars
            .next()
            .is_some_and(|second| second == '\'' || FORMULA_STARTS.contains(&second)),
        _ => false,
    }
}

/// The text as written to a CSV cell: with a leading apostrophe when it could run as a
/// formula. [`unguard`] gives back exactly the original text.
pub fn guard(text: &str) -> Cow<'_, str> {
    if needs_guard(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text a guarded cell holds: the guard apostrophe removed, nothing else.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn formulas_are_guarded_and_come_back_exactly() {
        for (text, written) in [
            (
                "=HYPERLINK(\"http://x\",\"click\")",
                "'=HYPERLINK(\"http://x\",\"click\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\tleading tab", "'\tleading tab"),
            ("'=already quoted", "''=already quoted"),
            ("''", "'''"),
            ("'plain", "'plain"),
            ("Deals drive the roadmap", "Deals drive the roadmap"),
            ("", ""),
        ] {
            assert_eq!(guard(text), written);
            assert_eq!(unguard(written), text);
        }
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "['=+@\\-\\t\\r a-z]{0,6}|\\PC{0,12}") {
            let guarded = guard(&text);
            prop_assert_eq!(unguard(&guarded), text.as_str());
            prop_assert!(!guarded.starts_with(FORMULA_STARTS));
        }
    }
}
