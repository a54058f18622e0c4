//! The scored report: plain data, ready to render, export or compare.

use serde::{Deserialize, Serialize};

use crate::model::{ChoiceId, CompanySize, Horizon, ModuleId, RedFlag, ShapeFinding, Tier};

/// A 0–100 score with the level its value reaches (before any cap).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// 0–100.
    pub value: f64,
    /// 1 Ad hoc … 5 Optimizing, as the value alone reaches.
    pub level: u8,
}

impl Score {
    /// The score rounded for display.
    pub fn rounded(&self) -> u8 {
        // Values are clamped to 0–100 when built, so the cast cannot truncate.
        self.value.round().clamp(0.0, 100.0) as u8
    }
}

/// A knock-out cap that holds, with the reasons the answers give for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppliedCap {
    /// The cap's id in the content.
    pub id: String,
    /// The highest level allowed.
    pub level: u8,
    /// Why, as lower-case clauses ("resources were withdrawn when results lagged").
    pub reasons: Vec<String>,
    /// The other knock-outs that hold too: at the same level (their reasons are among
    /// `reasons`) or above it; their actions are called for as well.
    #[serde(default)]
    pub also: Vec<String>,
    /// For the hold at the median: how many modules are rated at or below it, of how many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<[usize; 2]>,
}

impl AppliedCap {
    /// The id of the hold that stands in for a knock-out not checked yet: its reasons are the
    /// questions still without an answer.
    pub const UNCHECKED: &'static str = "unchecked";
    /// The id of the hold on the overall level at the median module level.
    pub const MEDIAN: &'static str = "median";
    /// The id of the hold on the overall level while answers contradict each other.
    pub const CONTRADICTED: &'static str = "contradicted";
    /// The reason of an unchecked hold while module A's seams have too few answers to judge.
    pub const SEAMS_UNJUDGED: &'static str = "the seams between your partner functions";

    /// Whether this is the hold for knock-outs not checked yet, not a knock-out that fired.
    pub fn is_unchecked(&self) -> bool {
        self.id == Self::UNCHECKED
    }

    /// Whether the knock-out `id` holds here, binding or not.
    pub fn includes(&self, id: &str) -> bool {
        self.id == id || self.also.iter().any(|other| other == id)
    }

    /// The reasons joined as one clause: "a, b and c".
    pub fn reason(&self) -> String {
        crate::display::joined(&self.reasons)
    }

    /// The reasons as one clause in the reader's words: the holds the core itself states (at
    /// the median, while answers contradict each other, the seams not yet judged) from the
    /// packs, the content's reasons as the content words them.
    pub fn reason_in(&self, words: &crate::i18n::Words, content: &crate::model::Content) -> String {
        if let (true, Some([rated, modules])) = (self.id == Self::MEDIAN, self.median) {
            let level = crate::display::level_name(content, self.level);
            return words.count(
                "core_cap.median",
                rated,
                &[("modules", modules.into()), ("level", level.into())],
            );
        }
        if self.id == Self::CONTRADICTED {
            return words.get("core_cap.contradicted").to_owned();
        }
        let reasons: Vec<String> = self
            .reasons
            .iter()
            .map(|reason| match reason.as_str() {
                Self::SEAMS_UNJUDGED => words.get("core_cap.seams_unjudged").to_owned(),
                _ => reason.clone(),
            })
            .collect();
        crate::display::joined_in(words, &reasons)
    }
}

/// A score and, when evidence caps it, the cap: the level shown is the lower of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    /// The score the answers add up to, uncapped.
    pub score: Score,
    /// The knock-out cap that holds, if any.
    pub cap: Option<AppliedCap>,
}

impl Rating {
    /// The level shown: the score's level, held down by the cap.
    pub fn level(&self) -> u8 {
        match &self.cap {
            Some(cap) => self.score.level.min(cap.level),
            None => self.score.level,
        }
    }

    /// Whether the cap holds the level below what the score alone reaches.
    pub fn is_capped(&self) -> bool {
        self.cap
            .as_ref()
            .is_some_and(|cap| cap.level < self.score.level)
    }
}

