//! The shape of the assessment content: modules, dimensions, questions and choices, and the
//! rules that turn answers into verdicts, as serde types read from `core/content/*.json`.
//!
//! Ids are a public contract (share links and exports carry them); renaming one needs a
//! `content_version` bump.

mod evidence;
mod ids;
pub mod partner_text;
mod question;
mod rules;
mod tiering;

use serde::{Deserialize, Serialize};

pub use evidence::Evidence;
pub use ids::{ChoiceId, ModuleId, QuestionId, SubjectId};
pub use question::{
    AnswerMatch, Ceiling, Choice, ChoiceWording, PartnerWording, Question, QuestionKind,
    RedFlagRule, Requirement, SeamSpec,
};
pub use rules::{
    AnswersRule, Cap, CapMatch, CapRule, CompanySize, FindingBand, Horizon, IndexBelow, Part,
    PartnerAction, Recommendation, SignGuidance, StrategicAbove, StrategicUnearned, Trigger,
};
pub use tiering::{
    FindingText, FlagName, PartnerRange, Readiness, RedFlag, ShapeFinding, Tier, TierRules,
};

/// All assessment content.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Content {
    /// Bumped whenever an id changes, a question is removed or the scoring method changes;
    /// carried by share links and exports.
    pub content_version: u32,
    /// The five maturity levels with the lowest score (inclusive) that reaches each.
    pub levels: Vec<LevelBand>,
    /// Questions asked once before any module (the company's size).
    pub opening: Vec<Question>,
    /// The modules, in the order they are offered.
    pub modules: Vec<Module>,
    /// Published findings a report may cite (at most three), each beside the answer it
    /// touches.
    pub evidence: Vec<Evidence>,
    /// The consultancy's edition applied to it (`content::edition`), if any.
    #[serde(default)]
    pub edition: Option<EditionMark>,
}

/// Which consultancy edition a content carries: share links record it, so a reader without it
/// is told the wording differs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct EditionMark {
    /// The edition's id (`acme-partners`).
    pub id: String,
    /// Its version, as the consultancy numbers it (`2`, `2026.1`).
    pub version: String,
}

impl Content {
    /// Every question with whom it is asked about, in content order: the opening questions,
    /// then each module's profile questions and its dimensions' questions.
    pub fn questions(&self) -> impl Iterator<Item = (&Question, Subject)> {
        let opening = self.opening.iter().map(|q| (q, Subject::Organization));
        opening.chain(self.modules.iter().flat_map(Module::questions))
    }

    /// The module that asks this question (none for an opening question).
    pub fn module_of(&self, question: &QuestionId) -> Option<&Module> {
        self.modules
            .iter()
            .find(|module| module.questions().any(|(q, _)| &q.id == question))
    }

    /// The module with this id.
    pub fn module(&self, id: &ModuleId) -> Option<&Module> {
        self.modules.iter().find(|module| &module.id == id)
    }

    /// The level band for a level (1–5).
    pub fn level(&self, level: u8) -> Option<&LevelBand> {
        self.levels.iter().find(|band| band.level == level)
    }
}

/// One maturity level: a score of `min` or more (and below the next band) earns it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelBand {
    /// 1 Ad hoc … 5 Optimizing.
    pub level: u8,
    /// Its name ("Ad hoc" … "Optimizing").
    pub name: String,
    /// Lowest score (0–100, inclusive) that reaches this level.
    pub min: u8,
    /// What the level means, as a lower-case clause ("partnering depends on a few individuals").
    pub meaning: String,
}

/// Whom a question is asked about.
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

/// Whom a module's per-subject dimensions are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subjects {
    /// Nobody named: every dimension is about the organization.
    None,
    /// Parties: one's own company and/or named partners (module B).
    Parties,
    /// The go-to-market portfolio's partners (module C).
    Portfolio,
}

impl Subjects {
    /// Whom the per-subject questions are asked about.
    pub fn subject(self) -> Subject {
        match self {
            Self::None => Subject::Organization,
            Self::Parties => Subject::Party,
            Self::Portfolio => Subject::PortfolioPartner,
        }
    }
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
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Stable id; share links carry it.
    pub id: ModuleId,
    /// Short letter shown in the interface ("A"…"D").
    pub letter: String,
    /// Its title, as headings show it.
    pub title: String,
    /// One or two sentences on what the module looks at.
    pub summary: String,
    /// Seed files the module draws on.
    pub sources: Vec<String>,
    /// Which module-specific view the report gives.
    pub view: ModuleView,
    /// Whom its per-subject dimensions are about.
    pub subjects: Subjects,
    /// Share (0–100) of applicable questions that must be answered before a score is given.
    pub min_answered_percent: u8,
    /// Questions asked once for the whole module before anything else (which partner
    /// functions exist). Never scored.
    #[serde(default)]
    pub profile: Vec<Question>,
    /// How the module score is built from its dimensions; empty for a plain weighted mean.
    #[serde(default)]
    pub composition: Vec<Part>,
    /// The scored facets, in the order they are asked.
    pub dimensions: Vec<Dimension>,
    /// Knock-out rules that cap the module's level.
    #[serde(default)]
    pub caps: Vec<Cap>,
    /// Module B: guidance by the number of signs present.
    #[serde(default)]
    pub guidance: Vec<SignGuidance>,
    /// Module C: how partners are tiered and what a healthy portfolio holds.
    #[serde(default)]
    pub tiering: Option<TierRules>,
}

impl Module {
    /// Its questions with whom each is asked about: profile questions, then each dimension's.
    pub fn questions(&self) -> impl Iterator<Item = (&Question, Subject)> {
        let profile = self.profile.iter().map(|q| (q, Subject::Organization));
        let scored = self.dimensions.iter().flat_map(move |d| {
            let per = d.subject(self.subjects);
            d.questions.iter().map(move |q| (q, per))
        });
        profile.chain(scored)
    }

    /// Whether some of its dimensions are asked about named subjects (B and C).
    pub fn names_subjects(&self) -> bool {
        self.subjects != Subjects::None
    }
}

/// Whom a dimension's questions are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum About {
    /// The respondent's own organization.
    Organization,
    /// Each of the module's subjects (parties or portfolio partners).
    EachSubject,
}

/// A dimension computed from other answers rather than asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Module C: how far the declared tiers match the tiers the evidence supports.
    TierFit,
}

/// A scored facet of a module.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable id; exports carry it.
    pub id: String,
    /// Its title, as steps and the report show it.
    pub title: String,
    /// Whom its questions are about.
    pub about: About,
    /// Relative weight within the module; positive.
    pub weight: f64,
    /// What a respondent is asked to think about.
    pub intro: String,
    /// A question to discuss when two sides' views of it differ (the two-sided review).
    pub prompt: String,
    /// Its questions appear one by one in the trust profile chart (D).
    #[serde(default)]
    pub in_trust_profile: bool,
    /// Computed rather than asked; then it has no questions.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// Its questions, in order.
    pub questions: Vec<Question>,
    /// What the score means, by band; ordered by `max`, the last band ending at 100.
    pub findings: Vec<FindingBand>,
    /// Actions, each with what in the answers calls for it.
    pub recommendations: Vec<Recommendation>,
}

impl Dimension {
    /// Whom its questions are asked about, in a module whose subjects are `subjects`.
    pub fn subject(&self, subjects: Subjects) -> Subject {
        match self.about {
            About::Organization => Subject::Organization,
            About::EachSubject => subjects.subject(),
        }
    }
}
