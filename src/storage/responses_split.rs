//! Finds the responses list in a workshop file's text and cuts it into runs of whole
//! responses, so that a large file can be parsed on several threads (see
//! `workshop_file::parse_in_pieces`).
//!
//! Only a shortcut. The text is scanned the way RON reads it — strings, raw strings,
//! characters and comments hide brackets and commas — and anything unexpected gives `None`,
//! after which the file is parsed in one piece as always. Errors are only ever reported by
//! that one-piece parse, so their positions are the file's own.

use std::ops::Range;

/// Where the responses list is and how it was cut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponsesSplit {
    /// The list, brackets included.
    pub list: Range<usize>,
    /// Runs of whole responses in file order; together with the commas between them they
    /// are the inside of the list.
    pub pieces: Vec<Range<usize>>,
}

/// Cuts the responses list of `text` into `pieces` runs of about as many responses each (or
/// one run per response when there are fewer). `None` when that makes fewer than two runs,
/// or when the text is not plainly a workshop file (extensions such as `#![enable(...)]` change how the
/// runs would parse; a list nobody could parse is left to the one-piece parse to explain).
pub fn split_responses(text: &str, pieces: usize) -> Option<ResponsesSplit> {
    let (list, separators) = find_responses_list(text)?;
    let responses = separators.len() + 1;
    let pieces = pieces.min(responses);
    if pieces < 2 {
        return None;
    }
    let inside = list.start + 1..list.end - 1;
    let mut ranges = Vec::with_capacity(pieces);
    let mut start = inside.start;
    for piece in 1..pieces {
        // The comma after the last response of this run.
        let comma = *separators.get(piece * responses / pieces - 1)?;
        ranges.push(start..comma);
        start = comma + 1;
    }
    ranges.push(start..inside.end);
    Some(ResponsesSplit {
        list,
        pieces: ranges,
    })
}

/// The `responses: [...]` list of the workshop (brackets included) and the offsets of the
/// commas that separate its elements (a trailing comma is not a separator).
fn find_responses_list(text: &str) -> Option<(Range<usize>, Vec<usize>)> {
    let mut scanner = Scanner { text, at: 0 };
    let mut depth = 0usize;
    let mut first = true;
    // The workshop's fields sit two levels deep: `(format_version: 1, workshop: (...))`.
    const FIELD_DEPTH: usize = 2;
    loop {
        let (_, token) = scanner.next_token()?;
        if std::mem::take(&mut first) && token == Token::Other(b'#') {
            return None;
        }
        match token {
            Token::Open(_) => depth += 1,
            Token::Close(_) => depth = depth.checked_sub(1)?,
            Token::Word(word) if depth == FIELD_DEPTH && word == "responses" => {
                if scanner.next_token()?.1 != Token::Colon {
                    return None;
                }
                let (list_start, open) = scanner.next_token()?;
                if open != Token::Open(b'[') {
                    return None;
                }
                let (list_end, separators) = list_elements(&scanner)?;
                return Some((list_start..list_end, separators));
            }
            Token::End => return None,
            _ => {}
        }
    }
}

