//! What a screen or a report shows as text, and the identifiers (`word_word`) or backticks
//! in it, for the checks that the room sees words, never keys.
#![allow(dead_code, reason = "each test binary uses some of the shared helpers")]

use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Every text painted in the last frame (labels, buttons, chart axes and legends, the text
/// in fields) and every accessible name and value.
pub fn on_screen<State>(harness: &Harness<'_, State>) -> Vec<String> {
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        painted(&clipped.shape, &mut texts);
    }
    for node in harness.query_all_by(|node| node.label().is_some() || node.value().is_some()) {
        let node = node.accesskit_node();
        texts.extend(node.label());
        texts.extend(node.value());
    }
    texts
}

fn painted(shape: &Shape, texts: &mut Vec<String>) {
    match shape {
        Shape::Text(text) => texts.push(text.galley.text().to_owned()),
        Shape::Vec(shapes) => {
            for shape in shapes {
                painted(shape, texts);
            }
        }
        _ => {}
    }
}

/// The text a reader of an HTML page sees: without the style sheet, tags and entities.
pub fn html_text(html: &str) -> String {
    let mut text = html.to_owned();
    while let (Some(start), Some(end)) = (text.find("<style"), text.find("</style>")) {
        text.replace_range(start..end + "</style>".len(), " ");
    }
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The identifiers (a letter or digit run, `_`, another run: `raised_early`) and backticks
/// in `text`, each with a little of what surrounds it.
pub fn keys_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let word = |c: char| c.is_alphanumeric();
    let mut found = Vec::new();
    for (index, c) in chars.iter().enumerate() {
        let is_key = *c == '_'
            && index > 0
            && word(chars[index - 1])
            && chars.get(index + 1).copied().is_some_and(word);
        if is_key || *c == '`' {
            let from = index.saturating_sub(30);
            let to = (index + 30).min(chars.len());
            found.push(chars[from..to].iter().collect());
        }
    }
    found
}

#[test]
fn keys_are_found_and_words_are_not() {
    assert_eq!(keys_in("Average for “Raised early” is 2.40").len(), 0);
    assert_eq!(keys_in("fired: raised_early").len(), 1);
    assert_eq!(keys_in("`trust` mean").len(), 2);
    assert_eq!(keys_in("a _lone_ underscore, snake_").len(), 0);
    assert_eq!(
        html_text("<style>p_q{}</style><p title=\"x_y\">A &amp; B</p>").trim(),
        "A & B"
    );
}
