//! Worked examples with hand-computed expectations.

use crate::common::*;
use partnering_core::model::Tier;
use partnering_core::scoring::{ModuleDetail, ModuleStatus, score};

#[test]
fn all_five_functions_with_no_seams_scores_low_and_names_the_seams() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    for question in content.modules[0]
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
    {
        if question.seam.is_some() {
            choose(&mut a, &question.id, 0, "none");
        }
    }
    let report = score(content, &a);
    let module = &report.modules[0];
    let seams = module
        .dimensions
        .iter()
        .find(|d| d.id == "a.seams")
        .and_then(|d| d.score);
    assert_eq!(seams.map(|s| s.value), Some(0.0));
    let ModuleDetail::Collaboration {
        collaboration_index,
        weakest_seams,
        seams,
        ..
    } = &module.detail
    else {
        panic!("module A has a collaboration view");
    };
    assert_eq!(*collaboration_index, Some(0.0));
    assert_eq!(seams.len(), 10);
    assert_eq!(weakest_seams.len(), 3);
    assert!(module.recommendations.iter().any(|r| r.dimension == "Collaboration across the seams" || r.id.starts_with("a.seams")));
}

#[test]
fn absent_functions_skip_their_questions_and_seams() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel", "technology"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let report = score(content, &a);
    let module = &report.modules[0];
    let applicable: Vec<(&str, usize)> = module
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.applicable))
        .collect();
    assert_eq!(
        applicable,
        [
            ("a.channel", 3),
            ("a.technology", 3),
            ("a.mna", 0),
            ("a.venture", 0),
            ("a.alliances", 0),
            ("a.seams", 1)
        ]
    );
    assert_eq!(module.score().map(|s| s.value), Some(100.0));
    assert_eq!(module.score().map(|s| s.level), Some(5));
}

#[test]
fn six_strategic_partners_raise_everyone_is_strategic() {
    let content = content();
    let mut a = answers(&["tiering"]);
    for id in 1..=6 {
        partner(&mut a, id, &format!("Partner {id}"), Tier::Strategic);
    }
    answer_all(content, &mut a, "tiering", usize::MAX);
    let report = score(content, &a);
    let ModuleDetail::Tiering {
        red_flags,
        shape,
        declared_counts,
        ..
    } = &report.modules[0].detail
    else {
        panic!("module C has a tiering view");
    };
    assert!(red_flags.contains(&"everyone_strategic".to_owned()));
    assert_eq!(declared_counts, &[6, 0, 0, 0]);
    assert!(
        shape.len() >= 2,
        "too many strategic and too few tactical are both reported"
    );
}

#[test]
fn executive_lunch_partner_is_flagged_and_capped_below_strategic() {
    let content = content();
    let mut a = answers(&["tiering"]);
    partner(&mut a, 1, "Lunch Co", Tier::Strategic);
    answer_all(content, &mut a, "tiering", usize::MAX);
    choose(&mut a, "c.origins.start", 1, "exec_lunch");
    let report = score(content, &a);
    let ModuleDetail::Tiering { partners, .. } = &report.modules[0].detail else {
        panic!("tiering view")
    };
    assert_eq!(partners[0].red_flags, ["executive_lunch"]);
    // Everything else is at its best, so the score alone (85) would earn strategic.
    assert_eq!(partners[0].score, Some(85.0));
    assert_eq!(partners[0].recommended, Some(Tier::Tactical));
}

#[test]
fn weak_partner_is_recommended_for_exit() {
    let content = content();
    let mut a = answers(&["tiering"]);
    partner(&mut a, 1, "Drifting Ltd", Tier::Tactical);
    answer_all(content, &mut a, "tiering", 0);
    let report = score(content, &a);
    let ModuleDetail::Tiering { partners, .. } = &report.modules[0].detail else {
        panic!("tiering view")
    };
    assert_eq!(partners[0].score, Some(0.0));
    assert_eq!(partners[0].recommended, Some(Tier::Exit));
}

