//! Text in the order people read it: "Workshop 2" before "Workshop 10", whatever the case.

use std::cmp::Ordering;

/// What a title or organisation sorts by: lower case, so "workshop 2" and "Workshop 2" sit
/// together. Made once per row, not once per comparison.
pub fn natural_key(text: &str) -> String {
    text.to_lowercase()
}

/// Compares two [`natural_key`]s: runs of digits by the number they write ("2" < "10",
/// however long), everything else character by character. Texts that differ only in leading
/// zeros ("01", "1") fall back on their characters, so the order is total.
pub fn natural_cmp(left: &str, right: &str) -> Ordering {
    let (mut a, mut b) = (left, right);
    loop {
        let (Some(x), Some(y)) = (a.chars().next(), b.chars().next()) else {
            // A text that ends first, like "workshop" before "workshop 1", comes first.
            return match (a.is_empty(), b.is_empty()) {
                (true, true) => left.cmp(right),
                (true, false) => Ordering::Less,
                _ => Ordering::Greater,
            };
        };
        if x.is_ascii_digit() && y.is_ascii_digit() {
            let (number_a, rest_a) = split_digits(a);
            let (number_b, rest_b) = split_digits(b);
            let order = compare_numbers(number_a, number_b);
            if order != Ordering::Equal {
                return order;
            }
            (a, b) = (rest_a, rest_b);
        } else {
            if x != y {
                return x.cmp(&y);
            }
            (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
        }
    }
}

/// The leading run of ASCII digits, and what follows it.
fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

/// Two runs of digits by their value, without parsing: a title may hold a number longer
/// than any integer type.
fn compare_numbers(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(texts: &[&str]) -> Vec<String> {
        let mut keys: Vec<(String, &str)> = texts
            .iter()
            .map(|text| (natural_key(text), *text))
            .collect();
        keys.sort_by(|a, b| natural_cmp(&a.0, &b.0));
        keys.into_iter().map(|(_, text)| text.to_owned()).collect()
    }

    #[test]
    fn numbers_sort_by_value() {
        assert_eq!(
            sorted(&[
                "Workshop 101",
                "Workshop 10",
                "Workshop 2",
                "Workshop 100",
                "Workshop 1"
            ]),
            [
                "Workshop 1",
                "Workshop 2",
                "Workshop 10",
                "Workshop 100",
                "Workshop 101"
            ]
        );
    }

    #[test]
    fn case_does_not_matter() {
        assert_eq!(
            sorted(&["workshop 10", "WORKSHOP 2", "Workshop 1", "alpha"]),
            ["alpha", "Workshop 1", "WORKSHOP 2", "workshop 10"]
        );
    }

    #[test]
    fn text_around_numbers_sorts_by_its_characters() {
        assert_eq!(
            sorted(&["Q3 2026", "Q1 2027", "Q1 2026", "Q10 2025", "Q", "Qa"]),
            ["Q", "Q1 2026", "Q1 2027", "Q3 2026", "Q10 2025", "Qa"]
        );
        assert_eq!(natural_cmp("a2b", "a2c"), Ordering::Less);
        assert_eq!(natural_cmp("ä 2", "ä 10"), Ordering::Less);
    }

    #[test]
    fn leading_zeros_and_long_numbers() {
        assert_eq!(natural_cmp("w 007", "w 8"), Ordering::Less);
        assert_eq!(natural_cmp("w 010", "w 9"), Ordering::Greater);
        // Equal in value, still a total order: the characters decide.
        assert_eq!(natural_cmp("w 01", "w 1"), Ordering::Less);
        assert_eq!(natural_cmp("w 1", "w 01"), Ordering::Greater);
        assert_eq!(natural_cmp("w 1", "w 1"), Ordering::Equal);
        let huge = "n 123456789012345678901234567890";
        assert_eq!(natural_cmp("n 99", huge), Ordering::Less);
    }

    #[test]
    fn a_prefix_comes_first() {
        assert_eq!(natural_cmp("workshop", "workshop 1"), Ordering::Less);
        assert_eq!(natural_cmp("", "a"), Ordering::Less);
        assert_eq!(natural_cmp("12", "12a"), Ordering::Less);
    }
}
