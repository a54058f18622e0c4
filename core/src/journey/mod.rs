//! The questionnaire's steps: which screens a module has, given the answers so far (branching),
//! and what is still missing on a screen before Next.

mod navigation;

pub use navigation::{Neighbours, neighbours, resume_target, review_back};

use crate::answers::{Answers, Response};
use crate::model::{Content, Module, Question, Subject};

/// One screen within a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Enter the parties (B) or portfolio partners (C) to assess.
    Subjects,
    /// The module's profile questions (A: which partner functions exist).
    Profile,
    /// One dimension's questions (organization-level modules).
    Dimension(usize),
    /// Every question about one party or partner, grouped by dimension.
    Subject(u16),
}

/// The screens of `module`, in order, for the current answers.
pub fn module_steps(module: &Module, answers: &Answers) -> Vec<StepKind> {
    let mut steps = Vec::new();
    match module.subject {
        Subject::Organization => {
            if !module.profile.is_empty() {
                steps.push(StepKind::Profile);
            }
            for (index, dimension) in module.dimensions.iter().enumerate() {
                if dimension.questions.iter().any(|q| answers.is_asked(q)) {
                    steps.push(StepKind::Dimension(index));
                }
            }
        }
        Subject::Party | Subject::PortfolioPartner => {
            steps.push(StepKind::Subjects);
            steps.extend(
                answers
                    .subjects(module)
                    .into_iter()
                    .map(|s| StepKind::Subject(s.id)),
            );
        }
    }
    steps
}

/// The questions shown on a step, each with the subject it is about.
pub fn step_questions<'a>(
    module: &'a Module,
    step: StepKind,
    answers: &Answers,
) -> Vec<(&'a Question, u16)> {
    let asked = |q: &&Question| answers.is_asked(q);
    match step {
        StepKind::Subjects => Vec::new(),
        StepKind::Profile => module.profile.iter().map(|q| (q, 0)).collect(),
        StepKind::Dimension(index) => module
            .dimensions
            .get(index)
            .map(|d| d.questions.iter().filter(asked).map(|q| (q, 0)).collect())
            .unwrap_or_default(),
        StepKind::Subject(id) => module
            .dimensions
            .iter()
            .flat_map(|d| d.questions.iter().filter(asked))
            .map(|q| (q, id))
            .collect(),
    }
}

/// Why Next is blocked on a step, as a sentence; `None` when it may go on.
pub fn blocker(module: &Module, step: StepKind, answers: &Answers) -> Option<String> {
    if step == StepKind::Subjects {
        return answers
            .subjects(module)
            .is_empty()
            .then(|| match module.subject {
                Subject::PortfolioPartner => "Add at least one partner to assess.".to_owned(),
                _ => "Add your own company or at least one partner to assess.".to_owned(),
            });
    }
    let questions = step_questions(module, step, answers);
    if step == StepKind::Profile {
        let nothing_ticked = questions.iter().any(|(q, _)| {
            !matches!(answers.response(&q.id, 0), Some(Response::Choices(chosen)) if !chosen.is_empty())
        });
        if nothing_ticked {
            return Some("Tick at least one partner function to continue.".to_owned());
        }
    }
    let missing: Vec<&str> = questions
        .into_iter()
        .filter(|(q, subject)| answers.response(&q.id, *subject).is_none())
        .map(|(q, _)| q.short.as_str())
        .collect();
    match missing.as_slice() {
        [] => None,
        [one] => Some(format!(
            "Answer \u{201c}{one}\u{201d} to continue, or choose \u{201c}Don\u{2019}t know\u{201d} where it is offered."
        )),
        many => Some(format!(
            "{} questions still need an answer: {}.",
            many.len(),
            many.join(", ")
        )),
    }
}

/// Modules chosen in `answers`, in order, as found in `content`.
pub fn chosen_modules<'a>(content: &'a Content, answers: &Answers) -> Vec<&'a Module> {
    answers
        .modules
        .iter()
        .filter_map(|id| content.modules.iter().find(|m| &m.id == id))
        .collect()
}

/// Estimated minutes to take a module: about 20 seconds a question, per subject for B and C
/// (assuming two subjects), plus a minute for setup.
pub fn estimated_minutes(module: &Module) -> u32 {
    let questions: usize = module.dimensions.iter().map(|d| d.questions.len()).sum();
    let questions = questions + module.profile.len();
    let subjects = if module.subject == Subject::Organization {
        1
    } else {
        2
    };
    let seconds = questions * subjects * 20 + 60;
    u32::try_from(seconds.div_ceil(60)).unwrap_or(u32::MAX)
}
