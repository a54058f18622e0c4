//! The arithmetic every module shares: a choice's score, a dimension's score for one subject,
//! weighted means, and a value's level.

use crate::answers::{Answers, Response};
use crate::journey::asked_questions;
use crate::model::{Dimension, LevelBand, Module, Question, SubjectId};

use super::Score;

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

/// The score of one response to one scored question: `Some` only for a known choice. `small`
/// applies the score a choice has for a company of fewer than 100 people, where it differs.
pub fn response_score(
    question: &Question,
    response: Option<&Response>,
    small: bool,
) -> Option<f64> {
    if !question.is_scored() {
        return None;
    }
    match response {
        Some(Response::Choice(id)) => question.choice(id).map(|choice| {
            let score = match choice.score_small {
                Some(score) if small => score,
                _ => choice.score,
            };
            f64::from(score.min(100))
        }),
        _ => None,
    }
}

/// The plain mean; `None` for no values.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The weighted mean of `(value, weight)` pairs; `None` when the weights add up to nothing.
pub(crate) fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = pairs
        .into_iter()
        .fold((0.0, 0.0), |(sum, weights), (value, weight)| {
            (sum + value * weight, weights + weight)
        });
    (weights > 0.0).then(|| sum / weights)
}

/// Whether enough of the applicable questions were answered with a choice to give a score.
pub(crate) fn enough_answered(module: &Module, answered: usize, applicable: usize) -> bool {
    applicable > 0
        && answered > 0
        && answered * 100 >= usize::from(module.min_answered_percent) * applicable
}

/// How one dimension scored for one subject.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tally {
    /// The weighted mean of its answered questions.
    pub score: Option<f64>,
    /// Questions answered with a choice.
    pub answered: usize,
    /// Questions asked and applicable (not "not applicable").
    pub applicable: usize,
    /// Questions answered "don't know".
    pub unknown: usize,
    /// Questions asked, applicable or not.
    pub asked: usize,
}

impl Tally {
    /// Adds another dimension's counts (the score is left to the caller).
    pub fn add_counts(&mut self, other: &Tally) {
        self.answered += other.answered;
        self.applicable += other.applicable;
        self.unknown += other.unknown;
        self.asked += other.asked;
    }

    /// The share of the questions asked that were answered "don't know", 0–100.
    pub fn unknown_percent(&self) -> f64 {
        if self.asked == 0 {
            return 0.0;
        }
        100.0 * self.unknown as f64 / self.asked as f64
    }

    /// Whether half or more of the questions asked were answered "don't know".
    pub fn mostly_unknown(&self) -> bool {
        self.unknown > 0 && self.unknown * 2 >= self.asked
    }
}

/// Scores one dimension's asked questions about one subject.
pub(crate) fn tally(
    dimension: &Dimension,
    answers: &Answers,
    subject: SubjectId,
    small: bool,
) -> Tally {
    let mut tally = Tally::default();
    let mut pairs = Vec::new();
    for question in asked_questions(dimension, answers)
        .into_iter()
        .filter_map(|at| dimension.questions.get(at))
    {
        tally.asked += 1;
        let response = answers.response(&question.id, subject);
        if response == Some(&Response::Unknown) {
            tally.unknown += 1;
        }
        if !question.is_scored() || response == Some(&Response::NotApplicable) {
            continue;
        }
        tally.applicable += 1;
        if let Some(value) = response_score(question, response, small) {
            tally.answered += 1;
            pairs.push((value, question.weight.max(0.0)));
        }
    }
    tally.score = weighted_mean(pairs);
    tally
}

/// The finding the content gives for a dimension score.
pub(crate) fn finding(dimension: &Dimension, value: f64) -> Option<String> {
    let rounded = value.round();
    dimension
        .findings
        .iter()
        .find(|band| rounded <= f64::from(band.max))
        .map(|band| band.text.clone())
}
