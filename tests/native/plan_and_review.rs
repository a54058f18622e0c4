//! From report to plan, and the two-sided review: plan defaults from the content, the plan in
//! share links and exports (and old links without one), the calendar, spreadsheet and
//! Markdown exports with hostile names, progress since an earlier assessment, invitations,
//! and the gap between two sides.

use crate::common::hostile::HOSTILE_NAMES;
use crate::common::*;
use partnering_core::answers::{Answers, retain_known};
use partnering_core::compare::{Side, TeamInput, team};
use partnering_core::export::{from_json, to_json};
use partnering_core::model::{Horizon, ModuleId};
use partnering_core::plan::{
    ActionOutcome, Date, DueDateError, LAST_DUE, MAX_PLANNED, Plan, PlannedAction, RefusedDue,
    Target, default_due, default_plan, passed_note, plan_csv, plan_ics, plan_markdown, read_due,
    recommendation, since, targets,
};
use partnering_core::scoring::score;
use partnering_core::share;
use partnering_core::share::layouts;
use partnering_core::two_sided::{
    Invitation, InviteError, gap, invite_token, invited_answers, is_same_answers, read_invite,
};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
}

/// Module D answered at `pick` everywhere (0 worst, usize::MAX best).
fn health(pick: usize) -> Answers {
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    answer_all(content(), &mut a, "health", pick);
    a
}

