//! JSON export and import (round trip, every way a file can be wrong) and CSV export (exact
//! header, one row per asked question per subject, quoting and formula safety).

use crate::common::hostile::HOSTILE_NAMES;
use crate::common::*;
use partnering_core::answers::{Answers, Response, ResponseKey};
use partnering_core::export::{
    FORMAT, ImportError, KIND, MAX_IMPORT_BYTES, csv_header, from_json, to_csv, to_json,
};
use partnering_core::model::SubjectId;
use partnering_core::scoring::score;
use proptest::prelude::*;
use serde_json::{Value, json};

fn export(answers: &Answers) -> String {
    let content = content();
    to_json(content, answers, &score(content, answers), "2025-03-14")
}

/// A real export of `full_answers`, edited by `edit` as a damaged or foreign file would be.
fn edited_export(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&export(&full_assessment())).unwrap();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

fn import_error(text: &str) -> ImportError {
    match from_json(content(), text) {
        Ok(imported) => panic!("expected an error, got {imported:?}"),
        Err(error) => error,
    }
}

#[test]
fn export_describes_itself() {
    let value: Value = serde_json::from_str(&export(&full_assessment())).unwrap();
    assert_eq!(value["kind"], KIND);
    assert_eq!(value["kind"], "partnering-maturity-assessment");
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["format"], 1);
    assert_eq!(value["content_version"], content().content_version);
    assert_eq!(value["exported_on"], "2025-03-14");
    assert!(value["answers"]["responses"].is_array());
    assert!(value["report"]["modules"].is_array());
}

#[test]
fn json_round_trip_gives_the_same_answers_and_score() {
    let content = content();
    let original = full_assessment();
    let imported = from_json(content, &export(&original)).unwrap();
    assert_eq!(imported.answers, original);
    assert_eq!(imported.dropped, 0);
    assert_eq!(imported.content_version, content.content_version);
    assert_eq!(score(content, &imported.answers), score(content, &original));
}

#[test]
fn import_ignores_an_edited_report_and_takes_only_the_answers() {
    let text = edited_export(|v| {
        v["report"]["overall"] = json!({"value": 100.0, "level": 5});
        v["report"]["modules"] = json!("not even a list");
    });
    let imported = from_json(content(), &text).unwrap();
    assert_eq!(imported.answers, full_assessment());
}

#[test]
fn import_accepts_a_byte_order_mark_and_a_file_of_exactly_the_limit() {
    let text = format!("\u{feff}{}", export(&full_assessment()));
    assert!(from_json(content(), &text).is_ok());
    let mut padded = export(&full_assessment());
    padded.push_str(&" ".repeat(MAX_IMPORT_BYTES - padded.len()));
    assert_eq!(padded.len(), MAX_IMPORT_BYTES);
    assert!(from_json(content(), &padded).is_ok());
}

#[test]
fn empty_file_reports_empty() {
    assert_eq!(import_error(""), ImportError::Empty);
    assert_eq!(import_error(" \n\t\r\n"), ImportError::Empty);
}

#[test]
fn png_bytes_report_not_json() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R',
    ];
    let text = String::from_utf8_lossy(&png);
    assert_eq!(import_error(&text), ImportError::NotJson);
}

#[test]
fn half_saved_export_reports_not_json() {
    let text = export(&full_assessment());
    assert_eq!(import_error(&text[..text.len() / 2]), ImportError::NotJson);
}

#[test]
fn json_that_is_not_an_export_reports_foreign() {
    for text in [
        "{}",
        "[1, 2, 3]",
        "\"partnering-maturity-assessment\"",
        "null",
        r#"{"name": "package.json", "version": "1.0.0"}"#,
    ] {
        assert_eq!(import_error(text), ImportError::Foreign, "{text}");
    }
    let other_kind = edited_export(|v| v["kind"] = json!("something-else"));
    assert_eq!(import_error(&other_kind), ImportError::Foreign);
    let kind_not_text = edited_export(|v| v["kind"] = json!(1));
    assert_eq!(import_error(&kind_not_text), ImportError::Foreign);
}

