//! Strict decoding of a posted form (`application/x-www-form-urlencoded`). The usual
//! decoders replace bad UTF-8 and pass broken `%` escapes through; a phone's answer that
//! arrived damaged must be refused instead, so nothing half-read is counted.

use percent_encoding::percent_decode_str;

/// More fields than the longest questionnaire's form has; a flood of them is refused.
const MAX_FIELDS: usize = 400;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FormError {
    #[error("the answer did not arrive as text")]
    NotText,
    #[error("the answer arrived with a broken escape")]
    BrokenEscape,
    #[error("the answer has too many parts")]
    TooManyFields,
}

/// The name–value pairs of a form body, in order.
pub(crate) fn decode_form(body: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    let text = std::str::from_utf8(body).map_err(|_not_utf8| FormError::NotText)?;
    let mut fields = Vec::new();
    for pair in text.split('&').filter(|pair| !pair.is_empty()) {
        if fields.len() == MAX_FIELDS {
            return Err(FormError::TooManyFields);
        }
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        fields.push((decode(name)?, decode(value)?));
    }
    Ok(fields)
}

fn decode(text: &str) -> Result<String, FormError> {
    let bytes = text.as_bytes();
    for (index, byte) in bytes.iter().enumerate() {
        if *byte == b'%'
            && !(bytes.get(index + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(index + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Err(FormError::BrokenEscape);
        }
    }
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .map(std::borrow::Cow::into_owned)
        .map_err(|_not_utf8| FormError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_names_values_plus_and_escapes() {
        assert_eq!(
            decode_form(b"a=1&b=two+words&c=%C3%A9t%C3%A9&&d").unwrap(),
            [
                (String::from("a"), String::from("1")),
                (String::from("b"), String::from("two words")),
                (String::from("c"), String::from("été")),
                (String::from("d"), String::new()),
            ]
        );
    }

    #[test]
    fn refuses_damage() {
        assert_eq!(decode_form(b"a=%zz"), Err(FormError::BrokenEscape));
        assert_eq!(decode_form(b"a=%4"), Err(FormError::BrokenEscape));
        assert_eq!(decode_form(b"a=%FF%FE"), Err(FormError::NotText));
        assert_eq!(decode_form(b"a=\xff"), Err(FormError::NotText));
        let many = "a=1&".repeat(MAX_FIELDS + 1);
        assert_eq!(decode_form(many.as_bytes()), Err(FormError::TooManyFields));
    }
}
