//! Progress between two assessments: how each dimension moved since the earlier one, and for
//! each action planned then, whether the dimension it was meant to lift moved.

use crate::answers::Answers;
use crate::compare::{Comparison, compare};
use crate::display::whole;
use crate::model::Content;
use crate::scoring::Report;

use super::{Date, recommendation};

/// What happened to the dimension a planned action was meant to lift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionOutcome {
    /// It rose by this many points.
    Rose(i64),
    /// It fell by this many points.
    Fell(i64),
    /// It did not move.
    Unchanged,
    /// It is not rated in both assessments.
    NotRated,
}

impl ActionOutcome {
    /// "rose 12 points", in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        let points = |points: &i64| usize::try_from(*points).unwrap_or(0);
        match self {
            ActionOutcome::Rose(p) => words.count("core_since.rose", points(p), &[]),
            ActionOutcome::Fell(p) => words.count("core_since.fell", points(p), &[]),
            ActionOutcome::Unchanged => words.get("core_since.unchanged").to_owned(),
            ActionOutcome::NotRated => words.get("core_since.not_rated").to_owned(),
        }
    }
}

impl std::fmt::Display for ActionOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ActionOutcome::Rose(points) => write!(f, "rose {points} points"),
            ActionOutcome::Fell(points) => write!(f, "fell {points} points"),
            ActionOutcome::Unchanged => f.write_str("did not move"),
            ActionOutcome::NotRated => f.write_str("not rated in both"),
        }
    }
}

/// One action of the earlier plan and what became of its dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionChange {
    /// The recommendation's id.
    pub id: String,
    /// The action.
    pub text: String,
    /// Who owned it.
    pub owner: String,
    /// When it was due.
    pub due: Date,
    /// "D. Alliance health and trust — Design".
    pub dimension: String,
    /// What happened to that dimension.
    pub outcome: ActionOutcome,
}

/// Progress since an earlier assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Since {
    /// Every dimension in both, largest change first.
    pub comparison: Comparison,
    /// The earlier plan's actions, in its order.
    pub actions: Vec<DimensionChange>,
}

/// Compares an earlier assessment (its answers carry the plan made then) with the current one.
pub fn since(content: &Content, earlier: &Answers, earlier_report: &Report, now: &Report) -> Since {
    let comparison = compare(earlier_report, now);
    let actions = earlier
        .plan
        .actions
        .iter()
        .filter_map(|planned| {
            let (module, dimension, rec) = recommendation(content, &planned.id)?;
            let delta = comparison
                .dimensions
                .iter()
                .find(|d| d.module == module.id && d.dimension == dimension.id)
                .and_then(|d| d.scores.delta);
            let outcome = match delta.map(whole) {
                None => ActionOutcome::NotRated,
                Some(0) => ActionOutcome::Unchanged,
                Some(points) if points > 0 => ActionOutcome::Rose(points),
                Some(points) => ActionOutcome::Fell(-points),
            };
            Some(DimensionChange {
                id: planned.id.clone(),
                text: rec.text.clone(),
                owner: planned.owner.clone(),
                due: planned.due,
                dimension: format!(
                    "{} \u{2014} {}",
                    crate::display::module_heading(&module.letter, &module.title),
                    dimension.title
                ),
                outcome,
            })
        })
        .collect();
    Since {
        comparison,
        actions,
    }
}
