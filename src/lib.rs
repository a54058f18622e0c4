//! The browser shell of the partnering-maturity self-assessment: a Yew app over the pure core
//! in `partnering_core` (content, answers, scoring, share links, configuration, exports).

pub mod app;
pub mod assessment;
pub mod browser;
pub mod components;
pub mod embedded;
pub mod pages;
pub mod session;
pub mod words;

pub use app::App;
