//! Where a person is in the whole assessment: which screen of how many, across every chosen
//! module, and about how many minutes are left.

use super::steps::{StepKind, module_steps, step_questions};
use super::timing::{minutes, planned, question_seconds};
use crate::answers::Answers;
use crate::model::{Content, ModuleId};

use super::chosen_modules;

/// A screen's place in the whole assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// This screen's number, from 1.
    pub screen: usize,
    /// Screens in the whole assessment, as the answers so far shape it.
    pub screens: usize,
    /// Minutes to answer the questions on this screen and every later one.
    pub minutes_left: usize,
}

/// The place of step `index` of `module` among every chosen module's screens; `None` for a
/// step that is not part of the journey.
pub fn position(
    content: &Content,
    answers: &Answers,
    module: &ModuleId,
    index: usize,
) -> Option<Position> {
    let mut screen = None;
    let mut screens = 0;
    let mut seconds_left = 0;
    for candidate in chosen_modules(content, answers) {
        // Steps still to come are counted as planned, so a first screen never reads "1 of 1".
        let planned = planned(candidate, answers);
        for (at, step) in module_steps(candidate, &planned).iter().enumerate() {
            screens += 1;
            if &candidate.id == module && at == index {
                screen = Some(screens);
            }
            if screen.is_some() && *step != StepKind::Subjects {
                seconds_left += step_questions(candidate, step)
                    .into_iter()
                    .map(|(q, _)| question_seconds(q))
                    .sum::<usize>();
            }
        }
    }
    screen.map(|screen| Position {
        screen,
        screens,
        minutes_left: minutes(seconds_left),
    })
}
