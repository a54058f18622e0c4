//! An edition's texts: each path leads to one text an edition may override, or is refused.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{EditionProblem, Rule, SCORING_FIELDS, keep_if_valid, plain};
use crate::model::{Choice, Content, Question, Recommendation};

/// Sections of a module whose every field belongs to scoring.
const SCORING_SECTIONS: [&str; 3] = ["caps", "composition", "tiering"];

/// Where an overridable text lives.
enum Slot<'a> {
    Text(&'a mut String),
    Optional(&'a mut Option<String>),
}

impl Slot<'_> {
    fn current(&self) -> &str {
        match self {
            Self::Text(text) => text,
            Self::Optional(text) => text.as_deref().unwrap_or_default(),
        }
    }

    fn set(self, text: &str) {
        match self {
            Self::Text(slot) => text.clone_into(slot),
            Self::Optional(slot) => *slot = Some(text.to_owned()),
        }
    }
}

/// Applies each text, path by path, keeping the standard text where one is refused.
pub(super) fn apply(content: &mut Content, texts: &Value, problems: &mut Vec<EditionProblem>) {
    let Some(texts) = texts.as_object() else {
        let why = Rule::Malformed("a language's texts are an object of path to text".into());
        problems.push(EditionProblem::new("texts", why));
        return;
    };
    for (path, text) in texts {
        if let Err(rule) = apply_one(content, path, text) {
            problems.push(EditionProblem::new(path.clone(), rule));
        }
    }
}

fn apply_one(content: &mut Content, path: &str, text: &Value) -> Result<(), Rule> {
    let text = text
        .as_str()
        .ok_or_else(|| Rule::Malformed("a text is in quotes".into()))?;
    let segments: Vec<&str> = path.split('/').collect();
    // Find the slot first, so an unknown path is named as such before the text is judged.
    let standard = slot(content, &segments)?.current().to_owned();
    if !plain(text) {
        return Err(Rule::NotPlainText);
    }
    if placeholders(text) != placeholders(&standard) {
        return Err(Rule::Placeholders);
    }
    keep_if_valid(content, |trial| {
        slot(trial, &segments)?.set(text);
        Ok(())
    })
}

/// The overridable text at a path, or why there is none.
fn slot<'a>(content: &'a mut Content, segments: &[&str]) -> Result<Slot<'a>, Rule> {
    if segments
        .first()
        .is_some_and(|first| SCORING_SECTIONS.contains(first))
    {
        return Err(Rule::Scoring);
    }
    match segments {
        ["levels", index, field] => {
            let band = index
                .parse::<usize>()
                .ok()
                .and_then(|at| content.levels.get_mut(at))
                .ok_or(Rule::UnknownId)?;
            match *field {
                "name" => Ok(Slot::Text(&mut band.name)),
                "meaning" => Ok(Slot::Text(&mut band.meaning)),
                other => Err(not_text(other)),
            }
        }
        ["opening", id, rest @ ..] => {
            let question = content.opening.iter_mut().find(|q| q.id == *id);
            question_slot(question.ok_or(Rule::UnknownId)?, rest)
        }
        ["profile", id, rest @ ..] => {
            let question = content
                .modules
                .iter_mut()
                .flat_map(|m| m.profile.iter_mut())
                .find(|q| q.id == *id);
            question_slot(question.ok_or(Rule::UnknownId)?, rest)
        }
        ["dimensions", dimension, "questions", id, rest @ ..] => {
            let question = content
                .modules
                .iter_mut()
                .flat_map(|m| m.dimensions.iter_mut())
                .find(|d| d.id == *dimension)
                .ok_or(Rule::UnknownId)?
                .questions
                .iter_mut()
                .find(|q| q.id == *id);
            question_slot(question.ok_or(Rule::UnknownId)?, rest)
        }
        ["dimensions", dimension, "recommendations", id, field] => {
            let recommendation = content
                .modules
                .iter_mut()
                .flat_map(|m| m.dimensions.iter_mut())
                .find(|d| d.id == *dimension)
                .ok_or(Rule::UnknownId)?
                .recommendations
                .iter_mut()
                .find(|r| r.id == *id && !r.added);
            recommendation_slot(recommendation.ok_or(Rule::UnknownId)?, field)
        }
        _ => Err(not_text(segments.last().copied().unwrap_or_default())),
    }
}

fn question_slot<'a>(question: &'a mut Question, rest: &[&str]) -> Result<Slot<'a>, Rule> {
    match rest {
        ["prompt"] => Ok(Slot::Text(&mut question.prompt)),
        ["short"] => Ok(Slot::Text(&mut question.short)),
        ["help"] => Ok(Slot::Optional(&mut question.help)),
        ["choices", id, field] => {
            let choice = question.choices.iter_mut().find(|c| c.id == *id);
            choice_slot(choice.ok_or(Rule::UnknownId)?, field)
        }
        _ => Err(not_text(rest.last().copied().unwrap_or_default())),
    }
}

fn choice_slot<'a>(choice: &'a mut Choice, field: &str) -> Result<Slot<'a>, Rule> {
    match field {
        "label" => Ok(Slot::Text(&mut choice.label)),
        "detail" => Ok(Slot::Text(&mut choice.detail)),
        other => Err(not_text(other)),
    }
}

fn recommendation_slot<'a>(
    recommendation: &'a mut Recommendation,
    field: &str,
) -> Result<Slot<'a>, Rule> {
    match field {
        "text" => Ok(Slot::Text(&mut recommendation.text)),
        "owner" => Ok(Slot::Text(&mut recommendation.owner)),
        "artefact" => Ok(Slot::Text(&mut recommendation.artefact)),
        "cadence" => Ok(Slot::Text(&mut recommendation.cadence)),
        "measure" => Ok(Slot::Text(&mut recommendation.measure)),
        other => Err(not_text(other)),
    }
}

/// Why a field that is not an overridable text is refused.
fn not_text(field: &str) -> Rule {
    if SCORING_FIELDS.contains(&field) {
        Rule::Scoring
    } else {
        Rule::NotOverridable
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}
