//! Content validation: the bundled content keeps its public contract, and content broken one
//! rule at a time is refused with an error naming the offending id.

use std::collections::HashSet;

use crate::common::{ContentFiles, content};
use partnering_core::content::{ContentError, LoadError, SEED_FILES, validate};
use partnering_core::model::{
    AnswerMatch, CapRule, Content, Dimension, Module, Question, QuestionKind, Recommendation,
    Trigger,
};

fn module<'a>(content: &'a mut Content, id: &str) -> &'a mut Module {
    content.modules.iter_mut().find(|m| m.id == id).unwrap()
}

fn dimension<'a>(content: &'a mut Content, id: &str) -> &'a mut Dimension {
    content
        .modules
        .iter_mut()
        .flat_map(|m| &mut m.dimensions)
        .find(|d| d.id == id)
        .unwrap()
}

fn question<'a>(content: &'a mut Content, id: &str) -> &'a mut Question {
    content
        .modules
        .iter_mut()
        .flat_map(|m| {
            m.profile
                .iter_mut()
                .chain(m.dimensions.iter_mut().flat_map(|d| &mut d.questions))
        })
        .find(|q| q.id == id)
        .unwrap()
}

/// Breaks a copy of the bundled content and returns what validation reports.
fn errors_after(break_it: impl FnOnce(&mut Content)) -> Vec<ContentError> {
    let mut broken = content().clone();
    break_it(&mut broken);
    match validate(&broken) {
        Ok(()) => panic!("the broken content was accepted"),
        Err(errors) => errors,
    }
}

/// Asserts that some error has exactly `id` and that its message mentions `id` and `words`.
fn assert_names(errors: &[ContentError], id: &str, words: &str) {
    let found = errors.iter().any(|error| {
        let message = error.to_string();
        error.id == id && message.contains(id) && message.contains(words)
    });
    assert!(found, "no error names `{id}` with `{words}`: {errors:#?}");
}

#[test]
fn bundled_content_passes_validation() {
    assert_eq!(validate(content()), Ok(()));
}

#[test]
fn module_ids_are_the_public_contract() {
    let ids: Vec<&str> = content().modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        ["collaboration", "serious_partner", "tiering", "health"]
    );
}

#[test]
fn every_bundled_source_is_a_seed_file() {
    let content = content();
    let mut sources: Vec<(&str, &str)> = Vec::new();
    for module in &content.modules {
        sources.extend(
            module
                .sources
                .iter()
                .map(|s| (module.id.as_str(), s.as_str())),
        );
        sources.extend(
            module
                .guidance
                .iter()
                .map(|g| (module.id.as_str(), g.source.as_str())),
        );
        for question in module
            .profile
            .iter()
            .chain(module.dimensions.iter().flat_map(|d| &d.questions))
        {
            sources.push((question.id.as_str(), &question.source));
        }
        for recommendation in module.dimensions.iter().flat_map(|d| &d.recommendations) {
            sources.push((&recommendation.id, &recommendation.source));
        }
        for rules in module.tiering.iter() {
            for flag in &rules.flags {
                sources.push((module.id.as_str(), &flag.source));
            }
            for finding in &rules.findings {
                sources.push((module.id.as_str(), &finding.source));
            }
        }
        for cap in &module.caps {
            sources.push((&cap.id, &cap.source));
        }
    }
    assert!(
        sources.len() > 100,
        "every question and recommendation is checked"
    );
    let strays: Vec<_> = sources
        .into_iter()
        .filter(|(_, source)| !SEED_FILES.contains(source))
        .collect();
    assert!(
        strays.is_empty(),
        "sources that are not seed files: {strays:?}"
    );
}

#[test]
fn bundled_ids_are_unique_across_modules_dimensions_questions_and_recommendations() {
    let mut seen = HashSet::new();
    let mut repeated = Vec::new();
    for module in &content().modules {
        let mut ids = vec![module.id.as_str()];
        ids.extend(module.profile.iter().map(|q| q.id.as_str()));
        for dimension in &module.dimensions {
            ids.push(&dimension.id);
            ids.extend(dimension.questions.iter().map(|q| q.id.as_str()));
            ids.extend(dimension.recommendations.iter().map(|r| r.id.as_str()));
        }
        repeated.extend(ids.into_iter().filter(|id| !seen.insert(*id)));
    }
    assert!(repeated.is_empty(), "repeated ids: {repeated:?}");
    for question in content().modules.iter().flat_map(|m| {
        m.profile
            .iter()
            .chain(m.dimensions.iter().flat_map(|d| &d.questions))
    }) {
        let choices: HashSet<&str> = question.choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            choices.len(),
            question.choices.len(),
            "{} repeats a choice id",
            question.id
        );
    }
}

