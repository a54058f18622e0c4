//! The scored report: plain data, ready to render, export or compare.

use serde::{Deserialize, Serialize};

use crate::model::Tier;

/// A 0–100 score with its maturity level (1–5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub value: f64,
    pub level: u8,
}

/// A 0–100 value rounded to a whole number for display (formatting integers keeps the wasm
/// free of float-formatting code).
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

impl Score {
    /// The score rounded for display.
    pub fn rounded(&self) -> u8 {
        // Values are clamped to 0–100 when built, so the cast cannot truncate.
        self.value.round().clamp(0.0, 100.0) as u8
    }
}

/// Whether a module had enough answers to be scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ModuleStatus {
    Scored {
        score: Score,
    },
    /// Too few answers to give an honest score.
    Insufficient {
        answered: usize,
        applicable: usize,
        needed_percent: u8,
    },
}

/// One dimension's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionResult {
    pub id: String,
    pub title: String,
    /// `None` when no question in it was answered with a choice.
    pub score: Option<Score>,
    pub finding: Option<String>,
    /// Responses with a scored choice, and questions asked (subjects included).
    pub answered: usize,
    pub applicable: usize,
}

/// A recommended action, ranked by priority = impact × gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub module: String,
    pub dimension: String,
    pub text: String,
    pub source: String,
    pub priority: f64,
}

/// A seam between two partner functions (module A).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seam {
    pub question: String,
    pub functions: [String; 2],
    /// `None` when unanswered or not applicable.
    pub score: Option<f64>,
}

/// Signs of a serious partner for one party (module B).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartySigns {
    pub name: String,
    pub own: bool,
    /// Per sign (dimension id): `Some(score)` where graded.
    pub signs: Vec<(String, Option<f64>)>,
    /// Signs fully present.
    pub present: usize,
    pub guidance: Option<String>,
}

/// One portfolio partner's tiering (module C).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerTiering {
    pub name: String,
    pub declared: Tier,
    /// `None` when too little about the partner was answered.
    pub recommended: Option<Tier>,
    pub score: Option<f64>,
    pub red_flags: Vec<String>,
}

/// A named risk with the score that raised it (module D).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub question: String,
    pub text: String,
    pub score: f64,
}

/// The extra view each module gives beyond its dimension scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ModuleDetail {
    Collaboration {
        functions: Vec<(String, String)>,
        present: Vec<String>,
        seams: Vec<Seam>,
        collaboration_index: Option<f64>,
        weakest_seams: Vec<Seam>,
    },
    Signs {
        parties: Vec<PartySigns>,
    },
    Tiering {
        partners: Vec<PartnerTiering>,
        shape: Vec<String>,
        red_flags: Vec<String>,
        declared_counts: [usize; 4],
    },
    Health {
        trust_profile: Vec<(String, Option<f64>)>,
        top_risks: Vec<Risk>,
    },
}

/// One module's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleResult {
    pub id: String,
    pub letter: String,
    pub title: String,
    pub status: ModuleStatus,
    pub dimensions: Vec<DimensionResult>,
    pub recommendations: Vec<Action>,
    pub detail: ModuleDetail,
}

impl ModuleResult {
    pub fn score(&self) -> Option<Score> {
        match self.status {
            ModuleStatus::Scored { score } => Some(score),
            ModuleStatus::Insufficient { .. } => None,
        }
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub content_version: u32,
    pub modules: Vec<ModuleResult>,
    /// Mean of the scored modules; `None` when none could be scored.
    pub overall: Option<Score>,
    pub verdict: Option<String>,
    /// The three highest-priority actions across modules.
    pub top_actions: Vec<Action>,
    /// Dimensions at level 4 or above, as "Module: dimension".
    pub strengths: Vec<String>,
}
