//! Property tests of scoring over the bundled content: any partial, messy answer set gives
//! finite in-range scores, raising one answer never lowers a score, and scoring is
//! deterministic and never panics.

use crate::common::strategies::{cases, tier};
use crate::common::{content, slots};
use partnering_core::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_core::journey;
use partnering_core::model::{
    CapRule, Choice, ChoiceId, CompanySize, Content, ModuleId, Question, QuestionId, QuestionKind,
    SubjectId, Tier, Trigger,
};
use partnering_core::scoring::{
    Cause, MAX_ACTIONS_PER_DIMENSION, MAX_ACTIONS_PER_MODULE, ModuleDetail, Report, Score, score,
};
use partnering_core::session::stored as progress;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, subsequence};
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// 2000 cases per property; failures found earlier are replayed first from the regressions
/// file beside this one.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(2000),
        ..ProptestConfig::default()
    }
}

/// The random part of one response: a kind (absent, choice, N/A, unknown, garbage), a bit mask
/// for subsets and a pick for single choices.
type Cell = (u8, u32, Index);

fn cell() -> impl Strategy<Value = Cell> {
    (0u8..10, any::<u32>(), any::<Index>())
}

fn subset(choices: &[Choice], mask: u32, pick: &Index) -> Vec<ChoiceId> {
    let mut chosen: Vec<ChoiceId> = choices
        .iter()
        .enumerate()
        .filter(|(at, _)| (mask >> (at % 32)) & 1 == 1)
        .map(|(_, choice)| choice.id.clone())
        .collect();
    if !chosen.is_empty() {
        let by = pick.index(chosen.len());
        chosen.rotate_left(by);
    }
    chosen
}

/// Turns a cell into a response to `question`: absent, a valid answer, N/A, unknown, or garbage
/// (unknown choice ids, `Choices` on single questions, `Choice` on multiple ones).
fn response_for(question: &Question, (kind, mask, pick): &Cell) -> Option<Response> {
    let choices = &question.choices;
    let valid_choice = || Response::Choice(pick.get(choices).id.clone());
    match kind {
        0..=2 => None,
        3..=6 => Some(match question.kind {
            QuestionKind::Many => Response::Choices(subset(choices, *mask, pick)),
            _ => valid_choice(),
        }),
        7 => Some(Response::NotApplicable),
        8 => Some(Response::Unknown),
        _ => Some(match mask % 5 {
            0 => Response::Choice(format!("no-such-choice-{}", mask % 7).into()),
            1 => Response::Choices(subset(choices, *mask >> 3, pick)),
            2 => Response::Choices(vec![pick.get(choices).id.clone(), "bogus".into()]),
            3 => Response::Choices(Vec::new()),
            _ => valid_choice(),
        }),
    }
}

