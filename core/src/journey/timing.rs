//! How long the assessment takes, computed from the words a person reads: honest totals for
//! the welcome screen and minutes left for the progress indicator.

use crate::answers::Answers;
use crate::model::{Module, Question, QuestionKind};

use super::steps::{StepKind, module_steps, step_questions};

/// Reading speed assumed for on-screen text read with care, in words a minute.
const WORDS_PER_MINUTE: usize = 250;
/// Share (in percent) of the choices' evidence details a person reads: all of the prompt and
/// the labels, and the details of the choices they weigh.
const DETAILS_READ_PERCENT: usize = 60;
/// Seconds to weigh the choices and pick one, on top of reading them.
const SECONDS_TO_DECIDE: usize = 5;
/// Seconds to type a name and choose a tier for each party or partner.
const SECONDS_PER_SUBJECT: usize = 20;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Seconds to read a question and its choices and answer it.
pub fn question_seconds(question: &Question) -> usize {
    question
        .reading
        .get_or_compute(|| reading_seconds(question))
}

fn reading_seconds(question: &Question) -> usize {
    let labels: usize = question.choices.iter().map(|c| words(&c.label)).sum();
    let details: usize = question.choices.iter().map(|c| words(&c.detail)).sum();
    let read = words(&question.prompt)
        + question.help.as_deref().map_or(0, words)
        + labels
        + (details * DETAILS_READ_PERCENT).div_ceil(100);
    SECONDS_TO_DECIDE + (read * 60).div_ceil(WORDS_PER_MINUTE)
}

/// The answers as the rest of the journey is planned from them: what is not answered yet is
/// assumed at its longest, every tick-box ticked (all partner functions) and one subject
/// named where none is yet, so counts and times are upper bounds and never "1 of 1" before
/// the person has said what applies.
pub(super) fn planned(module: &Module, answers: &Answers) -> Answers {
    let mut sample = answers.clone();
    for question in module
        .profile
        .iter()
        .filter(|q| q.kind == QuestionKind::Many)
    {
        let key = crate::answers::ResponseKey {
            question: question.id.clone(),
            subject: crate::model::SubjectId::ORGANIZATION,
        };
        sample.responses.entry(key).or_insert_with(|| {
            crate::answers::Response::Choices(
                question.choices.iter().map(|c| c.id.clone()).collect(),
            )
        });
    }
    if module.names_subjects() && answers.subjects(module).is_empty() {
        let stand_in = crate::model::SubjectId(u16::MAX);
        sample.parties.push(crate::answers::Party {
            id: stand_in,
            name: String::new(),
            own: true,
        });
        // Strategic, so a quick check plans for the partner questions it asks.
        sample.portfolio.push(crate::answers::PortfolioPartner {
            id: stand_in,
            name: String::new(),
            declared: crate::model::Tier::Strategic,
        });
    }
    sample
}

/// Seconds for `module` as these answers have it (its branching, subjects and quick check),
/// planned at its longest where not answered yet (see `planned`).
pub fn module_seconds(module: &Module, answers: &Answers) -> usize {
    let sample = planned(module, answers);
    let subjects = if module.names_subjects() {
        sample.subjects(module).len()
    } else {
        0
    };
    module_steps(module, &sample)
        .iter()
        .map(|step| match step {
            StepKind::Subjects => 0,
            step => step_questions(module, step)
                .into_iter()
                .map(|(q, _)| question_seconds(q))
                .sum(),
        })
        .sum::<usize>()
        + subjects * SECONDS_PER_SUBJECT
}

/// Whole minutes, rounded up, for a number of seconds.
pub fn minutes(seconds: usize) -> usize {
    seconds.div_ceil(60)
}

/// Seconds for the whole assessment over `modules`, full or quick, with the opening questions,
/// for the answers as they stand: the parties and partners named so far (one assumed in a
/// module that names none yet) and the branches taken. `Answers::default()` gives the plain
/// estimate shown before anything is answered.
pub fn assessment_seconds(
    content: &crate::model::Content,
    modules: &[&Module],
    answers: &Answers,
    quick: bool,
) -> usize {
    let answers = Answers {
        quick,
        ..answers.clone()
    };
    content.opening.iter().map(question_seconds).sum::<usize>()
        + modules
            .iter()
            .map(|module| module_seconds(module, &answers))
            .sum::<usize>()
}

/// Minutes that naming `subject` adds to `module` beyond the one company its estimate already
/// assumes: `None` for that one (the first asked about), `Some(0)` for one a quick check does
/// not ask about.
pub fn added_by_subject(
    module: &Module,
    answers: &Answers,
    subject: crate::model::SubjectId,
) -> Option<usize> {
    let sample = planned(module, answers);
    let first = super::steps::asked_subjects(module, &sample)
        .first()
        .map(|s| s.id);
    if first == Some(subject) {
        return None;
    }
    let seconds = module_steps(module, &sample)
        .iter()
        .filter(|step| matches!(step, StepKind::Questions(page) if page.subject == subject))
        .flat_map(|step| step_questions(module, step))
        .map(|(q, _)| question_seconds(q))
        .sum();
    Some(minutes(seconds))
}
