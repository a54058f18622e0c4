//! Compare and team views, with hand-computed expectations.

use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::compare::{
    DISAGREEMENT_POINTS, MAX_RESPONDENTS, Side, TeamInput, compare, disagreement_rule, team,
    team_to_csv,
};
use partnering_core::scoring::{Report, score};

fn full_report() -> Report {
    score(content(), &full_assessment())
}

/// Module D answered with the second-worst choice everywhere, then `d.direction` set to the
/// worst (`pick` 0) or best (`usize::MAX`) choice.
fn health_with_direction(pick: usize) -> Answers {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 1);
    let direction = content.modules[3]
        .dimensions
        .iter()
        .find(|d| d.id == "d.direction")
        .unwrap();
    for question in &direction.questions {
        let mut choices: Vec<_> = question.choices.iter().collect();
        choices.sort_by_key(|c| c.score);
        let chosen = choices[pick.min(choices.len() - 1)];
        choose(&mut a, question.id.as_str(), 0, chosen.id.as_str());
    }
    a
}

fn input(label: &str, answers: Answers) -> TeamInput {
    TeamInput {
        label: label.into(),
        answers,
        side: Side::Us,
    }
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-9
}

#[test]
fn report_compared_with_itself_has_all_deltas_zero() {
    let report = full_report();
    let comparison = compare(&report, &report);
    assert!(!comparison.versions_differ);
    assert!(comparison.left_out.is_empty());
    assert_eq!(comparison.modules.len(), 4);
    let dimensions: usize = report.modules.iter().map(|m| m.dimensions.len()).sum();
    assert_eq!(comparison.dimensions.len(), dimensions);
    assert!(
        comparison
            .dimensions
            .iter()
            .all(|d| d.scores.delta == Some(0.0))
    );
    assert!(
        comparison
            .modules
            .iter()
            .all(|m| m.scores.delta == Some(0.0))
    );
    assert_eq!(comparison.overall.delta, Some(0.0));
    // Equal gaps keep the report's own order.
    let order: Vec<&str> = comparison
        .dimensions
        .iter()
        .map(|d| d.dimension.as_str())
        .collect();
    let expected: Vec<&str> = report
        .modules
        .iter()
        .flat_map(|m| m.dimensions.iter().map(|d| d.id.as_str()))
        .collect();
    assert_eq!(order, expected);
}

#[test]
fn shared_direction_worst_against_best_is_the_largest_delta() {
    let content = content();
    let worst = score(content, &health_with_direction(0));
    let best = score(content, &health_with_direction(usize::MAX));
    let comparison = compare(&worst, &best);
    let first = &comparison.dimensions[0];
    assert_eq!(first.dimension, "d.direction");
    assert_eq!(first.module, "health");
    assert_eq!(first.module_title, "Alliance health and trust");
    assert_eq!(first.title, "Shared direction");
    assert_eq!(
        (first.scores.a, first.scores.b, first.scores.delta),
        (Some(0.0), Some(100.0), Some(100.0))
    );
    assert_eq!(
        (first.scores.level_a, first.scores.level_b),
        (Some(1), Some(5))
    );
    assert!(
        comparison.dimensions[1..]
            .iter()
            .all(|d| d.scores.delta == Some(0.0))
    );
    // Module D's dimension weights are 1, 1.5, 1.5, 1, 1, 1: direction moves the module 100 / 7.
    let module = &comparison.modules[0];
    assert!(
        close(module.scores.delta.unwrap(), 100.0 / 7.0),
        "{module:?}"
    );
    assert!(close(comparison.overall.delta.unwrap(), 100.0 / 7.0));

    let reversed = compare(&best, &worst);
    assert_eq!(reversed.dimensions[0].dimension, "d.direction");
    assert_eq!(reversed.dimensions[0].scores.delta, Some(-100.0));
}

#[test]
fn larger_falls_come_before_smaller_rises() {
    let content = content();
    let base = health_with_direction(0);
    let mut changed = base.clone();
    // d.trust: one of three equal questions 25 → 100, so 25 → 50.
    choose(&mut changed, "d.trust.in_competence", 0, "key_customers");
    // d.design: resources (weight 2 of 6) 25 → 0, so it falls 25 × 2 / 6.
    choose(&mut changed, "d.design.resources", 0, "not_identified");
    let comparison = compare(&score(content, &base), &score(content, &changed));
    let order: Vec<(&str, f64)> = comparison
        .dimensions
        .iter()
        .take(2)
        .map(|d| (d.dimension.as_str(), d.scores.delta.unwrap()))
        .collect();
    assert_eq!(order[0].0, "d.trust");
    assert!(close(order[0].1, 25.0));
    assert_eq!(order[1].0, "d.design");
    assert!(close(order[1].1, -50.0 / 6.0));
}

