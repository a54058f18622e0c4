//! What stops a person leaving a step, as a type the page shows as a sentence and uses to
//! point at the questions still open.

use std::fmt;

use super::steps::{StepKind, step_questions};
use crate::answers::{Answers, Response};
use crate::model::{Module, QuestionId, QuestionKind, Subject, SubjectId};

/// Why Next is blocked on a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// No party (module B) or partner (module C) has been added.
    NoSubjects(Subject),
    /// No partner function has been ticked (module A's profile).
    NoFunctions,
    /// Questions on the page are still unanswered, by their number on the page.
    Unanswered(Vec<Unanswered>),
}

/// An unanswered question on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unanswered {
    /// Its number on the page, from 1, as the page shows it.
    pub number: usize,
    /// The question.
    pub question: QuestionId,
    /// Whom it is about.
    pub subject: SubjectId,
}

impl Blocker {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            Self::NoSubjects(Subject::PortfolioPartner) => {
                words.get("core_blocker.no_partner").to_owned()
            }
            Self::NoSubjects(_) => words.get("core_blocker.no_subject").to_owned(),
            Self::NoFunctions => words.get("core_blocker.no_function").to_owned(),
            Self::Unanswered(open) => match open.as_slice() {
                [one] => words.fill(
                    "core_blocker.one_unanswered",
                    &[("number", one.number.into())],
                ),
                many => {
                    let numbers: Vec<String> = many
                        .iter()
                        .map(|q| words.locale().number(i64::try_from(q.number).unwrap_or(0)))
                        .collect();
                    let (last, rest) = numbers
                        .split_last()
                        .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
                    let rest = rest.join(", ");
                    words.fill(
                        "core_blocker.unanswered",
                        &[("numbers", (&rest).into()), ("last", last.into())],
                    )
                }
            },
        }
    }
}

impl fmt::Display for Blocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSubjects(Subject::PortfolioPartner) => {
                f.write_str("Add at least one partner to assess.")
            }
            Self::NoSubjects(_) => {
                f.write_str("Add your own company or at least one partner to assess.")
            }
            Self::NoFunctions => f.write_str("Tick at least one partner function to continue."),
            Self::Unanswered(open) => match open.as_slice() {
                [one] => write!(
                    f,
                    "Question {} still needs an answer; choose \u{201c}Don\u{2019}t know\u{201d} where it is offered if you are not sure.",
                    one.number
                ),
                many => {
                    let numbers: Vec<String> = many.iter().map(|q| q.number.to_string()).collect();
                    let (last, rest) = numbers
                        .split_last()
                        .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
                    write!(
                        f,
                        "Questions {} and {last} still need an answer.",
                        rest.join(", ")
                    )
                }
            },
        }
    }
}

/// Why Next is blocked on a step; `None` when the person may go on.
pub fn blocker(module: &Module, step: &StepKind, answers: &Answers) -> Option<Blocker> {
    match step {
        StepKind::Subjects => answers
            .subjects(module)
            .is_empty()
            .then_some(Blocker::NoSubjects(module.subjects.subject())),
        StepKind::Profile => {
            let nothing_ticked = module.profile.iter().any(|q| {
                q.kind == QuestionKind::Many
                    && !matches!(
                        answers.response(&q.id, SubjectId::ORGANIZATION),
                        Some(Response::Choices(chosen)) if !chosen.is_empty()
                    )
            });
            nothing_ticked.then_some(Blocker::NoFunctions)
        }
        StepKind::Questions(_) => {
            let open: Vec<Unanswered> = step_questions(module, step)
                .into_iter()
                .enumerate()
                .filter(|(_, (q, subject))| answers.response(&q.id, *subject).is_none())
                .map(|(at, (q, subject))| Unanswered {
                    number: at + 1,
                    question: q.id.clone(),
                    subject,
                })
                .collect();
            (!open.is_empty()).then_some(Blocker::Unanswered(open))
        }
    }
}
