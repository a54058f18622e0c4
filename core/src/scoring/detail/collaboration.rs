//! Module A's view: which partner functions exist, every seam between them, the collaboration
//! index and the seams where most value is lost.

use crate::answers::{Answers, Response};
use crate::journey::asked_questions;
use crate::model::{ChoiceId, Module, QuestionKind, SubjectId};
use crate::order::{rank_of, sorted_by_rank};
use crate::scoring::ModuleDetail;
use crate::scoring::Seam;
use crate::scoring::measure::{response_score, weighted_mean};

/// Seams scoring below this are listed among those where value is lost.
const WEAK_SEAM: f64 = 75.0;

pub(crate) fn collaboration(module: &Module, answers: &Answers) -> ModuleDetail {
    let organization = SubjectId::ORGANIZATION;
    let profile = module.profile.iter().find(|q| q.kind == QuestionKind::Many);
    let functions: Vec<(ChoiceId, String)> = profile
        .map(|q| {
            q.choices
                .iter()
                .map(|c| (c.id.clone(), c.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let present = match profile.and_then(|q| answers.response(&q.id, organization)) {
        Some(Response::Choices(chosen)) => functions
            .iter()
            .filter(|(id, _)| chosen.contains(id))
            .map(|(id, _)| id.clone())
            .collect(),
        _ => Vec::new(),
    };
    let mut seams = Vec::new();
    let mut answered = Vec::new();
    let seam_questions = module.dimensions.iter().flat_map(|dimension| {
        let asked = asked_questions(dimension, answers);
        dimension
            .questions
            .iter()
            .enumerate()
            .map(move |(at, question)| (question, asked.contains(&at)))
    });
    for (question, asked) in seam_questions {
        let QuestionKind::Seam(seam) = &question.kind else {
            continue;
        };
        let score = asked
            .then(|| {
                response_score(
                    question,
                    answers.response(&question.id, organization),
                    false,
                )
            })
            .flatten();
        if let Some(value) = score {
            answered.push((value, question.weight.max(0.0)));
        }
        seams.push(Seam {
            question: question.id.to_string(),
            functions: seam.functions.clone(),
            score,
            value_at_stake: seam.value_at_stake,
        });
    }
    let weak: Vec<Seam> = seams
        .iter()
        .filter(|s| s.score.is_some_and(|v| v < WEAK_SEAM))
        .cloned()
        .collect();
    // Weakest first; among equally weak seams, the one where the seed says more value is lost.
    let mut weakest = sorted_by_rank(weak, |s| {
        (
            rank_of(s.score.unwrap_or(0.0)),
            -i64::from(s.value_at_stake),
        )
    });
    weakest.truncate(3);
    ModuleDetail::Collaboration {
        functions,
        present,
        seams,
        collaboration_index: weighted_mean(answered),
        weakest_seams: weakest,
    }
}
