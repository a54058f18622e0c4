//! Rules for a question: its anchored choices, its kind, and its branching requirement.

use std::collections::HashSet;

use super::Checker;
use crate::model::{Module, ModuleView, Question, QuestionKind, RedFlag, Subjects};

/// Checks one question. `module` is `None` for the opening questions; `unscored` says the
/// question sits where only unscored kinds belong (a profile or the opening).
pub(super) fn check_question(
    checker: &mut Checker,
    module: Option<&Module>,
    question: &Question,
    unscored: bool,
) {
    let id = question.id.as_str();
    checker.unique(id);
    checker.source(id, &question.source);
    checker.text(id, "prompt", &question.prompt);
    checker.text(id, "short label", &question.short);
    check_choices(checker, question);
    check_partner_placeholders(checker, module, question);
    check_partner_wording(checker, module, question);
    let allowed = match (&question.kind, unscored) {
        (QuestionKind::One | QuestionKind::Many, true) => true,
        (QuestionKind::One | QuestionKind::Many, false) => false,
        (_, true) => false,
        (_, false) => true,
    };
    checker.check(
        allowed,
        id,
        "profile and opening questions are unscored (one or many); dimension questions are scored or an objective",
    );
    if question.is_scored() {
        checker.weight(id, question.weight);
        check_scale(checker, question);
    }
    let view = module.map(|m| m.view);
    match &question.kind {
        QuestionKind::Risk(phrase) => checker.text(id, "risk phrase", phrase),
        QuestionKind::Seam(seam) => {
            let required = question
                .requires
                .as_ref()
                .map(|r| r.all_of.as_slice())
                .unwrap_or_default();
            let [first, second] = &seam.functions;
            checker.check(
                required.contains(first) && required.contains(second) && first != second,
                id,
                "a seam must join two different functions that the question requires",
            );
            checker.check(
                (1..=3).contains(&seam.value_at_stake),
                id,
                "value_at_stake must be 1-3",
            );
            checker.check(
                view == Some(ModuleView::Collaboration),
                id,
                "seams belong to the collaboration module",
            );
        }
        QuestionKind::RedFlag(rule) => {
            checker.check(
                !rule.raised_by.is_empty()
                    && rule.raised_by.iter().all(|c| question.choice(c).is_some()),
                id,
                "names a red flag but no choice of its own raises it",
            );
            checker.check(
                rule.flag != RedFlag::EveryoneStrategic,
                id,
                "everyone_strategic is the portfolio's flag, not a partner's",
            );
            checker.check(
                module.is_some_and(|m| m.subjects == Subjects::Portfolio),
                id,
                "red flags belong to the portfolio module",
            );
            if let Some(module) = module {
                for cleared in &rule.cleared_by {
                    check_answer_match(checker, module, id, cleared);
                }
            }
        }
        QuestionKind::Objective(ceilings) => {
            let covered: Vec<_> = ceilings.iter().map(|c| &c.choice).collect();
            checker.check(
                question.choices.len() == ceilings.len()
                    && question.choices.iter().all(|c| covered.contains(&&c.id)),
                id,
                "an objective question needs one ceiling per choice",
            );
            checker.check(
                module.is_some_and(|m| m.subjects == Subjects::Portfolio),
                id,
                "objective questions belong to the portfolio module",
            );
        }
        QuestionKind::Scored | QuestionKind::One | QuestionKind::Many => {}
    }
    if let (Some(requirement), Some(module)) = (&question.requires, module) {
        check_requirement(checker, module, question, requirement);
    }
}

fn check_choices(checker: &mut Checker, question: &Question) {
    let id = question.id.as_str();
    let fewest = if question.is_scored() { 3 } else { 2 };
    checker.check(
        question.choices.len() >= fewest,
        id,
        if question.is_scored() {
            "a scored question needs at least three anchored choices"
        } else {
            "a question needs at least two choices"
        },
    );
    let mut choice_ids = HashSet::new();
    for choice in &question.choices {
        let choice_id = format!("{id}/{}", choice.id);
        if !choice_ids.insert(choice.id.as_str()) || choice.id.as_str().trim().is_empty() {
            checker.fail(&choice_id, "choice ids must be unique and non-empty");
        }
        checker.text(&choice_id, "label", &choice.label);
        checker.text(&choice_id, "detail", &choice.detail);
        checker.check(
            choice.score <= 100 && choice.score_small.is_none_or(|s| s <= 100),
            &choice_id,
            "scores are 0-100",
        );
        checker.check(
            question.is_scored() || (choice.score == 0 && choice.score_small.is_none()),
            &choice_id,
            "choices of unscored questions carry no score",
        );
    }
}

