//! The module-specific part of each result: seams (A), signs (B), tiers (C), trust (D).

use super::{
    ModuleDetail, PartnerTiering, PartySigns, Risk, Seam, enough_answered, response_score,
    score_subject_dimension, weighted_mean,
};
use crate::answers::{Answers, Response, SubjectRef};
use crate::model::{Module, ModuleView, QuestionKind, Tier, TierRules};
use crate::order::{rank_of, sorted_by_rank};

pub(super) fn module_detail(
    module: &Module,
    answers: &Answers,
    subjects: &[SubjectRef],
) -> ModuleDetail {
    match module.view {
        ModuleView::Collaboration => collaboration(module, answers),
        ModuleView::Signs => signs(module, answers),
        ModuleView::Tiering => tiering(module, answers, subjects),
        ModuleView::Health => health(module, answers),
    }
}

fn collaboration(module: &Module, answers: &Answers) -> ModuleDetail {
    let profile = module
        .profile
        .iter()
        .find(|q| q.kind == QuestionKind::Multiple);
    let functions: Vec<(String, String)> = profile
        .map(|q| {
            q.choices
                .iter()
                .map(|c| (c.id.clone(), c.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let present = match profile.and_then(|q| answers.response(&q.id, 0)) {
        Some(Response::Choices(chosen)) => functions
            .iter()
            .filter(|(id, _)| chosen.contains(id))
            .map(|(id, _)| id.clone())
            .collect(),
        _ => Vec::new(),
    };
    let mut seams = Vec::new();
    let mut answered = Vec::new();
    for question in module.dimensions.iter().flat_map(|d| &d.questions) {
        let Some(functions) = &question.seam else {
            continue;
        };
        let asked = answers.is_asked(question);
        let score = asked
            .then(|| response_score(question, answers.response(&question.id, 0)))
            .flatten();
        if let Some(value) = score {
            answered.push((value, question.weight.max(0.0)));
        }
        seams.push(Seam {
            question: question.id.clone(),
            functions: functions.clone(),
            score,
        });
    }
    let open: Vec<Seam> = seams
        .iter()
        .filter(|s| s.score.is_some_and(|v| v < 100.0))
        .cloned()
        .collect();
    let mut weakest = sorted_by_rank(open, |s| (rank_of(s.score.unwrap_or(0.0)), 0));
    weakest.truncate(3);
    ModuleDetail::Collaboration {
        functions,
        present,
        seams,
        collaboration_index: weighted_mean(answered),
        weakest_seams: weakest,
    }
}

fn signs(module: &Module, answers: &Answers) -> ModuleDetail {
    let parties = answers
        .parties
        .iter()
        .map(|party| {
            let signs: Vec<(String, Option<f64>)> = module
                .dimensions
                .iter()
                .map(|d| {
                    (
                        d.id.clone(),
                        score_subject_dimension(d, answers, party.id).score,
                    )
                })
                .collect();
            let graded = signs.iter().any(|(_, score)| score.is_some());
            let present = signs
                .iter()
                .filter(|(_, s)| s.is_some_and(|v| v >= 100.0))
                .count();
            let guidance = graded
                .then(|| {
                    module
                        .guidance
                        .iter()
                        .find(|g| usize::from(g.min) <= present && present <= usize::from(g.max))
                        .map(|g| g.text.clone())
                })
                .flatten();
            PartySigns {
                name: party.name.clone(),
                own: party.own,
                signs,
                present,
                guidance,
            }
        })
        .collect();
    ModuleDetail::Signs { parties }
}

fn tiering(module: &Module, answers: &Answers, subjects: &[SubjectRef]) -> ModuleDetail {
    let Some(rules) = &module.tiering else {
        return ModuleDetail::Tiering {
            partners: Vec::new(),
            shape: Vec::new(),
            red_flags: Vec::new(),
            declared_counts: [0; 4],
        };
    };
    let mut red_flags: Vec<String> = Vec::new();
    let partners: Vec<PartnerTiering> = answers
        .portfolio
        .iter()
        .zip(subjects)
        .map(|(partner, subject)| {
            let flags = partner_flags(module, answers, subject.id);
            for flag in &flags {
                if !red_flags.contains(flag) {
                    red_flags.push(flag.clone());
                }
            }
            let (score, enough) = partner_score(module, answers, subject.id);
            PartnerTiering {
                name: partner.name.clone(),
                declared: partner.declared,
                recommended: score
                    .filter(|_| enough)
                    .map(|v| recommended_tier(rules, v, &flags)),
                score,
                red_flags: flags,
            }
        })
        .collect();
    let mut declared_counts = [0usize; 4];
    for partner in &answers.portfolio {
        if let Some(count) = declared_counts.get_mut(partner.declared as usize) {
            *count += 1;
        }
    }
    let shape_ids = portfolio_shape(rules, declared_counts, answers.portfolio.len());
    if shape_ids.contains(&"everyone_strategic") {
        red_flags.push("everyone_strategic".into());
    }
    let shape = shape_ids
        .iter()
        .filter_map(|id| rules.shape_findings.iter().find(|f| f.id == *id))
        .map(|f| f.text.clone())
        .collect();
    ModuleDetail::Tiering {
        partners,
        shape,
        red_flags,
        declared_counts,
    }
}

fn partner_flags(module: &Module, answers: &Answers, subject: u16) -> Vec<String> {
    module
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .filter_map(|question| {
            let flag = question.red_flag.as_ref()?;
            let Some(Response::Choice(chosen)) = answers.response(&question.id, subject) else {
                return None;
            };
            let raised = question
                .choices
                .iter()
                .any(|c| &c.id == chosen && c.raises_flag);
            raised.then(|| flag.clone())
        })
        .collect()
}

/// A partner's score across the module and whether enough was answered to tier it.
fn partner_score(module: &Module, answers: &Answers, subject: u16) -> (Option<f64>, bool) {
    let mut answered = 0;
    let mut applicable = 0;
    let mut pairs = Vec::new();
    for dimension in &module.dimensions {
        let result = score_subject_dimension(dimension, answers, subject);
        answered += result.answered;
        applicable += result.applicable;
        if let Some(value) = result.score {
            pairs.push((value, dimension.weight.max(0.0)));
        }
    }
    (
        weighted_mean(pairs),
        enough_answered(module, answered, applicable),
    )
}

/// The tier a partner's answers support; a raised red flag caps it at tactical.
pub fn recommended_tier(rules: &TierRules, value: f64, flags: &[String]) -> Tier {
    let tier = if value >= f64::from(rules.strategic_min) {
        Tier::Strategic
    } else if value >= f64::from(rules.tactical_min) {
        Tier::Tactical
    } else if value >= f64::from(rules.opportunistic_min) {
        Tier::Opportunistic
    } else {
        Tier::Exit
    };
    if tier == Tier::Strategic && !flags.is_empty() {
        Tier::Tactical
    } else {
        tier
    }
}

/// Portfolio-shape finding ids for the declared tiers, against the 1–2 / 3–10 / any pattern.
pub fn portfolio_shape(rules: &TierRules, counts: [usize; 4], total: usize) -> Vec<&'static str> {
    let [strategic, tactical, ..] = counts;
    let [strategic_low, strategic_high] = rules.strategic_partners.map(usize::from);
    let [tactical_low, tactical_high] = rules.tactical_partners.map(usize::from);
    let mut shape = Vec::new();
    if strategic < strategic_low {
        shape.push("no_strategic");
    }
    if strategic > strategic_high {
        shape.push("too_many_strategic");
    }
    if strategic > strategic_high || (total >= 3 && strategic * 2 > total) {
        shape.push("everyone_strategic");
    }
    if tactical < tactical_low {
        shape.push("too_few_tactical");
    }
    if tactical > tactical_high {
        shape.push("too_many_tactical");
    }
    if shape.is_empty() && total > 0 {
        shape.push("healthy");
    }
    shape
}

fn health(module: &Module, answers: &Answers) -> ModuleDetail {
    let mut trust_profile = Vec::new();
    let mut risks = Vec::new();
    for dimension in &module.dimensions {
        for question in dimension.questions.iter().filter(|q| answers.is_asked(q)) {
            let score = response_score(question, answers.response(&question.id, 0));
            if dimension.in_trust_profile {
                trust_profile.push((question.short.clone(), score));
            }
            if let (Some(value), Some(risk)) = (score, &question.risk)
                && value < 50.0
            {
                risks.push((
                    value,
                    question.weight,
                    Risk {
                        question: question.id.clone(),
                        text: risk.clone(),
                        score: value,
                    },
                ));
            }
        }
    }
    let risks = sorted_by_rank(risks, |(value, weight, _)| {
        (rank_of(*value), -rank_of(*weight))
    });
    ModuleDetail::Health {
        trust_profile,
        top_risks: risks.into_iter().take(3).map(|(_, _, risk)| risk).collect(),
    }
}