#[test]
fn dates_count_days_across_months_leap_years_and_read_back() {
    assert_eq!(day("2026-11-30").plus_days(90).to_string(), "2027-02-28");
    assert_eq!(day("2028-02-28").plus_days(1).to_string(), "2028-02-29");
    assert_eq!(day("2027-12-31").plus_days(1).compact(), "20280101");
    for bad in [
        "2026-02-30",
        "2026-13-01",
        "26-01-01",
        "2026-1-1",
        "",
        "not a date",
        "1969-12-31",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    let d = day("2031-07-04");
    assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
}

#[test]
fn a_new_plan_takes_the_three_most_valuable_actions_with_their_owner_and_horizon() {
    let report = score(content(), &health(1));
    let today = day("2026-11-30");
    let plan = default_plan(&report, today);
    assert_eq!(plan.made, Some(today));
    assert_eq!(plan.actions.len(), report.top_actions.len());
    assert_eq!(plan.actions.len(), 3);
    for (planned, action) in plan.actions.iter().zip(&report.top_actions) {
        assert_eq!(planned.id, action.id);
        assert_eq!(planned.owner, action.owner, "the role the content names");
        let expected = match action.horizon {
            Horizon::Quarter => "2027-02-28",
            Horizon::Year => "2027-11-30",
        };
        assert_eq!(planned.due.to_string(), expected, "{}", action.id);
    }
}

#[test]
fn targets_default_to_one_level_up_and_follow_what_the_person_sets() {
    let a = health(1);
    let report = score(content(), &a);
    let now = report.modules[0].rating().map(|r| r.level()).unwrap_or(0);
    let health = ModuleId::from("health");
    assert!(
        targets(&report, &Plan::default()).is_empty(),
        "no plan, no outline"
    );
    let mut plan = default_plan(&report, day("2026-11-30"));
    assert_eq!(plan.target(&report, &health), Some((now + 1).min(5)));
    plan.targets.push(Target {
        module: health.clone(),
        level: 5,
    });
    assert_eq!(targets(&report, &plan), [(health.clone(), 5)]);
    let best = score(content(), &self::health(usize::MAX));
    assert_eq!(
        Plan::default().target(&best, &health),
        Some(5),
        "never above 5"
    );
}

fn with_plan() -> Answers {
    let mut a = health(1);
    let report = score(content(), &a);
    a.plan = default_plan(&report, day("2026-11-30"));
    a.plan.targets.push(Target {
        module: "health".into(),
        level: 4,
    });
    a.plan.actions[0].owner = "Ana Lopez, Head of alliances".into();
    a.plan.actions[1].due = day("2027-01-15");
    a
}

#[test]
fn the_plan_travels_in_the_share_link_and_the_json_export() {
    let a = with_plan();
    let token = share::encode(content(), &a);
    let opened =
        share::decode(content(), &layouts::history(), &token).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.answers.plan, a.plan);
    let report = score(content(), &a);
    let imported = from_json(content(), &to_json(content(), &a, &report, "2026-11-30"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.answers.plan, a.plan);
    // A link without a plan is what every older link is: it opens with none.
    let plain = share::encode(content(), &health(1));
    let opened =
        share::decode(content(), &layouts::history(), &plain).unwrap_or_else(|e| panic!("{e}"));
    assert!(opened.answers.plan.is_empty());
}

#[test]
fn a_loaded_plan_keeps_only_what_the_content_and_the_modules_still_have() {
    let mut a = with_plan();
    a.plan.actions.push(PlannedAction {
        id: "no.such.action".into(),
        owner: "x".into(),
        due: day("2027-01-01"),
    });
    a.plan.actions.push(a.plan.actions[0].clone());
    a.plan.actions[1].owner = "\u{202e}Mallory\u{202c}\u{200b}  ".into();
    a.plan.targets.push(Target {
        module: "collaboration".into(),
        level: 3,
    });
    a.plan.targets.push(Target {
        module: "health".into(),
        level: 9,
    });
    let (kept, _) = retain_known(content(), a);
    assert_eq!(
        kept.plan.actions.len(),
        3,
        "unknown and repeated actions dropped"
    );
    assert_eq!(kept.plan.actions[1].owner, "Mallory");
    assert_eq!(
        kept.plan.targets,
        [Target {
            module: "health".into(),
            level: 4
        }]
    );
    let mut many = health(0);
    many.plan.actions = content()
        .modules
        .iter()
        .flat_map(|m| m.dimensions.iter().flat_map(|d| &d.recommendations))
        .map(|r| PlannedAction {
            id: r.id.clone(),
            owner: "Owner".into(),
            due: day("2027-01-01"),
        })
        .collect();
    assert!(many.plan.actions.len() > MAX_PLANNED);
    let (kept, _) = retain_known(content(), many);
    assert_eq!(kept.plan.actions.len(), MAX_PLANNED);
}

/// Unfolds iCalendar content lines (a CRLF followed by a space continues the line).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_calendar_file_is_valid_icalendar_with_a_uid_per_task_and_a_reminder_to_reassess() {
    let mut a = with_plan();
    a.plan.actions[0].owner = HOSTILE_NAMES.join(" ; , \\ ");
    let ics = plan_ics(
        &english(),
        content(),
        &a.plan,
        day("2026-11-30"),
        "20261130T140500Z",
        "Partnering plan",
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded at 75 octets: {line:?}");
    }
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "CRLF line ends only"
    );
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let lines = unfold(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(
        events,
        a.plan.actions.len() + 1,
        "one per action and the reassessment"
    );
    let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    let unique: std::collections::BTreeSet<&String> = uids.iter().copied().collect();
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    assert!(
        lines
            .iter()
            .filter(|l| l.starts_with("DTSTAMP:"))
            .all(|l| l == "DTSTAMP:20261130T140500Z"),
        "UTC stamps"
    );
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20270228".to_owned()),
        "the reassessment 90 days on"
    );
    assert!(lines.contains(&"SUMMARY:Reassess partnering maturity".to_owned()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20270115".to_owned()),
        "a due date as set"
    );
    let summary = lines
        .iter()
        .find(|l| l.starts_with("SUMMARY:Due:") && l.contains("img"))
        .cloned()
        .unwrap_or_default();
    assert!(
        summary.contains("\\;") && summary.contains("\\,") && summary.contains("\\\\"),
        "escaped: {summary}"
    );
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VALARM").count(),
        events
    );
}

