//! The plan's verbs, through the session as the pages use them: targets, picking (at most
//! `MAX_PLANNED`), owners cleaned, due dates, and the day the plan was made.

use crate::common::content;
use partnering_core::answers::Answers;
use partnering_core::plan::{Date, MAX_PLANNED, Plan, PlanEdit, PlannedAction, Target};
use partnering_core::session::{Action, State};

fn action(id: &str) -> PlannedAction {
    PlannedAction {
        id: id.into(),
        owner: "Head of partnerships".into(),
        due: Date::new(2027, 3, 1).unwrap(),
    }
}

fn edited(plan: Plan, edits: impl IntoIterator<Item = PlanEdit>) -> Plan {
    let mut state = State {
        answers: Answers {
            plan,
            ..Answers::default()
        },
        ..State::default()
    };
    let today = Date::new(2026, 12, 6).unwrap();
    for edit in edits {
        state.apply(content(), Action::EditPlan { edit, today });
    }
    state.answers.plan
}

#[test]
fn plan_edits() {
    let today = Date::new(2026, 12, 6);
    let earlier = Date::new(2026, 11, 1);
    let target = |level| PlanEdit::Target {
        module: "health".into(),
        level,
    };
    let with_a = Plan {
        actions: vec![action("a")],
        made: earlier,
        ..Plan::default()
    };
    let cases: Vec<(&str, Plan, Vec<PlanEdit>, Plan)> = vec![
        (
            "a target makes the plan today",
            Plan::default(),
            vec![target(3)],
            Plan {
                targets: vec![Target {
                    module: "health".into(),
                    level: 3,
                }],
                made: today,
                ..Plan::default()
            },
        ),
        (
            "a second target replaces the first",
            Plan::default(),
            vec![target(3), target(5)],
            Plan {
                targets: vec![Target {
                    module: "health".into(),
                    level: 5,
                }],
                made: today,
                ..Plan::default()
            },
        ),
        (
            "a level out of range is refused",
            Plan::default(),
            vec![target(0), target(6)],
            Plan::default(),
        ),
        (
            "picking keeps the day it was made",
            Plan {
                made: earlier,
                ..Plan::default()
            },
            vec![PlanEdit::Toggle(action("a"))],
            with_a.clone(),
        ),
        (
            "picking again unpicks",
            with_a.clone(),
            vec![PlanEdit::Toggle(action("a"))],
            Plan {
                made: earlier,
                ..Plan::default()
            },
        ),
        (
            "an owner is cleaned",
            with_a.clone(),
            vec![PlanEdit::Owner {
                id: "a".into(),
                owner: "  Ana\u{202e} Lopez \n".into(),
            }],
            Plan {
                actions: vec![PlannedAction {
                    owner: "Ana Lopez".into(),
                    ..action("a")
                }],
                ..with_a.clone()
            },
        ),
        (
            "an owner of an action not picked changes nothing",
            with_a.clone(),
            vec![PlanEdit::Owner {
                id: "b".into(),
                owner: "Ana".into(),
            }],
            with_a.clone(),
        ),
        (
            "a due date",
            with_a.clone(),
            vec![PlanEdit::Due {
                id: "a".into(),
                due: Date::new(2027, 1, 2).unwrap(),
            }],
            Plan {
                actions: vec![PlannedAction {
                    due: Date::new(2027, 1, 2).unwrap(),
                    ..action("a")
                }],
                ..with_a.clone()
            },
        ),
    ];
    for (name, plan, edits, expected) in cases {
        assert_eq!(edited(plan, edits), expected, "{name}");
    }
}

#[test]
fn a_full_plan_takes_no_more_actions() {
    let full = Plan {
        actions: (0..MAX_PLANNED).map(|n| action(&n.to_string())).collect(),
        ..Plan::default()
    };
    assert!(full.is_full());
    let after = edited(full.clone(), [PlanEdit::Toggle(action("one more"))]);
    assert_eq!(after.actions, full.actions);
    let fewer = edited(full, [PlanEdit::Toggle(action("0"))]);
    assert_eq!(
        fewer.actions.len(),
        MAX_PLANNED - 1,
        "unpicking still works"
    );
}
