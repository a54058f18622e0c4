//! The gap between the two sides of a relationship: per dimension, our view and the
//! partner's, the largest gap first; and a plain check that the partner's answers are not our
//! own loaded by mistake (a gap table of zeros would look like perfect agreement).

use crate::answers::Answers;
use crate::model::{Content, Module, ModuleId, SubjectId, Subjects};
use crate::order::{rank_of, sorted_by_rank};

use super::TWO_SIDED;

/// One dimension seen from both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow {
    /// The dimension's title.
    pub title: String,
    /// Our view, 0–100.
    pub ours: Option<f64>,
    /// The partner's view, 0–100.
    pub theirs: Option<f64>,
    /// `theirs − ours`, when both exist.
    pub gap: Option<f64>,
    /// The question for the two sides to discuss.
    pub prompt: String,
}

/// Two views of one module, largest gap first.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// "D. Alliance health and trust".
    pub module: String,
    /// Whom our side's answers are about, when named: module D's partner.
    pub about: Option<String>,
    /// Each dimension, the largest gap first.
    pub rows: Vec<GapRow>,
    /// Both sides gave exactly the same answer to every question of the module: every gap is
    /// zero, which is rare from two real sides and usual from one side loaded twice.
    pub same_answers: bool,
}

/// Whether `theirs` are the very answers of `ours`, as when one's own share link or answers
/// file is loaded as the partner's: both would make the same share link, the plan and the
/// quick-check flag aside (a link copied before the plan changed is still one's own). A
/// partner who answered through the invitation never makes the same link (it names the
/// inviter).
pub fn is_same_answers(content: &Content, ours: &Answers, theirs: &Answers) -> bool {
    let token = |answers: &Answers| {
        let answers_alone = Answers {
            plan: crate::answers::Plan::default(),
            quick: false,
            ..answers.clone()
        };
        crate::share::encode(content, &answers_alone)
    };
    token(ours) == token(theirs)
}

/// Whom a side's answers about the relationship are: in D the answering organization; in B
/// our own company (our side) or the single company the partner assessed (their side).
fn subject(module: &Module, answers: &Answers, ours: bool) -> Option<SubjectId> {
    match module.subjects {
        Subjects::Parties if ours => answers.parties.iter().find(|p| p.own).map(|p| p.id),
        Subjects::Parties => answers.parties.first().map(|p| p.id),
        _ => Some(SubjectId::ORGANIZATION),
    }
}

/// Whether both sides gave the same response (or none) to every question the gap reads,
/// each about the subject its side's view is of; `false` when neither answered any.
fn same_module_answers(module: &Module, sides: [(&Answers, SubjectId); 2]) -> bool {
    let [(ours, our_subject), (theirs, their_subject)] = sides;
    let pairs: Vec<_> = compared_dimensions(module)
        .flat_map(|d| &d.questions)
        .map(|q| {
            (
                ours.response(&q.id, our_subject),
                theirs.response(&q.id, their_subject),
            )
        })
        .collect();
    pairs.iter().all(|(a, b)| a == b) && pairs.iter().any(|(a, _)| a.is_some())
}

/// The dimensions a gap report compares: asked ones, not computed ones.
fn compared_dimensions(module: &Module) -> impl Iterator<Item = &crate::model::Dimension> {
    module
        .dimensions
        .iter()
        .filter(|d| d.metric.is_none() && !d.questions.is_empty())
}

/// The gap report for `module`, from our answers and the partner's; `None` when either side
/// did not answer it (or, in B, we did not assess our own company).
pub fn gap(content: &Content, module: &ModuleId, ours: &Answers, theirs: &Answers) -> Option<Gap> {
    let module = content.module(module)?;
    if !ours.modules.contains(&module.id) || !theirs.modules.contains(&module.id) {
        return None;
    }
    let (our_subject, their_subject) = (
        subject(module, ours, true)?,
        subject(module, theirs, false)?,
    );
    let rows: Vec<GapRow> = compared_dimensions(module)
        .map(|d| {
            let ours = crate::scoring::tally(d, ours, our_subject, false).score;
            let theirs = crate::scoring::tally(d, theirs, their_subject, false).score;
            GapRow {
                title: d.title.clone(),
                ours,
                theirs,
                gap: ours.zip(theirs).map(|(a, b)| b - a),
                prompt: d.prompt.clone(),
            }
        })
        .collect();
    let rows = sorted_by_rank(rows, |r| match r.gap {
        Some(gap) => (0, -rank_of(gap.abs())),
        None => (1, 0),
    });
    Some(Gap {
        module: crate::display::module_heading(&module.letter, &module.title),
        about: (module.subjects != Subjects::Parties)
            .then(|| ours.alliance().map(|a| a.name))
            .flatten(),
        rows,
        same_answers: same_module_answers(module, [(ours, our_subject), (theirs, their_subject)]),
    })
}

/// Each dimension's score for one side of a relationship, as `gap` reads it: our own company
/// (B) or organization (D) on our side, the company the partner assessed (B) or their
/// organization (D) on theirs; in content order, for the two-sided modules the answers hold.
pub fn side_scores(
    content: &Content,
    answers: &Answers,
    ours: bool,
) -> Vec<(ModuleId, String, f64)> {
    let mut scores = Vec::new();
    for module in content
        .modules
        .iter()
        .filter(|m| TWO_SIDED.contains(&m.id.as_str()))
    {
        if !answers.modules.contains(&module.id) {
            continue;
        }
        let Some(subject) = subject(module, answers, ours) else {
            continue;
        };
        for dimension in module.dimensions.iter().filter(|d| d.metric.is_none()) {
            if let Some(score) = crate::scoring::tally(dimension, answers, subject, false).score {
                scores.push((module.id.clone(), dimension.id.clone(), score));
            }
        }
    }
    scores
}
