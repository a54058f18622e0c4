//! The consultancy's funnel: the contact step's configuration and checks, the call to action
//! by level, campaign tags, and the lead event (contact details and levels, no answers).

use crate::common::*;
use partnering_core::config::{
    Config, Placement, Unreachable, host_reach, keep_lead_where_received,
};
use partnering_core::events;
use partnering_core::funnel::{
    LeadField, LeadPosition, LeadProblem, LeadStep, Submitted, validate_contact,
};
use partnering_core::scoring::score;

fn known() -> Vec<&'static str> {
    content().modules.iter().map(|m| m.id.as_str()).collect()
}

fn load(json: &str, query: &str) -> (Config, Vec<String>) {
    let (config, warnings) = Config::from_sources(Some(json), query, &known());
    (config, warnings.iter().map(ToString::to_string).collect())
}

const LEAD: &str = r#"{
    "consultancy_name": "Acme Advisory",
    "parent_origin": "https://www.acme.example",
    "lead_fields": ["name", "email", "company", "role", "phone", "fax"],
    "lead_required": ["email", "company"],
    "lead_privacy_url": "https://www.acme.example/privacy",
    "lead_position": "after_summary"
}"#;

#[test]
fn config_json_turns_the_contact_step_on_with_the_fields_it_names() {
    let (config, warnings) = load(LEAD, "");
    let form = config.lead.expect("the contact step is on");
    assert_eq!(
        form.fields,
        [
            (LeadField::Name, false),
            (LeadField::Email, true),
            (LeadField::Company, true),
            (LeadField::Role, false),
            (LeadField::Phone, false),
        ]
    );
    assert_eq!(form.position, LeadPosition::AfterSummary);
    assert!(!form.skippable, "skipping is allowed only when configured");
    assert_eq!(
        form.privacy_url.as_deref(),
        Some("https://www.acme.example/privacy")
    );
    assert!(
        form.consent_text
            .starts_with("I agree that Acme Advisory may contact me")
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("`lead_fields` ignored: `fax` is not a field"),
        "{warnings:?}"
    );
}

#[test]
fn without_parent_origin_in_config_json_there_is_no_contact_step_and_a_warning_says_why() {
    let json = r#"{"lead_fields": ["email"]}"#;
    // embed.js always adds the framing page's origin to the URL: that must not be enough.
    let (config, warnings) = load(json, "origin=https%3A%2F%2Fwww.acme.example");
    assert_eq!(
        config.parent_origin.as_deref(),
        Some("https://www.acme.example")
    );
    assert_eq!(config.lead, None);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("the contact step needs parent_origin set in config.json")),
        "{warnings:?}"
    );
}

#[test]
fn a_url_can_never_turn_the_contact_step_on_or_change_it() {
    let (config, warnings) = load(
        r#"{"parent_origin": "https://www.acme.example"}"#,
        "lead_fields=email&lead_skippable=1&lead_privacy_url=https%3A%2F%2Fevil.example",
    );
    assert_eq!(config.lead, None);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings
            .iter()
            .all(|w| w.contains("only config.json can set this"))
    );
}

