//! Response codes: how each response to each question and subject is written as one number.

use super::ShareError;
use crate::answers::{Answers, Response};
use crate::model::{ChoiceId, SubjectId};
use crate::share::layouts::QuestionLayout;

/// Subjects a question is answered for, in token order.
pub(super) fn subject_ids(question: &QuestionLayout, answers: &Answers) -> Vec<SubjectId> {
    answers
        .subjects_of(question.per)
        .into_iter()
        .map(|s| s.id)
        .collect()
}

/// 0 unanswered, 1 not applicable, 2 don't know, 3 + index for a choice; for multiple-choice
/// questions, 3 + a bit mask of the chosen indexes.
pub(super) fn response_code(question: &QuestionLayout, response: Option<&Response>) -> u64 {
    let index = |id: &ChoiceId| question.choices.iter().position(|c| c == id);
    match response {
        None => 0,
        Some(Response::NotApplicable) => 1,
        Some(Response::Unknown) => 2,
        Some(Response::Choice(id)) => index(id).map_or(0, |i| 3 + i as u64),
        Some(Response::Choices(ids)) => {
            let mask = ids
                .iter()
                .filter_map(index)
                .filter(|i| *i < 60)
                .fold(0u64, |m, i| m | 1 << i);
            if mask == 0 { 0 } else { 3 + mask }
        }
    }
}

pub(super) fn response_from_code(
    question: &QuestionLayout,
    code: u64,
) -> Result<Option<Response>, ShareError> {
    let choice = |i: u64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| question.choices.get(i))
            .cloned()
    };
    Ok(match code {
        0 => None,
        1 => Some(Response::NotApplicable),
        2 => Some(Response::Unknown),
        _ if question.multiple => {
            let mask = code - 3;
            let chosen: Vec<ChoiceId> = (0..question.choices.len().min(60) as u64)
                .filter(|i| mask & (1 << i) != 0)
                .filter_map(choice)
                .collect();
            if mask >> question.choices.len().min(60) != 0 {
                return Err(ShareError::Malformed(
                    "an answer that is not one of the choices",
                ));
            }
            Some(Response::Choices(chosen))
        }
        _ => Some(Response::Choice(choice(code - 3).ok_or(
            ShareError::Malformed("an answer that is not one of the choices"),
        )?)),
    })
}
