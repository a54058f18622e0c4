//! Knock-out rules: the evidence that caps a module's level, whatever its average says.

use crate::answers::{Answers, Response};
use crate::model::{CapRule, Module, SubjectId};
use crate::scoring::{AppliedCap, ModuleDetail};

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
        };
        if held.as_ref().is_none_or(|h| cap.level < h.level) {
            held = Some(AppliedCap {
                id: cap.id.clone(),
                level: cap.level,
                reasons,
            });
        }
    }
    held
}
