//! Scoring: answers in, report out. Pure and deterministic; never panics on any answer set.
//!
//! Levels follow the evidence, not only averages: knock-out caps declared in the content hold
//! a module's level (and the overall level) down; the overall level describes the
//! respondent's own organization, with assessments of named partners reported beside it;
//! actions are triggered by specific answers, red flags and caps as well as by low scores.

mod actions;
mod caps;
mod consistency;
pub(crate) use consistency::questions_read as questions_read_by_contradictions;
mod detail;
mod evidence;
mod measure;
mod owners;
mod report;
mod sentences;
mod verdict;

pub use actions::{
    MAX_ACTIONS_PER_DIMENSION, MAX_ACTIONS_PER_MODULE, PARTNER_DECISION, PRIORITY_FLOOR, area_name,
};
pub use consistency::{contradiction_claims, contradiction_examples};
pub use evidence::MAX_EVIDENCE;
pub use measure::{make_score, response_score};
pub(crate) use measure::{mean, tally, weighted_mean};
pub use owners::{ROLES_A_SMALL_COMPANY_LACKS, owner_for};
pub use report::*;
pub use sentences::{
    cap_sentence, contradiction_text, overall_provisional_note, partner_assessments,
    provisional_note, verdict_sentence,
};
pub use verdict::key_findings;

use crate::answers::Answers;
use crate::display::for_subject;
use crate::journey::chosen_modules;
use crate::model::{About, CompanySize, Content, Metric, Module, ModuleView, SubjectId, Subjects};
use measure::{Tally, enough_answered, finding};

/// Where an area starts to count as a strength: the lower bound of Defined, level 3.
fn strength_floor(content: &Content) -> f64 {
    content.level(3).map_or(40.0, |band| f64::from(band.min))
}

/// Scores every chosen module, then the overall rating, the verdict and the top actions.
pub fn score(content: &Content, answers: &Answers) -> Report {
    let size = answers.size(content);
    let modules: Vec<ModuleResult> = chosen_modules(content, answers)
        .into_iter()
        .map(|module| score_module(content, module, answers, size.unwrap_or(CompanySize::Mid)))
        .collect();
    let contradictions = consistency::contradictions(content, answers);
    let overall = verdict::overall(&content.levels, &modules, !contradictions.is_empty());
    let verdict = overall
        .as_ref()
        .map(|o| verdict::verdict(o, &modules, &contradictions, strength_floor(content)));
    let mut in_content_order: Vec<&ModuleResult> = Vec::new();
    for module in &content.modules {
        in_content_order.extend(modules.iter().filter(|m| m.id == module.id));
    }
    let top_actions = actions::top_actions(
        in_content_order
            .iter()
            .flat_map(|m| &m.recommendations)
            .collect(),
        &content.modules.iter().collect::<Vec<_>>(),
    );
    Report {
        contradictions,
        evidence: evidence::cited(content, answers),
        content_version: content.content_version,
        quick: answers.quick,
        size,
        strengths: verdict::strengths(&modules),
        top_actions,
        overall,
        verdict,
        modules,
    }
}

fn score_module(
    content: &Content,
    module: &Module,
    answers: &Answers,
    size: CompanySize,
) -> ModuleResult {
    let small = size == CompanySize::Small;
    let detail = detail::module_detail(module, answers, small);
    // Whom the module's own rating is about: the organization, or one's own party in B.
    let own = answers.own_subject(module);
    // Module B's texts name the company they are about.
    let own_name = own
        .and_then(|id| answers.parties.iter().find(|p| p.id == id))
        .map_or_else(|| "your company".to_owned(), |p| p.name.clone());
    let mut counts = Tally::default();
    let mut dimensions = Vec::new();
    let mut values: Vec<(String, f64, f64)> = Vec::new();
    for dimension in &module.dimensions {
        let subject = match (dimension.about, module.subjects) {
            (About::Organization, _) | (_, Subjects::None) => Some(SubjectId::ORGANIZATION),
            (About::EachSubject, Subjects::Parties) => own,
            // Per-partner evidence is a partner assessment, never part of one's own rating.
            (About::EachSubject, Subjects::Portfolio) => None,
        };
        let Some(subject) = subject else { continue };
        let result = match dimension.metric {
            Some(Metric::TierFit) => Tally {
                score: detail::tier_fit(&detail),
                ..Tally::default()
            },
            None => tally(dimension, answers, subject, small),
        };
        counts.add_counts(&result);
        let score = result.score.map(|value| make_score(&content.levels, value));
        if let Some(score) = score {
            values.push((dimension.id.clone(), score.value, dimension.weight.max(0.0)));
        }
        dimensions.push(DimensionResult {
            id: dimension.id.clone(),
            title: dimension.title.clone(),
            finding: score
                .and_then(|s| finding(dimension, s.value))
                .map(|text| for_subject(&text, &own_name).into_owned()),
            score,
            answered: result.answered,
            applicable: result.applicable,
            unknown: result.unknown,
            asked: result.asked,
        });
    }
    let cap = caps::applied_cap(module, answers, own, &detail);
    let status = if own.is_none() {
        ModuleStatus::PartnersOnly
    } else if matches!(&detail, ModuleDetail::Collaboration { present, .. } if present.len() == 1) {
        // Module A judges how partner functions work together; one function has no seam.
        ModuleStatus::NothingToJudge
    } else {
        match composed(module, &values) {
            Some(value) if enough_answered(module, counts.answered, counts.applicable) => {
                ModuleStatus::Scored {
                    rating: Rating {
                        score: make_score(&content.levels, value),
                        cap: cap.clone(),
                    },
                }
            }
            _ => ModuleStatus::Insufficient {
                answered: counts.answered,
                applicable: counts.applicable,
                needed_percent: module.min_answered_percent,
                cap: cap.clone(),
            },
        }
    };
    let recommendations = actions::module_actions(&actions::Evidence {
        module,
        answers,
        size,
        rated: matches!(status, ModuleStatus::Scored { .. }),
        cap: cap.as_ref(),
        detail: &detail,
        own_party: own.filter(|_| module.subjects == Subjects::Parties),
        alliance: alliance(module, answers),
    });
    ModuleResult {
        id: module.id.clone(),
        letter: module.letter.clone(),
        title: module.title.clone(),
        status,
        dimensions,
        recommendations,
        detail,
    }
}

/// Module D's partner, when named, and whether the company itself winds it down: treated today
/// as "under review / winding down" in module C. Evidence that only recommends that tier does
/// not decide it, so such an alliance gets the actions that ask for the decision first.
fn alliance(module: &Module, answers: &Answers) -> Option<actions::Alliance> {
    if module.view != ModuleView::Health {
        return None;
    }
    let name = answers.alliance()?.name;
    let winding_down = answers.alliance_winding_down();
    Some(actions::Alliance { name, winding_down })
}

/// The module's score from its dimension scores: the content's composition (each part the
/// weighted mean of its dimensions, parts with no score left out), or a plain weighted mean.
fn composed(module: &Module, values: &[(String, f64, f64)]) -> Option<f64> {
    if module.composition.is_empty() {
        return weighted_mean(values.iter().map(|(_, value, weight)| (*value, *weight)));
    }
    let parts = module.composition.iter().filter_map(|part| {
        let value = weighted_mean(
            values
                .iter()
                .filter(|(id, _, _)| part.dimensions.contains(id))
                .map(|(_, value, weight)| (*value, *weight)),
        )?;
        Some((value, part.weight.max(0.0)))
    });
    weighted_mean(parts)
}
