//! The questionnaire's steps and blockers (journey), hash routes, and saved progress
//! (encode, decode, and how damaged, newer or outdated progress is read back).

use crate::common::*;
use partnering_core::answers::{
    Answers, MAX_NAME_CHARS, MAX_SUBJECTS, Party, PortfolioPartner, Response, ResponseKey,
};
use partnering_core::journey::{
    StepKind, blocker, chosen_modules, estimated_minutes, module_steps, neighbours, resume_target,
    review_back, step_questions,
};
use partnering_core::model::{Content, Module, Tier};
use partnering_core::progress::{ProgressError, Restored, decode, encode};
use partnering_core::route::Route;

fn module<'a>(content: &'a Content, id: &str) -> &'a Module {
    content.modules.iter().find(|m| m.id == id).unwrap()
}

fn dimension_index(module: &Module, id: &str) -> usize {
    module.dimensions.iter().position(|d| d.id == id).unwrap()
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
fn collaboration_steps_cover_only_present_functions_and_their_seams() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["technology", "channel"]);
    let expected = [
        StepKind::Profile,
        StepKind::Dimension(dimension_index(a_module, "a.channel")),
        StepKind::Dimension(dimension_index(a_module, "a.technology")),
        StepKind::Dimension(dimension_index(a_module, "a.seams")),
    ];
    assert_eq!(module_steps(a_module, &a), expected);
}

#[test]
fn collaboration_with_one_function_has_no_seams_step() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["mna"]);
    let expected = [
        StepKind::Profile,
        StepKind::Dimension(dimension_index(a_module, "a.mna")),
    ];
    assert_eq!(module_steps(a_module, &a), expected);
}

#[test]
fn collaboration_steps_follow_every_combination_of_functions() {
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
        let mut expected = vec![StepKind::Profile];
        for (index, dimension) in a_module.dimensions.iter().enumerate() {
            let function = dimension.id.trim_start_matches("a.");
            let shown = if dimension.id == "a.seams" {
                present.len() >= 2
            } else {
                present.contains(&function)
            };
            if shown {
                expected.push(StepKind::Dimension(index));
            }
        }
        assert_eq!(
            module_steps(a_module, &a),
            expected,
            "functions {present:?}"
        );
    }
}

#[test]
fn serious_partner_has_a_subjects_step_then_one_per_party() {
    let content = content();
    let b = module(content, "serious_partner");
    let mut a = answers(&["serious_partner"]);
    assert_eq!(module_steps(b, &a), [StepKind::Subjects]);
    party(&mut a, 4, "Acme", false);
    party(&mut a, 2, "Us", true);
    partner(&mut a, 9, "Not a party", Tier::Tactical);
    assert_eq!(
        module_steps(b, &a),
        [
            StepKind::Subjects,
            StepKind::Subject(4),
            StepKind::Subject(2)
        ]
    );
}

#[test]
fn tiering_has_a_subjects_step_then_one_per_portfolio_partner() {
    let content = content();
    let c = module(content, "tiering");
    let mut a = answers(&["tiering"]);
    assert_eq!(module_steps(c, &a), [StepKind::Subjects]);
    party(&mut a, 1, "Not a partner", false);
    partner(&mut a, 2, "Globex", Tier::Strategic);
    partner(&mut a, 3, "Initech", Tier::Exit);
    assert_eq!(
        module_steps(c, &a),
        [
            StepKind::Subjects,
            StepKind::Subject(2),
            StepKind::Subject(3)
        ]
    );
}

#[test]
fn health_has_one_step_per_dimension_and_no_profile() {
    let content = content();
    let d = module(content, "health");
    let expected: Vec<StepKind> = (0..d.dimensions.len()).map(StepKind::Dimension).collect();
    assert_eq!(module_steps(d, &answers(&["health"])), expected);
}

#[test]
fn subject_step_asks_every_question_about_that_subject() {
    let content = content();
    let c = module(content, "tiering");
    let mut a = answers(&["tiering"]);
    partner(&mut a, 5, "Globex", Tier::Tactical);
    let asked = step_questions(c, StepKind::Subject(5), &a);
    let total: usize = c.dimensions.iter().map(|d| d.questions.len()).sum();
    assert_eq!(asked.len(), total);
    assert!(asked.iter().all(|(_, subject)| *subject == 5));
}

// ---------------------------------------------------------------- journey: blockers

#[test]
fn empty_subjects_step_is_blocked_with_a_module_specific_message() {
    let content = content();
    let a = Answers::default();
    assert_eq!(
        blocker(module(content, "serious_partner"), StepKind::Subjects, &a).as_deref(),
        Some("Add your own company or at least one partner to assess.")
    );
    assert_eq!(
        blocker(module(content, "tiering"), StepKind::Subjects, &a).as_deref(),
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
        blocker(module(content, "serious_partner"), StepKind::Subjects, &a),
        None
    );
    assert_eq!(
        blocker(module(content, "tiering"), StepKind::Subjects, &a),
        None
    );
}

#[test]
fn profile_with_nothing_ticked_asks_for_a_function() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    assert_eq!(
        blocker(a_module, StepKind::Profile, &a).as_deref(),
        Some("Tick at least one partner function to continue.")
    );
    functions(&mut a, &["venture"]);
    assert_eq!(blocker(a_module, StepKind::Profile, &a), None);
}

