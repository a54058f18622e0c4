//! Export and import: answers and scores as a self-describing JSON document that can be read
//! back (with a typed error for every way a file can be wrong), and answers as CSV.

mod table;

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::answers::{Answers, retain_known};
use crate::model::Content;
use crate::scoring::Report;

pub use table::{CSV_HEADER, csv_header, to_csv};

/// What every export says it is, so a stray JSON file is recognised as foreign.
pub const KIND: &str = "partnering-maturity-assessment";
/// The export format this build writes and the newest it reads.
pub const FORMAT: u64 = 1;
/// Files larger than this are refused before parsing (a full assessment is far smaller).
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file holds nothing (or only whitespace).
    Empty,
    /// Larger than `MAX_IMPORT_BYTES`.
    TooLarge,
    /// Not JSON text at all (an image, a spreadsheet, a half-saved file).
    NotJson,
    /// JSON, but not an assessment export.
    Foreign,
    /// Written by a newer version of the app.
    NewerFormat(u64),
    /// Made with content newer than this build knows.
    NewerContent {
        /// The file's content edition.
        file: u64,
        /// This build's content edition.
        app: u32,
    },
    /// An export whose parts are missing or unreadable; says which.
    Damaged(&'static str),
}

impl ImportError {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            Self::Empty => words.get("core_import.empty").to_owned(),
            Self::TooLarge => words.get("core_import.too_large").to_owned(),
            Self::NotJson => words.get("core_import.not_json").to_owned(),
            Self::Foreign => words.get("core_import.foreign").to_owned(),
            Self::NewerFormat(format) => {
                let format = format.to_string();
                words.fill("core_import.newer_format", &[("format", (&format).into())])
            }
            Self::NewerContent { file, app } => {
                let (file, app) = (file.to_string(), app.to_string());
                words.fill(
                    "core_import.newer_content",
                    &[("file", (&file).into()), ("app", (&app).into())],
                )
            }
            // What is damaged is named in English: the rest of the sentence is the reader's.
            Self::Damaged(what) => words.fill("core_import.damaged", &[("what", (*what).into())]),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("This file is empty: it holds no assessment."),
            Self::TooLarge => f.write_str("This file is far larger than any assessment export (over 1 MB), so it was not opened."),
            Self::NotJson => f.write_str("This file is not an assessment export: it is not JSON text. Choose the .json file the assessment saved."),
            Self::Foreign => f.write_str("This file is not an assessment export: it is JSON, but it was not saved by this assessment."),
            Self::NewerFormat(format) => write!(f, "This file was exported by a newer version of the assessment (file format {format}); open it where it was made or after this site updates."),
            Self::NewerContent { file, app } => write!(f, "This file uses questions from a newer edition of the assessment (edition {file}; this one has edition {app}), so it was not opened."),
            Self::Damaged(what) => write!(f, "This assessment export is damaged: {what}, so it was not opened."),
        }
    }
}

/// An imported file: its answers, cleaned against this build's content, the content edition
/// it was made with, and how many responses were dropped because the content changed since.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The answers, pruned to what the content still has.
    pub answers: Answers,
    /// The content edition the file was made with.
    pub content_version: u32,
    /// Responses dropped because the content changed since the file was made.
    pub dropped: usize,
}

#[derive(Serialize)]
struct Document<'a> {
    kind: &'static str,
    format: u64,
    content_version: u32,
    exported_on: &'a str,
    answers: &'a Answers,
    report: &'a Report,
}

/// The answers and their report as pretty JSON; `exported_on` is the date the caller passes
/// (the core has no clock).
pub fn to_json(content: &Content, answers: &Answers, report: &Report, exported_on: &str) -> String {
    let document = Document {
        kind: KIND,
        format: FORMAT,
        content_version: content.content_version,
        exported_on,
        answers,
        report,
    };
    // These types have only string keys and serde_json writes non-finite floats as null, so
    // this cannot fail; an empty string would still be refused on import, never crash.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// Reads an export back. Only the answers are taken: the report in the file is ignored and
/// the caller rescores, so an edited score can never reach the screen.
pub fn from_json(content: &Content, text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    // Some editors save a byte-order mark, which serde_json refuses.
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(ImportError::Foreign);
    }
    let format = number(&value, "format").ok_or(ImportError::Damaged(
        "its format number is missing or unreadable",
    ))?;
    if format > FORMAT {
        return Err(ImportError::NewerFormat(format));
    }
    if format == 0 {
        return Err(ImportError::Damaged("its format number is impossible"));
    }
    let version = number(&value, "content_version").ok_or(ImportError::Damaged(
        "its edition number is missing or unreadable",
    ))?;
    if version > u64::from(content.content_version) {
        return Err(ImportError::NewerContent {
            file: version,
            app: content.content_version,
        });
    }
    let content_version = u32::try_from(version)
        .map_err(|_| ImportError::Damaged("its edition number is impossible"))?;
    let answers = value
        .get_mut("answers")
        .map(Value::take)
        .ok_or(ImportError::Damaged("it holds no answers"))?;
    let answers: Answers = serde_json::from_value(answers)
        .map_err(|_| ImportError::Damaged("its answers could not be read"))?;
    let (answers, dropped) = retain_known(content, answers);
    Ok(Imported {
        answers,
        content_version,
        dropped,
    })
}

fn number(value: &Value, field: &str) -> Option<u64> {
    value.get(field).and_then(Value::as_u64)
}