#[test]
fn contact_details_are_checked_field_by_field_with_sentences() {
    let (config, _) = load(LEAD, "");
    let form = config.lead.expect("on");
    let typed = |pairs: &[(LeadField, &str)]| -> Vec<(LeadField, String)> {
        pairs.iter().map(|(f, v)| (*f, (*v).to_owned())).collect()
    };
    let problems = validate_contact(&form, &typed(&[]), false).unwrap_err();
    assert_eq!(
        problems,
        [
            LeadProblem::Missing(LeadField::Email),
            LeadProblem::Missing(LeadField::Company),
            LeadProblem::NoConsent
        ]
    );
    assert_eq!(problems[0].to_string(), "Enter your work email.");
    assert_eq!(
        problems[2].to_string(),
        "Tick the box to agree, so your details can be sent."
    );
    for bad in [
        "ana",
        "ana@",
        "@acme.example",
        "ana@acme",
        "ana@@acme.example",
        "ana b@acme.example",
        "ana@acme.c",
        "ana@-acme.example",
    ] {
        let problems = validate_contact(
            &form,
            &typed(&[(LeadField::Email, bad), (LeadField::Company, "Acme")]),
            true,
        )
        .unwrap_err();
        assert_eq!(problems, [LeadProblem::NotAnEmail], "{bad}");
    }
    for bad in ["12345", "call me", "+1 (555) 0100 0100 0100 99"] {
        let problems = validate_contact(
            &form,
            &typed(&[
                (LeadField::Email, "ana@acme.example"),
                (LeadField::Company, "Acme"),
                (LeadField::Phone, bad),
            ]),
            true,
        )
        .unwrap_err();
        assert_eq!(problems, [LeadProblem::NotAPhone], "{bad}");
    }
    let contact = validate_contact(
        &form,
        &typed(&[
            (LeadField::Email, "  ana@acme.example "),
            (LeadField::Company, "\u{202e}Acme\u{202c}  Corp\u{200b}"),
            (LeadField::Phone, "+44 (20) 7946-0958"),
            (LeadField::Name, "   "),
        ]),
        true,
    )
    .expect("valid");
    assert_eq!(
        contact.fields,
        [
            (LeadField::Email, "ana@acme.example".to_owned()),
            (LeadField::Company, "Acme Corp".to_owned()),
            (LeadField::Phone, "+44 (20) 7946-0958".to_owned()),
        ],
        "cleaned, and optional blanks left out"
    );
}

#[test]
fn the_call_to_action_follows_the_overall_level_and_falls_back_to_the_single_one() {
    let json = r#"{
        "cta_label": "Talk to us",
        "cta_by_level": [
            {"levels": [1, 2], "label": "Book a foundations workshop", "text": "Start with the basics.", "url": "https://acme.example/foundations"},
            {"levels": 3, "label": "Plan the next step"},
            {"levels": [5, 4], "label": "Backwards range"},
            {"levels": 9, "label": "No such level"},
            {"levels": 4, "url": "javascript:alert(1)", "label": "Hostile"}
        ]
    }"#;
    let (config, warnings) = load(json, "");
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings
            .iter()
            .all(|w| w.starts_with("config: `cta_by_level` ignored: entry ")),
        "{warnings:?}"
    );
    let words = english();
    let label = |level| config.cta_for(level, &words).0.to_owned();
    assert_eq!(label(Some(1)), "Book a foundations workshop");
    assert_eq!(label(Some(2)), "Book a foundations workshop");
    assert_eq!(
        config.cta_for(Some(2), &words).2,
        Some("https://acme.example/foundations")
    );
    assert_eq!(label(Some(3)), "Plan the next step");
    assert_eq!(config.cta_for(Some(3), &words).2, None, "text only");
    assert_eq!(
        label(Some(4)),
        "Talk to us",
        "no range covers 4: the single call to action"
    );
    assert_eq!(label(Some(5)), "Talk to us");
    assert_eq!(label(None), "Talk to us", "no overall level yet");
}

#[test]
fn campaign_tags_from_the_url_travel_on_every_event_cleaned() {
    let (config, _) = load(
        "{}",
        "utm_source=newsletter&utm_campaign=q4%E2%80%AE+push&utm_medium=email&utm_bogus=x&utm_source=linkedin",
    );
    assert_eq!(
        config.utm,
        [
            ("utm_campaign".to_owned(), "q4 push".to_owned()),
            ("utm_medium".to_owned(), "email".to_owned()),
            ("utm_source".to_owned(), "linkedin".to_owned()),
        ]
    );
    let event = events::stamped(&config, events::ready());
    assert_eq!(event["utm"]["utm_source"], "linkedin");
    assert_eq!(event["type"], "partnering-maturity:ready");
    let plain = events::stamped(&Config::default(), events::ready());
    assert!(plain.get("utm").is_none());
}