/// Whether a module could be scored for the respondent's own organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ModuleStatus {
    /// Enough answers: the module's rating.
    Scored {
        /// The rating.
        rating: Rating,
    },
    /// Too few answers to give an honest score.
    Insufficient {
        /// Responses with a scored choice.
        answered: usize,
        /// Questions asked.
        applicable: usize,
        /// The share that a score needs.
        needed_percent: u8,
        /// A knock-out cap the answers given already show.
        cap: Option<AppliedCap>,
    },
    /// Only partners were assessed (module B without one's own company): nothing about the
    /// respondent's organization to score.
    PartnersOnly,
    /// What the module judges is not there (module A with one partner function: no seams
    /// between functions), so it is not rated; its dimensions still report what they saw.
    NothingToJudge,
}

/// One dimension's result for the respondent's own organization.
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
    /// Responses with a scored choice.
    pub answered: usize,
    /// Questions asked.
    pub applicable: usize,
    /// Questions answered "don't know".
    pub unknown: usize,
    /// Questions asked (none for a partner function the company does not run).
    pub asked: usize,
}

/// What in the answers called for an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// A knock-out cap: shown first.
    Cap,
    /// A red flag on a partner.
    RedFlag,
    /// A portfolio-shape finding.
    Finding,
    /// A specific answer.
    Answer,
    /// A low dimension score.
    LowScore,
    /// Too many "don't know" answers: find out.
    Unknown,
    /// "Don't know" on knock-out questions that hold the module until they are known: find out
    /// first, ranked with the knock-out actions.
    UnknownHold,
    /// A strength worth protecting: offered only where the gaps leave room.
    Strength,
}

/// A recommended action, plan-ready.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// The recommendation's id.
    pub id: String,
    /// The module's id.
    pub module: ModuleId,
    /// The dimension's title.
    pub dimension: String,
    /// The action.
    pub text: String,
    /// Who owns it (a role).
    pub owner: String,
    /// What it produces.
    pub artefact: String,
    /// How often it happens or is reviewed.
    pub cadence: String,
    /// How anyone can tell it worked.
    pub measure: String,
    /// The measure is a business result with a baseline and a target.
    #[serde(default)]
    pub result: bool,
    /// When.
    pub horizon: Horizon,
    /// What in the answers called for it.
    pub cause: Cause,
    /// The partners it is about (module C), by name; empty when it is about the organization.
    pub about: Vec<String>,
    /// The seed the idea comes from.
    pub source: String,
    /// Impact × gap; higher comes first (after caps).
    pub priority: f64,
    /// Where a consultancy edition's action is offered (an `https:` page), shown beside it.
    #[serde(default)]
    pub link: Option<String>,
}

/// A seam between two partner functions (module A).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seam {
    /// The seam question's id.
    pub question: String,
    /// The two partner functions it joins (choice ids of module A's profile question).
    pub functions: [ChoiceId; 2],
    /// `None` when not asked, unanswered or not applicable.
    pub score: Option<f64>,
    /// How much value the seed says is lost at this seam (1–3).
    pub value_at_stake: u8,
}

/// How far a sign is in place (module B).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignStatus {
    /// Scores 75 or more.
    Present,
    /// Scores 50 (the middle anchor) to 74.
    Partial,
    /// Scores below 50.
    Absent,
    /// Not graded (unanswered or "don't know").
    Unknown,
    /// Not asked: a quick check asks about few of the signs, and about one company.
    NotAsked,
}

/// The signs of a serious partner for one party (module B).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartySigns {
    /// The party's name.
    pub name: String,
    /// Whether it is the respondent's own company.
    pub own: bool,
    /// Per sign (dimension id): its score where graded, and its status.
    pub signs: Vec<(String, Option<f64>, SignStatus)>,
    /// Signs present.
    pub present: usize,
    /// Signs partly present.
    pub partial: usize,
    /// Signs absent.
    pub absent: usize,
    /// The content's guidance for its count, worded for one's own company or a partner.
    pub guidance: Option<String>,
    /// The decision about a partner in a few words (module B's guidance for its points).
    #[serde(default)]
    pub verdict: Option<String>,
}

