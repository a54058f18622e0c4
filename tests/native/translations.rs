//! Content translations: every text has a translation made from the current English, keeps its
//! placeholders and carries no markup, and the translated content passes the same validator.

use partnering_core::content::{self, translation};

use crate::common::ContentFiles;

const MODULE: &str = r#"{"id": "x", "title": "Working together", "dimensions": [
  {"id": "x.one", "prompt": "How does {subject} plan?", "kind": "scored",
   "choices": [{"id": "none", "label": "Not at all", "detail": "No <b>plan</b>"}]}]}"#;

fn translated(entries: &[(&str, &str, &str)]) -> translation::Translation {
    translation::Translation {
        language: "de".into(),
        texts: entries
            .iter()
            .map(|(path, source, text)| {
                let entry = translation::Entry {
                    source: (*source).into(),
                    text: (*text).into(),
                };
                ((*path).into(), entry)
            })
            .collect(),
    }
}

#[test]
fn texts_are_found_by_id_paths_and_identifiers_are_not_texts() {
    let texts = translation::texts(MODULE).unwrap();
    let paths: Vec<&str> = texts.keys().map(String::as_str).collect();
    assert_eq!(
        paths,
        [
            "dimensions/x.one/choices/none/detail",
            "dimensions/x.one/choices/none/label",
            "dimensions/x.one/prompt",
            "title",
        ]
    );
}

#[test]
fn a_translation_is_refused_path_by_path_and_applied_only_when_it_fits() {
    let good = [
        ("title", "Working together", "Zusammenarbeit"),
        (
            "dimensions/x.one/prompt",
            "How does {subject} plan?",
            "Wie plant {subject}?",
        ),
        (
            "dimensions/x.one/choices/none/label",
            "Not at all",
            "Gar nicht",
        ),
        (
            "dimensions/x.one/choices/none/detail",
            "No <b>plan</b>",
            "Kein Plan",
        ),
    ];
    let applied = translation::apply(MODULE, &translated(&good)).unwrap();
    assert!(applied.contains("Wie plant {subject}?"));
    assert!(
        applied.contains(r#""id":"x.one""#),
        "ids are kept: {applied}"
    );

    let bad = [
        ("title", "Working apart", "Zusammenarbeit"),
        (
            "dimensions/x.one/prompt",
            "How does {subject} plan?",
            "Wie plant das Unternehmen?",
        ),
        (
            "dimensions/x.one/choices/none/label",
            "Not at all",
            "<i>Gar nicht</i>",
        ),
        ("dimensions/x.one/gone", "Old", "Alt"),
    ];
    let problems: Vec<String> = translation::apply(MODULE, &translated(&bad))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dimensions/x.one/choices/none/detail has no translation",
            "dimensions/x.one/choices/none/label is empty or contains markup",
            "dimensions/x.one/prompt does not keep the English text's {placeholders}",
            "title was translated from \"Working apart\", and the English has changed since",
            "dimensions/x.one/gone is translated but not in the content",
        ]
    );
}

#[test]
fn every_translation_fits_the_current_english_and_passes_the_validator() {
    let english = ContentFiles::read();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("core/content");
    let languages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.unwrap();
            let is_dir = entry.file_type().unwrap().is_dir();
            is_dir.then(|| entry.file_name().to_string_lossy().into_owned())
        })
        .collect();
    for language in content::TRANSLATIONS {
        assert!(
            languages.iter().any(|l| l == language),
            "{language} has no folder"
        );
    }
    for language in &languages {
        let complete = content::TRANSLATIONS.contains(&language.as_str());
        // A file of a language still being translated must fit; a complete language has all.
        let apply = |file: &str, json: &str| -> Option<String> {
            let path = dir.join(language).join(file);
            let Ok(text) = std::fs::read_to_string(&path) else {
                assert!(!complete, "{language}/{file} is missing");
                return None;
            };
            let translation =
                translation::read(&text).unwrap_or_else(|e| panic!("{language}/{file} {e}"));
            assert_eq!(&translation.language, language);
            let applied = translation::apply(json, &translation).unwrap_or_else(|problems| {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                panic!("{language}/{file}:\n{}", list.join("\n"))
            });
            Some(applied)
        };
        let levels = apply(content::LEVELS_FILE, &english.levels);
        let modules: Vec<(&str, Option<String>)> = english
            .modules
            .iter()
            .map(|(file, json)| (*file, apply(file, json)))
            .collect();
        // What is translated validates together with the English of the rest.
        let mixed = ContentFiles {
            levels: levels.unwrap_or_else(|| english.levels.clone()),
            modules: modules
                .into_iter()
                .zip(&english.modules)
                .map(|((file, text), (_, json))| (file, text.unwrap_or_else(|| json.clone())))
                .collect(),
        };
        mixed.parse().unwrap();
    }
}

/// Writes a skeleton translation of every content file (English as source and text) to
/// `target/translation-skeleton/<PM_LANGUAGE>/`, for a translator to start from:
/// `PM_LANGUAGE=de cargo test --test native translation_skeleton -- --ignored`.
#[test]
#[ignore = "a tool for translators, not a check"]
fn translation_skeleton() {
    let language = std::env::var("PM_LANGUAGE").unwrap_or_else(|_| "de".into());
    let english = ContentFiles::read();
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/translation-skeleton")
        .join(&language);
    std::fs::create_dir_all(&out).unwrap();
    let files = std::iter::once((content::LEVELS_FILE, english.levels.as_str())).chain(
        english
            .modules
            .iter()
            .map(|(file, json)| (*file, json.as_str())),
    );
    for (file, json) in files {
        let skeleton = translation::skeleton(json, &language).unwrap();
        let text = serde_json::to_string_pretty(&skeleton).unwrap();
        std::fs::write(out.join(file), text + "\n").unwrap();
    }
    println!("skeletons in {}", out.display());
}