#[test]
fn a_typed_due_date_is_taken_only_within_the_years_a_calendar_file_can_end_an_event() {
    for (typed, expected) in [
        ("1970-01-01", Ok(day("1970-01-01"))),
        ("2020-01-15", Ok(day("2020-01-15"))),
        ("9998-12-31", Ok(LAST_DUE)),
        (
            "0001-01-01",
            Err(DueDateError::TooEarly("0001-01-01".into())),
        ),
        (
            "1969-12-31",
            Err(DueDateError::TooEarly("1969-12-31".into())),
        ),
        (
            "9999-01-01",
            Err(DueDateError::TooLate("9999-01-01".into())),
        ),
        (
            "9999-12-31",
            Err(DueDateError::TooLate("9999-12-31".into())),
        ),
        (
            "10000-01-01",
            Err(DueDateError::TooLate("10000-01-01".into())),
        ),
        (
            "275760-09-13",
            Err(DueDateError::TooLate("275760-09-13".into())),
        ),
        (
            "2026-02-30",
            Err(DueDateError::NotADay("2026-02-30".into())),
        ),
        ("", Err(DueDateError::Missing)),
        ("2026-1-1", Err(DueDateError::Missing)),
        ("+002026-01-01", Err(DueDateError::Missing)),
        (
            "99999999999999999999999-01-01",
            Err(DueDateError::TooLate(
                "99999999999999999999999-01-01".into(),
            )),
        ),
    ] {
        assert_eq!(read_due(typed), expected, "{typed}");
    }
    let refused = RefusedDue {
        error: DueDateError::TooEarly("0001-01-01".into()),
        kept: day("2027-02-28"),
    }
    .to_string();
    assert!(
        refused.starts_with("0001-01-01 is before 1970"),
        "{refused}"
    );
    assert!(refused.contains("1970-01-01 to 9998-12-31"), "{refused}");
    assert!(
        refused.contains("keep 2027-02-28"),
        "says what the plan keeps: {refused}"
    );
    let late = DueDateError::TooLate("9999-12-31".into()).to_string();
    assert!(late.contains("after 9998-12-31"), "{late}");
    // Defaults never pass the last due date, so the field takes them back as they are.
    assert_eq!(default_due(Horizon::Year, day("9998-06-01")), LAST_DUE);
}

#[test]
fn a_due_date_before_the_plan_was_made_is_kept_with_a_gentle_note() {
    let made = day("2026-11-30");
    let note = passed_note(&english(), day("2026-11-29"), made).unwrap_or_default();
    assert!(note.starts_with("This date has passed"), "{note}");
    assert!(note.contains("2026-11-30"), "{note}");
    assert_eq!(passed_note(&english(), made, made), None);
    assert_eq!(passed_note(&english(), day("2027-01-01"), made), None);
}

/// Each event's start and end: `(DTSTART, Some(DTEND))`, or `None` for a one-day DURATION.
fn event_spans(ics: &str) -> Vec<(String, Option<String>)> {
    let lines = unfold(ics);
    let value = |line: &String, name: &str| line.strip_prefix(name).map(str::to_owned);
    lines
        .split(|l| l == "BEGIN:VEVENT")
        .skip(1)
        .map(|event| {
            let start = event.iter().find_map(|l| value(l, "DTSTART;VALUE=DATE:"));
            let end = event.iter().find_map(|l| value(l, "DTEND;VALUE=DATE:"));
            let duration = event.iter().any(|l| l == "DURATION:P1D");
            assert!(
                end.is_some() != duration,
                "DTEND or DURATION, one of them: {event:?}"
            );
            (start.unwrap_or_default(), end)
        })
        .collect()
}

