//! The shape of the assessment content: modules, dimensions, questions and choices, as serde types.
//!
//! Ids are a public contract (share links and exports carry them); renaming one needs a
//! `content_version` bump.

use serde::{Deserialize, Serialize};

/// All assessment content, embedded at compile time from `src/content/*.json`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Content {
    /// Bumped whenever an id changes or a question is removed; carried by share links.
    pub content_version: u32,
    /// The five maturity levels with the lowest score (inclusive) that reaches each.
    pub levels: Vec<LevelBand>,
    /// The modules, in the order they are offered.
    pub modules: Vec<Module>,
}

impl Content {
    /// Every question with whom it is asked about, in content order: each module's profile
    /// questions (organization-level), then its dimensions' questions.
    pub fn questions(&self) -> impl Iterator<Item = (&Question, Subject)> {
        self.modules.iter().flat_map(|module| {
            let profile = module.profile.iter().map(|q| (q, Subject::Organization));
            let scored = module
                .dimensions
                .iter()
                .flat_map(|d| &d.questions)
                .map(move |q| (q, module.subject));
            profile.chain(scored)
        })
    }
}

/// One maturity level: a score of `min` or more (and below the next band) earns it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct LevelBand {
    /// 1 Ad hoc … 5 Optimizing.
    pub level: u8,
    /// Its name ("Ad hoc" … "Optimizing").
    pub name: String,
    /// Lowest score (0–100, inclusive) that reaches this level.
    pub min: u8,
    /// A one-line verdict for a report at this level.
    pub verdict: String,
}

/// Who a module's questions are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// Answered once, about the respondent's own organization.
    Organization,
    /// Answered once per assessed party: one's own company and/or named partners (module B).
    Party,
    /// Answered once per partner in the go-to-market portfolio (module C).
    PortfolioPartner,
}

/// The module-specific part of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ModuleView {
    /// Seam heatmap between partner functions (A).
    Collaboration,
    /// Signs checklist per party (B).
    Signs,
    /// Declared vs recommended tier per partner, portfolio shape and red flags (C).
    Tiering,
    /// Trust profile and top risks (D).
    Health,
}

/// A questionnaire that stands alone and scores 0–100.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Module {
    /// Stable id; share links carry it.
    pub id: String,
    /// Short letter shown in the UI ("A"…"D").
    pub letter: String,
    /// Its title, as headings show it.
    pub title: String,
    /// One or two sentences on what the module looks at.
    pub summary: String,
    /// Seed files the module draws on.
    pub sources: Vec<String>,
    /// Whom its dimension questions are about.
    pub subject: Subject,
    /// Which module-specific view the report gives.
    pub view: ModuleView,
    /// Share (0–100) of applicable questions that must be answered before a score is given.
    pub min_answered_percent: u8,
    /// Questions asked once for the whole module before per-subject questions (e.g. which
    /// partner functions exist). Never scored.
    #[serde(default)]
    pub profile: Vec<Question>,
    /// The scored facets, in the order they are asked.
    pub dimensions: Vec<Dimension>,
    /// Module-level guidance chosen by a count (signs present for B).
    #[serde(default)]
    pub guidance: Vec<CountGuidance>,
    /// For module C: how scores map to a recommended tier and what a healthy portfolio holds.
    #[serde(default)]
    pub tiering: Option<TierRules>,
}

/// Go-to-market tiers (module C).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// The one market-dominance initiative's intimate partners.
    Strategic,
    /// Partners in the three to five focused programs.
    Tactical,
    /// Handled deal by deal by the field.
    Opportunistic,
    /// Not worth investing in at all: "why bother?"
    Exit,
}

/// Thresholds for a partner's recommended tier and the healthy portfolio shape.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct TierRules {
    /// A partner scoring at least this is fit to be strategic.
    pub strategic_min: u8,
    /// … at least this, tactical; below `opportunistic_min`, a candidate to exit.
    pub tactical_min: u8,
    /// … at least this, opportunistic.
    pub opportunistic_min: u8,
    /// Healthy number of strategic partners (one initiative with one or two partners).
    pub strategic_partners: [u8; 2],
    /// Healthy number of tactical partners in total (three to ten).
    pub tactical_partners: [u8; 2],
    /// Display names of the red flags, keyed by flag id (the portfolio one included).
    pub flags: Vec<ShapeFinding>,
    /// Texts for the portfolio-shape findings, keyed by finding id.
    pub shape_findings: Vec<ShapeFinding>,
}

