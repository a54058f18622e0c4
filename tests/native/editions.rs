//! Consultancy editions (`content::edition`): texts renamed by path, questions hidden at display
//! level, actions added with a link; every refused item is named with its rule while the rest
//! applies, and the result passes the content's validator.

use crate::common::*;
use partnering_core::content::edition::{self, EditionProblem, Rule};
use partnering_core::content::validate;
use partnering_core::journey::{asked_questions, question_seconds};
use partnering_core::model::{Content, Question, Trigger};
use partnering_core::scoring::score;
use partnering_core::share::layouts::history;
use partnering_core::share::{decode, encode};
use serde_json::{Value, json};

const PROMPT: &str = "dimensions/a.channel/questions/a.channel.insight/prompt";

fn applied(file: Value) -> (Content, Vec<EditionProblem>) {
    let edition = edition::read(&file.to_string()).expect("the edition is readable");
    edition::apply(content(), &edition, "en")
}

fn with(texts: Value, hide: Value, actions: Value) -> Value {
    json!({ "id": "acme", "version": "2", "texts": { "en": texts }, "hide": hide, "actions": actions })
}

fn question<'a>(content: &'a Content, id: &str) -> &'a Question {
    content.questions().find(|(q, _)| q.id == id).unwrap().0
}

fn rule_for<'a>(problems: &'a [EditionProblem], id: &str) -> &'a Rule {
    match problems.iter().find(|p| p.id == id) {
        Some(problem) => &problem.rule,
        None => panic!("no problem named {id} in {problems:?}"),
    }
}

fn workshop(link: &str) -> Value {
    json!({
        "id": "acme.seam_workshop", "dimension": "a.seams", "when": { "below": 101 },
        "text": "Book our seam workshop", "owner": "Head of alliances",
        "artefact": "a seam map", "cadence": "once", "measure": "every seam has an owner",
        "horizon": "quarter", "impact": 3, "link": link
    })
}

#[test]
fn a_renamed_question_reads_the_editions_words_and_the_content_stays_valid() {
    let (edited, problems) = applied(with(
        json!({ PROMPT: "Who sees your channel's data?" }),
        json!([]),
        json!([]),
    ));
    assert_eq!(problems, []);
    assert_eq!(
        question(&edited, "a.channel.insight").prompt,
        "Who sees your channel's data?"
    );
    assert_ne!(
        question(content(), "a.channel.insight").prompt,
        "Who sees your channel's data?"
    );
    assert_eq!(validate(&edited), Ok(()));
    let mark = edited.edition.as_ref().unwrap();
    assert_eq!((mark.id.as_str(), mark.version.as_str()), ("acme", "2"));
}

#[test]
fn a_renamed_question_takes_as_long_as_its_new_words_to_read() {
    // The standard wording's reading time is worked out (and kept) first, as the welcome does.
    let standard = question_seconds(question(content(), "a.channel.insight"));
    let long = vec!["Consider carefully"; 60].join(" ") + "?";
    let (edited, problems) = applied(with(json!({ PROMPT: long }), json!([]), json!([])));
    assert_eq!(problems, []);
    assert!(question_seconds(question(&edited, "a.channel.insight")) > standard + 20);
}

#[test]
fn a_level_name_a_choice_label_and_a_recommendation_are_overridable_too() {
    let texts = json!({
        "levels/0/name": "Just starting",
        "dimensions/a.channel/questions/a.channel.insight/choices/stays/label": "Nothing shared",
        "dimensions/a.channel/recommendations/a.channel.r_insight/owner": "Channel chief",
    });
    let (edited, problems) = applied(with(texts, json!([]), json!([])));
    assert_eq!(problems, []);
    assert_eq!(edited.levels[0].name, "Just starting");
    let insight = question(&edited, "a.channel.insight");
    assert_eq!(insight.choices[0].label, "Nothing shared");
    let dimension = edited.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "a.channel")
        .unwrap();
    let action = dimension
        .recommendations
        .iter()
        .find(|r| r.id == "a.channel.r_insight")
        .unwrap();
    assert_eq!(action.owner, "Channel chief");
}

