//! Rows of cells written as the bytes a tool or Excel saves: a separator, a line end and an
//! encoding. Windows-1252 and UTF-16 are written here, not by Tandem, so a fixture cannot
//! agree with the import by sharing its mistakes.

/// How a file's text is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    Utf8,
    /// Excel's "CSV UTF-8".
    Utf8Bom,
    /// Excel's "Unicode text": UTF-16 little-endian after its BOM.
    Utf16LeBom,
    Utf16BeBom,
    /// Excel's "CSV" on Western Windows.
    Windows1252,
}

/// How a file ends its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnd {
    Lf,
    CrLf,
    /// Old Macs and older `SurveyMonkey` downloads.
    Cr,
}

/// `rows` as a CSV text with `separator` and `line_end`, quoted where needed.
pub fn text_of(rows: &[Vec<String>], separator: u8, line_end: LineEnd) -> String {
    let terminator = match line_end {
        LineEnd::Lf => csv::Terminator::Any(b'\n'),
        LineEnd::CrLf => csv::Terminator::CRLF,
        LineEnd::Cr => csv::Terminator::Any(b'\r'),
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .terminator(terminator)
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// `text` stored as `stored`; every character must have a byte in it.
pub fn bytes_of(text: &str, stored: Stored) -> Vec<u8> {
    match stored {
        Stored::Utf8 => text.as_bytes().to_vec(),
        Stored::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Stored::Utf16LeBom => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Stored::Utf16BeBom => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        Stored::Windows1252 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
            assert!(
                !unmappable,
                "Windows-1252 has no byte for a character of the fixture"
            );
            bytes.into_owned()
        }
    }
}

/// `rows` written as a file: the text, then its bytes.
pub fn file_of(rows: &[Vec<String>], separator: u8, line_end: LineEnd, stored: Stored) -> Vec<u8> {
    bytes_of(&text_of(rows, separator, line_end), stored)
}
