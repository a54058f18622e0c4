//! Questions and their answer choices: evidence anchors a respondent can observe.

use serde::{Deserialize, Serialize};

use super::{ChoiceId, QuestionId, RedFlag, Tier};

/// One question, with choices that each describe observable evidence.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id; share links carry it.
    pub id: QuestionId,
    /// The question as asked.
    pub prompt: String,
    /// A label of a few words for charts and the review screen.
    pub short: String,
    /// A sentence of context or an example; never part of what is scored.
    #[serde(default)]
    pub help: Option<String>,
    /// Seed file the idea comes from, e.g. `000_1c22e0a2fc20134b.txt`.
    pub source: String,
    /// Relative weight within its dimension; positive. Ignored for unscored kinds.
    #[serde(default = "one")]
    pub weight: f64,
    /// Also asked in the five-minute quick check.
    #[serde(default)]
    pub quick: bool,
    /// Offer "don't know".
    #[serde(default)]
    pub allow_unknown: bool,
    /// Offer "not applicable".
    #[serde(default)]
    pub allow_not_applicable: bool,
    /// Ask only when a profile answer allows it (branching).
    #[serde(default)]
    pub requires: Option<Requirement>,
    /// How it is answered and what its answer means.
    pub kind: QuestionKind,
    /// The answer options, worst first.
    pub choices: Vec<Choice>,
    /// Module B: how the question reads when asked about a partner, where what it asks cannot
    /// be seen from outside that company; `None` when it reads the same about anyone.
    #[serde(default)]
    pub about_partner: Option<PartnerWording>,
    /// Hidden by a consultancy's edition (`content::edition`): never asked, and scored as not
    /// asked; it stays in the content so share links and saved progress keep their layout.
    #[serde(default)]
    pub hidden: bool,
    /// Seconds to read and answer it, worked out once on first use (see
    /// `journey::question_seconds`); never read from or written to a file.
    #[serde(skip)]
    pub reading: ReadingTime,
}

/// A question's reading time, worked out on first use and kept: the progress indicator asks
/// for every question of the journey on every answer, and counting the words each time made
/// an answer click measurably slower. Two questions compare equal whatever their caches hold.
#[derive(Debug, Clone, Default)]
pub struct ReadingTime(std::sync::OnceLock<usize>);

impl ReadingTime {
    /// The seconds, worked out by `compute` the first time.
    pub fn get_or_compute(&self, compute: impl FnOnce() -> usize) -> usize {
        *self.0.get_or_init(compute)
    }
}

impl PartialEq for ReadingTime {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A module B question as asked about a partner: what one can observe from outside it (what
/// it has shown you, what it publishes), with the same choices, scores and ids.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerWording {
    /// The question as asked about a partner.
    pub prompt: String,
    /// Its help about a partner; the question's own help when `None`.
    #[serde(default)]
    pub help: Option<String>,
    /// Choices reworded for what one sees from outside; the others read as they are.
    #[serde(default)]
    pub choices: Vec<ChoiceWording>,
    /// Why it is reworded: what cannot be seen from outside the company.
    pub why: String,
}

/// One choice reworded for a partner.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceWording {
    /// The choice it rewords.
    pub id: ChoiceId,
    /// Its label about a partner; the choice's own label when `None`.
    #[serde(default)]
    pub label: Option<String>,
    /// What the evidence looks like from outside.
    pub detail: String,
}

fn one() -> f64 {
    1.0
}

impl Question {
    /// Whether its answer is scored (anchored choices 0–100).
    pub fn is_scored(&self) -> bool {
        self.kind.is_scored()
    }

    /// The choice with this id.
    pub fn choice(&self, id: &ChoiceId) -> Option<&Choice> {
        self.choices.iter().find(|choice| &choice.id == id)
    }

    /// The prompt as asked about a partner (`about_partner`) or about one's own company.
    pub fn prompt_for(&self, about_partner: bool) -> &str {
        match &self.about_partner {
            Some(wording) if about_partner => &wording.prompt,
            _ => &self.prompt,
        }
    }