/// Scored choices run from worst to best, from 0 to 100, so a later choice is never worse;
/// for a small company too, where a choice scores differently.
fn check_scale(checker: &mut Checker, question: &Question) {
    let rising = |scores: &[u8]| {
        scores.windows(2).all(|pair| match pair {
            [low, high] => low <= high,
            _ => true,
        })
    };
    let scores: Vec<u8> = question.choices.iter().map(|c| c.score).collect();
    let small: Vec<u8> = question
        .choices
        .iter()
        .map(|c| c.score_small.unwrap_or(c.score))
        .collect();
    checker.check(
        rising(&scores) && scores.first() == Some(&0) && scores.last() == Some(&100),
        question.id.as_str(),
        "choices must run from worst to best, from 0 to 100",
    );
    checker.check(
        rising(&small),
        question.id.as_str(),
        "for a small company too, a later choice must never score lower",
    );
}

/// `AnswerMatch` and cap matches name a question of the module and choices it offers.
pub(super) fn check_answer_match(
    checker: &mut Checker,
    module: &Module,
    id: &str,
    matched: &crate::model::AnswerMatch,
) {
    check_named_answer(checker, module, id, &matched.question, &matched.choices);
}

pub(super) fn check_named_answer(
    checker: &mut Checker,
    module: &Module,
    id: &str,
    question_id: &crate::model::QuestionId,
    choices: &[crate::model::ChoiceId],
) {
    match module.questions().find(|(q, _)| &q.id == question_id) {
        None => checker.fail(
            id,
            format!("refers to `{question_id}`, which is not a question of this module"),
        ),
        Some((question, _)) => checker.check(
            !choices.is_empty() && choices.iter().all(|c| question.choice(c).is_some()),
            id,
            &format!("refers to choices `{question_id}` does not offer"),
        ),
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
            profile.choice(choice).is_some(),
            id,
            &format!(
                "requires choice `{choice}`, which `{}` does not offer",
                profile.id
            ),
        );
    }
    // A single-choice profile question can satisfy at most one required choice at a time,
    // so requiring two of them (or two ticks) would leave the question unreachable.
    let needed = requirement
        .all_of
        .len()
        .max(usize::from(requirement.at_least));
    let reachable = match profile.kind {
        QuestionKind::Many => needed <= profile.choices.len(),
        _ => needed <= 1,
    };
    checker.check(
        reachable,
        id,
        "can never be asked: it requires more answers than its profile question can give",
    );
}

/// "{partner}" belongs to module D's prompts, help and choices, only where it reads well both
/// with a name and as "the partner"; nowhere else (short labels are shown without a partner).
fn check_partner_placeholders(checker: &mut Checker, module: Option<&Module>, question: &Question) {
    use crate::model::partner_text::{PARTNER, PARTNER_OPENING, placeholder_problem};
    let id = question.id.as_str();
    let in_health = module.is_some_and(|m| m.view == ModuleView::Health);
    let choices = question
        .choices
        .iter()
        .flat_map(|c| [("choice label", &c.label), ("choice detail", &c.detail)]);
    let help = question.help.iter().map(|h| ("help", h));
    for (field, text) in [("prompt", &question.prompt)]
        .into_iter()
        .chain(help)
        .chain(choices)
    {
        let has = text.contains(PARTNER) || text.contains(PARTNER_OPENING);
        if has && !in_health {
            checker.fail(
                id,
                format!("its {field} names {PARTNER}, which only module D fills in"),
            );
        } else if let Some(problem) = placeholder_problem(text).filter(|_| in_health) {
            checker.fail(id, format!("its {field} has {problem}"));
        }
    }
    checker.check(
        !question.short.contains(PARTNER) && !question.short.contains(PARTNER_OPENING),
        id,
        "its short label is shown without the partner's name; write it without {partner}",
    );
}

/// A partner's wording belongs to a module about parties (B), says why, and rewords only
/// choices the question has, each once, with words.
fn check_partner_wording(checker: &mut Checker, module: Option<&Module>, question: &Question) {
    let Some(wording) = &question.about_partner else {
        return;
    };
    let id = question.id.as_str();
    checker.check(
        module.is_some_and(|m| m.subjects == Subjects::Parties),
        id,
        "only a module about parties (B) is asked about partners; about_partner belongs there",
    );
    checker.text(id, "partner prompt", &wording.prompt);
    checker.text(id, "reason for the partner wording (why)", &wording.why);
    checker.check(
        wording.prompt.contains("{subject}"),
        id,
        "its partner prompt must name the partner ({subject})",
    );
    if let Some(help) = &wording.help {
        checker.text(id, "partner help", help);
    }
    let mut seen = HashSet::new();
    for choice in &wording.choices {
        checker.check(
            question.choice(&choice.id).is_some() && seen.insert(choice.id.clone()),
            id,
            "its partner wording rewords a choice it does not have, or one twice",
        );
        checker.text(id, "partner choice detail", &choice.detail);
        if let Some(label) = &choice.label {
            checker.text(id, "partner choice label", label);
        }
    }
}