#[test]
fn rows_scored_on_one_side_only_come_last_and_unscored_rows_are_left_out() {
    let content = content();
    let mut first = answers(&["health"]);
    answer_all(content, &mut first, "health", 1);
    let mut second = first.clone();
    choose(&mut second, "d.design.scope", 0, "maintained");
    for answers in [&mut first, &mut second] {
        answers
            .responses
            .retain(|key, _| !key.question.as_str().starts_with("d.principles."));
    }
    first
        .responses
        .retain(|key, _| !key.question.as_str().starts_with("d.trust."));
    let comparison = compare(&score(content, &first), &score(content, &second));
    let rows: Vec<(&str, Option<f64>)> = comparison
        .dimensions
        .iter()
        .map(|d| (d.dimension.as_str(), d.scores.delta))
        .collect();
    // d.design: every pick-1 choice scores 25; scope (weight 1.5 of 6) → 100: +75 × 1.5 / 6.
    assert_eq!(rows[0].0, "d.design");
    assert!(close(rows[0].1.unwrap(), 18.75));
    assert_eq!(rows.len(), 5, "d.principles has no score on either side");
    assert_eq!(rows[4], ("d.trust", None));
    let trust = &comparison.dimensions[4];
    assert_eq!((trust.scores.a, trust.scores.b), (None, Some(25.0)));
    assert_eq!(
        (trust.scores.level_a, trust.scores.level_b),
        (None, Some(2))
    );
}

#[test]
fn different_content_versions_are_flagged_and_one_sided_parts_left_out() {
    let content = content();
    let mut older = answers(&["health"]);
    answer_all(content, &mut older, "health", 1);
    let mut newer = answers(&["health", "serious_partner"]);
    party(&mut newer, 1, "Our company", true);
    answer_all(content, &mut newer, "health", 2);
    answer_all(content, &mut newer, "serious_partner", 2);
    let mut older = score(content, &older);
    older.content_version = 1;
    // Pretend the older edition had no shared-direction dimension.
    older.modules[0]
        .dimensions
        .retain(|d| d.id != "d.direction");
    let mut newer = score(content, &newer);
    newer.content_version = 2;
    let comparison = compare(&older, &newer);
    assert!(comparison.versions_differ);
    assert_eq!(
        comparison
            .left_out
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "D. Alliance health and trust — Shared direction: only in the second",
            "B. The six signs of a serious partner: only in the second",
        ]
    );
    assert_eq!(comparison.modules.len(), 1);
    assert_eq!(comparison.dimensions.len(), 5);
    let reversed = compare(&newer, &older);
    assert_eq!(
        reversed
            .left_out
            .iter()
            .map(|l| l.in_words(&english()))
            .collect::<Vec<_>>(),
        [
            "D. Alliance health and trust — Shared direction: only in the first",
            "B. The six signs of a serious partner: only in the first",
        ]
    );
}

#[test]
fn empty_reports_compare_to_nothing() {
    let empty = score(content(), &Answers::default());
    let comparison = compare(&empty, &full_report());
    assert!(comparison.dimensions.is_empty());
    assert_eq!(comparison.left_out.len(), 4);
    assert_eq!(comparison.overall.a, None);
    assert_eq!(comparison.overall.delta, None);
    assert!(comparison.overall.b.is_some());
}

#[test]
fn team_of_one_has_no_spread_and_no_flags() {
    let content = content();
    let answers = health_with_direction(usize::MAX);
    let report = score(content, &answers);
    let view = team(content, &[input("Alex", answers)]);
    assert_eq!(view.respondents, 1);
    assert_eq!(view.included, ["Alex"]);
    assert_eq!(view.dimensions.len(), 6);
    for row in &view.dimensions {
        assert_eq!(row.count, 1);
        assert_eq!(row.spread, 0.0);
        assert!(!row.flagged);
        assert_eq!(row.min, row.max);
        let own = report.modules[0]
            .dimensions
            .iter()
            .find(|d| d.id == row.dimension)
            .and_then(|d| d.score)
            .unwrap();
        assert_eq!(row.mean, own.value);
    }
    let own = report.overall.as_ref().unwrap();
    let group = view.overall.unwrap();
    assert_eq!((group.value, group.level), (own.score.value, own.level()));
}

