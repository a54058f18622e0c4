//! How a report's verdict, caps and partner assessments are written for people. They read
//! scoring's types, so they live here rather than in `display`, which only formats numbers,
//! levels and names (and which scoring itself uses).

use super::{
    AppliedCap, Area, Confidence, Contradiction, ModuleDetail, PartnerTiering, Report, SignStatus,
    TierLimit, Verdict,
};
use crate::display::{capitalized, joined_in, level_name, tier_words, whole};
use crate::i18n::Words;
use crate::model::{Content, Tier};

/// The verdict as the report states it under the level: what the level means, then this
/// report's strongest and weakest areas ("The basics are in place…. Strongest: Trust (82);
/// weakest: Stability under pressure (20)."), named in words, never by a module's letter.
/// When a cap or hold sets the level, the report states the hold first (see the summary) and
/// this sentence then says what the rest of the answers reach, so the band text of the lower
/// level never contradicts the strengths named beside it; under the median hold it names the
/// average as lifted by the strongest modules, without the higher level's description.
pub fn verdict_sentence(words: &Words, content: &Content, verdict: &Verdict) -> String {
    let mut sentence = match (&verdict.cap, content.level(verdict.score_level)) {
        (Some(cap), Some(band)) if verdict.score_level > verdict.level => {
            let key = if cap.is_unchecked() {
                "core_verdict.reach_unchecked"
            } else if cap.id == AppliedCap::MEDIAN {
                "core_verdict.reach_on_average"
            } else if cap.id == AppliedCap::CONTRADICTED {
                "core_verdict.reach_at_their_word"
            } else {
                "core_verdict.reach_without_hold"
            };
            words.fill(
                key,
                &[
                    ("level", (&band.name).into()),
                    ("meaning", (&band.meaning).into()),
                ],
            )
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
    match (&verdict.strongest, &verdict.weakest) {
        (Some(strong), Some(weak)) => {
            let (strong, weak) = (area(strong), area(weak));
            sentence.push(' ');
            sentence.push_str(&words.fill(
                "core_verdict.strongest_weakest",
                &[("strongest", (&strong).into()), ("weakest", (&weak).into())],
            ));
        }
        (None, Some(weak)) => {
            let weak = area(weak);
            sentence.push(' ');
            sentence.push_str(&words.fill("core_verdict.weakest", &[("weakest", (&weak).into())]));
        }
        _ => {}
    }
    sentence
}

/// "Provisional: 6 of 15 answers were “don't know”." for a module whose level rests on too
/// little; `None` otherwise.
pub fn provisional_note(words: &Words, confidence: Confidence) -> Option<String> {
    confidence.is_provisional().then(|| {
        words.fill(
            "core_verdict.provisional",
            &[
                ("unknown", confidence.unknown.into()),
                ("asked", confidence.asked.into()),
            ],
        )
    })
}

/// The provisional note for the overall level, when every module rated rests on too little
/// (each module's own note says so too): the "don't know" answers across them; `None` where any
/// module rated stands on enough answers.
pub fn overall_provisional_note(words: &Words, report: &Report) -> Option<String> {
    let rated: Vec<Confidence> = report
        .modules
        .iter()
        .filter(|m| m.rating().is_some())
        .map(|m| m.confidence())
        .collect();
    if rated.is_empty() || !rated.iter().all(|c| c.is_provisional()) {
        return None;
    }
    let all = rated
        .iter()
        .fold(Confidence::default(), |sum, c| Confidence {
            asked: sum.asked + c.asked,
            unknown: sum.unknown + c.unknown,
            ..sum
        });
    provisional_note(words, all)
}

/// "Capped at Defined: resources were withdrawn when results lagged."; for knock-outs not
/// checked yet, "Not above Defined until checked: no answer yet on Investment held."
pub fn cap_sentence(words: &Words, content: &Content, cap: &AppliedCap) -> String {
    let key = if cap.is_unchecked() {
        "core_cap.not_above_until_checked"
    } else if cap.id == AppliedCap::MEDIAN || cap.id == AppliedCap::CONTRADICTED {
        "core_cap.held_at"
    } else {
        "core_cap.capped_at"
    };
    let reason = cap.reason_in(words, content);
    words.fill(
        key,
        &[
            ("level", level_name(content, cap.level).into()),
            ("reason", (&reason).into()),
        ],
    )
}

/// The report's assessments of named partners, one line each, for the summary beside the
/// respondent's own rating: module B's signs for each partner, module C's tier for each
/// portfolio partner.
pub fn partner_assessments(words: &Words, report: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for module in &report.modules {
        match &module.detail {
            ModuleDetail::Signs { parties } => {
                lines.extend(parties.iter().filter(|p| !p.own).map(|p| {
                    if p.signs.iter().all(|s| s.2 == SignStatus::NotAsked) {
                        return words.fill(
                            "core_partner.signs_not_asked",
                            &[("name", (&p.name).into())],
                        );
                    }
                    let args = [
                        ("name", (&p.name).into()),
                        ("present", p.present.into()),
                        ("total", p.signs.len().into()),
                        ("partial", p.partial.into()),
                        ("verdict", p.verdict.as_deref().unwrap_or_default().into()),
                    ];
                    match p.verdict {
                        Some(_) => words.fill("core_partner.signs_with_verdict", &args),
                        None => words.fill("core_partner.signs", &args),
                    }
                }));
            }
            ModuleDetail::Tiering { partners, .. } => {
                lines.extend(
                    partners
                        .iter()
                        .map(|p| tiering_line(words, report, partners, p)),
                );
            }
            _ => {}
        }
    }
    lines
}

/// One portfolio partner's tier as the report states it. Where the portfolio rule (one or two
/// strategic partners, a bounded tactical group), not the partner's own evidence, moves it down,
/// the line says so: behind the partners kept on readiness, or, where partners' evidence is
/// equal and the rule had to split them, every one of them is told it is the company's choice
/// (never decided by the order partners were listed, nor seeming to favour those listed first).
fn tiering_line(
    words: &Words,
    report: &Report,
    partners: &[PartnerTiering],
    p: &PartnerTiering,
) -> String {
    let in_text = |tier: Tier| tier_words(words, tier).1;
    let moved = |q: &PartnerTiering| q.supported.is_some() && q.supported != q.recommended;
    // Partners whose evidence is the same as this one's (same tier treated as and supported,
    // same readiness); `split`: the rule kept some of them at that tier and moved others.
    let equals: Vec<&PartnerTiering> = partners
        .iter()
        .filter(|q| !std::ptr::eq(*q, p) && q.supported.is_some())
        .filter(|q| q.declared == p.declared && q.supported == p.supported)
        .filter(|q| q.readiness.map(whole) == p.readiness.map(whole))
        .collect();
    let split = equals.iter().any(|q| moved(q) != moved(p));
    // Those the rule kept at the tier this one's evidence supports.
    let kept: Vec<&PartnerTiering> = partners
        .iter()
        .filter(|k| moved(p) && k.recommended == p.supported)
        .collect();
    let key = match p.recommended {
        Some(_) if split => "core_partner.tier_portfolio_choice",
        Some(_) if moved(p) && !kept.is_empty() => "core_partner.tier_portfolio_ranked",
        Some(tier) if tier == p.declared => "core_partner.tier_supported",
        // Where its evidence falls short of the tier it is treated as, what holds it there.
        Some(tier) if p.declared < tier => match p.limit {
            Some(TierLimit::Objective) => "core_partner.tier_short_objective",
            Some(TierLimit::RedFlags) => "core_partner.tier_short_flags",
            Some(TierLimit::Readiness) => "core_partner.tier_short_readiness",
            Some(TierLimit::ObjectiveAndReadiness) => "core_partner.tier_short_both",
            None => "core_partner.tier_evidence_differs",
        },
        Some(_) => "core_partner.tier_evidence_differs",
        None if report.quick => "core_partner.tier_checked_in_full",
        None => "core_partner.tier_too_few_answers",
    };
    // The partners named beside it: its equals where the choice is the company's, else those
    // kept ahead of it (none where the rule did not move it).
    let others = if split { equals } else { kept };
    let others: Vec<String> = others.iter().map(|k| k.name.clone()).collect();
    let others = joined_in(words, &others);
    words.fill(
        key,
        &[
            ("name", (&p.name).into()),
            ("tier", in_text(p.declared).into()),
            ("evidence", p.recommended.map_or("", in_text).into()),
            ("supported", p.supported.map_or("", in_text).into()),
            ("kept", (&others).into()),
        ],
    )
}

/// What two answers that cannot both be true say, in the reader's words; the English sentence
/// the scoring wrote for a rule the packs do not know.
pub fn contradiction_text(words: &Words, contradiction: &Contradiction) -> String {
    let key = match contradiction.id.as_str() {
        "plans.every_alliance_vs_this_alliance" => "core_contradiction.plans_all_vs_alliance",
        "plans.every_alliance_vs_partner" => "core_contradiction.plans_all_vs_partner",
        "plans.partner_vs_this_alliance" => "core_contradiction.plans_partner_vs_alliance",
        "continuity.stable_vs_changed" => "core_contradiction.continuity",
        "tiers.told_vs_unclear" => "core_contradiction.tiers_told_vs_unclear",
        _ => return contradiction.text.clone(),
    };
    let alliance = match &contradiction.alliance {
        Some(name) => words.fill("core_contradiction.alliance_with", &[("name", name.into())]),
        None => words
            .get("core_contradiction.alliance_described")
            .to_owned(),
    };
    let partners = joined_in(words, &contradiction.partners);
    words.fill(
        key,
        &[
            ("alliance", (&alliance).into()),
            ("partners", (&partners).into()),
        ],
    )
}
