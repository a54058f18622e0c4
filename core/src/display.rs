//! How numbers, levels, tiers and module names are written for people: the one place every
//! page, export and comparison formats them. Numbers are formatted through integers, so the
//! wasm carries no float-formatting code.

use crate::model::{Content, Tier};

/// A 0–100 value rounded to a whole number; 0 for a value that is not a number.
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

/// A score as a whole number, or a dash when there is none.
pub fn value_text(value: Option<f64>) -> String {
    value.map_or("–".to_owned(), |v| whole(v).to_string())
}

/// A change between two scores with its sign ("+12", "-3", "0"), or a dash when there is none.
pub fn signed(delta: Option<f64>) -> String {
    match delta.map(whole) {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "–".into(),
    }
}

/// A value to one decimal ("66.7").
pub fn tenths(value: f64) -> String {
    let scaled = if value.is_finite() {
        (value.clamp(-1000.0, 1000.0) * 10.0).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    format!("{sign}{}.{}", scaled.abs() / 10, scaled.abs() % 10)
}

/// A module as headings name it: "D. Alliance health and trust".
pub fn module_heading(letter: &str, title: &str) -> String {
    format!("{letter}. {title}")
}

/// A dimension as charts label it across modules: "D: Trust".
pub fn dimension_label(letter: &str, title: &str) -> String {
    format!("{letter}: {title}")
}

/// Every tier with the name people see, in order of importance.
pub const TIERS: [(Tier, &str); 4] = [
    (Tier::Strategic, "Strategic"),
    (Tier::Tactical, "Tactical"),
    (Tier::Opportunistic, "Opportunistic"),
    (Tier::Exit, "Under review / winding down"),
];

/// The name people see for a tier.
pub fn tier_name(tier: Tier) -> &'static str {
    TIERS
        .iter()
        .find(|(t, _)| *t == tier)
        .map_or("", |(_, name)| name)
}

/// The tier with this display name; `None` for any other text.
pub fn tier_named(name: &str) -> Option<Tier> {
    TIERS.iter().find(|(_, n)| *n == name).map(|(t, _)| *t)
}

/// The name of a maturity level (1 Ad hoc … 5 Optimizing), as the content calls it.
pub fn level_name(content: &Content, level: u8) -> &str {
    content
        .levels
        .iter()
        .find(|band| band.level == level)
        .map_or("", |band| band.name.as_str())
}
