//! Calendar dates (plans, saved progress): `YYYY-MM-DD`, days added across months and years, with no time
//! zone and no clock (the browser gives today's date).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day in the (proleptic Gregorian) calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

impl Date {
    /// 1970-01-01, the first day a date may be.
    pub const FIRST: Date = Date { days: 0 };
    /// 9999-12-31, the last day a date may be (a date is written with four digits).
    pub const LAST: Date = Date {
        days: days_from_civil(9999, 12, 31),
    };
    /// 9998-12-31, the last day whose next day is a date too (see `plan::LAST_DUE`).
    pub(crate) const LAST_DUE: Date = Date {
        days: days_from_civil(9998, 12, 31),
    };

    /// The date of `year`-`month`-`day`, if there is one (years 1970 to 9999).
    pub fn new(year: i64, month: u32, day: u32) -> Option<Date> {
        if !(1970..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// The date `days` later (earlier when negative), held within the years dates may have.
    pub fn plus_days(self, days: i64) -> Date {
        Date {
            days: self.days.saturating_add(days).clamp(0, Date::LAST.days),
        }
    }

    /// The date `days` later (earlier when negative); `None` past either end of the years
    /// dates may have, where [`Date::plus_days`] would stop at the end.
    pub fn checked_plus_days(self, days: i64) -> Option<Date> {
        let days = self.days.checked_add(days)?;
        (0..=Date::LAST.days)
            .contains(&days)
            .then_some(Date { days })
    }

    /// Year, month (1–12) and day (1–31).
    pub fn parts(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }

    /// `YYYYMMDD`, as iCalendar writes a date.
    pub fn compact(self) -> String {
        let (y, m, d) = self.parts();
        format!("{y:04}{m:02}{d:02}")
    }

    /// Days since 1970-01-01, as share links carry it.
    pub fn days_since_epoch(self) -> u64 {
        self.days.max(0).unsigned_abs()
    }

    /// The date that many days after 1970-01-01, if within the years dates may have.
    pub fn from_days_since_epoch(days: u64) -> Option<Date> {
        let days = i64::try_from(days).ok()?;
        (days <= Date::LAST.days).then_some(Date { days })
    }
}

/// 1970-01-01.
impl Default for Date {
    fn default() -> Self {
        Date::FIRST
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.parts();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("not a date written YYYY-MM-DD"))
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm); `const`, so the ends of the range
/// are constants.
const fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}
