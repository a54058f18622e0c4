//! A language pack of the interface's words: one JSON object per language, keys to texts, a text
//! with plural forms being an object of forms (`{"one": "…", "other": "…"}`). Packs are read
//! leniently in the browser (a bad entry is dropped and English shows instead) and checked
//! strictly against English by the tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use super::Plural;

/// One key's text: a single form, or forms by plural category.
#[derive(Debug, Clone, PartialEq)]
enum Text {
    Single(String),
    Forms(BTreeMap<Plural, String>),
}

/// The interface's words in one language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UiPack {
    /// The pack's language (a BCP 47 tag).
    pub language: String,
    texts: BTreeMap<String, Text>,
}

/// Why a pack, or one of its entries, was not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum PackError {
    /// The pack is not a JSON object with `language` and `texts`.
    Unreadable(String),
    /// An entry is neither a text nor an object of plural forms with an `other` form.
    BadEntry(String),
    /// The same key is in two of a language's files.
    Duplicate(String),
    /// English has this key and the pack does not.
    Missing(String),
    /// The pack has a key English does not.
    Unknown(String),
    /// The text's `{placeholders}` are not English's.
    Placeholders(String),
    /// The text is empty or carries markup.
    NotPlainText(String),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(message) => {
                write!(f, "the language pack could not be read: {message}")
            }
            Self::BadEntry(key) => write!(
                f,
                "{key} is neither a text nor plural forms with an \"other\" form"
            ),
            Self::Duplicate(key) => write!(f, "{key} is in two files of the language"),
            Self::Missing(key) => write!(f, "{key} is in English but not in this language"),
            Self::Unknown(key) => write!(f, "{key} is not a key English has"),
            Self::Placeholders(key) => write!(f, "{key} does not keep English's {{placeholders}}"),
            Self::NotPlainText(key) => write!(f, "{key} is empty or contains markup"),
        }
    }
}

impl UiPack {
    /// Reads a pack: its entries that are well formed, and a problem for each one that is not.
    pub fn read(json: &str) -> Result<(UiPack, Vec<PackError>), PackError> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| PackError::Unreadable(e.to_string()))?;
        let language = value
            .get("language")
            .and_then(Value::as_str)
            .ok_or_else(|| PackError::Unreadable("it names no language".into()))?;
        let entries = value
            .get("texts")
            .and_then(Value::as_object)
            .ok_or_else(|| PackError::Unreadable("it has no texts".into()))?;
        let mut pack = UiPack {
            language: language.to_owned(),
            texts: BTreeMap::new(),
        };
        let mut problems = Vec::new();
        for (key, entry) in entries {
            match text_of(entry) {
                Some(text) => {
                    pack.texts.insert(key.clone(), text);
                }
                None => problems.push(PackError::BadEntry(key.clone())),
            }
        }
        Ok((pack, problems))
    }

    /// One language's packs (its files) as one; a key in two files is a problem, the first kept.
    pub fn merge(packs: Vec<UiPack>) -> (UiPack, Vec<PackError>) {
        let mut merged = UiPack::default();
        let mut problems = Vec::new();
        for pack in packs {
            if merged.language.is_empty() {
                merged.language = pack.language;
            }
            for (key, text) in pack.texts {
                match merged.texts.entry(key) {
                    std::collections::btree_map::Entry::Occupied(taken) => {
                        problems.push(PackError::Duplicate(taken.key().clone()));
                    }
                    std::collections::btree_map::Entry::Vacant(free) => {
                        free.insert(text);
                    }
                }
            }
        }
        (merged, problems)
    }

    /// The keys of the pack.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// The text for `key`, in the form for `plural` when the text has forms (its `other` form
    /// when it lacks that one, and when no plural is asked for).
    pub(super) fn text(&self, key: &str, plural: Option<Plural>) -> Option<&str> {
        match self.texts.get(key)? {
            Text::Single(text) => Some(text),
            Text::Forms(forms) => plural
                .and_then(|plural| forms.get(&plural))
                .or_else(|| forms.get(&Plural::Other))
                .map(String::as_str),
        }
    }

    pub(super) fn placeholders_by_key(&self) -> BTreeMap<String, Vec<String>> {
        self.texts
            .iter()
            .map(|(key, text)| {
                let names: BTreeSet<String> = forms(text)
                    .flat_map(placeholders)
                    .filter(|name| name != "count")
                    .collect();
                (key.clone(), names.into_iter().collect())
            })
            .collect()
    }
}

/// Every problem of `pack` measured against `english`: missing and unknown keys, changed
/// placeholders, empty texts and markup.
pub fn check_against(english: &UiPack, pack: &UiPack) -> Vec<PackError> {
    let ours = english.placeholders_by_key();
    let theirs = pack.placeholders_by_key();
    let mut problems: Vec<PackError> = ours
        .keys()
        .filter(|key| !theirs.contains_key(*key))
        .map(|key| PackError::Missing(key.clone()))
        .collect();
    for (key, names) in &theirs {
        match ours.get(key) {
            None => problems.push(PackError::Unknown(key.clone())),
            Some(english_names) if english_names != names => {
                problems.push(PackError::Placeholders(key.clone()));
            }
            Some(_) => {}
        }
    }
    for (key, text) in &pack.texts {
        let plain = forms(text)
            .all(|form| !form.trim().is_empty() && !form.contains('<') && !form.contains('>'));
        if !plain {
            problems.push(PackError::NotPlainText(key.clone()));
        }
    }
    problems
}

fn text_of(entry: &Value) -> Option<Text> {
    match entry {
        Value::String(text) => Some(Text::Single(text.clone())),
        Value::Object(map) => {
            let forms: BTreeMap<Plural, String> = map
                .iter()
                .map(|(name, form)| Some((Plural::named(name)?, form.as_str()?.to_owned())))
                .collect::<Option<_>>()?;
            forms
                .contains_key(&Plural::Other)
                .then_some(Text::Forms(forms))
        }
        _ => None,
    }
}

fn forms(text: &Text) -> Box<dyn Iterator<Item = &str> + '_> {
    match text {
        Text::Single(text) => Box::new(std::iter::once(text.as_str())),
        Text::Forms(forms) => Box::new(forms.values().map(String::as_str)),
    }
}

fn placeholders(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}