#[test]
fn the_lead_event_carries_contact_consent_and_levels_but_no_answers() {
    let (config, _) = load(LEAD, "");
    let mut a = answers(&["health"]);
    answer_all(content(), &mut a, "health", 2);
    let report = score(content(), &a);
    let form = config.lead.clone().expect("on");
    let contact = validate_contact(
        &form,
        &[
            (LeadField::Email, "ana@acme.example".into()),
            (LeadField::Company, "Acme".into()),
        ],
        true,
    )
    .expect("valid");
    let event = events::lead_submitted_for(
        &config,
        content(),
        &a,
        &report,
        &contact,
        "2026-11-30T14:00:00.000Z",
    )
    .expect("configured");
    assert_eq!(event["type"], "partnering-maturity:lead_submitted");
    assert_eq!(event["version"], 1);
    assert_eq!(
        event["contact"],
        serde_json::json!({"email": "ana@acme.example", "company": "Acme"})
    );
    assert_eq!(event["consent"]["given_at"], "2026-11-30T14:00:00.000Z");
    assert_eq!(event["consent"]["text"], form.consent_text.as_str());
    assert_eq!(
        event["overall"]["level"],
        report.overall.as_ref().map(|o| o.level()).unwrap_or(0)
    );
    assert_eq!(event["modules"][0]["id"], "health");
    assert!(
        event.get("share_token").is_none(),
        "no answers unless configured"
    );
    let text = event.to_string();
    assert!(!text.contains("d.design"), "no question ids: {text}");
    let (with_answers, _) = load(
        &LEAD.replace(
            "\"lead_position\"",
            "\"events_include_answers\": true, \"lead_position\"",
        ),
        "",
    );
    let event = events::lead_submitted_for(&with_answers, content(), &a, &report, &contact, "t")
        .expect("on");
    assert!(event["share_token"].is_string());
}

#[test]
fn an_email_address_a_crm_would_choke_on_or_a_page_would_run_is_refused_with_a_sentence() {
    let (config, _) = load(LEAD, "");
    let form = config.lead.expect("on");
    let email = |value: &str| {
        validate_contact(
            &form,
            &[
                (LeadField::Email, value.to_owned()),
                (LeadField::Company, "Acme".to_owned()),
            ],
            true,
        )
    };
    for hostile in [
        "javascript:alert(1)//@x.example",
        "\"<svg/onload=alert(1)>\"@x.example",
        "\"ana\"@acme.example",
        "ana(comment)@acme.example",
        "<ana>@acme.example",
        "ana@acme.example/evil",
        "ana@acme_corp.example",
        "ana@bücher.example",
        "ana;drop@acme.example",
    ] {
        assert_eq!(
            email(hostile),
            Err(vec![LeadProblem::EmailCharacters]),
            "{hostile}"
        );
    }
    for shaped_wrong in [
        ".ana@acme.example",
        "ana.@acme.example",
        "an..a@acme.example",
        "ana@acme.123",
    ] {
        assert_eq!(
            email(shaped_wrong),
            Err(vec![LeadProblem::NotAnEmail]),
            "{shaped_wrong}"
        );
    }
    for fine in [
        "ana@acme.example",
        "ana.lopez+partners@acme.co.uk",
        "o'brien@acme.ie",
        "ANA_L%x-1@sub.acme-corp.example",
        "ana@xn--bcher-kva.example",
    ] {
        assert!(email(fine).is_ok(), "{fine}: {:?}", email(fine));
    }
    let said = LeadProblem::EmailCharacters.to_string();
    assert!(said.contains("only letters, digits"), "{said}");
    assert_eq!(LeadProblem::EmailCharacters.field(), Some(LeadField::Email));
}

