//! Rules for a question: its choices, red flag, scale, branching requirement and seam.

use std::collections::HashSet;

use super::Checker;
use crate::model::{Module, Question, QuestionKind};

pub(super) fn check_question(
    checker: &mut Checker,
    module: &Module,
    question: &Question,
    profile: bool,
) {
    let id = question.id.as_str();
    checker.unique(id);
    checker.source(id, &question.source);
    checker.check(
        question.choices.len() >= 2,
        id,
        "a question needs at least two choices",
    );
    let mut choice_ids = HashSet::new();
    for choice in &question.choices {
        if !choice_ids.insert(choice.id.as_str()) || choice.id.trim().is_empty() {
            checker.fail(
                &format!("{id}/{}", choice.id),
                "choice ids must be unique and non-empty",
            );
        }
        checker.check(
            choice.score <= 100,
            &format!("{id}/{}", choice.id),
            "scores are 0-100",
        );
        if choice.raises_flag && question.red_flag.is_none() {
            checker.fail(
                &format!("{id}/{}", choice.id),
                "raises a flag but the question names none",
            );
        }
    }
    if question.red_flag.is_some() {
        checker.check(
            question.choices.iter().any(|choice| choice.raises_flag),
            id,
            "names a red flag but no choice raises it",
        );
    }
    if profile {
        return;
    }
    checker.weight(id, question.weight);
    checker.check(
        question.kind == QuestionKind::Single,
        id,
        "scored questions take a single choice",
    );
    checker.check(
        question.choices.iter().any(|choice| choice.score == 100)
            && question.choices.iter().any(|choice| choice.score == 0),
        id,
        "choices must span the whole scale, from 0 to 100",
    );
    if let Some(requirement) = &question.requires {
        check_requirement(checker, module, question, requirement);
    }
    if let Some(seam) = &question.seam {
        let required = question
            .requires
            .as_ref()
            .map(|r| r.all_of.as_slice())
            .unwrap_or_default();
        checker.check(
            seam.iter().all(|function| required.contains(function)) && seam[0] != seam[1],
            id,
            "a seam must join two different functions that the question requires",
        );
    }
}

fn check_requirement(
    checker: &mut Checker,
    module: &Module,
    question: &Question,
    requirement: &crate::model::Requirement,
) {
    let id = question.id.as_str();
    let Some(profile) = module.profile.iter().find(|p| p.id == requirement.question) else {
        checker.fail(
            id,
            format!(
                "requires `{}`, which is not a profile question of this module",
                requirement.question
            ),
        );
        return;
    };
    for choice in &requirement.all_of {
        checker.check(
            profile.choices.iter().any(|c| &c.id == choice),
            id,
            &format!(
                "requires choice `{choice}`, which `{}` does not offer",
                profile.id
            ),
        );
    }
    // A single-choice profile question can satisfy at most one required choice at a time,
    // so requiring two of them would leave the question unreachable.
    checker.check(
        profile.kind == QuestionKind::Multiple || requirement.all_of.len() <= 1,
        id,
        "can never be asked: it requires several answers to a single-choice question",
    );
}
