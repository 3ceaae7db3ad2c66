//! Escaping text for HTML and SVG, which the HTML report, its charts and the comparison
//! report all need, and for Markdown: one module they use, so none of them imports another
//! for it.

/// Escapes text for HTML (and SVG) content and attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Keeps user text from turning into Markdown structure (tables, emphasis, links, HTML).
pub fn escape_markdown(text: &str) -> String {
    backslashed(text, |c| {
        matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '#'
        )
    })
}

/// Keeps text in a line of Markdown from turning into structure: emphasis, code, links or
/// HTML (an action's asterisks, backticks, "[…](…)" or "<img>"). "#" and "|" start nothing
/// inside a list's line, so Tandem's own "#1 → #2" stays as it reads; a table's cell needs
/// [`escape_markdown`].
pub fn escape_inline(text: &str) -> String {
    backslashed(text, |c| {
        matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>')
    })
}

/// `text` on one line, with a backslash before each character `special` names.
fn backslashed(text: &str, special: impl Fn(char) -> bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => escaped.push(' '),
            c if special(c) => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}
