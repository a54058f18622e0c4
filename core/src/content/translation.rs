//! Translations of the content: every text a person reads in a content file has a stable path,
//! and a translation file gives, per path, the English it was made from and the translated text.
//! The build applies a translation to the English JSON before parsing and validating it, so a
//! translated module passes the same validator; ids, weights, scores and rules are never touched.
//! A translation whose English has since changed is refused as stale, path by path.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

/// The JSON keys whose values people read. A value that looks like an identifier
/// (`too_many_strategic`) is not text, even under one of these keys.
const TEXT_KEYS: [&str; 23] = [
    "title",
    "summary",
    "intro",
    "prompt",
    "short",
    "help",
    "label",
    "detail",
    "text",
    "owner",
    "artefact",
    "cadence",
    "measure",
    "reason",
    "risk",
    "own",
    "partner",
    "partner_verdict",
    "name",
    "meaning",
    "finding",
    "sample",
    "unchecked",
];

/// One translated text: the English it was made from, and the translation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The English text this translation was made from.
    pub source: String,
    /// The translated text.
    pub text: String,
}

/// A translation of one content file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language, as a BCP 47 tag (`de`).
    pub language: String,
    /// Translated texts by path.
    pub texts: BTreeMap<String, Entry>,
}

/// Why a translation does not fit its content file.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslationError {
    /// The content file or the translation file is not valid JSON of its kind.
    Unreadable(String),
    /// A text of the content has no translation.
    Missing(String),
    /// A translated path no longer exists in the content.
    Unknown(String),
    /// The English at this path changed since it was translated.
    Stale {
        /// The text's path.
        path: String,
        /// The English the translation was made from.
        was: String,
    },
    /// The translation drops or adds a `{placeholder}` the English has.
    Placeholders(String),
    /// The translation is empty or carries markup.
    NotPlainText(String),
}

impl fmt::Display for TranslationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(message) => write!(f, "could not be read: {message}"),
            Self::Missing(path) => write!(f, "{path} has no translation"),
            Self::Unknown(path) => write!(f, "{path} is translated but not in the content"),
            Self::Stale { path, was } => write!(
                f,
                "{path} was translated from \"{was}\", and the English has changed since"
            ),
            Self::Placeholders(path) => write!(
                f,
                "{path} does not keep the English text's {{placeholders}}"
            ),
            Self::NotPlainText(path) => write!(f, "{path} is empty or contains markup"),
        }
    }
}

/// Every text a person reads in a content file (JSON text), by path.
pub fn texts(json: &str) -> Result<BTreeMap<String, String>, TranslationError> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| TranslationError::Unreadable(e.to_string()))?;
    let mut found = BTreeMap::new();
    walk(&value, "", None, &mut |path, text| {
        found.insert(path.to_owned(), text.to_owned());
    });
    Ok(found)
}

/// Reads a translation file.
pub fn read(json: &str) -> Result<Translation, TranslationError> {
    serde_json::from_str(json).map_err(|e| TranslationError::Unreadable(e.to_string()))
}

/// Checks a translation against its content file: every problem, path by path.
pub fn check(content_json: &str, translation: &Translation) -> Vec<TranslationError> {
    let english = match texts(content_json) {
        Ok(english) => english,
        Err(error) => return vec![error],
    };
    let mut problems = Vec::new();
    for (path, text) in &english {
        match translation.texts.get(path) {
            None => problems.push(TranslationError::Missing(path.clone())),
            Some(entry) if entry.source != *text => problems.push(TranslationError::Stale {
                path: path.clone(),
                was: entry.source.clone(),
            }),
            Some(entry) if !plain(&entry.text) => {
                problems.push(TranslationError::NotPlainText(path.clone()));
            }
            Some(entry) if placeholders(&entry.text) != placeholders(text) => {
                problems.push(TranslationError::Placeholders(path.clone()));
            }
            Some(_) => {}
        }
    }
    problems.extend(
        translation
            .texts
            .keys()
            .filter(|path| !english.contains_key(*path))
            .map(|path| TranslationError::Unknown(path.clone())),
    );
    problems
}

/// The content file (JSON text) in the translation's language, if the translation fits it
/// exactly; otherwise every problem.
pub fn apply(
    content_json: &str,
    translation: &Translation,
) -> Result<String, Vec<TranslationError>> {
    let problems = check(content_json, translation);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut value: Value = serde_json::from_str(content_json)
        .map_err(|e| vec![TranslationError::Unreadable(e.to_string())])?;
    replace(&mut value, "", None, translation);
    serde_json::to_string(&value).map_err(|e| vec![TranslationError::Unreadable(e.to_string())])
}

/// A new translation file's skeleton: every text with its English as both source and text.
pub fn skeleton(content_json: &str, language: &str) -> Result<Translation, TranslationError> {
    let texts = texts(content_json)?
        .into_iter()
        .map(|(path, text)| {
            let entry = Entry {
                source: text.clone(),
                text,
            };
            (path, entry)
        })
        .collect();
    Ok(Translation {
        language: language.to_owned(),
        texts,
    })
}

fn is_text(key: Option<&str>, value: &str) -> bool {
    let identifier = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    key.is_some_and(|key| TEXT_KEYS.contains(&key)) && !identifier
}

fn child_path(path: &str, step: &str) -> String {
    if path.is_empty() {
        step.to_owned()
    } else {
        format!("{path}/{step}")
    }
}

/// An array item's step: its `id` when it has one, so paths survive reordering; else its index.
fn item_step(item: &Value, index: usize) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) => id.to_owned(),
        None => index.to_string(),
    }
}

fn walk(value: &Value, path: &str, key: Option<&str>, found: &mut dyn FnMut(&str, &str)) {
    match value {
        Value::String(text) if is_text(key, text) => found(path, text),
        Value::Object(map) => {
            for (name, child) in map {
                walk(child, &child_path(path, name), Some(name), found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &child_path(path, &item_step(item, index)), key, found);
            }
        }
        _ => {}
    }
}

fn replace(value: &mut Value, path: &str, key: Option<&str>, translation: &Translation) {
    match value {
        Value::String(text) if is_text(key, text) => {
            if let Some(entry) = translation.texts.get(path) {
                entry.text.clone_into(text);
            }
        }
        Value::Object(map) => {
            for (name, child) in map.iter_mut() {
                replace(child, &child_path(path, name), Some(name), translation);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                let step = item_step(item, index);
                replace(item, &child_path(path, &step), key, translation);
            }
        }
        _ => {}
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn plain(text: &str) -> bool {
    !text.trim().is_empty() && !text.contains('<') && !text.contains('>')
}
