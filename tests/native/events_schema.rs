//! The postMessage schema: each event's exact JSON, no answers unless configured, and host
//! messages accepted only from the configured parent origin.

use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::config::Config;
use partnering_core::events::{self, HostCommand, parse_host_message};
use partnering_core::scoring::{Report, score};
use partnering_core::share;
use serde_json::{Value, json};

const HOST: &str = "https://consultancy.example";
const REQUEST_HEIGHT: &str = r#"{"type":"partnering-maturity:request-height"}"#;

fn config(query: &str) -> Config {
    let known: Vec<&str> = content().modules.iter().map(|m| m.id.as_str()).collect();
    let (config, warnings) = Config::from_sources(None, query, &known);
    assert!(warnings.is_empty(), "{warnings:?}");
    config
}

/// Module A at its best, module D one step above its worst, module C chosen but unanswered.
fn worked() -> (Answers, Report) {
    let content = content();
    let mut a = answers(&["collaboration", "health", "tiering"]);
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    answer_all(content, &mut a, "health", 1);
    let report = score(content, &a);
    (a, report)
}

/// Every number in an event is a whole number, so no float formatting reaches the wasm.
fn assert_whole_numbers(value: &Value) {
    match value {
        Value::Number(n) => assert!(n.is_i64() || n.is_u64(), "{n} is not whole"),
        Value::Array(items) => items.iter().for_each(assert_whole_numbers),
        Value::Object(map) => map.values().for_each(assert_whole_numbers),
        _ => {}
    }
}

#[test]
fn ready_is_type_and_version_only() {
    assert_eq!(
        events::ready(),
        json!({ "type": "partnering-maturity:ready", "version": 1 })
    );
}

#[test]
fn started_lists_the_chosen_module_ids_in_order() {
    let modules = vec!["health".into(), "collaboration".into()];
    assert_eq!(
        events::started(&modules),
        json!({
            "type": "partnering-maturity:started",
            "version": 1,
            "modules": ["health", "collaboration"],
        })
    );
}

#[test]
fn module_completed_names_the_module_by_id_letter_and_title() {
    let module = &content().modules[0];
    assert_eq!(
        events::module_completed(module),
        json!({
            "type": "partnering-maturity:module_completed",
            "version": 1,
            "module": {
                "id": "collaboration",
                "letter": "A",
                "title": "Partner-organization collaboration",
            },
        })
    );
}

#[test]
fn report_ready_carries_rounded_scores_and_levels_with_null_for_unscored_modules() {
    let (_, report) = worked();
    // The raw values are fractional; the event carries them rounded. Module D at its
    // second-worst choices scores about 25 (Emerging); one of those answers, responsibility
    // moved once, is a knock-out that holds the overall level at Defined though A scores 100.
    let overall = report
        .overall
        .as_ref()
        .map(|r| r.score.value)
        .unwrap_or_default();
    assert!((62.5..63.0).contains(&overall), "{overall}");
    let health = report.modules[1]
        .score()
        .map(|s| s.value)
        .unwrap_or_default();
    assert!((25.0..25.2).contains(&health), "{health}");
    let event = events::report_ready(&report, None);
    assert_eq!(
        event,
        json!({
            "type": "partnering-maturity:report_ready",
            "version": 1,
            "content_version": 3,
            "indicative": false,
            "overall": { "score": 63, "level": 3, "capped": true },
            "modules": [
                { "id": "collaboration", "letter": "A", "title": "Partner-organization collaboration", "score": 100, "level": 5, "capped": false },
                { "id": "health", "letter": "D", "title": "Alliance health and trust", "score": 25, "level": 2, "capped": false },
                { "id": "tiering", "letter": "C", "title": "Go-to-market partner tiering", "score": null, "level": null, "capped": false },
            ],
        })
    );
    assert_whole_numbers(&event);
}

#[test]
fn report_ready_with_nothing_scored_has_a_null_overall() {
    let report = score(content(), &answers(&["health"]));
    let event = events::report_ready(&report, None);
    assert_eq!(event["overall"], Value::Null);
    assert_eq!(event["modules"][0]["score"], Value::Null);
}

#[test]
fn report_ready_carries_no_answers_unless_configured() {
    let (answers, report) = worked();
    let event = events::report_ready_for(&config(""), content(), &answers, &report);
    assert_eq!(event, events::report_ready(&report, None));
    let text = event.to_string();
    assert!(!text.contains("share_token"), "{text}");
    // No question or choice id (the raw answers) appears anywhere in the event.
    for key in answers.responses.keys() {
        assert!(!text.contains(&format!("\"{}\"", key.question)), "{text}");
    }
    assert!(!text.contains("\"channel\""), "{text}");
}

