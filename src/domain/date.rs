use std::fmt;

use jiff::tz::TimeZone;
use jiff::{Timestamp, civil};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Language;

/// A calendar date written `YYYY-MM-DD`, year 1 to 9999. Workshops need no time of day; the
/// calendar arithmetic is jiff's, and this type keeps the file format and refuses bad dates
/// while parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(civil::Date);

/// Why a text is not a date: not written `YYYY-MM-DD`, or written so but naming a month or
/// a day the calendar does not have (2027-02-30), which deserves its own words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{text}\" is not a date: expected YYYY-MM-DD, for example 2026-03-31")]
    Form { text: String },
    #[error("\"{text}\" is not a date: there is no month {month}")]
    NoSuchMonth { text: String, month: u8 },
    #[error("\"{text}\" is not a date: that month has {days} days, none numbered {day}")]
    NoSuchDay {
        text: String,
        year: u16,
        month: u8,
        day: u8,
        days: u8,
    },
}

impl DateError {
    /// For a date in the right form whose month or day does not exist, why, in `language`
    /// ("There is no 30 February 2027: that month has 28 days."); `None` when the text is
    /// not in the form, which the screens say in their own words.
    pub fn impossible(&self, language: Language) -> Option<String> {
        match self {
            Self::Form { .. } => None,
            Self::NoSuchMonth { month, .. } => Some(language.text_with(
                "date-no-such-month",
                &[("month", format!("{month:02}").into())],
            )),
            Self::NoSuchDay {
                year,
                month,
                day,
                days,
                ..
            } => {
                let month = language.text(&format!("month-{month}"));
                let date = language.text_with(
                    "date-long",
                    &[
                        ("day", day.to_string().into()),
                        ("month", month.into()),
                        ("year", year.to_string().into()),
                    ],
                );
                Some(language.text_with(
                    "date-no-such-day",
                    &[("date", date.into()), ("days", days.to_string().into())],
                ))
            }
        }
    }
}