#[test]
fn export_from_a_newer_app_reports_newer_format() {
    let text = edited_export(|v| v["format"] = json!(2));
    assert_eq!(import_error(&text), ImportError::NewerFormat(2));
}

#[test]
fn export_with_newer_content_reports_newer_content() {
    let text = edited_export(|v| v["content_version"] = json!(99));
    assert_eq!(
        import_error(&text),
        ImportError::NewerContent {
            file: 99,
            app: content().content_version
        }
    );
}

#[test]
fn export_with_answers_of_the_wrong_type_reports_damaged() {
    let edits: [fn(&mut Value); 6] = [
        |v| v["answers"]["modules"] = json!(42),
        |v| v["answers"]["responses"][0]["subject"] = json!("one"),
        |v| v["answers"]["responses"][0]["response"] = json!({"choice": 7}),
        |v| v["answers"]["parties"][0]["id"] = json!(-1),
        |v| v["answers"] = json!("answers"),
        |v| {
            v.as_object_mut().unwrap().remove("answers");
        },
    ];
    for edit in edits {
        let text = edited_export(edit);
        assert!(
            matches!(import_error(&text), ImportError::Damaged(_)),
            "{text}"
        );
    }
}

#[test]
fn export_with_missing_or_impossible_numbers_reports_damaged() {
    let edits: [fn(&mut Value); 5] = [
        |v| {
            v.as_object_mut().unwrap().remove("format");
        },
        |v| v["format"] = json!("1"),
        |v| v["format"] = json!(0),
        |v| v["content_version"] = json!(-3),
        |v| v["content_version"] = json!(1.5),
    ];
    for edit in edits {
        let text = edited_export(edit);
        assert!(
            matches!(import_error(&text), ImportError::Damaged(_)),
            "{text}"
        );
    }
}

#[test]
fn file_over_a_megabyte_reports_too_large() {
    let text = "x".repeat(1_000_001);
    assert_eq!(import_error(&text), ImportError::TooLarge);
    let mut padded = export(&full_assessment());
    padded.push_str(&" ".repeat(MAX_IMPORT_BYTES + 1 - padded.len()));
    assert_eq!(import_error(&padded), ImportError::TooLarge);
}

#[test]
fn every_import_error_reads_as_a_specific_sentence() {
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge,
        ImportError::NotJson,
        ImportError::Foreign,
        ImportError::NewerFormat(2),
        ImportError::NewerContent {
            file: 99,
            app: content().content_version,
        },
        ImportError::Damaged("its answers could not be read"),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for message in &messages {
        assert!(message.starts_with("This "), "{message}");
        assert!(message.ends_with('.'), "{message}");
        assert!(message.len() > 30, "{message}");
    }
    for (i, message) in messages.iter().enumerate() {
        assert!(!messages[i + 1..].contains(message), "{message} repeats");
    }
    assert!(messages[3].contains("not an assessment export"));
    assert!(messages[4].contains("newer version") && messages[4].contains('2'));
    assert!(messages[5].contains("edition 99") && messages[5].contains("edition 3"));
    assert!(messages[6].contains("its answers could not be read"));
}

#[test]
fn import_mentioning_removed_questions_reports_dropped() {
    let text = edited_export(|v| {
        let responses = v["answers"]["responses"].as_array_mut().unwrap();
        responses.push(json!({"question": "d.removed_question", "subject": 0, "response": {"choice": "agreed"}}));
        responses.push(json!({"question": "d.direction.plan", "subject": 0, "response": {"choice": "retired_choice"}}));
        responses.push(
            json!({"question": "b.ceo.internal", "subject": 9, "response": {"choice": "regular"}}),
        );
    });
    let imported = from_json(content(), &text).unwrap();
    // The retired choice replaces the real answer to d.direction.plan (same key), so the
    // original minus that one response is what remains.
    let mut expected = full_assessment();
    expected.responses.remove(&ResponseKey {
        question: "d.direction.plan".into(),
        subject: SubjectId::ORGANIZATION,
    });
    assert_eq!(imported.dropped, 3);
    assert_eq!(imported.answers, expected);
}

