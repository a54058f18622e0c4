//! Module D's view: the trust profile and the top risks.

use crate::answers::Answers;
use crate::journey::asked_questions;
use crate::model::{Module, QuestionKind, SubjectId};
use crate::order::{rank_of, sorted_by_rank};
use crate::scoring::measure::response_score;
use crate::scoring::{ModuleDetail, Risk};

/// A question scoring below this is a risk worth naming.
const RISKY: f64 = 50.0;

pub(crate) fn health(module: &Module, answers: &Answers, small: bool) -> ModuleDetail {
    let mut trust_profile = Vec::new();
    let mut risks = Vec::new();
    for dimension in &module.dimensions {
        for question in asked_questions(dimension, answers)
            .into_iter()
            .filter_map(|at| dimension.questions.get(at))
        {
            let response = answers.response(&question.id, SubjectId::ORGANIZATION);
            let score = response_score(question, response, small);
            if dimension.in_trust_profile {
                trust_profile.push((question.short.clone(), score));
            }
            if let (Some(value), QuestionKind::Risk(risk)) = (score, &question.kind)
                && value < RISKY
            {
                risks.push((
                    question.weight,
                    Risk {
                        question: question.id.to_string(),
                        text: risk.clone(),
                        score: value,
                    },
                ));
            }
        }
    }
    // Lowest score first; among equal scores, the heavier question.
    let risks = sorted_by_rank(risks, |(weight, risk)| {
        (rank_of(risk.score), -rank_of(*weight))
    });
    ModuleDetail::Health {
        alliance: answers.alliance().map(|a| a.name),
        trust_profile,
        top_risks: risks.into_iter().take(3).map(|(_, risk)| risk).collect(),
    }
}
