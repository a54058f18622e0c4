//! The bundled assessment content: JSON files embedded at compile time, parsed and validated.

// The core never panics on input: these are errors, not warnings, here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod validate;

use std::fmt;
use std::sync::OnceLock;

use crate::model::{Content, Module};

pub use validate::{ContentError, validate};

/// The content as compiled by build.rs from src/content/*.json (postcard-encoded).
const BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

/// The seed articles every question and recommendation must name as its `source`.
pub const SEED_FILES: [&str; 5] = [
    "000_1c22e0a2fc20134b.txt",
    "001_fab03b045a6d17fc.txt",
    "002_8b18f0c00acb31e6.txt",
    "003_f83ea71ea79d38fe.txt",
    "004_9ffc5cfb76b2b802.txt",
];

/// Why the content could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// A file is not valid JSON for its type.
    Parse { file: String, message: String },
    /// The content parsed but breaks a rule.
    Invalid(Vec<ContentError>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Parse { file, message } => write!(f, "{file} could not be read: {message}"),
            Self::Invalid(errors) => {
                write!(f, "the assessment content has {} problem(s):", errors.len())?;
                for error in errors {
                    write!(f, "\n- {error}")?;
                }
                Ok(())
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct LevelsFile {
    content_version: u32,
    levels: Vec<crate::model::LevelBand>,
}

/// Parses and validates content from a levels file and module files (name, JSON text).
pub fn parse(levels_json: &str, modules: &[(&str, &str)]) -> Result<Content, LoadError> {
    let levels: LevelsFile =
        serde_json::from_str(levels_json).map_err(|error| LoadError::Parse {
            file: "levels.json".into(),
            message: error.to_string(),
        })?;
    let modules = modules
        .iter()
        .map(|(file, json)| {
            serde_json::from_str::<Module>(json).map_err(|error| LoadError::Parse {
                file: (*file).into(),
                message: error.to_string(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let content = Content {
        content_version: levels.content_version,
        levels: levels.levels,
        modules,
    };
    validate(&content).map_err(LoadError::Invalid)?;
    Ok(content)
}

/// The content compiled into this build, decoded and validated once.
pub fn bundled() -> Result<&'static Content, &'static LoadError> {
    static CONTENT: OnceLock<Result<Content, LoadError>> = OnceLock::new();
    CONTENT
        .get_or_init(|| {
            let content: Content =
                postcard::from_bytes(BUNDLED).map_err(|error| LoadError::Parse {
                    file: "content.postcard".into(),
                    message: error.to_string(),
                })?;
            validate(&content).map_err(LoadError::Invalid)?;
            Ok(content)
        })
        .as_ref()
}

/// The name of a maturity level (1 Ad hoc … 5 Optimizing), as the bundled content calls it.
pub fn level_name(level: u8) -> &'static str {
    bundled()
        .ok()
        .and_then(|content| content.levels.iter().find(|band| band.level == level))
        .map_or("", |band| band.name.as_str())
}
