//! The one sanitiser for what participants type (comments at the kiosk, on a phone, in a
//! survey file's cells): nothing that could steer a terminal or disguise text reaches a
//! workshop file — control characters other than newline and tab, and the bidirectional
//! controls that could make a comment read backwards on the projector — and no comment is
//! longer than the pages allow.

/// The longest comment, in characters: what the kiosk and the phone pages allow.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// `text` without what must never reach a file: C0 and C1 controls other than newline
/// and tab (a lone CR, ESC, BEL, NUL…), and the bidirectional embeddings, overrides,
/// isolates and marks. Line ends become newlines.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| !is_unsafe(*c))
        .collect()
}

/// Whether `c` is one [`clean`] removes.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_nul_and_bidi_overrides_are_removed_and_lines_kept() {
        assert_eq!(clean("a\u{1b}]0;pwned\u{7}b"), "a]0;pwnedb");
        assert_eq!(clean("x\0y\u{202E}z\u{2066}"), "xyz");
        assert_eq!(clean("one\r\ntwo\tthree\rfour"), "one\ntwo\tthreefour");
        assert_eq!(clean("Grüße, ça va — ¿sí? 👍"), "Grüße, ça va — ¿sí? 👍");
        assert!(!is_unsafe('\n') && !is_unsafe('\t') && is_unsafe('\u{85}'));
    }
}
