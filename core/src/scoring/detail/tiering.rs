//! Module C's view: each partner's recommended tier, from the objective it serves and the
//! evidence of focus, candor and commitment, with the portfolio rule applied across partners;
//! the portfolio's shape and red flags; and how far the declared tiers fit the evidence.

use std::cmp::Ordering;

use crate::answers::{Answers, Response};
use crate::model::{
    About, AnswerMatch, Module, QuestionKind, RedFlag, ShapeFinding, SubjectId, Tier, TierRules,
};
use crate::order::{rank_of, sorted_by_rank};
use crate::scoring::measure::{enough_answered, tally, weighted_mean};
use crate::scoring::{ModuleDetail, PartnerTiering, TierCounts, TierLimit};

pub(crate) fn tiering(module: &Module, answers: &Answers) -> ModuleDetail {
    let Some(rules) = &module.tiering else {
        return ModuleDetail::Tiering {
            partners: Vec::new(),
            declared: TierCounts::default(),
            recommended: TierCounts::default(),
            findings: Vec::new(),
            red_flags: Vec::new(),
        };
    };
    let candidates: Vec<Candidate> = answers
        .portfolio
        .iter()
        .map(|partner| candidate(module, rules, answers, partner.id, partner.declared))
        .collect();
    let recommended = apply_portfolio_rule(rules, &candidates);
    let partners: Vec<PartnerTiering> = answers
        .portfolio
        .iter()
        .zip(candidates)
        .zip(recommended)
        .map(|((partner, candidate), recommended)| PartnerTiering {
            name: partner.name.clone(),
            declared: partner.declared,
            supported: candidate.tier,
            limit: candidate.limit,
            recommended,
            readiness: candidate.readiness,
            red_flags: candidate.flags,
        })
        .collect();
    let declared = TierCounts::of(partners.iter().map(|p| p.declared));
    let recommended = TierCounts::of(partners.iter().filter_map(|p| p.recommended));
    let findings = shape_findings(rules, &partners, declared);
    let mut red_flags: Vec<RedFlag> = partners.iter().flat_map(|p| p.red_flags.clone()).collect();
    if findings.contains(&ShapeFinding::EveryoneStrategic) {
        red_flags.push(RedFlag::EveryoneStrategic);
    }
    red_flags.sort_unstable();
    red_flags.dedup();
    ModuleDetail::Tiering {
        partners,
        declared,
        recommended,
        findings,
        red_flags,
    }
}

/// The fewest scored answers about a partner that can recommend a tier for it.
const MIN_ANSWERS_TO_TIER: usize = 2;

/// What one partner's own evidence supports, before the portfolio rule.
struct Candidate {
    declared: Tier,
    readiness: Option<f64>,
    flags: Vec<RedFlag>,
    /// `None` when too little was answered to tier it.
    tier: Option<Tier>,
    /// What keeps it below strategic, where its evidence supports less.
    limit: Option<TierLimit>,
}

fn candidate(
    module: &Module,
    rules: &TierRules,
    answers: &Answers,
    partner: SubjectId,
    declared: Tier,
) -> Candidate {
    let mut pairs = Vec::new();
    let (mut answered, mut applicable) = (0, 0);
    for dimension in module
        .dimensions
        .iter()
        .filter(|d| d.about == About::EachSubject)
    {
        let result = tally(dimension, answers, partner, false);
        answered += result.answered;
        applicable += result.applicable;
        if let Some(value) = result.score {
            pairs.push((value, dimension.weight.max(0.0)));
        }
    }
    let readiness = weighted_mean(pairs);
    let flags = partner_flags(module, answers, partner);
    // One answer is not evidence enough to move a partner's tier (a quick check asks one
    // scored question per partner): it stays as declared, with no recommendation.
    let judged = readiness
        .filter(|_| {
            answered >= MIN_ANSWERS_TO_TIER && enough_answered(module, answered, applicable)
        })
        .map(|value| {
            let by_readiness = tier_for(rules, value);
            let (by_evidence, limit) = if by_readiness == Tier::Strategic && !flags.is_empty() {
                (Tier::Tactical, Some(TierLimit::RedFlags))
            } else {
                let short = (by_readiness != Tier::Strategic).then_some(TierLimit::Readiness);
                (by_readiness, short)
            };
            // The less important of what the evidence and the objective allow, with what
            // holds it there: the objective where it sets the tier (with the readiness where
            // that falls as short).
            let ceiling = ceiling(module, answers, partner);
            match (ceiling.cmp(&by_evidence), limit) {
                (Ordering::Greater, _) => (ceiling, Some(TierLimit::Objective)),
                (Ordering::Equal, Some(TierLimit::Readiness)) => {
                    (ceiling, Some(TierLimit::ObjectiveAndReadiness))
                }
                (Ordering::Equal, None) if ceiling != Tier::Strategic => {
                    (ceiling, Some(TierLimit::Objective))
                }
                _ => (by_evidence, limit),
            }
        });
    Candidate {
        declared,
        readiness,
        flags,
        tier: judged.map(|(tier, _)| tier),
        limit: judged.and_then(|(_, limit)| limit),
    }
}

/// The tier a readiness score reaches on its own.
fn tier_for(rules: &TierRules, value: f64) -> Tier {
    let readiness = rules.readiness;
    let value = value.round();
    if value >= f64::from(readiness.strategic) {
        Tier::Strategic
    } else if value >= f64::from(readiness.tactical) {
        Tier::Tactical
    } else if value >= f64::from(readiness.opportunistic) {
        Tier::Opportunistic
    } else {
        Tier::Exit
    }
}

