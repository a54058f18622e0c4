//! Where a person is in the whole assessment: the module and the screen within it, how far
//! along, and the minutes left. The minutes left never rise as the person goes on: the plan
//! assumes the longest branch and one company per module that names companies, and the time
//! for each company added beyond that is counted apart, as what the person chose to add.

use super::steps::{StepKind, asked_subjects, module_steps, step_questions};
use super::timing::{minutes, planned, question_seconds};
use crate::answers::Answers;
use crate::model::{Content, Module, ModuleId, SubjectId};

use super::chosen_modules;

/// A screen's place in the whole assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// This screen's number within its module, from 1; 0 on the opening screen.
    pub module_screen: usize,
    /// Screens in this module, as the answers shape it; 0 on the opening screen.
    pub module_screens: usize,
    /// Minutes for this screen and every later one, as planned at the start (see the module
    /// comment): it never rises from one screen to the next.
    pub minutes_left: usize,
    /// Minutes for the pages still to come about companies added beyond the plan.
    pub added_minutes: usize,
    /// How much of the planned time is behind the person, 0 to 100.
    pub percent_done: usize,
}

/// Seconds of one screen: what it asks (naming companies is not counted, as in the plan).
fn step_seconds(module: &Module, step: &StepKind) -> usize {
    match step {
        StepKind::Subjects => 0,
        step => step_questions(module, step)
            .into_iter()
            .map(|(q, _)| question_seconds(q))
            .sum(),
    }
}

/// Whether a step is about a company added beyond the one the plan assumes for its module.
fn is_added(step: &StepKind, planned_subject: Option<SubjectId>) -> bool {
    matches!(step, StepKind::Questions(page)
        if page.subject != SubjectId::ORGANIZATION && Some(page.subject) != planned_subject)
}

/// Seconds summed over the journey: (planned before `at`, planned from `at`, added from `at`),
/// and the module position of `at`. `at` is `None` for the opening screen, before every step.
fn tally(content: &Content, answers: &Answers, at: Option<(&ModuleId, usize)>) -> Tally {
    let opening: usize = content.opening.iter().map(question_seconds).sum();
    let mut tally = Tally {
        found: at.is_none(),
        left: if at.is_none() { opening } else { 0 },
        done: if at.is_none() { 0 } else { opening },
        ..Tally::default()
    };
    for module in chosen_modules(content, answers) {
        let planned = planned(module, answers);
        let first = asked_subjects(module, &planned).first().map(|s| s.id);
        let steps = module_steps(module, &planned);
        for (index, step) in steps.iter().enumerate() {
            if at == Some((&module.id, index)) {
                tally.found = true;
                tally.place = (index + 1, steps.len());
            }
            let seconds = step_seconds(module, step);
            match (tally.found, is_added(step, first)) {
                (false, false) => tally.done += seconds,
                (true, false) => tally.left += seconds,
                (true, true) => {
                    tally.added += seconds;
                    if let StepKind::Questions(page) = step
                        && !tally.added_subjects.contains(&page.subject)
                    {
                        tally.added_subjects.push(page.subject);
                    }
                }
                (false, true) => {}
            }
        }
    }
    tally
}

#[derive(Default)]
struct Tally {
    found: bool,
    done: usize,
    left: usize,
    added: usize,
    added_subjects: Vec<SubjectId>,
    place: (usize, usize),
}

impl Tally {
    fn position(&self) -> Position {
        let total = self.done + self.left;
        Position {
            module_screen: self.place.0,
            module_screens: self.place.1,
            minutes_left: minutes(self.left),
            added_minutes: minutes(self.added),
            percent_done: (self.done * 100).checked_div(total).unwrap_or(0),
        }
    }
}

/// The place of step `index` of `module` in the journey; `None` for a step that is not part
/// of it.
pub fn position(
    content: &Content,
    answers: &Answers,
    module: &ModuleId,
    index: usize,
) -> Option<Position> {
    let tally = tally(content, answers, Some((module, index)));
    tally.found.then(|| tally.position())
}

/// The place of the opening screen (the company's size), before every module.
pub fn opening_position(content: &Content, answers: &Answers) -> Position {
    tally(content, answers, None).position()
}

/// The names of the companies added beyond the plan whose pages are still to come from step
/// `index` of `module`, in journey order: what the added minutes are for.
pub fn added_companies(
    content: &Content,
    answers: &Answers,
    module: &ModuleId,
    index: usize,
) -> Vec<String> {
    tally(content, answers, Some((module, index)))
        .added_subjects
        .into_iter()
        .filter_map(|id| {
            let party = answers.parties.iter().find(|p| p.id == id).map(|p| &p.name);
            let partner = answers
                .portfolio
                .iter()
                .find(|p| p.id == id)
                .map(|p| &p.name);
            party.or(partner).cloned()
        })
        .collect()
}
