//! The native test suite as one binary (one link, and shared helpers with no dead code):
//! the pure core, and the app's pages rendered to HTML.

mod common;

mod alliance;
mod compare_team;
mod config_rules;
mod content_invalid;
mod content_languages;
mod content_packs;
mod core_modules;
mod editions;
mod events_schema;
mod export_import;
mod forward_progress;
mod funnel;
mod fuzz_inputs;
mod german;
mod i18n;
mod journey_and_progress;
mod persona_digest;
mod personas;
mod plan_and_review;
mod plan_edits;
mod render_pages;
mod render_report;
mod scoring_examples;
mod scoring_properties;
mod session_rules;
mod share_links;
mod state_reducer;
mod translations;
mod ui_words;
