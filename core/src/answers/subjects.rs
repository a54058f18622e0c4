//! Whom an assessment is about: parties (module B), portfolio partners (module C), and the
//! subject a module's questions are asked about.

use serde::{Deserialize, Serialize};

use crate::model::{SubjectId, Tier};

/// The most parties (B) or portfolio partners (C) one assessment holds.
pub const MAX_SUBJECTS: usize = 20;

/// A party assessed in module B: one's own company or a named partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Stable within one assessment; responses refer to it.
    pub id: SubjectId,
    /// The name as typed, cleaned.
    pub name: String,
    /// True when this is the respondent's own company.
    pub own: bool,
}

/// A partner in the go-to-market portfolio (module C) and the tier it is treated as today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioPartner {
    /// Stable within one assessment; responses refer to it.
    pub id: SubjectId,
    /// The name as typed, cleaned.
    pub name: String,
    /// The tier the partner is treated as today.
    pub declared: Tier,
}

/// A subject a module's questions are asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectRef {
    /// The subject id responses refer to.
    pub id: SubjectId,
    /// Empty for organization-level modules.
    pub name: String,
}
