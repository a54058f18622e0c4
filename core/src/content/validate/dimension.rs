//! Rules for a dimension: weight, questions, finding bands and plan-ready recommendations.

use super::Checker;
use super::question::{check_answer_match, check_question};
use crate::model::{About, Dimension, Metric, Module, Recommendation, Subjects, Trigger};

/// How a business-result measure names its baseline and its target, in each content language
/// (English, German): a measure that names neither is a count of activity.
const RESULT_WORDS: [(&str, &str); 2] = [("baseline", "target"), ("Ausgangswert", "Zielwert")];

pub(super) fn check_dimension(checker: &mut Checker, module: &Module, dimension: &Dimension) {
    let id = dimension.id.as_str();
    checker.unique(id);
    checker.weight(id, dimension.weight);
    checker.text(id, "title", &dimension.title);
    checker.text(id, "intro", &dimension.intro);
    checker.text(id, "discussion prompt", &dimension.prompt);
    match dimension.metric {
        None => checker.check(
            !dimension.questions.is_empty(),
            id,
            "the dimension has no questions",
        ),
        Some(Metric::TierFit) => {
            checker.check(
                dimension.questions.is_empty(),
                id,
                "a computed dimension asks no questions",
            );
            checker.check(
                module.subjects == Subjects::Portfolio && dimension.about == About::Organization,
                id,
                "tier fit is computed for the portfolio module, about the organization",
            );
        }
    }
    checker.check(
        dimension.about == About::Organization || module.subjects != Subjects::None,
        id,
        "only modules that name subjects can ask about each subject",
    );
    for question in &dimension.questions {
        check_question(checker, Some(module), question, false);
    }
    let rising = dimension.findings.windows(2).all(|pair| match pair {
        [low, high] => low.max < high.max,
        _ => true,
    });
    checker.check(
        rising
            && dimension
                .findings
                .last()
                .is_some_and(|band| band.max == 100),
        id,
        "finding bands must rise and the last must end at 100",
    );
    for band in &dimension.findings {
        checker.text(id, "finding", &band.text);
    }
    checker.check(
        dimension
            .recommendations
            .iter()
            .any(|r| matches!(r.when, Trigger::Below(_))),
        id,
        "the dimension needs a recommendation for a low score (`below`)",
    );
    for recommendation in &dimension.recommendations {
        check_recommendation(checker, module, dimension, recommendation);
    }
}

fn check_recommendation(
    checker: &mut Checker,
    module: &Module,
    dimension: &Dimension,
    recommendation: &Recommendation,
) {
    let id = recommendation.id.as_str();
    checker.unique(id);
    if !recommendation.added {
        checker.source(id, &recommendation.source);
    }
    checker.check(
        recommendation
            .link
            .as_deref()
            .is_none_or(|link| crate::config::https_link(link).is_ok()),
        id,
        "its link must be an https: address",
    );
    for (field, text) in [
        ("text", &recommendation.text),
        ("owner", &recommendation.owner),
        ("artefact", &recommendation.artefact),
        ("cadence", &recommendation.cadence),
        ("measure", &recommendation.measure),
    ] {
        checker.text(id, field, text);
    }
    checker.check(
        (1..=3).contains(&recommendation.impact),
        id,
        "impact must be 1-3",
    );
    checker.check(
        !recommendation.result
            || RESULT_WORDS.iter().any(|(baseline, target)| {
                recommendation.measure.contains(baseline) && recommendation.measure.contains(target)
            }),
        id,
        "a business-result measure names its baseline and its target",
    );
    checker.check(
        recommendation.sizes.as_ref().is_none_or(|s| !s.is_empty()),
        id,
        "`sizes` lists at least one size, or is left out for every size",
    );
    for matched in [&recommendation.given, &recommendation.unless]
        .into_iter()
        .flatten()
    {
        check_answer_match(checker, module, id, matched);
    }
    if let Some(first) = &recommendation.after {
        let followed = module
            .dimensions
            .iter()
            .flat_map(|d| &d.recommendations)
            .find(|r| &r.id == first);
        checker.check(
            first != id && followed.is_some_and(|r| r.after.is_none()),
            id,
            "`after` names another action of its module, one that follows none itself",
        );
    }
    let portfolio = module.subjects == Subjects::Portfolio;
    match &recommendation.when {
        Trigger::Below(below) => {
            checker.check((1..=101).contains(below), id, "`below` must be 1-101");
        }
        Trigger::Answer(matched) => {
            checker.check(
                dimension.questions.iter().any(|q| q.id == matched.question),
                id,
                "an answer trigger names a question of its own dimension",
            );
            check_answer_match(checker, module, id, matched);
        }
        Trigger::Flag(_) | Trigger::Finding(_) => checker.check(
            portfolio,
            id,
            "red-flag and portfolio-finding triggers belong to the portfolio module",
        ),
        Trigger::Cap(cap) => checker.check(
            module.caps.iter().any(|c| &c.id == cap),
            id,
            &format!("is triggered by cap `{cap}`, which this module does not declare"),
        ),
        Trigger::Unknown => checker.check(
            dimension.questions.iter().any(|q| q.allow_unknown),
            id,
            "an unknown trigger needs a question that offers \"don't know\"",
        ),
        Trigger::AtLeast(at_least) => checker.check(
            (75..=100).contains(at_least),
            id,
            "`at_least` must be 75-100: a strength, not an average",
        ),
    }
}