#[test]
fn a_hidden_question_is_skipped_and_not_scored_but_keeps_its_place_in_links() {
    let (edited, problems) = applied(with(json!({}), json!(["a.channel.insight"]), json!([])));
    assert_eq!(problems, []);
    assert_eq!(validate(&edited), Ok(()));
    assert!(question(&edited, "a.channel.insight").hidden);
    // Still in the content, in its place: share layouts are built from this list.
    let ids = |c: &Content| {
        c.questions()
            .map(|(q, _)| q.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&edited), ids(content()));
    let mut answers = answers(&["collaboration"]);
    size(&mut answers, "mid");
    functions(&mut answers, &ALL_FUNCTIONS);
    answer_all(content(), &mut answers, "collaboration", usize::MAX);
    let channel = edited.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "a.channel")
        .unwrap();
    let asked: Vec<&str> = asked_questions(channel, &answers)
        .into_iter()
        .map(|at| channel.questions[at].id.as_str())
        .collect();
    assert!(
        !asked.contains(&"a.channel.insight") && asked.len() == 2,
        "{asked:?}"
    );
    // Scored as not asked: its saved answer is kept but counts for nothing.
    let report = score(&edited, &answers);
    let result = report.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "a.channel")
        .unwrap();
    assert_eq!(result.asked, 2);
    // A link made with the edition opens without it, with every answer (the hidden one too).
    let token = encode(&edited, &answers);
    let opened = decode(content(), &history(), &token).unwrap();
    assert_eq!(opened.answers.responses, answers.responses);
    assert_eq!(opened.dropped, 0);
}

#[test]
fn an_added_action_with_its_link_reaches_the_report() {
    let (edited, problems) = applied(with(
        json!({}),
        json!([]),
        json!([workshop("https://acme.example/seams")]),
    ));
    assert_eq!(problems, []);
    assert_eq!(validate(&edited), Ok(()));
    let mut answers = answers(&["collaboration"]);
    size(&mut answers, "mid");
    functions(&mut answers, &ALL_FUNCTIONS);
    answer_all(&edited, &mut answers, "collaboration", 0);
    let report = score(&edited, &answers);
    let actions = &report.modules[0].recommendations;
    let added = actions
        .iter()
        .find(|a| a.id == "acme.seam_workshop")
        .expect("offered");
    assert_eq!(added.text, "Book our seam workshop");
    assert_eq!(added.link.as_deref(), Some("https://acme.example/seams"));
}

#[test]
fn scoring_fields_are_refused_wherever_they_are_written() {
    let weight = "dimensions/a.channel/questions/a.channel.insight/weight";
    let texts = json!({ weight: "3", "caps/a.cap_isolated/reason": "no", PROMPT: "Kept" });
    let mut action = workshop("https://acme.example/seams");
    action["weight"] = json!(5);
    let mut file = with(texts, json!([]), json!([action]));
    file["weights"] = json!({ "a.channel": 9 });
    let edition = edition::read(&file.to_string()).unwrap();
    let (edited, problems) = edition::apply(content(), &edition, "en");
    assert_eq!(rule_for(&problems, weight), &Rule::Scoring);
    assert_eq!(
        rule_for(&problems, "caps/a.cap_isolated/reason"),
        &Rule::Scoring
    );
    assert_eq!(rule_for(&problems, "acme.seam_workshop"), &Rule::Scoring);
    assert_eq!(rule_for(&problems, "weights"), &Rule::Scoring);
    assert_eq!(problems.len(), 4, "{problems:?}");
    // The rest applies.
    assert_eq!(question(&edited, "a.channel.insight").prompt, "Kept");
    assert_eq!(
        question(&edited, "a.channel.insight").weight,
        question(content(), "a.channel.insight").weight
    );
}

#[test]
fn unknown_ids_and_paths_that_are_not_texts_are_refused() {
    let texts = json!({
        "dimensions/a.channel/questions/a.nope/prompt": "x",
        "dimensions/a.channel/questions/a.channel.insight/source": "x",
        "summary": "x",
    });
    let mut action = workshop("https://acme.example/seams");
    action["dimension"] = json!("z.nowhere");
    let (_, problems) = applied(with(texts, json!(["z.missing"]), json!([action])));
    assert_eq!(
        rule_for(&problems, "dimensions/a.channel/questions/a.nope/prompt"),
        &Rule::UnknownId
    );
    assert_eq!(
        rule_for(
            &problems,
            "dimensions/a.channel/questions/a.channel.insight/source"
        ),
        &Rule::NotOverridable
    );
    assert_eq!(rule_for(&problems, "summary"), &Rule::NotOverridable);
    assert_eq!(rule_for(&problems, "z.missing"), &Rule::UnknownId);
    assert_eq!(rule_for(&problems, "acme.seam_workshop"), &Rule::UnknownId);
}

