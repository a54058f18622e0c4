//! A due date as a person types it: a date the plan can take (with a note when it is before
//! the plan was made), or a sentence saying why not and which date the plan keeps meanwhile,
//! so a field never shows one date while the plan and its exports keep another unsaid.

use std::fmt;

use super::Date;

/// The last due date a plan takes: its calendar event ends the next day, and iCalendar
/// writes a date with four digits (RFC 5545 §3.3.4), so 9999-12-31 could not end after it
/// starts (§3.8.2.2).
pub const LAST_DUE: Date = Date::LAST_DUE;

/// Why a typed due date is not taken, shown beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueDateError {
    /// The field is empty or holds part of a date.
    Missing,
    /// Before 1970-01-01 (the date as typed).
    TooEarly(String),
    /// After [`LAST_DUE`] (the date as typed).
    TooLate(String),
    /// Written as a date, but a day the calendar does not have (the date as typed).
    NotADay(String),
}

impl fmt::Display for DueDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let range = format!("a due date can be from {} to {LAST_DUE}", Date::FIRST);
        match self {
            Self::Missing => write!(f, "Enter a due date: {range}."),
            Self::TooEarly(typed) => write!(f, "{typed} is before 1970: {range}."),
            Self::TooLate(typed) => write!(
                f,
                "{typed} is after {LAST_DUE}, the last day a calendar file can give an event: {range}."
            ),
            Self::NotADay(typed) => write!(f, "{typed} is not a day in the calendar: {range}."),
        }
    }
}

impl DueDateError {
    /// The sentence in the reader's words (dates as typed or as `YYYY-MM-DD`).
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        let (first, last) = (Date::FIRST.to_string(), LAST_DUE.to_string());
        let range = words.fill(
            "core_due.range",
            &[("first", (&first).into()), ("last", (&last).into())],
        );
        let (key, typed) = match self {
            Self::Missing => ("core_due.missing", ""),
            Self::TooEarly(typed) => ("core_due.too_early", typed.as_str()),
            Self::TooLate(typed) => ("core_due.too_late", typed.as_str()),
            Self::NotADay(typed) => ("core_due.not_a_day", typed.as_str()),
        };
        words.fill(
            key,
            &[
                ("typed", typed.into()),
                ("last", (&last).into()),
                ("range", (&range).into()),
            ],
        )
    }
}

/// A typed due date that was not taken, and the date the plan keeps instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedDue {
    /// Why it was not taken.
    pub error: DueDateError,
    /// The due date the plan (and every export) still has.
    pub kept: Date,
}

impl fmt::Display for RefusedDue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} Until then the plan, its link and its exports keep {}.",
            self.error, self.kept
        )
    }
}

impl RefusedDue {
    /// Why, and what the plan keeps, in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        let (error, kept) = (self.error.in_words(words), self.kept.to_string());
        words.fill(
            "core_due.refused",
            &[("error", (&error).into()), ("kept", (&kept).into())],
        )
    }
}

/// Reads a due date as a date field gives it (`YYYY-MM-DD`, the year four digits or more).
pub fn read_due(typed: &str) -> Result<Date, DueDateError> {
    let typed = typed.trim();
    let mut parts = typed.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(DueDateError::Missing);
    };
    let all_digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    if ![year, month, day].into_iter().all(all_digits) || month.len() != 2 || day.len() != 2 {
        return Err(DueDateError::Missing);
    }
    // Long years are no number a date can have; any of them is past the last due date.
    let year: i64 = year.parse().unwrap_or(i64::MAX);
    if year < 1970 {
        return Err(DueDateError::TooEarly(typed.to_owned()));
    }
    let (Ok(month), Ok(day)) = (month.parse(), day.parse()) else {
        return Err(DueDateError::Missing);
    };
    let date = match Date::new(year, month, day) {
        Some(date) => date,
        None if year > 9999 => return Err(DueDateError::TooLate(typed.to_owned())),
        None => return Err(DueDateError::NotADay(typed.to_owned())),
    };
    if date > LAST_DUE {
        return Err(DueDateError::TooLate(typed.to_owned()));
    }
    Ok(date)
}

/// The gentle note for a due date before the day the plan was made, in the reader's words;
/// `None` otherwise.
pub fn passed_note(words: &crate::i18n::Words, due: Date, made: Date) -> Option<String> {
    (due < made).then(|| {
        let made = made.to_string();
        words.fill("core_due.passed", &[("made", (&made).into())])
    })
}