#[test]
fn parsing_the_bundled_files_gives_the_bundled_content() {
    assert_eq!(ContentFiles::read().parse().as_ref(), Ok(content()));
}

#[test]
fn duplicate_question_id_is_reported_under_that_id() {
    let errors = errors_after(|c| question(c, "d.design.resources").id = "d.design.scope".into());
    assert_names(&errors, "d.design.scope", "more than once");
}

#[test]
fn question_id_repeating_a_dimension_id_is_reported() {
    let errors = errors_after(|c| question(c, "b.ceo.internal").id = "b.ceo".into());
    assert_names(&errors, "b.ceo", "more than once");
}

#[test]
fn duplicate_choice_within_a_question_is_reported_under_question_and_choice() {
    let errors = errors_after(|c| {
        let q = question(c, "d.design.scope");
        q.choices[1].id = q.choices[0].id.clone();
    });
    assert_names(&errors, "d.design.scope/none", "unique");
}

#[test]
fn requirement_on_a_missing_profile_question_is_reported() {
    let errors = errors_after(|c| {
        question(c, "a.channel.exec_attention")
            .requires
            .as_mut()
            .unwrap()
            .question = "a.nowhere".into();
    });
    assert_names(&errors, "a.channel.exec_attention", "a.nowhere");
}

#[test]
fn requirement_on_a_missing_choice_is_reported() {
    let errors = errors_after(|c| {
        let requires = question(c, "a.seam.channel_mna").requires.as_mut().unwrap();
        requires.all_of = vec!["channel".into(), "marketing".into()];
        question(c, "a.seam.channel_mna").kind = QuestionKind::Scored;
    });
    assert_names(&errors, "a.seam.channel_mna", "marketing");
}

#[test]
fn level_thresholds_that_do_not_rise_are_reported() {
    let errors = errors_after(|c| c.levels[2].min = c.levels[1].min);
    assert_names(&errors, "levels", "rise");
}

#[test]
fn tier_thresholds_that_do_not_rise_are_reported() {
    let errors = errors_after(|c| {
        let rules = module(c, "tiering").tiering.as_mut().unwrap();
        rules.readiness.tactical = rules.readiness.strategic;
    });
    assert_names(&errors, "tiering", "thresholds must rise");
}

#[test]
fn levels_not_starting_at_zero_are_reported() {
    let errors = errors_after(|c| c.levels[0].min = 5);
    assert_names(&errors, "levels", "start at 0");
}

#[test]
fn zero_dimension_weight_is_reported() {
    let errors = errors_after(|c| dimension(c, "d.trust").weight = 0.0);
    assert_names(&errors, "d.trust", "weight");
}

#[test]
fn negative_or_nan_question_weight_is_reported() {
    let errors = errors_after(|c| question(c, "d.trust.in_competence").weight = -1.0);
    assert_names(&errors, "d.trust.in_competence", "weight");
    let errors = errors_after(|c| question(c, "c.focus.market").weight = f64::NAN);
    assert_names(&errors, "c.focus.market", "weight");
}

#[test]
fn finding_bands_not_ending_at_100_are_reported() {
    let errors = errors_after(|c| dimension(c, "b.inspect").findings.last_mut().unwrap().max = 99);
    assert_names(&errors, "b.inspect", "100");
}

#[test]
fn recommendation_with_impact_zero_is_reported() {
    let errors = errors_after(|c| dimension(c, "a.mna").recommendations[1].impact = 0);
    let id = dimension(&mut content().clone(), "a.mna").recommendations[1]
        .id
        .clone();
    assert_names(&errors, &id, "impact");
}

