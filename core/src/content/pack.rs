//! Content packs: each module's content as its own postcard file, written at build time from
//! the validated JSON and fetched by the app when the module is needed.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::validate::{ContentError, validate_module};
use crate::model::{Module, ModuleId};

/// The languages packs are built in: English, the default, then every translation
/// ([`super::TRANSLATIONS`]).
pub const LANGUAGES: [&str; 2] = ["en", "de"];

/// One module's content in one language, for one content version.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Pack {
    /// The content version it was built from; it must be the catalog's.
    pub content_version: u32,
    /// Its language ("en", "de").
    pub language: String,
    /// The module, whole.
    pub module: Module,
}

/// Why a module's content pack could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum PackError {
    /// The page names no pack for the module (a build without it).
    NotListed(ModuleId),
    /// The file could not be fetched: the network failed, or the server answered with an
    /// error status (`None` when no answer came).
    Unavailable {
        /// The module whose pack it is.
        module: ModuleId,
        /// The HTTP status, when the server answered.
        status: Option<u16>,
    },
    /// The file is not a pack (truncated or corrupt).
    Unreadable(ModuleId),
    /// The pack belongs to another build: another module, language or content version.
    Mismatch(ModuleId),
    /// The pack decoded but its module breaks a content rule.
    Invalid(ModuleId, Vec<ContentError>),
}

impl PackError {
    /// The module whose pack failed.
    pub fn module(&self) -> &ModuleId {
        match self {
            Self::NotListed(module)
            | Self::Unavailable { module, .. }
            | Self::Unreadable(module)
            | Self::Mismatch(module)
            | Self::Invalid(module, _) => module,
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotListed(_) => write!(f, "This page does not list these questions."),
            Self::Unavailable {
                status: Some(status),
                ..
            } => write!(f, "The server answered {status} instead of the questions."),
            Self::Unavailable { .. } => {
                write!(f, "The connection failed before the questions arrived.")
            }
            Self::Unreadable(_) => {
                write!(f, "The questions arrived damaged and could not be read.")
            }
            Self::Mismatch(_) => write!(
                f,
                "The questions that arrived belong to another version of this assessment."
            ),
            Self::Invalid(_, errors) => write!(
                f,
                "The questions that arrived break {} content rule(s), first: {}.",
                errors.len(),
                errors.first().map(ToString::to_string).unwrap_or_default()
            ),
        }
    }
}

/// Writes a module's pack (the module is validated with the whole content beforehand).
pub fn encode_pack(content_version: u32, language: &str, module: &Module) -> Vec<u8> {
    let pack = Pack {
        content_version,
        language: language.to_owned(),
        module: module.clone(),
    };
    postcard::to_allocvec(&pack).unwrap_or_default()
}

/// Reads the pack expected for `module` in `language` and `content_version`, and checks the
/// module's rules.
pub fn decode_pack(
    bytes: &[u8],
    module: &ModuleId,
    language: &str,
    content_version: u32,
) -> Result<Module, PackError> {
    let pack: Pack =
        postcard::from_bytes(bytes).map_err(|_| PackError::Unreadable(module.clone()))?;
    if &pack.module.id != module
        || pack.language != language
        || pack.content_version != content_version
    {
        return Err(PackError::Mismatch(module.clone()));
    }
    validate_module(&pack.module).map_err(|errors| PackError::Invalid(module.clone(), errors))?;
    Ok(pack.module)
}
