//! Rules for the maturity levels (five, numbered in order, rising thresholds) and the opening
//! company-size question.

use super::Checker;
use super::question::check_question;
use crate::model::{CompanySize, Content, QuestionKind};

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
    for band in &content.levels {
        checker.text(&format!("level {}", band.level), "name", &band.name);
        checker.text(&format!("level {}", band.level), "meaning", &band.meaning);
    }
}

/// The opening questions are unscored single choices; one of them, `org.size`, gives the
/// company's size with the choices `small`, `mid` and `large`.
pub(super) fn check_opening(checker: &mut Checker, content: &Content) {
    for question in &content.opening {
        check_question(checker, None, question, true);
        checker.check(
            question.kind == QuestionKind::One,
            question.id.as_str(),
            "opening questions take a single unscored choice",
        );
    }
    let size = content.opening.iter().find(|q| q.id == "org.size");
    let sizes_named = size.is_some_and(|q| {
        q.choices
            .iter()
            .all(|c| CompanySize::from_choice(&c.id).is_some())
            && q.choices.len() == 3
    });
    checker.check(
        sizes_named,
        "org.size",
        "the opening question org.size must offer exactly the choices small, mid and large",
    );
}