#[test]
fn the_contact_step_sends_once_however_many_submits_arrive() {
    let (config, _) = load(LEAD, "");
    let form = config.lead.expect("on");
    let typed = [
        (LeadField::Email, "ana@acme.example".to_owned()),
        (LeadField::Company, "Acme".to_owned()),
    ];
    let mut step = LeadStep::default();
    assert_eq!(
        step.submit(&form, &typed, false),
        Submitted::Problems(vec![LeadProblem::NoConsent])
    );
    assert!(!step.is_sent(), "a refused submit sends nothing");
    assert!(matches!(
        step.submit(&form, &typed, true),
        Submitted::Send(_)
    ));
    for _ in 0..3 {
        assert_eq!(step.submit(&form, &typed, true), Submitted::AlreadySent);
    }
    assert!(step.is_sent());
}

#[test]
fn the_contact_step_shows_only_where_the_configured_host_page_can_receive_it() {
    let (config, _) = load(LEAD, "");
    let host = "https://www.acme.example";
    let framed = |around: &str| Placement::Framed(Some(around.to_owned()));
    assert_eq!(host_reach(&config, &framed(host)), Ok(()));
    assert_eq!(
        host_reach(&config, &framed("https://WWW.acme.example:443")),
        Ok(())
    );
    assert_eq!(
        host_reach(
            &config,
            &Placement::Opened(Some(
                "https://www.acme.example/assessment?utm_source=x".into()
            ))
        ),
        Ok(()),
        "opened by the host page (its referrer)"
    );
    assert_eq!(
        host_reach(&config, &Placement::TopLevel),
        Err(Unreachable::NoHostPage)
    );
    assert_eq!(
        host_reach(&config, &framed("https://evil.example")),
        Err(Unreachable::OtherOrigin("https://evil.example".into()))
    );
    for unknown in [
        Placement::Framed(None),
        Placement::Opened(None),
        framed("null"),
        framed("https://user@www.acme.example"),
    ] {
        assert!(host_reach(&config, &unknown).is_err(), "{unknown:?}");
    }
    // Where it cannot be received, the step goes, and the console says why.
    for (placement, says) in [
        (Placement::TopLevel, "in no frame and opened by no page"),
        (framed("https://evil.example"), "is at https://evil.example"),
    ] {
        let mut config = config.clone();
        let warning = keep_lead_where_received(&mut config, &placement)
            .map(|w| w.to_string())
            .unwrap_or_default();
        assert_eq!(config.lead, None, "{placement:?}");
        assert!(
            warning.starts_with("config: `lead_fields` ignored: "),
            "{warning}"
        );
        assert!(
            warning.contains(says) && warning.contains("not shown"),
            "{warning}"
        );
    }
    let mut kept = config.clone();
    assert_eq!(keep_lead_where_received(&mut kept, &framed(host)), None);
    assert_eq!(kept, config, "where it is received, nothing changes");
}

/// A host that names no consultancy and writes no call to action gets the product's own name
/// and call to action in the reader's language; what a host writes is shown as written.
#[test]
fn the_defaults_a_host_leaves_are_in_the_readers_words() {
    let (config, _) = load(r#"{"cta_url": "https://acme.example/talk"}"#, "");
    let german = german();
    assert_eq!(
        config.name_in(&english()),
        "Partnering maturity self-assessment"
    );
    assert_eq!(
        config.name_in(&german),
        "Selbstbewertung der Partnering-Reife"
    );
    let (label, text, url) = config.cta_for(None, &german);
    assert_eq!(label, "Mit Partnering-Fachleuten sprechen");
    assert!(text.starts_with("Sie möchten"), "{text}");
    assert_eq!(url, Some("https://acme.example/talk"));
    let (named, _) = load(
        r#"{"consultancy_name": "Acme Partners", "cta_label": "Talk to Acme"}"#,
        "",
    );
    assert_eq!(named.name_in(&german), "Acme Partners");
    assert_eq!(named.cta_for(None, &german).0, "Talk to Acme");
}