#[test]
fn identical_respondents_are_counted_once_and_listed() {
    let content = content();
    let answers = health_with_direction(0);
    let view = team(
        content,
        &[
            input("Alex", answers.clone()),
            input("Sam", answers.clone()),
            input("alex (copy).json", answers),
        ],
    );
    assert_eq!(view.respondents, 1);
    assert_eq!(view.included, ["Alex"]);
    assert_eq!(view.duplicates, ["Sam", "alex (copy).json"]);
    assert!(view.skipped.is_empty());
    assert!(view.dimensions.iter().all(|d| d.count == 1));
}

#[test]
fn best_against_worst_is_maximal_disagreement() {
    let content = content();
    let mut best = answers(&["health"]);
    answer_all(content, &mut best, "health", usize::MAX);
    let mut worst = answers(&["health"]);
    answer_all(content, &mut worst, "health", 0);
    let view = team(content, &[input("Best", best), input("Worst", worst)]);
    assert_eq!(view.respondents, 2);
    assert_eq!(view.dimensions.len(), 6);
    for row in &view.dimensions {
        assert_eq!((row.count, row.min, row.max), (2, 0.0, 100.0));
        assert_eq!((row.mean, row.spread), (50.0, 100.0));
        assert!(row.flagged);
    }
    // The mean, 50, is Defined; but half the team reports every destabilizer at its worst,
    // which caps the group at Emerging rather than being averaged away.
    let overall = view.overall.unwrap();
    assert_eq!((overall.value, overall.level), (50.0, 2));
}

/// Everyone answers module B about their own company with every question at its middle
/// choice (50), then changes what `change` says.
fn signs_respondent(change: impl Fn(&mut Answers)) -> Answers {
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Our company", true);
    answer_all(content(), &mut a, "serious_partner", 2);
    change(&mut a);
    a
}

/// Sets every question of a module-B sign for our company to its worst or best choice, or
/// removes its answers.
fn set_sign(a: &mut Answers, sign: &str, pick: Option<usize>) {
    let dimension = content().modules[1]
        .dimensions
        .iter()
        .find(|d| d.id == sign)
        .unwrap();
    for question in &dimension.questions {
        match pick {
            Some(at) => {
                let choice = &question.choices[at.min(question.choices.len() - 1)];
                choose(a, question.id.as_str(), 1, choice.id.as_str());
            }
            None => {
                a.responses.retain(|key, _| key.question != question.id);
            }
        }
    }
}

