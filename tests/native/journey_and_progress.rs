//! The questionnaire's steps and blockers (journey), hash routes, and saved progress
//! (encode, decode, and how damaged, newer or outdated progress is read back).

use crate::common::*;
use partnering_core::answers::{
    Answers, MAX_NAME_CHARS, MAX_SUBJECTS, Party, PortfolioPartner, Response, ResponseKey,
};
use partnering_core::journey::{
    Blocker, MAX_QUESTIONS_PER_SCREEN, StepKind, asked_subjects, assessment_seconds, blocker,
    chosen_modules, is_complete, minutes, module_seconds, module_steps, neighbours, resume_target,
    review_back, step_questions,
};
use partnering_core::model::{Content, Module, SubjectId, Tier};
use partnering_core::route::Route;
use partnering_core::session::stored::{ProgressError, Restored, decode, encode};

fn module<'a>(content: &'a Content, id: &str) -> &'a Module {
    content.modules.iter().find(|m| m.id == id).unwrap()
}

fn dimension_index(module: &Module, id: &str) -> usize {
    module.dimensions.iter().position(|d| d.id == id).unwrap()
}

/// One dimension's share of a page: its id, the questions shown and which part it is.
type PageSection = (String, usize, Option<(usize, usize)>);

/// A step's pages as (subject, its sections).
fn pages(module: &Module, steps: &[StepKind]) -> Vec<(u16, Vec<PageSection>)> {
    steps
        .iter()
        .filter_map(|step| match step {
            StepKind::Questions(page) => Some((
                page.subject.0,
                page.sections
                    .iter()
                    .map(|s| {
                        (
                            module.dimensions[s.dimension].id.clone(),
                            s.questions.len(),
                            s.part,
                        )
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

fn section(id: &str, questions: usize) -> (String, usize, Option<(usize, usize)>) {
    (id.to_owned(), questions, None)
}

/// The page step at `index` of `module`'s steps.
fn page_step(module: &Module, a: &Answers, dimension: &str) -> StepKind {
    let at = dimension_index(module, dimension);
    module_steps(module, a)
        .into_iter()
        .find(|step| matches!(step, StepKind::Questions(p) if p.sections.iter().any(|s| s.dimension == at)))
        .unwrap()
}

// ---------------------------------------------------------------- journey: steps

#[test]
fn collaboration_with_nothing_ticked_has_only_the_profile_step() {
    let content = content();
    let steps = module_steps(
        module(content, "collaboration"),
        &answers(&["collaboration"]),
    );
    assert_eq!(steps, [StepKind::Profile]);
}

#[test]
fn collaboration_pages_cover_only_present_functions_and_their_seams() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["technology", "channel"]);
    let steps = module_steps(a_module, &a);
    assert_eq!(steps[0], StepKind::Profile);
    // Channel (3), technology (2) and the one seam fit one page together; working across
    // functions (3) would make seven, so it starts the next page.
    assert_eq!(
        pages(a_module, &steps),
        [
            (
                0,
                vec![
                    section("a.channel", 3),
                    section("a.technology", 2),
                    section("a.seams", 1)
                ]
            ),
            (0, vec![section("a.across", 3)]),
        ]
    );
}

#[test]
fn collaboration_with_one_function_has_no_seams_page() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["mna"]);
    assert_eq!(
        pages(a_module, &module_steps(a_module, &a)),
        [(0, vec![section("a.mna", 2)])]
    );
}

#[test]
fn no_page_holds_more_than_six_questions_for_any_combination_of_functions() {
    let content = content();
    let a_module = module(content, "collaboration");
    for mask in 0u32..32 {
        let present: Vec<&str> = ALL_FUNCTIONS
            .iter()
            .enumerate()
            .filter(|(at, _)| mask & (1 << at) != 0)
            .map(|(_, f)| *f)
            .collect();
        let mut a = answers(&["collaboration"]);
        functions(&mut a, &present);
        let steps = module_steps(a_module, &a);
        let mut asked = 0;
        for step in &steps {
            let shown = step_questions(a_module, step).len();
            assert!(shown <= MAX_QUESTIONS_PER_SCREEN, "{present:?}: {shown}");
            asked += shown;
        }
        let expected = a_module.questions().filter(|(q, _)| a.is_asked(q)).count();
        assert_eq!(
            asked, expected,
            "every asked question is on a page once: {present:?}"
        );
    }
}

#[test]
fn long_dimension_is_split_into_equal_parts() {
    let content = content();
    // No dimension of the bundled content is longer than a page now; one is made longer.
    let mut d = module(content, "health").clone();
    let principles = d
        .dimensions
        .iter_mut()
        .find(|x| x.id == "d.principles")
        .unwrap();
    let copies = principles.questions.clone();
    principles.questions.extend(copies.iter().cloned());
    principles.questions.extend(copies.into_iter().take(4));
    let d = &d;
    let all = pages(d, &module_steps(d, &answers(&["health"])));
    let principles: Vec<_> = all
        .iter()
        .filter(|(_, sections)| sections[0].0 == "d.principles")
        .map(|(_, sections)| (sections[0].1, sections[0].2))
        .collect();
    assert_eq!(principles, [(6, Some((1, 2))), (6, Some((2, 2)))]);
    assert!(
        all.iter()
            .all(|(_, s)| s.iter().map(|x| x.1).sum::<usize>() <= 6)
    );
}

#[test]
fn serious_partner_has_a_subjects_step_then_pages_per_party() {
    let content = content();
    let b = module(content, "serious_partner");
    let mut a = answers(&["serious_partner"]);
    assert_eq!(module_steps(b, &a), [StepKind::Subjects]);
    party(&mut a, 4, "Acme", false);
    party(&mut a, 2, "Us", true);
    partner(&mut a, 9, "Not a party", Tier::Tactical);
    let per_party = [
        vec![
            section("b.professionals", 3),
            section("b.development", 1),
            section("b.sales_mindset", 2),
        ],
        vec![
            section("b.ceo", 2),
            section("b.executive", 1),
            section("b.inspect", 3),
        ],
    ];
    let expected: Vec<_> = [4, 2]
        .into_iter()
        .flat_map(|subject| per_party.iter().map(move |s| (subject, s.clone())))
        .collect();
    assert_eq!(pages(b, &module_steps(b, &a)), expected);
}

#[test]
fn tiering_asks_the_organization_once_then_each_portfolio_partner() {
    let content = content();
    let c = module(content, "tiering");
    let mut a = answers(&["tiering"]);
    assert_eq!(
        pages(c, &module_steps(c, &a)),
        [(0, vec![section("c.discipline", 6)])]
    );
    party(&mut a, 1, "Not a partner", false);
    partner(&mut a, 2, "Globex", Tier::Strategic);
    partner(&mut a, 3, "Initech", Tier::Exit);
    let per_partner = |subject| {
        [
            (subject, vec![section("c.focus", 3), section("c.candor", 2)]),
            (
                subject,
                vec![section("c.commitment", 3), section("c.origins", 2)],
            ),
        ]
    };
    let mut expected = vec![(0, vec![section("c.discipline", 6)])];
    expected.extend(per_partner(2));
    expected.extend(per_partner(3));
    assert_eq!(pages(c, &module_steps(c, &a)), expected);
    assert_eq!(module_steps(c, &a)[0], StepKind::Subjects);
}

/// Answers the journey asks (quick or full), with the opening size question.
fn quick_answers_asked(content: &Content, a: &Answers) -> usize {
    1 + chosen_modules(content, a)
        .into_iter()
        .flat_map(|m| {
            module_steps(m, a)
                .into_iter()
                .map(move |step| step_questions(m, &step).len())
        })
        .sum::<usize>()
}

#[test]
fn quick_check_asks_only_the_quick_questions() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    a.quick = true;
    functions(&mut a, &["channel", "technology"]);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Globex", Tier::Strategic);
    // The size question, the functions, then A 2 (the key seam, heads meeting), B 2, C 1 + 1
    // per strategic partner, and D 7: every question that can fire a knock-out (the five
    // destabilizers, and customer information shared each way).
    assert_eq!(quick_answers_asked(content, &a), 1 + 1 + 2 + 2 + 2 + 7);
}

/// Most visitors name several partners; the quick check stays within 16 answers with four of
/// them in B and four in C: B asks about one's own company only, C about at most the two
/// strategic partners a portfolio can carry. The others are left to the full assessment.
#[test]
fn quick_check_stays_within_16_answers_with_four_partners() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    a.quick = true;
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    for (id, name) in [(2, "Acme"), (3, "Globex"), (4, "Initech"), (5, "Umbrella")] {
        party(&mut a, id, name, false);
    }
    for (id, name) in [(6, "Acme"), (7, "Globex"), (8, "Initech"), (9, "Umbrella")] {
        partner(&mut a, id, name, Tier::Strategic);
    }
    let asked = quick_answers_asked(content, &a);
    assert!(
        asked <= 16,
        "the quick check asks {asked} answers with four partners"
    );
    let c = module(content, "tiering");
    let about: Vec<u16> = asked_subjects(c, &a).iter().map(|s| s.id.0).collect();
    assert_eq!(about, [6, 7], "the first two strategic partners");
    let b = module(content, "serious_partner");
    let about: Vec<u16> = asked_subjects(b, &a).iter().map(|s| s.id.0).collect();
    assert_eq!(about, [1], "one's own company");
    // The full assessment asks about every one of them.
    a.quick = false;
    assert_eq!(asked_subjects(c, &a).len(), 4);
    assert_eq!(asked_subjects(b, &a).len(), 5);
}

/// The full assessment with one partner (every partner function, one party in B, one
/// portfolio partner in C) asks at most 75 questions, counted on the core's own steps, and its
/// time estimate stays within half an hour of reading and answering.
#[test]
fn full_assessment_with_one_partner_asks_at_most_75_questions() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Globex", false);
    partner(&mut a, 2, "Globex", Tier::Strategic);
    let asked = quick_answers_asked(content, &a);
    let modules = chosen_modules(content, &a);
    let seconds = assessment_seconds(content, &modules, &a, false);
    println!(
        "full assessment with one partner: {asked} questions, about {} minutes",
        minutes(seconds)
    );
    assert!(asked <= 75, "the full assessment asks {asked} questions");
    assert!(minutes(seconds) <= 35, "{} minutes", minutes(seconds));
}