fn hostile_answers(names: &[&str]) -> Answers {
    let mut a = answers(&["serious_partner"]);
    for (i, name) in names.iter().enumerate() {
        party(&mut a, i as u16 + 1, name, i == 0);
    }
    answer_all(content(), &mut a, "serious_partner", 1);
    a
}

#[test]
fn hostile_partner_names_survive_json_round_trip_as_text() {
    let original = hostile_answers(&HOSTILE_NAMES);
    let imported = from_json(content(), &export(&original)).unwrap();
    let names: Vec<&str> = imported
        .answers
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, HOSTILE_NAMES);
    assert_eq!(imported.answers, original);
}

#[test]
fn names_with_line_breaks_come_back_as_one_line() {
    let original = hostile_answers(&["Line one\nLine two", "Tab\there"]);
    let imported = from_json(content(), &export(&original)).unwrap();
    let names: Vec<&str> = imported
        .answers
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Line one Line two", "Tab here"]);
}

/// A strict RFC 4180 reader: quotes only around whole fields, CRLF between records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                was_quoted = false;
            }
            '"' | '\r' | '\n' => panic!("unquoted {c:?} in CSV:\n{text}"),
            _ if was_quoted => panic!("text after a closing quote in CSV:\n{text}"),
            _ => field.push(c),
        }
    }
    assert!(!quoted, "unclosed quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "CSV must end with CRLF"
    );
    records
}

/// What a spreadsheet shows for a formula-guarded field.
fn shown(field: &str) -> &str {
    field.strip_prefix('\'').unwrap_or(field)
}

#[test]
fn hostile_names_give_quoted_formula_safe_csv() {
    let mut names = HOSTILE_NAMES.to_vec();
    names.push("Line one\nLine two");
    names.push("Carriage\r\nReturn, \"quoted\"");
    names.push("\tTabbed");
    let text = to_csv(&english(), content(), &hostile_answers(&names));
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    assert!(text.contains("\"Smith, Jones & Co\""));
    assert!(text.contains("\"The \"\"Best\"\" Partner\""));
    let records = parse_csv(&text);
    assert!(records.iter().all(|r| r.len() == 8));
    for record in &records {
        for field in record {
            assert!(
                !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{field:?} would run as a formula"
            );
        }
    }
    for name in &names {
        let rows = records.iter().filter(|r| shown(&r[4]) == *name).count();
        assert_eq!(rows, 12, "{name:?} has one row per question about it");
    }
    assert_eq!(records.len(), 1 + 1 + 12 * names.len());
}

#[test]
fn formulas_hidden_behind_invisible_characters_or_full_width_signs_are_guarded() {
    let names = [
        "\u{feff}=HYPERLINK(\"http://x\")",
        "\u{200b}=1+1",
        "\u{200d}+1",
        "\u{ff1d}HYPERLINK(\"http://x\")",
        "\u{ff0b}1",
        "\u{ff0d}1",
        "\u{ff20}SUM(1)",
        " \u{2060}@SUM(1)",
    ];
    let text = to_csv(&english(), content(), &hostile_answers(&names));
    let records = parse_csv(&text);
    let subjects: Vec<&str> = records.iter().skip(1).map(|r| r[4].as_str()).collect();
    for name in names {
        let field = format!("'{name}");
        assert!(
            subjects.contains(&field.as_str()),
            "{name:?} is written as {field:?}: {subjects:?}"
        );
    }
}

#[test]
fn csv_header_is_exact() {
    let text = to_csv(&english(), content(), &Answers::default());
    assert_eq!(
        text,
        "module,dimension,question_id,question,subject,answer_id,answer,score\r\n"
    );
    assert_eq!(csv_header(&english()).join(","), text.trim_end());
}