fn all_questions(content: &'static Content) -> impl Iterator<Item = &'static Question> {
    content.questions().map(|(q, _)| q)
}

/// Question ids for garbage responses: every real one (about a random, maybe wrong, subject)
/// and some that do not exist.
fn garbage_ids(content: &'static Content) -> Vec<QuestionId> {
    let mut ids: Vec<QuestionId> = all_questions(content).map(|q| q.id.clone()).collect();
    ids.extend(
        [
            "zz.unknown",
            "",
            "a.functions.extra",
            "D.DESIGN.SCOPE",
            "c.focus",
        ]
        .map(QuestionId::from),
    );
    ids
}

type Garbage = (Index, u16, Cell);

fn build(
    content: &'static Content,
    modules: Vec<ModuleId>,
    owns: &[bool],
    tiers: &[Tier],
    cells: &[Cell],
    garbage: &[Garbage],
) -> Answers {
    let party_ids: Vec<u16> = (1..).take(owns.len()).collect();
    let partner_ids: Vec<u16> = (party_ids.len() as u16 + 1..).take(tiers.len()).collect();
    let mut answers = Answers {
        modules,
        parties: party_ids
            .iter()
            .zip(owns)
            .map(|(id, own)| Party {
                id: SubjectId(*id),
                name: format!("Party {id}"),
                own: *own,
            })
            .collect(),
        portfolio: partner_ids
            .iter()
            .zip(tiers)
            .map(|(id, declared)| PortfolioPartner {
                id: SubjectId(*id),
                name: format!("Partner {id}"),
                declared: *declared,
            })
            .collect(),
        ..Answers::default()
    };
    for ((question, subject), cell) in slots(content, &party_ids, &partner_ids)
        .into_iter()
        .zip(cells)
    {
        if let Some(response) = response_for(question, cell) {
            answers.responses.insert(
                ResponseKey {
                    question: question.id.clone(),
                    subject,
                },
                response,
            );
        }
    }
    let ids = garbage_ids(content);
    for (pick, subject, cell) in garbage {
        let id = pick.get(&ids);
        let response = match all_questions(content).find(|q| &q.id == id) {
            Some(question) => response_for(question, cell),
            None => Some(Response::Choice(format!("choice-{}", cell.1 % 3).into())),
        };
        if let Some(response) = response {
            answers.responses.insert(
                ResponseKey {
                    question: id.clone(),
                    subject: SubjectId(*subject),
                },
                response,
            );
        }
    }
    answers
}

/// Random partial answers: a random subset of the modules in random order, 0–5 parties and
/// 0–5 portfolio partners, a random response (or none) to every question about every subject,
/// and a few garbage responses.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    let content = content();
    let module_ids: Vec<ModuleId> = content.modules.iter().map(|m| m.id.clone()).collect();
    let count = module_ids.len();
    (
        subsequence(module_ids, 0..=count).prop_shuffle(),
        vec(any::<bool>(), 0..=5),
        vec(tier(), 0..=5),
    )
        .prop_flat_map(move |(modules, owns, tiers)| {
            let party_ids: Vec<u16> = (1..=owns.len() as u16).collect();
            let partner_ids: Vec<u16> = (owns.len() as u16 + 1..).take(tiers.len()).collect();
            let slots = slots(content, &party_ids, &partner_ids).len();
            (
                Just(modules),
                Just(owns),
                Just(tiers),
                vec(cell(), slots),
                vec((any::<Index>(), 0u16..8, cell()), 0..=4),
            )
        })
        .prop_map(move |(modules, owns, tiers, cells, garbage)| {
            build(content, modules, &owns, &tiers, &cells, &garbage)
        })
}

/// The generated answers, then made hostile: unknown and repeated module ids, subjects sharing
/// ids (including 0 and `u16::MAX`), and responses about subjects that do not exist.
fn hostile_answers_strategy() -> impl Strategy<Value = Answers> {
    (
        answers_strategy(),
        vec((any::<Index>(), 0u8..4), 0..=3),
        vec(
            (
                prop_oneof![Just(0u16), Just(1), Just(6), Just(u16::MAX)],
                any::<bool>(),
                tier(),
            ),
            0..=3,
        ),
        vec((any::<Index>(), cell()), 0..=3),
    )
        .prop_map(|(mut answers, extra_modules, extra_subjects, stray)| {
            let content = content();
            for (at, which) in extra_modules {
                let id = match which {
                    0 => "astrology".into(),
                    1 => ModuleId::default(),
                    _ => at.get(&content.modules).id.clone(),
                };
                let position = at.index(answers.modules.len() + 1);
                answers.modules.insert(position, id);
            }
            for (id, own, declared) in extra_subjects {
                let id = SubjectId(id);
                let name = "Twin".to_owned();
                answers.parties.push(Party {
                    id,
                    name: name.clone(),
                    own,
                });
                answers
                    .portfolio
                    .push(PortfolioPartner { id, name, declared });
            }
            let questions: Vec<&Question> = all_questions(content).collect();
            for (pick, cell) in stray {
                let question = pick.get(&questions);
                if let Some(response) = response_for(question, &cell) {
                    let key = ResponseKey {
                        question: question.id.clone(),
                        subject: SubjectId(u16::MAX - 1),
                    };
                    answers.responses.insert(key, response);
                }
            }
            answers
        })
}