#[test]
fn markup_and_control_characters_are_refused_as_text() {
    let short = "dimensions/a.channel/questions/a.channel.insight/short";
    let help = "dimensions/a.channel/questions/a.channel.insight/help";
    let texts = json!({ PROMPT: "<img src=x onerror=alert(1)>", short: "tab\there", help: " " });
    let mut action = workshop("https://acme.example/seams");
    action["text"] = json!("Book <b>now</b>");
    let (edited, problems) = applied(with(texts, json!([]), json!([action])));
    for id in [PROMPT, short, help, "acme.seam_workshop"] {
        assert_eq!(rule_for(&problems, id), &Rule::NotPlainText);
    }
    assert_eq!(
        question(&edited, "a.channel.insight"),
        question(content(), "a.channel.insight")
    );
}

#[test]
fn questions_a_rule_needs_cannot_be_hidden() {
    let hide = json!([
        "d.stability.resources",     // a cap's knock-out answer
        "a.channel.exec_attention",  // a recommendation's trigger
        "a.functions",               // the profile the seams and branching read
        "a.seam.channel_technology", // a seam
        "org.size",                  // the company's size
        "b.inspect.plans",           // a contradiction rule
    ]);
    let (edited, problems) = applied(with(json!({}), hide, json!([])));
    for id in [
        "d.stability.resources",
        "a.channel.exec_attention",
        "a.functions",
        "a.seam.channel_technology",
        "org.size",
        "b.inspect.plans",
    ] {
        assert!(
            matches!(rule_for(&problems, id), Rule::Needed(_)),
            "{id}: {problems:?}"
        );
        assert!(!question(&edited, id).hidden, "{id}");
    }
}

#[test]
fn the_last_shown_question_of_a_dimension_stays() {
    // With a.technology.metric no longer read by a trigger, both of its questions are free.
    let mut base = content().clone();
    let technology = base.modules[0]
        .dimensions
        .iter_mut()
        .find(|d| d.id == "a.technology")
        .unwrap();
    for recommendation in &mut technology.recommendations {
        if matches!(recommendation.when, Trigger::Answer(_)) {
            recommendation.when = Trigger::Below(60);
        }
    }
    assert_eq!(validate(&base), Ok(()));
    let file = with(
        json!({}),
        json!(["a.technology.origin", "a.technology.metric"]),
        json!([]),
    );
    let edition = edition::read(&file.to_string()).unwrap();
    let (edited, problems) = edition::apply(&base, &edition, "en");
    assert_eq!(
        rule_for(&problems, "a.technology.metric"),
        &Rule::LastQuestion
    );
    assert!(question(&edited, "a.technology.origin").hidden);
    assert!(!question(&edited, "a.technology.metric").hidden);
}

#[test]
fn links_that_are_not_https_are_refused() {
    for link in [
        "http://acme.example",
        "javascript:alert(1)",
        "/book",
        "https://",
        "https://user@acme.example/",
        "https://acme.example/a b",
    ] {
        let (edited, problems) = applied(with(json!({}), json!([]), json!([workshop(link)])));
        assert!(
            matches!(rule_for(&problems, "acme.seam_workshop"), Rule::BadLink(_)),
            "{link}: {problems:?}"
        );
        let all = edited
            .modules
            .iter()
            .flat_map(|m| &m.dimensions)
            .flat_map(|d| &d.recommendations);
        assert!(all.clone().all(|r| r.id != "acme.seam_workshop"));
    }
}

#[test]
fn an_action_that_clashes_or_breaks_the_content_rules_is_left_out_and_the_others_added() {
    let mut clash = workshop("https://acme.example/seams");
    clash["id"] = json!("a.channel.r_insight");
    let mut broken = workshop("https://acme.example/seams");
    broken["id"] = json!("acme.broken");
    broken["when"] = json!({ "cap": "no.such.cap" });
    let mut no_impact = workshop("https://acme.example/seams");
    no_impact["id"] = json!("acme.impact");
    no_impact["impact"] = json!(9);
    let fine = workshop("https://acme.example/seams");
    let (edited, problems) = applied(with(
        json!({}),
        json!([]),
        json!([clash, broken, no_impact, fine]),
    ));
    assert_eq!(rule_for(&problems, "a.channel.r_insight"), &Rule::Clash);
    assert!(matches!(
        rule_for(&problems, "acme.broken"),
        Rule::Breaks(_)
    ));
    assert!(matches!(
        rule_for(&problems, "acme.impact"),
        Rule::Breaks(_)
    ));
    assert_eq!(problems.len(), 3);
    assert_eq!(validate(&edited), Ok(()));
    let seams = edited.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "a.seams")
        .unwrap();
    assert!(
        seams
            .recommendations
            .iter()
            .any(|r| r.id == "acme.seam_workshop" && r.added)
    );
}

