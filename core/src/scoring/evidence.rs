//! Which published findings a report cites: those whose answer this person gave, about the
//! organization (or one's own company in module B), at most three, in the content's order;
//! one that speaks to other company sizes is left out.

use crate::answers::{Answers, Response};
use crate::model::{Content, Evidence};

/// The most findings one report cites.
pub const MAX_EVIDENCE: usize = 3;

pub(crate) fn cited(content: &Content, answers: &Answers) -> Vec<Evidence> {
    content
        .evidence
        .iter()
        .filter(|evidence| answered(content, answers, evidence))
        .take(MAX_EVIDENCE)
        .cloned()
        .collect()
}

fn answered(content: &Content, answers: &Answers, evidence: &Evidence) -> bool {
    let fits = |sizes: &Vec<_>| {
        answers
            .size(content)
            .is_some_and(|size| sizes.contains(&size))
    };
    if !evidence.sizes.as_ref().is_none_or(fits) {
        return false;
    }
    let question = &evidence.when.question;
    let Some(module) = content.module_of(question) else {
        return false;
    };
    if !answers.modules.contains(&module.id) {
        return false;
    }
    answers.own_subject(module).is_some_and(|subject| {
        matches!(
            answers.response(question, subject),
            Some(Response::Choice(choice)) if evidence.when.choices.contains(choice)
        )
    })
}
