//! What leaves Tandem as text — every export and report, and what the command line prints —
//! holds nothing that could steer a terminal or disguise text: no control character but
//! newline and tab, and no bidirectional control. Participant text is cleaned on the way in
//! (`participant_text::clean`); this is the same rule on the way out, for files written
//! before that and for every other text (titles, agreements, a questionnaire's labels).

use std::borrow::Cow;

use crate::domain::participant_text::is_unsafe;

/// `text` without the characters `participant_text::clean` removes (a CR before a newline
/// goes too, so a line ends in `\n` alone); borrowed when it has none, as nearly all do.
pub fn safe(text: &str) -> Cow<'_, str> {
    if text.contains(is_unsafe) {
        Cow::Owned(text.chars().filter(|c| !is_unsafe(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// [`safe`] for a text the caller owns: no copy when it is already safe.
pub fn safe_owned(text: String) -> String {
    if text.contains(is_unsafe) {
        text.chars().filter(|c| !is_unsafe(*c)).collect()
    } else {
        text
    }
}

/// `value` as pretty JSON without those characters, raw or escaped (`\u001b`, `\r`), so a
/// script that prints a decoded string (`jq -r`) prints none either.
pub fn safe_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let json = serde_json::to_string_pretty(value)?;
    let mut out = String::with_capacity(json.len());
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if !is_unsafe(c) {
                out.push(c);
            }
            continue;
        }
        // serde_json writes a control character as `\b`, `\f`, `\r` or `\u00XX` (and `\n`,
        // `\t`, which stay), every other character as itself.
        let Some(escaped) = chars.next() else {
            break;
        };
        match escaped {
            'b' | 'f' | 'r' => {}
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                if !decoded.is_some_and(is_unsafe) {
                    out.push_str("\\u");
                    out.push_str(&hex);
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_go_and_lines_tabs_and_letters_stay() {
        assert_eq!(safe("plain, ça va 👍\n\tnext"), "plain, ça va 👍\n\tnext");
        assert!(matches!(safe("plain"), Cow::Borrowed(_)));
        assert_eq!(
            safe("a\u{1b}]0;x\u{7}b\0c\r\nd\re\u{202E}f\u{85}g\u{7f}"),
            "a]0;xbc\ndefg"
        );
        assert_eq!(safe_owned(String::from("x\u{2066}y\r\n")), "xy\n");
    }

    #[test]
    fn json_keeps_its_escapes_but_none_that_decode_to_a_control() {
        let hostile = "t\u{1b}]0;x\u{7}\0\r\n\u{202E}\u{8}\u{c}\"\\u001b\t\u{85}é";
        let json = safe_json(&serde_json::json!({ "title": hostile, "n": 1.5 })).unwrap();
        let decoded: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(decoded["title"], "t]0;x\n\"\\u001b\té");
        assert_eq!(decoded["n"], 1.5);
        assert!(!json.contains(is_unsafe), "{json:?}");
    }
}
