//! A text file's bytes as text, and the encoding they were read in: UTF-8 (with or without a
//! BOM), UTF-16 LE or BE after their BOM (Excel's "Unicode text"), and Windows-1252 (Excel's
//! CSV on Western Windows, older `SurveyMonkey` downloads) when the bytes are not UTF-8.
//! Where reading on would be a guess that could change letters unseen, the file is refused:
//! UTF-8 that breaks off midway, a byte Windows-1252 has no letter for or no text holds,
//! broken UTF-16, and UTF-16 without its BOM (whose byte order would be a guess).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::error::Message;

/// How a text file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    /// The name people and programs know it by.
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le => "UTF-16 LE",
            Self::Utf16Be => "UTF-16 BE",
            Self::Windows1252 => "Windows-1252",
        }
    }

    /// What the import says it read: Windows-1252 is the one read without the file saying
    /// so, so the facilitator is asked to look at the accented letters.
    pub fn note(self) -> Message {
        let id = match self {
            Self::Windows1252 => "import-error-read-as-guessed",
            _ => "import-error-read-as",
        };
        Message::new(id).with("encoding", self.name())
    }
}

/// A file's text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
}

/// Bytes Tandem will not read without guessing: the whole file as far as it reads (each
/// problem kept or replaced, so the place can be named), where the first problem is, and
/// what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotText {
    pub text: String,
    /// Byte index in `text` of the first problem.
    pub at: usize,
    pub message: Message,
}

/// The text of `bytes`, by their BOM, else UTF-8, else Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, UTF_16LE, TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, UTF_16BE, TextEncoding::Utf16Be);
    }
    if utf16_without_bom(bytes) {
        return Err(NotText {
            text: String::from_utf8_lossy(bytes).into_owned(),
            at: 0,
            message: Message::new("import-error-utf16-without-bom"),
        });
    }
    // UTF-8 letters beside bytes that are not: a damaged or pasted-together file, not
    // Windows-1252, where those letters would silently turn into two or three others.
    if std::str::from_utf8(bytes).is_ok() || has_utf8_letters(bytes) {
        utf8(bytes)
    } else {
        windows_1252(bytes)
    }
}

fn utf8(bytes: &[u8]) -> Result<Decoded, NotText> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            encoding: TextEncoding::Utf8,
        }),
        Err(error) => Err(NotText {
            text: String::from_utf8_lossy(bytes).into_owned(),
            at: error.valid_up_to(),
            message: Message::new("import-error-broken-utf8"),
        }),
    }
}

fn utf16(
    bytes: &[u8],
    codec: &'static Encoding,
    encoding: TextEncoding,
) -> Result<Decoded, NotText> {
    let (text, had_errors) = codec.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(Decoded {
            text: text.into_owned(),
            encoding,
        });
    }
    // Decoding again without replacement stops at the first broken character.
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut valid = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(text.len()),
    );
    let _ = decoder.decode_to_string_without_replacement(bytes, &mut valid, true);
    Err(NotText {
        at: valid.len(),
        text: text.into_owned(),
        message: Message::new("import-error-broken-utf16").with("encoding", encoding.name()),
    })
}

fn windows_1252(bytes: &[u8]) -> Result<Decoded, NotText> {
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    let Some((at, unread)) = text.char_indices().find(|(_, c)| !windows_1252_text(*c)) else {
        return Ok(Decoded {
            text,
            encoding: TextEncoding::Windows1252,
        });
    };
    // Both kinds of character come from the byte of the same value.
    let byte = format!("0x{:02X}", u32::from(unread));
    let id = if unread.is_ascii() {
        "import-error-not-text"
    } else {
        "import-error-not-windows-1252"
    };
    Err(NotText {
        text,
        at,
        message: Message::new(id).with("byte", byte),
    })
}

/// Whether a character read as Windows-1252 can be in a text file: not one of the five
/// bytes Windows-1252 leaves undefined (which `encoding_rs` passes through as C1 controls),
/// nor a control character other than tab, line ends, form feeds and NUL (which
/// `SurveyMonkey` writes in header cells).
fn windows_1252_text(c: char) -> bool {
    let undefined = matches!(c, '\u{81}' | '\u{8D}' | '\u{8F}' | '\u{90}' | '\u{9D}');
    let control = c.is_ascii_control()
        && !matches!(c, '\t' | '\n' | '\r' | '\0' | '\u{B}' | '\u{C}' | '\u{7F}');
    !undefined && !control
}

/// Whether valid UTF-8 letters beyond ASCII are among the bytes.
fn has_utf8_letters(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

/// Whether the first line reads as UTF-16 without a BOM: a NUL byte beside nearly every
/// other byte, on the same side. `SurveyMonkey`'s NUL header cells are on its second line.
fn utf16_without_bom(bytes: &[u8]) -> bool {
    let line_end = bytes
        .iter()
        .take(4096)
        .position(|b| *b == b'\n')
        .unwrap_or(bytes.len().min(4096));
    let units: Vec<&[u8]> = bytes[..line_end].chunks_exact(2).collect();
    if units.len() < 4 {
        return false;
    }
    let little = units.iter().filter(|u| u[0] != 0 && u[1] == 0).count();
    let big = units.iter().filter(|u| u[0] == 0 && u[1] != 0).count();
    little.max(big) * 10 >= units.len() * 9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn each_encoding_by_its_bom_or_its_bytes() {
        let read = |bytes: &[u8]| decode(bytes).map(|d| (d.text, d.encoding));
        let utf8 = |text: &str| Ok((text.to_owned(), TextEncoding::Utf8));
        assert_eq!(read(b"caf\xC3\xA9"), utf8("café"));
        assert_eq!(read(b"\xEF\xBB\xBFcaf\xC3\xA9"), utf8("café"));
        assert_eq!(
            read(b"caf\xE9 \x96 talk\r\x80"),
            Ok((String::from("café – talk\r€"), TextEncoding::Windows1252))
        );
        let mut le = b"\xFF\xFE".to_vec();
        le.extend(utf16le("a\tb\r\nü"));
        assert_eq!(
            read(&le),
            Ok((String::from("a\tb\r\nü"), TextEncoding::Utf16Le))
        );
        let be: Vec<u8> = [0xFE, 0xFF, 0, b'x', 0x20, 0x13].to_vec();
        assert_eq!(read(&be), Ok((String::from("x–"), TextEncoding::Utf16Be)));
        // SurveyMonkey's NUL cells on the second line do not look like UTF-16.
        assert_eq!(
            read(b"Respondent ID,Team\n\0,\0,\0,Response\n").map(|(_, e)| e),
            Ok(TextEncoding::Utf8)
        );
    }

    #[test]
    fn guesses_that_would_be_unsafe_are_refused_where_they_start() {
        let refused = |bytes: &[u8]| decode(bytes).map_err(|n| (n.at, n.message.id));
        assert_eq!(
            refused(b"caf\xC3\xA9,caf\xE9"),
            Err((9, "import-error-broken-utf8"))
        );
        assert_eq!(
            refused(b"a,\x81b"),
            Err((2, "import-error-not-windows-1252"))
        );
        assert_eq!(refused(b"a,\xE9\x01"), Err((4, "import-error-not-text")));
        assert_eq!(
            refused(&utf16le("team,relationship\n")),
            Err((0, "import-error-utf16-without-bom"))
        );
        let mut broken = b"\xFF\xFE".to_vec();
        broken.extend(utf16le("ab"));
        broken.extend([0x00, 0xD8, b'c', 0]); // a lone high surrogate
        assert_eq!(refused(&broken), Err((2, "import-error-broken-utf16")));
    }
}