/// `after` orders two actions of one module; naming itself, an unknown action, or one that
/// follows another in turn (a chain could loop) is refused.
#[test]
fn an_action_that_follows_itself_an_unknown_one_or_a_follower_is_reported() {
    let recommendation = |c: &mut Content, id: &str| -> Recommendation {
        let found = c
            .modules
            .iter()
            .flat_map(|m| &m.dimensions)
            .flat_map(|d| &d.recommendations);
        found.clone().find(|r| r.id == id).cloned().unwrap()
    };
    let set_after = |c: &mut Content, id: &str, first: &str| {
        let all = c.modules.iter_mut().flat_map(|m| &mut m.dimensions);
        let r = all
            .flat_map(|d| &mut d.recommendations)
            .find(|r| r.id == id)
            .unwrap();
        r.after = Some(first.to_owned());
    };
    let reset = "d.trust.r_reset";
    assert_eq!(
        recommendation(&mut content().clone(), reset)
            .after
            .as_deref(),
        Some("d.stability.r_joint_diagnosis")
    );
    for first in [reset, "d.no_such_action", "c.commitment.r2"] {
        let errors = errors_after(|c| set_after(c, reset, first));
        assert_names(&errors, reset, "`after` names another action of its module");
    }
    // The action followed may not follow another itself.
    let errors = errors_after(|c| set_after(c, "d.stability.r_joint_diagnosis", "d.trust.r1"));
    assert_names(&errors, reset, "one that follows none itself");
}

#[test]
fn question_source_that_is_not_a_seed_file_is_reported() {
    let errors =
        errors_after(|c| question(c, "d.principles.reciprocity").source = "wikipedia.txt".into());
    assert_names(&errors, "d.principles.reciprocity", "seed files");
}

#[test]
fn recommendation_source_that_is_not_a_seed_file_is_reported() {
    let errors = errors_after(|c| {
        dimension(c, "c.origins").recommendations[0].source = "../../etc/passwd".into()
    });
    let id = dimension(&mut content().clone(), "c.origins").recommendations[0]
        .id
        .clone();
    assert_names(&errors, &id, "seed files");
}

#[test]
fn dimension_with_no_questions_is_reported() {
    let errors = errors_after(|c| dimension(c, "d.direction").questions.clear());
    assert_names(&errors, "d.direction", "no questions");
}

#[test]
fn seam_on_functions_the_question_does_not_require_is_reported() {
    let errors = errors_after(|c| {
        question(c, "a.seam.channel_technology")
            .requires
            .as_mut()
            .unwrap()
            .all_of = vec!["channel".into()];
    });
    assert_names(&errors, "a.seam.channel_technology", "seam");
}

#[test]
fn red_flag_that_no_choice_raises_is_reported() {
    let errors = errors_after(|c| {
        if let QuestionKind::RedFlag(rule) = &mut question(c, "c.candor.agendas").kind {
            rule.raised_by.clear();
        }
    });
    assert_names(&errors, "c.candor.agendas", "red flag");
}

#[test]
fn recommendation_without_an_owner_artefact_cadence_or_measure_is_reported() {
    for (field, empty) in [
        ("owner", |r: &mut Recommendation| r.owner.clear()),
        ("artefact", |r: &mut Recommendation| {
            r.artefact = "  ".into()
        }),
        ("cadence", |r: &mut Recommendation| r.cadence.clear()),
        ("measure", |r: &mut Recommendation| r.measure.clear()),
    ] as [(&str, fn(&mut Recommendation)); 4]
    {
        let errors = errors_after(|c| empty(&mut dimension(c, "d.trust").recommendations[0]));
        let id = dimension(&mut content().clone(), "d.trust").recommendations[0]
            .id
            .clone();
        assert_names(&errors, &id, field);
    }
}

#[test]
fn scored_question_with_fewer_than_three_anchored_choices_is_reported() {
    let errors = errors_after(|c| {
        let q = question(c, "d.design.scope");
        q.choices.drain(1..4);
    });
    assert_names(&errors, "d.design.scope", "three anchored choices");
}

#[test]
fn choice_without_a_detail_is_reported() {
    let errors = errors_after(|c| question(c, "b.inspect.plans").choices[2].detail.clear());
    assert_names(&errors, "b.inspect.plans/some", "detail");
}

#[test]
fn choices_that_do_not_run_from_worst_to_best_are_reported() {
    let errors = errors_after(|c| question(c, "c.focus.market").choices[1].score = 90);
    assert_names(&errors, "c.focus.market", "worst to best");
    let errors = errors_after(|c| question(c, "b.executive.q").choices[3].score_small = Some(25));
    assert_names(&errors, "b.executive.q", "small company");
}