/// Every score-like number in a report that is out of range, as readable lines.
fn range_problems(content: &Content, report: &Report) -> Vec<String> {
    let mut problems = Vec::new();
    let mut values: Vec<(String, f64)> = Vec::new();
    let mut value = |what: String, value: f64| values.push((what, value));
    let mut scores: Vec<(String, Score)> = Vec::new();
    let mut shown = |what: String, rating: &partnering_core::scoring::Rating| {
        let level = rating.level();
        if !(1..=5).contains(&level) || level > rating.score.level {
            problems.push(format!(
                "{what}: shown level {level} against {:?}",
                rating.score
            ));
        }
    };
    if let Some(overall) = &report.overall {
        shown("overall".into(), overall);
        scores.push(("overall".into(), overall.score));
    }
    for module in &report.modules {
        if let Some(rating) = module.rating() {
            shown(module.id.to_string(), rating);
        }
        scores.extend(module.score().map(|s| (module.id.to_string(), s)));
        for dimension in &module.dimensions {
            scores.extend(dimension.score.map(|s| (dimension.id.clone(), s)));
        }
        for action in &module.recommendations {
            let priority = action.priority;
            if !(priority.is_finite() && (0.0..=300.0).contains(&priority)) {
                value(format!("priority of {}", action.id), f64::NAN);
            }
        }
        match &module.detail {
            ModuleDetail::Collaboration {
                seams,
                collaboration_index,
                weakest_seams,
                ..
            } => {
                for seam in seams.iter().chain(weakest_seams) {
                    if let Some(v) = seam.score {
                        value(format!("seam {}", seam.question), v);
                    }
                }
                if let Some(v) = collaboration_index {
                    value("collaboration index".to_owned(), *v);
                }
            }
            ModuleDetail::Signs { parties } => {
                for party in parties {
                    for (sign, score, _) in &party.signs {
                        if let Some(v) = score {
                            value(format!("sign {sign} of {}", party.name), *v);
                        }
                    }
                }
            }
            ModuleDetail::Tiering { partners, .. } => {
                for partner in partners {
                    if let Some(v) = partner.readiness {
                        value(format!("readiness of {}", partner.name), v);
                    }
                }
            }
            ModuleDetail::Health {
                trust_profile,
                top_risks,
                ..
            } => {
                for (label, score) in trust_profile {
                    if let Some(v) = score {
                        value(format!("trust profile {label}"), *v);
                    }
                }
                for risk in top_risks {
                    value(format!("risk {}", risk.question), risk.score);
                }
            }
        }
    }
    for (what, score) in scores {
        value(what.clone(), score.value);
        let reached = content
            .levels
            .iter()
            // Levels follow the score as shown, in whole points.
            .filter(|band| f64::from(band.min) <= score.value.round())
            .map(|band| band.level)
            .max();
        if !(1..=5).contains(&score.level) || reached != Some(score.level) {
            problems.push(format!(
                "{what}: level {} for value {}",
                score.level, score.value
            ));
        }
    }
    for (what, value) in values {
        if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
            problems.push(format!("{what} = {value}"));
        }
    }
    problems
}

/// Single-choice dimension questions, by id.
fn scored_question<'a>(content: &'a Content, id: &str) -> Option<&'a Question> {
    content
        .modules
        .iter()
        .flat_map(|m| m.dimensions.iter().flat_map(|d| &d.questions))
        .find(|q| q.id == id && q.is_scored())
}

/// Answered single-choice questions of chosen modules that have a strictly better choice.
fn raisable(content: &Content, answers: &Answers) -> Vec<(ResponseKey, u8)> {
    let chosen: Vec<&str> = answers.modules.iter().map(ModuleId::as_str).collect();
    answers
        .responses
        .iter()
        .filter_map(|(key, response)| {
            let Response::Choice(id) = response else {
                return None;
            };
            let module = content.modules.iter().find(|m| {
                m.dimensions
                    .iter()
                    .flat_map(|d| &d.questions)
                    .any(|q| q.id == key.question)
            })?;
            if !chosen.contains(&module.id.as_str()) {
                return None;
            }
            let question = scored_question(content, key.question.as_str())?;
            let current = question.choice(id)?.score;
            question
                .choices
                .iter()
                .any(|c| c.score > current)
                .then(|| (key.clone(), current))
        })
        .collect()
}

