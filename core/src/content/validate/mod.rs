//! Rules the content must follow; each broken rule names the offending id.

mod checker;
mod dimension;
mod levels;
mod module;
mod question;

use std::fmt;

use crate::model::Content;
use checker::Checker;

/// One broken content rule, naming the offending id.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    /// The module, dimension, question, choice or recommendation id at fault.
    pub id: String,
    /// What is wrong, as a sentence.
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.problem)
    }
}

/// Checks one module's own rules (a content pack on arrival); the rules across modules (unique
/// ids, evidence) are checked on the whole content at build time.
pub fn validate_module(module: &crate::model::Module) -> Result<(), Vec<ContentError>> {
    let mut checker = Checker::default();
    module::check_module(&mut checker, module);
    if checker.errors.is_empty() {
        Ok(())
    } else {
        Err(checker.errors)
    }
}

/// Checks every rule and returns all broken ones.
pub fn validate(content: &Content) -> Result<(), Vec<ContentError>> {
    let mut checker = Checker::default();
    levels::check_levels(&mut checker, content);
    levels::check_opening(&mut checker, content);
    checker.check(
        !content.modules.is_empty(),
        "content",
        "there are no modules",
    );
    for module in &content.modules {
        module::check_module(&mut checker, module);
    }
    check_evidence(&mut checker, content);
    if checker.errors.is_empty() {
        Ok(())
    } else {
        Err(checker.errors)
    }
}

/// Each cited finding names its source, year and sample, and an answer that exists.
fn check_evidence(checker: &mut Checker, content: &Content) {
    for evidence in &content.evidence {
        let id = evidence.id.as_str();
        checker.unique(id);
        for (field, text) in [
            ("finding", &evidence.finding),
            ("citation", &evidence.citation),
            ("sample", &evidence.sample),
        ] {
            checker.text(id, field, text);
        }
        checker.check(
            evidence.sizes.as_ref().is_none_or(|s| !s.is_empty()),
            id,
            "`sizes` lists at least one size, or is left out for every size",
        );
        checker.check(
            (1950..=2100).contains(&evidence.year),
            id,
            "the year of publication must be 1950-2100",
        );
        let question = content
            .questions()
            .find(|(q, _)| q.id == evidence.when.question)
            .map(|(q, _)| q);
        checker.check(
            question.is_some_and(|q| {
                !evidence.when.choices.is_empty()
                    && evidence.when.choices.iter().all(|c| q.choice(c).is_some())
            }),
            id,
            &format!(
                "refers to `{}` and choices it must offer",
                evidence.when.question
            ),
        );
    }
}