// ---------------------------------------------------------------- journey: blockers

#[test]
fn empty_subjects_step_is_blocked_with_a_module_specific_message() {
    let content = content();
    let a = Answers::default();
    let message = |id| blocker(module(content, id), &StepKind::Subjects, &a).map(|b| b.to_string());
    assert_eq!(
        message("serious_partner").as_deref(),
        Some("Add your own company or at least one partner to assess.")
    );
    assert_eq!(
        message("tiering").as_deref(),
        Some("Add at least one partner to assess.")
    );
}

#[test]
fn subjects_step_with_a_subject_may_go_on() {
    let content = content();
    let mut a = Answers::default();
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Globex", Tier::Tactical);
    assert_eq!(
        blocker(module(content, "serious_partner"), &StepKind::Subjects, &a),
        None
    );
    assert_eq!(
        blocker(module(content, "tiering"), &StepKind::Subjects, &a),
        None
    );
}

#[test]
fn profile_with_nothing_ticked_asks_for_a_function() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    assert_eq!(
        blocker(a_module, &StepKind::Profile, &a).map(|b| b.to_string()),
        Some("Tick at least one partner function to continue.".to_owned())
    );
    functions(&mut a, &["venture"]);
    assert_eq!(blocker(a_module, &StepKind::Profile, &a), None);
}