#[test]
fn trigger_naming_a_missing_cap_or_a_question_elsewhere_is_reported() {
    let errors = errors_after(|c| {
        dimension(c, "d.design").recommendations[0].when = Trigger::Cap("d.cap_nowhere".into());
    });
    let id = dimension(&mut content().clone(), "d.design").recommendations[0]
        .id
        .clone();
    assert_names(&errors, &id, "d.cap_nowhere");
    let errors = errors_after(|c| {
        dimension(c, "d.design").recommendations[0].when = Trigger::Answer(AnswerMatch {
            question: "d.trust.in_competence".into(),
            choices: vec!["redo".into()],
        });
    });
    assert_names(&errors, &id, "its own dimension");
}

#[test]
fn cap_on_an_answer_the_module_does_not_offer_is_reported() {
    let errors = errors_after(|c| {
        if let CapRule::Answers(rule) = &mut module(c, "health").caps[0].rule {
            rule.matches[0].choices = vec!["fired".into()];
        }
    });
    assert_names(&errors, "d.cap_destabilized", "does not offer");
    let errors = errors_after(|c| module(c, "health").caps[0].level = 5);
    assert_names(&errors, "d.cap_destabilized", "1-4");
}

#[test]
fn sign_guidance_with_a_gap_is_reported() {
    let errors = errors_after(|c| {
        module(c, "serious_partner").guidance.remove(1);
    });
    assert_names(&errors, "serious_partner", "0 to 12 points");
}

#[test]
fn opening_question_without_the_three_sizes_is_reported() {
    let errors = errors_after(|c| c.opening[0].choices.truncate(2));
    assert_names(&errors, "org.size", "small, mid and large");
}

#[test]
fn each_broken_rule_is_reported_alone() {
    let errors = errors_after(|c| dimension(c, "a.mna").recommendations[1].impact = 0);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let errors = errors_after(|c| question(c, "d.design.resources").id = "d.design.scope".into());
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn malformed_module_json_is_a_parse_error_naming_the_file() {
    let mut files = ContentFiles::read();
    files.modules[1].1 = "{ \"id\": \"serious_partner\", ".into();
    let Err(error) = files.parse() else {
        panic!("malformed JSON was accepted");
    };
    assert!(
        matches!(&error, LoadError::Parse { file, .. } if file == "module_b_serious_partner.json"),
        "{error:?}"
    );
    assert!(error.to_string().contains("module_b_serious_partner.json"));
}

#[test]
fn module_json_of_the_wrong_shape_is_a_parse_error_naming_the_file() {
    let mut files = ContentFiles::read();
    files.modules[3].1 = r#"{"id": 4, "title": ["not", "a", "module"]}"#.into();
    let error = files.parse().unwrap_err();
    assert!(
        matches!(&error, LoadError::Parse { file, .. } if file == "module_d_health.json"),
        "{error:?}"
    );
}

#[test]
fn malformed_levels_json_is_a_parse_error_naming_levels_json() {
    let mut files = ContentFiles::read();
    files.levels = "[1, 2".into();
    let error = files.parse().unwrap_err();
    assert!(
        matches!(&error, LoadError::Parse { file, .. } if file == "levels.json"),
        "{error:?}"
    );
    assert!(error.to_string().contains("levels.json"));
}

#[test]
fn well_formed_but_invalid_module_json_lists_the_offending_id() {
    let mut broken = content().modules[3].clone();
    broken.dimensions[0].weight = -2.0;
    let json = serde_json::to_string(&broken).unwrap();
    let mut files = ContentFiles::read();
    files.modules[3].1 = json;
    let error = files.parse().unwrap_err();
    let LoadError::Invalid(errors) = &error else {
        panic!("expected a rule violation, got {error:?}");
    };
    assert_names(errors, "d.design", "weight");
    assert!(error.to_string().contains("d.design"));
}

#[test]
fn knock_out_question_left_out_of_the_quick_check_is_reported_under_its_cap() {
    let errors = errors_after(|c| question(c, "d.stability.narrative").quick = false);
    assert_names(
        &errors,
        "d.cap_destabilized",
        "`d.stability.narrative` can fire this knock-out, so the quick check must ask it",
    );
}

/// A knock-out may leave a deeper question to the full assessment only where another one the
/// quick check asks in full holds the level at Defined wherever it could fire: "no trust
/// either way" needs both directions of customer information withheld, which "no trust"
/// already caps at Defined. Without that other knock-out, the question must be asked.
#[test]
fn a_knock_out_question_may_wait_for_the_full_assessment_only_behind_another_knock_out() {
    assert!(
        !question(&mut content().clone(), "d.trust.in_competence").quick,
        "asked in the full assessment only"
    );
    let errors = errors_after(|c| {
        let health = c
            .modules
            .iter_mut()
            .find(|m| m.id.as_str() == "health")
            .unwrap();
        health.caps.retain(|cap| cap.id != "d.cap_no_trust");
    });
    assert_names(
        &errors,
        "d.cap_no_trust_either_way",
        "`d.trust.in_competence` can fire this knock-out, so the quick check must ask it",
    );
}

/// The consistency rules name questions and choices by id: each must exist in the bundled
/// content, or a rule could never fire. Each rule's own example fires it, naming
/// two questions.
#[test]
fn every_consistency_rule_fires_on_the_answers_it_names() {
    let examples = partnering_core::scoring::contradiction_examples(content());
    assert!(examples.len() >= 5);
    for (id, answers) in &examples {
        let report = partnering_core::scoring::score(content(), answers);
        let fired: Vec<&str> = report
            .contradictions
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert!(
            fired.contains(id),
            "{id} does not fire on its example: {fired:?}"
        );
        let contradiction = report.contradictions.iter().find(|c| c.id == *id).unwrap();
        assert_eq!(contradiction.questions.len(), 2, "{contradiction:?}");
        assert!(!contradiction.text.contains('{'), "{}", contradiction.text);
    }
}

#[test]
fn every_module_measures_at_least_two_actions_by_a_business_result() {
    for module in &content().modules {
        let results: Vec<&str> = module
            .dimensions
            .iter()
            .flat_map(|d| &d.recommendations)
            .filter(|r| r.result)
            .map(|r| r.measure.as_str())
            .collect();
        assert!(results.len() >= 2, "{}: {results:?}", module.id);
    }
    let errors = errors_after(|c| {
        for r in c.modules[3]
            .dimensions
            .iter_mut()
            .flat_map(|d| &mut d.recommendations)
        {
            r.result = false;
        }
    });
    assert_names(&errors, "health", "measured by a business result");
    let errors = errors_after(|c| {
        let r = c.modules[3]
            .dimensions
            .iter_mut()
            .flat_map(|d| &mut d.recommendations)
            .find(|r| r.result)
            .unwrap();
        r.measure = "More joint meetings held".into();
    });
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("names its baseline and its target")),
        "{errors:?}"
    );
}

