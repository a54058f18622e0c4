//! What the content declares about verdicts: recommendations and what triggers them,
//! knock-out caps, how a module score is composed, the signs guidance and the tier rules.

use serde::{Deserialize, Serialize};

use super::{AnswerMatch, ChoiceId, RedFlag, ShapeFinding};

/// A plan-ready action: who does what, how often, and how anyone can tell it worked.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    /// Stable id; exports and plans carry it.
    pub id: String,
    /// The action, as one imperative sentence.
    pub text: String,
    /// Who owns it (a role).
    pub owner: String,
    /// What it produces: a document, a meeting, a list or a decision.
    pub artefact: String,
    /// How often it happens or is reviewed.
    pub cadence: String,
    /// The observable sign that it worked.
    pub measure: String,
    /// The measure is a business result (pipeline, revenue, win rate, cycle time, renewal)
    /// with a baseline and a target, not a count of activity.
    #[serde(default)]
    pub result: bool,
    /// When it should be done.
    pub horizon: Horizon,
    /// 1 (useful) to 3 (transformative); priority = impact × gap.
    pub impact: u8,
    /// What in the answers calls for it.
    pub when: Trigger,
    /// Applies only where this answer was also given (about the same subject): a knock-out's
    /// action worded for its cause, such as an ownership move made by a reorganization.
    #[serde(default)]
    pub given: Option<super::AnswerMatch>,
    /// Does not apply where this answer was given: the general action another one replaces.
    #[serde(default)]
    pub unless: Option<super::AnswerMatch>,
    /// The company sizes it fits; `None` for every size.
    #[serde(default)]
    pub sizes: Option<Vec<CompanySize>>,
    /// Module D: `Some(true)` when it applies only to an alliance module C winds down,
    /// `Some(false)` when never to one (a stability commitment); `None` either way.
    #[serde(default)]
    pub winding_down: Option<bool>,
    /// Listed just after this action of the same module where both are called for about the
    /// same subject: a decision comes after the review that informs it.
    #[serde(default)]
    pub after: Option<String>,
    /// Seed file the idea comes from (for an edition's action, the edition's id).
    pub source: String,
    /// Added by a consultancy's edition (`content::edition`), not drawn from a seed.
    #[serde(default)]
    pub added: bool,
    /// An `https:` page where an edition's action is offered (a workshop, a booking page).
    #[serde(default)]
    pub link: Option<String>,
}

impl Recommendation {
    /// Whether it fits a company of this size.
    pub fn fits(&self, size: CompanySize) -> bool {
        self.sizes
            .as_ref()
            .is_none_or(|sizes| sizes.contains(&size))
    }

    /// Whether it applies to an alliance that is (`true`) or is not being wound down.
    pub fn fits_alliance(&self, winding_down: bool) -> bool {
        self.winding_down.is_none_or(|only| only == winding_down)
    }
}

/// When an action should be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// This quarter.
    Quarter,
    /// Within the year.
    Year,
}

/// A company's size, from the opening question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanySize {
    /// Fewer than 100 people.
    Small,
    /// 100 to 1,000 people.
    Mid,
    /// More than 1,000 people.
    Large,
}

impl CompanySize {
    /// The size named by a choice id of the opening question (`small`, `mid`, `large`).
    pub fn from_choice(id: &ChoiceId) -> Option<CompanySize> {
        match id.as_str() {
            "small" => Some(Self::Small),
            "mid" => Some(Self::Mid),
            "large" => Some(Self::Large),
            _ => None,
        }
    }
}

/// What in the answers calls for a recommendation.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// The dimension's score is below this (1–101).
    Below(u8),
    /// A question of the dimension was answered with one of these choices.
    Answer(AnswerMatch),
    /// A partner raises this red flag (module C).
    Flag(RedFlag),
    /// This knock-out cap applies (its action comes first).
    Cap(String),
    /// The portfolio gives this shape finding (module C).
    Finding(ShapeFinding),
    /// Half or more of the dimension's questions were answered "don't know".
    Unknown,
    /// The dimension's score is at least this (1–100): a strength worth protecting. Its
    /// action is offered only where the gaps leave room (`Cause::Strength`).
    AtLeast(u8),
}

