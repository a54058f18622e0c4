//! The stored format: the answers as saved in the browser, its keys (progress, the last step,
//! the set-aside copies of unreadable progress, the previous finished assessment), and how a
//! stored value is read back.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::date::Date;
use crate::model::Content;

use super::Kept;

/// The storage key for progress.
pub const KEY: &str = "partnering-maturity.progress";
/// The last step visited, so "resume" from the start screen returns there.
pub const LAST_STEP_KEY: &str = "partnering-maturity.last-step";
/// The last finished assessment, kept when a new one was started, so it can be restored.
pub const PREVIOUS_KEY: &str = "partnering-maturity.previous";
/// Where unreadable progress is set aside, so nothing is lost.
pub const SET_ASIDE_KEY: &str = "partnering-maturity.progress.unreadable";
/// At most this many unreadable copies are kept aside (a second never replaces the first).
pub const MAX_SET_ASIDE: usize = 20;

/// The keys unreadable progress may be set aside under, in the order they are tried:
/// `SET_ASIDE_KEY`, then `SET_ASIDE_KEY.2`, `.3`, … up to `MAX_SET_ASIDE`.
pub fn set_aside_keys() -> impl Iterator<Item = String> {
    std::iter::once(SET_ASIDE_KEY.to_owned())
        .chain((2..=MAX_SET_ASIDE).map(|n| format!("{SET_ASIDE_KEY}.{n}")))
}
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    content_version: u32,
    answers: Answers,
    /// The day these answers were saved (absent in progress saved before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_on: Option<Date>,
    /// The overall level of a finished assessment, when the build that saved it could score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<u8>,
}

/// Why stored progress could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// Not something this app wrote, or damaged.
    Unreadable,
    /// Written by a newer version of the app.
    NewerFormat(u32),
}

impl ProgressError {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            Self::Unreadable => words.get("core_progress.unreadable").to_owned(),
            Self::NewerFormat(format) => {
                let format = format.to_string();
                words.fill(
                    "core_progress.newer_format",
                    &[("format", (&format).into())],
                )
            }
        }
    }
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable => f.write_str(
                "Progress saved in this browser could not be read, so the assessment starts fresh.",
            ),
            Self::NewerFormat(format) => write!(
                f,
                "Progress saved in this browser comes from a newer version of the assessment \
                 (format {format}). It is left untouched, and this version will not save over it; \
                 reload the page to get the newer version."
            ),
        }
    }
}

/// Restored progress, and what changed if it was saved with older content.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The answers, pruned to what the content still has.
    pub answers: Answers,
    /// Responses dropped because their question or choice no longer exists.
    pub dropped: usize,
    /// The content edition the progress was saved with.
    pub content_version: u32,
    /// The day it was saved, when recorded.
    pub saved_on: Option<Date>,
    /// Its overall level, when recorded.
    pub level: Option<u8>,
}

/// Serializes progress for storage.
pub fn encode(content: &Content, answers: &Answers) -> String {
    encode_kept(
        content,
        &Kept {
            answers: answers.clone(),
            ..Kept::default()
        },
    )
}

/// Serializes answers for storage with the day they were saved and their level (when known).
pub fn encode_kept(content: &Content, kept: &Kept) -> String {
    let stored = Stored {
        format: FORMAT,
        content_version: content.content_version,
        answers: kept.answers.clone(),
        saved_on: kept.saved_on,
        level: kept.level,
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads stored progress, keeping only what the current content still has.
pub fn decode(content: &Content, raw: &str) -> Result<Restored, ProgressError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|_| ProgressError::Unreadable)?;
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .ok_or(ProgressError::Unreadable)?;
    if format > u64::from(FORMAT) {
        return Err(ProgressError::NewerFormat(
            u32::try_from(format).unwrap_or(u32::MAX),
        ));
    }
    let stored: Stored = serde_json::from_value(value).map_err(|_| ProgressError::Unreadable)?;
    let (answers, dropped) = crate::answers::retain_known(content, stored.answers);
    Ok(Restored {
        answers,
        dropped,
        content_version: stored.content_version,
        saved_on: stored.saved_on,
        level: stored.level,
    })
}
