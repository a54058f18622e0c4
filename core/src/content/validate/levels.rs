//! Rules for the maturity levels: five of them, numbered in order, with rising thresholds.

use super::Checker;
use crate::model::Content;

pub(super) fn check_levels(checker: &mut Checker, content: &Content) {
    let numbers: Vec<u8> = content.levels.iter().map(|band| band.level).collect();
    checker.check(
        numbers == [1, 2, 3, 4, 5],
        "levels",
        "there must be exactly five levels numbered 1 to 5 in order",
    );
    checker.check(
        content.levels.first().is_some_and(|band| band.min == 0),
        "levels",
        "the first level must start at 0 so every score has a level",
    );
    let ordered = content.levels.windows(2).all(|pair| match pair {
        [low, high] => low.min < high.min,
        _ => true,
    });
    checker.check(
        ordered && content.levels.iter().all(|band| band.min <= 100),
        "levels",
        "level thresholds must rise strictly and stay within 0-100",
    );
}