/// Reads the elements of a list whose `[` was just read, up to and including its `]`:
/// the offset just past the `]` and the offsets of the commas between elements. `None` for
/// an empty element (`[a, , b]`), which only the one-piece parse should report.
///
/// This walks every byte of every response. Inside an element it jumps from one byte that
/// can change the structure to the next ([`STRUCTURE`]) and over literals and comments in
/// one search each; only between elements does it look at every byte, to tell an element
/// from whitespace.
fn list_elements(scanner: &Scanner) -> Option<(usize, Vec<usize>)> {
    let bytes = scanner.text.as_bytes();
    let mut at = scanner.at;
    let mut depth = 0usize;
    let mut separators = Vec::new();
    let mut element_started = false;
    let mut pending_comma = None;
    loop {
        if element_started {
            at += bytes
                .get(at..)?
                .iter()
                .position(|byte| STRUCTURE[usize::from(*byte)])?;
        }
        let byte = *bytes.get(at)?;
        let mut next = at + 1;
        let mut content = true;
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C' => content = false,
            b'/' if matches!(bytes.get(at + 1), Some(b'/' | b'*')) => {
                next = scanner.comment_end(at)?;
                content = false;
            }
            b'"' => {
                next = match scanner.raw_string_hashes(at) {
                    Some(hashes) => scanner.raw_string_end(at + 1, hashes)?,
                    None => scanner.quoted_end(at + 1, byte)?,
                };
            }
            b'\'' => next = scanner.quoted_end(at + 1, byte)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => {
                // A mismatched bracket, or an empty list: nothing to share out.
                let empty = !element_started && pending_comma.is_none();
                return (byte == b']' && !empty).then_some((next, separators));
            }
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => {
                if !element_started {
                    return None;
                }
                // Only a separator if another element follows it.
                pending_comma = Some(at);
                element_started = false;
                content = false;
            }
            0x80.. => {
                let character = scanner.text.get(at..)?.chars().next()?;
                next = at + character.len_utf8();
                content = !is_unicode_whitespace(character);
            }
            _ => {}
        }
        if content && !element_started {
            if let Some(comma) = pending_comma.take() {
                separators.push(comma);
            }
            element_started = true;
        }
        at = next;
    }
}

