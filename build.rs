//! Compiles the readable content JSON in core/content/ into a compact postcard blob in OUT_DIR.
//! The JSON is parsed and validated by the core crate, the same code the tests run, so a
//! content file that breaks a rule fails the build with the file's name and the problem. The
//! app then decodes the blob with postcard, whose decoder is far smaller in wasm than
//! serde_json's (see README, "Size").

use std::{env, fs, path::Path, process};

use partnering_core::content::{self, LEVELS_FILE, MODULE_FILES};
use partnering_core::i18n::UiPack;

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

fn main() {
    let levels = read(LEVELS_FILE);
    let modules: Vec<(&str, String)> = MODULE_FILES
        .iter()
        .map(|file| (*file, read(file)))
        .collect();
    let modules: Vec<(&str, &str)> = modules
        .iter()
        .map(|(file, json)| (*file, json.as_str()))
        .collect();
    let content =
        content::parse(&levels, &modules).unwrap_or_else(|error| fail(&error.to_string()));
    let bytes = content::encode(&content).unwrap_or_else(|error| fail(&error.to_string()));
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(error) = fs::write(Path::new(&out).join("content.postcard"), bytes) {
        fail(&error.to_string());
    }
    merge_english_words(Path::new(&out));
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