#[test]
fn csv_has_one_row_per_asked_question_per_subject() {
    let content = content();
    // The company-size question; A with two functions: the profile question, 3 channel + 2
    // technology questions, their one seam and 3 on working across functions = 10 rows; B
    // about two parties: 12 questions × 2 = 24 rows. 35 in all.
    let mut a = answers(&["collaboration", "serious_partner"]);
    functions(&mut a, &["channel", "technology"]);
    party(&mut a, 1, "Our company", true);
    party(&mut a, 2, "Acme Cloud", false);
    choose(&mut a, "a.channel.exec_attention", 0, "sponsored");
    respond(&mut a, "a.channel.insight", 0, Response::Unknown);
    respond(&mut a, "a.technology.origin", 0, Response::NotApplicable);
    choose(&mut a, "b.ceo.internal", 2, "growth_case");
    let records = parse_csv(&to_csv(&english(), content, &a));
    assert_eq!(records.len(), 1 + 35);
    let row = |question: &str, subject: &str| -> &Vec<String> {
        let found = records.iter().find(|r| r[2] == question && r[4] == subject);
        found.unwrap_or_else(|| panic!("no row for {question} / {subject:?}"))
    };
    let profile = row("a.functions", "");
    assert_eq!(profile[0], "Partner-organization collaboration");
    assert_eq!(profile[1], "");
    assert_eq!(profile[5], "channel; technology");
    assert_eq!(profile[6], "Sales channel; Technology partnerships");
    assert_eq!(profile[7], "");
    let chosen = row("a.channel.exec_attention", "");
    assert_eq!(chosen[1], "Sales channel");
    assert_eq!(
        chosen[3],
        content.modules[0].dimensions[0].questions[0].prompt
    );
    let sponsored = content.modules[0].dimensions[0].questions[0]
        .choice(&"sponsored".into())
        .unwrap();
    assert_eq!(&chosen[5..7], ["sponsored", sponsored.label.as_str()]);
    assert_eq!(chosen[7], "75");
    assert_eq!(
        &row("a.channel.insight", "")[5..],
        ["unknown", "Don't know", ""]
    );
    assert_eq!(
        &row("a.technology.origin", "")[5..],
        ["not_applicable", "Not applicable", ""]
    );
    assert_eq!(row("b.ceo.internal", "Acme Cloud")[5], "growth_case");
    assert_eq!(row("b.ceo.internal", "Acme Cloud")[7], "100");
    assert_eq!(
        row("org.size", "")[0],
        "",
        "the opening question belongs to no module"
    );
    let blank = row("a.seam.channel_technology", "");
    assert_eq!(&blank[5..], ["", "", ""]);
    let blank_rows = records
        .iter()
        .skip(1)
        .filter(|r| r[5..].iter().all(String::is_empty))
        .count();
    assert_eq!(blank_rows, 35 - 5);
    // Functions that are absent are not asked, so their questions have no rows.
    assert!(records.iter().all(|r| !r[2].starts_with("a.mna")));
}

#[test]
fn csv_for_the_full_assessment_counts_every_subject() {
    // The size question; A with all functions: 1 + 24 = 25; B: 12 × 2 = 24; C: 6 about the
    // portfolio and 10 × 2 about each partner = 26; D: 20. 96 in all.
    let records = parse_csv(&to_csv(&english(), content(), &full_assessment()));
    assert_eq!(records.len(), 1 + 96);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_imports_or_fails_cleanly(text in ".{0,400}") {
        let _ = from_json(content(), &text);
    }

    #[test]
    fn any_cut_or_changed_export_imports_or_fails_cleanly(
        cut in 0usize..20_000,
        at in 0usize..20_000,
        byte in any::<char>(),
    ) {
        let mut text: Vec<char> = export(&full_assessment()).chars().collect();
        if let Some(c) = text.get_mut(at) {
            *c = byte;
        }
        text.truncate(cut);
        let text: String = text.into_iter().collect();
        if let Ok(imported) = from_json(content(), &text) {
            let _ = score(content(), &imported.answers);
        }
    }
}
