//! The assessment content compiled into this build by `build.rs`, decoded and validated once.

use std::sync::OnceLock;

use partnering_core::content::{self, LoadError};
use partnering_core::model::Content;

/// The postcard blob `build.rs` wrote from `core/content/*.json`.
const BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

/// The content this build carries; an error (shown on screen) if it fails its own rules.
pub fn content() -> Result<&'static Content, &'static LoadError> {
    static CONTENT: OnceLock<Result<Content, LoadError>> = OnceLock::new();
    CONTENT.get_or_init(|| content::decode(BLOB)).as_ref()
}
