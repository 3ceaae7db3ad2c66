//! Which character separates a CSV file's fields: `,`, `;` (Excel's CSV in much of Europe)
//! or a tab (Excel's "Unicode text"). The header decides, counted outside quotes; the first
//! rows confirm, since a `;` file's unquoted question titles may hold more commas than its
//! header holds semicolons (Google's grid repeats a prompt with a comma in every column).

const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];

/// Rows after the header that a candidate must split into as many fields as the header.
const ROWS_CHECKED: usize = 20;

/// The separator of `text`, a comma when the header has none of them.
pub fn detect(text: &str) -> u8 {
    let counts = header_counts(text);
    let mut ranked: Vec<(usize, u8)> = counts
        .into_iter()
        .zip(CANDIDATES)
        .filter(|(count, _)| *count > 0)
        .collect();
    // Most frequent first; a tie keeps the order of CANDIDATES (the sort is stable).
    ranked.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
    ranked
        .iter()
        .find(|(_, separator)| splits_rows_evenly(text, *separator))
        .or(ranked.first())
        .map_or(b',', |(_, separator)| *separator)
}

/// How often each candidate appears in the first record, outside quotes.
fn header_counts(text: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    let mut in_quotes = false;
    for byte in text.bytes() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(index) = CANDIDATES.iter().position(|c| *c == byte) {
                    counts[index] += 1;
                }
            }
            _ => {}
        }
    }
    counts
}

/// Whether the first rows all have as many fields as the header, split by `separator`.
fn splits_rows_evenly(text: &str, separator: u8) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut lengths = reader
        .records()
        .take(ROWS_CHECKED + 1)
        .map_while(Result::ok)
        .map(|record| record.len());
    let header = lengths.next().unwrap_or_default();
    header > 1 && lengths.all(|length| length == header)
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn the_header_decides_and_the_rows_confirm() {
        assert_eq!(detect("function,relationship\nsales,0\n"), b',');
        assert_eq!(detect("function;relationship\nsales;0\n"), b';');
        assert_eq!(detect("function\trelationship\r\nsales\t0\r\n"), b'\t');
        assert_eq!(detect("\"a;b\",c\nx,y\n"), b',');
        assert_eq!(detect("function\n"), b',');
        // Two titles with commas, one semicolon: the rows say it is `;`.
        assert_eq!(
            detect("Scope, timing, pace;Trust, faith\nAgree;Disagree\n"),
            b';'
        );
    }
}