/// The bytes that can change the structure inside an element: brackets, the comma, and the
/// starts of literals and comments. (A raw string's `r#` prefix is found from its quote.)
static STRUCTURE: [bool; 256] = {
    let mut table = [false; 256];
    let mut index = 0;
    let bytes = b"()[]{},\"'/";
    while index < bytes.len() {
        table[bytes[index] as usize] = true;
        index += 1;
    }
    table
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'a> {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    /// An identifier, a number or a keyword: a run of letters, digits and `_`.
    Word(&'a str),
    /// A string, raw string or character literal.
    Literal,
    /// Any other single byte (`-`, `.`, `#`, `!`, and the bytes of non-ASCII characters).
    Other(u8),
    End,
}

/// A RON tokenizer that knows just enough to never mistake the inside of a string or a
/// comment for structure. All of RON's punctuation is ASCII, so it works on bytes: no byte
/// of a multi-byte UTF-8 character can be mistaken for one.
struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scanner<'a> {
    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// The next token and where it starts; `None` for text RON could not read (an
    /// unterminated string or comment).
    fn next_token(&mut self) -> Option<(usize, Token<'a>)> {
        self.skip_whitespace_and_comments()?;
        let start = self.at;
        let Some(byte) = self.byte(start) else {
            return Some((start, Token::End));
        };
        if matches!(byte, b'b' | b'r')
            && let Some(end) = self.raw_or_byte_literal_end(start)
        {
            self.at = end;
            return Some((start, Token::Literal));
        }
        let token = match byte {
            b'(' | b'[' | b'{' => {
                self.at += 1;
                Token::Open(byte)
            }
            b')' | b']' | b'}' => {
                self.at += 1;
                Token::Close(byte)
            }
            b',' => {
                self.at += 1;
                Token::Comma
            }
            b':' => {
                self.at += 1;
                Token::Colon
            }
            b'"' | b'\'' => {
                self.at = self.quoted_end(start + 1, byte)?;
                Token::Literal
            }
            byte if is_word_byte(byte) => {
                self.at = self.text.as_bytes()[start..]
                    .iter()
                    .position(|b| !is_word_byte(*b))
                    .map_or(self.text.len(), |length| start + length);
                Token::Word(self.text.get(start..self.at)?)
            }
            other => {
                self.at += 1;
                Token::Other(other)
            }
        };
        Some((start, token))
    }

    fn skip_whitespace_and_comments(&mut self) -> Option<()> {
        loop {
            match (self.byte(self.at), self.byte(self.at + 1)) {
                (Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C'), _) => self.at += 1,
                (Some(0x80..), _) => {
                    let next = self.text.get(self.at..)?.chars().next()?;
                    if !is_unicode_whitespace(next) {
                        return Some(());
                    }
                    self.at += next.len_utf8();
                }
                (Some(b'/'), Some(b'/' | b'*')) => self.at = self.comment_end(self.at)?,
                _ => return Some(()),
            }
        }
    }

    /// Just past the line comment (`//`, to the end of the line) or block comment (`/*`,
    /// to its `*/`) at `start`.
    fn comment_end(&self, start: usize) -> Option<usize> {
        if self.byte(start + 1) == Some(b'*') {
            return self.block_comment_end(start);
        }
        let rest = self.text.as_bytes().get(start..)?;
        Some(match rest.iter().position(|byte| *byte == b'\n') {
            Some(newline) => start + newline + 1,
            None => self.text.len(),
        })
    }

    /// Just past the `*/` that closes the block comment at `start`; RON's nest.
    fn block_comment_end(&self, start: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut at = start;
        loop {
            match (self.byte(at)?, self.byte(at + 1)) {
                (b'/', Some(b'*')) => {
                    depth += 1;
                    at += 2;
                }
                (b'*', Some(b'/')) => {
                    depth -= 1;
                    at += 2;
                    if depth == 0 {
                        return Some(at);
                    }
                }
                _ => at += 1,
            }
        }
    }

    /// Just past the closing `quote` of a string or character whose contents start at
    /// `from`; a backslash escapes the byte after it.
    fn quoted_end(&self, from: usize, quote: u8) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            // Most of a file is inside strings: find the next quote or backslash at once.
            at += bytes
                .get(at..)?
                .iter()
                .position(|byte| *byte == quote || *byte == b'\\')?;
            if bytes[at] == quote {
                return Some(at + 1);
            }
            at += 2;
        }
    }

    /// Just past a byte string (`b"…"`, `b'…'`) or raw string (`r"…"`, `r#"…"#`, `br#"…"#`)
    /// starting at `start`; `None` when the letters there begin an identifier instead.
    fn raw_or_byte_literal_end(&self, start: usize) -> Option<usize> {
        let mut at = start;
        if self.byte(at) == Some(b'b') {
            at += 1;
            if let Some(quote @ (b'"' | b'\'')) = self.byte(at) {
                return self.quoted_end(at + 1, quote);
            }
        }
        if self.byte(at) != Some(b'r') {
            return None;
        }
        at += 1;
        let hashes = self.text.as_bytes()[at..]
            .iter()
            .take_while(|b| **b == b'#')
            .count();
        at += hashes;
        if self.byte(at) != Some(b'"') {
            // `r#name` is a raw identifier, `r` or `b` alone the start of a word.
            return None;
        }
        self.raw_string_end(at + 1, hashes)
    }

    /// If the `"` at `quote` opens a raw string (`r"`, `r#"`, `br##"`…), its number of `#`s.
    fn raw_string_hashes(&self, quote: usize) -> Option<usize> {
        let before = self.text.as_bytes().get(..quote)?;
        let hashes = before.iter().rev().take_while(|b| **b == b'#').count();
        let mut prefix = before.len() - hashes;
        if prefix == 0 || before[prefix - 1] != b'r' {
            return None;
        }
        prefix -= 1;
        if prefix > 0 && before[prefix - 1] == b'b' {
            prefix -= 1;
        }
        // `r` (or `br`) must begin a word: in `bar"…"` it ends an identifier.
        let ends_a_word = prefix > 0 && is_word_byte(before[prefix - 1]);
        (!ends_a_word).then_some(hashes)
    }

    /// Just past the `"` and `hashes` `#`s that close a raw string whose contents start at
    /// `from`.
    fn raw_string_end(&self, from: usize, hashes: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            at += bytes.get(at..)?.iter().position(|byte| *byte == b'"')?;
            if (1..=hashes).all(|offset| bytes.get(at + offset) == Some(&b'#')) {
                return Some(at + 1 + hashes);
            }
            at += 1;
        }
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte == b'_' || byte.is_ascii_alphanumeric()
}

