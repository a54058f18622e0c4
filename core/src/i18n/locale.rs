//! How a language writes numbers, dates and plurals. The app implements [`Locale`] with the
//! browser's `Intl`; [`PlainLocale`] is English written plainly, for native tests and fallback.

use crate::date::Date;

/// A plural category, as `Intl.PluralRules` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plural {
    /// Zero, in the languages that have a form for it.
    Zero,
    /// One.
    One,
    /// Two, in the languages that have a dual.
    Two,
    /// A few.
    Few,
    /// Many.
    Many,
    /// Everything else (the form every language has).
    Other,
}

impl Plural {
    /// The category's name in a pack (`one`, `other`, …).
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category named `name` in a pack or by `Intl.PluralRules`.
    pub fn named(name: &str) -> Option<Plural> {
        [
            Plural::Zero,
            Plural::One,
            Plural::Two,
            Plural::Few,
            Plural::Many,
            Plural::Other,
        ]
        .into_iter()
        .find(|plural| plural.name() == name)
    }
}

/// How numbers, dates and plurals are written for a reader.
pub trait Locale {
    /// The plural category of `count`.
    fn plural(&self, count: i64) -> Plural;
    /// A whole number as the reader writes it.
    fn number(&self, value: i64) -> String;
    /// A date in words, as the reader writes it (`6 December 2026`, `6. Dezember 2026`).
    fn date(&self, date: Date) -> String;
}

/// English written plainly: `1,234`, `6 December 2026`, one and other.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainLocale;

/// The months' English names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Locale for PlainLocale {
    fn plural(&self, count: i64) -> Plural {
        if count == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }

    fn number(&self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if value < 0 {
            out.push('-');
        }
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        out
    }

    fn date(&self, date: Date) -> String {
        let (year, month, day) = date.parts();
        let month = usize::try_from(month)
            .ok()
            .and_then(|month| MONTHS.get(month.wrapping_sub(1)))
            .copied()
            .unwrap_or_default();
        format!("{day} {month} {year}")
    }
}
