//! Leaving a question screen: Next (or the way back to the review) goes on only once nothing
//! on the screen is missing, and says when the module is complete.

use yew::prelude::*;

use partnering_core::answers::NameError;
use partnering_core::events;
use partnering_core::journey::{
    Blocker, Neighbours, StepKind, blocker, module_steps, neighbours, step_questions,
};
use partnering_core::model::{ModuleId, Subject};
use partnering_core::route::Route;

use crate::assessment::Assessment;
use crate::browser::{self, embed};
use crate::components::{add_typed_names, question_anchor};

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

/// What leaving a step remembers between renders.
pub(super) struct Leave {
    /// Next was pressed while something was missing; the message follows the answers from
    /// then on, so it clears as soon as nothing is missing.
    pub(super) tried: UseStateHandle<bool>,
    /// Why a name still typed on a companies screen could not be added.
    pub(super) typed_error: UseStateHandle<Option<NameError>>,
    /// Where to go once the names typed are in the answers (the next render).
    pending: UseStateHandle<Option<Dest>>,
}

/// Where leaving goes once the names typed are in: Next is worked out again then, since the
/// companies just added bring their own pages.
#[derive(Clone, PartialEq)]
enum Dest {
    Next,
    To(Route),
}

/// The state of leaving step `index` of `module`, reset on every new step.
#[hook]
pub(super) fn use_leave(app: &Assessment, module: &ModuleId, index: usize) -> Leave {
    let tried = use_state(|| false);
    let typed_error = use_state(|| None::<NameError>);
    let pending = use_state(|| None::<Dest>);
    {
        let (tried, typed_error) = (tried.clone(), typed_error.clone());
        use_effect_with((module.clone(), index), move |_| {
            tried.set(false);
            typed_error.set(None);
        });
    }
    {
        let (app, pending, tried) = (app.clone(), pending.clone(), tried.clone());
        let module = module.clone();
        use_effect_with(
            (app.answers().clone(), (*pending).clone()),
            move |(_, to)| {
                if let Some(dest) = to.clone() {
                    pending.set(None);
                    if let Some(leaving) = Leaving::at(&app, &module, index, &tried) {
                        let to = match dest {
                            Dest::Next => leaving.next.clone(),
                            Dest::To(route) => route,
                        };
                        leaving.go(&to);
                    }
                }
            },
        );
    }
    Leave {
        tried,
        typed_error,
        pending,
    }
}

impl Leave {
    /// The button that leaves for `to`: names still typed on a companies screen are added
    /// first, so none is lost for want of pressing Add.
    pub(super) fn to(&self, leaving: &Leaving, to: Route) -> Callback<MouseEvent> {
        let (leaving, pending, typed_error) = (
            leaving.clone(),
            self.pending.clone(),
            self.typed_error.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if leaving.step == StepKind::Subjects {
                match add_typed_names(&leaving.app, leaving.subject()) {
                    Err(error) => return typed_error.set(Some(error)),
                    Ok(true) if to == leaving.next => return pending.set(Some(Dest::Next)),
                    Ok(true) => return pending.set(Some(Dest::To(to.clone()))),
                    Ok(false) => typed_error.set(None),
                }
            }
            leaving.go(&to);
        })
    }
}
