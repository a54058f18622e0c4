//! The words of the interface in a language: texts by key from a language pack, with English
//! as the fallback for a key a pack lacks, `{placeholders}` filled in, plural forms chosen, and
//! numbers and dates written the way the reader's locale writes them. The core never formats a
//! number or a date for a language itself: a [`Locale`] does (the browser's `Intl` in the app,
//! [`PlainLocale`] in native tests and as the fallback).

mod choose;
mod locale;
mod pack;

use std::collections::BTreeMap;

pub use choose::{LANGUAGES, choose, known_language, offered};
pub use locale::{Locale, PlainLocale, Plural};
pub use pack::{PackError, UiPack, check_against};

/// A value put into a text's `{placeholder}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(&'a str),
    /// A whole number, written the locale's way (`1,234` or `1.234`).
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(count: i64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// The interface's words in one language, with English behind them.
pub struct Words {
    pack: UiPack,
    english: UiPack,
    locale: Box<dyn Locale>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.pack.language)
            .finish_non_exhaustive()
    }
}

impl Words {
    /// Words in `pack`'s language, falling back to `english` key by key.
    pub fn new(pack: UiPack, english: UiPack, locale: Box<dyn Locale>) -> Words {
        Words {
            pack,
            english,
            locale,
        }
    }

    /// English words with plain formatting (native tests, and the app before a pack loads).
    pub fn english(english: UiPack) -> Words {
        Words {
            pack: english.clone(),
            english,
            locale: Box::new(PlainLocale),
        }
    }

    /// The language these words are in (a BCP 47 tag, for `<html lang>`).
    pub fn language(&self) -> &str {
        &self.pack.language
    }

    /// How numbers, dates and plurals are written.
    pub fn locale(&self) -> &dyn Locale {
        self.locale.as_ref()
    }

    /// The text for `key`; English when the pack lacks it; the key itself when English lacks it
    /// too (a test makes sure no key is missing from English).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.lookup(key, None).unwrap_or(key)
    }

    /// The text for `key` with its `{placeholders}` filled from `args`.
    pub fn fill(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.fill_text(self.get(key), args)
    }

    /// The plural form of `key` for `count` (`{count}` is filled in), with `args` filled too.
    pub fn count(&self, key: &str, count: usize, args: &[(&str, Arg<'_>)]) -> String {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        let plural = self.locale.plural(count);
        let text = self.lookup(key, Some(plural)).unwrap_or(key);
        let mut all: Vec<(&str, Arg<'_>)> = vec![("count", Arg::Count(count))];
        all.extend(args.iter().cloned());
        self.fill_text(text, &all)
    }

    fn lookup(&self, key: &str, plural: Option<Plural>) -> Option<&str> {
        self.pack
            .text(key, plural)
            .or_else(|| self.english.text(key, plural))
    }

    fn fill_text(&self, text: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            out.push_str(before);
            let Some(close) = after.find('}') else {
                out.push_str(after);
                return out;
            };
            let name = after.get(1..close).unwrap_or_default();
            match args.iter().find(|(arg, _)| *arg == name) {
                Some((_, Arg::Text(value))) => out.push_str(value),
                Some((_, Arg::Count(value))) => out.push_str(&self.locale.number(*value)),
                None => out.push_str(after.get(..=close).unwrap_or_default()),
            }
            rest = after.get(close + 1..).unwrap_or_default();
        }
        out.push_str(rest);
        out
    }
}

/// The keys of a pack's texts with their `{placeholders}`, for the tests that compare packs.
pub fn placeholders_by_key(pack: &UiPack) -> BTreeMap<String, Vec<String>> {
    pack.placeholders_by_key()
}
