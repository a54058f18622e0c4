//! The screens of a module: entering whom it is about, its profile, then pages of at most
//! six questions, split along the content's own dimensions.

use crate::answers::{Answers, SubjectRef};
use crate::model::{About, Dimension, Module, Question, QuestionKind, SubjectId, Subjects, Tier};

/// The most questions one screen holds.
pub const MAX_QUESTIONS_PER_SCREEN: usize = 6;

/// One screen within a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// Enter the parties (B) or portfolio partners (C) to assess.
    Subjects,
    /// The module's profile questions (A: which partner functions exist).
    Profile,
    /// A page of questions about one subject.
    Questions(Page),
}

/// A page of questions about one subject: one or more whole dimensions, or one part of a
/// dimension too long for one screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Whom the questions are about.
    pub subject: SubjectId,
    /// The dimensions on the page, in order.
    pub sections: Vec<Section>,
}

/// One dimension's questions on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The dimension's position in its module.
    pub dimension: usize,
    /// Positions of the questions shown, within the dimension.
    pub questions: Vec<usize>,
    /// For a dimension split over several pages: which part (from 1) of how many.
    pub part: Option<(usize, usize)>,
}

/// The questions of `dimension` asked of this person: branching applied, and in a quick
/// check only the quick ones (the content marks every knock-out question quick) and the key
/// seam.
pub fn asked_questions(dimension: &Dimension, answers: &Answers) -> Vec<usize> {
    let key_seam = if answers.quick {
        key_seam(dimension, answers)
    } else {
        None
    };
    dimension
        .questions
        .iter()
        .enumerate()
        .filter(|(at, q)| {
            answers.is_asked(q) && (!answers.quick || q.quick || key_seam == Some(*at))
        })
        .map(|(at, _)| at)
        .collect()
}

/// The one seam a quick check asks about: among the seams between the partner functions this
/// company runs, the one where the seed says most value is lost (the first in the content's
/// order on a tie). Without it a quick check could not see functions that never talk, and
/// would rate them as if they did.
fn key_seam(dimension: &Dimension, answers: &Answers) -> Option<usize> {
    dimension
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| answers.is_asked(q))
        .filter_map(|(at, q)| match &q.kind {
            QuestionKind::Seam(seam) => Some((at, seam.value_at_stake)),
            _ => None,
        })
        .fold(None, |best: Option<(usize, u8)>, (at, value)| match best {
            Some((_, best_value)) if best_value >= value => best,
            _ => Some((at, value)),
        })
        .map(|(at, _)| at)
}

/// The screens of `module`, in order, for the current answers: subjects (B, C), the profile
/// (A), the pages about the organization, then each subject's pages.
pub fn module_steps(module: &Module, answers: &Answers) -> Vec<StepKind> {
    let mut steps = Vec::new();
    if module.names_subjects() {
        steps.push(StepKind::Subjects);
    }
    if !module.profile.is_empty() {
        steps.push(StepKind::Profile);
    }
    let pages_about = |about: About, subject: SubjectId| {
        pages(module, answers, subject, |d: &Dimension| d.about == about)
    };
    steps.extend(pages_about(About::Organization, SubjectId::ORGANIZATION));
    if module.names_subjects() {
        for subject in asked_subjects(module, answers) {
            steps.extend(pages_about(About::EachSubject, subject.id));
        }
    }
    steps
}

/// The most partners a quick check asks about in module C: the one or two strategic partners
/// a single market-dominance initiative can carry (seed 001).
pub const QUICK_STRATEGIC_PARTNERS: usize = 2;

/// The subjects whose own questions are asked: every one named, or in a quick check, one
/// company in module B (one's own, else the first named) and the first strategic partners in
/// module C, so the quick check stays about five minutes however many are named; the others
/// are left to the full assessment, which says so.
pub fn asked_subjects(module: &Module, answers: &Answers) -> Vec<SubjectRef> {
    let named = answers.subjects(module);
    if !answers.quick {
        return named;
    }
    match module.subjects {
        Subjects::None => named,
        Subjects::Parties => {
            let own = answers.parties.iter().find(|p| p.own).map(|p| p.id);
            let chosen = own.or_else(|| named.first().map(|s| s.id));
            named.into_iter().filter(|s| Some(s.id) == chosen).collect()
        }
        // Strategic partners first, then the first others named, two in all.
        Subjects::Portfolio => {
            let strategic = |s: &SubjectRef| {
                answers
                    .portfolio
                    .iter()
                    .any(|p| p.id == s.id && p.declared == Tier::Strategic)
            };
            let (first, rest): (Vec<SubjectRef>, Vec<SubjectRef>) =
                named.into_iter().partition(strategic);
            first
                .into_iter()
                .chain(rest)
                .take(QUICK_STRATEGIC_PARTNERS)
                .collect()
        }
    }
}

/// Packs the chosen dimensions' asked questions into pages: consecutive dimensions share a
/// page while they fit; a dimension longer than a page is split into near-equal parts.
fn pages(
    module: &Module,
    answers: &Answers,
    subject: SubjectId,
    include: impl Fn(&Dimension) -> bool,
) -> Vec<StepKind> {
    let mut pages: Vec<Vec<Section>> = Vec::new();
    let mut current: Vec<Section> = Vec::new();
    let mut filled = 0;
    for (index, dimension) in module.dimensions.iter().enumerate() {
        if !include(dimension) {
            continue;
        }
        let asked = asked_questions(dimension, answers);
        if asked.is_empty() {
            continue;
        }
        if filled + asked.len() > MAX_QUESTIONS_PER_SCREEN && !current.is_empty() {
            pages.push(std::mem::take(&mut current));
            filled = 0;
        }
        if asked.len() > MAX_QUESTIONS_PER_SCREEN {
            let parts = asked.len().div_ceil(MAX_QUESTIONS_PER_SCREEN);
            let per_part = asked.len().div_ceil(parts);
            for (at, chunk) in asked.chunks(per_part).enumerate() {
                pages.push(vec![Section {
                    dimension: index,
                    questions: chunk.to_vec(),
                    part: Some((at + 1, parts)),
                }]);
            }
            continue;
        }
        filled += asked.len();
        current.push(Section {
            dimension: index,
            questions: asked,
            part: None,
        });
    }
    if !current.is_empty() {
        pages.push(current);
    }
    pages
        .into_iter()
        .map(|sections| StepKind::Questions(Page { subject, sections }))
        .collect()
}

/// The questions shown on a step, each with the subject it is about.
pub fn step_questions<'a>(module: &'a Module, step: &StepKind) -> Vec<(&'a Question, SubjectId)> {
    match step {
        StepKind::Subjects => Vec::new(),
        StepKind::Profile => module
            .profile
            .iter()
            .map(|q| (q, SubjectId::ORGANIZATION))
            .collect(),
        StepKind::Questions(page) => page
            .sections
            .iter()
            .filter_map(|section| {
                let dimension = module.dimensions.get(section.dimension)?;
                Some(
                    section
                        .questions
                        .iter()
                        .filter_map(|at| dimension.questions.get(*at))
                        .map(|q| (q, page.subject))
                        .collect::<Vec<_>>(),
                )
            })
            .flatten()
            .collect(),
    }
}
