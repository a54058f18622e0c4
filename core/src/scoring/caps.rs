//! Knock-out rules: the evidence that caps a module's level, whatever its average says.

use crate::answers::{Answers, Response};
use crate::model::{CapRule, Module, SubjectId, Tier};
use crate::scoring::{AppliedCap, ModuleDetail, PartnerTiering};

/// The cap that holds for `module`, if any: when several hold, the lowest level wins.
/// `subject` is whom the answers rules read (the organization, or one's own party in B).
pub(crate) fn applied_cap(
    module: &Module,
    answers: &Answers,
    subject: Option<SubjectId>,
    detail: &ModuleDetail,
) -> Option<AppliedCap> {
    let mut held: Option<AppliedCap> = None;
    for cap in &module.caps {
        let reasons = match &cap.rule {
            CapRule::Answers(rule) => {
                let Some(subject) = subject else { continue };
                let reasons: Vec<String> = rule
                    .matches
                    .iter()
                    .filter(|m| {
                        matches!(
                            answers.response(&m.question, subject),
                            Some(Response::Choice(chosen)) if m.choices.contains(chosen)
                        )
                    })
                    .map(|m| m.reason.clone())
                    .collect();
                if reasons.len() < usize::from(rule.at_least) {
                    continue;
                }
                reasons
            }
            CapRule::IndexBelow(rule) => match detail {
                ModuleDetail::Collaboration {
                    collaboration_index: Some(index),
                    ..
                } if index.round() < f64::from(rule.below) => vec![rule.reason.clone()],
                _ => continue,
            },
            CapRule::StrategicAbove(rule) => match detail {
                ModuleDetail::Tiering { declared, .. }
                    if declared.strategic > usize::from(rule.max) =>
                {
                    vec![rule.reason.clone()]
                }
                _ => continue,
            },
            CapRule::StrategicUnearned(rule) => match detail {
                ModuleDetail::Tiering { partners, .. } if every_strategic_unearned(partners) => {
                    vec![rule.reason.clone()]
                }
                _ => continue,
            },
        };
        held = Some(match held {
            // Another knock-out at the same level: both reasons are said, and both actions
            // are called for.
            Some(mut h) if h.level == cap.level => {
                h.also.push(cap.id.clone());
                for reason in reasons {
                    if !h.reasons.contains(&reason) {
                        h.reasons.push(reason);
                    }
                }
                h
            }
            // A knock-out above the one that binds still calls for its action.
            Some(mut h) if h.level < cap.level => {
                h.also.push(cap.id.clone());
                h
            }
            lower_or_first => {
                let mut also: Vec<String> = Vec::new();
                if let Some(h) = lower_or_first {
                    also.push(h.id);
                    also.extend(h.also);
                }
                AppliedCap {
                    id: cap.id.clone(),
                    level: cap.level,
                    reasons,
                    also,
                    median: None,
                }
            }
        });
    }
    // What is not known cannot vouch for a high level: while a knock-out question is left
    // without an answer (or answered "don't know"), the level stays at Defined at most.
    let unknown = unchecked(module, answers, subject, detail);
    if !unknown.is_empty() && held.as_ref().is_none_or(|h| UNCHECKED_LEVEL < h.level) {
        held = Some(AppliedCap {
            id: AppliedCap::UNCHECKED.to_owned(),
            level: UNCHECKED_LEVEL,
            reasons: unknown,
            also: held
                .map(|h| std::iter::once(h.id).chain(h.also).collect())
                .unwrap_or_default(),
            median: None,
        });
    }
    held
}

/// Whether partners are treated as strategic and each one's own evidence supports a lower tier
/// (a partner whose tier is not checked yet vouches for nothing either way, so none holds).
fn every_strategic_unearned(partners: &[PartnerTiering]) -> bool {
    let mut strategic = partners
        .iter()
        .filter(|p| p.declared == Tier::Strategic)
        .peekable();
    strategic.peek().is_some()
        && strategic.all(|p| p.supported.is_some_and(|tier| tier > Tier::Strategic))
}

/// Whether the unearned-strategic knock-out could still hold: partners are called strategic,
/// none of them is shown to earn it, and one's tier is not checked yet (a quick check asks too
/// little about each partner to judge it).
fn strategic_tier_unchecked(partners: &[PartnerTiering]) -> bool {
    let strategic: Vec<&PartnerTiering> = partners
        .iter()
        .filter(|p| p.declared == Tier::Strategic)
        .collect();
    strategic.iter().any(|p| p.supported.is_none())
        && !strategic
            .iter()
            .any(|p| p.supported == Some(Tier::Strategic))
}

/// The highest level a module shows while one of its knock-outs is not checked yet.
pub(crate) const UNCHECKED_LEVEL: u8 = 3;

/// The short names of the knock-out questions asked here but not answered (or answered
/// "don't know"), and of module A's seams when none was answered; each could hold the level
/// down, so none can be assumed to pass.
fn unchecked(
    module: &Module,
    answers: &Answers,
    subject: Option<SubjectId>,
    detail: &ModuleDetail,
) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for cap in &module.caps {
        match &cap.rule {
            CapRule::Answers(rule) => {
                let Some(subject) = subject else { continue };
                let mut matching = 0;
                let mut missing: Vec<&str> = Vec::new();
                for matched in &rule.matches {
                    let Some((question, _)) =
                        module.questions().find(|(q, _)| q.id == matched.question)
                    else {
                        continue;
                    };
                    match answers.response(&question.id, subject) {
                        Some(Response::Choice(c)) if matched.choices.contains(c) => matching += 1,
                        Some(Response::Choice(_) | Response::NotApplicable) => {}
                        _ if answers.is_asked(question) => missing.push(&question.short),
                        _ => {}
                    }
                }
                // A missing answer counts only where it could still fire the knock-out: the
                // answers given leave it short, and the missing ones could make up the rest.
                let at_least = usize::from(rule.at_least);
                if matching < at_least && matching + missing.len() >= at_least {
                    for short in missing {
                        if !unknown.iter().any(|u| u == short) {
                            unknown.push(short.to_owned());
                        }
                    }
                }
            }
            CapRule::IndexBelow(_) => {
                if let ModuleDetail::Collaboration {
                    present,
                    collaboration_index: None,
                    ..
                } = detail
                    && present.len() >= 2
                {
                    unknown.push(AppliedCap::SEAMS_UNJUDGED.to_owned());
                }
            }
            CapRule::StrategicUnearned(rule) => {
                if let ModuleDetail::Tiering { partners, .. } = detail
                    && strategic_tier_unchecked(partners)
                {
                    unknown.push(rule.unchecked.clone());
                }
            }
            CapRule::StrategicAbove(_) => {}
        }
    }
    unknown
}
