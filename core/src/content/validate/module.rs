//! Rules for a module: its settings, guidance bands and, for the portfolio module, tier rules.

use super::Checker;
use super::dimension::check_dimension;
use super::question::check_question;
use crate::model::{Module, Subject};

const SHAPE_FINDINGS: [&str; 6] = [
    "no_strategic",
    "too_many_strategic",
    "too_few_tactical",
    "too_many_tactical",
    "healthy",
    "everyone_strategic",
];

pub(super) fn check_module(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    checker.unique(id);
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
        check_question(checker, module, question, true);
    }
    for dimension in &module.dimensions {
        check_dimension(checker, module, dimension);
    }
    for band in &module.guidance {
        checker.check(
            band.min <= band.max,
            id,
            "a guidance band has min above max",
        );
        checker.source(id, &band.source);
    }
    check_tiering(checker, module);
}

fn check_tiering(checker: &mut Checker, module: &Module) {
    let id = module.id.as_str();
    let portfolio = module.subject == Subject::PortfolioPartner;
    checker.check(
        portfolio == module.tiering.is_some(),
        id,
        "tier rules belong to the portfolio-partner module, and it needs them",
    );
    let Some(rules) = &module.tiering else { return };
    checker.check(
        rules.opportunistic_min < rules.tactical_min
            && rules.tactical_min < rules.strategic_min
            && rules.strategic_min <= 100,
        id,
        "tier thresholds must rise: opportunistic < tactical < strategic <= 100",
    );
    for [low, high] in [rules.strategic_partners, rules.tactical_partners] {
        checker.check(
            low <= high,
            id,
            "a portfolio range has its minimum above its maximum",
        );
    }
    for wanted in SHAPE_FINDINGS {
        checker.check(
            rules
                .shape_findings
                .iter()
                .any(|finding| finding.id == wanted),
            &format!("{id}.{wanted}"),
            "this portfolio-shape finding is missing",
        );
    }
    for finding in &rules.shape_findings {
        checker.source(&finding.id, &finding.source);
    }
}