/// One portfolio partner's tiering (module C): a partner assessment, not the respondent's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerTiering {
    /// The partner's name.
    pub name: String,
    /// The tier it is treated as today.
    pub declared: Tier,
    /// The tier its own evidence supports (objective, focus, candor, commitment, red flags);
    /// `None` with too few answers.
    pub supported: Option<Tier>,
    /// What keeps its evidence below strategic, if it is: the objective it serves, its red
    /// flags, or its readiness.
    #[serde(default)]
    pub limit: Option<TierLimit>,
    /// The tier recommended once the portfolio rule is applied across partners (one or two
    /// strategic, a bounded tactical group); `None` with too few answers.
    pub recommended: Option<Tier>,
    /// How ready the partnership is (0–100), from its evidence.
    pub readiness: Option<f64>,
    /// Red flags its answers raise.
    pub red_flags: Vec<RedFlag>,
}

/// What keeps a partner's own evidence below the strategic tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierLimit {
    /// The objective it serves carries no higher tier (the seed: one initiative of market
    /// dominance, not a shorter sales cycle).
    Objective,
    /// Its answers raise a red flag (an executive lunch, a press release, hidden agendas).
    RedFlags,
    /// Its focus, candor and commitment reach a lower tier.
    Readiness,
    /// Both the objective and its focus, candor and commitment.
    ObjectiveAndReadiness,
}

/// Partners per tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TierCounts {
    /// Strategic partners.
    pub strategic: usize,
    /// Tactical partners.
    pub tactical: usize,
    /// Opportunistic partners.
    pub opportunistic: usize,
    /// Partners under review or winding down.
    pub exit: usize,
}

impl TierCounts {
    /// Counts the tiers given.
    pub fn of(tiers: impl IntoIterator<Item = Tier>) -> TierCounts {
        let mut counts = TierCounts::default();
        for tier in tiers {
            match tier {
                Tier::Strategic => counts.strategic += 1,
                Tier::Tactical => counts.tactical += 1,
                Tier::Opportunistic => counts.opportunistic += 1,
                Tier::Exit => counts.exit += 1,
            }
        }
        counts
    }

    /// Partners in all.
    pub fn total(&self) -> usize {
        self.strategic + self.tactical + self.opportunistic + self.exit
    }
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
        functions: Vec<(ChoiceId, String)>,
        /// Ids of the functions the company runs.
        present: Vec<ChoiceId>,
        /// Every seam, answered or not.
        seams: Vec<Seam>,
        /// The weighted mean of the answered seams between present functions.
        collaboration_index: Option<f64>,
        /// Up to three seams below 75, weakest first; ties go to where more value is lost.
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
        /// Partners per tier as declared today.
        declared: TierCounts,
        /// Partners per tier as the evidence and the portfolio rule recommend.
        recommended: TierCounts,
        /// What the portfolio's shape says.
        findings: Vec<ShapeFinding>,
        /// Red flags raised anywhere in the portfolio.
        red_flags: Vec<RedFlag>,
    },
    /// Module D: trust and risks.
    Health {
        /// The partner the module's answers are about, when named (chosen or typed); reports
        /// saved before it existed have none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alliance: Option<String>,
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
    pub id: ModuleId,
    /// Its letter.
    pub letter: String,
    /// Its title.
    pub title: String,
    /// Rated, or why not.
    pub status: ModuleStatus,
    /// The respondent's own dimensions (partner assessments are in `detail`).
    pub dimensions: Vec<DimensionResult>,
    /// Its recommended actions, caps first, then most valuable first.
    pub recommendations: Vec<Action>,
    /// Its module-specific view. (The findings that matter most are written for the reader
    /// by `key_findings`, in the reader's words.)
    pub detail: ModuleDetail,
}

impl ModuleResult {
    /// The rating, when scored.
    pub fn rating(&self) -> Option<&Rating> {
        match &self.status {
            ModuleStatus::Scored { rating } => Some(rating),
            _ => None,
        }
    }

    /// The uncapped score, when scored.
    pub fn score(&self) -> Option<Score> {
        self.rating().map(|rating| rating.score)
    }