/// The highest tier the partnership's business objective allows; an objective not stated (or
/// not known) cannot carry a strategic initiative.
fn ceiling(module: &Module, answers: &Answers, partner: SubjectId) -> Tier {
    let objective = module
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .find_map(|q| match &q.kind {
            QuestionKind::Objective(ceilings) => Some((q, ceilings)),
            _ => None,
        });
    let Some((question, ceilings)) = objective else {
        return Tier::Strategic;
    };
    match answers.response(&question.id, partner) {
        Some(Response::Choice(chosen)) => ceilings
            .iter()
            .find(|c| &c.choice == chosen)
            .map_or(Tier::Tactical, |c| c.ceiling),
        _ => Tier::Tactical,
    }
}

fn matches(answers: &Answers, partner: SubjectId, matched: &AnswerMatch) -> bool {
    matches!(
        answers.response(&matched.question, partner),
        Some(Response::Choice(chosen)) if matched.choices.contains(chosen)
    )
}

/// The red flags a partner's answers raise, except those its later grounding has cleared.
fn partner_flags(module: &Module, answers: &Answers, partner: SubjectId) -> Vec<RedFlag> {
    let mut flags: Vec<RedFlag> = module
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .filter_map(|question| {
            let QuestionKind::RedFlag(rule) = &question.kind else {
                return None;
            };
            let raised = matches(
                answers,
                partner,
                &AnswerMatch {
                    question: question.id.clone(),
                    choices: rule.raised_by.clone(),
                },
            );
            let cleared = !rule.cleared_by.is_empty()
                && rule.cleared_by.iter().all(|m| matches(answers, partner, m));
            (raised && !cleared).then_some(rule.flag)
        })
        .collect();
    flags.sort_unstable();
    flags.dedup();
    flags
}

/// At most `strategic_partners.max` strategic partners (those already declared strategic
/// first, then the readiest) and at most `tactical_partners.max` tactical ones; each partner
/// beyond that moves one tier down.
fn apply_portfolio_rule(rules: &TierRules, candidates: &[Candidate]) -> Vec<Option<Tier>> {
    let mut tiers: Vec<Option<Tier>> = candidates.iter().map(|c| c.tier).collect();
    for (tier, most, next) in [
        (
            Tier::Strategic,
            rules.strategic_partners.max,
            Tier::Tactical,
        ),
        (
            Tier::Tactical,
            rules.tactical_partners.max,
            Tier::Opportunistic,
        ),
    ] {
        let holders: Vec<usize> = (0..candidates.len())
            .filter(|at| tiers.get(*at).copied().flatten() == Some(tier))
            .collect();
        let ranked = sorted_by_rank(holders, |at| {
            let candidate = candidates.get(*at);
            (
                candidate.map_or(4, |c| c.declared as i64),
                -rank_of(candidate.and_then(|c| c.readiness).unwrap_or(0.0)),
            )
        });
        for at in ranked.into_iter().skip(usize::from(most)) {
            if let Some(slot) = tiers.get_mut(at) {
                *slot = Some(next);
            }
        }
    }
    tiers
}

/// What the declared shape says against the seed's pattern, and whether partners are
/// treated as more important than their evidence supports. "Healthy" only when nothing else
/// applies, so the findings never contradict each other.
fn shape_findings(
    rules: &TierRules,
    partners: &[PartnerTiering],
    declared: TierCounts,
) -> Vec<ShapeFinding> {
    let total = declared.total();
    let mut findings = Vec::new();
    if total == 0 {
        return findings;
    }
    let strategic_most = usize::from(rules.strategic_partners.max);
    let tactical = rules.tactical_partners;
    let everyone = total >= 2 && declared.strategic > strategic_most.max(total / 2);
    if everyone {
        findings.push(ShapeFinding::EveryoneStrategic);
    } else if declared.strategic > strategic_most {
        findings.push(ShapeFinding::TooManyStrategic);
    }
    if declared.strategic < usize::from(rules.strategic_partners.min) {
        findings.push(ShapeFinding::NoStrategic);
    }
    // Only a portfolio big enough to fill the pattern can have too few tactical partners.
    if declared.tactical < usize::from(tactical.min)
        && total >= strategic_most + usize::from(tactical.min)
    {
        findings.push(ShapeFinding::TooFewTactical);
    }
    if declared.tactical > usize::from(tactical.max) {
        findings.push(ShapeFinding::TooManyTactical);
    }
    // Over-tiered by its own evidence; the portfolio rule's moves are the shape findings above.
    if partners
        .iter()
        .any(|p| p.supported.is_some_and(|s| p.declared < s))
    {
        findings.push(ShapeFinding::OverTiered);
    }
    if findings.is_empty() {
        findings.push(ShapeFinding::Healthy);
    }
    findings
}

/// How far the declared tiers fit each partner's own evidence, 0–100: a partner treated as
/// what its evidence supports scores 100, each tier it is treated as more important than that
/// costs 50, and treating it as less important costs nothing (caution is not a discipline
/// failure). The portfolio rule across partners is judged by the shape findings and the cap,
/// so better evidence for one partner never lowers the fit of another.
pub(crate) fn tier_fit(detail: &ModuleDetail) -> Option<f64> {
    let ModuleDetail::Tiering { partners, .. } = detail else {
        return None;
    };
    let fits: Vec<f64> = partners
        .iter()
        .filter_map(|p| {
            let supported = p.supported?;
            let over = (supported as i64 - p.declared as i64).max(0);
            Some((100.0 - 50.0 * over as f64).max(0.0))
        })
        .collect();
    crate::scoring::measure::mean(&fits)
}