#[test]
fn unanswered_questions_are_named_by_their_number_on_the_page() {
    let content = content();
    let d = module(content, "health");
    let mut a = answers(&["health"]);
    let step = page_step(d, &a, "d.design");
    assert_eq!(step_questions(d, &step).len(), 4);
    let open = |a: &Answers| match blocker(d, &step, a) {
        Some(Blocker::Unanswered(open)) => open.iter().map(|o| o.number).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(open(&a), [1, 2, 3, 4]);
    assert_eq!(
        blocker(d, &step, &a).unwrap().to_string(),
        "Questions 1, 2, 3 and 4 still need an answer."
    );
    choose(&mut a, "d.design.scope", 0, "none");
    choose(&mut a, "d.design.resources", 0, "multi_year");
    choose(&mut a, "d.design.runway", 0, "realistic");
    assert_eq!(open(&a), [3]);
    let message = blocker(d, &step, &a).unwrap().to_string();
    assert!(
        message.starts_with("Question 3 still needs an answer"),
        "{message}"
    );
    assert!(message.contains("Don\u{2019}t know"), "{message}");
    choose(&mut a, "d.design.feedback", 0, "prompt");
    assert_eq!(blocker(d, &step, &a), None);
}

#[test]
fn subject_page_counts_only_answers_about_that_subject() {
    let content = content();
    let b = module(content, "serious_partner");
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    answer_all(content, &mut a, "serious_partner", 0);
    a.responses.remove(&ResponseKey {
        question: "b.ceo.internal".into(),
        subject: SubjectId(1),
    });
    let steps = module_steps(b, &a);
    let blocked: Vec<(u16, String)> = steps
        .iter()
        .filter_map(|step| {
            let StepKind::Questions(page) = step else {
                return None;
            };
            blocker(b, step, &a).map(|why| (page.subject.0, why.to_string()))
        })
        .collect();
    // The CEO's voice opens Acme's second page: question 1 there.
    assert_eq!(
        blocked,
        [(1, "Question 1 still needs an answer; choose \u{201c}Don\u{2019}t know\u{201d} where it is offered if you are not sure.".to_owned())]
    );
}

#[test]
fn questions_not_asked_do_not_block() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel"]);
    let step = page_step(a_module, &a, "a.channel");
    assert!(
        matches!(blocker(a_module, &step, &a), Some(Blocker::Unanswered(open)) if open.len() == 3)
    );
    answer_all(content, &mut a, "collaboration", 1);
    assert_eq!(blocker(a_module, &step, &a), None);
    assert!(
        module_steps(a_module, &a)
            .iter()
            .all(|step| blocker(a_module, step, &a).is_none()),
        "no seam is asked with one function"
    );
}