/// The level shown must not fall either: a better answer can lift a knock-out cap, never add
/// one.
fn level_not_lower(
    what: &str,
    before: Option<&partnering_core::scoring::Rating>,
    after: Option<&partnering_core::scoring::Rating>,
) -> Result<(), TestCaseError> {
    if let (Some(before), Some(after)) = (before, after) {
        prop_assert!(
            after.level() >= before.level(),
            "{what}'s level fell from {} to {} ({:?} → {:?})",
            before.level(),
            after.level(),
            before.cap,
            after.cap
        );
    }
    Ok(())
}

fn not_lower(what: &str, before: Option<Score>, after: Option<Score>) -> Result<(), TestCaseError> {
    match (before, after) {
        (Some(before), Some(after)) => prop_assert!(
            after.value >= before.value,
            "{what} fell from {} to {}",
            before.value,
            after.value
        ),
        (None, None) => {}
        (before, after) => prop_assert!(false, "{what} changed from {before:?} to {after:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_score_is_finite_within_0_to_100_with_a_level_from_1_to_5(answers in answers_strategy()) {
        let content = content();
        let report = score(content, &answers);
        let problems = range_problems(content, &report);
        prop_assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn raising_one_answer_to_a_better_choice_never_lowers_a_score(
        (answers, slot, better) in (answers_strategy(), any::<Index>(), any::<Index>())
    ) {
        let content = content();
        let candidates = raisable(content, &answers);
        if candidates.is_empty() {
            return Ok(());
        }
        let (key, current) = slot.get(&candidates);
        let question = scored_question(content, key.question.as_str()).unwrap();
        let higher: Vec<&Choice> = question.choices.iter().filter(|c| c.score > *current).collect();
        let mut raised = answers.clone();
        raised.responses.insert(key.clone(), Response::Choice(better.get(&higher).id.clone()));

        let before = score(content, &answers);
        let after = score(content, &raised);
        not_lower("overall", before.overall.as_ref().map(|r| r.score), after.overall.as_ref().map(|r| r.score))?;
        // A better answer that contradicts another module's answer ("every alliance has a
        // plan" against "this one has none") holds the overall level until reconciled: that
        // fall is the point. Otherwise a better answer never lowers the overall level.
        if after.contradictions.len() <= before.contradictions.len() {
            level_not_lower("overall", before.overall.as_ref(), after.overall.as_ref())?;
        } else {
            prop_assert!(after.overall.as_ref().is_none_or(|o| o.level() <= 3));
        }
        prop_assert_eq!(before.modules.len(), after.modules.len());
        for (was, now) in before.modules.iter().zip(&after.modules) {
            prop_assert_eq!(&was.id, &now.id);
            not_lower(was.id.as_str(), was.score(), now.score())?;
            level_not_lower(was.id.as_str(), was.rating(), now.rating())?;
            for (was, now) in was.dimensions.iter().zip(&now.dimensions) {
                not_lower(&was.id, was.score, now.score)?;
            }
        }
    }

    #[test]
    fn each_module_recommends_a_focused_plan_with_every_knock_out_action(answers in answers_strategy()) {
        let report = score(content(), &answers);
        for module in &report.modules {
            let (knock_outs, others): (Vec<_>, Vec<_>) =
                module.recommendations.iter().partition(|a| a.cause == Cause::Cap);
            prop_assert!(others.len() <= MAX_ACTIONS_PER_MODULE, "{}: {} actions", module.letter, others.len());
            for action in &others {
                let same = others.iter().filter(|o| o.dimension == action.dimension).count();
                // A second in one area only for an answer at its worst choice.
                prop_assert!(same <= MAX_ACTIONS_PER_DIMENSION + 1, "{}: {same} for {}", module.letter, action.dimension);
                if same > MAX_ACTIONS_PER_DIMENSION {
                    prop_assert!(
                        others.iter().any(|o| o.dimension == action.dimension && o.cause == Cause::Answer),
                        "{}: a second action in {} without an answer calling for it", module.letter, action.dimension
                    );
                }
            }
            if let Some(cap) = module.cap() {
                let size = answers.size(content()).unwrap_or(CompanySize::Mid);
                // A knock-out action worded for a cause applies only where that cause was given.
                let holds = |m: &partnering_core::model::AnswerMatch| {
                    matches!(
                        answers.response(&m.question, partnering_core::model::SubjectId::ORGANIZATION),
                        Some(partnering_core::answers::Response::Choice(c)) if m.choices.contains(c)
                    )
                };
                let called = content()
                    .module(&module.id)
                    .into_iter()
                    .flat_map(|m| m.dimensions.iter().flat_map(|d| &d.recommendations))
                    .filter(|r| r.fits(size) && matches!(&r.when, Trigger::Cap(id) if *id == cap.id))
                    .filter(|r| r.given.as_ref().is_none_or(holds) && !r.unless.as_ref().is_some_and(holds));
                // Of the actions for an alliance wound down or kept, exactly one applies.
                let (either, always): (Vec<_>, Vec<_>) = called.partition(|r| r.winding_down.is_some());
                for recommendation in always {
                    prop_assert!(
                        knock_outs.iter().any(|a| a.id == recommendation.id),
                        "{}: the knock-out's action {} is kept", module.letter, recommendation.id
                    );
                }
                let kept = either.iter().filter(|r| knock_outs.iter().any(|a| a.id == r.id)).count();
                prop_assert!(either.is_empty() || kept == 1, "{}: {kept} of the wind-down pair kept", module.letter);
            }
        }
    }

    #[test]
    fn scoring_the_same_answers_or_a_clone_gives_equal_reports(answers in answers_strategy()) {
        let content = content();
        let first = score(content, &answers);
        let again = score(content, &answers);
        let cloned = answers.clone();
        let from_clone = score(content, &cloned);
        prop_assert_eq!(&first, &again);
        prop_assert_eq!(&first, &from_clone);
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&from_clone).unwrap()
        );
    }

    #[test]
    fn scoring_never_panics_and_stays_in_range_on_hostile_answers(answers in hostile_answers_strategy()) {
        let content = content();
        let report = score(content, &answers);
        let problems = range_problems(content, &report);
        prop_assert!(problems.is_empty(), "{problems:#?}");
        for module in journey::chosen_modules(content, &answers) {
            for step in journey::module_steps(module, &answers) {
                let _ = journey::blocker(module, &step, &answers);
            }
        }
        let restored = progress::decode(content, &progress::encode(content, &answers));
        prop_assert!(restored.is_ok(), "saved progress reads back: {restored:?}");
    }
}

