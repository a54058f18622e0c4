//! Compare and team views: two reports side by side as deltas per dimension, and several
//! respondents combined into mean and spread per dimension with disagreements flagged.

mod team;

pub use team::*;

use serde::Serialize;

use crate::model::ModuleId;
use crate::order::{Rank, rank_of, sorted_by_rank};
use crate::scoring::{ModuleResult, Rating, Report, Score};

/// One measure in both reports: the two scores, how far the second moved from the first, and
/// both levels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sides {
    /// The first side's value.
    pub a: Option<f64>,
    /// The second side's value.
    pub b: Option<f64>,
    /// `b − a`, when both have a score.
    pub delta: Option<f64>,
    /// The first side's level.
    pub level_a: Option<u8>,
    /// The second side's level.
    pub level_b: Option<u8>,
}

impl Sides {
    /// Both values, `b − a` when both exist, and both levels.
    fn of(a: Option<(f64, u8)>, b: Option<(f64, u8)>) -> Sides {
        Sides {
            a: a.map(|(value, _)| value),
            b: b.map(|(value, _)| value),
            delta: a.zip(b).map(|((a, _), (b, _))| b - a),
            level_a: a.map(|(_, level)| level),
            level_b: b.map(|(_, level)| level),
        }
    }

    fn of_scores(a: Option<Score>, b: Option<Score>) -> Sides {
        let pair = |s: Score| (s.value, s.level);
        Sides::of(a.map(pair), b.map(pair))
    }

    /// Ratings compare by their score and the level shown (capped).
    fn of_ratings(a: Option<&Rating>, b: Option<&Rating>) -> Sides {
        let pair = |r: &Rating| (r.score.value, r.level());
        Sides::of(a.map(pair), b.map(pair))
    }
}

/// One dimension in both reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionDelta {
    /// The module's id.
    pub module: ModuleId,
    /// The module's title.
    pub module_title: String,
    /// The dimension's id.
    pub dimension: String,
    /// The dimension's title.
    pub title: String,
    #[serde(flatten)]
    /// Both sides' scores and their difference.
    pub scores: Sides,
}

/// One module in both reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleDelta {
    /// The module's id.
    pub module: ModuleId,
    /// The module's title.
    pub title: String,
    #[serde(flatten)]
    /// Both sides' scores and their difference.
    pub scores: Sides,
}

/// Two reports side by side; rows ordered by where they differ most.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The reports were made with different editions of the questions, so a delta may partly
    /// reflect changed questions.
    pub versions_differ: bool,
    /// Both sides' overall scores and their difference.
    pub overall: Sides,
    /// Modules in both reports with a score on at least one side, largest |delta| first.
    pub modules: Vec<ModuleDelta>,
    /// Dimensions in both reports with a score on at least one side, largest |delta| first.
    pub dimensions: Vec<DimensionDelta>,
    /// Modules and dimensions only one report has (`LeftOut::in_words` says each).
    pub left_out: Vec<LeftOut>,
}

/// A module or dimension only one of the two reports has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    /// "D. Alliance health and trust" or "D. Alliance health and trust — Shared direction".
    pub part: String,
    /// Only the first report has it (otherwise only the second).
    pub in_first: bool,
}

impl LeftOut {
    /// "D. Alliance health and trust: only in the first", in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        let key = if self.in_first {
            "core_compare.only_in_first"
        } else {
            "core_compare.only_in_second"
        };
        words.fill(key, &[("part", (&self.part).into())])
    }
}

impl std::fmt::Display for LeftOut {
    /// In English, as the tests and logs read it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let side = if self.in_first { "first" } else { "second" };
        write!(f, "{}: only in the {side}", self.part)
    }
}

/// Compares report `a` (the first, e.g. our view or last quarter) with `b`.
pub fn compare(a: &Report, b: &Report) -> Comparison {
    let mut modules = Vec::new();
    let mut dimensions = Vec::new();
    let mut left_out = Vec::new();
    for module_a in &a.modules {
        let Some(module_b) = b.modules.iter().find(|m| m.id == module_a.id) else {
            left_out.push(LeftOut {
                part: name(module_a),
                in_first: true,
            });
            continue;
        };
        let (ra, rb) = (module_a.rating(), module_b.rating());
        if ra.is_some() || rb.is_some() {
            modules.push(ModuleDelta {
                module: module_a.id.clone(),
                title: module_a.title.clone(),
                scores: Sides::of_ratings(ra, rb),
            });
        }
        for dim_a in &module_a.dimensions {
            let Some(dim_b) = module_b.dimensions.iter().find(|d| d.id == dim_a.id) else {
                left_out.push(LeftOut {
                    part: format!("{} \u{2014} {}", name(module_a), dim_a.title),
                    in_first: true,
                });
                continue;
            };
            if dim_a.score.is_none() && dim_b.score.is_none() {
                continue;
            }
            dimensions.push(DimensionDelta {
                module: module_a.id.clone(),
                module_title: module_a.title.clone(),
                dimension: dim_a.id.clone(),
                title: dim_a.title.clone(),
                scores: Sides::of_scores(dim_a.score, dim_b.score),
            });
        }
        for dim_b in &module_b.dimensions {
            if !module_a.dimensions.iter().any(|d| d.id == dim_b.id) {
                left_out.push(LeftOut {
                    part: format!("{} \u{2014} {}", name(module_b), dim_b.title),
                    in_first: false,
                });
            }
        }
    }
    for module_b in &b.modules {
        if !a.modules.iter().any(|m| m.id == module_b.id) {
            left_out.push(LeftOut {
                part: name(module_b),
                in_first: false,
            });
        }
    }
    let modules = sorted_by_rank(modules, |m| gap_rank(m.scores.delta));
    let dimensions = sorted_by_rank(dimensions, |d| gap_rank(d.scores.delta));
    Comparison {
        versions_differ: a.content_version != b.content_version,
        overall: Sides::of_ratings(a.overall.as_ref(), b.overall.as_ref()),
        modules,
        dimensions,
        left_out,
    }
}

/// Largest |delta| first, rows without a delta last; ties keep the first report's module and
/// dimension order.
fn gap_rank(delta: Option<f64>) -> Rank {
    match delta {
        Some(delta) => (0, -rank_of(delta.abs())),
        None => (1, 0),
    }
}

/// "D. Alliance health and trust".
fn name(module: &ModuleResult) -> String {
    crate::display::module_heading(&module.letter, &module.title)
}