#[test]
fn three_respondents_give_hand_computed_mean_min_and_max() {
    let content = content();
    let alex = signs_respondent(|a| {
        set_sign(a, "b.professionals", Some(usize::MAX));
        set_sign(a, "b.ceo", Some(usize::MAX));
    });
    let sam = signs_respondent(|_| {});
    let kim = signs_respondent(|a| {
        set_sign(a, "b.professionals", Some(0));
        set_sign(a, "b.ceo", Some(0));
        set_sign(a, "b.inspect", None);
    });
    let view = team(
        content,
        &[input("Alex", alex), input("Sam", sam), input("Kim", kim)],
    );
    assert_eq!(view.respondents, 3);
    let rows: Vec<(&str, usize, f64, f64, f64, bool)> = view
        .dimensions
        .iter()
        .map(|d| {
            (
                d.dimension.as_str(),
                d.count,
                d.min,
                d.max,
                d.spread,
                d.flagged,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("b.professionals", 3, 0.0, 100.0, 100.0, true),
            ("b.development", 3, 50.0, 50.0, 0.0, false),
            ("b.sales_mindset", 3, 50.0, 50.0, 0.0, false),
            ("b.ceo", 3, 0.0, 100.0, 100.0, true),
            ("b.executive", 3, 50.0, 50.0, 0.0, false),
            ("b.inspect", 2, 50.0, 50.0, 0.0, false),
        ]
    );
    assert!(view.dimensions.iter().all(|d| close(d.mean, 50.0)));
    // Six equal signs: Alex (100 + 100 + 4 × 50) / 6, Sam 50, Kim (0 + 0 + 3 × 50) / 5 with
    // "inspect what you expect" unanswered; the group's mean is theirs.
    let overall = view.overall.unwrap();
    assert!(close(overall.value, (400.0 / 6.0 + 50.0 + 30.0) / 3.0));
    assert_eq!(overall.level, 3);
}

#[test]
fn a_spread_of_exactly_the_threshold_is_flagged() {
    let content = content();
    let mut alone = answers(&["serious_partner"]);
    party(&mut alone, 1, "Our company", true);
    choose(&mut alone, "b.executive.q", 1, "present");
    // Our company's executive sign at 75: the partner's answers are never part of our score.
    let mut pair = answers(&["serious_partner"]);
    party(&mut pair, 1, "Our company", true);
    party(&mut pair, 2, "Acme", false);
    choose(&mut pair, "b.executive.q", 1, "execution_only");
    choose(&mut pair, "b.executive.q", 2, "absent");
    let view = team(content, &[input("Alex", alone), input("Sam", pair)]);
    let executive = view
        .dimensions
        .iter()
        .find(|d| d.dimension == "b.executive")
        .unwrap();
    assert_eq!(executive.spread, DISAGREEMENT_POINTS);
    assert!(executive.flagged);
    assert_eq!(
        disagreement_rule(&english()),
        "Flagged where respondents' scores for a dimension are 25 points or more apart."
    );
}

#[test]
fn fifty_one_respondents_use_fifty_and_skip_one() {
    let content = content();
    let inputs: Vec<TeamInput> = (1..=51)
        .map(|i| {
            let mut a = answers(&["serious_partner"]);
            party(&mut a, 1, &format!("Company {i}"), true);
            answer_all(content, &mut a, "serious_partner", i % 3);
            input(&format!("Respondent {i}"), a)
        })
        .collect();
    let view = team(content, &inputs);
    assert_eq!(MAX_RESPONDENTS, 50);
    assert_eq!(view.respondents, 50);
    assert_eq!(view.included.len(), 50);
    assert_eq!(view.skipped.len(), 1);
    assert_eq!(view.skipped[0].label, "Respondent 51");
    assert!(view.skipped[0].reason.contains("50"), "{:?}", view.skipped);
    assert_eq!(
        view.skipped[0].reason_in(&english()),
        view.skipped[0].reason,
        "the same sentence from the packs"
    );
    assert!(view.dimensions.iter().all(|d| d.count == 50));
}

#[test]
fn team_exports_as_csv_and_json() {
    let content = content();
    let mut best = answers(&["health"]);
    answer_all(content, &mut best, "health", usize::MAX);
    let mut middle = answers(&["health"]);
    answer_all(content, &mut middle, "health", 1);
    let view = team(content, &[input("A", best), input("=B", middle)]);
    let csv = team_to_csv(&english(), &view);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "module,dimension,respondents,mean,min,max,spread,flagged"
    );
    assert_eq!(
        lines.len(),
        1 + 6 + 1,
        "a row per dimension and a final CRLF"
    );
    // Every pick-1 choice of d.design scores 25.
    assert_eq!(
        lines[1],
        "Alliance health and trust,Design,2,62.5,25.0,100.0,75.0,yes"
    );
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["respondents"], 2);
    assert_eq!(json["included"][1], "=B");
    assert_eq!(json["dimensions"][0]["flagged"], true);
}

#[test]
fn two_team_files_with_the_same_name_are_two_respondents() {
    use partnering_maturity::components::{FilesAction, LoadedFile, LoadedFiles};
    use std::rc::Rc;
    use yew::Reducible;
    let file = |name: &str, text: &str| LoadedFile {
        name: name.into(),
        text: Ok(text.into()),
    };
    let mut files = Rc::new(LoadedFiles::default());
    for added in [
        file("partnering-maturity-2026-11-30.json", "{\"first\":1}"),
        file("partnering-maturity-2026-11-30.json", "{\"second\":2}"),
        file("partnering-maturity-2026-11-30.json", "{\"first\":1}"),
        file("partnering-maturity-2026-11-30.json", "{\"third\":3}"),
    ] {
        files = files.reduce(FilesAction::Add(added));
    }
    let names: Vec<&str> = files.0.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "partnering-maturity-2026-11-30.json",
            "partnering-maturity-2026-11-30.json (2)",
            "partnering-maturity-2026-11-30.json (3)",
        ],
        "the same file given twice counts once; different files with one name are all kept"
    );
    let files = files.reduce(FilesAction::Clear);
    assert!(files.0.is_empty());
}