/// The answers that could fire one of a module's knock-outs if left out, as groups: each
/// question of a knock-out one answer fires, as many neighbouring questions as one that needs
/// several takes (customer information withheld both ways), and in module A every seam, whose
/// answers make the collaboration index. Only questions the quick check asks.
fn knock_out_questions(content: &Content, module: &ModuleId) -> Vec<Vec<QuestionId>> {
    let Some(module) = content.module(module) else {
        return Vec::new();
    };
    let quick = |id: &QuestionId| module.questions().any(|(q, _)| &q.id == id && q.quick);
    let mut groups: Vec<Vec<QuestionId>> = Vec::new();
    for cap in &module.caps {
        let CapRule::Answers(rule) = &cap.rule else {
            continue;
        };
        let asked: Vec<QuestionId> = rule
            .matches
            .iter()
            .map(|m| m.question.clone())
            .filter(quick)
            .collect();
        let unasked = rule.matches.len() - asked.len();
        if unasked > 0 {
            // Left to the full assessment: another knock-out holds wherever it could fire.
            continue;
        }
        // As many as it needs, taken away together.
        let needed = usize::from(rule.at_least).max(1);
        groups.extend(asked.windows(needed).map(<[QuestionId]>::to_vec));
    }
    let seams: Vec<QuestionId> = module
        .questions()
        .filter(|(q, _)| matches!(q.kind, QuestionKind::Seam(_)))
        .map(|(q, _)| q.id.clone())
        .collect();
    if !seams.is_empty() {
        groups.push(seams);
    }
    groups.sort();
    groups.dedup();
    groups
}

