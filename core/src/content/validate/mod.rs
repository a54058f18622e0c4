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
    if checker.errors.is_empty() {
        Ok(())
    } else {
        Err(checker.errors)
    }
}
