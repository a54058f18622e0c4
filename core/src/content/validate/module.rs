//! Rules for a module: its settings, composition, knock-out caps, signs guidance and, for the
//! portfolio module, tier rules.

use super::Checker;
use super::dimension::check_dimension;
use super::question::{check_named_answer, check_question};
use crate::model::{
    AnswersRule, CapMatch, CapRule, Module, ModuleView, RedFlag, ShapeFinding, Subjects,
};

const FLAGS: [RedFlag; 4] = [
    RedFlag::ExecutiveLunch,
    RedFlag::PressRelease,
    RedFlag::HiddenAgendas,
    RedFlag::EveryoneStrategic,
];

const FINDINGS: [ShapeFinding; 7] = [
    ShapeFinding::NoStrategic,
    ShapeFinding::TooManyStrategic,
    ShapeFinding::EveryoneStrategic,
    ShapeFinding::TooFewTactical,
    ShapeFinding::TooManyTactical,
    ShapeFinding::OverTiered,
    ShapeFinding::Healthy,
];

/// The fewest actions per module whose measure is a business result.
const MIN_RESULT_MEASURES: usize = 2;

pub(super) fn check_module(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    checker.unique(id);
    checker.text(id, "title", &module.title);
    checker.text(id, "summary", &module.summary);
    checker.check(
        module.min_answered_percent <= 100,
        id,
        "min_answered_percent must be 0-100",
    );
    checker.check(
        !module.dimensions.is_empty(),
        id,
        "the module has no dimensions",
    );
    for source in &module.sources {
        checker.source(id, source);
    }
    for question in &module.profile {
        check_question(checker, Some(module), question, true);
    }
    for dimension in &module.dimensions {
        check_dimension(checker, module, dimension);
    }
    check_composition(checker, module);
    let results = module
        .dimensions
        .iter()
        .flat_map(|d| &d.recommendations)
        .filter(|r| r.result)
        .count();
    checker.check(
        results >= MIN_RESULT_MEASURES,
        id,
        &format!(
            "at least {MIN_RESULT_MEASURES} actions must be measured by a business result (`result`), not activity alone"
        ),
    );
    check_caps(checker, module);
    check_guidance(checker, module);
    check_tiering(checker, module);
}

fn check_composition(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    let mut seen: Vec<&str> = Vec::new();
    for part in &module.composition {
        checker.weight(&format!("{id}: {}", part.label), part.weight);
        for dimension in &part.dimensions {
            checker.check(
                module.dimensions.iter().any(|d| &d.id == dimension) && !seen.contains(&dimension.as_str()),
                &format!("{id}: {}", part.label),
                &format!("names `{dimension}`, which is not one of the module's dimensions or is named twice"),
            );
            seen.push(dimension);
        }
    }
}

fn asked_in_quick_check(module: &Module, matched: &CapMatch) -> bool {
    module
        .questions()
        .any(|(q, _)| q.id == matched.question && q.quick)
}

/// Whether a knock-out can fire only where another one the quick check asks in full holds the
/// level at Defined or below: its answers the quick check asks, enough of them to fire it
/// without those it does not ask, all among that other knock-out's own. Such a knock-out may
/// leave its deeper question to the full assessment: the quick check cannot show Managed or
/// Optimizing where it would fire, so it cannot flatter.
fn held_at_defined_in_quick_check(module: &Module, id: &str, rule: &AnswersRule) -> bool {
    let (asked, unasked): (Vec<&CapMatch>, Vec<&CapMatch>) = rule
        .matches
        .iter()
        .partition(|m| asked_in_quick_check(module, m));
    let needed_from_asked = usize::from(rule.at_least).saturating_sub(unasked.len());
    module.caps.iter().any(|other| {
        let CapRule::Answers(other_rule) = &other.rule else {
            return false;
        };
        other.level <= 3
            && other.id != id
            && other_rule
                .matches
                .iter()
                .all(|m| asked_in_quick_check(module, m))
            && needed_from_asked >= usize::from(other_rule.at_least)
            && asked.iter().all(|m| {
                other_rule.matches.iter().any(|o| {
                    o.question == m.question && m.choices.iter().all(|c| o.choices.contains(c))
                })
            })
    })
}

