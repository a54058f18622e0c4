//! What a consultancy's funnel needs, all private by design: a contact step whose details go
//! only to the configured host page, a call to action chosen by the overall level, and the
//! host page's campaign (UTM) tags carried on every event.

mod cta;
mod email;
mod lead;
mod step;

pub use cta::LevelCta;
pub use lead::{Contact, LeadField, LeadForm, LeadPosition, LeadProblem, validate_contact};
pub use step::{LeadStep, Submitted};

/// The campaign parameters a host page may pass on, in the order events list them.
pub const UTM_KEYS: [&str; 5] = [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
];
