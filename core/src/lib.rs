//! The pure core of the partnering-maturity assessment: content and its validation, answers,
//! scoring, the journey through the questions, share links, saved progress, configuration,
//! host events, exports and comparisons. Nothing here touches a browser, so `cargo test`
//! exercises all of it natively, and no input can make it panic.
// The core never panics on input and documents every public item: set once, for every file.
#![deny(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

pub mod answers;
pub mod compare;
pub mod config;
pub mod content;
pub mod csv;
pub mod date;
pub mod display;
pub mod events;
pub mod export;
pub mod funnel;
pub mod i18n;
pub mod journey;
pub mod model;
pub mod order;
pub mod pasted;
pub mod plan;
pub mod route;
pub mod scoring;
pub mod session;
pub mod share;
pub mod text;
pub mod two_sided;