#[test]
fn every_calendar_event_ends_after_it_starts_up_to_the_last_date_there_is() {
    for (due, made) in [
        ("9998-12-30", "2026-11-30"),
        ("9998-12-31", "2026-11-30"),
        // Dates a link or file may still hold from before the field refused them.
        ("9999-12-30", "9999-10-01"),
        ("9999-12-31", "9999-12-31"),
    ] {
        let mut a = with_plan();
        a.plan.actions[0].due = day(due);
        a.plan.made = Some(day(made));
        let ics = plan_ics(
            &english(),
            content(),
            &a.plan,
            day(made),
            "20261130T140500Z",
            "Plan",
        );
        for (start, end) in event_spans(&ics) {
            assert_eq!(start.len(), 8, "{start}");
            if let Some(end) = end {
                assert!(end > start, "{due}: DTEND {end} after DTSTART {start}");
                assert_eq!(end.len(), 8, "{end}");
            }
        }
        assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{}", day(due).compact())));
    }
    let mut a = with_plan();
    a.plan.actions[0].due = LAST_DUE;
    let ics = plan_ics(
        &english(),
        content(),
        &a.plan,
        day("2026-11-30"),
        "20261130T140500Z",
        "Plan",
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:99981231\r\nDTEND;VALUE=DATE:99990101\r\n"));
    // A plan dated at the very end of 9999 has no day to reassess: no event, no invented date.
    a.plan.made = Some(day("9999-12-31"));
    let ics = plan_ics(
        &english(),
        content(),
        &a.plan,
        day("9999-12-31"),
        "20261130T140500Z",
        "Plan",
    );
    assert!(!ics.contains("Reassess partnering maturity"));
    let markdown = plan_markdown(&english(), content(), &a.plan, "Plan", &[], None);
    assert!(markdown.contains("Made 9999-12-31.\n"), "{markdown}");
}

#[test]
fn the_spreadsheet_and_markdown_exports_keep_hostile_names_inert() {
    let mut a = with_plan();
    a.plan.actions[0].owner = "=HYPERLINK(\"http://x\")".into();
    a.plan.actions[1].owner = "<script>alert(1)</script> [click](http://x) # **bold**".into();
    let csv = plan_csv(&english(), content(), &a.plan, None);
    assert!(csv.starts_with("due,owner,action,module,dimension,produces,cadence,measure,id\r\n"));
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{csv}");
    assert_eq!(csv.matches("\r\n").count(), 1 + a.plan.actions.len());
    let report = score(content(), &a);
    let rows = vec![(
        "D. Alliance health and trust".to_owned(),
        4u8,
        report.modules[0].rating().map(|r| r.level()),
    )];
    let md = plan_markdown(&english(), content(), &a.plan, "Plan <b>", &rows, None);
    assert!(md.starts_with("# Plan \\<b\\>\n"), "{md}");
    assert!(md.contains("Owner: \\<script\\>alert\\(1\\)\\</script\\> \\[click\\]\\(http://x\\) \\# \\*\\*bold\\*\\*"), "{md}");
    assert_eq!(md.matches("- [ ] ").count(), a.plan.actions.len());
    assert!(
        md.contains("| D. Alliance health and trust | Level"),
        "{md}"
    );
    assert!(md.contains("reassess by 2027-02-28"));
}

#[test]
fn progress_since_an_earlier_assessment_says_whether_each_planned_dimension_moved() {
    let earlier = with_plan();
    let before = score(content(), &earlier);
    let now = score(content(), &health(usize::MAX));
    let moved = since(content(), &earlier, &before, &now);
    assert_eq!(moved.actions.len(), earlier.plan.actions.len());
    for action in &moved.actions {
        assert!(
            matches!(action.outcome, ActionOutcome::Rose(points) if points > 0),
            "{action:?}"
        );
        let (_, dimension, _) =
            recommendation(content(), &action.id).unwrap_or_else(|| panic!("{}", action.id));
        assert!(
            action.dimension.ends_with(&dimension.title),
            "{}",
            action.dimension
        );
    }
    assert!(
        moved
            .comparison
            .dimensions
            .iter()
            .all(|d| d.scores.delta.is_some_and(|x| x >= 0.0))
    );
    let same = since(content(), &earlier, &before, &before);
    assert!(
        same.actions
            .iter()
            .all(|a| a.outcome == ActionOutcome::Unchanged)
    );
    assert_eq!(ActionOutcome::Rose(12).to_string(), "rose 12 points");
}

#[test]
fn an_invitation_holds_the_module_and_the_inviter_only_and_refuses_damage() {
    let invitation = Invitation {
        module: "serious_partner".into(),
        from: "Northwind".into(),
    };
    let token = invite_token(&invitation);
    assert_eq!(read_invite(content(), &token), Ok(invitation.clone()));
    let mut flipped = token.clone().into_bytes();
    flipped[2] = if flipped[2] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        read_invite(content(), &String::from_utf8(flipped).unwrap_or_default()),
        Err(InviteError::Damaged)
    );
    assert_eq!(
        read_invite(content(), "not*a*token"),
        Err(InviteError::Damaged)
    );
    let tiering = invite_token(&Invitation {
        module: "tiering".into(),
        from: "Northwind".into(),
    });
    assert_eq!(
        read_invite(content(), &tiering),
        Err(InviteError::NotTwoSided)
    );
    let start = invited_answers(&invitation);
    assert_eq!(start.modules, ["serious_partner"]);
    assert_eq!(start.parties.len(), 1);
    assert_eq!(start.parties[0].name, "Northwind");
    assert!(
        !start.parties[0].own,
        "the partner assesses the inviter, not itself"
    );
    assert!(start.responses.is_empty(), "none of the inviter's answers");
    assert_eq!(start.invited_by.as_deref(), Some("Northwind"));
}

