//! Partnering-maturity self-assessment: a pure core (content, answers, scoring, progress) and
//! a thin Yew shell that runs it in the browser.

pub mod answers;
pub mod compare;
pub mod config;
pub mod content;
pub mod events;
pub mod export;
pub mod inputs;
pub mod journey;
pub mod layout;
pub mod model;
pub mod progress;
pub mod route;
pub mod scoring;
pub mod share;

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod pages;
pub mod state;

pub use app::App;
