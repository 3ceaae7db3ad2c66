//! Reading a date from text: `YYYY-MM-DD` as files keep it ([`FromStr`]), and as a person
//! types it ([`Date::typed`]), each month and day checked against the calendar.

use std::str::FromStr;

use super::date::{Date, DateError};

impl Date {
    /// A date as a person types it: `YYYY-MM-DD`, or day first with dots as German writes
    /// it (`31.01.2027`, `1.2.2027`), which no one reads month first. Files keep
    /// `YYYY-MM-DD` only ([`FromStr`]).
    pub fn typed(text: &str) -> Result<Self, DateError> {
        let trimmed = text.trim();
        if !trimmed.contains('.') {
            return trimmed.parse();
        }
        let error = || DateError::Form {
            text: text.to_owned(),
        };
        let mut parts = trimmed.split('.');
        let (Some(day), Some(month), Some(year), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(error());
        };
        let short = |part: &str| (1..=2).contains(&part.len());
        if !short(day) || !short(month) || year.len() != 4 {
            return Err(error());
        }
        let number = |part: &str| part.parse::<u16>().ok().ok_or_else(error);
        Self::checked(text, number(year)?, number(month)?, number(day)?)
    }

    /// The date of `year`, `month` and `day` as read from `text`, or why there is none.
    fn checked(text: &str, year: u16, month: u16, day: u16) -> Result<Self, DateError> {
        let error = || DateError::Form {
            text: text.to_owned(),
        };
        let month = u8::try_from(month).ok().ok_or_else(error)?;
        let day = u8::try_from(day).ok().ok_or_else(error)?;
        if !(1..=9999).contains(&year) {
            return Err(error());
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth {
                text: text.to_owned(),
                month,
            });
        }
        Self::new(year, month, day).ok_or_else(|| DateError::NoSuchDay {
            text: text.to_owned(),
            year,
            month,
            day,
            days: Self::days_in(year, month),
        })
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DateError::Form {
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
        // Which part failed to parse adds nothing to "not a date in YYYY-MM-DD form".
        let number = |part: &str| part.parse::<u16>().ok().ok_or_else(error);
        Self::checked(text, number(year)?, number(month)?, number(day)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_date_may_be_day_first_with_dots_and_a_file_may_not() {
        assert_eq!(
            Date::typed("31.01.2027"),
            Ok(Date::new(2027, 1, 31).unwrap())
        );
        assert_eq!(
            Date::typed(" 1.2.2027 "),
            Ok(Date::new(2027, 2, 1).unwrap())
        );
        assert_eq!(
            Date::typed("2027-01-31"),
            Ok(Date::new(2027, 1, 31).unwrap())
        );
        assert!(matches!(
            Date::typed("30.02.2027"),
            Err(DateError::NoSuchDay {
                day: 30,
                days: 28,
                ..
            })
        ));
        assert!(matches!(
            Date::typed("01.13.2027"),
            Err(DateError::NoSuchMonth { month: 13, .. })
        ));
        for bad in [
            "31.01.27",
            "31.01.2027.",
            "31..2027",
            "311.01.2027",
            "31/01/2027",
            "a.b.cdef",
        ] {
            assert!(
                matches!(Date::typed(bad), Err(DateError::Form { .. })),
                "{bad}"
            );
        }
        assert!(
            "31.01.2027".parse::<Date>().is_err(),
            "files keep YYYY-MM-DD"
        );
    }
}
