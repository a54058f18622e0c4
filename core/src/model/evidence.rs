//! Published research a report may cite beside an answer that touches it: one line each, with
//! its source, year and sample, so a reader can check it.

use serde::{Deserialize, Serialize};

use super::AnswerMatch;

/// One published finding.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Stable id.
    pub id: String,
    /// The finding in our words, with its figures exactly as published.
    pub finding: String,
    /// Authors, title and publication.
    pub citation: String,
    /// Year of publication.
    pub year: u16,
    /// What the figures rest on ("200 corporations and their 1,572 alliances").
    pub sample: String,
    /// The answer that makes it relevant: about the organization, or one's own company in B.
    pub when: AnswerMatch,
    /// The company sizes it speaks to (a study of large corporations' alliance departments
    /// is no guide for a 40-person firm); `None` for every size.
    #[serde(default)]
    pub sizes: Option<Vec<super::CompanySize>>,
}