#[test]
fn a_paste_larger_than_its_box_takes_is_refused_before_it_is_read_with_the_limit_and_what_to_do() {
    use partnering_core::pasted::{
        ComparePayload, PasteBox, PasteError, check_paste, check_paste_size, read,
    };
    let link = format!(
        "https://widget.example/#/r/{}",
        partnering_core::share::encode(content(), &health_with_direction(0))
    );
    let links = |n: usize| vec![link.as_str(); n].join("\n");
    assert_eq!(
        check_paste(PasteBox::TeamLinks, &links(2 * MAX_RESPONDENTS)),
        Ok(())
    );
    assert_eq!(
        check_paste(PasteBox::TeamLinks, &format!("\n\n{}\n\n", links(100))),
        Ok(()),
        "blank lines are not links"
    );
    assert_eq!(
        check_paste(PasteBox::TeamLinks, &links(5_000)),
        Err(PasteError::TooManyLinks {
            paste: PasteBox::TeamLinks,
            links: 5_000
        })
    );
    let twenty_mb = "x".repeat(20_000_000);
    let refused = check_paste(PasteBox::TeamLinks, &twenty_mb);
    assert_eq!(
        refused,
        Err(PasteError::TooLarge {
            paste: PasteBox::TeamLinks,
            size: 20_000_000
        })
    );
    let said = refused.err().map(|e| e.to_string()).unwrap_or_default();
    for part in [
        "20 MB",
        "at most 100 links (2.5 MB)",
        "smaller groups",
        "the box keeps what it had",
    ] {
        assert!(said.contains(part), "{part}: {said}");
    }
    let said = PasteError::TooManyLinks {
        paste: PasteBox::TeamLinks,
        links: 5_000,
    }
    .to_string();
    assert!(said.starts_with("This paste holds 5,000 links;"), "{said}");
    // The size alone (a browser's UTF-16 length) is enough to refuse before copying the text.
    assert!(check_paste_size(PasteBox::TeamLinks, 20_000_000).is_err());
    assert!(check_paste_size(PasteBox::OneReport, 1_000_001).is_err());
    // A box for one report: a link or an answers file, at most 1 MB.
    let said = read(content(), &format!("{link}\n{twenty_mb}"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(said.contains("at most 1 MB"), "{said}");
    assert!(read(content(), &link).is_ok());
    // A comparison's address holds two links and two labels at most.
    assert_eq!(ComparePayload::decode(&"a~".repeat(1_000_000)), None);
}

#[test]
fn a_pasted_report_that_cannot_be_read_says_which_kind_of_problem_it_is() {
    use partnering_core::export::ImportError;
    use partnering_core::pasted::{ReadError, read};
    use partnering_core::share::ShareError;
    assert_eq!(read(content(), "   \n").err(), Some(ReadError::Empty));
    assert_eq!(
        read(content(), "{ not json").err(),
        Some(ReadError::Export(ImportError::NotJson))
    );
    assert!(matches!(
        read(content(), "https://example.test/#/r/AAAA").err(),
        Some(ReadError::Link(_))
    ));
    assert!(matches!(
        read(content(), &"x".repeat(1_000_001)).err(),
        Some(ReadError::TooLarge(_))
    ));
    // Each is shown as the sentence of the error it holds.
    let said = ReadError::Link(ShareError::Tampered).to_string();
    assert_eq!(said, ShareError::Tampered.to_string());
    assert_eq!(
        ReadError::Empty.to_string(),
        "Paste a share link or choose an exported file."
    );
    assert_eq!(
        ReadError::FileTooLarge.to_string(),
        "This file is larger than 1 MB, so it cannot be an assessment export; nothing was changed."
    );
    assert_eq!(
        ReadError::FileUnreadable.to_string(),
        "This file could not be read as text; nothing was changed."
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_report_box_shows_the_typed_error_it_is_given_as_its_sentence_a_file_error_first() {
    use crate::common::render::render_html;
    use partnering_core::pasted::ReadError;
    use partnering_maturity::components::{ReportInput, SideInput};
    use yew::prelude::*;
    let shown = |value: SideInput, error: Option<ReadError>| {
        render_html(html! {
            <ReportInput id="side" legend="First report" {value} {error} on_change={Callback::noop()} />
        })
    };
    let pasted = SideInput {
        text: "{ not json".into(),
        ..SideInput::default()
    };
    let error = ReadError::Export(partnering_core::export::ImportError::NotJson);
    let html = shown(pasted.clone(), Some(error.clone())).await;
    let sentence = format!(">{error}</p>");
    assert!(html.contains(&sentence), "{html}");
    let with_file_error = SideInput {
        file_error: Some(ReadError::FileUnreadable),
        ..pasted.clone()
    };
    let html = shown(with_file_error, Some(error)).await;
    assert!(html.contains("could not be read as text"), "{html}");
    assert!(!html.contains(&sentence), "{html}");
    let html = shown(pasted, None).await;
    assert!(!html.contains("field-error"), "{html}");
}