#[test]
fn the_gap_report_puts_the_largest_difference_first_with_a_question_to_discuss() {
    let ours = health(usize::MAX);
    let mut theirs = invited_answers(&Invitation {
        module: "health".into(),
        from: "Northwind".into(),
    });
    answer_all(content(), &mut theirs, "health", usize::MAX);
    // The partner sees trust very differently.
    for question in [
        "d.trust.in_competence",
        "d.trust.competence_shown",
        "d.trust.in_intentions",
        "d.trust.intentions_shown",
    ] {
        let worst = content()
            .questions()
            .find(|(q, _)| q.id == question)
            .and_then(|(q, _)| q.choices.iter().min_by_key(|c| c.score))
            .map(|c| c.id.to_string())
            .unwrap_or_default();
        choose(&mut theirs, question, 0, &worst);
    }
    let report = gap(content(), &"health".into(), &ours, &theirs)
        .unwrap_or_else(|| panic!("both answered D"));
    assert_eq!(report.module, "D. Alliance health and trust");
    assert_eq!(report.rows[0].title, "Trust");
    assert_eq!(report.rows[0].gap.map(|g| g.round()), Some(-100.0));
    assert!(!report.rows[0].prompt.is_empty());
    assert!(
        report
            .rows
            .iter()
            .skip(1)
            .all(|r| r.gap.is_some_and(|g| g.abs() < 100.0))
    );
    // B: our view of our own company against the partner's view of it.
    let mut our_b = answers(&["serious_partner"]);
    party(&mut our_b, 1, "Northwind", true);
    answer_all(content(), &mut our_b, "serious_partner", usize::MAX);
    let mut their_b = invited_answers(&Invitation {
        module: "serious_partner".into(),
        from: "Northwind".into(),
    });
    answer_all(content(), &mut their_b, "serious_partner", 0);
    let b = gap(content(), &"serious_partner".into(), &our_b, &their_b)
        .unwrap_or_else(|| panic!("both answered B"));
    assert!(
        b.rows
            .iter()
            .all(|r| r.gap.map(|g| g.round()) == Some(-100.0)),
        "{:?}",
        b.rows
    );
    // Without our own company assessed in B there is nothing to compare.
    let mut partner_only = answers(&["serious_partner"]);
    party(&mut partner_only, 1, "Acme", false);
    assert_eq!(
        gap(
            content(),
            &"serious_partner".into(),
            &partner_only,
            &their_b
        ),
        None
    );
}

