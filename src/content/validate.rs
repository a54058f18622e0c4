//! Rules the content must follow; each broken rule names the offending id.

use std::collections::HashSet;
use std::fmt;

use super::SEED_FILES;
use crate::model::{Content, Dimension, Module, Question, QuestionKind, Subject};

/// One broken content rule, naming the offending id.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    /// The module, dimension, question, choice or recommendation id at fault.
    pub id: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.problem)
    }
}

const SHAPE_FINDINGS: [&str; 6] = [
    "no_strategic",
    "too_many_strategic",
    "too_few_tactical",
    "too_many_tactical",
    "healthy",
    "everyone_strategic",
];

#[derive(Default)]
struct Checker {
    errors: Vec<ContentError>,
    ids: HashSet<String>,
}

impl Checker {
    fn fail(&mut self, id: &str, problem: impl Into<String>) {
        self.errors.push(ContentError {
            id: id.to_owned(),
            problem: problem.into(),
        });
    }

    fn check(&mut self, ok: bool, id: &str, problem: &str) {
        if !ok {
            self.fail(id, problem);
        }
    }

    fn unique(&mut self, id: &str) {
        if id.trim().is_empty() {
            self.fail(id, "an id is empty");
        } else if !self.ids.insert(id.to_owned()) {
            self.fail(id, "this id is used more than once");
        }
    }

    fn source(&mut self, id: &str, source: &str) {
        self.check(
            SEED_FILES.contains(&source),
            id,
            "its source does not name one of the seed files",
        );
    }

    fn weight(&mut self, id: &str, weight: f64) {
        self.check(
            weight.is_finite() && weight > 0.0,
            id,
            "its weight must be a positive number",
        );
    }
}

/// Checks every rule and returns all broken ones.
pub fn validate(content: &Content) -> Result<(), Vec<ContentError>> {
    let mut checker = Checker::default();
    check_levels(&mut checker, content);
    checker.check(
        !content.modules.is_empty(),
        "content",
        "there are no modules",
    );
    for module in &content.modules {
        check_module(&mut checker, module);
    }
    if checker.errors.is_empty() {
        Ok(())
    } else {
        Err(checker.errors)
    }
}

fn check_levels(checker: &mut Checker, content: &Content) {
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

fn check_module(checker: &mut Checker, module: &Module) {
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

fn check_dimension(checker: &mut Checker, module: &Module, dimension: &Dimension) {
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

fn check_question(checker: &mut Checker, module: &Module, question: &Question, profile: bool) {
    let id = question.id.as_str();
    checker.unique(id);
    checker.source(id, &question.source);
    checker.check(
        question.choices.len() >= 2,
        id,
        "a question needs at least two choices",
    );
    let mut choice_ids = HashSet::new();
    for choice in &question.choices {
        if !choice_ids.insert(choice.id.as_str()) || choice.id.trim().is_empty() {
            checker.fail(
                &format!("{id}/{}", choice.id),
                "choice ids must be unique and non-empty",
            );
        }
        checker.check(
            choice.score <= 100,
            &format!("{id}/{}", choice.id),
            "scores are 0-100",
        );
        if choice.raises_flag && question.red_flag.is_none() {
            checker.fail(
                &format!("{id}/{}", choice.id),
                "raises a flag but the question names none",
            );
        }
    }
    if question.red_flag.is_some() {
        checker.check(
            question.choices.iter().any(|choice| choice.raises_flag),
            id,
            "names a red flag but no choice raises it",
        );
    }
    if profile {
        return;
    }
    checker.weight(id, question.weight);
    checker.check(
        question.kind == QuestionKind::Single,
        id,
        "scored questions take a single choice",
    );
    checker.check(
        question.choices.iter().any(|choice| choice.score == 100)
            && question.choices.iter().any(|choice| choice.score == 0),
        id,
        "choices must span the whole scale, from 0 to 100",
    );
    if let Some(requirement) = &question.requires {
        check_requirement(checker, module, question, requirement);
    }
    if let Some(seam) = &question.seam {
        let required = question
            .requires
            .as_ref()
            .map(|r| r.all_of.as_slice())
            .unwrap_or_default();
        checker.check(
            seam.iter().all(|function| required.contains(function)) && seam[0] != seam[1],
            id,
            "a seam must join two different functions that the question requires",
        );
    }
}

fn check_requirement(
    checker: &mut Checker,
    module: &Module,
    question: &Question,
    requirement: &crate::model::Requirement,
) {
    let id = question.id.as_str();
    let Some(profile) = module.profile.iter().find(|p| p.id == requirement.question) else {
        checker.fail(
            id,
            format!(
                "requires `{}`, which is not a profile question of this module",
                requirement.question
            ),
        );
        return;
    };
    for choice in &requirement.all_of {
        checker.check(
            profile.choices.iter().any(|c| &c.id == choice),
            id,
            &format!(
                "requires choice `{choice}`, which `{}` does not offer",
                profile.id
            ),
        );
    }
    // A single-choice profile question can satisfy at most one required choice at a time,
    // so requiring two of them would leave the question unreachable.
    checker.check(
        profile.kind == QuestionKind::Multiple || requirement.all_of.len() <= 1,
        id,
        "can never be asked: it requires several answers to a single-choice question",
    );
}