#[test]
fn cited_research_needs_its_source_year_sample_and_a_real_answer() {
    let errors = errors_after(|c| {
        c.evidence[0].when.question = "d.nowhere".into();
        c.evidence[1].year = 1066;
        c.evidence[2].sample = String::new();
    });
    assert_names(&errors, "research.alliance_function", "`d.nowhere`");
    assert_names(&errors, "research.early_trouble", "1950-2100");
    assert_names(&errors, "research.trust_costs", "sample");
}

/// Every question and choice a consistency rule reads exists in the bundled content.
#[test]
fn every_consistency_claim_names_a_question_and_choices_the_content_has() {
    for (question, choices) in partnering_core::scoring::contradiction_claims() {
        let found = content()
            .questions()
            .find(|(q, _)| q.id.as_str() == question)
            .map(|(q, _)| q)
            .unwrap_or_else(|| panic!("no question {question}"));
        for choice in choices {
            assert!(
                found.choices.iter().any(|c| c.id.as_str() == *choice),
                "{question} offers no {choice}"
            );
        }
    }
}

#[test]
fn a_cause_condition_naming_a_question_the_module_lacks_is_reported() {
    let errors = errors_after(|c| {
        let rec = dimension(c, "d.stability")
            .recommendations
            .iter_mut()
            .find(|r| r.id == "d.stability.r_after_reorganization")
            .unwrap();
        rec.given = Some(AnswerMatch {
            question: "d.nowhere".into(),
            choices: vec!["reorganization".into()],
        });
    });
    assert_names(&errors, "d.stability.r_after_reorganization", "d.nowhere");
    let errors = errors_after(|c| {
        let rec = dimension(c, "d.stability")
            .recommendations
            .iter_mut()
            .find(|r| r.id == "d.stability.r_joint_diagnosis")
            .unwrap();
        rec.unless = Some(AnswerMatch {
            question: "d.stability.move_cause".into(),
            choices: vec!["retired".into()],
        });
    });
    assert_names(&errors, "d.stability.r_joint_diagnosis", "does not offer");
}
