//! Scoring: answers in, report out. Pure and deterministic; never panics on any answer set.

mod detail;
mod report;

pub use report::*;

use crate::answers::{Answers, Response, SubjectRef};
use crate::model::{Content, Dimension, LevelBand, Module, Question};
use crate::order::{rank_of, sorted_by_rank};

/// Scores every chosen module, then the overall level and the top actions.
pub fn score(content: &Content, answers: &Answers) -> Report {
    let modules: Vec<ModuleResult> = answers
        .modules
        .iter()
        .filter_map(|id| content.modules.iter().find(|m| &m.id == id))
        .map(|module| score_module(content, module, answers))
        .collect();
    let scored: Vec<f64> = modules
        .iter()
        .filter_map(|m| m.score())
        .map(|s| s.value)
        .collect();
    let overall = mean(&scored).map(|value| make_score(&content.levels, value));
    let verdict = overall.and_then(|score| {
        content
            .levels
            .iter()
            .find(|band| band.level == score.level)
            .map(|band| band.verdict.clone())
    });
    Report {
        content_version: content.content_version,
        top_actions: top_actions(&modules),
        strengths: strengths(&modules),
        overall,
        verdict,
        modules,
    }
}

/// Builds a score, clamped to 0–100, with the level its value reaches.
pub fn make_score(levels: &[LevelBand], value: f64) -> Score {
    let value = if value.is_finite() {
        value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    // The level follows the score as shown (whole points), so "60 / 100" is never "Defined"
    // when level 4 starts at 60.
    let shown = value.round();
    let level = levels
        .iter()
        .filter(|band| f64::from(band.min) <= shown)
        .map(|band| band.level)
        .max()
        .unwrap_or(1);
    Score { value, level }
}

/// The score of one response to one question: `Some` only for a known choice.
pub fn response_score(question: &Question, response: Option<&Response>) -> Option<f64> {
    match response {
        Some(Response::Choice(id)) => question
            .choices
            .iter()
            .find(|c| &c.id == id)
            .map(|c| f64::from(c.score.min(100))),
        _ => None,
    }
}

/// The plain mean; `None` for no values.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Whether enough of the applicable questions were answered with a choice to give a score.
pub(crate) fn enough_answered(module: &Module, answered: usize, applicable: usize) -> bool {
    applicable > 0
        && answered > 0
        && answered * 100 >= usize::from(module.min_answered_percent) * applicable
}

fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = pairs
        .into_iter()
        .fold((0.0, 0.0), |(sum, weights), (value, weight)| {
            (sum + value * weight, weights + weight)
        });
    (weights > 0.0).then(|| sum / weights)
}

/// How one dimension scored for one subject.
pub(crate) struct SubjectDimension {
    pub score: Option<f64>,
    pub answered: usize,
    pub applicable: usize,
}

pub(crate) fn score_subject_dimension(
    dimension: &Dimension,
    answers: &Answers,
    subject: u16,
) -> SubjectDimension {
    let mut answered = 0;
    let mut applicable = 0;
    let mut pairs = Vec::new();
    for question in dimension.questions.iter().filter(|q| answers.is_asked(q)) {
        let response = answers.response(&question.id, subject);
        if response == Some(&Response::NotApplicable) {
            continue;
        }
        applicable += 1;
        if let Some(value) = response_score(question, response) {
            answered += 1;
            pairs.push((value, question.weight.max(0.0)));
        }
    }
    SubjectDimension {
        score: weighted_mean(pairs),
        answered,
        applicable,
    }
}

