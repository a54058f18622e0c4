//! Whom an assessment is about: parties (module B), portfolio partners (module C), and the
//! subject a module's questions are asked about.

// The core never panics on input: these are errors, not warnings, here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde::{Deserialize, Serialize};

use crate::model::Tier;

/// The most parties (B) or portfolio partners (C) one assessment holds.
pub const MAX_SUBJECTS: usize = 20;

/// A party assessed in module B: one's own company or a named partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Stable within one assessment; responses refer to it.
    pub id: u16,
    pub name: String,
    /// True when this is the respondent's own company.
    pub own: bool,
}

/// A partner in the go-to-market portfolio (module C) and the tier it is treated as today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioPartner {
    pub id: u16,
    pub name: String,
    pub declared: Tier,
}

/// A subject a module's questions are asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectRef {
    pub id: u16,
    /// Empty for organization-level modules.
    pub name: String,
}