#[test]
fn every_module_has_an_honest_time_estimate() {
    let content = content();
    for module in &content.modules {
        let full = minutes(module_seconds(module, &Answers::default()));
        let quick = minutes(module_seconds(
            module,
            &Answers {
                quick: true,
                ..Answers::default()
            },
        ));
        assert!((2..=25).contains(&full), "{}: {full} minutes", module.id);
        assert!(quick < full, "{}: quick {quick}, full {full}", module.id);
    }
    let all: Vec<&Module> = content.modules.iter().collect();
    let quick = minutes(assessment_seconds(content, &all, &Answers::default(), true));
    let full = minutes(assessment_seconds(
        content,
        &all,
        &Answers::default(),
        false,
    ));
    println!("all four modules: quick check {quick} minutes, full assessment {full} minutes");
    assert!(
        (4..=8).contains(&quick),
        "the quick check takes about five minutes: {quick}"
    );
    assert!(full > 3 * quick, "quick {quick}, full {full}");
}

#[test]
fn every_partner_named_adds_to_the_estimate_of_the_modules_that_ask_about_it() {
    let content = content();
    let all: Vec<&Module> = content.modules.iter().collect();
    let mut named = Answers::default();
    let plain = assessment_seconds(content, &all, &named, false);
    party(&mut named, 1, "Us", true);
    assert_eq!(
        assessment_seconds(content, &all, &named, false),
        plain,
        "one party stands in for the one assumed"
    );
    party(&mut named, 2, "Acme", false);
    let two_parties = assessment_seconds(content, &all, &named, false);
    assert!(two_parties > plain, "{two_parties} > {plain}");
    partner(&mut named, 3, "Globex", Tier::Strategic);
    partner(&mut named, 4, "Initech", Tier::Tactical);
    let two_partners = assessment_seconds(content, &all, &named, false);
    assert!(two_partners > two_parties, "{two_partners} > {two_parties}");
    assert!(
        assessment_seconds(content, &all, &named, true) < two_partners,
        "the quick check stays shorter"
    );
}

#[test]
fn chosen_modules_follow_the_chosen_order_and_skip_unknown_ids() {
    let content = content();
    let a = answers(&["health", "astrology", "collaboration"]);
    let ids: Vec<&str> = chosen_modules(content, &a)
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids, ["health", "collaboration"]);
}

// ---------------------------------------------------------------- routes

