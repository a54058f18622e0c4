//! Configuration from `config.json` and the URL query: precedence, every validation rule, and
//! warnings that name the key and keep the value that was there before.

use crate::common::*;
use partnering_core::config::{Config, ConfigWarning, Fallback, Key, Source, percent_decode};
use partnering_core::model::ModuleId;
use proptest::prelude::*;

fn known() -> Vec<&'static str> {
    content().modules.iter().map(|m| m.id.as_str()).collect()
}

fn load(json: Option<&str>, query: &str) -> (Config, Vec<ConfigWarning>) {
    Config::from_sources(json, query, &known())
}

fn from_query(query: &str) -> (Config, Vec<ConfigWarning>) {
    load(None, query)
}

fn from_file(json: &str) -> (Config, Vec<ConfigWarning>) {
    load(Some(json), "")
}

fn keys(warnings: &[ConfigWarning]) -> Vec<&str> {
    warnings.iter().map(|w| w.key.as_str()).collect()
}

/// The query `key=value` (value percent-encoded for the characters that matter here).
fn query(key: &str, value: &str) -> String {
    let encoded: String = value
        .chars()
        .map(|c| match c {
            '#' => "%23".to_owned(),
            '&' => "%26".to_owned(),
            '%' => "%25".to_owned(),
            '+' => "%2B".to_owned(),
            ' ' => "%20".to_owned(),
            c if c.is_control() => format!("%{:02X}", c as u32),
            c => c.to_string(),
        })
        .collect();
    format!("{key}={encoded}")
}

// --- sources and precedence ---

#[test]
fn no_sources_give_the_defaults_without_warnings() {
    let (config, warnings) = from_query("");
    assert_eq!(config, Config::default());
    assert!(warnings.is_empty());
    assert_eq!(
        config.consultancy_name,
        "Partnering maturity self-assessment"
    );
    assert_eq!(config.cta_label, "Talk to a partnering advisor");
    assert!(config.cta_text.ends_with('.'));
    assert_eq!(config.cta_url, None);
    assert_eq!(config.logo_url, None);
    assert_eq!(config.modules, None);
    assert_eq!(config.parent_origin, None);
    assert!(config.show_welcome);
    assert!(!config.events_include_answers);
}

#[test]
fn every_file_key_sets_its_field() {
    let (config, warnings) = from_file(
        r##"{
        "consultancy_name": "Acme Alliances", "logo_url": "logo.svg",
        "accent": "#AA3300", "text_color": "#222", "cta_label": "Book a call",
        "cta_url": "https://acme.example/contact", "cta_text": "We can help.",
        "modules": ["health", "collaboration"], "parent_origin": "https://acme.example",
        "show_welcome": false, "events_include_answers": true }"##,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "Acme Alliances");
    assert_eq!(config.logo_url.as_deref(), Some("logo.svg"));
    assert_eq!(config.accent.as_deref(), Some("#aa3300"));
    assert_eq!(config.text_color.as_deref(), Some("#222"));
    assert_eq!(config.cta_label, "Book a call");
    assert_eq!(
        config.cta_url.as_deref(),
        Some("https://acme.example/contact")
    );
    assert_eq!(config.cta_text, "We can help.");
    assert_eq!(
        config.modules,
        Some(vec!["health".into(), "collaboration".into()])
    );
    assert_eq!(
        config.parent_origin.as_deref(),
        Some("https://acme.example")
    );
    assert!(!config.show_welcome);
    assert!(config.events_include_answers);
}

#[test]
fn every_query_key_sets_its_field() {
    let (config, warnings) = from_query(
        "?name=Acme+Alliances&logo=%2Fimg%2Flogo.png&accent=%23aa3300&text=%23222222\
         &cta_label=Book%20a%20call&cta_url=https%3A%2F%2Facme.example%2Fcontact\
         &cta_text=We+can+help.&modules=tiering,health&origin=https%3A%2F%2Facme.example\
         &welcome=0&answers_in_events=false",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "Acme Alliances");
    assert_eq!(config.logo_url.as_deref(), Some("/img/logo.png"));
    assert_eq!(config.accent.as_deref(), Some("#aa3300"));
    assert_eq!(config.text_color.as_deref(), Some("#222222"));
    assert_eq!(config.cta_label, "Book a call");
    assert_eq!(
        config.cta_url.as_deref(),
        Some("https://acme.example/contact")
    );
    assert_eq!(config.cta_text, "We can help.");
    assert_eq!(
        config.modules,
        Some(vec!["tiering".into(), "health".into()])
    );
    assert_eq!(
        config.parent_origin.as_deref(),
        Some("https://acme.example")
    );
    assert!(!config.show_welcome);
    assert!(!config.events_include_answers);
}

