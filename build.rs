//! Compiles the readable content JSON in core/content/ into postcard (README, "Size"):
//! - `catalog.postcard` in OUT_DIR, compiled into both bundles: what the journey needs before
//!   any module's questions (core's `Catalog`, derived here from the whole English content);
//! - one pack per module and language in `target/content-packs/<language>/<module>.postcard`,
//!   and every other language's catalog in `target/content-catalogs/<language>.postcard`, which
//!   scripts/bundles.mjs copies into dist/ under hashed names and lists in the manifest;
//! - `content.postcard` in OUT_DIR, the whole English content, which only native builds (the
//!   tests) compile in.
//!
//! A language's content is the English JSON with its translation (`core/content/<language>/`)
//! applied by `content::translation::apply`. The JSON is parsed and validated by the core crate,
//! the same code the tests run, so a content file or a translation that breaks a rule fails the
//! build with the file's name and the problem; every pack is read back with the app's own
//! decoder before it is written. English words of the interface are merged here too.

use std::{env, fs, path::Path, process};

use partnering_core::content::{
    self, Catalog, LANGUAGES, LEVELS_FILE, MODULE_FILES, decode_pack, encode_pack, translation,
};
use partnering_core::i18n::UiPack;
use partnering_core::model::Content;

fn read(file: &str) -> String {
    let path = Path::new("core/content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(&path).unwrap_or_else(|error| fail(&error.to_string()))
}

fn fail(problem: &str) -> ! {
    eprintln!("error: the assessment content is not valid: {problem}");
    process::exit(1);
}

fn fail_in(path: &Path, problem: &str) -> ! {
    fail(&format!("{}: {problem}", path.display()))
}

/// Writes a file whole: into a temporary name, then renamed, so a build running beside this
/// one (the two bundles build at once) never reads half a file.
fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|error| fail(&error.to_string()));
    }
    let partial = path.with_extension(format!("part{}", process::id()));
    fs::write(&partial, bytes).unwrap_or_else(|error| fail(&error.to_string()));
    fs::rename(&partial, path).unwrap_or_else(|error| fail(&error.to_string()));
}

/// A content file in `language`: the English JSON, or its translation applied to it.
fn file_in(language: &str, file: &str) -> String {
    let english = read(file);
    if language == LANGUAGES[0] {
        return english;
    }
    let name = format!("{language}/{file}");
    let translation = translation::read(&read(&name))
        .unwrap_or_else(|error| fail(&format!("core/content/{name}: {error}")));
    translation::apply(&english, &translation).unwrap_or_else(|problems| {
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        fail(&format!("core/content/{name}: {}", problems.join("; ")))
    })
}

/// The whole content in `language`, parsed and validated.
fn content_in(language: &str) -> Content {
    let levels = file_in(language, LEVELS_FILE);
    let modules: Vec<(&str, String)> = MODULE_FILES
        .iter()
        .map(|file| (*file, file_in(language, file)))
        .collect();
    let modules: Vec<(&str, &str)> = modules
        .iter()
        .map(|(file, json)| (*file, json.as_str()))
        .collect();
    content::parse(&levels, &modules).unwrap_or_else(|error| fail(&format!("{language}: {error}")))
}

/// Writes every module's pack in `language`, each read back and validated as the app will.
fn write_packs(content: &Content, language: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/content-packs");
    let dir = dir.join(language);
    for module in &content.modules {
        let bytes = encode_pack(content.content_version, language, module);
        decode_pack(&bytes, &module.id, language, content.content_version)
            .unwrap_or_else(|error| fail(&format!("{language} {}: {error:?}", module.id)));
        write(&dir.join(format!("{}.postcard", module.id)), &bytes);
    }
}

fn main() {
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let out = Path::new(&out);
    let catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/content-catalogs");
    for language in LANGUAGES {
        let content = content_in(language);
        write_packs(&content, language);
        let catalog = Catalog::of(&content).encode();
        Catalog::decode(&catalog).unwrap_or_else(|error| fail(&format!("{language}: {error}")));
        if language == LANGUAGES[0] {
            let whole = content::encode(&content).unwrap_or_else(|error| fail(&error.to_string()));
            write(&out.join("content.postcard"), &whole);
            write(&out.join("catalog.postcard"), &catalog);
        } else {
            write(&catalogs.join(format!("{language}.postcard")), &catalog);
        }
    }
    merge_english_words(out);
}

/// The interface's English words, `core/lang/en/*.json`, merged into two packs in OUT_DIR,
/// compiled in by src/words.rs: `lang-en.json` (the journey's words) and `lang-en-report.json`
/// (the files marked `"bundle": "report"`, which only the report bundle needs). A malformed
/// entry or a key in two files fails the build.
fn merge_english_words(out: &Path) {
    let dir = Path::new("core/lang/en");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|error| fail(&error.to_string()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let (mut journey, mut report) = (serde_json::Map::new(), serde_json::Map::new());
    let mut seen = std::collections::BTreeSet::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let json = fs::read_to_string(&path).unwrap_or_else(|error| fail(&error.to_string()));
        match UiPack::read(&json) {
            Ok((_, problems)) if problems.is_empty() => {}
            Ok((_, problems)) => fail_in(&path, &problems[0].to_string()),
            Err(error) => fail_in(&path, &error.to_string()),
        }
        let value: serde_json::Value =
            serde_json::from_str(&json).unwrap_or_else(|error| fail_in(&path, &error.to_string()));
        let texts = match value.get("bundle").and_then(|b| b.as_str()) {
            Some("report") => &mut report,
            _ => &mut journey,
        };
        let entries = value.get("texts").and_then(|t| t.as_object()).cloned();
        for (key, text) in entries.unwrap_or_default() {
            if !seen.insert(key.clone()) {
                fail_in(&path, &format!("{key} is in two files of the language"));
            }
            texts.insert(key, text);
        }
    }
    for (name, texts) in [("lang-en.json", journey), ("lang-en-report.json", report)] {
        let merged = serde_json::json!({ "language": "en", "texts": texts });
        if let Err(error) = fs::write(out.join(name), merged.to_string()) {
            fail(&error.to_string());
        }
    }
}