#[test]
fn partner_with_no_signs_gets_reconsider_guidance() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    answer_all(content, &mut a, "serious_partner", 0);
    for dimension in &content.modules[1].dimensions {
        choose(&mut a, &dimension.questions[0].id, 2, "present");
    }
    let report = score(content, &a);
    let ModuleDetail::Signs { parties } = &report.modules[0].detail else {
        panic!("signs view")
    };
    assert_eq!((parties[0].present, parties[1].present), (0, 6));
    let none = content.modules[1]
        .guidance
        .iter()
        .find(|g| g.max == 0)
        .map(|g| g.text.clone());
    let all = content.modules[1]
        .guidance
        .iter()
        .find(|g| g.min == 6)
        .map(|g| g.text.clone());
    assert_eq!(parties[0].guidance, none);
    assert_eq!(parties[1].guidance, all);
    // The module scores the mean of the two parties: (0 + 100) / 2 on every sign.
    assert_eq!(report.modules[0].score().map(|s| s.value), Some(50.0));
}

#[test]
fn not_applicable_and_unanswered_are_left_out_of_the_denominator() {
    let content = content();
    let mut a = answers(&["health"]);
    choose(&mut a, "d.stability.people", 0, "kept");
    a.responses.insert(
        partnering_core::answers::ResponseKey {
            question: "d.stability.resources".into(),
            subject: 0,
        },
        partnering_core::answers::Response::NotApplicable,
    );
    let report = score(content, &a);
    let stability = report.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "d.stability")
        .map(|d| (d.score.map(|s| s.value), d.applicable));
    assert_eq!(stability, Some((Some(100.0), 4)));
}

#[test]
fn module_with_too_few_answers_says_so_instead_of_scoring() {
    let content = content();
    let mut a = answers(&["health"]);
    choose(&mut a, "d.design.scope", 0, "maintained");
    let report = score(content, &a);
    assert!(matches!(
        report.modules[0].status,
        ModuleStatus::Insufficient { answered: 1, .. }
    ));
    assert_eq!(report.overall, None);
    assert!(report.top_actions.is_empty());
}

#[test]
fn full_health_answers_give_trust_profile_and_top_risks() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", usize::MAX);
    choose(&mut a, "d.principles.consistency", 0, "erratic");
    choose(&mut a, "d.stability.credit", 0, "line_item");
    let report = score(content, &a);
    let ModuleDetail::Health {
        trust_profile,
        top_risks,
    } = &report.modules[0].detail
    else {
        panic!("health view")
    };
    assert_eq!(
        trust_profile.len(),
        14,
        "competence, intentions and twelve principles"
    );
    assert_eq!(
        top_risks
            .iter()
            .map(|r| r.question.as_str())
            .collect::<Vec<_>>(),
        ["d.principles.consistency", "d.stability.credit"]
    );
}

#[test]
fn overall_is_the_mean_of_scored_modules_with_top_three_actions() {
    let content = content();
    let mut a = answers(&["health", "collaboration"]);
    answer_all(content, &mut a, "health", 0);
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let report = score(content, &a);
    assert_eq!(report.overall.map(|s| s.value), Some(50.0));
    assert_eq!(report.overall.map(|s| s.level), Some(3));
    assert_eq!(report.top_actions.len(), 3);
    assert!(report.top_actions.iter().all(|a| a.module == "health"));
    assert!(report.verdict.is_some());
    assert!(!report.strengths.is_empty());
}

#[test]
fn the_level_follows_the_score_as_shown_in_whole_points() {
    let levels = &content().levels;
    let shown = partnering_core::scoring::make_score(levels, 59.6);
    assert_eq!(
        (shown.rounded(), shown.level),
        (60, 4),
        "60 / 100 is Managed"
    );
    let below = partnering_core::scoring::make_score(levels, 59.4);
    assert_eq!((below.rounded(), below.level), (59, 3));
}