    /// The help as shown about a partner (`about_partner`) or about one's own company.
    pub fn help_for(&self, about_partner: bool) -> Option<&str> {
        match &self.about_partner {
            Some(PartnerWording {
                help: Some(help), ..
            }) if about_partner => Some(help),
            _ => self.help.as_deref(),
        }
    }

    /// A choice's label and detail as shown about a partner (`about_partner`) or not.
    pub fn choice_text_for<'a>(
        &'a self,
        choice: &'a Choice,
        about_partner: bool,
    ) -> (&'a str, &'a str) {
        let reworded = self
            .about_partner
            .as_ref()
            .filter(|_| about_partner)
            .and_then(|w| w.choices.iter().find(|c| c.id == choice.id));
        match reworded {
            Some(c) => (c.label.as_deref().unwrap_or(&choice.label), &c.detail),
            None => (&choice.label, &choice.detail),
        }
    }
}

/// How a question is answered, and what its answer means beyond its score.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One anchored choice, scored.
    Scored,
    /// Scored; named with this phrase among the top risks when it scores below 50.
    Risk(String),
    /// Scored; the seam between two partner functions (module A).
    Seam(SeamSpec),
    /// Scored; some choices raise a red flag for the partner (module C).
    RedFlag(RedFlagRule),
    /// Not scored: the business objective a partnership serves, which sets the highest tier
    /// it can be recommended (module C).
    Objective(Vec<Ceiling>),
    /// Not scored: one choice (a profile or opening question).
    One,
    /// Not scored: any number of choices (tick boxes).
    Many,
}

impl QuestionKind {
    /// Whether answers of this kind are scored.
    pub fn is_scored(&self) -> bool {
        matches!(
            self,
            Self::Scored | Self::Risk(_) | Self::Seam(_) | Self::RedFlag(_)
        )
    }
}

/// Module A: the two partner functions a seam joins, and how much value is lost there.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeamSpec {
    /// The two functions (choice ids of the profile question).
    pub functions: [ChoiceId; 2],
    /// 1–3: how much value the seed says is lost at this seam; breaks ties among weak seams.
    pub value_at_stake: u8,
}

/// Module C: which choices raise a red flag, and which answers show it has been dealt with.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagRule {
    /// The flag raised.
    pub flag: RedFlag,
    /// Choices that raise it.
    pub raised_by: Vec<ChoiceId>,
    /// Answers (about the same partner) that show the relationship has since been grounded;
    /// all of them must hold to clear the flag.
    #[serde(default)]
    pub cleared_by: Vec<AnswerMatch>,
}

/// An answer to look for: one of `choices` given to `question`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerMatch {
    /// The question.
    pub question: QuestionId,
    /// Any of these choices matches.
    pub choices: Vec<ChoiceId>,
}

/// Module C: the highest tier a partnership serving this objective can be recommended.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ceiling {
    /// The objective (a choice of the question).
    pub choice: ChoiceId,
    /// The highest tier it supports.
    pub ceiling: Tier,
}

/// Branching: the question is asked only when the profile question `question` has every
/// choice in `all_of` ticked, and at least `at_least` choices ticked in all.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The profile question.
    pub question: QuestionId,
    /// Choices that must all be ticked.
    #[serde(default)]
    pub all_of: Vec<ChoiceId>,
    /// How many choices must be ticked in all.
    #[serde(default)]
    pub at_least: u8,
}

/// One answer option: what an observer would see at this level.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id within its question; share links carry its position.
    pub id: ChoiceId,
    /// A few words naming the choice.
    pub label: String,
    /// What the evidence looks like when this choice is true.
    pub detail: String,
    /// 0–100; 0 for unscored questions.
    pub score: u8,
    /// The score instead when the company has fewer than 100 people.
    #[serde(default)]
    pub score_small: Option<u8>,
}