    /// How much of the module's own rating rests on answers.
    pub fn confidence(&self) -> Confidence {
        self.dimensions
            .iter()
            .fold(Confidence::default(), |sum, d| Confidence {
                asked: sum.asked + d.asked,
                answered: sum.answered + d.answered,
                unknown: sum.unknown + d.unknown,
                not_applicable: sum.not_applicable + d.asked.saturating_sub(d.applicable),
            })
    }

    /// The cap that holds, scored or not.
    pub fn cap(&self) -> Option<&AppliedCap> {
        match &self.status {
            ModuleStatus::Scored { rating } => rating.cap.as_ref(),
            ModuleStatus::Insufficient { cap, .. } => cap.as_ref(),
            ModuleStatus::PartnersOnly | ModuleStatus::NothingToJudge => None,
        }
    }
}

/// Two answers that cannot both be true, named so the respondent can reconcile them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contradiction {
    /// The rule's id.
    pub id: String,
    /// What the two answers say, as a sentence (in English; `contradiction_text` says it in
    /// the reader's words).
    pub text: String,
    /// The partners a per-partner claim holds for.
    #[serde(default)]
    pub partners: Vec<String>,
    /// The partner module D names, if any.
    #[serde(default)]
    pub alliance: Option<String>,
    /// The questions to look at again ("Written plans with goals (B)").
    pub questions: Vec<String>,
    /// The ids of the dimensions holding those questions: none of them is named as a strength
    /// while the answers contradict each other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<String>,
}

/// How much of a module's own rating rests on answers: the questions asked about the
/// respondent's organization, and how they were answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confidence {
    /// Questions asked.
    pub asked: usize,
    /// Answered with a choice.
    pub answered: usize,
    /// Answered "don't know".
    pub unknown: usize,
    /// Answered "not applicable".
    pub not_applicable: usize,
}

impl Confidence {
    /// The share of "don't know" answers from which a module's level is provisional.
    pub const PROVISIONAL_UNKNOWN_PERCENT: usize = 30;

    /// Whether so much is unknown that the level is provisional.
    pub fn is_provisional(&self) -> bool {
        self.unknown > 0 && self.unknown * 100 >= Self::PROVISIONAL_UNKNOWN_PERCENT * self.asked
    }
}

/// An area of the report named in the verdict: a dimension of one module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// The module's letter.
    pub letter: String,
    /// The dimension's title.
    pub title: String,
    /// Its score.
    pub score: f64,
}

/// What the report says overall: the level, what holds it down, and this report's real
/// strongest and weakest areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// The level shown (capped).
    pub level: u8,
    /// The level the answers alone reach, before any cap or hold.
    #[serde(default)]
    pub score_level: u8,
    /// The strongest own dimension, where it reaches Defined (a lower score is no strength).
    pub strongest: Option<Area>,
    /// The weakest own dimension.
    pub weakest: Option<Area>,
    /// The cap holding the overall level down, if any.
    pub cap: Option<AppliedCap>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The content edition it was scored with.
    pub content_version: u32,
    /// A quick check: the levels are indicative.
    pub quick: bool,
    /// The company's size, when answered.
    pub size: Option<CompanySize>,
    /// Each chosen module's result.
    pub modules: Vec<ModuleResult>,
    /// The respondent's own organization across the modules it was rated on; `None` when no
    /// module could be rated.
    pub overall: Option<Rating>,
    /// The verdict on the overall level.
    pub verdict: Option<Verdict>,
    /// The three highest-priority actions across modules (caps first).
    pub top_actions: Vec<Action>,
    /// Up to three own dimensions at level 4 or above, strongest first.
    pub strengths: Vec<Area>,
    /// Answers in different places that cannot both be true, to reconcile before trusting the
    /// level.
    #[serde(default)]
    pub contradictions: Vec<Contradiction>,
    /// Published findings that touch these answers, with source, year and sample (at most
    /// three).
    #[serde(default)]
    pub evidence: Vec<crate::model::Evidence>,
}

impl Report {
    /// The partner module D's answers are about, when it was taken and names one.
    pub fn alliance(&self) -> Option<&str> {
        self.modules.iter().find_map(|m| match &m.detail {
            ModuleDetail::Health { alliance, .. } => alliance.as_deref(),
            _ => None,
        })
    }
}
