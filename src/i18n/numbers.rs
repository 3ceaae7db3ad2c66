//! Numbers as each language writes them: "3.71" and "12.5%" in English, "3,71" and
//! "12,5 %" in German, French and Spanish. Fluent's own NUMBER knows no separators, so
//! messages get these as ready text.

use super::language::Language;

/// Kept with the number it follows: a line never breaks between "12,5" and "%".
const NO_BREAK_SPACE: char = '\u{a0}';

impl Language {
    fn decimal_separator(self) -> char {
        match self {
            Self::English => '.',
            Self::German | Self::French | Self::Spanish => ',',
        }
    }

    /// `value` with `places` decimals: 3.714 → "3.71" / "3,71".
    pub fn decimal(self, value: f64, places: usize) -> String {
        let written = format!("{value:.places$}");
        let (whole, fraction) = written
            .split_once('.')
            .map_or((written.as_str(), None), |(whole, fraction)| {
                (whole, Some(fraction))
            });
        let (sign, digits) = whole
            .strip_prefix('-')
            .map_or(("", whole), |digits| ("-", digits));
        let mut text = format!("{sign}{}", self.group(digits));
        if let Some(fraction) = fraction {
            text.push(self.decimal_separator());
            text.push_str(fraction);
        }
        text
    }

    /// A difference with its sign: 0.4 → "+0.40" / "+0,40", -1.25 → "-1.25" / "-1,25".
    pub fn signed(self, value: f64, places: usize) -> String {
        let sign = if value >= 0.0 { "+" } else { "" };
        format!("{sign}{}", self.decimal(value, places))
    }

    /// A share (0.125) as a percentage with `places` decimals: "12.5%" / "12,5 %".
    pub fn percent(self, share: f64, places: usize) -> String {
        let number = self.decimal(share * 100.0, places);
        match self {
            Self::English => format!("{number}%"),
            Self::German | Self::French | Self::Spanish => format!("{number}{NO_BREAK_SPACE}%"),
        }
    }

    /// A whole number with the language's thousands separator: 1080 → "1,080" / "1.080".
    pub fn count(self, value: usize) -> String {
        self.group(&value.to_string())
    }

    /// Digits grouped by thousands. Spanish leaves four-digit numbers whole, as the RAE
    /// recommends; French uses a no-break space.
    fn group(self, digits: &str) -> String {
        let separator = match self {
            Self::English => ',',
            Self::German | Self::Spanish => '.',
            Self::French => NO_BREAK_SPACE,
        };
        if digits.len() <= 3 || (self == Self::Spanish && digits.len() == 4) {
            return digits.to_owned();
        }
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(Language::English.decimal(3.714, 2), "3.71");
        assert_eq!(Language::German.decimal(3.714, 2), "3,71");
        assert_eq!(Language::French.decimal(-0.5, 1), "-0,5");
        assert_eq!(Language::Spanish.decimal(2.0, 0), "2");
        assert_eq!(Language::English.decimal(12_345.5, 1), "12,345.5");
        assert_eq!(Language::German.decimal(12_345.5, 1), "12.345,5");
        assert_eq!(Language::English.signed(0.4, 2), "+0.40");
        assert_eq!(Language::French.signed(-1.25, 2), "-1,25");
    }

    #[test]
    fn percentages_follow_the_language() {
        assert_eq!(Language::English.percent(0.125, 1), "12.5%");
        assert_eq!(Language::German.percent(0.125, 1), "12,5\u{a0}%");
        assert_eq!(Language::French.percent(0.2889, 2), "28,89\u{a0}%");
        assert_eq!(Language::Spanish.percent(1.0, 0), "100\u{a0}%");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(Language::English.count(1080), "1,080");
        assert_eq!(Language::German.count(1080), "1.080");
        assert_eq!(Language::French.count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Language::Spanish.count(1080), "1080");
        assert_eq!(Language::Spanish.count(10_800), "10.800");
        assert_eq!(Language::English.count(999), "999");
    }
}