#[test]
fn report_ready_adds_the_share_token_when_answers_in_events_is_set() {
    let (answers, report) = worked();
    // Only the operator's config.json can turn this on.
    let known: Vec<&str> = content().modules.iter().map(|m| m.id.as_str()).collect();
    let (config, warnings) =
        Config::from_sources(Some(r#"{"events_include_answers": true}"#), "", &known);
    assert!(warnings.is_empty(), "{warnings:?}");
    let event = events::report_ready_for(&config, content(), &answers, &report);
    let token = event["share_token"].as_str().unwrap_or_default();
    assert_eq!(token, share::encode(content(), &answers));
    let opened = share::decode(content(), &[], token).map(|o| o.answers);
    assert_eq!(opened, Ok(answers));
    let mut without = event.clone();
    without.as_object_mut().map(|o| o.remove("share_token"));
    assert_eq!(without, events::report_ready(&report, None));
}

#[test]
fn height_is_whole_css_pixels_rounded_up() {
    let expect =
        |h: i64| json!({ "type": "partnering-maturity:height", "version": 1, "height": h });
    assert_eq!(events::height(812.0), expect(812));
    assert_eq!(events::height(812.2), expect(813));
    assert_eq!(events::height(0.0), expect(0));
    assert_eq!(events::height(-4.0), expect(0));
    assert_eq!(events::height(f64::NAN), expect(0));
    assert_whole_numbers(&events::height(1e300));
}

#[test]
fn every_event_is_versioned_and_typed_with_the_prefix() {
    let (answers, report) = worked();
    let all = [
        events::ready(),
        events::started(&answers.modules),
        events::module_completed(&content().modules[3]),
        events::report_ready(&report, Some("token")),
        events::height(640.5),
    ];
    for event in &all {
        let kind = event["type"].as_str().unwrap_or_default();
        assert!(kind.starts_with(events::TYPE_PREFIX), "{event}");
        assert_eq!(event["version"], json!(events::VERSION), "{event}");
        assert_whole_numbers(event);
    }
}

#[test]
fn request_height_from_the_configured_origin_is_accepted() {
    let config = config("origin=https%3A%2F%2Fconsultancy.example");
    assert_eq!(
        parse_host_message(HOST, REQUEST_HEIGHT, &config),
        Some(HostCommand::RequestHeight)
    );
    let with_version = r#"{"type":"partnering-maturity:request-height","version":1,"x":2}"#;
    assert_eq!(
        parse_host_message(HOST, with_version, &config),
        Some(HostCommand::RequestHeight)
    );
}

#[test]
fn host_messages_from_any_other_origin_are_ignored() {
    let config = config("origin=https://consultancy.example");
    for origin in [
        "*",
        "null",
        "",
        "https://consultancy.example.evil.com",
        "https://consultancy.example/",
        "https://consultancy.example:443",
        "http://consultancy.example",
        "https://Consultancy.example",
        "https://evil.example",
        "https://sub.consultancy.example",
    ] {
        assert_eq!(
            parse_host_message(origin, REQUEST_HEIGHT, &config),
            None,
            "{origin}"
        );
    }
}

#[test]
fn without_a_parent_origin_no_host_message_is_accepted() {
    let config = config("");
    for origin in [HOST, "*", "null", ""] {
        assert_eq!(parse_host_message(origin, REQUEST_HEIGHT, &config), None);
    }
}

#[test]
fn unknown_or_malformed_host_messages_are_ignored() {
    let config = config("origin=https://consultancy.example");
    let long = format!(
        r#"{{"type":"partnering-maturity:request-height","pad":"{}"}}"#,
        "x".repeat(2_000)
    );
    for data in [
        "",
        "request-height",
        "partnering-maturity:request-height",
        "[]",
        "null",
        r#"{"type":"request-height"}"#,
        r#"{"type":"partnering-maturity:height","height":3}"#,
        r#"{"type":"partnering-maturity:request-height","version":2}"#,
        r#"{"type":["partnering-maturity:request-height"]}"#,
        r#"{"kind":"partnering-maturity:request-height"}"#,
        long.as_str(),
    ] {
        assert_eq!(parse_host_message(HOST, data, &config), None, "{data}");
    }
}

#[test]
fn a_host_object_is_obeyed_by_its_type_and_version_alone() {
    use partnering_core::events::host_command;
    assert_eq!(
        host_command(events::REQUEST_HEIGHT, None),
        Some(HostCommand::RequestHeight)
    );
    assert_eq!(
        host_command(events::REQUEST_HEIGHT, Some(Some(1.0))),
        Some(HostCommand::RequestHeight)
    );
    assert_eq!(host_command(events::REQUEST_HEIGHT, Some(Some(2.0))), None);
    assert_eq!(
        host_command(events::REQUEST_HEIGHT, Some(None)),
        None,
        "a version that is not a number"
    );
    assert_eq!(host_command("x", None), None);
}