#[test]
fn an_edition_without_identity_or_json_is_not_applied_at_all() {
    for file in [
        "",
        "[]",
        "{\"version\": \"1\"}",
        "{\"id\": \"<x>\", \"version\": \"1\"}",
        "{\"id\": \"acme\"}",
    ] {
        assert!(edition::read(file).is_err(), "{file}");
    }
    let huge = format!(
        "{{\"id\":\"a\",\"version\":\"1\",\"x\":\"{}\"}}",
        "a".repeat(300_000)
    );
    assert!(matches!(
        edition::read(&huge),
        Err(EditionProblem {
            rule: Rule::Unreadable(_),
            ..
        })
    ));
}

#[test]
fn texts_in_another_language_leave_this_one_alone_and_every_problem_reads_as_a_sentence() {
    let file = json!({ "id": "acme", "version": 3, "texts": { "de": { PROMPT: "Wer sieht die Daten?" } }, "colour": "red" });
    let (edited, problems) = applied(file);
    assert_eq!(
        question(&edited, "a.channel.insight").prompt,
        question(content(), "a.channel.insight").prompt
    );
    assert_eq!(edited.edition.as_ref().unwrap().version, "3");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "edition: `colour` ignored: an edition has only id, version, texts, hide and actions; the standard content applies."
    );
}

#[test]
fn applying_no_edition_items_changes_nothing_but_the_mark() {
    let (mut edited, problems) = applied(json!({ "id": "acme", "version": "1" }));
    assert_eq!(problems, []);
    edited.edition = None;
    assert_eq!(&edited, content());
}

#[test]
fn a_link_records_the_edition_and_a_reader_without_it_is_told_the_wording_differs() {
    let (edited, _) = applied(with(json!({ PROMPT: "Renamed" }), json!([]), json!([])));
    let mut answers = answers(&["collaboration"]);
    size(&mut answers, "mid");
    let token = encode(&edited, &answers);
    let mark = edited.edition.clone();
    // The reader with the same edition: no notice.
    let opened = decode(&edited, &history(), &token).unwrap();
    assert_eq!(opened.edition, mark);
    assert_eq!(
        edition::wording_notice(&english(), opened.edition.as_ref(), mark.as_ref()),
        None
    );
    // Without it: the standard wording, and a notice naming the edition.
    let opened = decode(content(), &history(), &token).unwrap();
    assert_eq!(
        opened.answers,
        decode(content(), &history(), &encode(content(), &answers))
            .unwrap()
            .answers
    );
    assert_eq!(
        edition::wording_notice(&english(), opened.edition.as_ref(), None).as_deref(),
        Some("This report was made with acme v2; shown here with the standard wording.")
    );
    // Another version of it: named too.
    let (other, _) = applied(json!({ "id": "acme", "version": "3" }));
    let notice =
        edition::wording_notice(&english(), opened.edition.as_ref(), other.edition.as_ref())
            .unwrap();
    assert!(
        notice.ends_with("this site's wording (acme v3)."),
        "{notice}"
    );
    // A link made without any edition says nothing, wherever it is opened.
    let plain = decode(&edited, &history(), &encode(content(), &answers)).unwrap();
    assert_eq!(plain.edition, None);
    assert_eq!(
        edition::wording_notice(&english(), None, mark.as_ref()),
        None
    );
}

#[test]
fn a_link_whose_edition_name_is_not_plain_is_refused_as_malformed() {
    use crate::common::tokens::{body_of, wrap};
    let (edited, _) = applied(json!({ "id": "acme", "version": "2" }));
    let mut answers = answers(&["collaboration"]);
    size(&mut answers, "mid");
    let body = body_of(&encode(&edited, &answers));
    // The edition's two fields are last: `acme` (4 bytes) and `2` (1 byte), each after its length.
    let tail = [4, b'a', b'c', b'm', b'e', 1, b'2'];
    assert!(body.ends_with(&tail));
    let mut hostile = body[..body.len() - tail.len()].to_vec();
    hostile.extend_from_slice(&[5, b'<', b'b', b'>', b'x', b'y', 1, b'2']);
    assert_eq!(
        decode(content(), &history(), &wrap(&hostile)),
        Err(partnering_core::share::ShareError::Malformed(
            "an unreadable edition name"
        ))
    );
}