#[test]
fn ones_own_answers_loaded_as_the_partners_are_recognised_not_shown_as_a_gap_of_zeros() {
    let mut ours = health(1);
    ours.plan = default_plan(&score(content(), &ours), day("2026-11-30"));
    // Our own share link, read back: the same answers (the plan and quick flag aside).
    let token = share::encode(content(), &ours);
    let own_link = share::decode(content(), &layouts::history(), &token)
        .unwrap_or_else(|e| panic!("{e}"))
        .answers;
    // The plan changed since the link was copied: still one's own answers.
    ours.plan.actions.clear();
    assert!(is_same_answers(content(), &ours, &own_link));
    let module = "health".into();
    let report = gap(content(), &module, &ours, &own_link).unwrap_or_else(|| panic!("D"));
    assert!(
        report.same_answers,
        "every answer to D is the same on both sides"
    );
    // A real partner who differs on one answer is a real view.
    let mut theirs = invited_answers(&Invitation {
        module: module.clone(),
        from: "Northwind".into(),
    });
    answer_all(content(), &mut theirs, "health", 1);
    assert!(
        !is_same_answers(content(), &ours, &theirs),
        "invited, so theirs"
    );
    let report = gap(content(), &module, &ours, &theirs).unwrap_or_else(|| panic!("D"));
    assert!(
        report.same_answers,
        "the same answers to D, from another side"
    );
    let worst = content()
        .questions()
        .find(|(q, _)| q.id == "d.trust.in_competence")
        .and_then(|(q, _)| q.choices.iter().min_by_key(|c| c.score))
        .map(|c| c.id.to_string())
        .unwrap_or_default();
    choose(&mut theirs, "d.trust.in_competence", 0, &worst);
    let report = gap(content(), &module, &ours, &theirs).unwrap_or_else(|| panic!("D"));
    assert!(!report.same_answers);
    // B: our view of our own company, loaded again as theirs.
    let mut our_b = answers(&["serious_partner"]);
    party(&mut our_b, 1, "Northwind", true);
    party(&mut our_b, 2, "Globex", false);
    answer_all(content(), &mut our_b, "serious_partner", 2);
    assert!(is_same_answers(content(), &our_b, &our_b.clone()));
    let b =
        gap(content(), &"serious_partner".into(), &our_b, &our_b).unwrap_or_else(|| panic!("B"));
    assert!(b.same_answers);
}

#[test]
fn the_team_view_shows_the_gap_between_sides_and_labels_a_side_of_one() {
    let input = |label: &str, answers: Answers, side| TeamInput {
        label: label.into(),
        answers,
        side,
    };
    let mut theirs = invited_answers(&Invitation {
        module: "health".into(),
        from: "Us".into(),
    });
    answer_all(content(), &mut theirs, "health", 0);
    let view = team(
        content(),
        &[
            input("Ana", health(usize::MAX), Side::Us),
            input("Ben", health(3), Side::Us),
            input("Partner lead", theirs, Side::Partner),
        ],
    );
    assert_eq!(view.respondents, 3);
    assert!(!view.sides.is_empty());
    let first = &view.sides[0];
    assert_eq!(first.us.map(|(_, n)| n), Some(2));
    assert_eq!(
        first.partner.map(|(_, n)| n),
        Some(1),
        "one respondent, shown as such"
    );
    assert!(first.gap.is_some_and(|g| g < -50.0), "{first:?}");
    // The team's own figures are our side's alone.
    assert!(
        view.dimensions.iter().all(|d| d.count == 2),
        "{:?}",
        view.dimensions
    );
    let one_side = team(
        content(),
        &[
            input("Ana", health(1), Side::Us),
            input("Ben", health(2), Side::Us),
        ],
    );
    assert!(one_side.sides.is_empty());
}
