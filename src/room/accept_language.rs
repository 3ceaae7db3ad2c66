//! The language a phone's browser asks for (`Accept-Language: de-DE,de;q=0.9,en;q=0.8`):
//! the most wanted of the four Tandem speaks, so a phone opens in its owner's language
//! until they choose another. A language given weight 0 is one they do not want.

use axum::http::{HeaderMap, header};

use crate::i18n::Language;

/// The phone's language: the one it chose (its cookie's `chosen`), else the one its browser
/// asks for first among Tandem's, else `None` (the workshop's).
pub fn phone_language(headers: &HeaderMap, chosen: Option<&str>) -> Option<Language> {
    chosen.and_then(Language::from_exact_tag).or_else(|| {
        let asked = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        preferred(asked)
    })
}

/// The language of `header` with the highest weight that Tandem speaks; ties keep the
/// header's order. `None` when it names none of them.
pub fn preferred(header: &str) -> Option<Language> {
    let mut wanted: Vec<(u16, Language)> = header
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|part| part.trim().strip_prefix("q="))
                .map_or(Some(1000), weight)?;
            let language = Language::from_tag(tag).ok()?;
            (weight > 0 && tag != "*").then_some((weight, language))
        })
        .collect();
    // A stable sort: of equal weight, the one named first.
    wanted.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    wanted.first().map(|(_, language)| *language)
}

/// A weight `0` to `1` with up to three decimals, in thousandths; `None` when malformed.
fn weight(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    let weight = whole * 1000 + thousandths;
    (weight <= 1000).then_some(weight)
}

#[cfg(test)]
mod tests {
    use super::preferred;
    use crate::i18n::Language;

    #[test]
    fn the_most_wanted_language_tandem_speaks_is_chosen() {
        assert_eq!(preferred("de-DE,de;q=0.9,en;q=0.8"), Some(Language::German));
        assert_eq!(
            preferred("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
            Some(Language::French)
        );
        // Weights decide, not the order written.
        assert_eq!(preferred("en;q=0.5, es-MX"), Some(Language::Spanish));
        // A language Tandem does not speak is passed over; weight 0 means "not this one".
        assert_eq!(
            preferred("pt-BR,pt;q=0.9,es;q=0.8"),
            Some(Language::Spanish)
        );
        assert_eq!(preferred("de;q=0, fr;q=0.1"), Some(Language::French));
        assert_eq!(preferred("ja, zh-CN;q=0.8"), None);
        assert_eq!(preferred("*"), None);
        assert_eq!(preferred(""), None);
        // A malformed weight drops its entry, never the header.
        assert_eq!(
            preferred("de;q=2, fr;q=x, es;q=0.5"),
            Some(Language::Spanish)
        );
    }
}
