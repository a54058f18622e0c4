//! The questionnaire's journey: which screens a module has given the answers so far
//! (branching, the quick check, pages of at most six questions), what blocks Next, where each
//! screen leads, and how long it takes.

mod blocker;
mod navigation;
mod position;
mod stepper;
mod steps;
mod timing;

pub use blocker::{Blocker, Unanswered, blocker};
pub use navigation::{Neighbours, first_unanswered, neighbours, resume_target, review_back};
pub use position::{Position, added_companies, opening_position, position};
pub use stepper::{Stage, StepperEntry, stepper};
pub use steps::{
    MAX_QUESTIONS_PER_SCREEN, Page, QUICK_STRATEGIC_PARTNERS, Section, StepKind, asked_questions,
    asked_subjects, module_steps, step_questions,
};
pub use timing::{added_by_subject, assessment_seconds, minutes, module_seconds, question_seconds};

use crate::answers::Answers;
use crate::model::{Content, Module};

/// Modules chosen in `answers`, in order, as found in `content`.
pub fn chosen_modules<'a>(content: &'a Content, answers: &Answers) -> Vec<&'a Module> {
    answers
        .modules
        .iter()
        .filter_map(|id| content.module(id))
        .collect()
}

/// Whether every screen of every chosen module can be passed: the assessment is finished and
/// its report is the natural place to return to.
pub fn is_complete(content: &Content, answers: &Answers) -> bool {
    let modules = chosen_modules(content, answers);
    !modules.is_empty()
        && modules.iter().all(|module| {
            module_steps(module, answers)
                .iter()
                .all(|step| blocker(module, step, answers).is_none())
        })
}