/// A company that answers well (Managed or better everywhere) in a quick check of modules A
/// and D, with every partner function, before one knock-out input is taken away.
fn strong_quick_check(pick: usize) -> Answers {
    let content = content();
    let mut answers = crate::common::answers(&["collaboration", "health"]);
    crate::common::size(&mut answers, "large");
    crate::common::functions(&mut answers, &crate::common::ALL_FUNCTIONS);
    for module in ["collaboration", "health"] {
        crate::common::answer_all(content, &mut answers, module, pick);
    }
    answers.quick = true;
    answers
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_overall_level_never_exceeds_the_median_module_level(answers in answers_strategy()) {
        let report = score(content(), &answers);
        let mut levels: Vec<u8> = report.modules.iter().filter_map(|m| m.rating()).map(|r| r.level()).collect();
        levels.sort_unstable();
        if let Some(overall) = &report.overall {
            let n = levels.len();
            prop_assert!(n > 0);
            let median = (f64::from(levels[(n - 1) / 2]) + f64::from(levels[n / 2])) / 2.0;
            prop_assert!(f64::from(overall.level()) <= median, "overall {} over the median {median} of {levels:?}", overall.level());
        }
    }

    #[test]
    fn a_quick_check_never_shows_above_defined_while_a_knock_out_it_asks_is_unanswered(
        pick in prop_oneof![Just(3usize), Just(usize::MAX)],
        module in prop_oneof![Just("collaboration"), Just("health")],
        victim in any::<Index>(),
        unknown in any::<bool>(),
    ) {
        let content = content();
        let mut answers = strong_quick_check(pick);
        let before = score(content, &answers);
        let module_id: ModuleId = module.into();
        // In A the knock-out reads every seam: all of them go; in D one destabilizer goes, or
        // both directions of customer information.
        let taken = victim.get(&knock_out_questions(content, &module_id)).clone();
        for question in taken {
            let key = ResponseKey { question, subject: SubjectId::ORGANIZATION };
            if unknown {
                answers.responses.insert(key, Response::Unknown);
            } else {
                answers.responses.remove(&key);
            }
        }
        let after = score(content, &answers);
        let level = |report: &Report| report.modules.iter().find(|m| m.id == module_id).and_then(|m| m.rating()).map(|r| r.level());
        prop_assert!(level(&before) >= Some(4), "the company starts above Defined: {:?}", level(&before));
        prop_assert!(
            matches!(level(&after), Some(l) if l <= 3),
            "{module}: {:?} with a knock-out unanswered", level(&after)
        );
        let held = after.modules.iter().find(|m| m.id == module_id).and_then(|m| m.cap());
        prop_assert!(held.is_some_and(|c| c.is_unchecked() || c.level < 3), "{module}: held by {held:?}");
        prop_assert!(after.overall.as_ref().is_none_or(|o| o.level() <= 3));
    }
}

/// Guards against vacuous properties: the generator really produces scored and unscored
/// modules, garbage, and answers the monotonicity property can raise.
#[test]
fn generated_answer_sets_cover_scored_unscored_garbage_and_raisable_answers() {
    let content = content();
    let strategy = answers_strategy();
    let mut runner = TestRunner::deterministic();
    let (mut scored, mut insufficient, mut garbage, mut raisable_sets) = (Vec::new(), 0, 0, 0);
    let samples = 400;
    for _ in 0..samples {
        let answers = strategy.new_tree(&mut runner).unwrap().current();
        let report = score(content, &answers);
        for module in &report.modules {
            match module.score() {
                Some(_) => scored.push(module.id.clone()),
                None => insufficient += 1,
            }
        }
        if answers
            .responses
            .keys()
            .any(|key| !all_questions(content).any(|q| q.id == key.question))
        {
            garbage += 1;
        }
        if !raisable(content, &answers).is_empty() {
            raisable_sets += 1;
        }
    }
    for module in &content.modules {
        assert!(
            scored.contains(&module.id),
            "{} was never scored",
            module.id
        );
    }
    assert!(insufficient > 0, "no module was ever left unscored");
    assert!(garbage > 0, "no unknown question ids were generated");
    assert!(
        raisable_sets * 2 > samples,
        "only {raisable_sets} of {samples} sets had an answer to raise"
    );
}
