//! Where each screen leads: the next and previous screen of the journey, where the review's
//! Back goes, and where "resume" returns. Pages only ask; the decisions live here.

use super::{chosen_modules, module_steps};
use crate::answers::Answers;
use crate::model::{Content, ModuleId};
use crate::route::Route;

/// The screens before and after a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbours {
    /// Where Back leads: the previous step, the previous module's last step, or the choice
    /// of modules before the first step.
    pub back: Route,
    /// Where Next leads: the next step, the next module's first step, or the review after the
    /// last step.
    pub next: Route,
}

impl Neighbours {
    /// Whether Next leaves `module` (so finishing this step completes the module).
    pub fn next_leaves(&self, module: &ModuleId) -> bool {
        !matches!(&self.next, Route::Step { module: next, .. } if next == module)
    }
}

/// The screens around step `index` of `module`, for the current answers.
pub fn neighbours(
    content: &Content,
    answers: &Answers,
    module: &ModuleId,
    index: usize,
) -> Neighbours {
    let modules = chosen_modules(content, answers);
    let position = modules.iter().position(|m| &m.id == module).unwrap_or(0);
    let step = |module: &ModuleId, index| Route::Step {
        module: module.clone(),
        index,
    };
    let back = match index.checked_sub(1) {
        Some(previous) => step(module, previous),
        None => match position.checked_sub(1).and_then(|p| modules.get(p)) {
            Some(previous) => step(
                &previous.id,
                module_steps(previous, answers).len().saturating_sub(1),
            ),
            None => Route::Choose,
        },
    };
    let steps = modules
        .get(position)
        .map_or(0, |m| module_steps(m, answers).len());
    let next = if index + 1 < steps {
        step(module, index + 1)
    } else {
        match modules.get(position + 1) {
            Some(following) => step(&following.id, 0),
            None => Route::Review,
        }
    };
    Neighbours { back, next }
}

/// Where Back leads from the review: the last step of the last chosen module, or the choice
/// of modules when none is chosen.
pub fn review_back(content: &Content, answers: &Answers) -> Route {
    chosen_modules(content, answers)
        .last()
        .map_or(Route::Choose, |module| Route::Step {
            module: module.id.clone(),
            index: module_steps(module, answers).len().saturating_sub(1),
        })
}

/// Where "resume" returns: the last step or review the person saw (`last`, a stored hash),
/// when it is still part of their journey; otherwise the review.
pub fn resume_target(content: &Content, answers: &Answers, last: Option<&str>) -> Route {
    let last = last.map(Route::parse);
    match last.as_ref().and_then(Route::step) {
        Some((module, index))
            if chosen_modules(content, answers)
                .iter()
                .any(|m| &m.id == module && index < module_steps(m, answers).len()) =>
        {
            Route::Step {
                module: module.clone(),
                index,
            }
        }
        _ => Route::Review,
    }
}

/// Where continuing goes (a quick check into the full assessment, say): the first screen of
/// the journey with something still to answer, or the review when nothing is left.
pub fn first_unanswered(content: &Content, answers: &Answers) -> Route {
    chosen_modules(content, answers)
        .into_iter()
        .find_map(|module| {
            module_steps(module, answers)
                .iter()
                .position(|step| super::blocker(module, step, answers).is_some())
                .map(|index| Route::Step {
                    module: module.id.clone(),
                    index,
                })
        })
        .unwrap_or(Route::Review)
}
