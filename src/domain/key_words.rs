//! A key written as words, for files made before statements had labels and rules had titles.

/// `raised_early` → "Raised early": what the room sees when a file names a thing only by key.
pub fn words_from_key(key: &str) -> String {
    capitalized(&key.replace('_', " "))
}

/// The text with its first letter a capital: "hinges on …" → "Hinges on …".
pub fn capitalized(text: &str) -> String {
    let mut characters = text.chars();
    characters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(characters).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::words_from_key;

    #[test]
    fn keys_become_words() {
        assert_eq!(words_from_key("raised_early"), "Raised early");
        assert_eq!(words_from_key("trust"), "Trust");
        assert_eq!(words_from_key("q3_pipeline"), "Q3 pipeline");
        assert_eq!(words_from_key(""), "");
    }
}
