//! The bundled assessment content: JSON files embedded at compile time, parsed and validated.

mod catalog;
pub mod edition;
mod pack;
pub mod translation;
mod validate;

use std::fmt;

use crate::model::{Content, Module};

pub use catalog::{Catalog, ModuleEntry};
pub use pack::{LANGUAGES, Pack, PackError, decode_pack, encode_pack};
pub use validate::{ContentError, validate, validate_module};

/// The content's files, in `core/content/`: the levels file, then one file per module in the
/// order the modules are offered. The build and the tests read this list; nothing else names them.
pub const LEVELS_FILE: &str = "levels.json";
/// Module files, in the order the modules are offered.
pub const MODULE_FILES: [&str; 4] = [
    "module_a_collaboration.json",
    "module_b_serious_partner.json",
    "module_c_tiering.json",
    "module_d_health.json",
];

/// The languages, besides English, with a translation of every content file in
/// `core/content/<language>/` (same file names; see [`translation`]).
pub const TRANSLATIONS: [&str; 1] = ["de"];

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
    Parse {
        /// The file's name.
        file: String,
        /// What the parser said.
        message: String,
    },
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

/// The levels file: the content version, the maturity levels and the opening questions.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelsFile {
    content_version: u32,
    levels: Vec<crate::model::LevelBand>,
    opening: Vec<crate::model::Question>,
    #[serde(default)]
    evidence: Vec<crate::model::Evidence>,
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
        opening: levels.opening,
        modules,
        evidence: levels.evidence,
        edition: None,
    };
    validate(&content).map_err(LoadError::Invalid)?;
    Ok(content)
}

/// Reads content compiled into a postcard blob (by the app's build script) and validates it.
pub fn decode(bytes: &[u8]) -> Result<Content, LoadError> {
    let content: Content = postcard::from_bytes(bytes).map_err(|error| LoadError::Parse {
        file: "content.postcard".into(),
        message: error.to_string(),
    })?;
    validate(&content).map_err(LoadError::Invalid)?;
    Ok(content)
}

/// Writes validated content as the compact postcard blob `decode` reads.
pub fn encode(content: &Content) -> Result<Vec<u8>, LoadError> {
    postcard::to_allocvec(content).map_err(|error| LoadError::Parse {
        file: "content.postcard".into(),
        message: error.to_string(),
    })
}
