//! Progress that only moves forward: the minutes left never rise over a whole journey (time for
//! companies added beyond the plan is counted apart), the stepper marks modules done, current
//! and ahead, continuing goes to the first unanswered screen, and Change names its question.

use crate::common::*;
use partnering_core::answers::{Answers, Response};
use partnering_core::journey::{
    Stage, StepKind, added_companies, first_unanswered, module_steps, neighbours, opening_position,
    position, step_questions, stepper,
};
use partnering_core::model::{QuestionKind, SubjectId, Tier};
use partnering_core::route::Route;

/// Answers everything on the screen shown, adding companies where the screen asks for them.
fn answer_screen(a: &mut Answers, module: &str, index: usize) {
    let content = content();
    let Some(m) = content.modules.iter().find(|m| m.id == module) else {
        return;
    };
    let Some(step) = module_steps(m, a).get(index).cloned() else {
        return;
    };
    if step == StepKind::Subjects {
        let next = a.next_subject_id().0;
        party(a, next, "Us", true);
        party(a, next + 1, "Acme", false);
        partner(a, next + 2, "Globex", Tier::Strategic);
        partner(a, next + 3, "Initech", Tier::Tactical);
        return;
    }
    for (question, subject) in step_questions(m, &step) {
        let response = match question.kind {
            QuestionKind::Many => Response::Choices(
                ["channel", "alliances", "technology"]
                    .map(Into::into)
                    .to_vec(),
            ),
            _ => match question.choices.first() {
                Some(choice) => Response::Choice(choice.id.clone()),
                None => continue,
            },
        };
        respond(a, question.id.as_str(), subject, response);
    }
}

/// Walks the whole journey forward, answering each screen; returns the minutes left and the
/// added minutes as shown on arriving at each screen, the opening screen first.
fn walk(quick: bool) -> Vec<(usize, usize)> {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    a.quick = quick;
    let opening = opening_position(content, &a);
    let mut shown = vec![(opening.minutes_left, opening.added_minutes)];
    size(&mut a, "mid");
    let mut at = Route::Step {
        module: "collaboration".into(),
        index: 0,
    };
    while let Route::Step { module, index } = at.clone() {
        let place = position(content, &a, &module, index).expect("a screen of the journey");
        shown.push((place.minutes_left, place.added_minutes));
        answer_screen(&mut a, module.as_str(), index);
        // As shown right after answering (a company added, functions ticked) as well.
        let after = position(content, &a, &module, index).expect("still part of it");
        shown.push((after.minutes_left, after.added_minutes));
        at = neighbours(content, &a, &module, index).next;
    }
    assert_eq!(at, Route::Review);
    shown
}

#[test]
fn minutes_left_never_rise_over_a_full_journey_with_partners_added_midway() {
    for quick in [false, true] {
        let shown = walk(quick);
        let left: Vec<usize> = shown.iter().map(|(left, _)| *left).collect();
        assert!(
            left.windows(2).all(|w| w[1] <= w[0]),
            "quick {quick}: {left:?}"
        );
        assert!(left[0] > left[left.len() - 1], "quick {quick}: {left:?}");
        assert!(
            shown.iter().any(|(_, added)| *added > 0),
            "the companies added beyond the plan are counted apart: {shown:?}"
        );
    }
}

#[test]
fn the_added_minutes_name_the_companies_still_to_come() {
    let content = content();
    let mut a = answers(&["serious_partner", "tiering"]);
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Acme", false);
    partner(&mut a, 3, "Globex", Tier::Strategic);
    partner(&mut a, 4, "Initech", Tier::Tactical);
    let b = "serious_partner".into();
    assert_eq!(added_companies(content, &a, &b, 0), ["Acme", "Initech"]);
    let c = content.module(&"tiering".into()).expect("tiering");
    let last = module_steps(c, &a).len() - 1;
    assert_eq!(added_companies(content, &a, &c.id, last), ["Initech"]);
    let at = position(content, &a, &c.id, last).expect("C's last screen");
    assert!(at.added_minutes > 0, "Initech's last page is still to come");
}

#[test]
fn the_stepper_marks_finished_modules_done_and_the_shown_one_current() {
    let content = content();
    let mut a = answers(&["health", "collaboration"]);
    answer_all(content, &mut a, "health", 2);
    let stages: Vec<(String, Stage)> = stepper(content, &a, Some(&"collaboration".into()))
        .into_iter()
        .map(|e| (e.letter, e.stage))
        .collect();
    assert_eq!(
        stages,
        [("D".into(), Stage::Done), ("A".into(), Stage::Current)]
    );
    let opening = stepper(content, &answers(&["health"]), None);
    assert_eq!(opening.first().map(|e| e.stage), Some(Stage::Ahead));
}

#[test]
fn continuing_a_quick_check_goes_to_the_first_unanswered_screen() {
    let content = content();
    let mut a = answers(&["health"]);
    a.quick = true;
    let m = content.module(&"health".into()).expect("health");
    for index in 0..module_steps(m, &a).len() {
        answer_screen(&mut a, "health", index);
    }
    assert_eq!(
        first_unanswered(content, &a),
        Route::Review,
        "the quick check is done"
    );
    a.quick = false;
    let Route::Step { module, index } = first_unanswered(content, &a) else {
        panic!("the full assessment has more to ask");
    };
    assert_eq!(module.as_str(), "health");
    let steps = module_steps(m, &a);
    let open = step_questions(m, &steps[index])
        .into_iter()
        .filter(|(q, s)| a.response(&q.id, *s).is_none())
        .count();
    assert!(open > 0, "screen {index} has something to answer");
    // The quick check's answers sit on earlier screens or on this one: none is asked again.
    answer_all(content, &mut a, "health", 1);
    assert_eq!(first_unanswered(content, &a), Route::Review);
}

#[test]
fn change_names_its_question_in_the_address() {
    let edit = Route::Edit {
        module: "health".into(),
        index: 2,
        question: Some(format!("q-d.trust.1-{}", SubjectId::ORGANIZATION)),
    };
    assert_eq!(edit.to_hash(), "#/edit/health/2/q-d.trust.1-0");
    assert_eq!(Route::parse(&edit.to_hash()), edit);
    assert!(matches!(
        Route::parse("#/edit/health/2"),
        Route::Edit { question: None, .. }
    ));
    assert!(matches!(
        Route::parse("#/step/health/2/q-x-0"),
        Route::NotFound(_)
    ));
}