/// A knock-out rule: evidence that caps a module's level, and the overall level, at `level`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    /// Stable id; recommendations refer to it.
    pub id: String,
    /// The highest level (1–4) the module can have while the rule holds.
    pub level: u8,
    /// When it holds.
    pub rule: CapRule,
    /// Seed file the idea comes from.
    pub source: String,
}

/// When a cap holds, with the reason written for the reader.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CapRule {
    /// At least `at_least` of the listed answers were given.
    Answers(AnswersRule),
    /// Module A: the collaboration index is below a value.
    IndexBelow(IndexBelow),
    /// Module C: more partners are declared strategic than a healthy portfolio holds.
    StrategicAbove(StrategicAbove),
    /// Module C: partners are declared strategic, and the evidence supports a lower tier for
    /// every one of them.
    StrategicUnearned(StrategicUnearned),
}

/// A cap that holds when enough of the listed answers were given.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersRule {
    /// How many of `matches` must hold.
    pub at_least: u8,
    /// The answers, each with the reason it gives.
    pub matches: Vec<CapMatch>,
}

/// One knock-out answer and the reason it gives ("resources were withdrawn when results lagged").
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CapMatch {
    /// The question.
    pub question: super::QuestionId,
    /// Any of these choices matches.
    pub choices: Vec<super::ChoiceId>,
    /// A lower-case clause completing "Capped at Defined: …".
    pub reason: String,
}

/// Module A's cap on a low collaboration index.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IndexBelow {
    /// The index (0–100) below which the cap holds.
    pub below: u8,
    /// A lower-case clause completing "Capped at Emerging: …".
    pub reason: String,
}

/// Module C's cap on too many strategic partners.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StrategicAbove {
    /// The most partners that can be strategic.
    pub max: u8,
    /// A lower-case clause completing "Capped at Defined: …".
    pub reason: String,
}

/// Module C's cap on a strategic list none of whose partners has a strategic partner's evidence
/// (objective, focus, candor, commitment): a portfolio whose every strategic label is unearned is
/// not yet managed, whatever its other answers say.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StrategicUnearned {
    /// A lower-case clause completing "Capped at Defined: …".
    pub reason: String,
    /// What is not known while no strategic partner's tier is checked, completing "Not above
    /// Defined until checked: no answer yet on …".
    pub unchecked: String,
}

/// One part of a module score: the weighted mean of some dimensions, weighted in the module.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// What the part measures, as the report names it.
    pub label: String,
    /// Its dimensions' ids.
    pub dimensions: Vec<String>,
    /// Its weight in the module (positive).
    pub weight: f64,
}

/// Module B: guidance for a count of sign points (2 per sign present, 1 per partial sign).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SignGuidance {
    /// The lowest points (inclusive).
    pub min_points: u8,
    /// The highest points (inclusive).
    pub max_points: u8,
    /// For a company assessing itself.
    pub own: String,
    /// For a company assessing a partner.
    pub partner: String,
    /// The decision in a few words, for a partner's line in the summary ("step away: …").
    pub partner_verdict: String,
    /// What to do about a partner in this band, plan-ready; shown with the partners it is for.
    #[serde(default)]
    pub partner_action: Option<PartnerAction>,
    /// Seed file the idea comes from.
    pub source: String,
}

/// Module B: the action a partner's sign count calls for (step away, deal by deal, …).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerAction {
    /// Stable id, unique across the content.
    pub id: String,
    /// The action, about "this partner"; the report names the partners it is for.
    pub text: String,
    /// Who owns it.
    pub owner: String,
    /// What it produces.
    pub artefact: String,
    /// How often it happens or is reviewed.
    pub cadence: String,
    /// The observable sign that it worked.
    pub measure: String,
    /// When it should be done.
    pub horizon: Horizon,
    /// 1 (useful) to 3 (transformative); priority = impact × the share of sign points missing.
    pub impact: u8,
}

/// A finding for dimension scores up to and including `max`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FindingBand {
    /// The highest score (inclusive) this band describes.
    pub max: u8,
    /// What the score means.
    pub text: String,
}
