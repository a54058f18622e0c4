//! The module stepper above every screen ("A ✓ · B ● · C · D"): each chosen module, finished,
//! current or still ahead, so progress reads in the modules the person chose.

use super::{blocker, chosen_modules, module_steps};
use crate::answers::Answers;
use crate::model::{Content, Module, ModuleId};

/// Where a module stands in the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Every screen of it can be passed.
    Done,
    /// The screen shown belongs to it.
    Current,
    /// Not finished and not shown.
    Ahead,
}

/// One module in the stepper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepperEntry {
    /// Its letter ("B").
    pub letter: String,
    /// Its title.
    pub title: String,
    /// Where it stands.
    pub stage: Stage,
}

fn is_done(module: &Module, answers: &Answers) -> bool {
    module_steps(module, answers)
        .iter()
        .all(|step| blocker(module, step, answers).is_none())
}

/// The chosen modules in order, with `current` (the module of the screen shown; `None` on the
/// opening screen) marked current and the finished ones done.
pub fn stepper(
    content: &Content,
    answers: &Answers,
    current: Option<&ModuleId>,
) -> Vec<StepperEntry> {
    chosen_modules(content, answers)
        .into_iter()
        .map(|module| StepperEntry {
            letter: module.letter.clone(),
            title: module.title.clone(),
            stage: if Some(&module.id) == current {
                Stage::Current
            } else if is_done(module, answers) {
                Stage::Done
            } else {
                Stage::Ahead
            },
        })
        .collect()
}