#[test]
fn next_and_back_cross_module_boundaries_in_the_chosen_order() {
    let content = content();
    let a = answers(&["health", "collaboration"]);
    let health_steps = module_steps(module(content, "health"), &a).len();
    let step = |module: &str, index| Route::Step {
        module: module.into(),
        index,
    };
    let (health, collaboration) = ("health".into(), "collaboration".into());
    let first = neighbours(content, &a, &health, 0);
    assert_eq!(first.back, Route::Choose);
    assert_eq!(first.next, step("health", 1));
    assert!(!first.next_leaves(&health));
    let last = neighbours(content, &a, &health, health_steps - 1);
    assert_eq!(last.next, step("collaboration", 0));
    assert!(last.next_leaves(&health));
    let after = neighbours(content, &a, &collaboration, 0);
    assert_eq!(after.back, step("health", health_steps - 1));
    assert_eq!(
        after.next,
        Route::Review,
        "nothing ticked: the profile is the only step"
    );
}

#[test]
fn review_back_goes_to_the_last_step_of_the_last_module() {
    let content = content();
    let a = answers(&["collaboration", "health"]);
    let last = module_steps(module(content, "health"), &a).len() - 1;
    assert_eq!(
        review_back(content, &a),
        Route::Step {
            module: "health".into(),
            index: last
        }
    );
    assert_eq!(review_back(content, &answers(&[])), Route::Choose);
}

#[test]
fn resume_returns_to_a_step_still_in_the_journey_and_otherwise_to_the_review() {
    let content = content();
    let a = answers(&["health"]);
    let step = Route::Step {
        module: "health".into(),
        index: 1,
    };
    assert_eq!(resume_target(content, &a, Some(&step.to_hash())), step);
    for stale in [
        Some("#/step/health/99"),
        Some("#/step/tiering/0"),
        Some("#/nowhere"),
        Some("#/review"),
        None,
    ] {
        assert_eq!(
            resume_target(content, &a, stale),
            Route::Review,
            "{stale:?}"
        );
    }
}

#[test]
fn every_route_survives_a_round_trip_through_its_hash() {
    let mut routes = vec![
        Route::Welcome,
        Route::Choose,
        Route::Review,
        Route::Report,
        Route::NotFound("nowhere".into()),
    ];
    for module in &content().modules {
        for index in [0, 1, 7, usize::MAX] {
            routes.push(Route::Step {
                module: module.id.clone(),
                index,
            });
        }
    }
    for route in routes {
        assert_eq!(Route::parse(&route.to_hash()), route, "{}", route.to_hash());
    }
}

#[test]
fn known_hashes_parse_to_their_screens() {
    for welcome in ["", "#", "#/", "/"] {
        assert_eq!(Route::parse(welcome), Route::Welcome, "{welcome:?}");
    }
    assert_eq!(Route::parse("#/choose"), Route::Choose);
    assert_eq!(Route::parse("#/review"), Route::Review);
    assert_eq!(Route::parse("#/report"), Route::Report);
    assert_eq!(
        Route::parse("#/step/health/2"),
        Route::Step {
            module: "health".into(),
            index: 2
        }
    );
}

#[test]
fn unknown_paths_are_not_found_and_keep_the_path() {
    for (hash, path) in [
        ("#/settings", "settings"),
        ("#/choose/extra", "choose/extra"),
        ("#/report/2", "report/2"),
        ("#/step", "step"),
        ("#/step/health", "step/health"),
        ("#/<script>", "<script>"),
    ] {
        assert_eq!(Route::parse(hash), Route::NotFound(path.into()), "{hash}");
    }
}

#[test]
fn step_with_a_bad_index_is_not_found() {
    for hash in [
        "#/step/health/x",
        "#/step/health/-1",
        "#/step/health/1.5",
        "#/step/health/",
        "#/step/health/2/extra",
        "#/step/health/99999999999999999999999999",
    ] {
        assert!(matches!(Route::parse(hash), Route::NotFound(_)), "{hash}");
    }
}

// ---------------------------------------------------------------- progress

#[test]
fn encoded_progress_decodes_to_the_same_answers() {
    let content = content();
    let answers = full_assessment();
    assert!(answers.responses.len() > 50);
    let restored = decode(content, &encode(content, &answers));
    assert_eq!(
        restored,
        Ok(Restored {
            answers,
            dropped: 0,
            content_version: content.content_version,
            saved_on: None,
            level: None,
        })
    );
}

#[test]
fn encoded_progress_names_its_format_and_content_version() {
    let content = content();
    let value: serde_json::Value =
        serde_json::from_str(&encode(content, &full_assessment())).unwrap();
    assert_eq!(value["format"], 1);
    assert_eq!(value["content_version"], content.content_version);
}

