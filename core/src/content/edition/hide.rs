//! Hiding questions: only those no rule reads. A hidden question stays in the content, marked,
//! so links and saved progress keep their layout; the journey skips it and scoring treats it
//! as not asked.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{EditionProblem, Rule};
use crate::model::{
    AnswerMatch, CapRule, Content, Dimension, Question, QuestionKind, Recommendation, Trigger,
};

/// Hides each listed question that nothing needs; the rest are refused with the rule.
pub(super) fn apply(content: &mut Content, hide: &Value, problems: &mut Vec<EditionProblem>) {
    let Some(ids) = hide.as_array() else {
        let why = Rule::Malformed("`hide` is a list of question ids".into());
        problems.push(EditionProblem::new("hide", why));
        return;
    };
    let needed = needed(content);
    for id in ids {
        let Some(id) = id.as_str() else {
            let why = Rule::Malformed("a question id is in quotes".into());
            problems.push(EditionProblem::new(id.to_string(), why));
            continue;
        };
        if let Err(rule) = hide_one(content, &needed, id) {
            problems.push(EditionProblem::new(id, rule));
        }
    }
}

fn hide_one(
    content: &mut Content,
    needed: &BTreeMap<String, String>,
    id: &str,
) -> Result<(), Rule> {
    if content.questions().all(|(q, _)| q.id != id) {
        return Err(Rule::UnknownId);
    }
    if let Some(by) = needed.get(id) {
        return Err(Rule::Needed(by.clone()));
    }
    let dimension = content
        .modules
        .iter_mut()
        .flat_map(|m| m.dimensions.iter_mut())
        .find(|d| d.questions.iter().any(|q| q.id == id))
        .ok_or(Rule::UnknownId)?;
    let others_shown = dimension.questions.iter().any(|q| q.id != id && !q.hidden);
    if !others_shown {
        return Err(Rule::LastQuestion);
    }
    for question in dimension.questions.iter_mut().filter(|q| q.id == id) {
        question.hidden = true;
    }
    Ok(())
}

/// Every question some rule reads, with what reads it (the first such rule).
fn needed(content: &Content) -> BTreeMap<String, String> {
    let mut needed = BTreeMap::new();
    let mut need = |id: &str, by: String| {
        needed.entry(id.to_owned()).or_insert(by);
    };
    for question in &content.opening {
        need(question.id.as_str(), "scoring by company size".into());
    }
    for id in crate::scoring::questions_read_by_contradictions() {
        need(id, "a contradiction rule".into());
    }
    for evidence in &content.evidence {
        let by = format!("the cited finding `{}`", evidence.id);
        need(evidence.when.question.as_str(), by);
    }
    for module in &content.modules {
        for question in &module.profile {
            need(
                question.id.as_str(),
                "the module's branching and seams".into(),
            );
        }
        for cap in &module.caps {
            if let CapRule::Answers(rule) = &cap.rule {
                for matched in &rule.matches {
                    need(matched.question.as_str(), format!("the cap `{}`", cap.id));
                }
            }
        }
        for dimension in &module.dimensions {
            for question in &dimension.questions {
                question_needs(dimension, question, &mut need);
            }
            for recommendation in &dimension.recommendations {
                let by = format!("the trigger of `{}`", recommendation.id);
                for matched in answers_read(recommendation) {
                    need(matched.question.as_str(), by.clone());
                }
            }
        }
    }
    needed
}

/// What a question's own kind, requirement and dimension need of answers.
fn question_needs(dimension: &Dimension, question: &Question, need: &mut impl FnMut(&str, String)) {
    if let Some(requirement) = &question.requires {
        need(requirement.question.as_str(), "a requirement".into());
    }
    let id = question.id.as_str();
    match &question.kind {
        QuestionKind::Seam(_) => need(id, "the collaboration index".into()),
        QuestionKind::Objective(_) => need(id, "a tier rule".into()),
        QuestionKind::RedFlag(rule) => {
            need(id, "a tier rule".into());
            for matched in &rule.cleared_by {
                need(matched.question.as_str(), "a tier rule".into());
            }
        }
        _ => {}
    }
    if dimension.in_trust_profile {
        need(id, "the trust profile".into());
    }
}

/// The answers a recommendation's trigger and conditions read.
fn answers_read(recommendation: &Recommendation) -> impl Iterator<Item = &AnswerMatch> {
    let trigger = match &recommendation.when {
        Trigger::Answer(matched) => Some(matched),
        _ => None,
    };
    [
        trigger,
        recommendation.given.as_ref(),
        recommendation.unless.as_ref(),
    ]
    .into_iter()
    .flatten()
}