impl Date {
    const FIRST: Self = Self(civil::date(1, 1, 1));
    const LAST: Self = Self(civil::date(9999, 12, 31));

    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        let date = civil::Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        );
        date.ok().map(Self)
    }

    /// The date as `language` writes it in prose: "28 November 2026", "28. November 2026",
    /// "28 novembre 2026", "28 de noviembre de 2026".
    pub fn written_in(self, language: Language) -> String {
        let month = language.text(&format!("month-{}", self.month()));
        language.text_with(
            "date-long",
            &[
                ("day", self.day().to_string().into()),
                ("month", month.into()),
                ("year", self.year().to_string().into()),
            ],
        )
    }

    pub fn year(self) -> u16 {
        self.0.year().unsigned_abs()
    }

    pub fn month(self) -> u8 {
        self.0.month().unsigned_abs()
    }

    pub fn day(self) -> u8 {
        self.0.day().unsigned_abs()
    }

    /// How many days `month` of `year` has (28 to 31; 0 for a month that does not exist).
    pub fn days_in(year: u16, month: u8) -> u8 {
        Self::new(year, month, 1).map_or(0, |first| first.0.days_in_month().unsigned_abs())
    }

    /// The same day of the month `months` earlier (negative) or later, clamped to the end
    /// of a shorter month and to the calendar's first and last dates: a calendar's arrows.
    pub fn plus_months(self, months: i32) -> Self {
        jiff::Span::new()
            .try_months(months)
            .ok()
            .and_then(|span| self.0.checked_add(span).ok())
            .map_or(if months < 0 { Self::FIRST } else { Self::LAST }, Self)
            .clamp(Self::FIRST, Self::LAST)
    }

    /// The first day of this date's month.
    pub fn first_of_month(self) -> Self {
        Self(self.0.first_of_month())
    }

    /// Monday 0 to Sunday 6.
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().to_monday_zero_offset().unsigned_abs()
    }

    /// The date in `zone` at `instant`.
    pub fn on(instant: Timestamp, zone: &TimeZone) -> Self {
        Self(zone.to_datetime(instant).date()).max(Self::FIRST)
    }

    /// The same day `months` later, clamped to the end of a shorter month
    /// (31 January plus one month is 28 or 29 February), and to 9999-12-31.
    pub fn add_months(self, months: u32) -> Self {
        jiff::Span::new()
            .try_months(months)
            .ok()
            .and_then(|span| self.0.checked_add(span).ok())
            .map_or(Self::LAST, Self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
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
    fn a_day_the_month_does_not_have_is_named_as_such() {
        let error = "2027-02-30".parse::<Date>().unwrap_err();
        assert!(
            matches!(error, DateError::NoSuchDay { days: 28, .. }),
            "{error:?}"
        );
        assert_eq!(
            error.impossible(Language::English).unwrap(),
            "There is no 30 February 2027: that month has 28 days."
        );
        assert_eq!(
            error.impossible(Language::German).unwrap(),
            "Den 30. Februar 2027 gibt es nicht: Dieser Monat hat 28 Tage."
        );
        let month = "2027-13-01".parse::<Date>().unwrap_err();
        assert_eq!(
            month.impossible(Language::English).unwrap(),
            "There is no month 13: months run from 01 to 12."
        );
        // Not in the form at all: the screens say that in their own words.
        assert!(
            "2027-2-30"
                .parse::<Date>()
                .unwrap_err()
                .impossible(Language::English)
                .is_none()
        );
        assert!(
            "0000-01-01"
                .parse::<Date>()
                .unwrap_err()
                .impossible(Language::English)
                .is_none()
        );
        assert_eq!(Date::days_in(2024, 2), 29);
    }

    #[test]
    fn a_calendar_moves_by_months_and_knows_its_weekdays() {
        let date = Date::new(2026, 3, 31).unwrap();
        assert_eq!(date.plus_months(-1), Date::new(2026, 2, 28).unwrap());
        assert_eq!(date.plus_months(1), Date::new(2026, 4, 30).unwrap());
        assert_eq!(date.first_of_month(), Date::new(2026, 3, 1).unwrap());
        // 1 March 2026 is a Sunday.
        assert_eq!(date.first_of_month().weekday_from_monday(), 6);
        assert_eq!(Date::FIRST.plus_months(-1), Date::FIRST);
        assert_eq!(Date::LAST.plus_months(1), Date::LAST);
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let date = Date::new(2026, 3, 2).unwrap();
        assert_eq!(date.written_in(Language::English), "2 March 2026");
        assert_eq!(date.written_in(Language::German), "2. März 2026");
        assert_eq!(date.written_in(Language::French), "2 mars 2026");
        assert_eq!(date.written_in(Language::Spanish), "2 de marzo de 2026");
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
    fn a_bad_date_in_a_file_is_refused_while_parsing_with_its_line() {
        #[derive(Debug, Deserialize)]
        struct Meta {
            #[allow(dead_code, reason = "only parsed, to see the error")]
            date: Date,
        }
        let error = ron::from_str::<Meta>("(\n    date: \"2026-02-30\",\n)").unwrap_err();
        assert_eq!(error.span.start.line, 2, "{error}");
        assert!(
            error.to_string().contains("\"2026-02-30\" is not a date"),
            "{error}"
        );
    }

    #[test]
    fn the_end_of_the_calendar_is_the_last_date() {
        assert_eq!(Date::new(9999, 11, 30).unwrap().add_months(3), Date::LAST);
        assert_eq!(
            Date::new(2026, 1, 31).unwrap().add_months(u32::MAX),
            Date::LAST
        );
    }

    #[test]
    fn today_is_the_date_where_the_computer_is() {
        let instant: Timestamp = "2026-03-01T22:30:00Z".parse().unwrap();
        // POSIX rules instead of the tz database, so the test does not need one installed.
        let sydney = TimeZone::posix("AEST-10AEDT,M10.1.0,M4.1.0/3").unwrap();
        let los_angeles = TimeZone::posix("PST8PDT,M3.2.0,M11.1.0").unwrap();
        assert_eq!(Date::on(instant, &sydney).to_string(), "2026-03-02");
        assert_eq!(Date::on(instant, &TimeZone::UTC).to_string(), "2026-03-01");
        let morning_in_london: Timestamp = "2026-03-02T07:00:00Z".parse().unwrap();
        assert_eq!(
            Date::on(morning_in_london, &los_angeles).to_string(),
            "2026-03-01"
        );
    }
}