/// The whitespace RON skips beyond ASCII's (its `is_whitespace_char`).
fn is_unicode_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn file_with(list: &str) -> String {
        format!(
            "// header\n(\n    format_version: 1,\n    workshop: (\n        meta: (title: \"responses: [\"),\n        responses: {list},\n        actions: [],\n    ),\n)\n"
        )
    }

    fn pieces_of<'a>(text: &'a str, split: &ResponsesSplit) -> Vec<&'a str> {
        split
            .pieces
            .iter()
            .map(|piece| text[piece.clone()].trim())
            .collect()
    }

    #[test]
    fn cuts_between_whole_responses_at_the_workshop_level() {
        let text = file_with("[(a: 1), (b: [2, 3]), (c: {\"x\": 4}), (d: 5)]");
        let split = split_responses(&text, 2).unwrap();
        assert_eq!(
            &text[split.list.clone()],
            "[(a: 1), (b: [2, 3]), (c: {\"x\": 4}), (d: 5)]"
        );
        assert_eq!(
            pieces_of(&text, &split),
            ["(a: 1), (b: [2, 3])", "(c: {\"x\": 4}), (d: 5)"]
        );
        let split = split_responses(&text, 8).unwrap();
        assert_eq!(
            pieces_of(&text, &split),
            ["(a: 1)", "(b: [2, 3])", "(c: {\"x\": 4})", "(d: 5)"]
        );
    }

    #[test]
    fn strings_characters_and_comments_hide_commas_and_brackets() {
        let list = concat!(
            "[\n",
            "  (a: \"one, ] two \\\" ), (\"), // a comment, with ] and \"\n",
            "  (b: r#\"raw \" ], ( \"#, c: 'x', d: ','),\n",
            "  /* block /* nested, ] */ still comment, ) */ (e: b\"],\"),\n",
            "  (f: r\"],\", g: br##\"\"#, ]\"##),\n",
            "]"
        );
        let text = file_with(list);
        let split = split_responses(&text, 8).unwrap();
        assert_eq!(&text[split.list.clone()], list);
        let pieces = pieces_of(&text, &split);
        assert_eq!(pieces.len(), 4);
        assert!(pieces[0].starts_with("(a: ") && pieces[0].ends_with("(\")"));
        assert!(pieces[1].starts_with("// a comment") && pieces[1].ends_with("d: ',')"));
        assert!(pieces[2].starts_with("/* block") && pieces[2].ends_with("(e: b\"],\")"));
        // The trailing comma stays with the last run.
        assert!(pieces[3].starts_with("(f: ") && pieces[3].ends_with("]\"##),"));
    }

    #[test]
    fn never_more_pieces_than_responses_and_never_one() {
        let text = file_with("[(a: 1), (b: 2), (c: 3),]");
        assert_eq!(
            pieces_of(&text, &split_responses(&text, 8).unwrap()).len(),
            3
        );
        assert_eq!(split_responses(&text, 1), None);
        let one = file_with("[(a: 1)]");
        assert_eq!(split_responses(&one, 8), None);
    }

    #[test]
    fn anything_unusual_is_left_to_the_one_piece_parse() {
        for list in [
            "[]",
            "[,]",
            "[(a: 1), , (b: 2)]",
            "[(a: 1), (b: 2)",
            "[(a: 1), (b: \"unterminated)]",
            "[(a: 1), /* unterminated (b: 2)]",
            "[(a: 1), (b: 2))",
            "{(a: 1), (b: 2)}",
            // An element of nothing but (Unicode) whitespace is still empty.
            "[(a: 1), \u{2028} , (b: 2)]",
        ] {
            assert_eq!(split_responses(&file_with(list), 2), None, "{list}");
        }
        let extensions = format!(
            "#![enable(implicit_some)]\n{}",
            file_with("[(a: 1), (b: 2)]")
        );
        assert_eq!(split_responses(&extensions, 2), None);
        // A `responses` field deeper or shallower than the workshop's is not the list.
        let deeper = "(format_version: 1, workshop: (meta: (responses: [(a: 1), (b: 2)])))";
        assert_eq!(split_responses(deeper, 2), None);
        let shallower = "(responses: [(a: 1), (b: 2)], workshop: ())";
        assert_eq!(split_responses(shallower, 2), None);
    }
}
