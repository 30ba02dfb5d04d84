//! Calendar dates as they appear in news metadata, and the periods terms are
//! grouped by.

use std::fmt;

use crate::error::{Error, Result};

/// A calendar date whose day (and month) may be unknown.
///
/// News metadata is often only as precise as a month (`date 2023-09`), so a
/// `Date` keeps the precision it was given: `month == 0` means "year only",
/// `day == 0` means "year and month only".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (e.g. 2023).
    pub year: i32,
    /// The month, 1–12, or 0 when unknown.
    pub month: u8,
    /// The day of the month, 1–31, or 0 when unknown.
    pub day: u8,
}

impl Date {
    /// Parses the date forms found in news metadata: `YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`, an ISO 8601 timestamp (`2023-09-13T08:00:00Z`, the time is
    /// ignored), the same with `/` or `.` as separators, and `YYYYMMDD`.
    ///
    /// ```
    /// use presslens::corpus::Date;
    /// assert_eq!(Date::parse("2023-09").unwrap(), Date { year: 2023, month: 9, day: 0 });
    /// assert_eq!(Date::parse("2023-09-13T08:00:00Z").unwrap().day, 13);
    /// assert!(Date::parse("13 September").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Date> {
        let s = s.trim();
        let bad = || {
            Error::new(
                crate::ErrorKind::Parse,
                format!("cannot parse date {s:?}; expected YYYY, YYYY-MM or YYYY-MM-DD"),
            )
        };
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        let (year, month, day) = if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
            (digits(0..4), digits(4..6), digits(6..8))
        } else {
            let year = digits(0..4);
            let sep_ok = |i: usize| matches!(b.get(i), Some(b'-' | b'/' | b'.'));
            match b.len() {
                4 => (year, Some(0), Some(0)),
                7 if sep_ok(4) => (year, digits(5..7), Some(0)),
                n if n >= 10 && sep_ok(4) && sep_ok(7) => {
                    if n > 10 && !matches!(b[10], b'T' | b' ' | b't') {
                        return Err(bad());
                    }
                    (year, digits(5..7), digits(8..10))
                }
                _ => return Err(bad()),
            }
        };
        let (Some(year), Some(month), Some(day)) = (year, month, day) else {
            return Err(bad());
        };
        let date = Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        };
        if month > 12
            || day > u32::from(days_in_month(date.year, date.month))
            || (month == 0 && day != 0)
        {
            return Err(bad());
        }
        Ok(date)
    }

    /// Days since 1970-01-01 (proleptic Gregorian); needs a full date.
    fn days_from_epoch(self) -> Option<i64> {
        if self.month == 0 || self.day == 0 {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }

    /// The ISO 8601 week of this date as `(iso_year, week)`; needs a full date.
    pub fn iso_week(self) -> Option<(i32, u32)> {
        let days = self.days_from_epoch()?;
        // 1970-01-01 was a Thursday; ISO weekday 1 = Monday.
        let weekday = (days + 3).rem_euclid(7) + 1;
        let thursday = days - weekday + 4;
        let year_of_thursday = civil_year(thursday);
        let jan1 = Date {
            year: year_of_thursday,
            month: 1,
            day: 1,
        }
        .days_from_epoch()?;
        Some((year_of_thursday, ((thursday - jan1) / 7 + 1) as u32))
    }

    /// The label of the period this date falls in, or `None` when the date is
    /// not precise enough for it (a month-only date has no day or week).
    ///
    /// Labels sort chronologically as strings: `2023-09-13`, `2023-W37`,
    /// `2023-09`, `2023-Q3`, `2023`.
    pub fn period_label(self, period: Period) -> Option<String> {
        match period {
            Period::Day if self.day > 0 => Some(format!(
                "{:04}-{:02}-{:02}",
                self.year, self.month, self.day
            )),
            Period::Week => self.iso_week().map(|(y, w)| format!("{y:04}-W{w:02}")),
            Period::Month if self.month > 0 => Some(format!("{:04}-{:02}", self.year, self.month)),
            Period::Quarter if self.month > 0 => {
                Some(format!("{:04}-Q{}", self.year, (self.month - 1) / 3 + 1))
            }
            Period::Year => Some(format!("{:04}", self.year)),
            _ => None,
        }
    }
}

fn civil_year(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2)) as i32
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        0 => 0,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

/// A calendar period to group documents by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// `YYYY-MM-DD`.
    Day,
    /// ISO week, `YYYY-Www`.
    Week,
    /// `YYYY-MM`.
    Month,
    /// `YYYY-Qn`.
    Quarter,
    /// `YYYY`.
    Year,
}

impl Period {
    /// Parses `"day"`, `"week"`, `"month"`, `"quarter"` or `"year"`.
    pub fn from_name(name: &str) -> Option<Period> {
        Some(match name {
            "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            "quarter" => Period::Quarter,
            "year" => Period::Year,
            _ => return None,
        })
    }

    /// The name used in `by=` and as the output column name.
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_labels() {
        let d = Date::parse("2024-12-30").unwrap();
        assert_eq!(d.iso_week(), Some((2025, 1)));
        assert_eq!(
            Date::parse("2021-01-03").unwrap().iso_week(),
            Some((2020, 53))
        );
        assert_eq!(d.period_label(Period::Quarter).unwrap(), "2024-Q4");
        assert_eq!(
            Date::parse("2023-09").unwrap().period_label(Period::Day),
            None
        );
        assert_eq!(Date::parse("20230913").unwrap().to_string(), "2023-09-13");
        assert!(Date::parse("2023-02-30").is_err());
        assert!(Date::parse("2023-13").is_err());
    }
}
