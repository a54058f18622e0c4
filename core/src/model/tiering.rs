//! Module C's vocabulary: tiers, red flags, portfolio-shape findings and the tier rules.

use serde::{Deserialize, Serialize};

/// Go-to-market tiers, most important first.
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

/// The classic go-to-market partnering mistakes, raised per partner or for the portfolio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlag {
    /// Agreed over an executive lunch, with no target market or plan behind it.
    ExecutiveLunch,
    /// Announced with fanfare, with nothing behind it.
    PressRelease,
    /// Agendas not stated honestly.
    HiddenAgendas,
    /// Every partner, or nearly every one, is called strategic (the portfolio's flag).
    EveryoneStrategic,
}

/// What the portfolio's shape says, against one strategic initiative with one or two
/// partners, three to ten tactical partners and the rest opportunistic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShapeFinding {
    /// Nothing is treated as strategic.
    NoStrategic,
    /// More partners are strategic than one initiative can carry.
    TooManyStrategic,
    /// Every partner, or nearly every one, is called strategic.
    EveryoneStrategic,
    /// Too few partners in tactical programs for a portfolio of this size.
    TooFewTactical,
    /// More tactical partners than three to five programs can serve.
    TooManyTactical,
    /// Some partners are treated as more important than the evidence supports.
    OverTiered,
    /// None of the above.
    Healthy,
}

/// Thresholds for a partner's recommended tier and the healthy portfolio shape.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TierRules {
    /// How many strategic partners a healthy portfolio holds (one initiative, one or two).
    pub strategic_partners: PartnerRange,
    /// How many tactical partners in all (three to ten).
    pub tactical_partners: PartnerRange,
    /// The readiness each tier needs.
    pub readiness: Readiness,
    /// Display names of the red flags.
    pub flags: Vec<FlagName>,
    /// Texts of the shape findings.
    pub findings: Vec<FindingText>,
}

impl TierRules {
    /// The display name of a red flag.
    pub fn flag_name(&self, flag: RedFlag) -> Option<&str> {
        self.flags
            .iter()
            .find(|f| f.flag == flag)
            .map(|f| f.text.as_str())
    }

    /// The text of a shape finding.
    pub fn finding_text(&self, finding: ShapeFinding) -> Option<&str> {
        self.findings
            .iter()
            .find(|f| f.finding == finding)
            .map(|f| f.text.as_str())
    }
}

/// A healthy number of partners in a tier, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerRange {
    /// The fewest.
    pub min: u8,
    /// The most.
    pub max: u8,
}

/// The readiness (0–100, from a partner's evidence) each tier needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    /// Strategic needs at least this.
    pub strategic: u8,
    /// Tactical needs at least this.
    pub tactical: u8,
    /// Opportunistic needs at least this; below it, a candidate to exit.
    pub opportunistic: u8,
}

/// A red flag's display name.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FlagName {
    /// The flag.
    pub flag: RedFlag,
    /// Its name, as the report shows it.
    pub text: String,
    /// Seed file the idea comes from.
    pub source: String,
}

/// A shape finding's text.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FindingText {
    /// The finding.
    pub finding: ShapeFinding,
    /// What the report says.
    pub text: String,
    /// Seed file the idea comes from.
    pub source: String,
}