fn check_caps(checker: &mut Checker, module: &Module) {
    for cap in &module.caps {
        let id = cap.id.as_str();
        checker.unique(id);
        checker.source(id, &cap.source);
        checker.check(
            (1..=4).contains(&cap.level),
            id,
            "a cap's level must be 1-4",
        );
        match &cap.rule {
            CapRule::Answers(rule) => {
                checker.check(
                    rule.at_least >= 1 && usize::from(rule.at_least) <= rule.matches.len(),
                    id,
                    "`at_least` must be between 1 and the number of matches",
                );
                let held_anyway = held_at_defined_in_quick_check(module, id, rule);
                for matched in &rule.matches {
                    check_named_answer(checker, module, id, &matched.question, &matched.choices);
                    checker.text(id, "reason", &matched.reason);
                    // A quick check that skipped a knock-out question could flatter.
                    checker.check(
                        asked_in_quick_check(module, matched) || held_anyway,
                        id,
                        &format!(
                            "`{}` can fire this knock-out, so the quick check must ask it (`quick`)",
                            matched.question
                        ),
                    );
                }
            }
            CapRule::IndexBelow(rule) => {
                checker.text(id, "reason", &rule.reason);
                checker.check(
                    module.view == ModuleView::Collaboration && rule.below <= 100,
                    id,
                    "a collaboration-index cap belongs to the collaboration module, below 0-100",
                );
            }
            CapRule::StrategicAbove(rule) => {
                checker.text(id, "reason", &rule.reason);
                checker.check(
                    module.subjects == Subjects::Portfolio,
                    id,
                    "a strategic-partner cap belongs to the portfolio module",
                );
            }
            CapRule::StrategicUnearned(rule) => {
                checker.text(id, "reason", &rule.reason);
                checker.text(id, "unchecked", &rule.unchecked);
                checker.check(
                    module.subjects == Subjects::Portfolio,
                    id,
                    "an unearned-strategic cap belongs to the portfolio module",
                );
            }
        }
    }
}

/// Module B's guidance covers every count of sign points (two per sign present, one per
/// partial sign) exactly once, in order.
fn check_guidance(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    if module.subjects != Subjects::Parties {
        checker.check(
            module.guidance.is_empty(),
            id,
            "sign guidance belongs to the module about parties",
        );
        return;
    }
    let most = module.dimensions.len() * 2;
    let mut next = 0usize;
    let mut ordered = true;
    for band in &module.guidance {
        ordered &= usize::from(band.min_points) == next && band.min_points <= band.max_points;
        next = usize::from(band.max_points) + 1;
        checker.source(id, &band.source);
        checker.text(id, "guidance for one's own company", &band.own);
        checker.text(id, "guidance about a partner", &band.partner);
        checker.text(id, "the verdict on a partner", &band.partner_verdict);
        if let Some(action) = &band.partner_action {
            check_partner_action(checker, action);
        }
    }
    checker.check(
        ordered && next == most + 1,
        id,
        &format!("sign guidance must cover 0 to {most} points once each, in order"),
    );
}

fn check_partner_action(checker: &mut Checker, action: &crate::model::PartnerAction) {
    let id = action.id.as_str();
    checker.unique(id);
    for (field, text) in [
        ("text", &action.text),
        ("owner", &action.owner),
        ("artefact", &action.artefact),
        ("cadence", &action.cadence),
        ("measure", &action.measure),
    ] {
        checker.text(id, field, text);
    }
    checker.check((1..=3).contains(&action.impact), id, "impact must be 1-3");
    checker.check(
        !action.text.contains('{'),
        id,
        "a partner's action is shown with the partners it is for, so its text names none",
    );
}

fn check_tiering(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    let portfolio = module.subjects == Subjects::Portfolio;
    checker.check(
        portfolio == module.tiering.is_some(),
        id,
        "tier rules belong to the portfolio module, and it needs them",
    );
    let Some(rules) = &module.tiering else { return };
    let readiness = rules.readiness;
    checker.check(
        readiness.opportunistic < readiness.tactical
            && readiness.tactical < readiness.strategic
            && readiness.strategic <= 100,
        id,
        "tier thresholds must rise: opportunistic < tactical < strategic <= 100",
    );
    for range in [rules.strategic_partners, rules.tactical_partners] {
        checker.check(
            range.min <= range.max,
            id,
            "a portfolio range has its minimum above its maximum",
        );
    }
    for flag in FLAGS {
        checker.check(
            rules.flags.iter().filter(|f| f.flag == flag).count() == 1,
            &format!("{id}.{flag:?}"),
            "every red flag needs exactly one display name",
        );
    }
    for finding in FINDINGS {
        checker.check(
            rules
                .findings
                .iter()
                .filter(|f| f.finding == finding)
                .count()
                == 1,
            &format!("{id}.{finding:?}"),
            "every portfolio-shape finding needs exactly one text",
        );
    }
    for flag in &rules.flags {
        checker.source(id, &flag.source);
        checker.text(id, "red flag name", &flag.text);
    }
    for finding in &rules.findings {
        checker.source(id, &finding.source);
        checker.text(id, "finding", &finding.text);
    }
}
