//! Leaving a question screen: Next (or the way back to the review) goes on only once nothing
//! on the screen is missing, and says when the module is complete.

use yew::prelude::*;

use partnering_core::events;
use partnering_core::journey::{
    Blocker, Neighbours, StepKind, blocker, module_steps, neighbours, step_questions,
};
use partnering_core::model::{ModuleId, Subject};
use partnering_core::route::Route;

use crate::assessment::Assessment;
use crate::browser::{self, embed};
use crate::components::question_anchor;

/// Leaving a screen for `to`: only once nothing on it is missing; otherwise the message shows
/// and the focus goes to the first unanswered question.
#[derive(Clone)]
pub(super) struct Leaving {
    pub(super) app: Assessment,
    pub(super) module: ModuleId,
    pub(super) step: StepKind,
    /// Where Next leads, to tell when leaving completes the module.
    pub(super) next: Route,
    pub(super) tried: UseStateHandle<bool>,
}

impl Leaving {
    /// Leaving step `index` of `module`; `None` for a step that is not part of the journey.
    pub(super) fn at(
        app: &Assessment,
        module: &ModuleId,
        index: usize,
        tried: &UseStateHandle<bool>,
    ) -> Option<Self> {
        let found = app.content.module(module)?;
        let step = module_steps(found, app.answers()).get(index)?.clone();
        Some(Self {
            app: app.clone(),
            module: module.clone(),
            step,
            next: neighbours(app.content, app.answers(), module, index).next,
            tried: tried.clone(),
        })
    }

    pub(super) fn subject(&self) -> Subject {
        self.app
            .content
            .module(&self.module)
            .map_or(Subject::Party, |m| m.subjects.subject())
    }

    pub(super) fn go(&self, to: &Route) {
        let Some(module) = self.app.content.module(&self.module) else {
            return;
        };
        match blocker(module, &self.step, self.app.answers()) {
            Some(Blocker::Unanswered(open)) => {
                self.tried.set(true);
                let first = open.first().and_then(|first| {
                    step_questions(module, &self.step)
                        .into_iter()
                        .find(|(q, s)| q.id == first.question && *s == first.subject)
                });
                if let Some((question, subject)) = first {
                    browser::focus(&question_anchor(question, subject));
                }
            }
            Some(_) => self.tried.set(true),
            None => {
                let around = Neighbours {
                    back: Route::Review,
                    next: self.next.clone(),
                };
                if *to == self.next && around.next_leaves(&self.module) {
                    embed::post(&self.app.config, &events::module_completed(module));
                }
                browser::navigate(to);
            }
        }
    }
}
