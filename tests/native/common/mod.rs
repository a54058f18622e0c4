//! What the native tests share: answer fixtures, proptest settings, hostile inputs, and
//! rendering pages inside the app context.

pub mod fixtures;
pub mod hostile;
pub mod render;
pub mod strategies;
pub mod tokens;

pub use fixtures::*;
