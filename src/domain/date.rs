use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date written `YYYY-MM-DD`. Workshops need no time of day, and keeping this
/// small type avoids a date crate in the dependency tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{text}\" is not a date: expected YYYY-MM-DD, for example 2026-03-31")]
pub struct DateError {
    pub text: String,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Self {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        let days = i64::try_from(seconds / 86_400).unwrap_or(0);
        Self::from_days_since_epoch(days)
    }

    /// The same day `months` later, clamped to the end of a shorter month
    /// (31 January plus one month is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Self {
        let zero_based = u32::from(self.month) - 1 + months;
        let year = (u32::from(self.year) + zero_based / 12).min(9999);
        let year = u16::try_from(year).unwrap_or(9999);
        let month = u8::try_from(zero_based % 12 + 1).unwrap_or(12);
        let day = self.day.min(days_in_month(year, month));
        Self { year, month, day }
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Self {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self {
            year: u16::try_from(year.clamp(1, 9999)).unwrap_or(1970),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DateError {
            text: text.to_owned(),
        };
        let trimmed = text.trim();
        let mut parts = trimmed.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(error());
        };
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(error());
        }
        let year = year.parse().map_err(|_not_a_number| error())?;
        let month = month.parse().map_err(|_not_a_number| error())?;
        let day = day.parse().map_err(|_not_a_number| error())?;
        Self::new(year, month, day).ok_or_else(error)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2026-02-28".parse().unwrap();
        assert_eq!(date.to_string(), "2026-02-28");
        assert!("2026-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2026-2-1".parse::<Date>().is_err());
        assert!("tomorrow".parse::<Date>().is_err());
        assert!("2026-13-01".parse::<Date>().is_err());
    }

    #[test]
    fn a_quarter_later_clamps_to_month_end() {
        let date = Date::new(2026, 11, 30).unwrap();
        assert_eq!(date.add_months(3), Date::new(2027, 2, 28).unwrap());
        assert_eq!(
            Date::new(2026, 1, 15).unwrap().add_months(3),
            Date::new(2026, 4, 15).unwrap()
        );
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        for days in [-1000, 0, 1, 11_017, 20_000, 30_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
    }
}