/// A portfolio-shape finding text (module C).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ShapeFinding {
    /// One of: `no_strategic`, `too_many_strategic`, `too_few_tactical`, `too_many_tactical`,
    /// `healthy`, `everyone_strategic`.
    pub id: String,
    /// The finding, as the report shows it.
    pub text: String,
    /// The seed the idea comes from.
    pub source: String,
}

/// A scored facet of a module; one screen of questions in the journey.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Dimension {
    /// Stable id; exports carry it.
    pub id: String,
    /// Its title, as the step and the report show it.
    pub title: String,
    /// Relative weight within the module; positive.
    pub weight: f64,
    /// What a respondent is asked to think about on this screen.
    pub intro: String,
    /// Its questions appear one by one in the trust profile chart (D).
    #[serde(default)]
    pub in_trust_profile: bool,
    /// Its questions, in order.
    pub questions: Vec<Question>,
    /// What the score means, by band; ordered by `max`, the last band ending at 100.
    pub findings: Vec<FindingBand>,
    /// Actions worth taking, each while the score is below its threshold.
    pub recommendations: Vec<Recommendation>,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Exactly one choice (radio group).
    #[default]
    Single,
    /// Any number of choices (checkbox group); only used for profile questions.
    Multiple,
}

/// One question with choices that each describe observable evidence.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Question {
    /// Stable id; share links carry it.
    pub id: String,
    /// The question as asked.
    pub prompt: String,
    /// A label of a few words for charts and the review screen.
    pub short: String,
    /// A sentence of context or an example; optional.
    #[serde(default)]
    pub help: Option<String>,
    /// Seed file the idea comes from, e.g. `000_1c22e0a2fc20134b.txt`.
    pub source: String,
    #[serde(default)]
    /// Single or multiple choice.
    pub kind: QuestionKind,
    /// Relative weight within its dimension; positive. Ignored for profile questions.
    #[serde(default = "one")]
    pub weight: f64,
    /// The answer options, worst first.
    pub choices: Vec<Choice>,
    /// Offer "not applicable".
    #[serde(default)]
    pub allow_not_applicable: bool,
    /// Offer "don't know".
    #[serde(default)]
    pub allow_unknown: bool,
    /// Ask only when a profile answer includes these choices (branching).
    #[serde(default)]
    pub requires: Option<Requirement>,
    /// For module A: the two partner functions whose seam this question describes.
    #[serde(default)]
    pub seam: Option<[String; 2]>,
    /// For module C: the red flag raised by choices marked `raises_flag`.
    #[serde(default)]
    pub red_flag: Option<String>,
    /// A short phrase naming the risk when this question scores low (module D's top risks).
    #[serde(default)]
    pub risk: Option<String>,
}

fn one() -> f64 {
    1.0
}

/// Branching: the question is asked only when the profile question `question` was answered
/// with every choice in `all_of`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Requirement {
    /// The profile question's id.
    pub question: String,
    /// Choices that must all be ticked.
    pub all_of: Vec<String>,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Choice {
    /// Stable id within its question; share links carry its position.
    pub id: String,
    /// A few words naming the choice.
    pub label: String,
    /// What the evidence looks like when this choice is true.
    #[serde(default)]
    pub detail: Option<String>,
    /// 0–100; ignored for profile questions.
    #[serde(default)]
    pub score: u8,
    /// For module C: choosing this raises the question's red flag.
    #[serde(default)]
    pub raises_flag: bool,
}

/// A finding for dimension scores up to and including `max`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct FindingBand {
    /// The highest score (inclusive) this band describes.
    pub max: u8,
    /// What the score means.
    pub text: String,
}

/// An action worth taking while the dimension scores below `below`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Recommendation {
    /// Stable id; exports carry it.
    pub id: String,
    /// The action, as one sentence.
    pub text: String,
    /// The seed the idea comes from.
    pub source: String,
    /// Applies while the dimension score is strictly below this (1–101).
    pub below: u8,
    /// 1 (useful) to 3 (transformative); priority = impact × gap.
    pub impact: u8,
}

/// Module guidance for a count between `min` and `max` inclusive (e.g. signs present).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CountGuidance {
    /// The lowest count (inclusive).
    pub min: u8,
    /// The highest count (inclusive).
    pub max: u8,
    /// The guidance.
    pub text: String,
    /// The seed the idea comes from.
    pub source: String,
}