#[test]
fn corrupt_progress_is_unreadable() {
    for raw in [
        "",
        "{",
        "not json",
        "{\"format\":1,",
        "\u{0}",
        "{\"format\":1}}",
    ] {
        assert_eq!(
            decode(content(), raw),
            Err(ProgressError::Unreadable),
            "{raw:?}"
        );
    }
}

#[test]
fn valid_json_of_the_wrong_shape_is_unreadable() {
    for raw in [
        "null",
        "42",
        "[]",
        "{}",
        r#"{"format":"1"}"#,
        r#"{"format":-1}"#,
        r#"{"format":1.5}"#,
        r#"{"format":1}"#,
        r#"{"format":1,"content_version":1,"answers":"nope"}"#,
        r#"{"format":1,"content_version":1,"answers":{"modules":"health"}}"#,
        r#"{"format":1,"content_version":1,"answers":{"modules":[],"responses":{}}}"#,
        r#"{"format":1,"content_version":1,"answers":{"modules":[],"parties":[{"id":-1,"name":"x","own":false}]}}"#,
    ] {
        assert_eq!(
            decode(content(), raw),
            Err(ProgressError::Unreadable),
            "{raw}"
        );
    }
}

#[test]
fn progress_from_a_newer_format_is_refused_with_that_format() {
    let content = content();
    let raw = encode(content, &full_assessment()).replacen("\"format\":1", "\"format\":2", 1);
    assert_eq!(decode(content, &raw), Err(ProgressError::NewerFormat(2)));
    assert_eq!(
        decode(content, r#"{"format":7}"#),
        Err(ProgressError::NewerFormat(7))
    );
    assert_eq!(
        decode(content, r#"{"format":99999999999}"#),
        Err(ProgressError::NewerFormat(u32::MAX))
    );
    assert!(
        ProgressError::NewerFormat(2)
            .to_string()
            .contains("format 2")
    );
}

#[test]
fn unknown_modules_questions_and_choices_are_dropped_and_counted() {
    let content = content();
    let mut stored = answers(&["health", "astrology", "tiering", ""]);
    choose(&mut stored, "d.design.scope", 0, "maintained");
    functions(&mut stored, &["channel"]);
    choose(&mut stored, "zz.removed_question", 0, "yes");
    choose(&mut stored, "d.design.resources", 0, "removed_choice");
    functions(&mut stored, &["channel", "marketing"]);
    respond(&mut stored, "d.design.feedback", 0, Response::NotApplicable);
    respond(&mut stored, "c.commitment.plan", 3, Response::Unknown);
    respond(&mut stored, "c.focus.objective", 3, Response::Unknown);
    let restored = decode(content, &encode(content, &stored)).unwrap();
    assert_eq!(restored.answers.modules, ["health", "tiering"]);
    let kept: Vec<&str> = restored
        .answers
        .responses
        .keys()
        .map(|k| k.question.as_str())
        .collect();
    assert_eq!(kept, ["d.design.scope"]);
    // zz.removed_question, removed_choice, marketing, N/A where it is not offered, and
    // "don't know" (twice) where it is not offered.
    assert_eq!(restored.dropped, 6);
}

#[test]
fn stored_names_over_the_cap_are_truncated() {
    let content = content();
    let mut stored = answers(&["serious_partner", "tiering"]);
    stored.parties.push(Party {
        id: SubjectId(1),
        name: "p".repeat(500),
        own: false,
    });
    stored.portfolio.push(PortfolioPartner {
        id: SubjectId(2),
        name: "🤝".repeat(MAX_NAME_CHARS + 1),
        declared: Tier::Tactical,
    });
    let restored = decode(content, &encode(content, &stored)).unwrap();
    assert_eq!(restored.answers.parties[0].name, "p".repeat(MAX_NAME_CHARS));
    assert_eq!(
        restored.answers.portfolio[0].name,
        "🤝".repeat(MAX_NAME_CHARS)
    );
}

#[test]
fn stored_subject_lists_over_the_cap_are_truncated() {
    let content = content();
    let mut stored = answers(&["serious_partner"]);
    for id in 1..=30 {
        party(&mut stored, id, &format!("Party {id}"), false);
    }
    let restored = decode(content, &encode(content, &stored)).unwrap();
    assert_eq!(restored.answers.parties.len(), MAX_SUBJECTS);
    assert_eq!(restored.answers.parties[0].name, "Party 1");
}

#[test]
fn stored_modules_repeated_apart_are_kept_once() {
    let content = content();
    let stored = answers(&["health", "tiering", "health"]);
    let restored = decode(content, &encode(content, &stored)).unwrap();
    assert_eq!(restored.answers.modules, ["health", "tiering"]);
}

#[test]
fn loaded_answers_keep_one_own_company_at_most() {
    use partnering_core::answers::retain_known;
    let mut loaded = answers(&["serious_partner"]);
    party(&mut loaded, 1, "Us", true);
    party(&mut loaded, 2, "Also us", true);
    party(&mut loaded, 3, "Acme", false);
    let (kept, _) = retain_known(content(), loaded);
    let own: Vec<bool> = kept.parties.iter().map(|p| p.own).collect();
    assert_eq!(own, [true, false, false]);
}

#[test]
fn loaded_answers_of_the_wrong_kind_or_about_unknown_subjects_are_dropped() {
    use partnering_core::answers::{Party, Response, ResponseKey, retain_known};
    let content = content();
    let mut answers = Answers {
        modules: vec!["health".into(), "serious_partner".into()],
        ..Answers::default()
    };
    let key = |question: &str, subject: u16| ResponseKey {
        question: question.into(),
        subject: SubjectId(subject),
    };
    answers.responses.insert(
        key("d.design.scope", 0),
        Response::Choices(vec!["none".into()]),
    );
    answers
        .responses
        .insert(key("a.functions", 0), Response::Choice("channel".into()));
    answers.responses.insert(
        key("d.design.resources", 7),
        Response::Choice("multi_year".into()),
    );
    answers
        .responses
        .insert(key("b.ceo.internal", 0), Response::Choice("regular".into()));
    answers.responses.insert(
        key("d.design.feedback", 0),
        Response::Choice("prompt".into()),
    );
    let (kept, dropped) = retain_known(content, answers);
    assert_eq!(dropped, 4);
    assert_eq!(kept.responses.len(), 1);
    assert_eq!(
        response(&kept, "d.design.feedback", 0),
        Some(&Response::Choice("prompt".into()))
    );
    // A party with the organization's id 0, and two sharing an id, get ids of their own.
    let mut answers = Answers {
        modules: vec!["serious_partner".into()],
        ..Answers::default()
    };
    for (id, name) in [(0, "Zero"), (5, "Five"), (5, "Also five")] {
        answers.parties.push(Party {
            id: SubjectId(id),
            name: name.into(),
            own: false,
        });
    }
    answers
        .responses
        .insert(key("b.ceo.internal", 5), Response::Choice("regular".into()));
    let (kept, dropped) = retain_known(content, answers);
    let ids: Vec<u16> = kept.parties.iter().map(|p| p.id.0).collect();
    assert_eq!(ids, [1, 5, 2]);
    assert_eq!(
        (dropped, response(&kept, "b.ceo.internal", 5).is_some()),
        (0, true),
        "answers stay with the first holder"
    );
}

#[test]
fn the_next_subject_id_is_free_even_when_the_top_id_is_taken() {
    use partnering_core::answers::Party;
    let mut answers = Answers::default();
    answers.parties.push(Party {
        id: SubjectId(u16::MAX),
        name: "Top".into(),
        own: false,
    });
    answers.parties.push(Party {
        id: SubjectId(1),
        name: "One".into(),
        own: false,
    });
    assert_eq!(answers.next_subject_id(), SubjectId(2));
}

#[test]
fn every_route_belongs_to_the_bundle_the_loader_starts_for_its_address() {
    use partnering_core::route::{Bundle, report_routes};
    assert!(
        !report_routes().is_empty(),
        "core/routes.json lists the report routes"
    );
    for hash in [
        "#/",
        "#/choose",
        "#/step/health/0",
        "#/edit/health/1",
        "#/review",
        "#/invite/abc",
        "#/nowhere",
        "#/report",
        "#/r/AQID",
        "#/print/AQID",
        "#/compare",
        "#/compare/xyz",
        "#/team",
        "#/plan",
        "#/gap",
        "#/r",
        "#/report/extra",
        "#/compare/x/y",
        "#/plan/",
        "#/stepx",
        "#/reports",
    ] {
        let route = Route::parse(hash);
        // The loader's rule: the first segment is one of core/routes.json's report routes.
        let first = hash
            .trim_start_matches("#/")
            .split('/')
            .next()
            .unwrap_or_default();
        let by_loader = if report_routes().iter().any(|r| r == first) {
            Bundle::Report
        } else {
            Bundle::Journey
        };
        assert_eq!(route.bundle(), by_loader, "{hash}");
    }
}

#[test]
fn an_assessment_is_complete_once_every_screen_can_be_passed() {
    let content = content();
    let mut a = answers(&["health"]);
    assert!(!is_complete(content, &a), "nothing answered");
    answer_all(content, &mut a, "health", 2);
    assert!(is_complete(content, &a));
    a.modules.push("tiering".into());
    assert!(!is_complete(content, &a), "a second module not started");
    assert!(!is_complete(content, &answers(&[])), "no module chosen");
}

/// A quick check whose partners are all tactical still asks about two of them, the first
/// named, rather than about none.
#[test]
fn quick_check_asks_about_the_first_partners_when_none_is_strategic() {
    let content = content();
    let mut a = answers(&["tiering"]);
    a.quick = true;
    for (id, name) in [(2, "Acme"), (3, "Globex"), (4, "Initech")] {
        partner(&mut a, id, name, Tier::Tactical);
    }
    partner(&mut a, 5, "Umbrella", Tier::Strategic);
    let c = module(content, "tiering");
    let about: Vec<u16> = asked_subjects(c, &a).iter().map(|s| s.id.0).collect();
    assert_eq!(about, [5, 2], "the strategic partner, then the first named");
}

#[test]
fn every_kind_of_screen_has_one_row_and_its_address_reads_back() {
    use partnering_core::route::{SCREENS, Screen, ScreenKind, report_routes};
    let routes = [
        Route::Welcome,
        Route::Choose,
        Route::Step {
            module: "health".into(),
            index: 2,
        },
        Route::Edit {
            module: "health".into(),
            index: 0,
            question: None,
        },
        Route::Edit {
            module: "health".into(),
            index: 1,
            question: Some("q-stable".into()),
        },
        Route::Review,
        Route::Report,
        Route::Shared("AQID".into()),
        Route::Print("AQID".into()),
        Route::Compare(None),
        Route::Compare(Some("x~y".into())),
        Route::Team,
        Route::Plan,
        Route::Invite("abc".into()),
        Route::Gap,
    ];
    let mut kinds: Vec<ScreenKind> = routes.iter().filter_map(Route::kind).collect();
    kinds.dedup();
    assert!(kinds.iter().all(|k| Screen::of(*k).is_some()));
    assert_eq!(kinds.len(), SCREENS.len(), "one row per kind of screen");
    for kind in kinds {
        let rows = SCREENS.iter().filter(|s| s.kind == kind).count();
        assert_eq!(rows, 1, "{kind:?} has {rows} rows");
        assert!(Screen::of(kind).is_some());
    }
    for route in &routes {
        assert_eq!(
            &Route::parse(&route.to_hash()),
            route,
            "{}",
            route.to_hash()
        );
    }
    // core/routes.json names only first segments the table has (no stale entry).
    for segment in report_routes() {
        assert!(
            SCREENS.iter().any(|s| s.segment == segment),
            "core/routes.json lists {segment}, which no screen has"
        );
    }
}

#[test]
fn each_screen_announces_itself_and_only_the_start_screens_offer_saved_progress() {
    let said = |hash: &str| Route::parse(hash).announcement();
    assert_eq!(said("#/"), "Start of the assessment");
    assert_eq!(said("#/step/health/2"), "Step 3 of this module");
    assert_eq!(said("#/edit/health/0"), "Step 1 of this module");
    assert_eq!(said("#/r/AQID"), "Shared report");
    assert_eq!(said("#/nowhere"), "Page not found");
    let offering: Vec<_> = [
        "#/",
        "#/choose",
        "#/review",
        "#/report",
        "#/step/health/0",
        "#/x",
    ]
    .into_iter()
    .filter(|hash| Route::parse(hash).offers_resume())
    .collect();
    assert_eq!(offering, ["#/", "#/choose"]);
}