fn score_module(content: &Content, module: &Module, answers: &Answers) -> ModuleResult {
    let subjects: Vec<SubjectRef> = answers.subjects(module);
    let mut answered_total = 0;
    let mut applicable_total = 0;
    let mut dimensions = Vec::new();
    for dimension in &module.dimensions {
        let per_subject: Vec<SubjectDimension> = subjects
            .iter()
            .map(|subject| score_subject_dimension(dimension, answers, subject.id))
            .collect();
        let answered: usize = per_subject.iter().map(|s| s.answered).sum();
        let applicable: usize = per_subject.iter().map(|s| s.applicable).sum();
        answered_total += answered;
        applicable_total += applicable;
        let values: Vec<f64> = per_subject.iter().filter_map(|s| s.score).collect();
        let score = mean(&values).map(|value| make_score(&content.levels, value));
        dimensions.push(DimensionResult {
            id: dimension.id.clone(),
            title: dimension.title.clone(),
            finding: score.and_then(|s| finding(dimension, s.value)),
            score,
            answered,
            applicable,
        });
    }
    let enough = enough_answered(module, answered_total, applicable_total);
    let module_value = weighted_mean(module.dimensions.iter().zip(&dimensions).filter_map(
        |(dimension, result)| result.score.map(|s| (s.value, dimension.weight.max(0.0))),
    ));
    let status = match module_value {
        Some(value) if enough => ModuleStatus::Scored {
            score: make_score(&content.levels, value),
        },
        _ => ModuleStatus::Insufficient {
            answered: answered_total,
            applicable: applicable_total,
            needed_percent: module.min_answered_percent,
        },
    };
    let recommendations = if matches!(status, ModuleStatus::Scored { .. }) {
        recommendations(module, &dimensions)
    } else {
        Vec::new()
    };
    ModuleResult {
        id: module.id.clone(),
        letter: module.letter.clone(),
        title: module.title.clone(),
        detail: detail::module_detail(module, answers, &subjects),
        status,
        dimensions,
        recommendations,
    }
}

fn finding(dimension: &Dimension, value: f64) -> Option<String> {
    let rounded = value.round();
    dimension
        .findings
        .iter()
        .find(|band| rounded <= f64::from(band.max))
        .map(|band| band.text.clone())
}

fn recommendations(module: &Module, results: &[DimensionResult]) -> Vec<Action> {
    let actions: Vec<Action> = module
        .dimensions
        .iter()
        .zip(results)
        .filter_map(|(dimension, result)| result.score.map(|s| (dimension, s.value)))
        .flat_map(|(dimension, value)| {
            dimension
                .recommendations
                .iter()
                .filter(move |r| value < f64::from(r.below))
                .map(move |r| Action {
                    id: r.id.clone(),
                    module: module.id.clone(),
                    dimension: dimension.title.clone(),
                    text: r.text.clone(),
                    source: r.source.clone(),
                    priority: f64::from(r.impact) * (100.0 - value),
                })
        })
        .collect();
    by_priority(actions)
}

/// Highest priority first; ties keep content order.
fn by_priority(actions: Vec<Action>) -> Vec<Action> {
    sorted_by_rank(actions, |action| (-rank_of(action.priority), 0))
}

/// The three highest-priority actions, at most one per dimension so the list is varied.
fn top_actions(modules: &[ModuleResult]) -> Vec<Action> {
    // Modules in content order (their letters), so ties between modules keep content order.
    let in_content_order = sorted_by_rank(modules.iter().collect(), |m: &&ModuleResult| {
        (m.letter.bytes().next().map_or(0, i64::from), 0)
    });
    let all = by_priority(
        in_content_order
            .iter()
            .flat_map(|m| m.recommendations.clone())
            .collect(),
    );
    let mut seen = Vec::new();
    all.into_iter()
        .filter(|action| {
            let key = (action.module.clone(), action.dimension.clone());
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        })
        .take(3)
        .collect()
}

fn strengths(modules: &[ModuleResult]) -> Vec<String> {
    modules
        .iter()
        .filter(|m| m.score().is_some())
        .flat_map(|m| {
            m.dimensions
                .iter()
                .filter(|d| d.score.is_some_and(|s| s.level >= 4))
                .map(move |d| format!("{}: {}", m.title, d.title))
        })
        .collect()
}