/// The fenced block after `marker` in docs/EMBEDDING.md.
fn documented(marker: &str) -> String {
    let docs = include_str!("../../docs/EMBEDDING.md");
    let after = &docs[docs.find(marker).expect("the marker is in the docs")..];
    let start = after.find("```").unwrap();
    let body = &after[start..];
    let body = &body[body.find('\n').unwrap() + 1..];
    body[..body.find("```").unwrap()].to_owned()
}

#[test]
fn the_documented_edition_applies_whole_and_its_refusals_read_as_documented() {
    let (edited, problems) = {
        let edition = edition::read(&documented("`acme-edition.json`:")).unwrap();
        edition::apply(content(), &edition, "en")
    };
    assert_eq!(problems, []);
    assert!(question(&edited, "d.design.resources").hidden);
    assert_eq!(
        question(&edited, "d.design.scope").short,
        "Scope written down"
    );
    let file = with(
        json!({ "dimensions/d.design/questions/d.design.scope/weight": "9" }),
        json!(["d.stability.resources"]),
        json!([]),
    );
    let (_, problems) = applied(file);
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let logged = documented("the console names it and the rule:");
    assert_eq!(lines, logged.lines().collect::<Vec<_>>());
}

#[tokio::test(flavor = "current_thread")]
async fn an_editions_action_renders_its_text_as_text_and_its_link_in_a_new_tab() {
    use partnering_maturity::components::ActionItem;
    use yew::html;
    let mut hostile = workshop("https://acme.example/a?b=1&c=2");
    hostile["text"] = json!("Book our workshop & \"more\"");
    let (edited, problems) = applied(with(json!({}), json!([]), json!([hostile])));
    assert_eq!(problems, []);
    let mut answers = answers(&["collaboration"]);
    size(&mut answers, "mid");
    functions(&mut answers, &ALL_FUNCTIONS);
    answer_all(&edited, &mut answers, "collaboration", 0);
    let report = score(&edited, &answers);
    let action = report.modules[0]
        .recommendations
        .iter()
        .find(|a| a.id == "acme.seam_workshop")
        .cloned()
        .unwrap();
    let html = crate::common::render::render_html(html! { <ul><ActionItem {action} /></ul> }).await;
    assert!(
        html.contains(r#"Book our workshop &amp; "more"</p>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="https://acme.example/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">"#),
        "{html}"
    );
}

#[test]
fn an_actions_trigger_is_read_as_the_content_writes_it() {
    let mut on_answer = workshop("https://acme.example/seams");
    on_answer["id"] = json!("acme.on_answer");
    on_answer["dimension"] = json!("a.channel");
    on_answer["when"] =
        json!({ "answer": { "question": "a.channel.insight", "choices": ["stays"] } });
    let mut on_unknown = workshop("https://acme.example/seams");
    on_unknown["id"] = json!("acme.on_unknown");
    on_unknown["when"] = json!("unknown");
    let mut on_flag = workshop("https://acme.example/seams");
    on_flag["id"] = json!("acme.on_flag");
    on_flag["when"] = json!({ "flag": "tier_mismatch" });
    let mut no_horizon = workshop("https://acme.example/seams");
    no_horizon["id"] = json!("acme.no_horizon");
    no_horizon["horizon"] = json!("soon");
    let actions = json!([on_answer, on_unknown, on_flag, no_horizon]);
    let (edited, problems) = applied(with(json!({}), json!([]), actions));
    let ids: Vec<&str> = problems.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["acme.on_flag", "acme.no_horizon"], "{problems:?}");
    assert!(
        problems
            .iter()
            .all(|p| matches!(p.rule, Rule::Malformed(_)))
    );
    let added: Vec<&str> = edited
        .modules
        .iter()
        .flat_map(|m| &m.dimensions)
        .flat_map(|d| &d.recommendations)
        .filter(|r| r.added)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(added, ["acme.on_answer", "acme.on_unknown"]);
}