#[test]
fn only_the_file_can_send_answers_with_events_and_fix_the_origin() {
    let (config, warnings) = from_query("answers_in_events=1");
    assert!(!config.events_include_answers);
    assert_eq!(keys(&warnings), ["answers_in_events"]);
    let file = r#"{"events_include_answers": true, "parent_origin": "https://acme.example"}"#;
    let (config, warnings) = load(
        Some(file),
        "origin=https%3A%2F%2Fevil.example&answers_in_events=0",
    );
    assert_eq!(
        config.parent_origin.as_deref(),
        Some("https://acme.example")
    );
    assert!(
        !config.events_include_answers,
        "a URL may still turn answers off"
    );
    assert_eq!(keys(&warnings), ["origin"]);
}

#[test]
fn query_parameters_override_the_file_except_the_branding_it_sets() {
    let (config, warnings) = load(
        Some(r##"{"consultancy_name": "From file", "accent": "#111111", "show_welcome": false}"##),
        "name=From+URL&cta_url=https%3A%2F%2Fevil.example%2Flogin&welcome=1",
    );
    assert!(config.show_welcome, "a switch the URL may set");
    assert_eq!(config.consultancy_name, "From file");
    assert_eq!(config.cta_url, None);
    assert!(config.lock_branding);
    assert_eq!(keys(&warnings), ["name", "cta_url"]);
    assert!(
        warnings[0]
            .to_string()
            .contains("config.json sets the branding, so a URL cannot change it"),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_url_brands_the_widget_when_config_json_sets_no_branding_or_unlocks_it() {
    let (config, warnings) = load(Some(r#"{"show_welcome": false}"#), "name=From+URL");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "From URL");
    let (config, warnings) = load(
        Some(r#"{"consultancy_name": "From file", "lock_branding": false}"#),
        "name=From+URL",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "From URL");
    assert!(!config.lock_branding);
    let (config, warnings) = load(Some(r#"{"lock_branding": true}"#), "name=From+URL");
    assert_eq!(config.consultancy_name, Config::default().consultancy_name);
    assert_eq!(keys(&warnings), ["name"]);
}

#[test]
fn only_config_json_can_lock_branding_or_allow_logo_hosts() {
    let (config, warnings) = from_query("lock_branding=0&logo_hosts=https%3A%2F%2Fevil.example");
    assert_eq!(keys(&warnings), ["lock_branding", "logo_hosts"]);
    assert!(
        warnings
            .iter()
            .all(|w| w.message == "only config.json can set this"),
        "{warnings:?}"
    );
    assert!(config.logo_hosts.is_empty());
}

#[test]
fn a_logo_loads_from_the_app_a_data_image_or_a_listed_host_only() {
    for (json, query_logo, kept) in [
        (r#"{}"#, "logo.svg", Some("logo.svg")),
        (
            r#"{}"#,
            "data:image/svg+xml;base64,PHN2Zz4=",
            Some("data:image/svg+xml;base64,PHN2Zz4="),
        ),
        (r#"{}"#, "https://tracker.example/pixel.png", None),
        (
            r#"{"logo_hosts": ["https://xn--bcher-kva.example"]}"#,
            "https://bücher.example/logo.svg",
            None,
        ),
        (
            r#"{"logo_hosts": ["https://cdn.acme.example"]}"#,
            "https://cdn.acme.example/logo.svg",
            Some("https://cdn.acme.example/logo.svg"),
        ),
        (
            r#"{"logo_hosts": ["https://CDN.acme.example:443"]}"#,
            "https://cdn.acme.example/logo.svg",
            Some("https://cdn.acme.example/logo.svg"),
        ),
        (
            r#"{"logo_hosts": ["https://cdn.acme.example"]}"#,
            "https://cdn.acme.example.evil.example/logo.svg",
            None,
        ),
    ] {
        let (config, warnings) = load(Some(json), &query("logo", query_logo));
        assert_eq!(
            config.logo_url.as_deref(),
            kept,
            "{json} {query_logo}: {warnings:?}"
        );
        assert_eq!(
            warnings.is_empty(),
            kept.is_some(),
            "{json} {query_logo}: {warnings:?}"
        );
    }
    // The host check waits for every source: logo_hosts may come after logo_url in the file.
    let (config, warnings) = from_file(
        r#"{"logo_url": "https://cdn.acme.example/logo.svg", "logo_hosts": ["https://cdn.acme.example", "http://cdn.acme.example", "*"]}"#,
    );
    assert_eq!(
        config.logo_url.as_deref(),
        Some("https://cdn.acme.example/logo.svg")
    );
    assert_eq!(config.logo_hosts, ["https://cdn.acme.example"]);
    assert_eq!(
        keys(&warnings),
        ["logo_hosts", "logo_hosts"],
        "{warnings:?}"
    );
    let (_, warnings) = from_file(r#"{"logo_url": "https://tracker.example/pixel.png"}"#);
    assert!(
        warnings[0].to_string().starts_with(
            "config: `logo_url` ignored: https://tracker.example is not listed in logo_hosts"
        ),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_rejected_query_value_keeps_the_file_value_and_says_so() {
    let (config, warnings) = load(Some(r##"{"accent": "#111111"}"##), "accent=red");
    assert_eq!(config.accent.as_deref(), Some("#111111"));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].fallback, Fallback::ConfigFile);
    assert_eq!(warnings[0].source, Source::Query);
    assert!(
        warnings[0]
            .to_string()
            .ends_with("; using the value from config.json."),
        "{}",
        warnings[0]
    );
}

#[test]
fn warnings_read_as_a_sentence_naming_the_key() {
    let (_, warnings) = from_query("accent=red");
    assert_eq!(
        warnings[0].to_string(),
        "config: `accent` ignored: `red` is not a color written #rgb or #rrggbb \
         (in a URL, write # as %23) (in the URL); using the default."
    );
    let (_, warnings) = from_file(r#"{"text_color": "blue"}"#);
    let text = warnings[0].to_string();
    assert!(
        text.starts_with("config: `text_color` ignored: `blue`"),
        "{text}"
    );
    assert!(
        text.ends_with("(in config.json); using the default."),
        "{text}"
    );
}

#[test]
fn the_query_may_start_with_a_question_mark_and_ignores_unknown_parameters() {
    let (config, warnings) = from_query("gclid=abc&&name=A&flag&x=%zz#fragment=1");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "A");
    assert_eq!(from_query("?name=A").0, config);
}

#[test]
fn the_last_valid_repeat_of_a_parameter_wins() {
    let (config, warnings) = from_query("name=First&name=Second&accent=%23123&accent=bad");
    assert_eq!(config.consultancy_name, "Second");
    assert_eq!(config.accent.as_deref(), Some("#123"));
    assert_eq!(keys(&warnings), ["accent"]);
}

// --- percent-decoding ---

#[test]
fn query_values_are_percent_decoded_with_plus_as_space() {
    assert_eq!(percent_decode("a+b%20c").as_deref(), Some("a b c"));
    assert_eq!(percent_decode("caf%C3%A9").as_deref(), Some("café"));
    assert_eq!(percent_decode("%2b%2B").as_deref(), Some("++"));
    assert_eq!(percent_decode("100%25").as_deref(), Some("100%"));
    assert_eq!(percent_decode("").as_deref(), Some(""));
    for bad in ["%", "%4", "%zz", "%g0", "a%", "%FF", "%C3"] {
        assert_eq!(percent_decode(bad), None, "{bad}");
    }
}

#[test]
fn a_badly_encoded_value_is_ignored_with_a_warning_naming_its_key() {
    let (config, warnings) = from_query("name=Caf%E9&cta_label=50%");
    assert_eq!(config, Config::default());
    assert_eq!(keys(&warnings), ["name", "cta_label"]);
    assert!(warnings[0].message.contains("URL-encoded"));
}

// --- malformed and mistyped files ---

#[test]
fn a_malformed_file_gives_one_warning_and_all_defaults() {
    for json in [
        "{ \"consultancy_name\": \"Acme\", ",
        "{consultancy_name: 'Acme'}",
        "",
        "   ",
    ] {
        let (config, warnings) = from_file(json);
        assert_eq!(config, Config::default(), "{json}");
        assert_eq!(keys(&warnings), ["config.json"], "{json}");
        assert_eq!(warnings[0].fallback, Fallback::Defaults);
        assert!(warnings[0].message.contains("not valid JSON"), "{json}");
    }
}

#[test]
fn a_file_that_is_not_an_object_or_is_an_html_page_is_ignored() {
    for json in [
        "[]",
        "\"Acme\"",
        "42",
        "null",
        "<!doctype html><html></html>",
    ] {
        let (config, warnings) = from_file(json);
        assert_eq!(config, Config::default(), "{json}");
        assert_eq!(keys(&warnings), ["config.json"], "{json}");
    }
}

#[test]
fn the_query_still_applies_after_a_malformed_file() {
    let (config, warnings) = load(Some("{oops"), "name=Acme");
    assert_eq!(config.consultancy_name, "Acme");
    assert_eq!(keys(&warnings), ["config.json"]);
}

#[test]
fn a_byte_order_mark_and_null_values_are_accepted() {
    let (config, warnings) = from_file(
        "\u{feff}{\"consultancy_name\": \"Acme\", \"logo_url\": null, \"modules\": null}",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "Acme");
    assert_eq!(config.logo_url, None);
}

#[test]
fn values_of_the_wrong_type_are_ignored_per_key() {
    let (config, warnings) = from_file(
        r##"{"consultancy_name": 42, "accent": ["#fff"], "show_welcome": "false",
            "events_include_answers": 1, "modules": "health", "parent_origin": {},
            "cta_label": "Call us"}"##,
    );
    assert_eq!(
        keys(&warnings),
        [
            "accent",
            "consultancy_name",
            "events_include_answers",
            "modules",
            "parent_origin",
            "show_welcome"
        ]
    );
    assert_eq!(config.cta_label, "Call us");
    assert!(config.lock_branding, "config.json set a branding key");
    assert_eq!(
        Config {
            cta_label: Config::default().cta_label,
            lock_branding: false,
            ..config
        },
        Config::default()
    );
    assert!(warnings.iter().all(|w| w.fallback == Fallback::Default));
}

#[test]
fn a_module_list_with_a_non_text_entry_is_ignored() {
    let (config, warnings) = from_file(r#"{"modules": ["health", 3]}"#);
    assert_eq!(config.modules, None);
    assert_eq!(keys(&warnings), ["modules"]);
}

#[test]
fn unknown_file_keys_are_named_in_a_warning() {
    let (config, warnings) = from_file(r##"{"accent_color": "#fff", "name": "Acme"}"##);
    assert_eq!(config, Config::default());
    assert_eq!(keys(&warnings), ["accent_color", "name"]);
    assert_eq!(warnings[0].fallback, Fallback::Nothing);
    assert!(warnings[0].message.contains("consultancy_name"));
}

// --- colors ---

#[test]
fn colors_accept_only_three_or_six_hex_digits_after_a_hash() {
    for (given, stored) in [
        ("#abc", "#abc"),
        ("#AABBCC", "#aabbcc"),
        ("#0b5CaD", "#0b5cad"),
        (" #fff ", "#fff"),
    ] {
        let (config, warnings) = from_query(&query("accent", given));
        assert!(warnings.is_empty(), "{given}: {warnings:?}");
        assert_eq!(config.accent.as_deref(), Some(stored));
        let (config, _) = from_file(&format!(r#"{{"text_color": "{}"}}"#, given));
        assert_eq!(config.text_color.as_deref(), Some(stored));
    }
}

#[test]
fn hostile_or_non_hex_colors_are_rejected() {
    for bad in [
        "red",
        "red; background:url(x)",
        "#fff; background:url(https://evil.example/x)",
        "expression(alert(1))",
        "url(javascript:alert(1))",
        "var(--pm-bg)",
        "rgb(0,0,0)",
        "#abcd",
        "#12345",
        "#1234567",
        "#ggg",
        "fff",
        "#",
        "",
        "#fff\n}",
        "#ａｂｃ",
    ] {
        for key in ["accent", "text"] {
            let (config, warnings) = from_query(&query(key, bad));
            assert_eq!(config, Config::default(), "{key}={bad}");
            assert_eq!(keys(&warnings), [key], "{key}={bad}");
        }
    }
}

#[test]
fn css_variables_follow_the_configured_colors() {
    assert!(Config::default().css_variables().is_empty());
    let (config, _) = from_query("accent=%230b5cad&text=%23222");
    assert_eq!(
        config.css_variables(),
        [
            ("--pm-accent", "#0b5cad".to_owned()),
            ("--pm-accent-text", "#ffffff".to_owned()),
            ("--pm-text", "#222".to_owned()),
        ]
    );
    // A light accent gets dark text on it, so primary buttons stay legible.
    let (config, _) = from_query("accent=%23ffd700");
    assert_eq!(
        config.css_variables()[1],
        ("--pm-accent-text", "#000000".to_owned())
    );
    let (config, _) = from_query("accent=%23FFF");
    assert_eq!(
        config.css_variables()[1],
        ("--pm-accent-text", "#000000".to_owned())
    );
    let (config, _) = from_query("text=%23000");
    assert_eq!(config.css_variables(), [("--pm-text", "#000".to_owned())]);
}

// --- links ---

#[test]
fn links_accept_https_addresses_and_relative_paths() {
    for good in [
        "https://consultancy.example/contact",
        "HTTPS://consultancy.example",
        "https://consultancy.example:8443/a?b=c#d",
        "/contact",
        "contact.html",
        "../book/",
        "?topic=partnering",
        "#contact",
        "https://bücher.example/kontakt",
    ] {
        for (key, field) in [("cta_url", 0), ("logo", 1)] {
            // Logos from another host need that host listed in config.json.
            let file = r#"{"logo_hosts": ["https://consultancy.example", "https://consultancy.example:8443"]}"#;
            if key == "logo" && !good.is_ascii() {
                continue; // a logo host must be listed as the browser writes it (punycode)
            }
            let (config, warnings) = load(Some(file), &query(key, good));
            assert!(warnings.is_empty(), "{key}={good}: {warnings:?}");
            let stored = if field == 0 {
                config.cta_url
            } else {
                config.logo_url
            };
            assert_eq!(stored.as_deref(), Some(good));
        }
    }
}

#[test]
fn hostile_and_non_https_links_are_rejected() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "javascript&colon;alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://consultancy.example/contact",
        "ftp://consultancy.example/",
        "mailto:advisor@consultancy.example",
        "//evil.example/contact",
        "/\\evil.example",
        "\\\\evil.example",
        "https:evil.example",
        "https:/evil.example",
        "https://",
        "https:///path",
        "https://user:pass@evil.example/",
        "https://consultancy.example/a b",
        "https://consultancy.example/\u{7}",
        "https://consultancy.example/\u{202e}fdp.exe",
        "\u{200b}javascript:alert(1)",
        "",
        "   ",
    ] {
        for key in ["cta_url", "logo"] {
            let (config, warnings) = from_query(&query(key, bad));
            assert_eq!(config, Config::default(), "{key}={bad:?}");
            assert_eq!(keys(&warnings), [key], "{key}={bad:?}");
        }
        let json = serde_json::json!({ "cta_url": bad, "logo_url": bad }).to_string();
        let (config, warnings) = from_file(&json);
        assert_eq!(config, Config::default(), "{bad:?}");
        assert_eq!(keys(&warnings), ["cta_url", "logo_url"], "{bad:?}");
    }
}

#[test]
fn an_overlong_link_is_rejected() {
    let long = format!("https://consultancy.example/{}", "a".repeat(2_000));
    let (config, warnings) = from_query(&query("cta_url", &long));
    assert_eq!(config.cta_url, None);
    assert_eq!(keys(&warnings), ["cta_url"]);
}

// --- modules ---

#[test]
fn modules_keep_the_given_order_and_drop_unknown_ids_with_a_warning() {
    let (config, warnings) = from_query("modules=health,+nope+,collaboration,health,,");
    assert_eq!(
        config.modules,
        Some(vec!["health".into(), "collaboration".into()])
    );
    assert_eq!(keys(&warnings), ["modules"]);
    assert_eq!(warnings[0].fallback, Fallback::OtherEntries(Key::Modules));
    assert!(warnings[0].message.contains("`nope`"), "{}", warnings[0]);
    assert!(
        warnings[0].message.contains("serious_partner"),
        "{}",
        warnings[0]
    );
}

#[test]
fn modules_with_no_known_id_fall_back_to_all() {
    for value in ["nope,zilch", "", ",", "Health"] {
        let (config, warnings) = from_query(&query("modules", value));
        assert_eq!(config.modules, None, "{value}");
        assert_eq!(keys(&warnings), ["modules"], "{value}");
        assert_eq!(warnings[0].fallback, Fallback::Default);
    }
    let (config, warnings) = from_file(r#"{"modules": []}"#);
    assert_eq!(config.modules, None);
    assert_eq!(keys(&warnings), ["modules"]);
}

#[test]
fn offered_modules_are_the_configured_ones_or_all_in_content_order() {
    let known = known();
    assert_eq!(Config::default().offered_modules(&known), known);
    let (config, _) = from_query("modules=tiering,collaboration");
    assert_eq!(config.offered_modules(&known), ["tiering", "collaboration"]);
}

#[test]
fn modules_chosen_but_no_longer_offered_are_withdrawn_ones() {
    let known = known();
    let (config, _) = from_query("modules=tiering,collaboration");
    let chosen = ["health", "collaboration", "retired_module"].map(ModuleId::from);
    assert_eq!(
        config.withdrawn_modules(&known, &chosen),
        ["health"],
        "chosen but not offered; offered and unknown ids left out"
    );
    assert!(config.withdrawn_modules(&known, &[]).is_empty());
    assert!(
        Config::default()
            .withdrawn_modules(&known, &chosen)
            .is_empty()
    );
}

// --- origins ---

#[test]
fn origins_accept_scheme_host_and_port_only() {
    for (given, stored) in [
        ("https://consultancy.example", "https://consultancy.example"),
        (
            "https://consultancy.example:8443",
            "https://consultancy.example:8443",
        ),
        ("HTTPS://Consultancy.Example", "https://consultancy.example"),
        (
            "https://consultancy.example:443",
            "https://consultancy.example",
        ),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("http://localhost", "http://localhost"),
        ("http://127.0.0.1:80", "http://127.0.0.1"),
    ] {
        let (config, warnings) = from_query(&query("origin", given));
        assert!(warnings.is_empty(), "{given}: {warnings:?}");
        assert_eq!(config.parent_origin.as_deref(), Some(stored));
        assert!(config.allows_event_origin(stored));
    }
}

#[test]
fn wildcard_null_paths_and_plain_http_origins_are_rejected() {
    for bad in [
        "*",
        "null",
        "",
        "https://consultancy.example/",
        "https://consultancy.example/contact",
        "https://consultancy.example?x=1",
        "https://consultancy.example#x",
        "https://consultancy.example:",
        "https://consultancy.example:0",
        "https://consultancy.example:65536",
        "https://consultancy.example:+80",
        "https://user@consultancy.example",
        "https://*.consultancy.example",
        "https://consultancy..example",
        "https://consultancy.example.",
        "https://-consultancy.example",
        "https://consultancy example",
        "https://bücher.example",
        "http://consultancy.example",
        "http://localhost.evil.example",
        "ftp://consultancy.example",
        "javascript://consultancy.example",
        "consultancy.example",
        "https://",
        "https://[::1]",
    ] {
        let (config, warnings) = from_query(&query("origin", bad));
        assert_eq!(config.parent_origin, None, "{bad:?}");
        assert_eq!(keys(&warnings), ["origin"], "{bad:?}");
        let (config, warnings) =
            from_file(&serde_json::json!({ "parent_origin": bad }).to_string());
        assert_eq!(config.parent_origin, None, "{bad:?}");
        assert_eq!(keys(&warnings), ["parent_origin"], "{bad:?}");
    }
}

#[test]
fn event_origins_must_match_the_configured_origin_exactly() {
    assert!(!Config::default().allows_event_origin("https://consultancy.example"));
    assert!(!Config::default().allows_event_origin("null"));
    let (config, _) = from_query("origin=https://consultancy.example");
    assert!(config.allows_event_origin("https://consultancy.example"));
    for other in [
        "*",
        "null",
        "",
        "https://consultancy.example/",
        "https://consultancy.example.evil.com",
        "https://evil.consultancy.example",
        "http://consultancy.example",
        "https://consultancy.example:8443",
        "https://CONSULTANCY.example",
    ] {
        assert!(!config.allows_event_origin(other), "{other}");
    }
}

// --- text ---

#[test]
fn text_is_trimmed_stripped_of_control_characters_and_capped() {
    let (config, warnings) = from_query(&query("name", "  Acme\u{0}\u{1b}[31m\n\tAlliances  "));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "Acme[31m Alliances");
    let (config, _) = from_query(&query("name", &"é".repeat(200)));
    assert_eq!(config.consultancy_name.chars().count(), 120);
    let (config, _) = from_query(&query("cta_label", &"x".repeat(500)));
    assert_eq!(config.cta_label.chars().count(), 120);
    let (config, _) = from_query(&query("cta_text", &"word ".repeat(100)));
    assert_eq!(config.cta_text.chars().count(), 299);
    assert!(!config.cta_text.ends_with(' '));
    let (config, _) = from_file(&serde_json::json!({ "cta_text": "y".repeat(400) }).to_string());
    assert_eq!(config.cta_text.chars().count(), 300);
}

#[test]
fn empty_text_is_ignored_with_a_warning() {
    for key in ["name", "cta_label", "cta_text"] {
        for blank in ["", "   ", "\u{0}\u{7}"] {
            let (config, warnings) = from_query(&query(key, blank));
            assert_eq!(config, Config::default(), "{key}={blank:?}");
            assert_eq!(keys(&warnings), [key]);
        }
    }
}

#[test]
fn markup_in_text_is_kept_as_text() {
    // Yew escapes text when rendering; the configuration keeps what was written.
    let (config, warnings) = from_query(&query("name", "<img src=x onerror=alert(1)>"));
    assert!(warnings.is_empty());
    assert_eq!(config.consultancy_name, "<img src=x onerror=alert(1)>");
}

// --- switches ---

#[test]
fn switches_accept_one_zero_true_and_false() {
    for (value, expected) in [
        ("1", true),
        ("true", true),
        ("TRUE", true),
        ("0", false),
        ("false", false),
    ] {
        let (config, warnings) = from_query(&format!("welcome={value}"));
        assert!(warnings.is_empty(), "{value}");
        assert_eq!(config.show_welcome, expected);
        let file = format!(r#"{{"events_include_answers": {expected}}}"#);
        let (config, warnings) = load(Some(&file), "");
        assert!(warnings.is_empty(), "{value}");
        assert_eq!(config.events_include_answers, expected);
    }
    for bad in ["yes", "", "2", "on"] {
        let (config, warnings) = from_query(&format!("welcome={bad}&answers_in_events={bad}"));
        assert_eq!(config, Config::default(), "{bad}");
        assert_eq!(keys(&warnings), ["welcome", "answers_in_events"]);
    }
}

// --- never panics, never lets an unsafe value through ---

fn assert_safe(config: &Config) {
    let hex = |c: &str| {
        let digits = c.strip_prefix('#').unwrap_or("x");
        matches!(digits.len(), 3 | 6) && digits.chars().all(|d| d.is_ascii_hexdigit())
    };
    assert!(config.accent.as_deref().is_none_or(hex));
    assert!(config.text_color.as_deref().is_none_or(hex));
    for link in [&config.cta_url, &config.logo_url].into_iter().flatten() {
        let lower = link.to_ascii_lowercase();
        let head = link.split(['/', '?', '#']).next().unwrap_or_default();
        assert!(lower.starts_with("https://") || (!head.contains(':') && !link.starts_with("//")));
        assert!(
            !link
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        );
    }
    if let Some(origin) = &config.parent_origin {
        assert!(
            origin.starts_with("https://")
                || origin.starts_with("http://localhost")
                || origin.starts_with("http://127.0.0.1")
        );
        assert!(!origin.ends_with('/') && origin.matches('/').count() == 2);
    }
    for text in [
        &config.consultancy_name,
        &config.cta_label,
        &config.cta_text,
    ] {
        assert!(!text.is_empty() && text.chars().count() <= 300);
        assert!(!text.chars().any(char::is_control));
    }
}

proptest! {
    #[test]
    fn any_query_gives_a_safe_config(query in "[a-z_=&%+#:/.,0-9A-F\\\\ \t\n<>\"'();*-]{0,120}") {
        for key in ["name", "accent", "text", "cta_url", "logo", "origin", "modules", "welcome"] {
            let (config, _) = from_query(&format!("{key}={query}"));
            assert_safe(&config);
        }
    }

    #[test]
    fn any_file_gives_a_safe_config(value in ".{0,80}") {
        for key in ["consultancy_name", "accent", "text_color", "cta_url", "logo_url", "parent_origin", "modules"] {
            let (config, _) = from_file(&serde_json::json!({ key: value }).to_string());
            assert_safe(&config);
            let (config, _) = from_file(&format!("{{\"{key}\": {value}}}"));
            assert_safe(&config);
        }
    }
}

#[test]
fn the_query_embed_js_writes_is_read_back() {
    // As written by URLSearchParams in static/embed.js for static/example-host.html.
    let (config, warnings) = from_query(
        "?name=Acme+Alliances&accent=%230b7a5a&cta_label=Book+a+call+with+Acme\
         &cta_url=https%3A%2F%2Facme.example%2Fcontact&origin=http%3A%2F%2F127.0.0.1%3A38469",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.consultancy_name, "Acme Alliances");
    assert_eq!(config.accent.as_deref(), Some("#0b7a5a"));
    assert_eq!(config.cta_label, "Book a call with Acme");
    assert_eq!(
        config.cta_url.as_deref(),
        Some("https://acme.example/contact")
    );
    assert!(config.allows_event_origin("http://127.0.0.1:38469"));
}

#[test]
fn the_former_spelling_text_colour_is_still_read() {
    let (config, warnings) = from_file(r##"{"text_colour": "#222"}"##);
    assert_eq!(config.text_color.as_deref(), Some("#222"));
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn configured_text_loses_direction_overrides_and_invisible_characters() {
    let (config, warnings) = from_file(
        r#"{"consultancy_name": "\u202eeman live\u202c Advisory\ufeff", "cta_label": "Book\u2066 a\u2069 call", "cta_text": "\u200bTalk to us"}"#,
    );
    assert_eq!(config.consultancy_name, "eman live Advisory");
    assert_eq!(config.cta_label, "Book a call");
    assert_eq!(config.cta_text, "Talk to us");
    assert!(warnings.is_empty(), "{warnings:?}");
    let (config, _) = from_query("name=%E2%80%AEevil%E2%80%AC");
    assert_eq!(config.consultancy_name, "evil");
    let (config, warnings) = from_file(r#"{"consultancy_name": "\u200b\u200d\ufeff"}"#);
    assert_eq!(config.consultancy_name, Config::default().consultancy_name);
    assert!(
        warnings[0]
            .to_string()
            .contains("it has no visible characters"),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_dropped_list_entry_says_what_the_rest_of_its_own_list_does() {
    let cases = [
        (
            r#"{"modules": ["health", "nope"]}"#,
            "modules",
            "; the other modules listed are offered.",
        ),
        (
            r#"{"cta_by_level": [{"levels": 9, "label": "No such level"}, {"levels": 3, "label": "Plan"}]}"#,
            "cta_by_level",
            "; the other entries apply, and a level none of them covers gets the single call to action.",
        ),
        (
            r#"{"logo_hosts": ["http://cdn.acme.example", "https://cdn.acme.example"]}"#,
            "logo_hosts",
            "; a logo may still load from the other hosts listed.",
        ),
        (
            r#"{"parent_origin": "https://host.example", "lead_fields": ["email", "fax"]}"#,
            "lead_fields",
            "; the other fields listed are asked for.",
        ),
        (
            r#"{"parent_origin": "https://host.example", "lead_fields": ["email"], "lead_required": ["email", "fax"]}"#,
            "lead_required",
            "; the other fields listed are required.",
        ),
    ];
    for (json, key, ending) in cases {
        let (_, warnings) = from_file(json);
        assert_eq!(keys(&warnings), [key], "{json}");
        let shown = warnings[0].to_string();
        assert!(shown.ends_with(ending), "{key}: {shown}");
        if key != "modules" {
            assert!(!shown.contains("modules"), "{key}: {shown}");
        }
    }
}

#[test]
fn the_quick_check_is_the_main_way_unless_config_json_makes_the_full_assessment_primary() {
    assert!(!from_file("{}").0.full_primary);
    let (config, warnings) = from_file(r#"{ "primary_way": "full" }"#);
    assert!(config.full_primary && warnings.is_empty());
    assert!(!from_file(r#"{ "primary_way": "quick" }"#).0.full_primary);
    let (config, warnings) = from_file(r#"{ "primary_way": "everything" }"#);
    assert!(!config.full_primary);
    assert_eq!(keys(&warnings), ["primary_way"]);
    assert!(warnings[0].to_string().contains("\"quick\" or \"full\""));
    assert!(from_query("primary_way=full").0.full_primary);
}

#[test]
fn every_configuration_key_has_its_own_row_with_names_no_other_key_uses() {
    use partnering_core::config::{KEYS, Key};
    for (position, row) in KEYS.iter().enumerate() {
        assert_eq!(
            row.key as usize, position,
            "{:?} is not at its own position",
            row.key
        );
        assert_eq!(row.key.row(), row);
    }
    let keys: Vec<Key> = Key::all().collect();
    for (i, key) in keys.iter().enumerate() {
        for other in keys.iter().skip(i + 1) {
            assert_ne!(key.file_name(), other.file_name());
            assert_ne!(key.query_name(), other.query_name());
            assert_ne!(Some(key.file_name()), other.former_file_name());
        }
        // A key a URL may not set cannot be one a URL may rebrand.
        assert!(!(key.file_only() && key.branding()), "{key:?}");
    }
}

#[test]
fn the_edition_is_a_json_file_beside_config_json_named_in_the_file_only() {
    let (config, warnings) = from_file(r#"{"edition": "acme-edition.json"}"#);
    assert_eq!(config.edition.as_deref(), Some("acme-edition.json"));
    assert_eq!(warnings, []);
    for refused in [
        "https://evil.example/e.json",
        "../e.json",
        "sub/e.json",
        "//evil.example/e.json",
        "e.js",
        ".json",
        "e .json",
    ] {
        let (config, warnings) = from_file(&format!(r#"{{"edition": "{refused}"}}"#));
        assert_eq!(config.edition, None, "{refused}");
        assert_eq!(keys(&warnings), ["edition"], "{refused}");
    }
    // A URL can be written by any page that frames the widget: it cannot choose the words.
    let (config, warnings) = from_query("edition=acme-edition.json");
    assert_eq!(config.edition, None);
    assert_eq!(keys(&warnings), ["edition"]);
}
