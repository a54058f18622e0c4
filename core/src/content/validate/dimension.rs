//! Rules for a dimension: weight, questions, finding bands and recommendations.

use super::Checker;
use super::question::check_question;
use crate::model::{Dimension, Module};

pub(super) fn check_dimension(checker: &mut Checker, module: &Module, dimension: &Dimension) {
    let id = dimension.id.as_str();
    checker.unique(id);
    checker.weight(id, dimension.weight);
    checker.check(
        !dimension.questions.is_empty(),
        id,
        "the dimension has no questions",
    );
    for question in &dimension.questions {
        check_question(checker, module, question, false);
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
    checker.check(
        !dimension.recommendations.is_empty(),
        id,
        "the dimension has no recommendations",
    );
    for recommendation in &dimension.recommendations {
        let rid = recommendation.id.as_str();
        checker.unique(rid);
        checker.source(rid, &recommendation.source);
        checker.check(
            (1..=101).contains(&recommendation.below),
            rid,
            "`below` must be 1-101",
        );
        checker.check(
            (1..=3).contains(&recommendation.impact),
            rid,
            "impact must be 1-3",
        );
    }
}
