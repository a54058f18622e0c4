//! The interface's words: every key the app's sources use is in the English pack and every
//! English key is used; the German pack has exactly English's keys, placeholders and plain
//! text; a page rendered with German words shows German; the language is chosen as configured.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::common::render::*;
use partnering_core::config::Config;
use partnering_core::i18n::{self, PlainLocale, UiPack, Words, check_against};
use partnering_core::session::State;
use partnering_maturity::pages::WelcomePage;
use partnering_maturity::words::{self, Language};
use yew::prelude::*;

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The keys passed as string literals to `get`, `fill` and `count` (keys are `area.thing`).
fn keys_used_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in ["get(", "fill(", "count("] {
        for (at, _) in source.match_indices(call) {
            let rest = source[at + call.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            let key: String = rest.chars().take_while(|c| *c != '"').collect();
            let is_key = key.contains('.')
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
            if is_key {
                keys.push(key);
            }
        }
    }
    keys
}

/// Key-shaped string literals (`"area.thing"`) whose area is one of `areas`: keys chosen
/// first and looked up after (`let key = match … { … => "resume.warning_finished" }`).
fn keys_named_in(source: &str, areas: &BTreeSet<&str>) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| {
            literal.split_once('.').is_some_and(|(area, thing)| {
                areas.contains(area)
                    && !thing.is_empty()
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    })
            })
        })
        .map(str::to_owned)
        .collect()
}

/// Every key the app's and the core's sources name: in a call, or as a key-shaped literal of a
/// known area.
fn used_keys(english: &UiPack) -> BTreeSet<String> {
    let areas: BTreeSet<&str> = english
        .keys()
        .filter_map(|key| key.split_once('.').map(|(area, _)| area))
        .collect();
    // The core's own ids (a contradiction's "tiers.told_vs_unclear") share the app's areas, so
    // only its `core_` areas are read from literals there.
    let core_areas: BTreeSet<&str> = areas
        .iter()
        .copied()
        .filter(|area| area.starts_with("core_"))
        .collect();
    let app = files(Path::new("src"), "rs")
        .into_iter()
        .map(|p| (p, &areas));
    let core = files(Path::new("core/src"), "rs")
        .into_iter()
        .map(|p| (p, &core_areas));
    app.chain(core)
        .flat_map(|(path, areas)| {
            let source = std::fs::read_to_string(path).unwrap();
            let mut keys = keys_used_in(&source);
            keys.extend(keys_named_in(&source, areas));
            keys
        })
        .collect()
}

/// One language's files merged, with every problem of reading them.
fn language_pack(language: &str) -> UiPack {
    let packs: Vec<UiPack> = files(&Path::new("core/lang").join(language), "json")
        .iter()
        .map(|path| {
            let (pack, problems) = UiPack::read(&std::fs::read_to_string(path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(problems.is_empty(), "{}: {problems:?}", path.display());
            assert_eq!(pack.language, language, "{}", path.display());
            pack
        })
        .collect();
    let (pack, problems) = UiPack::merge(packs);
    assert!(problems.is_empty(), "{language}: {problems:?}");
    pack
}

#[test]
fn every_key_the_app_uses_is_in_english_and_every_english_key_is_used() {
    let pack = words::english_pack();
    let english: BTreeSet<String> = pack.keys().map(str::to_owned).collect();
    let used = used_keys(&pack);
    assert!(
        used.len() > 100,
        "the scan finds the app's keys ({})",
        used.len()
    );
    let missing: Vec<&String> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "used but not in core/lang/en: {missing:?}"
    );
    let stale: Vec<&String> = english.difference(&used).collect();
    assert!(
        stale.is_empty(),
        "in core/lang/en but used nowhere: {stale:?}"
    );
    assert_eq!(
        words::english_pack(),
        language_pack("en"),
        "the compiled-in English is core/lang/en merged"
    );
}

#[test]
fn the_scan_finds_keys_across_lines_and_skips_other_strings() {
    let source = "words.get(\"a.b\"); map.get(\"plain\"); words.fill(\n    \"c.d_e\",\n &[]); words.count(\"f.g\", 2, &[]);";
    assert_eq!(keys_used_in(source), ["a.b", "c.d_e", "f.g"]);
    let areas = BTreeSet::from(["step", "resume"]);
    let source =
        r#"let key = if x { "step.one" } else { "resume.two" }; load("config.json"); "Step.Three""#;
    assert_eq!(keys_named_in(source, &areas), ["step.one", "resume.two"]);
}

#[test]
fn german_has_every_english_key_with_its_placeholders_in_plain_text() {
    let problems: Vec<String> = check_against(&language_pack("en"), &language_pack("de"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    for language in i18n::LANGUAGES {
        assert!(
            Path::new("core/lang").join(language).is_dir(),
            "{language} has a pack"
        );
    }
}

#[test]
fn the_language_is_the_configured_one_then_the_browsers_then_english() {
    let offered = i18n::offered(None);
    assert_eq!(offered, ["en", "de"]);
    let browser = |tags: &[&str]| tags.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        i18n::choose(Some("de"), &offered, &browser(&["en-GB"])),
        "de"
    );
    assert_eq!(
        i18n::choose(None, &offered, &browser(&["fr", "de-AT"])),
        "de"
    );
    assert_eq!(i18n::choose(None, &offered, &browser(&["fr"])), "en");
    let only_german = i18n::offered(Some(&["de".to_owned()]));
    assert_eq!(i18n::choose(Some("en"), &only_german, &[]), "de");
    let (config, warnings) = Config::from_sources(
        Some(r#"{"language": "de", "languages": ["de", "fr", "en"]}"#),
        "?lang=EN",
        &[],
    );
    assert_eq!(config.language.as_deref(), Some("en"), "the URL's lang");
    assert_eq!(
        config.languages,
        Some(vec!["de".to_owned(), "en".to_owned()])
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]
            .to_string()
            .contains("is not a language this app has"),
        "{}",
        warnings[0]
    );
    let (config, warnings) = Config::from_sources(None, "?lang=klingon", &[]);
    assert_eq!(config.language, None);
    assert_eq!(warnings.len(), 1);
}

#[derive(Properties, PartialEq)]
struct InGermanProps {
    children: Html,
}

#[component(InGerman)]
fn in_german(props: &InGermanProps) -> Html {
    let context = Language {
        words: Rc::new(Words::new(
            language_pack("de"),
            words::english_pack(),
            Box::new(PlainLocale),
        )),
        offered: i18n::offered(None),
        choose: Callback::noop(),
        failed: false,
    };
    html! { <ContextProvider<Language> {context}>{ props.children.clone() }</ContextProvider<Language>> }
}

#[tokio::test(flavor = "current_thread")]
async fn the_welcome_in_german_shows_german() {
    let html = render_page(
        State::default(),
        html! { <InGerman><WelcomePage /></InGerman> },
    )
    .await;
    assert!(
        html.contains(">Wie reif ist Ihr Partnering?</h1>"),
        "{html}"
    );
    assert!(html.contains("Schnellcheck"), "{html}");
    assert!(!html.contains("How mature"), "{html}");
}

#[test]
fn the_partner_unnamed_reads_german_in_german() {
    let german = crate::common::german();
    let text = "{Partner} teilt Pläne; mit {partner} abgestimmt.";
    assert_eq!(
        partnering_core::model::partner_text::for_alliance(&german, text, None),
        "Der Partner teilt Pläne; mit der Partner abgestimmt."
    );
}
