//! The checker that collects broken rules, and the checks shared by every kind of item.

use std::collections::HashSet;

use super::ContentError;
use crate::content::SEED_FILES;

#[derive(Default)]
pub(super) struct Checker {
    pub(super) errors: Vec<ContentError>,
    ids: HashSet<String>,
}

impl Checker {
    pub(super) fn fail(&mut self, id: &str, problem: impl Into<String>) {
        self.errors.push(ContentError {
            id: id.to_owned(),
            problem: problem.into(),
        });
    }

    pub(super) fn check(&mut self, ok: bool, id: &str, problem: &str) {
        if !ok {
            self.fail(id, problem);
        }
    }

    pub(super) fn unique(&mut self, id: &str) {
        if id.trim().is_empty() {
            self.fail(id, "an id is empty");
        } else if !self.ids.insert(id.to_owned()) {
            self.fail(id, "this id is used more than once");
        }
    }

    pub(super) fn source(&mut self, id: &str, source: &str) {
        self.check(
            SEED_FILES.contains(&source),
            id,
            "its source does not name one of the seed files",
        );
    }

    /// A piece of text the reader sees must hold words.
    pub(super) fn text(&mut self, id: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(id, format!("its {field} is empty"));
        }
    }

    pub(super) fn weight(&mut self, id: &str, weight: f64) {
        self.check(
            weight.is_finite() && weight > 0.0,
            id,
            "its weight must be a positive number",
        );
    }
}