#[test]
fn unanswered_questions_are_listed_by_their_short_labels() {
    let content = content();
    let d = module(content, "health");
    let step = StepKind::Dimension(dimension_index(d, "d.design"));
    let shorts: Vec<&str> = d.dimensions[0]
        .questions
        .iter()
        .map(|q| q.short.as_str())
        .collect();
    assert_eq!(shorts.len(), 4);
    let mut a = answers(&["health"]);
    assert_eq!(
        blocker(d, step, &a),
        Some(format!(
            "4 questions still need an answer: {}.",
            shorts.join(", ")
        ))
    );

    choose(&mut a, "d.design.scope", 0, "none");
    choose(&mut a, "d.design.resources", 0, "multi_year");
    respond(&mut a, "d.design.configuration", 0, Response::Unknown);
    let message = blocker(d, step, &a).unwrap();
    assert!(
        message.starts_with("Answer \u{201c}Early warning of change\u{201d}"),
        "{message}"
    );
    for answered in &shorts[..3] {
        assert!(!message.contains(answered), "{message}");
    }

    choose(&mut a, "d.design.feedback", 0, "prompt");
    assert_eq!(blocker(d, step, &a), None);
}

#[test]
fn subject_step_counts_only_answers_about_that_subject() {
    let content = content();
    let b = module(content, "serious_partner");
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    answer_all(content, &mut a, "serious_partner", 0);
    a.responses.remove(&ResponseKey {
        question: "b.ceo.q".into(),
        subject: 1,
    });
    let message = blocker(b, StepKind::Subject(1), &a).unwrap();
    assert!(message.contains("CEO champions alliances"), "{message}");
    assert_eq!(blocker(b, StepKind::Subject(2), &a), None);
}

#[test]
fn questions_not_asked_do_not_block() {
    let content = content();
    let a_module = module(content, "collaboration");
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel"]);
    let step = StepKind::Dimension(dimension_index(a_module, "a.channel"));
    let message = blocker(a_module, step, &a).unwrap();
    assert!(
        message.starts_with("3 questions still need an answer"),
        "{message}"
    );
    answer_all(content, &mut a, "collaboration", 1);
    assert_eq!(blocker(a_module, step, &a), None);
    let seams = StepKind::Dimension(dimension_index(a_module, "a.seams"));
    assert_eq!(
        blocker(a_module, seams, &a),
        None,
        "no seam is asked with one function"
    );
}

#[test]
fn every_module_has_a_positive_time_estimate() {
    for module in &content().modules {
        let minutes = estimated_minutes(module);
        assert!(
            (1..=60).contains(&minutes),
            "{}: {minutes} minutes",
            module.id
        );
    }
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
    let first = neighbours(content, &a, "health", 0);
    assert_eq!(first.back, Route::Choose);
    assert_eq!(first.next, step("health", 1));
    assert!(!first.next_leaves("health"));
    let last = neighbours(content, &a, "health", health_steps - 1);
    assert_eq!(last.next, step("collaboration", 0));
    assert!(last.next_leaves("health"));
    let after = neighbours(content, &a, "collaboration", 0);
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
            dropped: 0
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
    respond(&mut stored, "d.design.configuration", 0, Response::Unknown);
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
        id: 1,
        name: "p".repeat(500),
        own: false,
    });
    stored.portfolio.push(PortfolioPartner {
        id: 2,
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
fn loaded_answers_of_the_wrong_kind_or_about_unknown_subjects_are_dropped() {
    use partnering_core::answers::{Party, Response, ResponseKey, retain_known};
    let content = content();
    let mut answers = Answers {
        modules: vec!["health".into(), "serious_partner".into()],
        ..Answers::default()
    };
    let key = |question: &str, subject: u16| ResponseKey {
        question: question.into(),
        subject,
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
        .insert(key("b.ceo.q", 0), Response::Choice("present".into()));
    answers.responses.insert(
        key("d.design.feedback", 0),
        Response::Choice("prompt".into()),
    );
    let (kept, dropped) = retain_known(content, answers);
    assert_eq!(dropped, 4);
    assert_eq!(kept.responses.len(), 1);
    assert_eq!(
        kept.response("d.design.feedback", 0),
        Some(&Response::Choice("prompt".into()))
    );
    // A party with the organization's id 0, and two sharing an id, get ids of their own.
    let mut answers = Answers {
        modules: vec!["serious_partner".into()],
        ..Answers::default()
    };
    for (id, name) in [(0, "Zero"), (5, "Five"), (5, "Also five")] {
        answers.parties.push(Party {
            id,
            name: name.into(),
            own: false,
        });
    }
    answers
        .responses
        .insert(key("b.ceo.q", 5), Response::Choice("present".into()));
    let (kept, dropped) = retain_known(content, answers);
    let ids: Vec<u16> = kept.parties.iter().map(|p| p.id).collect();
    assert_eq!(ids, [1, 5, 2]);
    assert_eq!(
        (dropped, kept.response("b.ceo.q", 5).is_some()),
        (0, true),
        "answers stay with the first holder"
    );
}

#[test]
fn the_next_subject_id_is_free_even_when_the_top_id_is_taken() {
    use partnering_core::answers::Party;
    let mut answers = Answers::default();
    answers.parties.push(Party {
        id: u16::MAX,
        name: "Top".into(),
        own: false,
    });
    answers.parties.push(Party {
        id: 1,
        name: "One".into(),
        own: false,
    });
    assert_eq!(answers.next_subject_id(), 2);
}
