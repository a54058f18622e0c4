//! How a report's verdict, caps and partner assessments are written for people. They read
//! scoring's types, so they live here rather than in `display`, which only formats numbers,
//! levels and names (and which scoring itself uses).

use super::{AppliedCap, Area, Confidence, ModuleDetail, Report, SignStatus, Verdict};
use crate::display::{capitalized, level_name, tier_name, whole};
use crate::model::Content;

/// The verdict as the report states it under the level: what the level means, then this
/// report's strongest and weakest areas ("The basics are in place…. Strongest: Trust (82);
/// weakest: Stability under pressure (20)."), named in words, never by a module's letter.
/// When a cap or hold sets the level, the report states the hold first (see the summary) and
/// this sentence then says what the rest of the answers reach, so the band text of the lower
/// level never contradicts the strengths named beside it.
pub fn verdict_sentence(content: &Content, verdict: &Verdict) -> String {
    let mut sentence = match (&verdict.cap, content.level(verdict.score_level)) {
        (Some(cap), Some(band)) if verdict.score_level > verdict.level => {
            let lead = if cap.is_unchecked() {
                "The answers given reach"
            } else if cap.id == AppliedCap::MEDIAN {
                "On average the answers reach"
            } else if cap.id == AppliedCap::CONTRADICTED {
                "Taken at their word, the answers reach"
            } else {
                "Without that, the answers reach"
            };
            format!("{lead} {}: {}.", band.name, band.meaning)
        }
        _ => format!(
            "{}.",
            capitalized(
                content
                    .level(verdict.level)
                    .map_or("", |band| band.meaning.as_str())
            )
        ),
    };
    let area = |a: &Area| format!("{} ({})", a.title, whole(a.score));
    if let (Some(strong), Some(weak)) = (&verdict.strongest, &verdict.weakest) {
        sentence.push_str(&format!(
            " Strongest: {}; weakest: {}.",
            area(strong),
            area(weak)
        ));
    }
    sentence
}

/// "Provisional: 6 of 15 answers were “don't know”." for a module whose level rests on too
/// little; `None` otherwise.
pub fn provisional_note(confidence: Confidence) -> Option<String> {
    confidence.is_provisional().then(|| {
        format!(
            "Provisional: {} of {} answers were \u{201c}don\u{2019}t know\u{201d}.",
            confidence.unknown, confidence.asked
        )
    })
}

/// "Capped at Defined: resources were withdrawn when results lagged."; for knock-outs not
/// checked yet, "Not above Defined until checked: no answer yet on Investment held."
pub fn cap_sentence(content: &Content, cap: &AppliedCap) -> String {
    let level = level_name(content, cap.level);
    if cap.is_unchecked() {
        format!(
            "Not above {level} until checked: no answer yet on {}.",
            cap.reason()
        )
    } else if cap.id == AppliedCap::MEDIAN || cap.id == AppliedCap::CONTRADICTED {
        format!("Held at {level}: {}.", cap.reason())
    } else {
        format!("Capped at {level}: {}.", cap.reason())
    }
}

/// The report's assessments of named partners, one line each, for the summary beside the
/// respondent's own rating: module B's signs for each partner, module C's tier for each
/// portfolio partner.
pub fn partner_assessments(report: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for module in &report.modules {
        match &module.detail {
            ModuleDetail::Signs { parties } => {
                lines.extend(parties.iter().filter(|p| !p.own).map(|p| {
                    if p.signs.iter().all(|s| s.2 == SignStatus::NotAsked) {
                        format!(
                            "{}: not asked in the quick check; the full assessment grades its six signs",
                            p.name
                        )
                    } else {
                        let verdict = p.verdict.as_ref().map(|v| format!(": {v}")).unwrap_or_default();
                        format!(
                            "{}: {} of the {} signs of a serious partner in full, {} in part{verdict}",
                            p.name,
                            p.present,
                            p.signs.len(),
                            p.partial
                        )
                    }
                }));
            }
            ModuleDetail::Tiering { partners, .. } => {
                lines.extend(partners.iter().map(|p| match p.recommended {
                    Some(tier) if tier == p.declared => format!(
                        "{}: treated as {}, as the evidence supports",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                    Some(tier) => format!(
                        "{}: treated as {}; the evidence supports {}",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase(),
                        tier_name(tier).to_ascii_lowercase()
                    ),
                    None if report.quick => format!(
                        "{}: treated as {}; the full assessment checks this tier",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                    None => format!(
                        "{}: treated as {}; too few answers to judge",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                }));
            }
            _ => {}
        }
    }
    lines
}
