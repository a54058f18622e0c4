//! One response, and the key saying which question and subject it answers.

use serde::{Deserialize, Serialize};

use crate::model::{ChoiceId, QuestionId, SubjectId};

/// One response to one question for one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The id of the chosen choice.
    Choice(ChoiceId),
    /// Ids of every chosen choice (multiple-choice profile questions).
    Choices(Vec<ChoiceId>),
    /// "Not applicable", where the question offers it.
    NotApplicable,
    /// "Don't know", where the question offers it.
    Unknown,
}

/// Which question, about whom.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResponseKey {
    /// The question's id.
    pub question: QuestionId,
    /// The organization for organization-level questions, otherwise a party or portfolio
    /// partner.
    pub subject: SubjectId,
}
