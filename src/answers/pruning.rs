//! Pruning loaded answers (from storage, a link or an import) down to what the content still has.

// The core never panics on input: these are errors, not warnings, here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use super::{Answers, MAX_SUBJECTS, Response, clean_name};
use crate::model::Question;

/// Keeps only modules, responses and choices the content still has, and caps names and list
/// sizes; returns the cleaned answers and how many responses were dropped.
pub fn retain_known(content: &crate::model::Content, mut answers: Answers) -> (Answers, usize) {
    answers
        .modules
        .retain(|id| content.modules.iter().any(|m| &m.id == id));
    let mut seen = std::collections::HashSet::new();
    answers.modules.retain(|id| seen.insert(id.clone()));
    answers.parties.truncate(MAX_SUBJECTS);
    answers.portfolio.truncate(MAX_SUBJECTS);
    let mut kept: Vec<String> = Vec::new();
    answers
        .parties
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    let mut kept: Vec<String> = Vec::new();
    answers
        .portfolio
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    let subjects: Vec<u16> = answers
        .parties
        .iter()
        .map(|p| p.id)
        .chain(answers.portfolio.iter().map(|p| p.id))
        .collect();
    let questions: Vec<&Question> = content
        .modules
        .iter()
        .flat_map(|m| {
            m.profile
                .iter()
                .chain(m.dimensions.iter().flat_map(|d| &d.questions))
        })
        .collect();
    let before = answers.responses.len();
    answers.responses.retain(|key, response| {
        let Some(question) = questions.iter().find(|q| q.id == key.question) else {
            return false;
        };
        if key.subject != 0 && !subjects.contains(&key.subject) {
            return false;
        }
        let known = |id: &String| question.choices.iter().any(|c| &c.id == id);
        match response {
            Response::Choice(id) => known(id),
            Response::Choices(ids) => !ids.is_empty() && ids.iter().all(known),
            Response::NotApplicable => question.allow_not_applicable,
            Response::Unknown => question.allow_unknown,
        }
    });
    let dropped = before - answers.responses.len();
    (answers, dropped)
}

/// Cleans a loaded name as if it had been typed; false (drop it) when empty or a duplicate.
fn keep_clean_name(name: &mut String, kept: &mut Vec<String>) -> bool {
    match clean_name(name, kept.iter().map(String::as_str)) {
        Ok(clean) => {
            kept.push(clean.clone());
            *name = clean;
            true
        }
        Err(_) => false,
    }
}
