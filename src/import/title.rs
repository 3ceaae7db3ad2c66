//! A question title as a survey tool may write it in its export: Typeform keeps the form's
//! HTML emphasis (`<strong>…</strong>`) and escapes (`&amp;`). [`plain`] takes them out;
//! Markdown emphasis (`*…*`, `_…_`), emoji and repeated spaces need nothing here, since
//! [`super::words::fold`] reads every character that is no letter or digit as a space.

use std::borrow::Cow;

/// Inline tags, which sit inside words; any other tag (`<br>`, `<p>`) separates words.
const INLINE_TAGS: [&str; 9] = ["strong", "b", "em", "i", "u", "s", "span", "mark", "code"];

/// `title` without HTML tags, its escapes read.
pub fn plain(title: &str) -> Cow<'_, str> {
    if !title.contains(['<', '&']) {
        return Cow::Borrowed(title);
    }
    let mut plain = String::with_capacity(title.len());
    let mut rest = title;
    while let Some(start) = rest.find(['<', '&']) {
        plain.push_str(&rest[..start]);
        rest = &rest[start..];
        if let Some((replacement, length)) = tag(rest).or_else(|| escape(rest)) {
            plain.push_str(replacement);
            rest = &rest[length..];
        } else {
            // `<` or `&` on its own: one byte, kept.
            plain.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    plain.push_str(rest);
    Cow::Owned(plain)
}

/// A tag at the start of `text` (`<strong>`, `</em>`, `<br/>`, `<span class="x">`): what
/// stands for it, and its length.
fn tag(text: &str) -> Option<(&'static str, usize)> {
    let inner = text.strip_prefix('<')?;
    let close = inner.find('>')?;
    let body = &inner[..close];
    let name: String = body
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || body.contains('<') {
        return None;
    }
    let replacement = if INLINE_TAGS.contains(&name.as_str()) {
        ""
    } else {
        " "
    };
    Some((replacement, close + 2))
}

/// An HTML escape at the start of `text` (`&amp;`, `&nbsp;`, `&#39;`): its character, and
/// its length.
fn escape(text: &str) -> Option<(&'static str, usize)> {
    let end = text.get(..12).unwrap_or(text).find(';')?;
    let replacement = match &text[1..end] {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" | "#39" | "#x27" => "'",
        "nbsp" | "#160" => " ",
        _ => return None,
    };
    Some((replacement, end + 1))
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn tags_go_and_escapes_are_read() {
        assert_eq!(
            plain("<strong>Which team</strong> are you in?"),
            "Which team are you in?"
        );
        assert_eq!(
            plain("Sales &amp; product<br/>today"),
            "Sales & product today"
        );
        assert_eq!(plain("<span class=\"x\">a</span>&#39;b"), "a'b");
        assert_eq!(plain("1 < 2 & 3 > 2, <3"), "1 < 2 & 3 > 2, <3");
        assert_eq!(
            plain("*Which team* are you in? 👋"),
            "*Which team* are you in? 👋"
        );
    }
}
