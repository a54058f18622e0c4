//! The scored report: plain data, ready to render, export or compare.

use serde::{Deserialize, Serialize};

use crate::model::Tier;

/// A 0–100 score with its maturity level (1–5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// 0–100.
    pub value: f64,
    /// 1 Ad hoc … 5 Optimizing.
    pub level: u8,
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
    /// Enough answers: the module's score.
    Scored {
        /// The module's score.
        score: Score,
    },
    /// Too few answers to give an honest score.
    Insufficient {
        /// Responses with a scored choice.
        answered: usize,
        /// Questions asked (subjects included).
        applicable: usize,
        /// The share that a score needs.
        needed_percent: u8,
    },
}

/// One dimension's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionResult {
    /// The dimension's id.
    pub id: String,
    /// The dimension's title.
    pub title: String,
    /// `None` when no question in it was answered with a choice.
    pub score: Option<Score>,
    /// What the score means, from the content's bands.
    pub finding: Option<String>,
    /// Responses with a scored choice, and questions asked (subjects included).
    pub answered: usize,
    /// Questions asked, subjects included.
    pub applicable: usize,
}

/// A recommended action, ranked by priority = impact × gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// The recommendation's id.
    pub id: String,
    /// The module's id.
    pub module: String,
    /// The dimension's title.
    pub dimension: String,
    /// The action.
    pub text: String,
    /// The seed the idea comes from.
    pub source: String,
    /// Impact × gap; higher comes first.
    pub priority: f64,
}

/// A seam between two partner functions (module A).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seam {
    /// The seam question's id.
    pub question: String,
    /// The two partner functions it joins.
    pub functions: [String; 2],
    /// `None` when unanswered or not applicable.
    pub score: Option<f64>,
}

/// Signs of a serious partner for one party (module B).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartySigns {
    /// The party's name.
    pub name: String,
    /// Whether it is the respondent's own company.
    pub own: bool,
    /// Per sign (dimension id): `Some(score)` where graded.
    pub signs: Vec<(String, Option<f64>)>,
    /// Signs fully present.
    pub present: usize,
    /// The content's guidance for its count.
    pub guidance: Option<String>,
}

/// One portfolio partner's tiering (module C).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerTiering {
    /// The partner's name.
    pub name: String,
    /// The tier it is treated as today.
    pub declared: Tier,
    /// `None` when too little about the partner was answered.
    pub recommended: Option<Tier>,
    /// Its score across the module.
    pub score: Option<f64>,
    /// Red flags its answers raise.
    pub red_flags: Vec<String>,
}

/// A named risk with the score that raised it (module D).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    /// The question's id.
    pub question: String,
    /// The risk, as a phrase.
    pub text: String,
    /// The question's score.
    pub score: f64,
}

/// The extra view each module gives beyond its dimension scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ModuleDetail {
    /// Module A: the seams between partner functions.
    Collaboration {
        /// Every function (id, label).
        functions: Vec<(String, String)>,
        /// Ids of the functions the company runs.
        present: Vec<String>,
        /// Every seam, answered or not.
        seams: Vec<Seam>,
        /// The weighted mean of the answered seams.
        collaboration_index: Option<f64>,
        /// Up to three seams below 100, weakest first.
        weakest_seams: Vec<Seam>,
    },
    /// Module B: the signs per party.
    Signs {
        /// Each party's signs.
        parties: Vec<PartySigns>,
    },
    /// Module C: the portfolio's tiers.
    Tiering {
        /// Each partner's tiering.
        partners: Vec<PartnerTiering>,
        /// Portfolio-shape findings.
        shape: Vec<String>,
        /// Red flag ids raised anywhere.
        red_flags: Vec<String>,
        /// Partners declared per tier, in `Tier` order.
        declared_counts: [usize; 4],
    },
    /// Module D: trust and risks.
    Health {
        /// The trust questions' scores (short label, score).
        trust_profile: Vec<(String, Option<f64>)>,
        /// Up to three risks, most severe first.
        top_risks: Vec<Risk>,
    },
}

/// One module's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleResult {
    /// The module's id.
    pub id: String,
    /// Its letter.
    pub letter: String,
    /// Its title.
    pub title: String,
    /// Scored, or why not.
    pub status: ModuleStatus,
    /// Each dimension's result.
    pub dimensions: Vec<DimensionResult>,
    /// Its recommended actions, most valuable first.
    pub recommendations: Vec<Action>,
    /// Its module-specific view.
    pub detail: ModuleDetail,
}

impl ModuleResult {
    /// The score, when scored.
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
    /// The content edition it was scored with.
    pub content_version: u32,
    /// Each chosen module's result.
    pub modules: Vec<ModuleResult>,
    /// Mean of the scored modules; `None` when none could be scored.
    pub overall: Option<Score>,
    /// The overall level's verdict.
    pub verdict: Option<String>,
    /// The three highest-priority actions across modules.
    pub top_actions: Vec<Action>,
    /// Dimensions at level 4 or above, as "Module: dimension".
    pub strengths: Vec<String>,
}
